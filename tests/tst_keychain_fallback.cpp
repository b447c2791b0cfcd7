// keychain: the path CI has — no Secret Service on the session bus. The keychain says it is
// not usable and why, the Open Store dialog says the password comes from PGPASSFILE /
// ~/.pgpass and disables "Remember", and a store whose login needs a password (on the server of
// scripts/with-postgres.sh) opens through a PGPASSFILE written here, or with a typed password
// that is never written to the settings. PostgreSQL only; fails, never skips, without a server.

#include "testassertions.h"
#include "testsettings.h"
#include "teststore.h"
#include "passwordlogin.h"

#include "credentials/storekeychain.h"
#include "credentials/storeopener.h"
#include "mainwindow.h"
#include "openstoredialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

// A session bus address where nothing listens: no Secret Service, no KWallet.
const QByteArray kNoBus = "unix:path=/nonexistent/airlock-test/bus";

} // namespace

class TstKeychainFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Set in main() before anything could reach D-Bus; checked here so a change there shows.
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), kNoBus);
        useThrowawaySettings();
        QVERIFY(passDir_.isValid());
        // Never the user's own ~/.pgpass: an empty password file of this test's own.
        passFile_ = passDir_.filePath(u"pgpass"_s);
        QVERIFY(writePassFile(passFile_, QString()));
        qputenv("PGPASSFILE", passFile_.toUtf8());
    }

    void cleanupTestCase() { removeThrowawaySettings(); }

    void keychainWithoutSecretServiceIsUnusableAndSaysWhy()
    {
        StoreKeychain keychain;
        const KeychainStatus status = keychain.probeNow();
        QVERIFY(!status.usable);
        QVERIFY(status.backend.isEmpty());
        // QtKeychain's own reason (libsecret/GDBus: "Could not connect: No such file or directory").
        QVERIFY2(!status.problem.isEmpty(), "no reason given");
        qInfo("keychain unusable: %s", qPrintable(status.problem));

        const auto url = StoreUrl::parse(u"postgresql://alice@db.example.com:5433/airlock"_s);
        QVERIFY_OK(url);
        QCOMPARE(StoreKeychain::accountFor(*url), u"alice@db.example.com:5433/airlock"_s);
        const auto found = keychain.lookUpNow(*url);
        QVERIFY(!found);
        QCOMPARE(found.message(), status.problem);
        QVERIFY_ERROR(keychain.saveNow(*url, u"s3cret-never-stored"_s), ErrorCode::StoreUnavailable,
                      u"did not save"_s);
        QVERIFY(!settingsFileBytes().contains("s3cret-never-stored"));

        // A SQLite store has no password: asking is a mistake, said so.
        QVERIFY_ERROR(keychain.lookUpNow(StoreUrl::defaultLocal()), ErrorCode::InvalidArgument, u"PostgreSQL"_s);
    }

    void dialogSaysPassFileAndDisablesRemember()
    {
        OpenStoreDialog dialog({});
        dialog.findChild<QRadioButton *>(u"serverChoice"_s)->setChecked(true);
        auto *url = dialog.findChild<QLineEdit *>(u"serverUrl"_s);
        auto *note = dialog.findChild<QLabel *>(u"passwordNote"_s);
        auto *password = dialog.findChild<QLineEdit *>(u"serverPassword"_s);
        auto *remember = dialog.findChild<QCheckBox *>(u"rememberPassword"_s);
        auto *forget = dialog.findChild<QPushButton *>(u"forgetPassword"_s);
        QVERIFY(url && note && password && remember && forget);

        url->setText(u"postgresql://alice@db.example.com/airlock?sslmode=verify-full"_s);
        QTRY_VERIFY(note->text().contains(u"not available"_s));
        QVERIFY(note->text().contains(passFile_));
        QVERIFY(note->text().contains(u"PGPASSFILE, else ~/.pgpass"_s));
        QVERIFY(note->text().contains(u"not saved"_s));
        // Why, in QtKeychain's words.
        QVERIFY(note->text().contains(dialog.keychainStatus().problem));
        QVERIFY(!dialog.keychainStatus().usable);
        QVERIFY(!remember->isEnabled());
        QVERIFY(remember->toolTip().contains(dialog.keychainStatus().problem));
        QVERIFY(!forget->isVisible());
        QVERIFY(password->isEnabled());

        // Ticking a disabled box changes nothing: a typed password is for this session only.
        remember->setChecked(true);
        password->setText(u"typed-secret"_s);
        QVERIFY(!dialog.rememberPassword());
        QCOMPARE(dialog.password(), u"typed-secret"_s);
        QVERIFY(note->text().contains(u"this session only"_s));
        QCOMPARE(dialog.storeUrl(), url->text()); // the URL never carries the typed password

        // A password in the URL wins, is for this session only, and the field is off.
        url->setText(u"postgresql://alice:in-url@db.example.com/airlock?sslmode=verify-full"_s);
        QVERIFY(note->text().contains(u"session only"_s));
        QVERIFY(note->text().contains(u"never saved"_s));
        QVERIFY(!password->isEnabled());
        QVERIFY(dialog.password().isEmpty());
    }

    void passFileGivesThePasswordWhenTheKeychainCannot()
    {
        PasswordLogin login;
        QVERIFY2(login.ok(), qPrintable(login.error()));

        // The server really asks: no password, no store; the console says where it looked.
        QVERIFY_ERROR(Store::open(login.url()), ErrorCode::StoreUnavailable, u"no password supplied"_s);
        StoreKeychain keychain;
        StoreOpener opener(keychain);
        const auto none = opener.open(login.url());
        QVERIFY_ERROR(none, ErrorCode::StoreUnavailable, u"no password supplied"_s);
        QVERIFY(none.message().contains(u"the system keychain is not available"_s));
        QVERIFY(none.message().contains(u"PGPASSFILE, else ~/.pgpass"_s));
        // ... and checks it: a wrong one in the password file is refused.
        QVERIFY(writePassFile(passFile_, login.passFileLine(u"wrong"_s)));
        QVERIFY_ERROR(opener.open(login.url()), ErrorCode::StoreUnavailable, u"authentication failed"_s);

        QVERIFY(writePassFile(passFile_, login.passFileLine(login.password())));
        auto opened = opener.open(login.url());
        QVERIFY_OK(opened);
        QCOMPARE(opener.source(), PasswordSource::PassFile);
        QVERIFY(!opener.keychainProblem().isEmpty()); // why not from the keychain
        QCOMPARE((*opened)->sessionUser(), login.url().user);
        QVERIFY((*opened)->url().password.isEmpty());

        // The console opens it the same way, from the URL alone.
        {
            MainWindow window(std::move(*opened));
            QVERIFY(window.openStore(login.urlText()));
            QCOMPARE(window.store().sessionUser(), login.url().user);
        }
        QVERIFY(writePassFile(passFile_, QString()));
    }

    void typedPasswordOpensTheStoreAndIsNeverWrittenToSettings()
    {
        PasswordLogin login;
        QVERIFY2(login.ok(), qPrintable(login.error()));
        TempStore local;
        auto first = local.open();
        QVERIFY(first);
        MainWindow window(std::move(first));

        OpenStoreDialog dialog(MainWindow::recentStores());
        dialog.findChild<QRadioButton *>(u"serverChoice"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"serverUrl"_s)->setText(login.urlText());
        dialog.findChild<QLineEdit *>(u"serverPassword"_s)->setText(login.password());
        QTRY_VERIFY(dialog.findChild<QLabel *>(u"passwordNote"_s)->text().contains(u"session only"_s));
        QVERIFY(!dialog.rememberPassword());

        // The password file is empty: the typed password is what opens the store.
        QVERIFY(window.openStore(dialog.storeUrl(), dialog.password(), dialog.rememberPassword()));
        QCOMPARE(window.store().sessionUser(), login.url().user);
        // The open store keeps the password in memory for its own connections, nowhere else.
        QCOMPARE(window.store().url().password, login.password());

        const QByteArray settings = settingsFileBytes();
        QVERIFY2(settings.contains(login.url().database.toUtf8()), "the store was not remembered at all");
        QVERIFY(!settings.contains(login.password().toUtf8()));
        QVERIFY(!settings.contains(QUrl::toPercentEncoding(login.password())));
        const QString recent = MainWindow::recentStores().join(u' ') + QSettings().value(u"stores/last"_s).toString();
        QVERIFY(recent.contains(login.url().database));
        QVERIFY(!recent.contains(login.password()));
    }

private:
    QTemporaryDir passDir_;
    QString passFile_;
};

int main(int argc, char **argv)
{
    // Before QApplication and QtKeychain: both read the session bus address once per process.
    qputenv("DBUS_SESSION_BUS_ADDRESS", kNoBus);
    QApplication app(argc, argv);
    TstKeychainFallback test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_fallback.moc"
