// The living demo: `airlockctl simulate` against a real store, decided from outside by another
// identity, stopped by SIGTERM; and the Simulator itself, for determinism and expiry.

#include "testassertions.h"
#include "teststore.h"

#include "demo/demogenerator.h"
#include "demo/simulator.h"
#include "store/approvalqueue.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/grantstore.h"
#include "store/runstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

// Every run of the store, newest first.
QList<Run> allRuns(Store &store)
{
    QList<Run> runs;
    RunStore::Cursor after;
    for (;;) {
        auto page = RunStore(store).page({}, after, 200);
        if (!page || page->isEmpty())
            return runs;
        runs += *page;
        after = {page->constLast().startedAt, page->constLast().id};
    }
}

QSet<QString> idsOf(const QList<Run> &runs)
{
    QSet<QString> ids;
    for (const Run &r : runs)
        ids.insert(r.id);
    return ids;
}

QSet<QString> pendingIds(Store &store)
{
    QSet<QString> ids;
    auto pending = ApprovalQueue(store).list(ApprovalStatus::Pending);
    if (pending) {
        for (const ApprovalRequest &r : *pending)
            ids.insert(r.id);
    }
    return ids;
}

} // namespace

class TstSimulate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;

    QStringList simulateArgs(const QStringList &extra)
    {
        return QStringList{u"--store"_s, temp_->urlText(), u"--as"_s, u"demo-operator"_s,
                           u"simulate"_s} +
               extra;
    }

