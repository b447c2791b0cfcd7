// Many processes, one store: the semantics of DESIGN.md that only show under real
// concurrency — a gapless chain under the writer lock, exactly one decision per request,
// reported-means-committed across a SIGKILL — checked with real worker processes
// (tests/support/worker.cpp) on the back end under test.

#include "store/approvalqueue.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/store.h"
#include "teststore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::TempStore;

namespace {

// A test that hangs is worse than one that fails: every wait has a deadline.
constexpr int kRaceTimeoutMs = 90000;

QString workerPath()
{
    return QStringLiteral(WORKER_PATH);
}

// What one worker process said, line by line, and how it ended.
struct WorkerResult
{
    QString actor;
    QList<QByteArray> lines; // complete lines only, "ready" removed
    QString stderrText;
};

QList<QByteArray> completeLines(const QByteArray &out)
{
    QList<QByteArray> lines = out.split('\n');
    lines.removeLast(); // after the last '\n': empty, or a line the worker never finished
    lines.removeAll(QByteArrayLiteral("ready"));
    return lines;
}

// One worker process whose stdout is collected as it arrives.
class Worker
{
public:
    Worker(const QString &actor, const QStringList &args, const QString &gate)
        : actor_(actor)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!gate.isEmpty())
            env.insert(u"AIRLOCK_WORKER_GATE"_s, gate);
        process_.setProcessEnvironment(env);
        process_.setProgram(workerPath());
        process_.setArguments(args);
        process_.start();
    }
    ~Worker()
    {
        if (process_.state() != QProcess::NotRunning) {
            process_.kill();
            process_.waitForFinished(10000);
        }
    }
    Q_DISABLE_COPY_MOVE(Worker)

    QProcess &process() { return process_; }
    const QString &actor() const { return actor_; }

    void drain() { out_ += process_.readAllStandardOutput(); }
    bool isReady()
    {
        drain();
        return out_.startsWith("ready\n");
    }
    QString describe()
    {
        drain();
        return u"worker %1 (%2): %3"_s.arg(
            actor_, process_.arguments().join(u' '),
            QString::fromUtf8(process_.readAllStandardError()).trimmed());
    }
    WorkerResult result()
    {
        drain();
        return {actor_, completeLines(out_), QString::fromUtf8(process_.readAllStandardError())};
    }

private:
    QString actor_;
    QProcess process_;
    QByteArray out_;
};

// Starts one worker per entry (actor, mode, mode arguments) behind a shared start gate,
// opens the gate once every worker has opened the store and said "ready", and waits for
// all of them. Returns an error in words (with the failing worker's stderr) or "".
struct WorkerSpec
{
    QString actor;
    QStringList modeArgs; // e.g. {"append", "500", "w1"}
};

QString runRace(const QString &storeUrl, const QList<WorkerSpec> &specs,
                QList<WorkerResult> *results)
{
    QTemporaryDir gateDir;
    if (!gateDir.isValid())
        return u"cannot create a folder for the start gate"_s;
    const QString gate = gateDir.filePath(u"go"_s);

    std::vector<std::unique_ptr<Worker>> workers;
    for (const WorkerSpec &spec : specs) {
        workers.push_back(std::make_unique<Worker>(
            spec.actor, QStringList{storeUrl, spec.actor} + spec.modeArgs, gate));
    }
    QDeadlineTimer deadline(kRaceTimeoutMs);
    for (auto &w : workers) {
        if (!w->process().waitForStarted(10000))
            return u"cannot start %1: %2"_s.arg(workerPath(), w->process().errorString());
    }
    for (auto &w : workers) {
        while (!w->isReady()) {
            if (w->process().state() == QProcess::NotRunning)
                return u"exited before the start gate: "_s + w->describe();
            if (deadline.hasExpired())
                return u"not ready in time: "_s + w->describe();
            w->process().waitForReadyRead(50);
        }
    }
    QFile go(gate);
    if (!go.open(QIODevice::WriteOnly))
        return u"cannot open the start gate %1"_s.arg(gate);
    go.close();

    for (auto &w : workers) {
        // Drain while waiting so that no worker ever blocks on a full pipe.
        while (w->process().state() != QProcess::NotRunning) {
            if (deadline.hasExpired())
                return u"did not finish within %1 ms: "_s.arg(kRaceTimeoutMs) + w->describe();
            w->process().waitForFinished(50);
            w->drain();
        }
        if (w->process().exitStatus() != QProcess::NormalExit || w->process().exitCode() != 0)
            return u"failed with exit code %1: "_s.arg(w->process().exitCode()) + w->describe();
    }
    results->clear();
    for (auto &w : workers)
        *results << w->result();
    return {};
}

