// The console shell on the offscreen platform: it opens a store, says which store, who is
// acting, and speaks German when the locale asks for it.

#include "testsettings.h"
#include "teststore.h"

#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QCoreApplication>
#include <QFileInfo>
#include <QDir>
#include <QFile>
#include <QTest>

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
