// Gateway overhead on a tool call that needs no approval: one allowed tools/call
// (read_text_file on a small file, in scope) through airlock-gate — policy decision, the
// evidence of the call written before it is forwarded and of its result after, both with
// synchronous=FULL — against the same call sent straight to the same server, both measured
// in the same run with the same minimal JSON-RPC client (one request at a time).
//
//   bench_gate [--calls N] [--store URL]
//
// Needs node on PATH and tests/node_modules (npm ci --prefix tests).

#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/store.h"
#include "store/toolstore.h"

#include "mcppeer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::bench::Peer;

namespace {

const QString kConnector = u"Bench Files"_s;

struct Figures
{
    double median = 0, p95 = 0;
};

Figures figuresOf(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(qsizetype(ms.size() * 0.95))};
}

// Times n allowed calls; false if one fails.
bool timeCalls(Peer &peer, const QString &file, int n, QList<double> *ms)
{
    const QJsonObject params{{u"name"_s, u"read_text_file"_s},
                             {u"arguments"_s, QJsonObject{{u"path"_s, file}}}};
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        t.start();
        const QJsonObject r = peer.request(u"tools/call"_s, params);
        const double elapsed = t.nsecsElapsed() / 1e6;
        if (!airlock::bench::callSucceeded(r)) {
            std::fprintf(stderr, "call failed: %s\n",
                         QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
            return false;
        }
        *ms << elapsed;
    }
    return true;
}

// The floor under any durable record: one bare sqlite3 INSERT committed on its own in a WAL
// file with synchronous=FULL, in the same folder.
Figures durableCommit(const QString &path, int n)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t (x TEXT)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
        db, "INSERT INTO t VALUES ('an evidence event of about this size, give or take')", -1,
        &insert, nullptr);
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        t.start();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        ms << t.nsecsElapsed() / 1e6;
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return figuresOf(ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"calls"_s, u"calls measured per side (default 300)"_s, u"N"_s, u"300"_s});
    parser.addOption(
        {u"store"_s, u"store URL (default: a SQLite file in a temporary folder)"_s, u"URL"_s});
    parser.process(app);
    const int calls = qMax(20, parser.value(u"calls"_s).toInt());

    const QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString server =
        QStringLiteral(AIRLOCK_SOURCE_DIR) +
        u"/tests/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"_s;
    if (node.isEmpty() || !QFile::exists(server)) {
        std::fprintf(
            stderr,
            "bench_gate needs node on PATH and tests/node_modules (npm ci --prefix tests)\n");
        return 1;
    }
    QTemporaryDir tmp;
    const QString root = tmp.filePath(u"files"_s);
    QDir().mkpath(root);
    const QString file = root + u"/notes.txt"_s;
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("a short file the agent reads\n");
    }
    const QString storeText = parser.isSet(u"store"_s)
                                  ? parser.value(u"store"_s)
                                  : u"sqlite://"_s + tmp.filePath(u"bench.db"_s);
    auto parsedUrl = StoreUrl::parse(storeText);
    if (!parsedUrl) {
        std::fprintf(stderr, "%s\n", qPrintable(parsedUrl.message()));
        return 1;
    }
    const StoreUrl url = *parsedUrl;
    auto store = Store::open(url);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        return 1;
    }
    (*store)->setActor(u"lead"_s);
    const QByteArray json =
        QStringLiteral(
            R"({"name":"%1","kind":"document_source","purpose":"bench","owner":"o","permission_mode":"any_changes",
        "powers":["read","search"],"scope":[{"effect":"include","pattern":"%2/**"}],
        "identity":{"kind":"service_principal","principal":"svc-bench","credential_owner":"it"}})")
            .arg(kConnector, root)
            .toUtf8();
    auto doc = connectorDocumentFromText(json, u"bench"_s);
    if (!doc || !ConnectorStore(**store).apply(*doc, u"bench"_s)) {
        std::fprintf(stderr, "cannot set up the connector\n");
        return 1;
    }
    const QString gate = QStringLiteral(AIRLOCK_GATE_PATH);
    const QStringList gateArgs{u"--store"_s, storeText, u"--connector"_s, kConnector,
                               u"--"_s,      node,      server,           root};
    {
        // Discover the tools once and review them, as a lead would.
        Peer discover;
        if (!discover.start(gate, gateArgs))
            return 1;
        discover.request(u"tools/list"_s, {});
        discover.stop();
        if (!ToolStore(**store).markReviewed(kConnector))
            return 1;
    }

    Peer raw, gated;
    if (!raw.start(node, {server, root}) || !gated.start(gate, gateArgs)) {
        std::fprintf(stderr, "cannot start the peers\n");
        return 1;
    }
    QList<double> warm, rawMs, gateMs;
    if (!timeCalls(raw, file, 20, &warm) || !timeCalls(gated, file, 20, &warm))
        return 1;
    // Interleaved in blocks so that drift in the machine's load hits both sides alike.
    for (int done = 0; done < calls; done += 50) {
        const int n = qMin(50, calls - done);
        if (!timeCalls(raw, file, n, &rawMs) || !timeCalls(gated, file, n, &gateMs))
            return 1;
    }
    raw.stop();
    gated.stop();

    const Figures r = figuresOf(rawMs), g = figuresOf(gateMs);
    const Figures commit = durableCommit(tmp.filePath(u"floor.db"_s), 100);
    std::printf("store: %s\n",
                qPrintable(url.backend == Backend::Sqlite ? u"SQLite file (WAL, synchronous=FULL)"_s
                                                          : u"PostgreSQL"_s));
    std::printf("allowed tools/call, %d calls each side, one at a time\n", calls);
    std::printf("  straight to the server: median %.3f ms, p95 %.3f ms\n", r.median, r.p95);
    std::printf("  through airlock-gate:   median %.3f ms, p95 %.3f ms\n", g.median, g.p95);
    std::printf("  overhead: %.3f ms per call; ratio %.2fx (median), %.2fx (p95)\n",
                g.median - r.median, g.median / r.median, g.p95 / r.p95);
    std::printf("  one bare durable SQLite commit here (WAL, synchronous=FULL): median %.3f ms;\n"
                "  the gate's overhead is %.2fx that floor (reads: one evidence commit per call)\n",
                commit.median, (g.median - r.median) / commit.median);
    return 0;
}