Result<QList<EvidenceEvent>> wholeChain(Store &store)
{
    QList<EvidenceEvent> all;
    EvidenceChain chain(store);
    for (;;) {
        auto page = chain.page(all.isEmpty() ? 0 : all.constLast().seq, 1000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            return all;
        all += *page;
    }
}

// Seqs 1..n, each once, in order.
QString gaplessProblem(const QList<EvidenceEvent> &events)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).seq != i + 1)
            return u"the event at position %1 has seq %2"_s.arg(i + 1).arg(events.at(i).seq);
    }
    return {};
}

QString verifyProblem(Store &store, qint64 expectedChecked)
{
    auto report = EvidenceChain(store).verify();
    if (!report)
        return u"verify failed: "_s + report.message();
    if (!report->intact)
        return u"chain broken at #%1: %2"_s.arg(report->firstBadSeq).arg(report->problem);
    if (expectedChecked >= 0 && report->checked != expectedChecked)
        return u"verify checked %1 events, expected %2"_s.arg(report->checked).arg(expectedChecked);
    return {};
}

// "EVENT_ID SEQ" lines of append workers, with every malformed or repeated line reported.
struct Reported
{
    QHash<QString, qint64> seqOf;
    QStringList problems;
};

void collectAppends(const WorkerResult &r, Reported *reported)
{
    for (const QByteArray &line : r.lines) {
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        const qint64 seq = parts.size() == 2 ? parts.at(1).toLongLong(&ok) : 0;
        if (!ok) {
            reported->problems << u"%1 printed an unexpected line '%2'"_s.arg(
                r.actor, QString::fromUtf8(line));
            continue;
        }
        const QString id = QString::fromUtf8(parts.at(0));
        if (reported->seqOf.contains(id))
            reported->problems << u"%1 was reported twice"_s.arg(id);
        reported->seqOf.insert(id, seq);
    }
}

// Every reported id is stored, once, at the seq it was reported with.
QStringList reportedButNotStored(const Reported &reported, const QList<EvidenceEvent> &chain)
{
    QHash<QString, qint64> stored;
    QStringList problems;
    for (const EvidenceEvent &e : chain) {
        if (stored.contains(e.eventId))
            problems << u"%1 is stored twice"_s.arg(e.eventId);
        stored.insert(e.eventId, e.seq);
    }
    for (auto it = reported.seqOf.cbegin(); it != reported.seqOf.cend(); ++it) {
        if (!stored.contains(it.key()))
            problems << u"%1 was reported committed as #%2 but is not stored"_s.arg(it.key()).arg(
                it.value());
        else if (stored.value(it.key()) != it.value())
            problems << u"%1 was reported as #%2 but is stored as #%3"_s.arg(it.key())
                            .arg(it.value())
                            .arg(stored.value(it.key()));
    }
    return problems;
}

QString joinProblems(const QStringList &problems)
{
    const qsizetype shown = 20;
    QString text = problems.mid(0, shown).join(u"; "_s);
    if (problems.size() > shown)
        text += u" … and %1 more"_s.arg(problems.size() - shown);
    return text;
}

// --- exactly one decision ---------------------------------------------------------------

// What a decision race left behind, judged by DESIGN §3 ("exactly one decision"). The same
// function judges the real decide path and the naive negative control, so the control
// proves that a double decision does not slip through it.
struct DecisionAudit
{
    QStringList doubleDecisions; // requests more than one worker believes it decided
    QStringList problems;        // every other way the race broke "exactly one decision"
    bool clean() const { return doubleDecisions.isEmpty() && problems.isEmpty(); }
    QString text() const { return joinProblems(doubleDecisions + problems); }
};

