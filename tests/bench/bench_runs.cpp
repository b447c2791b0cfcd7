// The Runs screen at scale, each figure a ratio against raw sqlite3 in the same run:
//   1. a 10,000-event run's timeline: RunTimeline::load (run + events through QtSql, lanes,
//      waits, prefix counts) vs raw sqlite3 stepping of the same evidence query;
//   2. a timeline frame at full zoom-out painted into a QImage, 10,000 events vs 1,000;
//   3. the first page of 1,000,000 runs: RunStore::page (with connectors touched), also with
//      opening the store as the worker does, vs one raw keyset page stepped with sqlite3.
//
//   airlock-generate-store --store sqlite:///tmp/big.db         (1,000,000 runs + a 10k run)
//   QT_QPA_PLATFORM=offscreen bench_runs --store sqlite:///tmp/big.db [--run gen-run-01000000]
//
// With a postgresql:// store (resilience) only 3. is measured, against one raw keyset page
// read with a plain forward-only QPSQL query on a connection of its own (every column read).

#include "runs/runlistmodel.h"
#include "runs/timeline.h"
#include "runs/timelineview.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace airlock;

namespace {

// Median of n timed runs, in milliseconds.
double medianMs(int n, const std::function<void()> &work)
{
    QList<double> times;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Steps every row of sql (one text bind) reading every column, as a raw client would.
qint64 stepAll(sqlite3 *db, const QByteArray &sql, const QByteArray &bind)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        qFatal("prepare: %s", sqlite3_errmsg(db));
    if (!bind.isEmpty())
        sqlite3_bind_text(stmt, 1, bind.constData(), int(bind.size()), SQLITE_STATIC);
    qint64 bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const int n = sqlite3_column_count(stmt);
        for (int c = 0; c < n; ++c) {
            if (sqlite3_column_type(stmt, c) == SQLITE_INTEGER)
                bytes += sqlite3_column_int64(stmt, c) & 1;
            else
                bytes += sqlite3_column_bytes(stmt, c) + (sqlite3_column_text(stmt, c) ? 1 : 0);
        }
    }
    sqlite3_finalize(stmt);
    return bytes;
}

constexpr auto kRawPage =
    "SELECT id, workflow, trigger_desc, identity, started_at, ended_at, status, stop_reason, "
    "stopped_at_seq, tokens_in, tokens_out, cost, model, flags FROM runs "
    "ORDER BY started_at DESC, id DESC LIMIT 201";

