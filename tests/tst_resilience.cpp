// Live and resilient, secure connections (issue #6) on the PostgreSQL server started by
// scripts/with-postgres.sh: the server is stopped and started again under a console's
// notifier + inbox feed and a waiting `airlockctl approval request --wait`, and the server's
// TLS is switched on with a certificate made here. PostgreSQL only; fails without a server.

#include "testassertions.h"
#include "testsettings.h"
#include "pgserver.h"
#include "teststore.h"

#include "inbox/inboxfeed.h"
#include "mainwindow.h"
#include "openstoredialog.h"
#include "inbox/inboxmodel.h"
#include "store/approvalqueue.h"
#include "store/changenotifier.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"%1 %2 failed: %3"_s.arg(program, args.join(u' '), QString::fromUtf8(p.readAllStandardError()));
    return {};
}

} // namespace

class TstResilience : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;

    CliResult cli(const QString &actor, const QStringList &args)
    {
        return runCli(QStringList{u"--store"_s, temp_->urlText(), u"--as"_s, actor} + args);
    }
    QString request(const QString &target)
    {
        const CliResult r = cli(u"agent"_s, {u"approval"_s, u"request"_s, u"--connector"_s, u"Ticket Desk"_s,
                                             u"--tool"_s, u"set_priority"_s, u"--target"_s, target,
                                             u"--args"_s, u"{\"ticket\":1,\"priority\":\"low\"}"_s});
        if (r.exitCode != 0)
            return {};
        auto store = temp_->open();
        auto pending = ApprovalQueue(*store).list(ApprovalStatus::Pending);
        for (const ApprovalRequest &p : *pending) {
            if (p.target == target)
                return p.id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        useThrowawaySettings();
        QVERIFY2(backendUnderTest() == Backend::Postgres,
                 "tst_resilience needs AIRLOCK_TEST_BACKEND=postgres (scripts/with-postgres.sh)");
        for (const char *name : {"AIRLOCK_TEST_PG_URL", "AIRLOCK_TEST_PG_BINDIR", "AIRLOCK_TEST_PG_DATADIR",
                                 "AIRLOCK_TEST_PG_PORT", "AIRLOCK_TEST_PG_LOG"})
            QVERIFY2(qEnvironmentVariableIsSet(name),
                     qPrintable(u"%1 is not set: run under scripts/with-postgres.sh"_s.arg(QLatin1String(name))));
    }

    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        const CliResult r = cli(u"lead"_s, {u"init"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        const QString file = QStringLiteral(AIRLOCK_TEST_DATA) + u"/cli_connector.json"_s;
        const CliResult applied = cli(u"lead"_s, {u"connector"_s, u"apply"_s, file, u"--reason"_s, u"set up"_s});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.errorText()));
        QCOMPARE(cli(u"lead"_s, {u"connector"_s, u"review"_s, u"Ticket Desk"_s}).exitCode, 0);
    }
    void cleanup() { temp_.reset(); }

    void consoleAndWaitingRequestSurviveAServerRestart()
    {
        // The console's parts: its store, the notifier and the inbox feed.
        auto store = temp_->open(u"maria"_s);
        QVERIFY(store);
        ChangeNotifier notifier(*store);
        QVERIFY(notifier.isLive());
        QVERIFY(notifier.isConnected());
        InboxModel model;
        InboxFeed feed(temp_->url(), u"maria"_s, &model);
        QObject::connect(&notifier, &ChangeNotifier::changed, &feed, [&feed] { feed.reload(); });
        QSignalSpy loaded(&feed, &InboxFeed::loaded);
        const QString before = request(u"tickets:queue/support/1"_s);
        QVERIFY(!before.isEmpty());
        feed.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);

        // A gateway-like waiter, blocked on its request.
        QProcess waiter;
        waiter.start(airlockctlPath(), {u"--store"_s, temp_->urlText(), u"--as"_s, u"agent"_s, u"approval"_s,
                                        u"request"_s, u"--connector"_s, u"Ticket Desk"_s, u"--tool"_s,
                                        u"set_priority"_s, u"--target"_s, u"tickets:queue/support/2"_s,
                                        u"--args"_s, u"{\"ticket\":2,\"priority\":\"urgent\"}"_s, u"--wait"_s,
                                        u"--timeout"_s, u"120"_s});
        QVERIFY(waiter.waitForStarted());
        QByteArray waiterErr;
        QTRY_VERIFY2_WITH_TIMEOUT((waiterErr += waiter.readAllStandardError()).contains("waiting for a decision"),
                                  waiterErr.constData(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        QString waited;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.requestAt(row)->target == u"tickets:queue/support/2"_s)
                waited = model.requestAt(row)->id;
        }
        QVERIFY(!waited.isEmpty());

        // The server goes away: the console says so and keeps what it shows.
        QSignalSpy connection(&notifier, &ChangeNotifier::connectionChanged);
        QCOMPARE(stopPgServer(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!notifier.isConnected(), 10000);
        QCOMPARE(connection.constFirst().at(0).toBool(), false);
        QVERIFY(!notifier.connectionProblem().isEmpty());
        QCOMPARE(model.rowCount(), 2); // stale, not emptied

        // A decision that cannot be committed is an error, never a success.
        store->setActor(u"maria"_s);
        auto refused = ApprovalQueue(*store).decide(before, {true, u"while away"_s, std::nullopt, std::nullopt});
        QVERIFY(!refused);
        QCOMPARE(refused.code(), ErrorCode::StoreUnavailable);
        QTest::qWait(1500); // the waiter polls nothing, but must not give up either
        QCOMPARE(waiter.state(), QProcess::Running);

        // Back again: decisions made by other processes right after the restart (before or
        // after the console's listener is back) are all seen.
        QCOMPARE(startPgServer(), QString());
        const CliResult first = cli(u"tomas"_s, {u"approval"_s, u"decide"_s, before, u"reject"_s, u"--note"_s,
                                                 u"made while the console was reconnecting"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isConnected(), 20000);
        QCOMPARE(connection.constLast().at(0).toBool(), true);
        const CliResult second = cli(u"tomas"_s, {u"approval"_s, u"decide"_s, waited, u"approve"_s});
        QVERIFY2(second.exitCode == 0, qPrintable(second.errorText()));

        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 15000);
        // (waitForFinished is false for a process that already ended.)
        QVERIFY(waiter.state() == QProcess::NotRunning || waiter.waitForFinished(30000));
        const QString err = QString::fromUtf8(waiterErr + waiter.readAllStandardError());
        QVERIFY2(waiter.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(u"approved by tomas"_s), qPrintable(err));
        QVERIFY(waiter.readAllStandardOutput().contains("urgent")); // the approved arguments

        // The console's own store reconnected by itself: its decision now commits and reads back.
        const QString after = request(u"tickets:queue/support/3"_s);
        QVERIFY(!after.isEmpty());
        auto decided = ApprovalQueue(*store).decide(after, {true, QString(), std::nullopt, std::nullopt});
        QVERIFY2(decided, qPrintable(decided.message()));
        QCOMPARE(decided->status, ApprovalStatus::Approved);
    }

    void tlsVerifyFullIsEncryptedAndDisableIsNot()
    {
        // A CA and a server certificate for localhost / 127.0.0.1, made here with openssl.
        QTemporaryDir dir(u"/tmp/airlock-tls-XXXXXX"_s);
        QVERIFY(dir.isValid());
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                              QFile::ExeOther);
        const QString ca = dir.filePath(u"ca.crt"_s), caKey = dir.filePath(u"ca.key"_s);
        const QString crt = dir.filePath(u"server.crt"_s), key = dir.filePath(u"server.key"_s);
        const QString csr = dir.filePath(u"server.csr"_s), ext = dir.filePath(u"san.ext"_s);
        QCOMPARE(run(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                                    caKey, u"-out"_s, ca, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Airlock test CA"_s}),
                 QString());
        QCOMPARE(run(u"openssl"_s, {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
                                    u"-out"_s, csr, u"-subj"_s, u"/CN=localhost"_s}),
                 QString());
        {
            QFile f(ext);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        }
        QCOMPARE(run(u"openssl"_s, {u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, ca, u"-CAkey"_s, caKey,
                                    u"-CAcreateserial"_s, u"-out"_s, crt, u"-days"_s, u"2"_s, u"-extfile"_s, ext}),
                 QString());
        // The server reads the key only if it owns it and nobody else can.
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(crt, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup);
        if (geteuid() == 0) {
            const passwd *pg = getpwnam("postgres");
            QVERIFY(pg);
            QCOMPARE(::chown(QFile::encodeName(key).constData(), pg->pw_uid, pg->pw_gid), 0);
            QCOMPARE(::chown(QFile::encodeName(crt).constData(), pg->pw_uid, pg->pw_gid), 0);
        }

        auto admin = temp_->open();
        QVERIFY(admin);
        auto turn = [&](bool on) -> Status {
            const QStringList sql = on ? QStringList{u"ALTER SYSTEM SET ssl_cert_file = '%1'"_s.arg(crt),
                                                     u"ALTER SYSTEM SET ssl_key_file = '%1'"_s.arg(key),
                                                     u"ALTER SYSTEM SET ssl = on"_s}
                                       : QStringList{u"ALTER SYSTEM RESET ssl"_s, u"ALTER SYSTEM RESET ssl_cert_file"_s,
                                                     u"ALTER SYSTEM RESET ssl_key_file"_s};
            for (const QString &s : sql) {
                if (Status st = admin->execDirect(s); !st)
                    return st;
            }
            return admin->execDirect(u"SELECT pg_reload_conf()"_s);
        };
        QVERIFY_OK(turn(true));
        auto restore = qScopeGuard([&] { (void)turn(false); });
        QTest::qWait(500); // the postmaster applies the reload asynchronously

        const StoreUrl &plain = temp_->url();
        const QString base = u"postgresql://%1@localhost:%2/%3"_s.arg(plain.user).arg(plain.port).arg(plain.database);
        auto secure = StoreUrl::parse(base + u"?sslmode=verify-full&sslrootcert="_s + ca);
        QVERIFY_OK(secure);
        std::unique_ptr<Store> tls;
        for (int i = 0; i < 20 && !tls; ++i) { // until the reload took effect
            auto opened = Store::open(*secure);
            if (opened)
                tls = std::move(*opened);
            else
                QTest::qWait(250);
        }
        QVERIFY2(tls, "no verify-full connection to the test server");
        auto encrypted = tls->sessionEncrypted();
        QVERIFY_OK(encrypted);
        QCOMPARE(*encrypted, true);

        // The wrong root certificate is refused by verify-full: the check is real.
        const QString otherCa = dir.filePath(u"other.crt"_s);
        QCOMPARE(run(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                                    dir.filePath(u"other.key"_s), u"-out"_s, otherCa, u"-days"_s, u"2"_s,
                                    u"-subj"_s, u"/CN=Someone else"_s}),
                 QString());
        auto wrong = Store::open(*StoreUrl::parse(base + u"?sslmode=verify-full&sslrootcert="_s + otherCa));
        QVERIFY(!wrong);
        QCOMPARE(wrong.code(), ErrorCode::StoreUnavailable);

        auto clear = Store::open(*StoreUrl::parse(base + u"?sslmode=disable"_s));
        QVERIFY_OK(clear);
        auto notEncrypted = (*clear)->sessionEncrypted();
        QVERIFY_OK(notEncrypted);
        QCOMPARE(*notEncrypted, false);

        // The console shows what the server reports, and warns when it is not encrypted.
        {
            MainWindow window(std::move(tls));
            auto *label = window.findChild<QLabel *>(u"securityLabel"_s);
            QVERIFY(label);
            QCOMPARE(label->text(), u"Encrypted"_s);
        }
        {
            MainWindow window(std::move(*clear));
            auto *label = window.findChild<QLabel *>(u"securityLabel"_s);
            QVERIFY(label);
            QCOMPARE(label->text(), u"Not encrypted"_s);
            QVERIFY(label->toolTip().contains(u"NOT encrypted"_s));
        }
    }

    void openStoreDialogWarnsAndNeverKeepsPasswords()
    {
        OpenStoreDialog dialog({});
        dialog.findChild<QRadioButton *>(u"serverChoice"_s)->setChecked(true);
        auto *url = dialog.findChild<QLineEdit *>(u"serverUrl"_s);
        auto *tls = dialog.findChild<QLabel *>(u"tlsWarning"_s);
        auto *password = dialog.findChild<QLabel *>(u"passwordNote"_s);
        url->setText(u"postgresql://alice:s3cret@db.example.com/airlock?sslmode=disable"_s);
        QVERIFY(tls->text().contains(u"will not be encrypted"_s));
        QVERIFY(password->text().contains(u"never saved"_s));
        url->setText(u"postgresql://alice@db.example.com/airlock?sslmode=verify-full"_s);
        QVERIFY(tls->text().isEmpty());
        // keychain: the keychain answers asynchronously; without one, PGPASSFILE / ~/.pgpass.
        QTRY_VERIFY(password->text().contains(u".pgpass"_s) || password->text().contains(u"PGPASSFILE"_s));

        // A console opened with a password in its URL remembers the URL without it.
        const StoreUrl &plain = temp_->url();
        auto withPassword = StoreUrl::parse(u"postgresql://%1:not-needed-by-trust@%2:%3/%4"_s.arg(
            plain.user, plain.host).arg(plain.port).arg(plain.database));
        QVERIFY_OK(withPassword);
        auto opened = Store::open(*withPassword);
        QVERIFY_OK(opened);
        {
            MainWindow window(std::move(*opened));
        }
        QSettings settings;
        const QString saved = settings.value(u"stores/recent"_s).toStringList().join(u' ') +
                              settings.value(u"stores/last"_s).toString();
        QVERIFY(saved.contains(plain.database));
        QVERIFY(!saved.contains(u"not-needed-by-trust"_s));
    }
};

QTEST_MAIN(TstResilience)
#include "tst_resilience.moc"
