// How an approval request lives and ends (issue #11, points 2, 8 and 9), in the core, on both
// back ends, with the clock under the test's control:
// - a client-made id names one call: the same id for another connector, tool, target,
//   arguments or requester is a conflict that names what differs, and writes nothing;
// - reads never write: a request whose time is up reads as expired without anything being
//   written or announced, and a write that changed nothing announces nothing;
// - a held request carries its holder's lease: renewed, it stays; run out, it reads as
//   withdrawn, cannot be approved, and a sweep ends it and its run once.

#include "clock.h"
#include "store/approvalqueue.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "testassertions.h"
#include "testfixtures.h"
#include "teststore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

const QString kHolder = u"airlock-gate 4242@gatehost 5eed"_s;

ConnectorDocument crm()
{
    QFile f(QStringLiteral(AIRLOCK_TEST_DATA) + u"/approvals_connector.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return documentOf(QJsonDocument::fromJson(f.readAll()).object());
}

ApprovalQueue::NewRequest updateRequest(const QString &id = {})
{
    ApprovalQueue::NewRequest r;
    r.id = id;
    r.connector = u"crm"_s;
    r.tool = u"update_account"_s;
    r.target = u"crm:accounts/segment=smb/acme"_s;
    r.arguments = R"({"account":"acme","fields":{"tier":"gold"}})";
    return r;
}

} // namespace

