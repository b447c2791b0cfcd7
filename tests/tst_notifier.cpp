// Live changes (DESIGN §7): a write by any process reaches an open subscriber without a
// manual refresh, through the live path (WAL watch / NOTIFY), not the slow poll.

#include "testassertions.h"
#include "teststore.h"

#include "store/changenotifier.h"
#include "store/evidencechain.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

class TstNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownWritesAreAnnouncedWithTheirTopics()
    {
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto store = temp.open();
        QVERIFY(store);
        ChangeNotifier notifier(*store);
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        EvidenceEvent e;
        e.kind = EventKind::Output;
        e.summary = u"hello"_s;
        QVERIFY(EvidenceChain(*store).append(e).ok());
        QVERIFY(spy.wait(2000));
        QVERIFY(spy.constFirst().at(0).toStringList().contains(u"evidence"_s));
    }

    void aWriteByAnotherProcessIsAnnouncedLive()
    {
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto store = temp.open();
        QVERIFY(store);
        ChangeNotifier notifier(*store);
        // Make the fallback poll too slow to matter: only the live path can pass this test.
        notifier.setPollInterval(120000);
        QVERIFY(notifier.isLive());
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        QProcess writer;
        writer.start(airlockctlPath(), {u"--store"_s, temp.urlText(), u"--as"_s, u"other"_s, u"run"_s,
                                        u"start"_s, u"--workflow"_s, u"nightly sync"_s});
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);
        QElapsedTimer t;
        t.start();
        QVERIFY2(spy.count() > 0 || spy.wait(5000), "no change announced within 5 s");
        qInfo("announced %lld ms after the writer exited", qint64(t.elapsed()));
        // The subscriber re-queries and sees the other process's run.
        auto head = EvidenceChain(*store).headSeq();
        QVERIFY(head.ok());
        QCOMPARE(*head, 1);
    }

    void aWriteThatDoesNotNotifyIsFoundByTheFallbackPoll()
    {
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto store = temp.open();
        auto other = temp.open(u"other"_s);
        QVERIFY(store && other);
        ChangeNotifier notifier(*store);
        notifier.setPollInterval(200); // SQLite's poll; PostgreSQL's listener looks every second
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        // A raw write on another connection that names no topic: no NOTIFY is sent.
        QVERIFY_OK(other->write([&] {
            return other->execDirect(
                other->backend() == Backend::Sqlite
                    ? u"INSERT INTO evidence (seq, event_id, at, kind, actor, result, summary, payload, prev_hash, hash) "
                      u"VALUES (1, 'raw-1', 1, 'output', 'other', 'success', 'written behind the notifier', '{}', 'x', 'y')"_s
                    // PostgreSQL places the link itself (migration 8): the owner may leave it blank.
                    : u"INSERT INTO evidence (event_id, at, kind, actor, result, summary, payload) "
                      u"VALUES ('raw-1', 1, 'output', 'other', 'success', 'written behind the notifier', '{}')"_s);
        }));
        QVERIFY2(spy.count() > 0 || spy.wait(5000), "the fallback poll found nothing within 5 s");
        QCOMPARE(spy.constFirst().at(0).toStringList(), QStringList()); // topics unknown: re-query all
    }

    void readsWithoutWritesAnnounceNothing()
    {
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto store = temp.open();
        QVERIFY(store);
        ChangeNotifier notifier(*store);
        notifier.setPollInterval(50);
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        const CliResult r = runCli({u"--store"_s, temp.urlText(), u"connector"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QTest::qWait(500);
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TstNotifier)
#include "tst_notifier.moc"
