// Verify costs what changed (issue #12): from the point a pass verified (event #N, its chain
// hash, the Merkle range of leaves 1..N) the next pass reads event #N once and the events after
// it — and still catches a consistent rewrite of anything before #N, because #N's hash changes.

#include "logtamper.h"
#include "testassertions.h"
#include "teststore.h"

#include "proof/checkpoint.h"
#include "proof/logaudit.h"
#include "proof/merkletree.h"
#include "proof/verifiedpoint.h"
#include "store/evidencechain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

class TstIncrementalVerify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir home_;

    static Result<LogAudit> audit(Store &store, const VerifiedPoint *since = nullptr)
    {
        AuditOptions options;
        options.since = since;
        return auditLog(store, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (backendUnderTest() == Backend::Postgres)
            QVERIFY2(!qEnvironmentVariableIsEmpty("AIRLOCK_TEST_PG_URL"),
                     "run through scripts/with-postgres.sh");
        QVERIFY(home_.isValid());
        qputenv("XDG_DATA_HOME",
                home_.path().toUtf8()); // this machine's trust folder, for airlockctl too
    }

    void aStoreThatGrewByKEventsIsVerifiedByReadingAboutKRows()
    {
        TempStore temp;
        auto store = temp.open(u"gateway"_s);
        QVERIFY(store);
        QVERIFY(appendReadEvents(*store, 1, 600));
        auto full = audit(*store);
        QVERIFY_OK(full);
        QVERIFY(full->report.intact);
        QVERIFY(!full->incremental);
        QCOMPARE(full->rowsRead, qint64(600));
        QVERIFY(full->reached.isValid());
        QCOMPARE(full->reached.size, qint64(600));

        constexpr int kMore = 37;
        QVERIFY(appendReadEvents(*store, 601, 600 + kMore));
        auto since = audit(*store, &full->reached);
        QVERIFY_OK(since);
        QVERIFY2(since->report.intact, qPrintable(since->report.problem));
        QVERIFY(since->incremental);
        // Event #600 once, then the 37 new ones: not the 637 a full walk reads.
        QCOMPARE(since->rowsRead, qint64(kMore + 1));
        QCOMPARE(since->report.checked, qint64(kMore));
        QCOMPARE(since->size, qint64(600 + kMore));
        // The same log as a full walk sees: root and head.
        auto again = audit(*store);
        QVERIFY_OK(again);
        QCOMPARE(again->rowsRead, qint64(600 + kMore));
        QCOMPARE(since->root.toHex(), again->root.toHex());
        QCOMPARE(since->headHash, again->headHash);
        QCOMPARE(since->reached.range.root().toHex(), again->root.toHex());

        // Nothing new: one row.
        auto idle = audit(*store, &since->reached);
        QVERIFY_OK(idle);
        QVERIFY(idle->report.intact);
        QCOMPARE(idle->rowsRead, qint64(1));
    }

    void aConsistentRewriteBeforeTheVerifiedPointIsCaughtByTheIncrementalPass()
    {
        TempStore temp;
        auto store = temp.open(u"gateway"_s);
        QVERIFY(store);
        QVERIFY(appendReadEvents(*store, 1, 50));
        auto full = audit(*store);
        QVERIFY_OK(full);
        QVERIFY(full->reached.isValid());

        // The attacker edits #10 and recomputes every later hash: no checkpoint anywhere, and
        // the chain walk calls the result intact. Nothing is appended after it, so a pass that
        // walked only the events after #50 would read nothing and call it intact too.
        QCOMPARE(switchGuardsOff(*store), QString());
        QCOMPARE(
            rawExec(*store, u"UPDATE evidence SET summary = 'nothing to see' WHERE seq = 10"_s),
            QString());
        QCOMPARE(rehashFrom(*store, 10), QString());
        auto walk = EvidenceChain(*store).verify();
        QVERIFY_OK(walk);
        QVERIFY2(walk->intact, "the rewrite must get past the chain walk");
        auto tailOnly = walkChainAfter(*store, full->reached.headSeq, full->reached.headHash);
        QVERIFY_OK(tailOnly);
        QVERIFY2(tailOnly->intact && tailOnly->checked == 0,
                 "a walk of the events after the point alone must miss it");

        auto since = audit(*store, &full->reached);
        QVERIFY_OK(since);
        QVERIFY(!since->report.intact);
        QCOMPARE(since->changedAtOrBefore, qint64(50));
        QCOMPARE(since->report.findings.constFirst().kind, EvidenceChain::Finding::Kind::Rewritten);
        QVERIFY2(since->report.problem.contains(
                     u"rewritten: event #50 no longer has the hash it had when it was verified"_s),
                 qPrintable(since->report.problem));
        // A pass that found something leaves no point: the next one walks everything.
        QVERIFY(!since->reached.isValid());
    }

    void aTruncationBelowTheVerifiedPointIsCaught()
    {
        TempStore temp;
        auto store = temp.open(u"gateway"_s);
        QVERIFY(store);
        QVERIFY(appendReadEvents(*store, 1, 40));
        auto full = audit(*store);
        QVERIFY_OK(full);
        QCOMPARE(switchGuardsOff(*store), QString());
        QCOMPARE(rawExec(*store, u"DELETE FROM evidence WHERE seq > 30"_s), QString());
        auto since = audit(*store, &full->reached);
        QVERIFY_OK(since);
        QVERIFY(!since->report.intact);
        QCOMPARE(since->report.findings.constFirst().kind, EvidenceChain::Finding::Kind::Truncated);
        QVERIFY2(since->report.problem.contains(u"event #40, verified before, is gone"_s),
                 qPrintable(since->report.problem));
    }

    void aCheckpointMadeAfterThePointIsCheckedByTheIncrementalPass()
    {
        TempStore temp;
        auto store = temp.open(u"gateway"_s);
        QVERIFY(store);
        QVERIFY(appendReadEvents(*store, 1, 30));
        const CliResult early = runCli({u"--store"_s, temp.urlText(), u"checkpoint"_s});
        QVERIFY2(early.exitCode == 0, qPrintable(early.errorText()));
        auto full = audit(*store);
        QVERIFY_OK(full);
        QVERIFY(full->reached.isValid());
        QVERIFY(appendReadEvents(*store, 31, 45));
        const CliResult later = runCli({u"--store"_s, temp.urlText(), u"checkpoint"_s});
        QVERIFY2(later.exitCode == 0, qPrintable(later.errorText()));
        QVERIFY(appendReadEvents(*store, 46, 50));

        auto since = audit(*store, &full->reached);
        QVERIFY_OK(since);
        QVERIFY2(since->report.intact, qPrintable(since->report.problem));
        QVERIFY(since->incremental);
        QCOMPARE(since->anchorStatus.size(), 2);
        for (const AnchorStatus &a : since->anchorStatus)
            QCOMPARE(int(a.state), int(AnchorStatus::State::Matches));
        QVERIFY(since->newestVouched && since->newestVouched->size >= 45);

        // A consistent rewrite after the point but inside the new checkpoint: the tail walk
        // meets the checkpoint and names it.
        QCOMPARE(switchGuardsOff(*store), QString());
        QCOMPARE(
            rawExec(*store, u"UPDATE evidence SET summary = 'nothing to see' WHERE seq = 40"_s),
            QString());
        QCOMPARE(rehashFrom(*store, 40), QString());
        auto rewritten = audit(*store, &since->reached);
        QVERIFY_OK(rewritten);
        QVERIFY(!rewritten->report.intact);
        QVERIFY2(rewritten->report.problem.contains(u"rewritten"_s),
                 qPrintable(rewritten->report.problem));
    }
};

QTEST_GUILESS_MAIN(TstIncrementalVerify)
#include "tst_incremental_verify.moc"