// The first runs page over PostgreSQL vs one raw keyset page through plain QPSQL.
int postgresFirstPage(const StoreUrl &url, Store &store, int repeat)
{
    constexpr int kPage = 200;
    qint64 runs = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-raw"_s);
        raw.setHostName(url.host);
        raw.setPort(url.port);
        raw.setDatabaseName(url.database);
        raw.setUserName(url.user);
        raw.setPassword(url.password);
        raw.setConnectOptions(url.options);
        if (!raw.open())
            qFatal("raw open");
        QSqlQuery count(raw);
        if (count.exec(u"SELECT count(*) FROM runs"_s) && count.next())
            runs = count.value(0).toLongLong();
        QSqlQuery q(raw);
        q.setForwardOnly(true);
        if (!q.prepare(QString::fromLatin1(kRawPage)))
            qFatal("raw prepare");
        const double rawFirst = medianMs(repeat, [&] {
            if (!q.exec())
                qFatal("raw exec");
            qint64 bytes = 0;
            const int columns = q.record().count();
            while (q.next()) {
                for (int c = 0; c < columns; ++c)
                    bytes += q.value(c).toString().size();
            }
            if (bytes == 0)
                qFatal("raw page empty");
        });
        const double page = medianMs(repeat, [&] {
            auto p = RunStore(store).page({}, {}, kPage + 1);
            if (!p || p->size() != kPage + 1)
                qFatal("page");
        });
        std::printf("backend postgresql, %lld runs\n", runs);
        std::printf("%-58s %9.3f ms\n", "raw QPSQL keyset page (201 rows)", rawFirst);
        std::printf("%-58s %9.3f ms  (%.1fx raw, target <= 20x)\n",
                    "RunStore::page, first page with connectors touched", page, page / rawFirst);
    }
    QSqlDatabase::removeDatabase(u"bench-raw"_s);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"store"_s, u"store URL (SQLite) made by airlock-generate-store"_s, u"URL"_s});
    parser.addOption({u"run"_s, u"the big run's id"_s, u"ID"_s, u"gen-run-01000000"_s});
    parser.addOption({u"repeat"_s, u"timed repetitions (median)"_s, u"N"_s, u"15"_s});
    parser.process(app);
    auto url = StoreUrl::parse(parser.value(u"store"_s));
    if (!url) {
        std::fprintf(stderr, "bench_runs: --store sqlite:///PATH or postgresql://… is required\n");
        return 2;
    }
    auto store = Store::open(*url);
    if (!store) {
        std::fprintf(stderr, "bench_runs: %s\n", qPrintable(store.message()));
        return 1;
    }
    const QString runId = parser.value(u"run"_s);
    const int repeat = std::max(3, parser.value(u"repeat"_s).toInt());
    if (url->backend == Backend::Postgres)
        return postgresFirstPage(*url, **store, repeat);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(url->path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        return 1;

    // --- 1. timeline load
    const QByteArray eventsSql =
        "SELECT " + evidenceColumns().toUtf8() + " FROM evidence WHERE run_id = ? ORDER BY seq";
    stepAll(db, eventsSql, runId.toUtf8()); // warm the page cache for both
    const double rawEvents = medianMs(repeat, [&] { stepAll(db, eventsSql, runId.toUtf8()); });
    std::optional<RunTimeline> big;
    const double load = medianMs(repeat, [&] {
        auto t = RunTimeline::load(**store, runId);
        if (!t)
            qFatal("load: %s", qPrintable(t.message()));
        big = std::move(*t);
    });
    const int n = int(big->events().size());
    const double buildOnly =
        medianMs(repeat, [&] { (void)RunTimeline::build(big->run(), big->events()); });
    std::printf("%-58s %9.2f ms\n",
                qPrintable(u"raw sqlite3 stepping of the run's %1 events"_s.arg(n)), rawEvents);
    std::printf("%-58s %9.2f ms  (%.2fx raw, target <= 2x)\n",
                "RunTimeline::load (run, events, lanes, totals)", load, load / rawEvents);
    std::printf("%-58s %9.2f ms\n", "  of which RunTimeline::build from events in memory",
                buildOnly);

    // --- 2. frame at full zoom-out, 10,000 events vs 1,000 (every tenth, same time span)
    QList<EvidenceEvent> tenth;
    for (int i = 0; i < n; i += 10)
        tenth << big->events().at(i);
    auto small = std::make_shared<const RunTimeline>(RunTimeline::build(big->run(), tenth));
    auto large = std::make_shared<const RunTimeline>(*big);
    TimelineView view;
    view.resize(1400, 200);
    QImage image(view.size(), QImage::Format_RGB32);
    auto frame = [&](const std::shared_ptr<const RunTimeline> &t) {
        view.setTimeline(t);
        view.resize(1400, view.height());
        view.render(&image); // warm
        return medianMs(repeat * 4, [&] { view.render(&image); });
    };
    const double frameSmall = frame(small);
    const double frameLarge = frame(large);
    std::printf(
        "%-58s %9.3f ms\n",
        qPrintable(u"timeline frame, %1 events, full zoom-out"_s.arg(small->events().size())),
        frameSmall);
    std::printf("%-58s %9.3f ms  (%.2fx the 1k frame, target <= 1.5x)\n",
                qPrintable(u"timeline frame, %1 events, full zoom-out"_s.arg(n)), frameLarge,
                frameLarge / frameSmall);

    // --- 3. first page of the runs list
    constexpr int kPage = 200;
    const QByteArray rawPage =
        "SELECT id, workflow, trigger_desc, identity, started_at, ended_at, status, stop_reason, "
        "stopped_at_seq, tokens_in, tokens_out, cost, model, flags FROM runs "
        "ORDER BY started_at DESC, id DESC LIMIT 201";
    const double rawFirst = medianMs(repeat, [&] { stepAll(db, rawPage, {}); });
    const double page = medianMs(repeat, [&] {
        auto p = RunStore(**store).page({}, {}, kPage + 1);
        if (!p || p->size() != kPage + 1)
            qFatal("page");
    });
    const double openAndPage = medianMs(repeat, [&] {
        Store::Options o;
        o.migrate = false;
        auto s = Store::open(*url, o);
        if (!s)
            qFatal("open: %s", qPrintable(s.message()));
        auto p = RunStore(**s).page({}, {}, kPage + 1);
        if (!p)
            qFatal("page");
    });
    RunStore::Filter byConnector;
    byConnector.connector = u"NetSuite Finance"_s;
    const double connectorPage =
        medianMs(repeat, [&] { (void)RunStore(**store).page(byConnector, {}, kPage + 1); });
    RunStore::Filter byFlag;
    byFlag.flags = 8; // stopped
    const double flagPage =
        medianMs(repeat, [&] { (void)RunStore(**store).page(byFlag, {}, kPage + 1); });
    RunListModel model;
    auto rows = RunStore(**store).page({}, {}, kPage);
    model.appendPage(*rows, true);
    std::printf("%-58s %9.3f ms\n", "raw sqlite3 keyset page (201 rows) of 1,000,000 runs",
                rawFirst);
    std::printf("%-58s %9.3f ms  (%.1fx raw, target <= 20x)\n",
                "RunStore::page, first page with connectors touched", page, page / rawFirst);
    std::printf("%-58s %9.3f ms  (%.1fx raw)\n",
                "  the same with opening the store (as the worker does)", openAndPage,
                openAndPage / rawFirst);
    std::printf("%-58s %9.3f ms  (%.1fx raw)\n", "  filtered by connector", connectorPage,
                connectorPage / rawFirst);
    std::printf("%-58s %9.3f ms  (%.1fx raw)\n", "  filtered by flag (stopped)", flagPage,
                flagPage / rawFirst);
    std::printf("%-58s %9.1f bytes\n", "runs list model: memory per browsed row",
                model.bytesPerRow());
    sqlite3_close(db);
    return 0;
}