private Q_SLOTS:
    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
    }
    void cleanup() { temp_.reset(); }

    void runsWaitForDecisionsMadeByAnotherIdentityAndEndAsDecided()
    {
        const CliResult demo =
            runCli({u"--store"_s, temp_->urlText(), u"--as"_s, u"lead"_s, u"demo"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.errorText()));
        auto store = temp_->open(u"maria.lopez"_s);
        QVERIFY(store);
        const QSet<QString> seededRuns = idsOf(allRuns(*store));
        const QSet<QString> seededPending = pendingIds(*store);

        QProcess sim;
        sim.start(airlockctlPath(), simulateArgs({u"--json"_s, u"--seed"_s, u"7"_s, u"--runs"_s,
                                                  u"6"_s, u"--interval"_s, u"0.05"_s}));
        QVERIFY(sim.waitForStarted());
        // Decide each of the simulator's requests as it arrives: approve, then reject, in turn.
        QHash<QString, bool> decided; // request id → approved
        bool triedSelfApproval = false;
        for (int i = 0; i < 1200 && sim.state() != QProcess::NotRunning; ++i) {
            for (const QString &id : pendingIds(*store)) {
                if (seededPending.contains(id) || decided.contains(id))
                    continue;
                auto r = ApprovalQueue(*store).get(id);
                QVERIFY_OK(r);
                QVERIFY(!seededRuns.contains(r->runId));
                if (!triedSelfApproval) {
                    // The requester (the workflow's agent) may never decide its own request.
                    store->setActor(r->requestedBy);
                    QVERIFY_ERROR(ApprovalQueue(*store).decide(id, {true, {}, {}, {}}),
                                  ErrorCode::SelfApproval, u"someone else"_s);
                    store->setActor(u"maria.lopez"_s);
                    triedSelfApproval = true;
                }
                const bool approve = decided.size() % 2 == 0;
                QVERIFY_OK(ApprovalQueue(*store).decide(
                    id, {approve, approve ? QString() : u"not this one"_s, {}, {}}));
                decided.insert(id, approve);
            }
            sim.waitForFinished(50);
        }
        QVERIFY(sim.state() == QProcess::NotRunning || sim.waitForFinished(30000));
        QVERIFY2(sim.exitStatus() == QProcess::NormalExit && sim.exitCode() == 0,
                 sim.readAllStandardError().constData());
        const QJsonObject tally = QJsonDocument::fromJson(sim.readAllStandardOutput()).object();
        QCOMPARE(tally.value(u"runs"_s).toInt(), 6);
        QVERIFY2(decided.size() >= 2, "the seed is chosen so that some runs ask");
        QCOMPARE(tally.value(u"requests"_s).toInt(), decided.size());
        const int approvedCount = int(std::count(decided.cbegin(), decided.cend(), true));
        QCOMPARE(tally.value(u"approved"_s).toInt(), approvedCount);
        QCOMPARE(tally.value(u"rejected"_s).toInt(), decided.size() - approvedCount);
        QVERIFY(triedSelfApproval);

        // Each of its runs ended as its request was decided; runs that asked nothing succeeded.
        QHash<QString, ApprovalRequest> byRun;
        for (const QString &id : decided.keys()) {
            auto r = ApprovalQueue(*store).get(id);
            QVERIFY_OK(r);
            byRun.insert(r->runId, *r);
        }
        int simulated = 0;
        for (const Run &run : allRuns(*store)) {
            if (seededRuns.contains(run.id))
                continue;
            ++simulated;
            QVERIFY2(run.endedAt.isValid(), qPrintable(run.id));
            if (!byRun.contains(run.id)) {
                QCOMPARE(run.status, RunStatus::Succeeded);
                continue;
            }
            const ApprovalRequest r = byRun.value(run.id);
            if (r.status == ApprovalStatus::Approved) {
                QCOMPARE(run.status, RunStatus::Succeeded);
                QCOMPARE(r.outcome, ApprovalOutcome::Executed);
            } else {
                QCOMPARE(r.status, ApprovalStatus::Rejected);
                QCOMPARE(run.status, RunStatus::Stopped);
                QVERIFY2(run.stopReason.contains(u"rejected by maria.lopez: not this one"_s),
                         qPrintable(run.stopReason));
                auto at = EvidenceChain(*store).bySeq(run.stoppedAtSeq);
                QVERIFY_OK(at);
                QCOMPARE(at->kind, EventKind::ApprovalDecided);
                QCOMPARE(r.outcome, ApprovalOutcome::None);
            }
            QVERIFY(run.tokensIn > 0);
        }
        QCOMPARE(simulated, 6);
        auto report = EvidenceChain(*store).verify();
        QVERIFY_OK(report);
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    void sigtermWithdrawsItsPendingRequestsAndStopsItsRuns()
    {
        const CliResult demo =
            runCli({u"--store"_s, temp_->urlText(), u"--as"_s, u"lead"_s, u"demo"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.errorText()));
        auto store = temp_->open(u"maria.lopez"_s);
        QVERIFY(store);
        const QSet<QString> seededRuns = idsOf(allRuns(*store));
        const QSet<QString> seededPending = pendingIds(*store);

        QProcess sim;
        sim.start(airlockctlPath(), simulateArgs({u"--seed"_s, u"3"_s, u"--interval"_s, u"0.05"_s,
                                                  u"--max-waiting"_s, u"2"_s}));
        QVERIFY(sim.waitForStarted());
        QSet<QString> mine;
        for (int i = 0; i < 600 && mine.size() < 2; ++i) {
            QTest::qWait(50);
            mine = pendingIds(*store) - seededPending;
        }
        QCOMPARE(mine.size(), 2);
        QTest::qWait(300); // it waits: no more than --max-waiting requests at once
        QCOMPARE(pendingIds(*store) - seededPending, mine);
        ::kill(pid_t(sim.processId()), SIGTERM);
        QVERIFY(sim.waitForFinished(30000));
        const QString out = QString::fromUtf8(sim.readAllStandardOutput());
        QVERIFY2(sim.exitStatus() == QProcess::NormalExit && sim.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(sim.readAllStandardError())));
        QVERIFY(out.contains(u"stopping: SIGTERM"_s));

        for (const QString &id : mine) {
            auto r = ApprovalQueue(*store).get(id);
            QVERIFY_OK(r);
            QCOMPARE(r->status, ApprovalStatus::Withdrawn);
            auto run = RunStore(*store).get(r->runId);
            QVERIFY_OK(run);
            QCOMPARE(run->status, RunStatus::Stopped);
            QVERIFY2(run->stopReason.contains(u"SIGTERM"_s), qPrintable(run->stopReason));
            auto at = EvidenceChain(*store).bySeq(run->stoppedAtSeq);
            QVERIFY_OK(at);
            QCOMPARE(at->kind, EventKind::ApprovalWithdrawn);
        }
        // Nothing of its own is left pending or running: only the demo's seeded waits remain.
        QCOMPARE(pendingIds(*store), seededPending);
        for (const Run &run : allRuns(*store)) {
            if (!seededRuns.contains(run.id))
                QVERIFY2(run.endedAt.isValid(),
                         qPrintable(run.id + u" still "_s + wordOf(run.status)));
        }
        auto report = EvidenceChain(*store).verify();
        QVERIFY_OK(report);
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    void anEmptyStoreGetsTheDemoFirst()
    {
        // Nobody decides: the one run's request (if it asks) expires after a second.
        const CliResult r = runCli(
            simulateArgs({u"--seed"_s, u"2"_s, u"--runs"_s, u"1"_s, u"--expires-in"_s, u"1"_s}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        QVERIFY2(r.text().contains(u"seeded the demo"_s), qPrintable(r.text()));
        QVERIFY2(r.text().contains(u"simulated 1 runs"_s), qPrintable(r.text()));
        auto store = temp_->open();
        QVERIFY(store);
        QCOMPARE(ConnectorStore(*store).list()->size(), 6);
        // A second simulator on the same store does not seed again; --duration ends it like
        // SIGTERM, withdrawing what it left waiting.
        const QSet<QString> pendingBefore = pendingIds(*store);
        const CliResult again = runCli(simulateArgs(
            {u"--seed"_s, u"2"_s, u"--duration"_s, u"1"_s, u"--interval"_s, u"0.1"_s}));
        QVERIFY2(again.exitCode == 0, qPrintable(again.errorText()));
        QVERIFY(!again.text().contains(u"seeded the demo"_s));
        QVERIFY2(again.text().contains(u"stopping: its time (--duration) was up"_s),
                 qPrintable(again.text()));
        QCOMPARE(ConnectorStore(*store).list()->size(), 6);
        QCOMPARE(pendingIds(*store), pendingBefore);
    }

    void theSameSeedPlaysTheSameRunsAndSilenceExpires()
    {
        const auto play = [](TempStore &temp, QStringList *triggers, Simulator::Tally *tally) {
            auto store = temp.open(u"operator"_s);
            QVERIFY(store);
            QVERIFY_OK(seedDemo(*store, 1));
            const QSet<QString> seeded = idsOf(allRuns(*store));
            Simulator::Options options;
            options.seed = 11;
            options.runs = 5;
            options.intervalMs = 1;
            options.expiresInSecs = 1; // nobody decides: every request expires
            options.maxWaiting = 5;
            Simulator sim(*store, options);
            QVERIFY_OK(sim.checkStore());
            QSignalSpy finished(&sim, &Simulator::finished);
            sim.start();
            QVERIFY(finished.wait(30000));
            QVERIFY_OK(sim.outcome());
            *tally = sim.tally();
            QList<Run> runs = allRuns(*store);
            std::reverse(runs.begin(), runs.end());
            for (const Run &run : runs) {
                if (seeded.contains(run.id))
                    continue;
                *triggers << run.workflow + u" | "_s + run.trigger;
                QVERIFY(run.endedAt.isValid());
                if (run.status == RunStatus::Stopped) {
                    QVERIFY2(run.stopReason.contains(u"expired undecided"_s),
                             qPrintable(run.stopReason));
                    auto at = EvidenceChain(*store).bySeq(run.stoppedAtSeq);
                    QVERIFY_OK(at);
                    QCOMPARE(at->kind, EventKind::ApprovalExpired);
                } else {
                    QCOMPARE(run.status, RunStatus::Succeeded);
                }
            }
        };
        QStringList first, second;
        Simulator::Tally a, b;
        play(*temp_, &first, &a);
        if (QTest::currentTestFailed())
            return;
        TempStore other;
        QVERIFY2(other.ok(), qPrintable(other.error()));
        play(other, &second, &b);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(first.size(), 5);
        QCOMPARE(second, first);
        QCOMPARE(a.runs, 5);
        QVERIFY(a.expired > 0);
        QCOMPARE(a.expired, a.requests);
        QCOMPARE(a.stopped, a.expired);
        QCOMPARE(a.succeeded, 5 - a.expired);
        QCOMPARE(b.expired, a.expired);
    }

    void aStandingGrantAnswersItsRequestsAhead()
    {
        auto store = temp_->open(u"maria.lopez"_s);
        QVERIFY(store);
        QVERIFY_OK(seedDemo(*store, 1));
        const QSet<QString> seeded = idsOf(allRuns(*store));
        GrantStore::NewGrant g;
        g.connector = u"Zendesk Help Desk"_s;
        g.tool = u"route_ticket"_s;
        g.targetPattern = u"zendesk:tickets/queue=triage/**"_s;
        g.note = u"routing is routine now"_s;
        QVERIFY_OK(GrantStore(*store).grant(g));

        Simulator::Options options;
        options.seed = 11;
        options.runs = 6;
        options.intervalMs = 1;
        options.expiresInSecs = 1; // the others expire: nobody decides
        options.maxWaiting = 6;
        Simulator sim(*store, options);
        QSignalSpy finished(&sim, &Simulator::finished);
        sim.start();
        QVERIFY(finished.wait(30000));
        QVERIFY_OK(sim.outcome());
        int routed = 0;
        for (const Run &run : allRuns(*store)) {
            if (seeded.contains(run.id) || run.workflow != u"support-routing"_s)
                continue;
            ++routed;
            QCOMPARE(run.status, RunStatus::Succeeded);
        }
        QVERIFY2(routed > 0, "seed 11 starts some support-routing runs");
        auto approved = ApprovalQueue(*store).list(ApprovalStatus::Approved);
        QVERIFY_OK(approved);
        int ahead = 0;
        for (const ApprovalRequest &r : *approved) {
            if (r.decisionNote.startsWith(u"approved ahead by grant"_s)) {
                ++ahead;
                QCOMPARE(r.decidedBy, u"maria.lopez"_s);
                QCOMPARE(r.outcome, ApprovalOutcome::Executed);
            }
        }
        QCOMPARE(ahead, routed);
        QCOMPARE(sim.tally().approved, routed);
    }

    void badOptionsAreRefusedBeforeAnythingIsWritten()
    {
        for (const QStringList &bad :
             {QStringList{u"--runs"_s, u"0"_s}, QStringList{u"--interval"_s, u"soon"_s},
              QStringList{u"--duration"_s, u"-3"_s}, QStringList{u"--bogus"_s}}) {
            const CliResult r = runCli(simulateArgs(bad));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.errorText().contains(bad.constFirst().mid(2)), qPrintable(r.errorText()));
        }
        auto store = temp_->open();
        QVERIFY(store);
        QCOMPARE(allRuns(*store).size(), 0);
    }

    void aStoreWithoutTheDemosConnectorsIsRefused()
    {
        const QString file = QStringLiteral(AIRLOCK_TEST_DATA) + u"/cli_connector.json"_s;
        QCOMPARE(runCli({u"--store"_s, temp_->urlText(), u"--as"_s, u"lead"_s, u"connector"_s,
                         u"apply"_s, file, u"--reason"_s, u"set up"_s})
                     .exitCode,
                 0);
        const CliResult r = runCli(simulateArgs({u"--runs"_s, u"1"_s}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errorText().contains(u"no connector 'Zendesk Help Desk'"_s),
                 qPrintable(r.errorText()));
        auto store = temp_->open();
        QCOMPARE(allRuns(*store).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSimulate)
#include "tst_simulate.moc"