DecisionAudit auditDecisions(const QStringList &ids, const QList<WorkerResult> &results,
                             Store &store)
{
    DecisionAudit audit;
    struct Loss
    {
        QString actor;
        QString message;
    };
    QHash<QString, QStringList> winners;
    QHash<QString, QList<Loss>> losses;
    const QSet<QString> known(ids.cbegin(), ids.cend());
    for (const WorkerResult &r : results) {
        for (const QByteArray &raw : r.lines) {
            const QString line = QString::fromUtf8(raw);
            const QString verb = line.section(u' ', 0, 0);
            const QString id = line.section(u' ', 1, 1);
            if (!known.contains(id) || (verb != u"won"_s && verb != u"lost"_s)) {
                audit.problems << u"%1 printed an unexpected line '%2'"_s.arg(r.actor, line);
                continue;
            }
            if (verb == u"won"_s)
                winners[id] << r.actor;
            else
                losses[id] << Loss{r.actor, line.section(u' ', 2)};
        }
    }

    // The decided events, by request.
    QHash<QString, QList<EvidenceEvent>> decidedEvents;
    auto chain = wholeChain(store);
    if (!chain) {
        audit.problems << u"cannot read the chain: "_s + chain.message();
        return audit;
    }
    for (const EvidenceEvent &e : *chain) {
        if (e.kind != EventKind::ApprovalDecided)
            continue;
        const QString requestId =
            QJsonDocument::fromJson(e.payload).object().value(u"request_id"_s).toString();
        decidedEvents[requestId] << e;
    }

    QSqlQuery stored(store.database());
    stored.prepare(u"SELECT status, decided_by FROM approvals WHERE id = ?"_s);
    for (const QString &id : ids) {
        const QStringList won = winners.value(id);
        const QList<Loss> lost = losses.value(id);
        if (won.size() > 1)
            audit.doubleDecisions << u"%1 was decided %2 times (won by %3)"_s.arg(id)
                                         .arg(won.size())
                                         .arg(won.join(u", "_s));
        else if (won.isEmpty())
            audit.problems << u"nobody decided %1"_s.arg(id);
        if (won.size() + lost.size() != results.size())
            audit.problems << u"%1 has %2 outcomes for %3 workers"_s.arg(id)
                                  .arg(won.size() + lost.size())
                                  .arg(results.size());

        stored.addBindValue(id);
        if (!stored.exec() || !stored.next()) {
            audit.problems << u"cannot read request %1: %2"_s.arg(id, stored.lastError().text());
            continue;
        }
        const QString status = stored.value(0).toString();
        const QString decidedBy = stored.value(1).toString();
        stored.finish();
        if (status != u"approved"_s)
            audit.problems << u"%1 is stored as %2, not approved"_s.arg(id, status);
        if (won.size() == 1 && decidedBy != won.constFirst())
            audit.problems << u"%1 was won by %2 but the store says decided by %3"_s.arg(
                id, won.constFirst(), decidedBy);

        // A second reviewer learns who decided first.
        const QRegularExpression namesWinner(u"\\b"_s + QRegularExpression::escape(decidedBy) +
                                             u"\\b"_s);
        for (const Loss &l : lost) {
            if (decidedBy.isEmpty() || !namesWinner.match(l.message).hasMatch())
                audit.problems << u"%1 lost %2 with '%3', which does not name the winner %4"_s.arg(
                    l.actor, id, l.message, decidedBy);
        }

        const QList<EvidenceEvent> events = decidedEvents.value(id);
        if (events.size() != 1)
            audit.problems << u"%1 has %2 approval_decided events"_s.arg(id).arg(events.size());
        else if (events.constFirst().actor != decidedBy)
            audit.problems << u"%1's approval_decided event names %2, the store %3"_s.arg(
                id, events.constFirst().actor, decidedBy);
    }
    return audit;
}

