// Evidence append throughput through the core (EvidenceChain::append: idempotency check,
// chain head under the writer lock, SHA-256, insert) against raw prepared sqlite3 inserts
// of precomputed rows into the same schema, in the same run, on the same kind of file.
//
//   bench_append [--events N] [--dir PATH]
//
// Two shapes: one transaction per event (what a gateway does: each fact is durable before
// the next step) and batches of 500 events per transaction.

#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace airlock;

namespace {

EvidenceEvent sampleEvent(int i)
{
    EvidenceEvent e;
    e.eventId = u"bench-%1"_s.arg(i);
    e.kind = EventKind::Read;
    e.actor = u"bench@agents"_s;
    e.connector = u"Salesforce CRM"_s;
    e.runId = u"run-bench"_s;
    e.tool = u"get_account"_s;
    e.power = Power::Read;
    e.target = u"crm:accounts/segment=smb/%1"_s.arg(i);
    e.summary = u"read account %1"_s.arg(i);
    e.payload = R"({"fields":["name","tier","renewal_date"],"rows":1})";
    e.at = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000 + i, Qt::UTC);
    return e;
}

double viaCore(const QString &path, int n, int batch)
{
    StoreUrl url;
    url.path = path;
    auto store = Store::open(url);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        std::exit(1);
    }
    (*store)->setActor(u"bench@agents"_s);
    EvidenceChain chain(**store);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; i += batch) {
        const Status s = (*store)->write([&]() -> Status {
            for (int j = i; j < qMin(n, i + batch); ++j) {
                if (auto r = chain.append(sampleEvent(j)); !r)
                    return r.status();
            }
            return {};
        });
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
            std::exit(1);
        }
    }
    return t.nsecsElapsed() / 1e9;
}

void check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
}

// Same schema (created by Store::open), same pragmas, rows and hashes computed beforehand.
double raw(const QString &path, int n, int batch)
{
    {
        StoreUrl url;
        url.path = path;
        if (!Store::open(url)) // creates the schema
            std::exit(1);
    }
    QList<QVariantList> rows;
    QByteArray prev = kGenesisHash;
    for (int i = 0; i < n; ++i) {
        EvidenceEvent e = sampleEvent(i);
        e.seq = i + 1;
        e.prevHash = prev;
        e.hash = chainHash(prev, e);
        prev = e.hash;
        rows.append({e.seq, e.eventId, e.at.toMSecsSinceEpoch(), wordOf(e.kind), e.actor, e.connector,
                     e.runId, e.tool, wordOf(*e.power), e.target, wordOf(e.result), e.summary,
                     QString::fromUtf8(e.payload), QString::fromLatin1(e.prevHash),
                     QString::fromLatin1(e.hash)});
    }
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.toUtf8().constData(), &db), db);
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr), db);
    sqlite3_stmt *insert = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO evidence (seq, event_id, at, kind, actor, connector, run_id, tool, "
                             "power, target, result, summary, payload, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             -1, &insert, nullptr),
          db);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; i += batch) {
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db);
        for (int j = i; j < qMin(n, i + batch); ++j) {
            const QVariantList &r = rows.at(j);
            for (int c = 0; c < r.size(); ++c) {
                if (c == 0 || c == 2) {
                    sqlite3_bind_int64(insert, c + 1, r.at(c).toLongLong());
                } else {
                    const QByteArray text = r.at(c).toString().toUtf8();
                    sqlite3_bind_text(insert, c + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                }
            }
            check(sqlite3_step(insert), db);
            sqlite3_reset(insert);
        }
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    }
    const double secs = t.nsecsElapsed() / 1e9;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return secs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"events"_s, u"events per measurement (default 2000)"_s, u"N"_s, u"2000"_s});
    parser.addOption({u"dir"_s, u"folder for the store files (default: a temporary folder)"_s, u"PATH"_s});
    parser.process(app);
    const int n = parser.value(u"events"_s).toInt();
    QTemporaryDir tmp(parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) + u"/bench-XXXXXX"_s : QString());
    std::printf("evidence append, %d events, SQLite (WAL, synchronous=FULL)\n", n);
    std::printf("%-28s %12s %12s %8s\n", "shape", "core ev/s", "raw ev/s", "ratio");
    constexpr int kRounds = 5; // fsync times on a shared machine are noisy: report medians
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    for (int batch : {1, 500}) {
        QList<double> rawSecs, coreSecs;
        // Alternate the two sides so drifting load does not favour one of them.
        for (int round = 0; round < kRounds; ++round) {
            rawSecs << raw(tmp.filePath(u"raw-%1-%2.db"_s.arg(batch).arg(round)), n, batch);
            coreSecs << viaCore(tmp.filePath(u"core-%1-%2.db"_s.arg(batch).arg(round)), n, batch);
        }
        const double r = median(rawSecs), c = median(coreSecs);
        std::printf("%-28s %12.0f %12.0f %7.2fx\n",
                    batch == 1 ? "one transaction per event" : "500 events per transaction", n / c,
                    n / r, c / r);
    }
    std::printf("medians of %d alternating rounds; ratio = core time / raw time (1.00x = no overhead)\n", kRounds);
    return 0;
}
