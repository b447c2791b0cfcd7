// The console shell on the offscreen platform: it opens a store, says which store, who is
// acting, and speaks German when the locale asks for it.

#include "testsettings.h"
#include "teststore.h"

#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "openstoredialog.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

class TstConsoleShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase()
    {
        removeThrowawaySettings();
    }

    void initTestCase()
    {
        useThrowawaySettings();
    }

    void showsTheStoreTheActorAndTheScreens()
    {
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto store = temp.open(u"priya.nair"_s);
        QVERIFY(store);
        QVERIFY(seedDemo(*store, 1).ok());
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *rail = window.findChild<QListWidget *>(u"navigationRail"_s);
        QVERIFY(rail);
        QCOMPARE(rail->count(), 5);
        QTRY_COMPARE(rail->item(0)->text(), u"Inbox (4)"_s); // the demo's pending requests
        QTRY_COMPARE(rail->item(1)->text(), u"Connectors (6)"_s); // read on a worker thread
        auto *storeLabel = window.findChild<QLabel *>(u"storeLabel"_s);
        QVERIFY(storeLabel->text().contains(temp.url().shortName().section(u'@', 0, 0)));
        QCOMPARE(window.findChild<QLabel *>(u"actorLabel"_s)->text(), u"Signed in as priya.nair"_s);
        QCOMPARE(window.findChild<QLabel *>(u"liveLabel"_s)->text(), u"Live"_s);
        // The chain is checked in the background as soon as the store opens.
        auto *chain = window.findChild<QLabel *>(u"chainLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(chain->text(), u"Evidence chain: intact"_s, 10000);
        // Keyboard: Ctrl+3 goes to Runs.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(rail->currentRow(), 2);
    }

    void aBrokenChainIsShownWithItsFirstBadLink()
    {
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto store = temp.open(u"priya.nair"_s);
        QVERIFY(store);
        QVERIFY(seedDemo(*store, 1).ok());
        {
            QSqlQuery q(store->database());
            const bool sqlite = store->backend() == Backend::Sqlite;
            QVERIFY(q.exec(sqlite ? u"DROP TRIGGER evidence_no_update"_s : u"DROP TRIGGER evidence_no_change ON evidence"_s));
            QVERIFY(q.exec(u"UPDATE evidence SET summary = 'edited' WHERE seq = 42"_s));
        }
        MainWindow window(std::move(store));
        auto *chain = window.findChild<QLabel *>(u"chainLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(chain->text(), u"Evidence chain: broken at #42"_s, 10000);
        QVERIFY(chain->toolTip().contains(u"changed after it was recorded"_s));
    }

    void openingAnotherStoreSwitchesAndIsRemembered()
    {
        TempStore first;
        TempStore second;
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.error() + second.error()));
        MainWindow window(first.open(u"priya.nair"_s));
        QVERIFY(window.openStore(second.urlText()));
        QCOMPARE(window.store().url().display(), second.url().display());
        QCOMPARE(window.store().actor(), u"priya.nair"_s);
        QVERIFY(window.findChild<QLabel *>(u"storeLabel"_s)->text().contains(second.url().display()));
        QCOMPARE(MainWindow::recentStores().value(0), second.url().display());
        QCOMPARE(MainWindow::recentStores().value(1), first.url().display());
        QCOMPARE(QSettings().value(u"stores/last"_s).toString(), second.url().display());
    }

    // #11.13: a typo in Open Store must not silently open a new, empty inbox, and a URL of
    // another kind is named, not taken for a file name.
    void openStoreAsksBeforeCreatingAStoreAndNamesAnUnsupportedScheme()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        OpenStoreDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *path = dialog.findChild<QLineEdit *>(u"filePath"_s);
        auto *problem = dialog.findChild<QLabel *>(u"urlProblem"_s);
        QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
        QVERIFY(path && problem && open);

        for (const auto &[typed, scheme] :
             {std::pair{u"mysql://db.example.com/airlock"_s, u"'mysql'"_s},
              std::pair{u"sqlite:/tmp/evidence.db"_s, u"'sqlite'"_s}}) {
            path->setText(typed);
            QVERIFY2(problem->text().contains(u"unknown scheme "_s + scheme),
                     qPrintable(problem->text()));
            QVERIFY(!open->isEnabled());
        }
        dialog.findChild<QRadioButton *>(u"serverChoice"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"serverUrl"_s)->setText(u"sqlite:///tmp/evidence.db"_s);
        QVERIFY2(problem->text().contains(u"Not a server URL"_s), qPrintable(problem->text()));
        QVERIFY(!open->isEnabled());
        dialog.findChild<QRadioButton *>(u"fileChoice"_s)->setChecked(true);

        // A path where no store is: Open asks first; Back keeps the dialog, creates nothing.
        const QString typo = dir.filePath(u"evidnece.db"_s);
        path->setText(typo);
        QVERIFY2(open->isEnabled(), qPrintable(problem->text()));
        QString question;
        auto answer = [&](const QString &button) {
            QTimer::singleShot(0, this, [&question, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), u"createStoreQuestion"_s);
                question = box->text();
                QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
            });
        };
        answer(u"createStoreBack"_s);
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY2(question.contains(typo), qPrintable(question));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QFileInfo::exists(typo));
        // Asked and confirmed, it is opened (and created by the window that opens it).
        question.clear();
        answer(u"createStoreButton"_s);
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(!question.isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.storeUrl(), u"sqlite://"_s + typo);

        // An existing store opens without a question.
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        if (temp.url().backend == Backend::Sqlite) {
            QVERIFY(temp.open());
            OpenStoreDialog again({});
            again.show();
            again.findChild<QLineEdit *>(u"filePath"_s)->setText(temp.url().path);
            question.clear();
            QTest::mouseClick(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open),
                              Qt::LeftButton);
            QVERIFY(question.isEmpty());
            QCOMPARE(again.result(), int(QDialog::Accepted));
        }
    }

    void speaksGermanWhenTheLocaleAsks()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto store = temp.open(u"priya.nair"_s);
        QVERIFY(store);
        MainWindow window(std::move(store));
        auto *rail = window.findChild<QListWidget *>(u"navigationRail"_s);
        QCOMPARE(rail->item(0)->text(), u"Eingang"_s);
        QCOMPARE(window.findChild<QLabel *>(u"actorLabel"_s)->text(), u"Angemeldet als priya.nair"_s);
        // A language without a catalog falls back to English, plural forms included.
        QVERIFY(!installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
        QCOMPARE(QCoreApplication::translate("airlock::InboxPage", "%n request(s) waiting", nullptr, 1),
                 u"1 request waiting"_s);
        QCOMPARE(QCoreApplication::translate("airlock::InboxPage", "%n request(s) waiting", nullptr, 3),
                 u"3 requests waiting"_s);
    }
};

QTEST_MAIN(TstConsoleShell)
#include "tst_console_shell.moc"