QJsonObject crmConnector()
{
    return QJsonObject{
        {u"name"_s, u"crm"_s},
        {u"purpose"_s, u"update customer records for the support workflow"_s},
        {u"owner"_s, u"lead"_s},
        {u"target_system"_s, u"CRM"_s},
        {u"kind"_s, u"business_app"_s},
        {u"permission_mode"_s, u"always_ask"_s},
        {u"powers"_s, QJsonArray{u"read"_s, u"write"_s}},
        {u"scope"_s, QJsonArray{QJsonObject{{u"effect"_s, u"include"_s},
                                            {u"pattern"_s, u"crm:accounts/**"_s}}}},
        {u"identity"_s,
         QJsonObject{{u"kind"_s, u"service_principal"_s}, {u"principal"_s, u"svc-crm"_s}}},
        {u"tools"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"update_record"_s},
                                {u"description"_s, u"Update one CRM record"_s},
                                {u"annotations"_s, QJsonObject{{u"readOnlyHint"_s, false},
                                                               {u"destructiveHint"_s, true}}},
                                {u"power"_s, u"write"_s}}}},
    };
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    // Sets up the connector and count pending requests by "agent"; returns their ids.
    QStringList pendingRequests(Store &store, int count);
    void decisionRace(const QString &mode, int requests, int workers, QStringList *ids,
                      QList<WorkerResult> *results, std::unique_ptr<Store> *after);
    std::unique_ptr<TempStore> temp_;

private Q_SLOTS:
    void init();
    void cleanup();
    void chainStaysGaplessUnderConcurrentWriters();
    void exactlyOneDecisionPerRequest();
    void naiveReadThenWriteIsCaughtByTheCheck();
    void killedWriterLeavesAConsistentStore();
};

void TestConcurrency::init()
{
    temp_ = std::make_unique<TempStore>();
    QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
}

void TestConcurrency::cleanup()
{
    temp_.reset();
}

void TestConcurrency::chainStaysGaplessUnderConcurrentWriters()
{
    constexpr int kWorkers = 4;
    constexpr int kEach = 500;
    // SQLite's lock is not fair: a writer that just committed takes it straight back while
    // the others sleep in their busy handlers. A short pause between appends (a workflow
    // does work between events) lets the waiters in, so that the writers really interleave
    // and none of them starves past its busy timeout on a loaded machine.
    constexpr int kPauseUs = 1000;
    // Create and migrate the store before the race, so that workers only append.
    QVERIFY(temp_->open() != nullptr);

    QList<WorkerSpec> specs;
    for (int w = 1; w <= kWorkers; ++w)
        specs << WorkerSpec{
            u"writer-%1"_s.arg(w),
            {u"append"_s, QString::number(kEach), u"w%1"_s.arg(w), QString::number(kPauseUs)}};
    QList<WorkerResult> results;
    const QString error = runRace(temp_->urlText(), specs, &results);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Reported reported;
    QHash<qint64, QString> writerOf;
    for (const WorkerResult &r : results) {
        QCOMPARE(r.lines.size(), qsizetype(kEach));
        Reported own;
        collectAppends(r, &own);
        for (auto it = own.seqOf.cbegin(); it != own.seqOf.cend(); ++it)
            writerOf.insert(it.value(), r.actor);
        collectAppends(r, &reported);
    }
    // The writers really raced: run one after another, they would hand over only 3 times
    // (with the pause they typically hand over well above 1000 times in 2000 appends).
    int handovers = 0;
    for (qint64 seq = 2; seq <= kWorkers * kEach; ++seq)
        handovers += writerOf.value(seq) != writerOf.value(seq - 1) ? 1 : 0;
    qInfo("the writer lock changed hands %d times", handovers);
    QVERIFY2(handovers >= kWorkers * kEach / 20,
             "the writers hardly overlapped: the race did not happen");
    QVERIFY2(reported.problems.isEmpty(), qPrintable(joinProblems(reported.problems)));
    QCOMPARE(reported.seqOf.size(), qsizetype(kWorkers * kEach));
    // The reported seqs alone are 1..2000: no two commits got the same number, none was skipped.
    QList<qint64> seqs = reported.seqOf.values();
    std::sort(seqs.begin(), seqs.end());
    for (qsizetype i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), qint64(i + 1));

    auto store = temp_->open();
    QVERIFY(store);
    auto head = EvidenceChain(*store).headSeq();
    QVERIFY2(head, qPrintable(head.message()));
    QCOMPARE(*head, qint64(kWorkers * kEach));
    const QString broken = verifyProblem(*store, kWorkers * kEach);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    auto chain = wholeChain(*store);
    QVERIFY2(chain, qPrintable(chain.message()));
    QCOMPARE(chain->size(), qsizetype(kWorkers * kEach));
    const QString gap = gaplessProblem(*chain);
    QVERIFY2(gap.isEmpty(), qPrintable(gap));
    const QStringList missing = reportedButNotStored(reported, *chain);
    QVERIFY2(missing.isEmpty(), qPrintable(joinProblems(missing)));
}

