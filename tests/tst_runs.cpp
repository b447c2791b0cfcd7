// Runs: starting and finishing them, with the evidence each records, and keyset paging over
// them, filtered or not. Runs once per back end (AIRLOCK_TEST_BACKEND).

#include "clock.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"
#include "testassertions.h"
#include "testfixtures.h"
#include "teststore.h"

#include <QUuid>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::g_now;
using airlock::test::headOf;
using airlock::test::kindsOf;
using airlock::test::kT0;
using airlock::test::TempStore;

namespace {
struct SeededRun
{
    QString id;
    QString workflow;
    QString status;
    QDateTime startedAt;
};

// 25 runs, three to a start time (so the id must break ties), two workflows, mixed ends.
QList<SeededRun> seedRuns(Store &store)
{
    QList<SeededRun> seeded;
    RunStore runs(store);
    for (int i = 0; i < 25; ++i) {
        Run run;
        run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        run.workflow = i % 2 == 0 ? u"renewals"_s : u"onboarding"_s;
        run.startedAt = kT0.addSecs(-600 * (i / 3));
        if (!runs.start(run))
            qFatal("cannot seed runs");
        QString status = u"running"_s;
        if (i % 3 == 1) {
            status = u"succeeded"_s;
            if (!runs.finish(run.id, RunStatus::Succeeded, QString()))
                qFatal("cannot finish a seeded run");
        } else if (i % 5 == 0) {
            status = u"failed"_s;
            if (!runs.finish(run.id, RunStatus::Failed, u"tool error"_s))
                qFatal("cannot finish a seeded run");
        }
        seeded << SeededRun{run.id, run.workflow, status, run.startedAt};
    }
    // What the pages must show, worked out here: newest first, ties by id descending.
    std::sort(seeded.begin(), seeded.end(), [](const SeededRun &a, const SeededRun &b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
    });
    return seeded;
}

// Walks every page of size limit; fails (returns what it has) on a runaway.
QStringList walkPages(RunStore &runs, const RunStore::Filter &filter, int limit, QString *error)
{
    QStringList ids;
    RunStore::Cursor cursor;
    for (int pages = 0; pages < 100; ++pages) {
        auto page = runs.page(filter, cursor, limit);
        if (!page) {
            *error = page.message();
            return ids;
        }
        if (page->size() > limit) {
            *error = u"a page held %1 rows, more than its limit %2"_s.arg(page->size()).arg(limit);
            return ids;
        }
        for (const Run &r : *page)
            ids << r.id;
        if (page->size() < limit)
            return ids;
        cursor = {page->constLast().startedAt, page->constLast().id};
    }
    *error = u"paging did not end"_s;
    return ids;
}
} // namespace

class TestRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startingARunTwiceRecordsItOnce();
    void finishingARunRecordsWhereAndWhyItStopped();
    void pagingReturnsEveryRunOnceNewestFirst();
    void pagingFiltersByStatusAndWorkflow_data();
    void pagingFiltersByStatusAndWorkflow();
};

void TestRuns::initTestCase()
{
    TempStore temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
}

void TestRuns::init()
{
    g_now = kT0;
    setClockForTesting([] { return g_now; });
}

void TestRuns::cleanup()
{
    setClockForTesting({});
}

void TestRuns::startingARunTwiceRecordsItOnce()
{
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    RunStore runs(*store);

    Run run;
    run.id = u"run-0001"_s;
    run.workflow = u"renewals"_s;
    run.trigger = u"cron 06:00"_s;
    run.identity = u"svc-sales-assistant"_s;
    auto first = runs.start(run);
    QVERIFY_OK(first);
    QCOMPARE(first->startedAt, kT0);

    // A retry (perhaps with a different view of things) returns what was recorded.
    g_now = kT0.addSecs(5);
    Run retry = run;
    retry.workflow = u"something else"_s;
    auto second = runs.start(retry);
    QVERIFY_OK(second);
    QCOMPARE(second->workflow, u"renewals"_s);
    QCOMPARE(second->startedAt, kT0);

    auto page = runs.page({}, {}, 10);
    QVERIFY_OK(page);
    QCOMPARE(page->size(), 1);
    auto events = EvidenceChain(*store).forRun(u"run-0001"_s);
    QVERIFY_OK(events);
    QCOMPARE(kindsOf(*events), QStringList{u"run_started"_s});
    QCOMPARE(events->constFirst().actor, u"gateway"_s);

    Run nameless;
    nameless.id = u"run-0002"_s;
    QVERIFY_ERROR(runs.start(nameless), ErrorCode::InvalidArgument, u"workflow"_s);
}

