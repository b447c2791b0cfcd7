// Held approval requests on PostgreSQL (issue #11, points 2, 9 and 11), with the real airlockctl:
// - on a shared store (after `admin setup-roles`), a client-made id cannot collect an approval
//   for another agent login or for other content of the same login; a retry of the same call
//   gets its own request back;
// - a waiter's lease is renewed under the agent's role, and when the waiter is killed a
//   reviewer's approval is refused and the request withdrawn under the reviewer's role;
// - a waiter whose store goes away (the server stopped with pg_ctl) exits with its documented
//   code, and its request is withdrawn when the store is back: by the waiter itself when the
//   store returned before its timeout, else by whoever reads it after its lease ran out.
// PostgreSQL only; it stops and starts the test server (scripts/with-postgres.sh), so it runs
// alone (RUN_SERIAL).

#include "pgserver.h"
#include "testassertions.h"
#include "teststore.h"

#include "store/evidencechain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

// Logins are cluster-wide: the names are this suite's own.
const QString kAgent = u"hr_agent"_s;
const QString kAgent2 = u"hr_agent2"_s;
const QString kReviewer = u"hr_reviewer"_s;

const QStringList kCall = {u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s, u"--tool"_s,
                           u"set_priority"_s, u"--target"_s, u"tickets:queue/support/1234"_s};
const QString kArgs = u"{\"ticket\":1234,\"priority\":\"urgent\"}"_s;

} // namespace