QStringList TestConcurrency::pendingRequests(Store &store, int count)
{
    store.setActor(u"lead"_s);
    auto doc = connectorDocumentFromJson(crmConnector());
    if (!doc) {
        qWarning("connector document: %s", qPrintable(doc.message()));
        return {};
    }
    ConnectorStore connectors(store);
    if (auto applied = connectors.apply(*doc, u"set up for the decision race"_s); !applied) {
        qWarning("apply: %s", qPrintable(applied.message()));
        return {};
    }
    if (auto review = connectors.recordReview(u"crm"_s, u"reviewed for the race"_s); !review) {
        qWarning("review: %s", qPrintable(review.message()));
        return {};
    }
    store.setActor(u"agent"_s);
    ApprovalQueue queue(store);
    QStringList ids;
    for (int i = 1; i <= count; ++i) {
        ApprovalQueue::NewRequest r;
        r.id = u"req-%1"_s.arg(i, 3, 10, QChar(u'0'));
        r.connector = u"crm"_s;
        r.tool = u"update_record"_s;
        r.target = u"crm:accounts/%1"_s.arg(i);
        r.arguments = QJsonDocument(QJsonObject{{u"id"_s, i}, {u"tier"_s, u"gold"_s}})
                          .toJson(QJsonDocument::Compact);
        auto made = queue.request(r);
        if (!made) {
            qWarning("request %d: %s", i, qPrintable(made.message()));
            return {};
        }
        if (made->status != ApprovalStatus::Pending) {
            qWarning("request %d is %s, not pending", i, qPrintable(wordOf(made->status)));
            return {};
        }
        ids << made->id;
    }
    return ids;
}

void TestConcurrency::decisionRace(const QString &mode, int requests, int workers, QStringList *ids,
                                   QList<WorkerResult> *results, std::unique_ptr<Store> *after)
{
    {
        auto store = temp_->open();
        QVERIFY(store);
        *ids = pendingRequests(*store, requests);
        QCOMPARE(ids->size(), qsizetype(requests));
    }
    // Every worker walks the same ids in the same order: the most contention per request.
    QList<WorkerSpec> specs;
    for (int w = 1; w <= workers; ++w)
        specs << WorkerSpec{u"reviewer-%1"_s.arg(w), {mode, ids->join(u',')}};
    const QString error = runRace(temp_->urlText(), specs, results);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Judge from a fresh connection: the store is the only authority.
    *after = temp_->open(u"auditor"_s);
    QVERIFY(*after);
}

void TestConcurrency::exactlyOneDecisionPerRequest()
{
    QStringList ids;
    QList<WorkerResult> results;
    std::unique_ptr<Store> store;
    decisionRace(u"decide"_s, 30, 6, &ids, &results, &store);
    if (QTest::currentTestFailed())
        return;

    const DecisionAudit audit = auditDecisions(ids, results, *store);
    QVERIFY2(audit.clean(), qPrintable(audit.text()));
    const QString broken = verifyProblem(*store, -1);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    auto chain = wholeChain(*store);
    QVERIFY2(chain, qPrintable(chain.message()));
    const QString gap = gaplessProblem(*chain);
    QVERIFY2(gap.isEmpty(), qPrintable(gap));
}

