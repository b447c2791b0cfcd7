// airlockctl as a script sees it: the real binary, a real store, exit codes and messages.

#include "processcpu.h"
#include "teststore.h"

#include "domain/displaytext.h"
#include "store/approvalqueue.h"
#include "store/evidencechain.h"
#include "store/migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

class TstCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;

    CliResult cli(const QString &actor, const QStringList &args, const QByteArray &input = {})
    {
        return runCli(QStringList{u"--store"_s, temp_->urlText(), u"--as"_s, actor} + args, input);
    }
    qint64 head()
    {
        auto store = temp_->open();
        return *EvidenceChain(*store).headSeq();
    }
    // A connector with a reviewed write tool, applied through the CLI itself.
    void setUpConnector()
    {
        const QString file = QStringLiteral(AIRLOCK_TEST_DATA) + u"/cli_connector.json"_s;
        const CliResult applied = cli(u"lead"_s, {u"connector"_s, u"apply"_s, file, u"--reason"_s, u"set up"_s});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.errorText()));
        QVERIFY(applied.text().contains(u"added Ticket Desk"_s));
        const CliResult reviewed = cli(u"lead"_s, {u"connector"_s, u"review"_s, u"Ticket Desk"_s});
        QVERIFY2(reviewed.exitCode == 0, qPrintable(reviewed.errorText()));
    }
    // Starts `approval request --wait` in the background and returns once the request exists.
    QString startWaiting(QProcess &p, const QStringList &extra = {})
    {
        p.start(airlockctlPath(), QStringList{u"--store"_s, temp_->urlText(), u"--as"_s, u"agent"_s,
                                              u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s,
                                              u"--tool"_s, u"set_priority"_s, u"--target"_s,
                                              u"tickets:queue/support/1234"_s, u"--args"_s,
                                              u"{\"ticket\":1234,\"priority\":\"urgent\"}"_s, u"--wait"_s}
                                      + extra);
        if (!p.waitForStarted())
            return {};
        auto store = temp_->open();
        for (int i = 0; i < 200; ++i) {
            auto pending = ApprovalQueue(*store).list(ApprovalStatus::Pending);
            if (pending && !pending->isEmpty())
                return pending->constFirst().id;
            QTest::qWait(50);
        }
        return {};
    }
    int finish(QProcess &p, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        if (!p.waitForFinished(30000)) {
            p.kill();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

    // `approval request` for the ticket in startWaiting(), with each option replaced by the
    // one given in changed (option name → value).
    QStringList requestArgs(const QHash<QString, QString> &changed = {})
    {
        const QList<std::pair<QString, QString>> base = {
            {u"connector"_s, u"Ticket Desk"_s},
            {u"tool"_s, u"set_priority"_s},
            {u"target"_s, u"tickets:queue/support/1234"_s},
            {u"args"_s, u"{\"ticket\":1234,\"priority\":\"urgent\"}"_s}};
        QStringList args{u"approval"_s, u"request"_s};
        for (const auto &[name, value] : base)
            args << u"--"_s + name << changed.value(name, value);
        return args;
    }
    // The request's status as stored (not as a reader derives it from its times).
    QString storedStatus(const QString &id)
    {
        auto store = temp_->open();
        QSqlQuery q(store->database());
        q.prepare(u"SELECT status, decision_note FROM approvals WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return u"<none>"_s;
        return q.value(0).toString() + u": "_s + q.value(1).toString();
    }

private Q_SLOTS:
    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        const CliResult r = cli(u"lead"_s, {u"init"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    }
    void cleanup() { temp_.reset(); }

    void initReportsTheSchemaVersion()
    {
        const CliResult r = cli(u"lead"_s, {u"--json"_s, u"init"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"schema_version"_s).toInt(), latestSchemaVersion());
    }

    void applyListShowAndCheckAConnector()
    {
        setUpConnector();
        const CliResult list = cli(u"lead"_s, {u"connector"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0)[u"permission_mode"_s].toString(), u"any_changes"_s);
        const CliResult show = cli(u"lead"_s, {u"connector"_s, u"show"_s, u"Ticket Desk"_s});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.text().contains(u"exclude tickets:queue/vip/**"_s));
        const CliResult inScope = cli(u"lead"_s, {u"connector"_s, u"check"_s, u"Ticket Desk"_s, u"--target"_s,
                                                  u"tickets:queue/support/1"_s, u"--tool"_s, u"set_priority"_s});
        QCOMPARE(inScope.exitCode, 0);
        QVERIFY(inScope.text().startsWith(u"needs_approval"_s));
        const CliResult vip = cli(u"lead"_s, {u"connector"_s, u"check"_s, u"Ticket Desk"_s, u"--target"_s,
                                              u"tickets:queue/vip/1"_s, u"--power"_s, u"read"_s});
        QCOMPARE(vip.exitCode, 16);
        QVERIFY2(vip.text().contains(u"excluded by rule 2"_s), qPrintable(vip.text()));
    }

    void waitExitsZeroWithTheEditedArgumentsWhenApproved()
    {
        setUpConnector();
        QProcess waiter;
        const QString id = startWaiting(waiter);
        QVERIFY(!id.isEmpty());
        const CliResult decided = cli(u"maria"_s, {u"approval"_s, u"decide"_s, id, u"approve"_s, u"--args"_s,
                                                   u"{\"priority\":\"high\",\"ticket\":1234}"_s});
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.errorText()));
        QByteArray out;
        QCOMPARE(finish(waiter, &out), 0);
        // Exactly the approved (edited) arguments, canonical, for the script to run.
        QCOMPARE(out.trimmed(), QByteArray(R"({"priority":"high","ticket":1234})"));
    }

    void waitExitsTenWhenRejected()
    {
        setUpConnector();
        QProcess waiter;
        const QString id = startWaiting(waiter);
        QVERIFY(!id.isEmpty());
        QCOMPARE(cli(u"maria"_s, {u"approval"_s, u"decide"_s, id, u"reject"_s, u"--note"_s, u"not urgent"_s}).exitCode, 0);
        QByteArray err;
        QCOMPARE(finish(waiter, nullptr, &err), 10);
        QVERIFY2(err.contains("rejected by maria"), err.constData());
    }

    void waitExitsElevenWhenTheRequestExpires()
    {
        setUpConnector();
        QProcess waiter;
        const QString id = startWaiting(waiter, {u"--expires-in"_s, u"2"_s});
        QVERIFY(!id.isEmpty());
        QByteArray err;
        QCOMPARE(finish(waiter, nullptr, &err), 11);
        QVERIFY(err.contains("expired"));
        // Expired is its own state, never a rejection, and no one can approve it afterwards.
        const CliResult late = cli(u"maria"_s, {u"approval"_s, u"decide"_s, id, u"approve"_s});
        QCOMPARE(late.exitCode, 11);
    }

    void waitExitsTwelveWhenTheConnectorIsDisconnected()
    {
        setUpConnector();
        QProcess waiter;
        const QString id = startWaiting(waiter);
        QVERIFY(!id.isEmpty());
        const CliResult cut = cli(u"owner"_s, {u"connector"_s, u"disconnect"_s, u"Ticket Desk"_s, u"--reason"_s,
                                               u"vendor incident"_s});
        QVERIFY2(cut.exitCode == 0, qPrintable(cut.errorText()));
        QVERIFY(cut.text().contains(u"1 pending approval request(s) withdrawn"_s));
        QCOMPARE(finish(waiter), 12);
        // And the next request on it is refused by policy.
        const CliResult again = cli(u"agent"_s, {u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s,
                                                 u"--tool"_s, u"set_priority"_s, u"--target"_s,
                                                 u"tickets:queue/support/1"_s});
        QCOMPARE(again.exitCode, 16);
        QVERIFY(again.errorText().contains(u"disconnected"_s));
    }

    void waitGivesUpAfterTheTimeoutAndWithdraws()
    {
        setUpConnector();
        QProcess waiter;
        const QString id = startWaiting(waiter, {u"--timeout"_s, u"1"_s});
        QVERIFY(!id.isEmpty());
        QCOMPARE(finish(waiter), 15);
        const CliResult show = cli(u"lead"_s, {u"--json"_s, u"approval"_s, u"show"_s, id});
        QCOMPARE(QJsonDocument::fromJson(show.out).object()[u"status"_s].toString(), u"withdrawn"_s);
    }

    void decideTellsTheLoserWhoWonAndRefusesSelfApproval()
    {
        setUpConnector();
        const CliResult made = cli(u"agent"_s, {u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s,
                                                u"--tool"_s, u"set_priority"_s, u"--target"_s,
                                                u"tickets:queue/support/9"_s});
        QCOMPARE(made.exitCode, 0);
        const QString id = made.text().trimmed();
        const CliResult self = cli(u"agent"_s, {u"approval"_s, u"decide"_s, id, u"approve"_s});
        QCOMPARE(self.exitCode, 14);
        QVERIFY(self.errorText().contains(u"someone else must decide"_s));
        QCOMPARE(cli(u"maria"_s, {u"approval"_s, u"decide"_s, id, u"approve"_s}).exitCode, 0);
        const CliResult second = cli(u"sam"_s, {u"approval"_s, u"decide"_s, id, u"reject"_s, u"--note"_s, u"no"_s});
        QCOMPARE(second.exitCode, 13);
        QVERIFY2(second.errorText().contains(u"approved by maria"_s), qPrintable(second.errorText()));
    }

    // Issue #11, point 2: a client-made id names one request. Re-sending an approved id with
    // another connector, tool, target, arguments or requester must not collect the approval.
    void aReusedIdCannotReplayAnApprovalForAnotherCall_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("connector") << u"agent"_s << u"connector"_s << u"Ticket Desk 2"_s << u"connector"_s;
        QTest::newRow("tool") << u"agent"_s << u"tool"_s << u"get_ticket"_s << u"tool"_s;
        QTest::newRow("target") << u"agent"_s << u"target"_s << u"tickets:queue/support/77"_s << u"target"_s;
        QTest::newRow("arguments") << u"agent"_s << u"args"_s << u"{\"ticket\":1234,\"priority\":\"low\"}"_s
                                   << u"arguments"_s;
        QTest::newRow("requester") << u"intruder"_s << QString() << QString() << u"requester"_s;
    }
    void aReusedIdCannotReplayAnApprovalForAnotherCall()
    {
        QFETCH(QString, actor);
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, named);
        setUpConnector();
        {
            // A second connector like the first, for the request that names another one.
            QFile in(QStringLiteral(AIRLOCK_TEST_DATA) + u"/cli_connector.json"_s);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
            o[u"name"_s] = u"Ticket Desk 2"_s;
            QFile out(temp_->dir() + u"/second.json"_s);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(o).toJson());
        }
        QCOMPARE(cli(u"lead"_s, {u"connector"_s, u"apply"_s, temp_->dir() + u"/second.json"_s, u"--reason"_s,
                                 u"second"_s}).exitCode, 0);
        QCOMPARE(cli(u"lead"_s, {u"connector"_s, u"review"_s, u"Ticket Desk 2"_s}).exitCode, 0);
        const CliResult made = cli(u"agent"_s, requestArgs() + QStringList{u"--id"_s, u"ticket-1234"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.errorText()));
        QCOMPARE(cli(u"maria"_s, {u"approval"_s, u"decide"_s, u"ticket-1234"_s, u"approve"_s}).exitCode, 0);
        const qint64 before = head();

        QHash<QString, QString> changed;
        if (!option.isEmpty())
            changed.insert(option, value);
        const CliResult replay = cli(actor, requestArgs(changed) + QStringList{u"--id"_s, u"ticket-1234"_s,
                                                                              u"--wait"_s, u"--timeout"_s, u"5"_s});
        QVERIFY2(replay.exitCode != 0, "a reused id collected another call's approval");
        QVERIFY2(!replay.out.contains("urgent"), replay.out.constData());
        QCOMPARE(replay.exitCode, 17);
        QVERIFY2(replay.errorText().contains(u"ticket-1234"_s) && replay.errorText().contains(named),
                 qPrintable(replay.errorText()));
        QCOMPARE(head(), before); // nothing written
        QVERIFY(storedStatus(u"ticket-1234"_s).startsWith(u"approved"_s));
    }

    void retryingAnIdWithTheSameCallReturnsTheSameRequest()
    {
        setUpConnector();
        const CliResult made = cli(u"agent"_s, requestArgs() + QStringList{u"--id"_s, u"ticket-1234"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.errorText()));
        QCOMPARE(cli(u"maria"_s, {u"approval"_s, u"decide"_s, u"ticket-1234"_s, u"approve"_s}).exitCode, 0);
        // The same call again (a retry after a crash): the approval it already has.
        const CliResult retry = cli(u"agent"_s, requestArgs() + QStringList{u"--id"_s, u"ticket-1234"_s, u"--wait"_s});
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.errorText()));
        QCOMPARE(retry.out.trimmed(), QByteArray(R"({"priority":"urgent","ticket":1234})"));
        const CliResult list = cli(u"lead"_s, {u"--json"_s, u"approval"_s, u"list"_s});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    }

    // Issue #11, point 8: a waiting request costs no CPU. Measured in CPU ticks from /proc over
    // three seconds of waiting (the bug spent all of them).
    void aWaitingRequestCostsNoCpu()
    {
        setUpConnector();
        QProcess waiter;
        const QString id = startWaiting(waiter);
        QVERIFY(!id.isEmpty());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += waiter.readAllStandardError()).contains("waiting for a decision"), 20000);
        const qint64 before = head();
        const double cpu0 = processCpuSeconds(waiter.processId());
        QVERIFY(cpu0 >= 0);
        QTest::qWait(3000); // the window measured, not a synchronisation
        const double cpu = processCpuSeconds(waiter.processId()) - cpu0;
        qInfo("waiting for 3 s cost %.2f CPU seconds", cpu);
        QVERIFY2(cpu < 0.3, qPrintable(u"waiting for 3 s cost %1 CPU seconds"_s.arg(cpu)));
        QCOMPARE(head(), before); // and wrote no evidence
        QCOMPARE(storedStatus(id), u"pending: "_s);
        waiter.kill();
        waiter.waitForFinished();
    }

    // Issue #11, point 9: a waiter killed with SIGKILL stops renewing its lease; when the lease
    // runs out the request is ended, and approving it is refused with the reason.
    void aKilledWaiterLeavesNoApprovableRequest()
    {
        setUpConnector();
        QProcess waiter;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AIRLOCK_HOLD_LEASE_SECS"_s, u"2"_s);
        waiter.setProcessEnvironment(env);
        const QString id = startWaiting(waiter);
        QVERIFY(!id.isEmpty());
        waiter.kill(); // SIGKILL: nothing of the waiter runs again
        QVERIFY(waiter.waitForFinished(10000));
        // Any reader sees it ended once the lease is out; nobody has to sweep first.
        QTRY_VERIFY_WITH_TIMEOUT(QJsonDocument::fromJson(cli(u"lead"_s, {u"--json"_s, u"approval"_s, u"show"_s, id}).out)
                                         .object()[u"status"_s].toString() == u"withdrawn"_s, 15000);
        const CliResult approve = cli(u"maria"_s, {u"approval"_s, u"decide"_s, id, u"approve"_s});
        QCOMPARE(approve.exitCode, 13);
        QVERIFY2(approve.errorText().contains(u"stopped holding it"_s) &&
                     approve.errorText().contains(u"lease expired"_s),
                 qPrintable(approve.errorText()));
        const QString stored = storedStatus(id);
        QVERIFY2(stored.startsWith(u"withdrawn: "_s) && stored.contains(u"lease expired"_s), qPrintable(stored));
        QCOMPARE(cli(u"lead"_s, {u"verify"_s}).exitCode, 0);
    }

    void verifyExitsTwentyAndNamesTheBrokenLink()
    {
        setUpConnector();
        QCOMPARE(cli(u"lead"_s, {u"verify"_s}).exitCode, 0);
        {
            auto store = temp_->open();
            QSqlQuery q(store->database());
            const bool sqlite = store->backend() == Backend::Sqlite;
            QVERIFY(q.exec(sqlite ? u"DROP TRIGGER evidence_no_update"_s : u"DROP TRIGGER evidence_no_change ON evidence"_s));
            QVERIFY(q.exec(u"UPDATE evidence SET summary = 'nothing to see' WHERE seq = 2"_s));
        }
        const CliResult r = cli(u"lead"_s, {u"verify"_s});
        QCOMPARE(r.exitCode, 20);
        QVERIFY2(r.text().contains(u"BROKEN at #2"_s), qPrintable(r.text()));
    }

    void exportsAreReadableFiles()
    {
        setUpConnector();
        const QString csvPath = temp_->dir() + u"/connectors.csv"_s;
        const CliResult csv = cli(u"lead"_s, {u"export"_s, u"connectors"_s, u"--output"_s, csvPath});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.errorText()));
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("name,purpose,owner"));
        QVERIFY(lines.at(1).startsWith("Ticket Desk,"));
        const CliResult json = cli(u"lead"_s, {u"export"_s, u"connectors"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(arr.size(), 1);
        QCOMPARE(arr.at(0)[u"tools"_s].toArray().size(), 2);
        const CliResult run = cli(u"lead"_s, {u"run"_s, u"start"_s, u"--workflow"_s, u"support routing"_s});
        QCOMPARE(run.exitCode, 0);
        const CliResult events = cli(u"lead"_s, {u"export"_s, u"run"_s, run.text().trimmed(), u"--format"_s, u"json"_s});
        QCOMPARE(events.exitCode, 0);
        const QJsonArray ev = QJsonDocument::fromJson(events.out).array();
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev.at(0)[u"kind"_s].toString(), u"run_started"_s);
        QCOMPARE(ev.at(0)[u"hash"_s].toString().size(), 64);
    }

    void badInputIsRefusedWithAMessageAndNothingWritten_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString bad = QStringLiteral(AIRLOCK_TEST_DATA) + u"/cli_bad_power.json"_s;
        const QString malformed = QStringLiteral(AIRLOCK_TEST_DATA) + u"/cli_malformed.json"_s;
        QTest::newRow("no command") << QStringList{} << 2 << u"no command given"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u"unknown command 'frobnicate'"_s;
        QTest::newRow("unknown subcommand") << QStringList{u"connector"_s, u"explode"_s} << 2 << u"unknown connector subcommand 'explode'"_s;
        QTest::newRow("unknown option") << QStringList{u"connector"_s, u"list"_s, u"--colour"_s} << 2 << u"colour"_s;
        QTest::newRow("show without name") << QStringList{u"connector"_s, u"show"_s} << 2 << u"missing argument"_s;
        QTest::newRow("show unknown") << QStringList{u"connector"_s, u"show"_s, u"Nope"_s} << 1 << u"no connector named 'Nope'"_s;
        QTest::newRow("apply missing file") << QStringList{u"connector"_s, u"apply"_s, u"/nonexistent/x.json"_s} << 2 << u"cannot read /nonexistent/x.json"_s;
        QTest::newRow("apply malformed JSON") << QStringList{u"connector"_s, u"apply"_s, malformed} << 2 << u"is not valid JSON"_s;
        QTest::newRow("apply bad power") << QStringList{u"connector"_s, u"apply"_s, bad} << 2 << u"'powers[1]' must be one of"_s;
        QTest::newRow("disconnect without reason") << QStringList{u"connector"_s, u"disconnect"_s, u"Ticket Desk"_s} << 2 << u"needs --reason"_s;
        QTest::newRow("disconnect unknown") << QStringList{u"connector"_s, u"disconnect"_s, u"Nope"_s, u"--reason"_s, u"x"_s} << 1 << u"no connector named 'Nope'"_s;
        QTest::newRow("resume an active connector") << QStringList{u"connector"_s, u"resume"_s, u"Ticket Desk"_s} << 1 << u"it is active"_s;
        QTest::newRow("review bad days") << QStringList{u"connector"_s, u"review"_s, u"Ticket Desk"_s, u"--next-due-days"_s, u"0"_s} << 2 << u"--next-due-days"_s;
        QTest::newRow("check without target") << QStringList{u"connector"_s, u"check"_s, u"Ticket Desk"_s, u"--power"_s, u"read"_s} << 2 << u"--target"_s;
        QTest::newRow("request without tool") << QStringList{u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s, u"--target"_s, u"x"_s} << 2 << u"needs --tool"_s;
        QTest::newRow("request malformed args") << QStringList{u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s, u"--tool"_s, u"set_priority"_s, u"--target"_s, u"tickets:queue/support/1"_s, u"--args"_s, u"{\"a\":"_s} << 2 << u"the arguments is not valid JSON"_s;
        QTest::newRow("request bad power") << QStringList{u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s, u"--tool"_s, u"t"_s, u"--target"_s, u"x"_s, u"--power"_s, u"delete"_s} << 2 << u"unknown power 'delete'"_s;
        QTest::newRow("request bad evidence") << QStringList{u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s, u"--tool"_s, u"set_priority"_s, u"--target"_s, u"x"_s, u"--evidence"_s, u"3,abc"_s} << 2 << u"'abc' is not one"_s;
        QTest::newRow("request missing evidence") << QStringList{u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s, u"--tool"_s, u"set_priority"_s, u"--target"_s, u"tickets:queue/support/1"_s, u"--evidence"_s, u"9999"_s} << 2 << u"evidence #9999 does not exist"_s;
        QTest::newRow("timeout without wait") << QStringList{u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s, u"--tool"_s, u"t"_s, u"--target"_s, u"x"_s, u"--timeout"_s, u"5"_s} << 2 << u"--timeout goes with --wait"_s;
        QTest::newRow("decide bad verb") << QStringList{u"approval"_s, u"decide"_s, u"abc"_s, u"maybe"_s} << 2 << u"approve or reject, not 'maybe'"_s;
        QTest::newRow("decide unknown id") << QStringList{u"approval"_s, u"decide"_s, u"abc"_s, u"approve"_s} << 1 << u"no approval request with id 'abc'"_s;
        QTest::newRow("reject without note") << QStringList{u"approval"_s, u"decide"_s, u"abc"_s, u"reject"_s} << 2 << u"a rejection needs a reason"_s;
        QTest::newRow("list bad status") << QStringList{u"approval"_s, u"list"_s, u"--status"_s, u"maybe"_s} << 2 << u"unknown status 'maybe'"_s;
        QTest::newRow("run show unknown") << QStringList{u"run"_s, u"show"_s, u"nope"_s} << 1 << u"no run with id 'nope'"_s;
        QTest::newRow("run list bad limit") << QStringList{u"run"_s, u"list"_s, u"--limit"_s, u"-3"_s} << 2 << u"--limit"_s;
        QTest::newRow("run finish bad status") << QStringList{u"run"_s, u"finish"_s, u"x"_s, u"--status"_s, u"running"_s} << 2 << u"--status succeeded"_s;
        QTest::newRow("export what") << QStringList{u"export"_s, u"everything"_s} << 2 << u"export what?"_s;
        QTest::newRow("export bad format") << QStringList{u"export"_s, u"runs"_s, u"--format"_s, u"xml"_s} << 2 << u"unknown format 'xml'"_s;
        QTest::newRow("export run without id") << QStringList{u"export"_s, u"run"_s} << 2 << u"needs the run's ID"_s;
        QTest::newRow("export to a missing folder") << QStringList{u"export"_s, u"connectors"_s, u"--output"_s, u"/nonexistent/dir/x.csv"_s} << 1 << u"cannot write /nonexistent/dir/x.csv"_s;
        QTest::newRow("demo bad seed") << QStringList{u"demo"_s, u"--seed"_s, u"many"_s} << 2 << u"--seed"_s;
        QTest::newRow("verify extra argument") << QStringList{u"verify"_s, u"now"_s} << 2 << u"unexpected argument 'now'"_s;
    }
    void badInputIsRefusedWithAMessageAndNothingWritten()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        setUpConnector();
        const qint64 before = head();
        const CliResult r = cli(u"lead"_s, args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1, stderr: %2"_s.arg(r.exitCode).arg(r.errorText())));
        QVERIFY2(r.errorText().contains(message), qPrintable(r.errorText()));
        QVERIFY2(r.errorText().startsWith(u"airlockctl: "_s), qPrintable(r.errorText()));
        QCOMPARE(head(), before);
    }

    void aRequestOnAnUnknownConnectorIsRefusedAndRecorded()
    {
        const qint64 before = head();
        const CliResult r = cli(u"agent"_s, {u"approval"_s, u"request"_s, u"--connector"_s, u"Nope"_s,
                                             u"--tool"_s, u"t"_s, u"--target"_s, u"x"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errorText().contains(u"no connector named 'Nope'"_s));
        auto store = temp_->open();
        auto blocked = EvidenceChain(*store).bySeq(before + 1);
        QVERIFY(blocked.ok());
        QCOMPARE(blocked->kind, EventKind::Blocked);
        QCOMPARE(blocked->actor, u"agent"_s);
        auto pending = ApprovalQueue(*store).list(std::nullopt);
        QVERIFY(pending.ok() && pending->isEmpty());
    }

    // Issue 11, point 5: `--power read` on a tool reviewed as a write must not make it a read.
    void anAssertedPowerCannotLowerAToolsPower_data()
    {
        QTest::addColumn<QStringList>("powers");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("asserted");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("shown"); // the request's action line, or the refusal
        QTest::newRow("read on a write tool, read-only connector")
            << QStringList{u"read"_s} << u"put"_s << u"read"_s << 16
            << u"power 'write' is not granted"_s;
        QTest::newRow("read on a write tool, writable connector")
            << QStringList{u"read"_s, u"write"_s} << u"put"_s << u"read"_s << 0
            << u"action    put (write) on bucket:reports/q3"_s;
        QTest::newRow("write on a read tool raises it")
            << QStringList{u"read"_s, u"write"_s} << u"get"_s << u"write"_s << 0
            << u"action    get (write) on bucket:reports/q3"_s;
        QTest::newRow("send on a read tool, send not granted")
            << QStringList{u"read"_s, u"write"_s} << u"get"_s << u"send"_s << 16
            << u"power 'send' is not granted"_s;
    }
    void anAssertedPowerCannotLowerAToolsPower()
    {
        QFETCH(QStringList, powers);
        QFETCH(QString, tool);
        QFETCH(QString, asserted);
        QFETCH(int, exitCode);
        QFETCH(QString, shown);
        const QJsonObject connector{
            {u"name"_s, u"Object Store"_s},
            {u"purpose"_s, u"Keep the quarterly reports"_s},
            {u"owner"_s, u"finance-ops"_s},
            {u"target_system"_s, u"Object store (production)"_s},
            {u"kind"_s, u"document_source"_s},
            {u"permission_mode"_s, u"any_changes"_s},
            {u"powers"_s, QJsonArray::fromStringList(powers)},
            {u"scope"_s, QJsonArray{QJsonObject{{u"effect"_s, u"include"_s}, {u"pattern"_s, u"bucket:**"_s}}}},
            {u"identity"_s, QJsonObject{{u"kind"_s, u"service_principal"_s}, {u"principal"_s, u"svc-objects"_s},
                                        {u"credential_owner"_s, u"it-ops"_s}}},
            {u"tools"_s, QJsonArray{QJsonObject{{u"name"_s, u"get"_s},
                                                {u"annotations"_s, QJsonObject{{u"readOnlyHint"_s, true}}}},
                                    QJsonObject{{u"name"_s, u"put"_s},
                                                {u"annotations"_s, QJsonObject{{u"readOnlyHint"_s, false},
                                                                               {u"destructiveHint"_s, false}}}}}}};
        const QString file = temp_->dir() + u"/object_store.json"_s;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(connector).toJson());
        }
        const CliResult applied = cli(u"lead"_s, {u"connector"_s, u"apply"_s, file, u"--reason"_s, u"set up"_s});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.errorText()));
        const CliResult reviewed = cli(u"lead"_s, {u"connector"_s, u"review"_s, u"Object Store"_s});
        QVERIFY2(reviewed.exitCode == 0, qPrintable(reviewed.errorText()));

        const CliResult r = cli(u"agent"_s, {u"approval"_s, u"request"_s, u"--connector"_s, u"Object Store"_s,
                                             u"--tool"_s, tool, u"--target"_s, u"bucket:reports/q3"_s,
                                             u"--power"_s, asserted, u"--id"_s, u"req-power"_s});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.text() + r.errorText()));
        auto store = temp_->open();
        auto all = ApprovalQueue(*store).list(std::nullopt);
        QVERIFY(all.ok());
        if (exitCode != 0) {
            QVERIFY2(r.errorText().contains(shown), qPrintable(r.errorText()));
            QVERIFY2(all->isEmpty(), "a refused request was recorded");
            return;
        }
        QCOMPARE(all->size(), 1);
        QCOMPARE(wordOf(all->constFirst().power), shown.section(u'(', 1).section(u')', 0, 0));
        const CliResult show = cli(u"reviewer"_s, {u"approval"_s, u"show"_s, u"req-power"_s});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.text().contains(shown), qPrintable(show.text()));
    }

    // Issue 11, point 4: a grant on tickets:queue/support/** must not answer a target that
    // climbs out of it, and the request records and shows the canonical target.
    void aGrantCannotAnswerATargetThatClimbsOutOfItsPattern()
    {
        setUpConnector();
        {
            auto reviewer = temp_->open(u"reviewer"_s);
            GrantStore::NewGrant g;
            g.connector = u"Ticket Desk"_s;
            g.tool = u"set_priority"_s;
            g.targetPattern = u"tickets:queue/support/**"_s;
            auto granted = GrantStore(*reviewer).grant(g);
            QVERIFY2(granted.ok(), qPrintable(granted.message()));
        }
        const auto request = [&](const QString &id, const QString &target) {
            return cli(u"agent"_s, {u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s,
                                    u"--tool"_s, u"set_priority"_s, u"--target"_s, target, u"--id"_s, id});
        };
        const auto statusOf = [&](const QString &id) {
            auto store = temp_->open();
            auto r = ApprovalQueue(*store).get(id);
            return r ? std::pair{wordOf(r->status), r->target} : std::pair{r.message(), QString()};
        };
        QCOMPARE(request(u"inside"_s, u"tickets:queue/support/7"_s).exitCode, 0);
        QCOMPARE(statusOf(u"inside"_s), (std::pair{u"approved"_s, u"tickets:queue/support/7"_s}));

        const CliResult out = request(u"out"_s, u"tickets:queue/support/../billing/7"_s);
        QVERIFY2(out.exitCode == 0, qPrintable(out.errorText()));
        QCOMPARE(statusOf(u"out"_s), (std::pair{u"pending"_s, u"tickets:queue/billing/7"_s}));
        const CliResult show = cli(u"reviewer"_s, {u"approval"_s, u"show"_s, u"out"_s});
        QVERIFY2(show.text().contains(u"set_priority (write) on tickets:queue/billing/7 via"_s),
                 qPrintable(show.text()));

        const CliResult vip = request(u"vip"_s, u"tickets:queue/support/%2e%2e/vip/1"_s);
        QCOMPARE(vip.exitCode, 16);
        QVERIFY2(vip.errorText().contains(u"tickets:queue/vip/1 is out of scope"_s), qPrintable(vip.errorText()));
        QCOMPARE(statusOf(u"vip"_s).second, QString());
    }

    // The one function every rendering uses: each dangerous character written out, the rest
    // (any script) left alone, and one reading only (a backslash that would look like an
    // escape is doubled).
    void displayTextEscapesVisiblyAndUnambiguously_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("shown");
        const int line = int(TextShape::Line);
        const int block = int(TextShape::Block);
        QTest::newRow("clean") << u"crm:accounts/acme"_s << line << u"crm:accounts/acme"_s;
        QTest::newRow("other scripts")
            << u"Müller · 東京 · עברית"_s << line << u"Müller · 東京 · עברית"_s;
        QTest::newRow("escape sequence") << u"a\x1b[2Jb"_s << line << u"a\\x1b[2Jb"_s;
        QTest::newRow("carriage return, backspace") << u"a\rb\bc"_s << line << u"a\\rb\\x08c"_s;
        QTest::newRow("line break in a line") << u"a\nb\tc"_s << line << u"a\\nb\\tc"_s;
        QTest::newRow("line break in a block") << u"a\nb\tc\rd"_s << block << u"a\nb\tc\\rd"_s;
        QTest::newRow("DEL and C1") << u"a\x7f\u009bb"_s << line << u"a\\u007f\\u009bb"_s;
        QTest::newRow("bidi override and isolate")
            << u"a\u202eb\u2066c\u200fd"_s << line << u"a\\u202eb\\u2066c\\u200fd"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << block << u"a\\u2028b"_s;
        QTest::newRow("a backslash that reads as an escape")
            << u"C:\\new\\x1b"_s << line << u"C:\\\\new\\\\x1b"_s;
        QTest::newRow("a backslash that does not")
            << u"C:\\Users\\me"_s << line << u"C:\\Users\\me"_s;
    }
    void displayTextEscapesVisiblyAndUnambiguously()
    {
        QFETCH(QString, text);
        QFETCH(int, shape);
        QFETCH(QString, shown);
        QCOMPARE(displayText(text, TextShape(shape)), shown);
        QCOMPARE(needsEscaping(text, TextShape(shape)), shown != text);
    }

    // An MCP client controls the target, the requester's name reaches the store through --as,
    // a run's trigger and a note are free text: each tries to clear the reviewer's screen and
    // print a forged status line. What airlockctl prints must show it, not obey it.
    static QString clearAndForge()
    {
        return u"\x1b[2J\x1b[H\rstatus    approved by security-team\n\u202e"_s;
    }
    static void verifyNothingRaw(const CliResult &r, const char *what)
    {
        for (const QByteArray &stream : {r.out, r.err}) {
            QVERIFY2(!stream.contains('\x1b'),
                     qPrintable(u"%1 printed a raw ESC: %2"_s.arg(
                         QLatin1String(what),
                         QString::fromUtf8(stream.toPercentEncoding(" \n/:{}\",=-_.()#")))));
            QVERIFY2(!stream.contains('\r'), what);
            QVERIFY2(!stream.contains("\xe2\x80\xae"), what); // U+202E, right-to-left override
            for (const QByteArray &line : stream.split('\n'))
                QVERIFY2(!line.trimmed().startsWith("status    approved by security-team"), what);
        }
    }
    void agentTextCannotClearTheScreenOrForgeALine()
    {
        setUpConnector();
        const QString hostile = clearAndForge();
        const CliResult run =
            cli(u"agent"_s, {u"run"_s, u"start"_s, u"--workflow"_s, u"Ticket triage"_s,
                             u"--trigger"_s, u"mail from "_s + hostile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorText()));
        const QString runId = run.text().trimmed();
        const QString mallory = u"mallory"_s + hostile.left(8) + u"x"_s;
        // A target with control characters cannot be made canonical: it is refused (and the
        // refusal, quoting it, is evidence of the run), and the refusal itself is escaped.
        const CliResult refused =
            cli(mallory, {u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s,
                          u"--tool"_s, u"set_priority"_s, u"--target"_s,
                          u"tickets:queue/support/1"_s + hostile, u"--args"_s,
                          u"{\"ticket\":1}"_s, u"--run"_s, runId});
        QCOMPARE(refused.exitCode, 16);
        verifyNothingRaw(refused, "a refused hostile target");
        QVERIFY2(refused.errorText().contains(u"1\\x1b[2J"_s), qPrintable(refused.errorText()));
        const CliResult made =
            cli(mallory, {u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s,
                          u"--tool"_s, u"set_priority"_s, u"--target"_s,
                          u"tickets:queue/support/1"_s, u"--args"_s, u"{\"ticket\":1}"_s,
                          u"--run"_s, runId});
        QVERIFY2(made.exitCode == 0, qPrintable(made.errorText()));
        const QString id = made.text().trimmed();
        const CliResult other =
            cli(u"agent"_s, {u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s,
                             u"--tool"_s, u"set_priority"_s, u"--target"_s,
                             u"tickets:queue/support/2"_s, u"--args"_s, u"{\"ticket\":2}"_s});
        QVERIFY2(other.exitCode == 0, qPrintable(other.errorText()));
        const CliResult rejected =
            cli(u"maria"_s, {u"approval"_s, u"decide"_s, other.text().trimmed(), u"reject"_s,
                             u"--note"_s, u"no"_s + hostile});
        verifyNothingRaw(rejected, "approval decide");

        const CliResult list = cli(u"maria"_s, {u"approval"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        verifyNothingRaw(list, "approval list");
        QVERIFY2(list.text().contains(u"mallory\\x1b[2J"_s), qPrintable(list.text()));

        const CliResult show = cli(u"maria"_s, {u"approval"_s, u"show"_s, id});
        QCOMPARE(show.exitCode, 0);
        verifyNothingRaw(show, "approval show");
        QVERIFY2(show.text().contains(u"requester mallory\\x1b[2J"_s), qPrintable(show.text()));
        const CliResult shownNote =
            cli(u"maria"_s, {u"approval"_s, u"show"_s, other.text().trimmed()});
        verifyNothingRaw(shownNote, "approval show (note)");
        QVERIFY2(shownNote.text().contains(u"note      no\\x1b[2J"_s),
                 qPrintable(shownNote.text()));

        const CliResult story = cli(u"maria"_s, {u"run"_s, u"story"_s, runId});
        QCOMPARE(story.exitCode, 0);
        verifyNothingRaw(story, "run story");
        QVERIFY2(story.text().contains(u"mail from \\x1b[2J"_s), qPrintable(story.text()));
        // The refused attempt's target, as the agent wrote it, is evidence: shown, not obeyed.
        const CliResult activity =
            cli(u"maria"_s, {u"--json"_s, u"run"_s, u"show"_s, runId});
        verifyNothingRaw(activity, "run show --json");
        const CliResult runShow = cli(u"maria"_s, {u"run"_s, u"show"_s, runId});
        verifyNothingRaw(runShow, "run show");
        const CliResult runs = cli(u"maria"_s, {u"run"_s, u"list"_s});
        verifyNothingRaw(runs, "run list");

        // Scripts still get the exact text: JSON escapes it, and the value reads back unchanged.
        const CliResult json = cli(u"maria"_s, {u"--json"_s, u"approval"_s, u"show"_s, id});
        QCOMPARE(json.exitCode, 0);
        verifyNothingRaw(json, "approval show --json");
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(json.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"requested_by"_s).toString(), mallory);
    }

    void anErrorQuotingAgentTextStaysOneEscapedLine()
    {
        const CliResult r = cli(u"agent"_s, {u"approval"_s, u"request"_s, u"--connector"_s,
                                             u"Nope"_s + clearAndForge(), u"--tool"_s, u"t"_s,
                                             u"--target"_s, u"x"_s});
        QCOMPARE(r.exitCode, 1);
        verifyNothingRaw(r, "an error message");
        QVERIFY2(r.errorText().contains(u"Nope\\x1b[2J"_s), qPrintable(r.errorText()));
    }

    void aReadOfAStoreThatDoesNotExistSaysSoAndCreatesNothing()
    {
        const QString typo = temp_->dir() + u"/evidnece.db"_s;
        for (const QStringList &read :
             {QStringList{u"approval"_s, u"list"_s}, QStringList{u"connector"_s, u"list"_s},
              QStringList{u"run"_s, u"list"_s}, QStringList{u"verify"_s}}) {
            const CliResult r = runCli(QStringList{u"--store"_s, u"sqlite://"_s + typo} + read);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.errorText().contains(u"does not exist"_s) && r.errorText().contains(typo),
                     qPrintable(r.errorText()));
            QVERIFY2(r.errorText().contains(u"init"_s), qPrintable(r.errorText()));
            QVERIFY2(!QFileInfo::exists(typo),
                     qPrintable(read.join(u' ') + u" created the store"_s));
        }
        // init creates it.
        const CliResult init = runCli({u"--store"_s, u"sqlite://"_s + typo, u"init"_s});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(QFileInfo::exists(typo));
    }

    void badStoresAreNamed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scheme") << u"mysql://x/y"_s << 2 << u"unknown scheme"_s;
        QTest::newRow("one slash too few")
            << u"sqlite:/x/e.db"_s << 2 << u"unknown scheme 'sqlite'"_s;
        QTest::newRow("missing folder") << u"sqlite:///nonexistent/dir/e.db"_s << 1 << u"folder /nonexistent/dir does not exist"_s;
        QTest::newRow("not a database") << u"@not-a-database"_s << 1 << u"not an Airlock store"_s;
        QTest::newRow("unreachable server") << u"postgresql://nobody@127.0.0.1:1/airlock"_s << 1 << u"cannot open store"_s;
    }
    void badStoresAreNamed()
    {
        QFETCH(QString, url);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // A text file posing as a store must be refused and left exactly as it was.
        const QString notADb = temp_->dir() + u"/notes.db"_s;
        const QByteArray text = "meeting notes, not a database\n";
        {
            QFile f(notADb);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        if (url == u"@not-a-database"_s)
            url = u"sqlite://"_s + notADb;
        const CliResult r = runCli({u"--store"_s, url, u"connector"_s, u"list"_s});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.errorText().contains(message), qPrintable(r.errorText()));
        QFile f(notADb);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text);
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