class TstHeldRequests : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;

    QString urlAs(const QString &login) const
    {
        const StoreUrl url = temp_->url();
        return u"postgresql://%1@%2:%3/%4"_s.arg(login, url.host, QString::number(url.port), url.database);
    }
    // airlockctl as a login of a shared store (no --as: the login is the identity).
    CliResult as(const QString &login, const QStringList &args)
    {
        return runCli(QStringList{u"--store"_s, urlAs(login)} + args);
    }
    // airlockctl on a store without roles, naming the actor.
    CliResult cli(const QString &actor, const QStringList &args)
    {
        return runCli(QStringList{u"--store"_s, temp_->urlText(), u"--as"_s, actor} + args);
    }
    QStringList storeArgs(const QString &login) const
    {
        return login.isEmpty() ? QStringList{u"--store"_s, temp_->urlText(), u"--as"_s, u"agent"_s}
                               : QStringList{u"--store"_s, urlAs(login)};
    }
    // Starts `approval request --wait` as login (empty: --as agent on a store without roles)
    // and returns the request's id once it waits.
    QString startWaiting(QProcess &p, const QString &login, const QStringList &extra, const QString &leaseSecs)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AIRLOCK_HOLD_LEASE_SECS"_s, leaseSecs);
        p.setProcessEnvironment(env);
        p.start(airlockctlPath(), storeArgs(login) + kCall + QStringList{u"--args"_s, kArgs, u"--wait"_s} + extra);
        if (!p.waitForStarted())
            return {};
        QByteArray err;
        for (int i = 0; i < 400 && !err.contains("waiting for a decision"); ++i) {
            p.waitForReadyRead(50);
            err += p.readAllStandardError();
        }
        const qsizetype at = err.indexOf("request ");
        if (at < 0)
            return {};
        return QString::fromUtf8(err.mid(at + 8, err.indexOf(' ', at + 8) - at - 8));
    }
    // A column of the request as stored (not as a reader derives its status).
    QVariant stored(const QString &id, const QString &column)
    {
        auto store = temp_->open(u"lead"_s);
        QSqlQuery q(store->database());
        q.prepare(u"SELECT %1 FROM approvals WHERE id = ?"_s.arg(column));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    QString showStatus(const QString &login, const QString &id)
    {
        const CliResult r = login.isEmpty() ? cli(u"lead"_s, {u"--json"_s, u"approval"_s, u"show"_s, id})
                                            : as(login, {u"--json"_s, u"approval"_s, u"show"_s, id});
        return QJsonDocument::fromJson(r.out).object()[u"status"_s].toString();
    }
    qint64 head()
    {
        auto store = temp_->open(u"lead"_s);
        return *EvidenceChain(*store).headSeq();
    }
    void verifyChain()
    {
        auto store = temp_->open(u"lead"_s);
        auto report = EvidenceChain(*store).verify();
        QVERIFY_OK(report);
        QVERIFY2(report->intact, qPrintable(report->problem));
    }
    void shareTheStore()
    {
        auto admin = temp_->open(u"lead"_s);
        for (const QString &login : {kAgent, kAgent2, kReviewer}) {
            QSqlQuery q(admin->database());
            QVERIFY2(q.exec(uR"(DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN
                        CREATE ROLE %1 LOGIN;
                    END IF; END $$)"_s.arg(login)),
                     qPrintable(q.lastError().text()));
        }
        admin.reset();
        const CliResult roles = runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"setup-roles"_s});
        QVERIFY2(roles.exitCode == 0, qPrintable(roles.errorText()));
        for (const auto &[login, role] : {std::pair{kAgent, u"agent"_s}, {kAgent2, u"agent"_s}, {kReviewer, u"reviewer"_s}}) {
            const CliResult r = runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"grant"_s, login, role});
            QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(backendUnderTest() == Backend::Postgres,
                 "tst_held_requests needs AIRLOCK_TEST_BACKEND=postgres (scripts/with-postgres.sh)");
        QCOMPARE(missingPgServerVariables(), QString());
    }
    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        QCOMPARE(cli(u"lead"_s, {u"init"_s}).exitCode, 0);
        const QString file = QStringLiteral(AIRLOCK_TEST_DATA) + u"/cli_connector.json"_s;
        const CliResult applied = cli(u"lead"_s, {u"connector"_s, u"apply"_s, file, u"--reason"_s, u"set up"_s});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.errorText()));
        QCOMPARE(cli(u"lead"_s, {u"connector"_s, u"review"_s, u"Ticket Desk"_s}).exitCode, 0);
    }
    void cleanup() { temp_.reset(); }

    // Point 2 on a shared store: another agent login, and the same login with other content.
    void anApprovedIdCannotBeReplayedByAnotherLoginOrForOtherContent()
    {
        shareTheStore();
        const CliResult made = as(kAgent, kCall + QStringList{u"--args"_s, kArgs, u"--id"_s, u"ticket-1234"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.errorText()));
        const CliResult approved = as(kReviewer, {u"approval"_s, u"decide"_s, u"ticket-1234"_s, u"approve"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.errorText()));
        const qint64 before = head();

        // Another agent, the very same call: it cannot even see the request, and gets nothing.
        const CliResult other = as(kAgent2, kCall + QStringList{u"--args"_s, kArgs, u"--id"_s, u"ticket-1234"_s,
                                                                u"--wait"_s, u"--timeout"_s, u"5"_s});
        QVERIFY2(other.exitCode != 0 && !other.out.contains("urgent"), other.out.constData());
        QCOMPARE(other.exitCode, 17);
        QVERIFY2(other.errorText().contains(u"ticket-1234"_s), qPrintable(other.errorText()));
        // The same agent with other arguments.
        const CliResult changed = as(kAgent, kCall + QStringList{u"--args"_s, u"{\"ticket\":1234,\"priority\":\"low\"}"_s,
                                                                 u"--id"_s, u"ticket-1234"_s, u"--wait"_s, u"--timeout"_s, u"5"_s});
        QVERIFY2(changed.exitCode != 0 && !changed.out.contains("urgent"), changed.out.constData());
        QCOMPARE(changed.exitCode, 17);
        QVERIFY2(changed.errorText().contains(u"arguments"_s), qPrintable(changed.errorText()));
        // The same agent with another target.
        QStringList elsewhere = kCall;
        elsewhere[elsewhere.indexOf(u"tickets:queue/support/1234"_s)] = u"tickets:queue/support/77"_s;
        const CliResult moved = as(kAgent, elsewhere + QStringList{u"--args"_s, kArgs, u"--id"_s, u"ticket-1234"_s,
                                                                   u"--wait"_s, u"--timeout"_s, u"5"_s});
        QCOMPARE(moved.exitCode, 17);
        QVERIFY2(moved.errorText().contains(u"target"_s), qPrintable(moved.errorText()));
        QCOMPARE(head(), before); // none of them wrote anything

        // The same call by the same agent is a retry: its approval.
        const CliResult retry = as(kAgent, kCall + QStringList{u"--args"_s, kArgs, u"--id"_s, u"ticket-1234"_s, u"--wait"_s});
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.errorText()));
        QCOMPARE(retry.out.trimmed(), QByteArray(R"({"priority":"urgent","ticket":1234})"));
        verifyChain();
    }

    // Point 9 on a shared store: the agent renews its lease; a reviewer ends a dead holder's request.
    void aLeaseIsRenewedByTheAgentAndEndedByAReviewer()
    {
        shareTheStore();
        QProcess waiter;
        const QString id = startWaiting(waiter, kAgent, {}, u"2"_s);
        QVERIFY2(!id.isEmpty(), waiter.readAllStandardError().constData());
        const qint64 first = stored(id, u"lease_expires_at"_s).toLongLong();
        QVERIFY(first > 0);
        QCOMPARE(stored(id, u"holder"_s).toString().startsWith(u"airlockctl "_s), true);
        QTRY_VERIFY_WITH_TIMEOUT(stored(id, u"lease_expires_at"_s).toLongLong() > first, 10000);
        QCOMPARE(waiter.state(), QProcess::Running);
        QCOMPARE(stored(id, u"status"_s).toString(), u"pending"_s);

        waiter.kill();
        QVERIFY(waiter.waitForFinished(10000));
        QTRY_COMPARE_WITH_TIMEOUT(showStatus(kReviewer, id), u"withdrawn"_s, 15000);
        const CliResult approve = as(kReviewer, {u"approval"_s, u"decide"_s, id, u"approve"_s});
        QCOMPARE(approve.exitCode, 13);
        QVERIFY2(approve.errorText().contains(u"lease expired"_s), qPrintable(approve.errorText()));
        QCOMPARE(stored(id, u"status"_s).toString(), u"withdrawn"_s);
        QCOMPARE(stored(id, u"decided_by"_s).toString(), kReviewer);
        verifyChain();
    }

    // Point 11: the store comes back before the waiter's timeout: the waiter withdraws.
    void aWaiterWithdrawsAtItsTimeoutWhenTheStoreCameBack()
    {
        QProcess waiter;
        const QString id = startWaiting(waiter, {}, {u"--timeout"_s, u"12"_s}, u"30"_s);
        QVERIFY2(!id.isEmpty(), waiter.readAllStandardError().constData());
        auto restart = qScopeGuard([] { startPgServer(); });
        QCOMPARE(stopPgServer(), QString());
        QCOMPARE(startPgServer(), QString());
        restart.dismiss();
        QVERIFY(waiter.waitForFinished(60000));
        QCOMPARE(waiter.exitCode(), 15);
        QCOMPARE(stored(id, u"status"_s).toString(), u"withdrawn"_s);
        verifyChain();
    }

    // Point 11: the store is still away at the waiter's timeout: a documented exit code (not
    // 255), and the request ends by its lease once the store is back.
    void aWaiterWhoseStoreIsAwayExitsWithItsCodeAndTheLeaseEndsTheRequest()
    {
        QProcess waiter;
        const QString id = startWaiting(waiter, {}, {u"--timeout"_s, u"3"_s}, u"3"_s);
        QVERIFY2(!id.isEmpty(), waiter.readAllStandardError().constData());
        auto restart = qScopeGuard([] { startPgServer(); });
        QCOMPARE(stopPgServer(), QString());
        QVERIFY(waiter.waitForFinished(60000));
        const QString err = QString::fromUtf8(waiter.readAllStandardError());
        QCOMPARE(waiter.exitStatus(), QProcess::NormalExit);
        QVERIFY2(waiter.exitCode() == 18, qPrintable(u"exit %1: %2"_s.arg(waiter.exitCode()).arg(err)));
        QVERIFY2(err.contains(u"unreachable"_s) && err.contains(id), qPrintable(err));
        QCOMPARE(startPgServer(), QString());
        restart.dismiss();
        // Whoever reads it next sees it ended; a sweep (here `approval list`) records that.
        QTRY_COMPARE_WITH_TIMEOUT(showStatus({}, id), u"withdrawn"_s, 15000);
        QCOMPARE(cli(u"maria"_s, {u"approval"_s, u"list"_s}).exitCode, 0);
        QCOMPARE(stored(id, u"status"_s).toString(), u"withdrawn"_s);
        QVERIFY2(stored(id, u"decision_note"_s).toString().contains(u"lease expired"_s),
                 qPrintable(stored(id, u"decision_note"_s).toString()));
        verifyChain();
    }
};

QTEST_GUILESS_MAIN(TstHeldRequests)
#include "tst_held_requests.moc"