void TestConcurrency::naiveReadThenWriteIsCaughtByTheCheck()
{
    // The negative control: the same race through a read-then-write without the guard.
    // If the audit above could not see its double decisions, its silence would prove nothing.
    QStringList ids;
    QList<WorkerResult> results;
    std::unique_ptr<Store> store;
    decisionRace(u"naive-decide"_s, 30, 6, &ids, &results, &store);
    if (QTest::currentTestFailed())
        return;

    const DecisionAudit audit = auditDecisions(ids, results, *store);
    qInfo("naive control: %lld of %lld requests decided more than once",
          qlonglong(audit.doubleDecisions.size()), qlonglong(ids.size()));
    QVERIFY2(!audit.doubleDecisions.isEmpty(),
             "the naive read-then-write produced no double decision: the race is not racing, "
             "so exactlyOneDecisionPerRequest proves nothing");
    QVERIFY(!audit.clean());
}

void TestConcurrency::killedWriterLeavesAConsistentStore()
{
    constexpr int kRounds = 8;
    QVERIFY(temp_->open() != nullptr);
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill timings seeded with %u", seed);
    QRandomGenerator random(seed);
    QTemporaryDir gateDir;
    QVERIFY(gateDir.isValid());

    Reported reported;
    for (int round = 1; round <= kRounds; ++round) {
        const QString gate = gateDir.filePath(u"go-%1"_s.arg(round));
        Worker w(u"writer"_s,
                 {temp_->urlText(), u"writer"_s, u"append-forever"_s, u"k%1"_s.arg(round)}, gate);
        QVERIFY2(w.process().waitForStarted(10000), qPrintable(w.process().errorString()));
        QDeadlineTimer readyBy(30000);
        while (!w.isReady()) {
            QVERIFY2(w.process().state() != QProcess::NotRunning, qPrintable(w.describe()));
            QVERIFY2(!readyBy.hasExpired(), qPrintable(u"not ready in time: "_s + w.describe()));
            w.process().waitForReadyRead(50);
        }
        QFile go(gate);
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();

        const int runMs = random.bounded(50, 401);
        QDeadlineTimer killAt(runMs);
        while (!killAt.hasExpired()) {
            QVERIFY2(w.process().state() != QProcess::NotRunning,
                     qPrintable(u"stopped on its own: "_s + w.describe()));
            w.process().waitForReadyRead(int(qMax<qint64>(1, killAt.remainingTime())));
            w.drain();
        }
        w.process().kill(); // SIGKILL: no handler, no cleanup, maybe mid-transaction
        QVERIFY(w.process().waitForFinished(10000));
        QCOMPARE(w.process().exitStatus(), QProcess::CrashExit);
        const WorkerResult r = w.result();
        collectAppends(r, &reported);
        qInfo("round %d: killed after %d ms, %lld events reported", round, runMs,
              qlonglong(r.lines.size()));
    }
    QVERIFY2(reported.problems.isEmpty(), qPrintable(joinProblems(reported.problems)));
    QVERIFY2(!reported.seqOf.isEmpty(), "no worker reported any event: the test tested nothing");

    auto opened = Store::open(temp_->url());
    QVERIFY2(opened, qPrintable(opened.message()));
    Store &store = **opened;
    const QString broken = verifyProblem(store, -1);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    auto chain = wholeChain(store);
    QVERIFY2(chain, qPrintable(chain.message()));
    const QString gap = gaplessProblem(*chain);
    QVERIFY2(gap.isEmpty(), qPrintable(gap));
    auto head = EvidenceChain(store).headSeq();
    QVERIFY2(head, qPrintable(head.message()));
    QCOMPARE(*head, qint64(chain->size()));
    const QStringList missing = reportedButNotStored(reported, *chain);
    QVERIFY2(missing.isEmpty(), qPrintable(joinProblems(missing)));
    // A killed writer may have committed one event it never got to report, no more.
    QVERIFY(chain->size() >= reported.seqOf.size());
    QVERIFY(chain->size() <= reported.seqOf.size() + kRounds);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
