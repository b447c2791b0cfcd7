// Inbox arrival: a request written by another process (the real airlockctl) until its row is
// in the inbox's model, against the raw change-notification baseline — the ChangeNotifier's
// signal for the same write — measured in the same run, on the same requests. Both are timed
// from the request's recorded time (set by the writer just before its commit). With --busy
// the event loop is kept busy (8 ms of work every turn) as a UI thread under load would be.
//
// On PostgreSQL it also measures the raw NOTIFY round trip (resilience): one QPSQL connection
// sends NOTIFY, another LISTENing on this thread receives it, in the same run and under the
// same --busy load, so arrival can be read against the bare server round trip.
//
//   bench_inbox [--requests N] [--store URL] [--busy]

#include "demo/demogenerator.h"
#include "inbox/inboxfeed.h"
#include "inbox/inboxmodel.h"
#include "store/approvalqueue.h"
#include "store/changenotifier.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace airlock;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// Spins the event loop until done() or timeoutMs.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// The raw baseline: n NOTIFY round trips between two plain QPSQL connections, on this thread.
QList<double> rawNotifyRoundTrips(const StoreUrl &url, int n)
{
    QList<double> trips;
    {
        auto connection = [&](const QString &name) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setDatabaseName(url.database);
            db.setUserName(url.user);
            db.setPassword(url.password);
            db.setConnectOptions(url.options);
            db.open();
            return db;
        };
        QSqlDatabase listener = connection(u"bench-raw-listen"_s);
        QSqlDatabase sender = connection(u"bench-raw-send"_s);
        if (!listener.isOpen() || !sender.isOpen()
            || !listener.driver()->subscribeToNotification(u"bench_raw"_s))
            return trips;
        qint64 received = 0;
        QElapsedTimer clock;
        clock.start();
        QObject::connect(listener.driver(), &QSqlDriver::notification, listener.driver(),
                         [&](const QString &) { received = clock.nsecsElapsed(); });
        for (int i = 0; i < n; ++i) {
            received = 0;
            const qint64 sent = clock.nsecsElapsed();
            QSqlQuery(sender).exec(u"NOTIFY bench_raw, 'x'"_s);
            if (!waitFor([&] { return received != 0; }, 10000))
                break;
            trips << double(received - sent) / 1e6;
        }
        listener.driver()->unsubscribeFromNotification(u"bench_raw"_s);
    }
    QSqlDatabase::removeDatabase(u"bench-raw-listen"_s);
    QSqlDatabase::removeDatabase(u"bench-raw-send"_s);
    return trips;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"requests"_s, u"how many requests to time (default 30)"_s, u"N"_s, u"30"_s});
    parser.addOption({u"store"_s, u"store URL (default: a new SQLite file)"_s, u"URL"_s});
    parser.addOption({u"busy"_s, u"keep the event loop busy, 8 ms of work per turn"_s});
    parser.process(app);
    const int n = std::max(1, parser.value(u"requests"_s).toInt());

    QTemporaryDir tmp;
    StoreUrl url;
    if (parser.isSet(u"store"_s)) {
        auto parsed = StoreUrl::parse(parser.value(u"store"_s));
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.message()));
            return 2;
        }
        url = *parsed;
    } else {
        url.path = tmp.filePath(u"inbox.db"_s);
    }
    auto opened = Store::open(url);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Store &store = **opened;
    store.setActor(u"bench-reviewer"_s);
    auto pending = ApprovalQueue(store).list(ApprovalStatus::Pending);
    if (pending && pending->isEmpty()) {
        if (auto s = seedDemo(store, 1); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
            return 1;
        }
        pending = ApprovalQueue(store).list(ApprovalStatus::Pending);
    }
    if (!pending || pending->isEmpty()) {
        std::fprintf(stderr, "no pending request to model the benchmark's requests on\n");
        return 1;
    }
    const ApprovalRequest like = pending->constFirst();

    ChangeNotifier notifier(store);
    InboxModel model;
    InboxFeed feed(url, store.actor(), &model);
    qint64 notifiedAt = 0;
    qint64 arrivedAt = 0;
    QString waitingFor;
    // Wired as the console wires it: every change notification reloads the inbox.
    QObject::connect(&notifier, &ChangeNotifier::changed, &feed, [&](const QStringList &) {
        if (notifiedAt == 0)
            notifiedAt = QDateTime::currentMSecsSinceEpoch();
        feed.reload();
    });
    QObject::connect(&feed, &InboxFeed::loaded, &feed, [&] {
        if (arrivedAt == 0 && !waitingFor.isEmpty() && model.rowOf(waitingFor) >= 0)
            arrivedAt = QDateTime::currentMSecsSinceEpoch();
    });
    QTimer busy;
    if (parser.isSet(u"busy"_s)) {
        busy.setInterval(0);
        QObject::connect(&busy, &QTimer::timeout, [] {
            QElapsedTimer t;
            t.start();
            volatile double x = 0;
            while (t.nsecsElapsed() < 8'000'000)
                x = x + 1;
        });
        busy.start();
    }
    feed.reload();
    if (!waitFor([&] { return feed.hasLoaded(); }, 10000)) {
        std::fprintf(stderr, "the inbox did not load\n");
        return 1;
    }

    QList<double> notify, arrive, extra;
    for (int i = 0; i < n; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        notifiedAt = arrivedAt = 0;
        waitingFor = id;
        QProcess writer;
        writer.start(QStringLiteral(AIRLOCKCTL_PATH),
                     {u"--store"_s, url.display(), u"--as"_s, u"bench-agent"_s, u"approval"_s,
                      u"request"_s, u"--id"_s, id, u"--connector"_s, like.connector, u"--tool"_s,
                      like.tool, u"--target"_s, like.target, u"--args"_s, u"{\"n\": %1}"_s.arg(i)});
        const bool ok = waitFor(
            [&] {
                return arrivedAt != 0 && notifiedAt != 0 && writer.state() == QProcess::NotRunning;
            },
            20000);
        if (!ok || writer.exitCode() != 0) {
            std::fprintf(stderr, "request %d did not arrive: %s\n", i,
                         writer.readAllStandardError().constData());
            return 1;
        }
        auto r = ApprovalQueue(store).get(id);
        if (!r)
            return 1;
        const qint64 at = r->requestedAt.toMSecsSinceEpoch();
        if (qEnvironmentVariableIsSet("BENCH_INBOX_TRACE"))
            std::printf("  #%d: notified +%lld ms, row +%lld ms, live %d\n", i, notifiedAt - at,
                        arrivedAt - at, int(notifier.isLive()));
        notify << double(notifiedAt - at);
        arrive << double(arrivedAt - at);
        extra << double(arrivedAt - notifiedAt);
        // Keep the queue as it was: withdraw it and let the inbox see it leave.
        if (auto w = ApprovalQueue(store).withdraw(id, u"benchmark"_s); !w)
            return 1;
        waitFor([&] { return model.rowOf(id) < 0; }, 10000);
    }
    const double nb = median(notify), na = median(arrive);
    QList<double> raw;
    if (url.backend == Backend::Postgres)
        raw = rawNotifyRoundTrips(url, qMax(n, 20));
    std::printf("backend %s, %d requests by another process%s\n",
                url.backend == Backend::Sqlite ? "sqlite" : "postgresql", n,
                parser.isSet(u"busy"_s) ? ", event loop busy 8 ms per turn" : "");
    std::printf("change notification (baseline): median %.1f ms after the request's time\n", nb);
    std::printf("row in the inbox model:          median %.1f ms after the request's time (+%.1f "
                "ms after the notification)\n",
                na, median(extra));
    std::printf("ratio arrival / notification: %.2fx (target <= 2x)\n", nb > 0 ? na / nb : 0.0);
    if (!raw.isEmpty()) {
        const double nr = median(raw);
        std::printf("raw NOTIFY round trip (QPSQL, same thread, same load): median %.2f ms over %lld\n",
                    nr, qint64(raw.size()));
        std::printf("inbox arrival - raw round trip: +%.1f ms (the writer's commit and the re-query)\n",
                    na - nr);
    }
    return 0;
}
