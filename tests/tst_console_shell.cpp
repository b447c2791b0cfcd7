// The console shell on the offscreen platform: it opens a store, says which store, who is
// acting, and speaks German when the locale asks for it.

#include "teststore.h"

#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

class TstConsoleShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        QCOMPARE(rail->item(0)->text(), u"Inbox"_s);
        QCOMPARE(rail->item(1)->text(), u"Connectors (6)"_s);
        auto *storeLabel = window.findChild<QLabel *>(u"storeLabel"_s);
        QVERIFY(storeLabel->text().contains(temp.url().shortName().section(u'@', 0, 0)));
        QCOMPARE(window.findChild<QLabel *>(u"actorLabel"_s)->text(), u"Signed in as priya.nair"_s);
        QCOMPARE(window.findChild<QLabel *>(u"liveLabel"_s)->text(), u"Live"_s);
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
        // A language without a catalog falls back to the English source strings.
        QVERIFY(!installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
    }
};

QTEST_MAIN(TstConsoleShell)
#include "tst_console_shell.moc"
