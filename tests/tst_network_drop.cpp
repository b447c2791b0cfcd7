// Issue 6, "Live and resilient": a network that drops without a reset (packets silently lost,
// no FIN, no RST) under an open console. The console reaches the server through a relay whose
// port is blackholed below TCP with policy routing (`ip rule … blackhole`), so only the kernel's
// TCP timers can tell: the console must say so within a bounded time instead of freezing its
// UI thread on a statement that never returns, keep what it shows, and catch up when the path
// is back — including a decision made meanwhile over another path.
//
// It changes routing, so it runs only in a private network namespace: ctest starts it with
// `unshare -n` (root) and its own throwaway server (scripts/with-postgres.sh) inside.

#include "tcprelay.h"
#include "testassertions.h"
#include "testsettings.h"
#include "teststore.h"

#include "inbox/inboxmodel.h"
#include "inboxpage.h"
#include "mainwindow.h"
#include "store/approvalqueue.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

QString ip(const QStringList &args)
{
    QProcess p;
    p.start(u"ip"_s, args);
    if (!p.waitForFinished(10000))
        return u"ip %1 did not finish"_s.arg(args.join(u' '));
    return p.exitCode() == 0 ? QString()
                             : u"ip %1: %2"_s.arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError()));
}

// Every packet to or from port on this host is dropped, established connections included.
// The rules go before the local table, which would otherwise deliver loopback traffic first.
QString blackhole(quint16 port)
{
    const QString p = QString::number(port);
    for (const QStringList &args : {QStringList{u"rule"_s, u"add"_s, u"pref"_s, u"10"_s, u"dport"_s, p, u"blackhole"_s},
                                    QStringList{u"rule"_s, u"add"_s, u"pref"_s, u"11"_s, u"sport"_s, p, u"blackhole"_s},
                                    QStringList{u"rule"_s, u"add"_s, u"pref"_s, u"100"_s, u"lookup"_s, u"local"_s},
                                    QStringList{u"rule"_s, u"del"_s, u"pref"_s, u"0"_s}}) {
        if (QString e = ip(args); !e.isEmpty())
            return e;
    }
    return {};
}

QString restore()
{
    for (const QStringList &args : {QStringList{u"rule"_s, u"add"_s, u"pref"_s, u"0"_s, u"lookup"_s, u"local"_s},
                                    QStringList{u"rule"_s, u"del"_s, u"pref"_s, u"10"_s},
                                    QStringList{u"rule"_s, u"del"_s, u"pref"_s, u"11"_s},
                                    QStringList{u"rule"_s, u"del"_s, u"pref"_s, u"100"_s}}) {
        if (QString e = ip(args); !e.isEmpty())
            return e;
    }
    return {};
}

QString netNamespace(const QString &pid)
{
    return QFileInfo(u"/proc/%1/ns/net"_s.arg(pid)).symLinkTarget();
}

} // namespace

class TstNetworkDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        useThrowawaySettings();
        QVERIFY2(backendUnderTest() == Backend::Postgres,
                 "tst_network_drop needs AIRLOCK_TEST_BACKEND=postgres (scripts/with-postgres.sh)");
        // Never on a shared host's routing: only in a namespace of its own.
        const QString mine = netNamespace(u"self"_s);
        QVERIFY2(!mine.isEmpty() && mine != netNamespace(u"1"_s),
                 "tst_network_drop changes routing: run it in a private network namespace, as ctest "
                 "does (unshare -n sh -c 'ip link set lo up && bash scripts/with-postgres.sh …')");
    }
    void cleanupTestCase() { removeThrowawaySettings(); }

    void aSilentDropIsNoticedAndCaughtUpWithoutFreezingTheConsole()
    {
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto cli = [&](const QStringList &args) {
            return runCli(QStringList{u"--store"_s, temp.urlText(), u"--as"_s, u"lead"_s} + args);
        };
        QCOMPARE(cli({u"init"_s}).exitCode, 0);
        const QString file = QStringLiteral(AIRLOCK_TEST_DATA) + u"/cli_connector.json"_s;
        QCOMPARE(cli({u"connector"_s, u"apply"_s, file, u"--reason"_s, u"set up"_s}).exitCode, 0);
        QCOMPARE(cli({u"connector"_s, u"review"_s, u"Ticket Desk"_s}).exitCode, 0);
        auto direct = temp.open(u"tomas"_s); // another reviewer, on a path that stays up
        QVERIFY(direct);
        ApprovalQueue::NewRequest nr;
        nr.connector = u"Ticket Desk"_s;
        nr.tool = u"set_priority"_s;
        nr.target = u"tickets:queue/support/7"_s;
        nr.arguments = R"({"ticket":7,"priority":"urgent"})";
        direct->setActor(u"agent"_s);
        auto request = ApprovalQueue(*direct).request(nr);
        QVERIFY_OK(request);
        direct->setActor(u"tomas"_s);

        TcpRelay relay;
        QString error;
        QVERIFY2(relay.start(temp.url().host, quint16(temp.url().port), &error), qPrintable(error));
        StoreUrl viaRelay = temp.url();
        viaRelay.port = relay.port();
        auto opened = Store::open(viaRelay);
        QVERIFY_OK(opened);
        (*opened)->setActor(u"maria"_s);
        MainWindow window(std::move(*opened));
        window.showScreen(u"inbox"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *liveLabel = window.findChild<QLabel *>(u"liveLabel"_s);
        InboxModel *model = window.inboxPage()->model();
        QTRY_COMPARE(liveLabel->text(), u"Live"_s);
        QTRY_VERIFY(model->rowOf(request->id) >= 0);

        // The path goes silent. A decision is made over another path meanwhile.
        QCOMPARE(blackhole(relay.port()), QString());
        QElapsedTimer silent;
        silent.start();
        auto decided = ApprovalQueue(*direct).decide(request->id, {true, u"while maria was cut off"_s, std::nullopt, std::nullopt});
        QVERIFY_OK(decided);
        // A statement on the console's own connection (on this, the UI thread) fails instead of
        // waiting for the kernel's retransmissions (about 15 minutes): keepalives and
        // tcp_user_timeout bound it, and then the reconnect's connect_timeout.
        auto read = ApprovalQueue(window.store()).get(request->id);
        QVERIFY(!read);
        QCOMPARE(read.code(), ErrorCode::StoreUnavailable);
        qInfo("a statement on the silent connection failed after %lld ms", silent.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(liveLabel->text().contains(u"Reconnecting"_s), 30000);
        qInfo("the console said so after %lld ms", silent.elapsed());
        QVERIFY(model->rowOf(request->id) >= 0); // kept, marked stale

        // Back: it reconnects, re-queries and has missed nothing.
        QCOMPARE(restore(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(liveLabel->text(), u"Live"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(request->id), -1, 10000);
        auto after = ApprovalQueue(window.store()).get(request->id);
        QVERIFY_OK(after);
        QCOMPARE(after->decidedBy, u"tomas"_s);
    }
};

QTEST_MAIN(TstNetworkDrop)
#include "tst_network_drop.moc"
