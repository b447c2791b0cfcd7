// keychain: the real OS keychain. The suite runs itself under scripts/with-keychain.sh: a
// private D-Bus session with GNOME Keyring serving the Secret Service, in a temporary folder
// (never the user's own keyrings). A password is saved, read back, used for a real PostgreSQL
// login (the server of scripts/with-postgres.sh asks this login for it), refused when wrong
// with words that name the keychain, and forgotten; it never reaches the settings file.
// PostgreSQL only; fails, never skips, without a server or without GNOME Keyring.

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
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;


class TstKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qgetenv("AIRLOCK_TEST_KEYCHAIN"), QByteArray("gnome-keyring"));
        useThrowawaySettings();
        QVERIFY(passDir_.isValid());
        // An empty password file: whatever opens below, the keychain gave the password.
        passFile_ = passDir_.filePath(u"pgpass"_s);
        QVERIFY(writePassFile(passFile_, QString()));
        qputenv("PGPASSFILE", passFile_.toUtf8());
    }

    void cleanupTestCase() { removeThrowawaySettings(); }

    void keychainIsUsableAndNamed()
    {
        StoreKeychain keychain;
        const KeychainStatus status = keychain.probeNow();
        QVERIFY2(status.usable, qPrintable(status.problem));
        QCOMPARE(status.backend, u"GNOME Keyring"_s);
    }

    void savesReadsBackAndForgets()
    {
        StoreKeychain keychain;
        const auto url = StoreUrl::parse(u"postgresql://alice@db.example.com:5433/airlock"_s);
        const auto other = StoreUrl::parse(u"postgresql://bob@db.example.com:5433/airlock"_s);
        QVERIFY_OK(url);
        QVERIFY_OK(other);
        auto none = keychain.lookUpNow(*url);
        QVERIFY_OK(none);
        QVERIFY(!none->has_value());

        QVERIFY_OK(keychain.saveNow(*url, u"first"_s));
        QVERIFY_OK(keychain.saveNow(*url, u"second: it replaces"_s));
        auto found = keychain.lookUpNow(*url);
        QVERIFY_OK(found);
        QCOMPARE(found->value_or(QString()), u"second: it replaces"_s);
        // Another login on the same server has its own entry.
        auto otherFound = keychain.lookUpNow(*other);
        QVERIFY_OK(otherFound);
        QVERIFY(!otherFound->has_value());
        // The URL's options and password do not name another entry.
        auto withOptions = StoreUrl::parse(u"postgresql://alice:x@db.example.com:5433/airlock?sslmode=verify-full"_s);
        QVERIFY_OK(withOptions);
        auto same = keychain.lookUpNow(*withOptions);
        QVERIFY_OK(same);
        QCOMPARE(same->value_or(QString()), u"second: it replaces"_s);

        QVERIFY_ERROR(keychain.saveNow(*url, QString()), ErrorCode::InvalidArgument, u"empty"_s);
        QVERIFY_OK(keychain.forgetNow(*url));
        auto gone = keychain.lookUpNow(*url);
        QVERIFY_OK(gone);
        QVERIFY(!gone->has_value());
        QVERIFY_OK(keychain.forgetNow(*url)); // nothing to forget is fine
        QVERIFY(!settingsFileBytes().contains("second: it replaces"));
    }

    void rememberedPasswordOpensTheStoreUntilForgotten()
    {
        PasswordLogin login;
        QVERIFY2(login.ok(), qPrintable(login.error()));
        StoreKeychain keychain;
        StoreOpener opener(keychain);
        const auto none = opener.open(login.url());
        QVERIFY_ERROR(none, ErrorCode::StoreUnavailable, u"no password supplied"_s);
        QVERIFY(none.message().contains(u"none is saved in the system keychain"_s));
        QCOMPARE(opener.source(), PasswordSource::PassFile);
        QVERIFY(opener.keychainProblem().isEmpty()); // the keychain answered: nothing saved

        TempStore local;
        auto first = local.open();
        QVERIFY(first);
        MainWindow window(std::move(first));

        // The dialog: keychain usable, nothing saved for this login yet; type and remember.
        {
            OpenStoreDialog dialog(MainWindow::recentStores());
            dialog.findChild<QRadioButton *>(u"serverChoice"_s)->setChecked(true);
            dialog.findChild<QLineEdit *>(u"serverUrl"_s)->setText(login.urlText());
            auto *note = dialog.findChild<QLabel *>(u"passwordNote"_s);
            auto *remember = dialog.findChild<QCheckBox *>(u"rememberPassword"_s);
            QTRY_VERIFY(note->text().contains(u"not saved in the system keychain (GNOME Keyring)"_s));
            QVERIFY(note->text().contains(passFile_));
            QVERIFY(remember->isEnabled());
            QVERIFY(!dialog.findChild<QPushButton *>(u"forgetPassword"_s)->isEnabled());
            dialog.findChild<QLineEdit *>(u"serverPassword"_s)->setText(login.password());
            remember->setChecked(true);
            QVERIFY(dialog.rememberPassword());
            QVERIFY(note->text().contains(u"will be saved in the system keychain (GNOME Keyring)"_s));
            QVERIFY(window.openStore(dialog.storeUrl(), dialog.password(), dialog.rememberPassword()));
        }
        QCOMPARE(window.store().sessionUser(), login.url().user);
        auto saved = keychain.lookUpNow(login.url());
        QVERIFY_OK(saved);
        QCOMPARE(saved->value_or(QString()), login.password());

        // Opened again from the URL alone (as from the recent list or --store): the keychain's.
        auto opened = opener.open(login.url());
        QVERIFY_OK(opened);
        QCOMPARE(opener.source(), PasswordSource::Keychain);
        QCOMPARE((*opened)->sessionUser(), login.url().user);
        QVERIFY(window.openStore(login.urlText()));
        QCOMPARE(window.store().sessionUser(), login.url().user);

        // The settings file knows the store, never its password.
        const QByteArray settings = settingsFileBytes();
        QVERIFY2(settings.contains(login.url().database.toUtf8()), "the store was not remembered at all");
        QVERIFY(!settings.contains(login.password().toUtf8()));
        QVERIFY(!MainWindow::recentStores().join(u' ').contains(login.password()));

        // The dialog says the saved one will be used, and forgets it on request.
        {
            OpenStoreDialog dialog(MainWindow::recentStores());
            dialog.findChild<QRadioButton *>(u"serverChoice"_s)->setChecked(true);
            dialog.findChild<QLineEdit *>(u"serverUrl"_s)->setText(login.urlText());
            auto *note = dialog.findChild<QLabel *>(u"passwordNote"_s);
            auto *forget = dialog.findChild<QPushButton *>(u"forgetPassword"_s);
            QTRY_VERIFY(note->text().contains(u"saved in the system keychain (GNOME Keyring); it will be used"_s));
            QVERIFY(forget->isEnabled());
            QTest::mouseClick(forget, Qt::LeftButton);
            QTRY_VERIFY(note->text().contains(u"The saved password was forgotten."_s));
            QTRY_VERIFY(note->text().contains(u"not saved in the system keychain"_s));
            QVERIFY(!forget->isEnabled());
        }
        auto forgotten = keychain.lookUpNow(login.url());
        QVERIFY_OK(forgotten);
        QVERIFY(!forgotten->has_value());
        QVERIFY_ERROR(opener.open(login.url()), ErrorCode::StoreUnavailable, u"no password supplied"_s);
    }

    void wrongSavedPasswordIsNamedAsTheKeychains()
    {
        PasswordLogin login;
        QVERIFY2(login.ok(), qPrintable(login.error()));
        StoreKeychain keychain;
        QVERIFY_OK(keychain.saveNow(login.url(), u"not-the-password"_s));
        StoreOpener opener(keychain);
        const auto refused = opener.open(login.url());
        QVERIFY_ERROR(refused, ErrorCode::StoreUnavailable, u"refused the password saved in the system keychain"_s);
        QVERIFY(refused.message().contains(u"GNOME Keyring"_s));
        QVERIFY(refused.message().contains(StoreKeychain::accountFor(login.url())));
        QVERIFY(refused.message().contains(u"authentication failed"_s)); // the server's words too
        QVERIFY_OK(keychain.forgetNow(login.url()));
    }

    // Last: it stops the keychain daemon for a while.
    void aKeychainThatDoesNotAnswerIsGivenUpOn()
    {
        // The daemon of scripts/with-keychain.sh, stopped (SIGSTOP): it owns the Secret Service
        // name but answers nothing, as a hung keychain would.
        const auto pid = QDBusConnection::sessionBus().interface()->servicePid(u"org.freedesktop.secrets"_s);
        QVERIFY2(pid.isValid(), qPrintable(pid.error().message()));
        QCOMPARE(::kill(pid_t(pid.value()), SIGSTOP), 0);
        auto resume = qScopeGuard([&] { ::kill(pid_t(pid.value()), SIGCONT); });

        StoreKeychain keychain;
        keychain.setTimeout(1000);
        const KeychainStatus status = keychain.probeNow();
        QVERIFY(!status.usable);
        QVERIFY2(status.problem.contains(u"did not answer within 1 second"_s), qPrintable(status.problem));

        PasswordLogin login;
        QVERIFY2(login.ok(), qPrintable(login.error()));
        QVERIFY(writePassFile(passFile_, login.passFileLine(login.password())));
        StoreOpener opener(keychain);
        auto opened = opener.open(login.url()); // falls back to the password file
        QVERIFY_OK(opened);
        QCOMPARE(opener.source(), PasswordSource::PassFile);
        QVERIFY(opener.keychainProblem().contains(u"did not answer"_s));
        QVERIFY(writePassFile(passFile_, QString()));

        // Answers that come after the timeout are dropped, and the keychain works again.
        resume.dismiss();
        QCOMPARE(::kill(pid_t(pid.value()), SIGCONT), 0);
        keychain.setTimeout(15000);
        const KeychainStatus again = keychain.probeNow();
        QVERIFY2(again.usable, qPrintable(again.problem));
    }

private:
    QTemporaryDir passDir_;
    QString passFile_;
};

int main(int argc, char **argv)
{
    // The suite needs a keychain of its own: without one, run again under with-keychain.sh.
    if (qEnvironmentVariableIsEmpty("AIRLOCK_TEST_KEYCHAIN")) {
        std::vector<char *> args{const_cast<char *>("bash"),
                                 const_cast<char *>(AIRLOCK_SOURCE_DIR "/scripts/with-keychain.sh")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        execvp("bash", args.data());
        std::perror("tst_keychain: cannot run scripts/with-keychain.sh");
        return 1;
    }
    QApplication app(argc, argv);
    TstKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