class TstApprovalLifecycle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;

    // The request's status and note as stored, not as a reader derives them.
    QString storedStatus(const QString &id)
    {
        QSqlQuery q(store_->database());
        q.prepare(u"SELECT status, decision_note FROM approvals WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return u"<none>"_s;
        return q.value(0).toString() + u": "_s + q.value(1).toString();
    }
    // A held request in a run of its own, made by the agent at kT0 with a 30 s lease.
    ApprovalRequest held(const QString &id)
    {
        Run run;
        run.workflow = u"crm-followups"_s;
        auto started = RunStore(*store_).start(run);
        if (!started)
            return {};
        ApprovalQueue::NewRequest in = updateRequest(id);
        in.runId = started->id;
        in.holder = kHolder;
        in.leaseSecs = 30;
        auto made = ApprovalQueue(*store_).request(in);
        return made ? *made : ApprovalRequest();
    }

private Q_SLOTS:
    void init()
    {
        g_now = kT0;
        setClockForTesting([] { return g_now; });
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"lead"_s);
        QVERIFY(store_);
        QVERIFY_OK(ConnectorStore(*store_).apply(crm(), u"pilot"_s));
        QVERIFY_OK(ConnectorStore(*store_).recordReview(u"crm"_s, u"tools checked"_s));
        store_->setActor(u"agent"_s);
    }
    void cleanup()
    {
        if (store_) {
            QString problem;
            QVERIFY2(chainIntact(*store_, &problem), qPrintable(problem));
        }
        store_.reset();
        temp_.reset();
        setClockForTesting({});
    }

    // Point 2.
    void aReusedIdNamesOneCall_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (const auto &[field, value] :
             {std::pair{u"connector"_s, u"crm-eu"_s}, {u"tool"_s, u"delete_account"_s},
              {u"target"_s, u"crm:accounts/segment=smb/globex"_s},
              {u"arguments"_s, uR"({"account":"acme","fields":{"tier":"platinum"}})"_s},
              {u"requester"_s, u"intruder"_s}})
            QTest::newRow(qPrintable(field)) << field << value;
    }
    void aReusedIdNamesOneCall()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QVERIFY_OK(ApprovalQueue(*store_).request(updateRequest(u"req-1"_s)));
        store_->setActor(u"maria"_s);
        QVERIFY_OK(ApprovalQueue(*store_).decide(u"req-1"_s, {true, QString(), std::nullopt, std::nullopt}));
        const qint64 before = headOf(*store_);

        ApprovalQueue::NewRequest again = updateRequest(u"req-1"_s);
        store_->setActor(u"agent"_s);
        if (field == u"connector"_s)
            again.connector = value;
        else if (field == u"tool"_s)
            again.tool = value;
        else if (field == u"target"_s)
            again.target = value;
        else if (field == u"arguments"_s)
            again.arguments = value.toUtf8();
        else
            store_->setActor(value);
        QVERIFY_ERROR(ApprovalQueue(*store_).request(again), ErrorCode::Conflict, field);
        QCOMPARE(headOf(*store_), before);
        QVERIFY(storedStatus(u"req-1"_s).startsWith(u"approved"_s));

        // The very same call again is a retry, and gets the approval it already has.
        store_->setActor(u"agent"_s);
        auto retry = ApprovalQueue(*store_).request(updateRequest(u"req-1"_s));
        QVERIFY_OK(retry);
        QCOMPARE(retry->status, ApprovalStatus::Approved);
        QCOMPARE(headOf(*store_), before);
    }

    // Point 8: reading a request whose time is up derives its state; it writes nothing and
    // announces nothing (the bug's getter wrote, and the write woke its own watcher).
    void readingADueRequestWritesNothing()
    {
        ApprovalQueue::NewRequest in = updateRequest();
        in.expiresInSecs = 60;
        auto made = ApprovalQueue(*store_).request(in);
        QVERIFY_OK(made);
        const qint64 before = headOf(*store_);
        QSignalSpy committed(store_.get(), &Store::committed);

        g_now = kT0.addSecs(61);
        auto read = ApprovalQueue(*store_).get(made->id);
        QVERIFY_OK(read);
        QCOMPARE(read->status, ApprovalStatus::Expired);
        QCOMPARE(read->decidedAt, made->expiresAt);
        auto pending = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
        QVERIFY_OK(pending);
        QVERIFY(pending->isEmpty());
        auto expired = ApprovalQueue(*store_).list(ApprovalStatus::Expired);
        QVERIFY_OK(expired);
        QCOMPARE(expired->size(), 1);
        QCOMPARE(ApprovalQueue(*store_).list(std::nullopt)->constFirst().status, ApprovalStatus::Expired);

        QCOMPARE(committed.size(), 0);
        QCOMPARE(headOf(*store_), before);
        QCOMPARE(storedStatus(made->id), u"pending: "_s);

        // The sweep records it, once; the next sweep has nothing to do and writes nothing.
        store_->setActor(u"console"_s);
        QCOMPARE(*ApprovalQueue(*store_).sweep(), 1);
        QCOMPARE(storedStatus(made->id), u"expired: "_s);
        QCOMPARE(kindsOf(eventsAfter(*store_, before)), QStringList{u"approval_expired"_s});
        committed.clear();
        QCOMPARE(*ApprovalQueue(*store_).sweep(), 0);
        QCOMPARE(committed.size(), 0);
    }

    void aWriteThatChangesNothingAnnouncesNothing()
    {
        QSignalSpy committed(store_.get(), &Store::committed);
        QVERIFY_OK(store_->write([] { return Status(); }));
        QCOMPARE(committed.size(), 0);
        // A guarded update that matched nothing is nothing too.
        QVERIFY_OK(store_->write([this]() -> Status {
            return store_->exec(u"UPDATE approvals SET status = 'expired' WHERE id = 'none'"_s).status();
        }));
        QCOMPARE(committed.size(), 0);
        // A change is announced even when its writer named no topic.
        auto made = ApprovalQueue(*store_).request(updateRequest());
        QVERIFY_OK(made);
        committed.clear();
        QVERIFY_OK(store_->write([&]() -> Status {
            return store_->exec(u"UPDATE approvals SET rule = 'x' WHERE id = ?"_s, {made->id}).status();
        }));
        QCOMPARE(committed.size(), 1);
    }

    // Point 9.
    void aRenewedLeaseKeepsTheRequestAndALapsedOneCannotBeRenewed()
    {
        const ApprovalRequest r = held(u"req-held"_s);
        QVERIFY(!r.id.isEmpty());
        QCOMPARE(r.holder, kHolder);
        QCOMPARE(r.leaseExpiresAt, kT0.addSecs(30));
        g_now = kT0.addSecs(20);
        QVERIFY_OK(ApprovalQueue(*store_).renewLease(r.id, kHolder, 30));
        QVERIFY_ERROR(ApprovalQueue(*store_).renewLease(r.id, u"airlock-gate 1@elsewhere 0"_s, 30),
                      ErrorCode::Conflict, r.id);
        g_now = kT0.addSecs(45); // past the first lease, within the renewed one
        QCOMPARE(ApprovalQueue(*store_).get(r.id)->status, ApprovalStatus::Pending);
        QCOMPARE(*ApprovalQueue(*store_).sweep(), 0);
        g_now = kT0.addSecs(51);
        QCOMPARE(ApprovalQueue(*store_).get(r.id)->status, ApprovalStatus::Withdrawn);
        // A holder that comes back too late (the store was away) cannot revive it.
        QVERIFY_ERROR(ApprovalQueue(*store_).renewLease(r.id, kHolder, 30), ErrorCode::Conflict, r.id);
    }

    void aRequestWhoseHolderDiedCannotBeApproved()
    {
        const ApprovalRequest r = held(u"req-held"_s);
        QVERIFY(!r.id.isEmpty());
        const qint64 before = headOf(*store_);
        g_now = kT0.addSecs(31);
        auto read = ApprovalQueue(*store_).get(r.id);
        QVERIFY_OK(read);
        QCOMPARE(read->status, ApprovalStatus::Withdrawn);
        const QString reason = u"its gate stopped holding it (lease expired at 2026-11-21 09:30:30 UTC)"_s;
        QCOMPARE(read->decisionNote, reason);

        store_->setActor(u"maria"_s);
        QVERIFY_ERROR(ApprovalQueue(*store_).decide(r.id, {true, QString(), std::nullopt, std::nullopt}),
                      ErrorCode::Conflict, reason);
        QCOMPARE(storedStatus(r.id), u"withdrawn: "_s + reason);
        auto run = RunStore(*store_).get(r.runId);
        QVERIFY_OK(run);
        QCOMPARE(run->status, RunStatus::Stopped);
        QVERIFY2(run->stopReason.contains(reason), qPrintable(run->stopReason));
        QCOMPARE(kindsOf(eventsAfter(*store_, before)), (QStringList{u"approval_withdrawn"_s, u"run_ended"_s}));
        // And nothing is left for anyone to approve or sweep.
        QCOMPARE(*ApprovalQueue(*store_).sweep(), 0);
    }

    void aSweepEndsAbandonedRequestsOnceAndLeavesTheRest()
    {
        const ApprovalRequest dead = held(u"req-dead"_s);
        QVERIFY(!dead.id.isEmpty());
        auto unheld = ApprovalQueue(*store_).request(updateRequest(u"req-unheld"_s)); // no --wait: no holder
        QVERIFY_OK(unheld);
        QVERIFY(unheld->holder.isEmpty());
        g_now = kT0.addSecs(10);
        ApprovalQueue::NewRequest alive = updateRequest(u"req-alive"_s);
        alive.target = u"crm:accounts/segment=smb/globex"_s;
        alive.holder = u"airlock-gate 7@otherhost 1"_s;
        alive.leaseSecs = 30;
        QVERIFY_OK(ApprovalQueue(*store_).request(alive));

        g_now = kT0.addSecs(35);
        store_->setActor(u"console"_s);
        QCOMPARE(*ApprovalQueue(*store_).sweep(), 1);
        QVERIFY(storedStatus(dead.id).startsWith(u"withdrawn: its gate stopped holding it"_s));
        QCOMPARE(storedStatus(u"req-unheld"_s), u"pending: "_s);
        QCOMPARE(storedStatus(u"req-alive"_s), u"pending: "_s);
        QCOMPARE(RunStore(*store_).get(dead.runId)->status, RunStatus::Stopped);
        QCOMPARE(*ApprovalQueue(*store_).sweep(), 0);
        // The list a reviewer sees has the live ones only.
        auto pending = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
        QVERIFY_OK(pending);
        QCOMPARE(pending->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstApprovalLifecycle)
#include "tst_approval_lifecycle.moc"
