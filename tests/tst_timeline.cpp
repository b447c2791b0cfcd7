// Runs reconstructed from their evidence, headless: the runs list's filters and flags (kept by
// the evidence chain and filled in by migration 3), the timeline's lanes, approval waits, stop
// point and totals, the narrative, the chain place of one event, and the evidence bundle as a
// third party checks it (sha256sum in a real shell, and QCryptographicHash).
// Runs once per back end (AIRLOCK_TEST_BACKEND).

#include "demo/demogenerator.h"
#include "demo/demoworld.h"
#include "export/evidencebundle.h"
#include "runs/narrative.h"
#include "runs/runflags.h"
#include "runs/timeline.h"
#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/migrations.h"
#include "store/runstore.h"
#include "store/store.h"
#include "testassertions.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::CliResult;
using airlock::test::runCli;
using airlock::test::TempStore;

namespace {

QList<Run> allRuns(Store &store, const RunStore::Filter &filter = {}, int pageSize = 7)
{
    QList<Run> all;
    RunStore::Cursor after;
    for (;;) {
        auto page = RunStore(store).page(filter, after, pageSize);
        if (!page)
            qFatal("page: %s", qPrintable(page.message()));
        all += *page;
        if (page->size() < pageSize)
            return all;
        after = {page->constLast().startedAt, page->constLast().id};
    }
}

EvidenceEvent makeEvent(qint64 seq, qint64 atMs, EventKind kind, const QString &connector = {},
                        EventResult result = EventResult::Success, const QByteArray &payload = "{}")
{
    EvidenceEvent e;
    e.seq = seq;
    e.eventId = u"e%1"_s.arg(seq);
    e.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    e.kind = kind;
    e.actor = u"agent"_s;
    e.connector = connector;
    e.runId = u"r1"_s;
    e.result = result;
    e.payload = payload;
    return e;
}

// Runs a migration's statements that fill existing rows (INSERT … / UPDATE …) again.
Status rerunFill(Store &store, const Migration &m)
{
    return store.write([&]() -> Status {
        for (const QString &sql : m.statements(store.backend())) {
            if (sql.startsWith(u"INSERT"_s) || sql.startsWith(u"UPDATE"_s)) {
                if (Status s = store.execDirect(sql); !s)
                    return s;
            }
        }
        return {};
    });
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TstTimeline : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
    QTemporaryDir home_;

    Run theStoppedInvoiceRun()
    {
        RunStore::Filter f;
        f.workflow = u"invoice-check"_s;
        f.status = RunStatus::Stopped;
        auto runs = RunStore(*store_).page(f, {}, 10);
        if (!runs || runs->size() != 1)
            qFatal("the demo should have exactly one stopped invoice run");
        return runs->constFirst();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A bundle is signed with this machine's checkpoint key, made on first use: this
        // process and the airlockctl it starts use a private data folder, not the user's.
        QVERIFY(home_.isValid());
        qputenv("XDG_DATA_HOME", home_.path().toUtf8());
    }

    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"ivy.investigator"_s);
        QVERIFY(store_);
        QVERIFY_OK(seedDemo(*store_, 1));
    }

    void cleanup()
    {
        store_.reset();
        temp_.reset();
    }

    // ------------------------------------------------------------------ the runs list

    void flagsAndConnectorsAreKeptAsEvidenceIsWritten()
    {
        const Run stopped = theStoppedInvoiceRun();
        QCOMPARE(stopped.flags & RunStopped, int(RunStopped));
        QCOMPARE(stopped.flags & RunBlocked, int(RunBlocked));
        QCOMPARE(stopped.connectors, QStringList{demo::kErp});
        // Every run's flags and connectors agree with a reading of its evidence.
        for (const Run &r : allRuns(*store_, {}, 50)) {
            auto events = EvidenceChain(*store_).forRun(r.id);
            QVERIFY_OK(events);
            int flags = runFlagsOf(r.status);
            QSet<QString> connectors;
            for (const EvidenceEvent &e : *events) {
                flags |= runFlagsOf(e);
                if (!e.connector.isEmpty())
                    connectors.insert(e.connector);
            }
            QCOMPARE(r.flags, flags);
            QStringList names = connectors.values();
            names.sort();
            QCOMPARE(r.connectors, names);
        }
    }

    void theMigrationFillsExistingRunsLikeTheChainKeepsThem()
    {
        const QList<Run> kept = allRuns(*store_, {}, 50);
        // Forget what the chain kept, then run migration 3's fill statements again.
        QVERIFY_OK(store_->write([&]() -> Status {
            if (Status s = store_->execDirect(u"UPDATE runs SET flags = 0"_s); !s)
                return s;
            return store_->execDirect(u"DELETE FROM run_connectors"_s);
        }));
        const Migration &m3 = migrations().at(2);
        QCOMPARE(m3.version, 3);
        QVERIFY_OK(rerunFill(*store_, m3));
        const QList<Run> filled = allRuns(*store_, {}, 50);
        QCOMPARE(filled.size(), kept.size());
        for (int i = 0; i < kept.size(); ++i) {
            QCOMPARE(filled.at(i).id, kept.at(i).id);
            QCOMPARE(filled.at(i).flags, kept.at(i).flags);
            QCOMPARE(filled.at(i).connectors, kept.at(i).connectors);
        }
    }

    void theStarterMigrationNamesWhoStartedExistingRuns()
    {
        const QList<Run> kept = allRuns(*store_, {}, 50);
        QVERIFY(!kept.isEmpty());
        for (const Run &r : kept)
            QVERIFY2(!r.startedBy.isEmpty(), qPrintable(r.id));
        QVERIFY_OK(store_->write([&]() { return store_->execDirect(u"UPDATE runs SET started_by = ''"_s); }));
        const Migration &m4 = migrations().at(3);
        QCOMPARE(m4.version, 4);
        QVERIFY_OK(rerunFill(*store_, m4));
        const QList<Run> filled = allRuns(*store_, {}, 50);
        QCOMPARE(filled.size(), kept.size());
        for (int i = 0; i < kept.size(); ++i) {
            QCOMPARE(filled.at(i).id, kept.at(i).id);
            QCOMPARE(filled.at(i).startedBy, kept.at(i).startedBy);
        }
    }

    void pagesFilterByConnectorFlagAndTimeWithoutDuplicates()
    {
        const QList<Run> everything = allRuns(*store_, {}, 1000);
        QVERIFY(everything.size() >= 15);
        // Small keyset pages give exactly the one big page, newest first.
        const QList<Run> paged = allRuns(*store_, {}, 4);
        QCOMPARE(paged.size(), everything.size());
        for (int i = 0; i < paged.size(); ++i)
            QCOMPARE(paged.at(i).id, everything.at(i).id);
        for (int i = 1; i < paged.size(); ++i)
            QVERIFY(paged.at(i - 1).startedAt >= paged.at(i).startedAt);

        RunStore::Filter byConnector;
        byConnector.connector = demo::kErp;
        QList<QString> expected;
        for (const Run &r : everything) {
            if (r.connectors.contains(demo::kErp))
                expected << r.id;
        }
        QVERIFY(!expected.isEmpty());
        QList<QString> got;
        for (const Run &r : allRuns(*store_, byConnector, 3))
            got << r.id;
        QCOMPARE(got, expected);

        RunStore::Filter rejected;
        rejected.flags = RunRejected;
        const QList<Run> withRejection = allRuns(*store_, rejected, 2);
        QVERIFY(!withRejection.isEmpty());
        for (const Run &r : withRejection)
            QVERIFY(r.flags & RunRejected);
        int expectedRejected = 0;
        for (const Run &r : everything)
            expectedRejected += (r.flags & RunRejected) ? 1 : 0;
        QCOMPARE(withRejection.size(), expectedRejected);

        // Half-open time range [from, until).
        const QDateTime from = everything.at(everything.size() - 5).startedAt;
        const QDateTime until = everything.at(2).startedAt;
        RunStore::Filter range;
        range.from = from;
        range.until = until;
        int inRange = 0;
        for (const Run &r : everything)
            inRange += (r.startedAt >= from && r.startedAt < until) ? 1 : 0;
        const QList<Run> ranged = allRuns(*store_, range, 3);
        QCOMPARE(ranged.size(), inRange);
        for (const Run &r : ranged)
            QVERIFY(r.startedAt >= from && r.startedAt < until);

        // Filters combine: connector and flag and status.
        RunStore::Filter combined = byConnector;
        combined.flags = RunStopped;
        combined.status = RunStatus::Stopped;
        const QList<Run> one = allRuns(*store_, combined, 3);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.constFirst().id, theStoppedInvoiceRun().id);

        QVERIFY_ERROR(RunStore(*store_).page({}, {}, 0), ErrorCode::InvalidArgument, u"page"_s);
        RunStore::Filter unknown;
        unknown.flags = 64;
        QVERIFY_ERROR(RunStore(*store_).page(unknown, {}, 10), ErrorCode::InvalidArgument,
                      u"flags"_s);
    }

    void workflowsAreListedByALooseIndexScan()
    {
        auto workflows = RunStore(*store_).workflows();
        QVERIFY_OK(workflows);
        QCOMPARE(*workflows,
                 (QStringList{u"crm-followups"_s, u"invoice-check"_s, u"support-routing"_s}));
    }

    // --------------------------------------------------------------------- the timeline

    void theDemosStoppedInvoiceRunSaysWhereAndWhyItStopped()
    {
        const Run run = theStoppedInvoiceRun();
        auto t = RunTimeline::load(*store_, run.id);
        QVERIFY_OK(t);
        QCOMPARE(t->lanes(), (QStringList{u"Run"_s, demo::kErp, u"Approvals"_s}));
        const int stop = t->stopEvent();
        QVERIFY(stop >= 0);
        const EvidenceEvent &at = t->events().at(stop);
        QCOMPARE(at.seq, run.stoppedAtSeq);
        QCOMPARE(at.kind, EventKind::Blocked);
        QCOMPARE(at.tool, u"update_vendor_payment_details"_s);
        QCOMPARE(t->laneOf(stop), 1);
        QCOMPARE(t->severityOf(stop), RunTimeline::Blocked);
        QCOMPARE(t->totals().blocked, 1);
        QCOMPARE(t->totals().tokensIn, run.tokensIn);
        QCOMPARE(t->totals().tokensOut, run.tokensOut);
        QCOMPARE(t->totals().durationMs, run.startedAt.msecsTo(run.endedAt));
        QCOMPARE(t->totals().waitingMs, 0);

        const RunNarrative story = narrate(*t);
        QVERIFY(story.line(u"trigger"_s).contains(u"scheduler: AP check before the payment run"_s));
        QVERIFY(story.line(u"read"_s).startsWith(u"It read 3 sources"_s));
        QVERIFY(story.line(u"read"_s).contains(u"45 h ago"_s) ||
                story.line(u"read"_s).contains(u" h ago"_s));
        QVERIFY(story.line(u"produced"_s).contains(u"bank details"_s));
        QCOMPARE(story.line(u"did"_s), u"It changed nothing in any target system."_s);
        QVERIFY(story.line(u"refused"_s).contains(u"update_vendor_payment_details"_s));
        const QString end = story.line(u"end"_s);
        QVERIFY2(end.startsWith(u"It was stopped after"_s), qPrintable(end));
        QVERIFY2(end.contains(u"at event #%1 (blocked update_vendor_payment_details"_s.arg(
                     run.stoppedAtSeq)),
                 qPrintable(end));
        QVERIFY2(end.contains(u"Why: stopped by sam.okafor at the blocked call"_s),
                 qPrintable(end));
    }

    void approvalWaitsAreBarsFromRequestToDecision()
    {
        // The invoice run that held a price variance asked twice; both were approved.
        RunStore::Filter f;
        f.workflow = u"invoice-check"_s;
        f.status = RunStatus::Succeeded;
        Run asked;
        for (const Run &r : allRuns(*store_, f)) {
            if (r.connectors.size() == 2)
                asked = r;
        }
        QVERIFY(!asked.id.isEmpty());
        auto t = RunTimeline::load(*store_, asked.id);
        QVERIFY_OK(t);
        QCOMPARE(t->approvalWaits().size(), 2);
        qint64 waited = 0;
        for (const ApprovalWait &w : t->approvalWaits()) {
            QCOMPARE(w.outcome, u"approved"_s);
            QCOMPARE(w.decidedBy, u"sam.okafor"_s);
            QVERIFY(w.toMs > w.fromMs);
            QCOMPARE(t->events().at(w.requestEvent).kind, EventKind::ApprovalRequested);
            QCOMPARE(t->events().at(w.decisionEvent).kind, EventKind::ApprovalDecided);
            QCOMPARE(t->laneOf(w.requestEvent), t->approvalsLane());
            waited += w.toMs - w.fromMs;
        }
        QCOMPARE(t->totals().waitingMs, waited);
        QCOMPARE(t->stopEvent(), -1);
        const RunNarrative story = narrate(*t);
        QVERIFY2(story.line(u"asked"_s)
                     .startsWith(u"It asked for approval 2 times: flag_invoice_exception"_s),
                 qPrintable(story.line(u"asked"_s)));
        QVERIFY(story.line(u"asked"_s).contains(u"approved by sam.okafor after"_s));
        QVERIFY(story.line(u"end"_s).startsWith(u"It succeeded after"_s));

        // The support run whose request expired: the bar ends at the expiry, and it stopped.
        RunStore::Filter s;
        s.workflow = u"support-routing"_s;
        s.status = RunStatus::Stopped;
        bool sawExpired = false;
        for (const Run &r : allRuns(*store_, s)) {
            auto st = RunTimeline::load(*store_, r.id);
            QVERIFY_OK(st);
            for (const ApprovalWait &w : st->approvalWaits()) {
                if (w.outcome == u"expired"_s) {
                    sawExpired = true;
                    QVERIFY(w.decisionEvent > w.requestEvent);
                    QVERIFY(st->stopEvent() >= 0);
                }
            }
        }
        QVERIFY(sawExpired);
    }

    void overlappingWaitsCountOnceAndAnOpenWaitLastsToTheEnd()
    {
        Run run;
        run.id = u"r1"_s;
        run.workflow = u"w"_s;
        run.status = RunStatus::WaitingApproval;
        run.startedAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        const QList<EvidenceEvent> events = {
            makeEvent(1, 0, EventKind::RunStarted),
            makeEvent(2, 1000, EventKind::ApprovalRequested, u"C"_s, EventResult::ApprovalNeeded,
                      R"({"request_id":"a"})"),
            makeEvent(3, 2000, EventKind::ApprovalRequested, u"C"_s, EventResult::ApprovalNeeded,
                      R"({"request_id":"b"})"),
            makeEvent(4, 5000, EventKind::ApprovalDecided, u"C"_s, EventResult::Blocked,
                      R"({"request_id":"a","decision":"rejected","note":"no"})"),
            makeEvent(5, 6000, EventKind::Read, u"D"_s, EventResult::Timeout),
            makeEvent(6, 9000, EventKind::Read, u"C"_s),
        };
        const RunTimeline t = RunTimeline::build(run, events);
        QCOMPARE(t.lanes(), (QStringList{u"Run"_s, u"D"_s, u"C"_s, u"Approvals"_s}));
        QCOMPARE(t.approvalWaits().size(), 2);
        QCOMPARE(t.approvalWaits().at(0).outcome, u"rejected"_s);
        QCOMPARE(t.approvalWaits().at(1).outcome, QString());
        QCOMPARE(t.approvalWaits().at(1).toMs, 9000); // still open at the last event
        QCOMPARE(t.totals().waitingMs, 8000);         // 1 s to 9 s, the overlap once
        QCOMPARE(t.totals().errors, 1);
        QCOMPARE(t.stopEvent(), -1);
        // Severe marks per lane, by prefix counts.
        const int laneD = 1;
        QCOMPARE(t.severeBetween(laneD, 0, int(t.laneEvents(laneD).size()), RunTimeline::Failure),
                 1);
        QCOMPARE(t.severeBetween(2, 0, int(t.laneEvents(2).size()), RunTimeline::Failure), 0);
        QCOMPARE(t.firstInLaneAtOrAfter(2, 8999), 0);
        QCOMPARE(t.firstInLaneAtOrAfter(2, 9001), 1);
        QVERIFY(narrate(t).line(u"end"_s).startsWith(u"It is waiting for a reviewer"_s));
        QVERIFY(narrate(t).line(u"asked"_s).contains(u"still waiting"_s));
    }

    void anEventsChainPlaceIsCheckedAgainstItsPredecessor()
    {
        const Run run = theStoppedInvoiceRun();
        auto t = RunTimeline::load(*store_, run.id);
        QVERIFY_OK(t);
        for (const EvidenceEvent &e : t->events()) {
            auto place = RunTimeline::chainPlace(*store_, e);
            QVERIFY_OK(place);
            QVERIFY2(place->verified(), qPrintable(place->problem));
            QCOMPARE(place->seq, e.seq);
        }
        EvidenceEvent changed = t->events().at(1);
        changed.summary += u" (edited)"_s;
        const ChainPlace tampered = RunTimeline::checkPlace(changed, t->events().at(1).prevHash);
        QVERIFY(!tampered.hashMatches);
        QVERIFY(tampered.problem.contains(u"changed"_s));
        const ChainPlace unlinked = RunTimeline::checkPlace(t->events().at(1), QByteArray(64, 'f'));
        QVERIFY(unlinked.hashMatches);
        QVERIFY(!unlinked.linkMatches);
        QVERIFY(unlinked.problem.contains(u"#%1"_s.arg(t->events().at(1).seq - 1)));
    }

    // --------------------------------------------------------------- the evidence bundle

    void aBundleIsCheckedBySha256sumAndATamperedLineIsFound()
    {
        const Run run = theStoppedInvoiceRun();
        const QString dir = temp_->dir() + u"/bundle"_s;
        auto bundle = writeEvidenceBundle(*store_, run.id, dir);
        QVERIFY_OK(bundle);
        auto events = EvidenceChain(*store_).forRun(run.id);
        QVERIFY_OK(events);
        QCOMPARE(bundle->events, int(events->size()));

        // As a third party: every line hashes with its previous hash to the recorded hash,
        // and that hash is the one the store holds for the sequence number.
        const QList<QByteArray> lines = fileBytes(dir + u"/events.jsonl"_s).split('\n');
        const QList<QByteArray> links = fileBytes(dir + u"/hashes.txt"_s).split('\n');
        QCOMPARE(lines.size(), events->size() + 1); // a final newline
        for (int i = 0; i < events->size(); ++i) {
            const QList<QByteArray> f = links.at(i).split(' ');
            QCOMPARE(f.size(), 3);
            QCOMPARE(f.at(0).toLongLong(), events->at(i).seq);
            QCOMPARE(f.at(1), events->at(i).prevHash);
            const QByteArray hash = QCryptographicHash::hash(QByteArray(f.at(1) + lines.at(i)),
                                                             QCryptographicHash::Sha256)
                                        .toHex();
            QCOMPARE(hash, events->at(i).hash);
            QCOMPARE(f.at(2), hash);
        }
        const QByteArray manifest = fileBytes(dir + u"/manifest.json"_s);
        QVERIFY(manifest.contains(
            QByteArray("\"link_before_hash\": \"" + events->constFirst().prevHash + '"')));
        auto head = EvidenceChain(*store_).headSeq();
        QVERIFY_OK(head);
        QVERIFY(manifest.contains(QByteArray("\"chain_head_seq\": " + QByteArray::number(*head))));

        // sha256sum in a real shell, with the script the bundle carries.
        auto verify = [&dir] {
            QProcess p;
            p.setWorkingDirectory(dir);
            p.start(u"bash"_s, {u"verify.sh"_s});
            p.waitForFinished(30000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
        };
        auto [rc, out] = verify();
        QCOMPARE(rc, 0);
        QCOMPARE(out.trimmed().split(u'\n').constLast(), u"OK: %1 events verified"_s.arg(events->size()));
        auto check = checkEvidenceBundle(dir);
        QVERIFY_OK(check);
        QVERIFY2(check->intact, qPrintable(check->problem));

        // Tamper with line 3 and re-make SHA256SUMS as a forger would: the line's hash gives it
        // away.
        QList<QByteArray> forged = lines;
        forged[2].replace("\"summary\":\"", "\"summary\":\"nothing odd: ");
        QVERIFY(forged.at(2) != lines.at(2));
        {
            QFile f(dir + u"/events.jsonl"_s);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(forged.join('\n'));
        }
        QProcess sums;
        sums.setWorkingDirectory(dir);
        sums.setStandardOutputFile(dir + u"/SHA256SUMS"_s);
        sums.start(u"sha256sum"_s, {u"events.jsonl"_s, u"hashes.txt"_s, u"run.json"_s,
                                    u"manifest.json"_s, u"verify.sh"_s});
        QVERIFY(sums.waitForFinished(30000));
        QCOMPARE(sums.exitCode(), 0);
        std::tie(rc, out) = verify();
        QCOMPARE(rc, 1);
        QVERIFY2(out.contains(u"line 3 (event #%1)"_s.arg(events->at(2).seq)), qPrintable(out));
        check = checkEvidenceBundle(dir);
        QVERIFY_OK(check);
        QVERIFY(!check->intact);
        QVERIFY2(check->problem.contains(u"line 3"_s), qPrintable(check->problem));
    }

    void aBundleIsWrittenWholeOrNotAtAll()
    {
        const Run run = theStoppedInvoiceRun();
        const QString dir = temp_->dir() + u"/occupied"_s;
        QVERIFY(QDir().mkpath(dir));
        QFile other(dir + u"/notes.txt"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY_ERROR(writeEvidenceBundle(*store_, run.id, dir), ErrorCode::InvalidArgument,
                      u"not an empty folder"_s);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{u"notes.txt"_s});
        QVERIFY_ERROR(writeEvidenceBundle(*store_, u"no-such-run"_s, temp_->dir() + u"/x"_s),
                      ErrorCode::NotFound, u"no-such-run"_s);
        QVERIFY(!QFileInfo::exists(temp_->dir() + u"/x"_s));
        // Nothing partial is left beside the target either.
        QCOMPARE(QDir(temp_->dir()).entryList({u".*partial*"_s}, QDir::Dirs | QDir::Hidden),
                 QStringList());
    }

    void airlockctlExportsAndVerifiesABundle()
    {
        const Run run = theStoppedInvoiceRun();
        const QString dir = temp_->dir() + u"/cli-bundle"_s;
        store_.reset(); // the CLI is another process: let it have the store
        CliResult r = runCli({u"--store"_s, temp_->urlText(), u"run"_s, u"export-bundle"_s, run.id,
                              u"--output"_s, dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        QVERIFY(r.text().contains(u"bash verify.sh"_s));
        r = runCli({u"run"_s, u"verify-bundle"_s, dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.text().startsWith(u"OK: "_s));
        r = runCli({u"--store"_s, temp_->urlText(), u"run"_s, u"story"_s, run.id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.text().contains(u"It was stopped after"_s), qPrintable(r.text()));
        r = runCli({u"--store"_s, temp_->urlText(), u"run"_s, u"list"_s, u"--connector"_s,
                    demo::kErp, u"--flag"_s, u"stopped"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.text().count(u'\n'), 2); // the header and the one stopped invoice run
        QVERIFY(r.text().contains(run.id));
        QVERIFY(r.text().contains(u"blocked,failed,stopped"_s));
        r = runCli({u"--store"_s, temp_->urlText(), u"run"_s, u"list"_s, u"--flag"_s, u"odd"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errorText().contains(u"unknown run flag 'odd'"_s));
        r = runCli({u"--store"_s, temp_->urlText(), u"run"_s, u"export-bundle"_s, run.id});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errorText().contains(u"--output"_s));
        store_ = temp_->open(u"ivy.investigator"_s);
    }
};

QTEST_GUILESS_MAIN(TstTimeline)
#include "tst_timeline.moc"
