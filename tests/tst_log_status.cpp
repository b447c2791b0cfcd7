// The console and the log's checkpoints (issue #12): the status bar names the newest checkpoint
// and whether the store is consistent with it, and the events since it that nothing vouches for
// yet; a truncated or rewritten store raises a red banner naming what is missing, which goes
// when the store matches again; the Audit screen lists the checkpoints.
//
// This process, the console it shows and every airlockctl it starts share one private data
// folder (XDG_DATA_HOME), so the console trusts the key airlockctl signs with and reads the
// witness it keeps — as on a real machine.

#include "logtamper.h"
#include "testassertions.h"
#include "teststore.h"

#include "auditpage.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

class TstLogStatus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir home_;

    static CliResult checkpoint(const TempStore &temp)
    {
        return runCli({u"--store"_s, temp.urlText(), u"checkpoint"_s});
    }
    // A second connection to the same store: the attacker's, or the one that repairs it.
    static std::unique_ptr<Store> other(TempStore &temp)
    {
        auto store = Store::open(temp.url());
        if (!store)
            return nullptr;
        (*store)->setActor(u"gateway"_s);
        return std::move(*store);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (backendUnderTest() == Backend::Postgres)
            QVERIFY2(!qEnvironmentVariableIsEmpty("AIRLOCK_TEST_PG_URL"),
                     "run through scripts/with-postgres.sh");
        QVERIFY(home_.isValid());
        qputenv("XDG_DATA_HOME", (home_.path() + u"/data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", (home_.path() + u"/config"_s).toUtf8()); // throwaway settings
        QCoreApplication::setOrganizationName(u"airlock"_s);
        QCoreApplication::setApplicationName(u"airlock"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(installTranslations(*qApp,
                                    QLocale(QLocale::English, QLocale::UnitedStates))); // plurals
    }

    void theStatusBarNamesTheNewestCheckpointAndTheEventsSinceIt()
    {
        TempStore temp;
        auto store = temp.open(u"gateway"_s);
        QVERIFY(store);
        QVERIFY(appendReadEvents(*store, 1, 12));
        MainWindow window(std::move(store));
        window.show();
        auto *label = window.findChild<QLabel *>(u"checkpointLabel"_s);
        QVERIFY(label);
        QTRY_COMPARE_WITH_TIMEOUT(
            label->text(), u"No checkpoint yet · 12 events not yet vouched for by any checkpoint"_s,
            10000);

        auto writer = other(temp);
        QVERIFY(writer);
        QVERIFY(appendReadEvents(*writer, 13, 20));
        const CliResult c = checkpoint(temp);
        QVERIFY2(c.exitCode == 0, qPrintable(c.errorText()));
        QVERIFY(appendReadEvents(*writer, 21, 27));
        // The console catches up after the change: checkpoint #1, by this machine's key, and the
        // 7 events after it that it does not vouch for yet.
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(u"Checkpoint #1 · 20 events · "_s),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            label->text().endsWith(
                u"(this machine) — consistent · 7 events since, not yet vouched for"_s),
            15000);
        QVERIFY2(label->toolTip().contains(u"Merkle root "_s), qPrintable(label->toolTip()));
        QVERIFY(!window.findChild<QLabel *>(u"evidenceBanner"_s)->isVisible());
    }

    void aTruncatedStoreRaisesARedBannerUntilItIsConsistentAgain()
    {
        TempStore temp;
        auto store = temp.open(u"gateway"_s);
        QVERIFY(store);
        QVERIFY(appendReadEvents(*store, 1, 20));
        QCOMPARE(checkpoint(temp).exitCode, 0);
        QVERIFY(appendReadEvents(*store, 21, 30));
        QCOMPARE(checkpoint(temp).exitCode, 0);
        MainWindow window(std::move(store));
        window.show();
        auto *label = window.findChild<QLabel *>(u"checkpointLabel"_s);
        auto *banner = window.findChild<QLabel *>(u"evidenceBanner"_s);
        QVERIFY(label && banner);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"Checkpoint #2 · 30 events"_s), 10000);
        QVERIFY(label->text().contains(u"consistent"_s));
        QVERIFY(banner->isHidden());

        // The attacker keeps the newest 5 events aside and deletes them.
        auto attacker = other(temp);
        QVERIFY(attacker);
        QCOMPARE(switchGuardsOff(*attacker), QString());
        QCOMPARE(
            rawExec(*attacker, u"CREATE TABLE kept AS SELECT * FROM evidence WHERE seq > 25"_s),
            QString());
        QCOMPARE(rawExec(*attacker, u"DELETE FROM evidence WHERE seq > 25"_s), QString());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY2(
            banner->text().contains(
                u"The store has 25 events but checkpoint #2 vouches for 30: events #26–#30 are missing."_s),
            qPrintable(banner->text()));
        QVERIFY2(label->text().contains(u"the store is behind it"_s), qPrintable(label->text()));

        // Put back, the store matches again: the banner goes.
        QCOMPARE(rawExec(*attacker, u"INSERT INTO evidence SELECT * FROM kept"_s), QString());
        QCOMPARE(rawExec(*attacker, u"DROP TABLE kept"_s), QString());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"Checkpoint #2 · 30 events"_s) &&
                                     label->text().contains(u"consistent"_s),
                                 10000);
    }

    void aRewriteBeforeTheLastVerifiedEventRaisesTheBanner()
    {
        TempStore temp;
        auto store = temp.open(u"gateway"_s);
        QVERIFY(store);
        QVERIFY(appendReadEvents(*store, 1, 40));
        MainWindow window(std::move(store));
        window.show();
        auto *chain = window.findChild<QLabel *>(u"chainLabel"_s);
        auto *banner = window.findChild<QLabel *>(u"evidenceBanner"_s);
        QTRY_COMPARE_WITH_TIMEOUT(chain->text(), u"Evidence chain: intact"_s, 10000);

        // No checkpoint at all: only what this window verified catches it.
        auto attacker = other(temp);
        QVERIFY(attacker);
        QCOMPARE(switchGuardsOff(*attacker), QString());
        QCOMPARE(
            rawExec(*attacker, u"UPDATE evidence SET summary = 'nothing to see' WHERE seq = 7"_s),
            QString());
        QCOMPARE(rehashFrom(*attacker, 7), QString());
        // The next event anyone records wakes the console (raw SQL with the triggers off sends
        // no notification on PostgreSQL); its short pass reads #40 and the new one.
        QVERIFY(appendReadEvents(*attacker, 41, 41));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY2(banner->text().contains(
                     u"event #40 no longer has the hash it had when this window verified it"_s),
                 qPrintable(banner->text()));
    }

    void theAuditScreenListsTheCheckpoints()
    {
        TempStore temp;
        auto store = temp.open(u"gateway"_s);
        QVERIFY(store);
        QVERIFY(appendReadEvents(*store, 1, 10));
        QCOMPARE(checkpoint(temp).exitCode, 0);
        QVERIFY(appendReadEvents(*store, 11, 16));
        QCOMPARE(checkpoint(temp).exitCode, 0);
        QVERIFY(appendReadEvents(*store, 17, 19));
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(window.showScreen(u"audit"_s));
        auto *table = window.findChild<QTableWidget *>(u"checkpointTable"_s);
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10000);
        // Newest first: number, size, root prefix, signer, time, trusted, matches.
        QCOMPARE(table->item(0, 0)->text(), u"#2"_s);
        QCOMPARE(table->item(0, 1)->text(), u"16"_s);
        QVERIFY(table->item(0, 2)->text().endsWith(u"…"_s));
        QCOMPARE(table->item(0, 2)->toolTip().size(), 64); // the whole root on hover
        QVERIFY2(table->item(0, 3)->text().endsWith(u"(this machine)"_s),
                 qPrintable(table->item(0, 3)->text()));
        QVERIFY(!table->item(0, 4)->text().isEmpty());
        QCOMPARE(table->item(0, 5)->text(), u"yes"_s);
        QCOMPARE(table->item(0, 6)->text(), u"matches"_s);
        QCOMPARE(table->item(1, 0)->text(), u"#1"_s);
        QCOMPARE(table->item(1, 1)->text(), u"10"_s);
        auto *summary = window.findChild<QLabel *>(u"checkpointSummary"_s);
        QCOMPARE(summary->text(),
                 u"2 checkpoints. 3 events since checkpoint #2, not yet vouched for."_s);

        // A checkpoint whose signature no longer verifies says so in the list.
        auto attacker = other(temp);
        QVERIFY(attacker);
        QCOMPARE(switchGuardsOff(*attacker), QString());
        QCOMPARE(
            rawExec(
                *attacker,
                u"UPDATE checkpoints SET envelope = replace(envelope, 'size 10', 'size 11') WHERE log_size = 10"_s),
            QString());
        QCOMPARE(rawExec(*attacker, u"UPDATE checkpoints SET log_size = 11 WHERE log_size = 10"_s),
                 QString());
        QVERIFY(appendReadEvents(*attacker, 20, 20)); // a change the console notices
        QTRY_COMPARE_WITH_TIMEOUT(table->item(1, 6)->text(), u"signature invalid"_s, 15000);
        auto *banner = window.findChild<QLabel *>(u"evidenceBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Checkpoint #1 does not carry a valid signature"_s),
                 qPrintable(banner->text()));
    }
};

QTEST_MAIN(TstLogStatus)
#include "tst_log_status.moc"