void TestRuns::finishingARunRecordsWhereAndWhyItStopped()
{
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    RunStore runs(*store);
    Run run;
    run.id = u"run-0001"_s;
    run.workflow = u"renewals"_s;
    QVERIFY_OK(runs.start(run));
    const qint64 stoppedAt = headOf(*store);

    g_now = kT0.addSecs(42);
    QVERIFY_OK(
        runs.finish(run.id, RunStatus::Stopped, u"approval for send_email expired"_s, stoppedAt));
    auto ended = runs.get(run.id);
    QVERIFY_OK(ended);
    QCOMPARE(wordOf(ended->status), u"stopped"_s);
    QCOMPARE(ended->endedAt, g_now);
    QCOMPARE(ended->stopReason, u"approval for send_email expired"_s);
    QCOMPARE(ended->stoppedAtSeq, stoppedAt);

    auto events = EvidenceChain(*store).forRun(run.id);
    QVERIFY_OK(events);
    QCOMPARE(kindsOf(*events), (QStringList{u"run_started"_s, u"run_ended"_s}));
    const EvidenceEvent &e = events->constLast();
    QVERIFY2(e.summary.contains(u"approval for send_email expired"_s), qPrintable(e.summary));
    QVERIFY2(e.summary.contains(u"stopped"_s), qPrintable(e.summary));
    QCOMPARE(wordOf(e.result), u"failure"_s);

    // Finishing again the same way is a harmless retry; another ending is a conflict.
    const qint64 head = headOf(*store);
    QVERIFY_OK(
        runs.finish(run.id, RunStatus::Stopped, u"approval for send_email expired"_s, stoppedAt));
    QVERIFY_ERROR(runs.finish(run.id, RunStatus::Succeeded, QString()), ErrorCode::Conflict,
                  u"already ended as stopped"_s);
    QCOMPARE(headOf(*store), head);
    QVERIFY_ERROR(runs.finish(run.id, RunStatus::Running, QString()), ErrorCode::InvalidArgument,
                  u"running"_s);
    QVERIFY_ERROR(runs.finish(u"run-9999"_s, RunStatus::Failed, QString()), ErrorCode::NotFound,
                  u"run-9999"_s);
}

void TestRuns::pagingReturnsEveryRunOnceNewestFirst()
{
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    const QList<SeededRun> seeded = seedRuns(*store);
    QStringList expected;
    for (const SeededRun &r : seeded)
        expected << r.id;

    RunStore runs(*store);
    for (int limit : {1, 3, 7, 25, 100}) {
        QString error;
        const QStringList ids = walkPages(runs, {}, limit, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ids.size(), 25);
        QCOMPARE(ids, expected);
    }
}

void TestRuns::pagingFiltersByStatusAndWorkflow_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("workflow");

    QTest::newRow("succeeded") << u"succeeded"_s << QString();
    QTest::newRow("running") << u"running"_s << QString();
    QTest::newRow("failed") << u"failed"_s << QString();
    QTest::newRow("renewals") << QString() << u"renewals"_s;
    QTest::newRow("onboarding and succeeded") << u"succeeded"_s << u"onboarding"_s;
    QTest::newRow("no such workflow") << QString() << u"payroll"_s;
    QTest::newRow("blocked (none)") << u"blocked"_s << QString();
}

void TestRuns::pagingFiltersByStatusAndWorkflow()
{
    QFETCH(QString, status);
    QFETCH(QString, workflow);

    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    const QList<SeededRun> seeded = seedRuns(*store);
    QStringList expected;
    for (const SeededRun &r : seeded) {
        if ((status.isEmpty() || r.status == status) &&
            (workflow.isEmpty() || r.workflow == workflow))
            expected << r.id;
    }
    RunStore::Filter filter;
    if (!status.isEmpty())
        filter.status = parseWord<RunStatus>(status);
    filter.workflow = workflow;
    RunStore runs(*store);
    QString error;
    const QStringList ids = walkPages(runs, filter, 4, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(TestRuns)
#include "tst_runs.moc"
