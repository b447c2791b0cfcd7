// Concurrent gates on one PostgreSQL store (issue #12, "Scale"): G airlock-gate processes,
// each in front of its own reference filesystem server, each driven by one client doing
// allowed calls (read_text_file of a small in-scope file: read power, no approval) one after
// another as fast as it can for a fixed time; against the same G clients calling G servers
// straight, in the same run. Prints allowed calls per second in total for both.
//
//   bench_pg_gates --store postgresql://… [--gates 16] [--seconds 10] [--rounds 1]
//
// Every gate call commits its evidence before the answer is handed on, so the gates' total
// is bounded by how fast the store takes concurrent appends. Needs node on PATH and
// tests/node_modules (npm ci --prefix tests).

#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/store.h"

#include "mcppeer.h"
#include "pgdurability.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QMutex>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::bench::median;
using airlock::bench::Peer;
using airlock::bench::thousands;

namespace {

const QString kConnector = u"Bench Files"_s;

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_pg_gates: %s\n", qPrintable(what));
    std::exit(1);
}

struct Outcome
{
    qint64 calls = 0;
    qint64 failed = 0;
    double seconds = 0;
    QString firstError;
};

// Starts n peers (program args), one thread each; when all are initialized, every one calls
// until the deadline. Startup is not timed.
Outcome runClients(const QString &program, const QStringList &args, int n, double seconds,
                   const QString &file)
{
    QSemaphore ready, go;
    std::atomic<qint64> calls{0}, failed{0};
    std::atomic<qint64> deadlineNs{0}, lastEndNs{0};
    QElapsedTimer clock;
    clock.start();
    QMutex errorLock;
    QString firstError;
    auto noteError = [&](const QString &message) {
        failed.fetch_add(1);
        QMutexLocker locker(&errorLock);
        if (firstError.isEmpty())
            firstError = message;
    };
    const QJsonObject params{{u"name"_s, u"read_text_file"_s},
                             {u"arguments"_s, QJsonObject{{u"path"_s, file}}}};

    QList<QThread *> threads;
    for (int k = 0; k < n; ++k) {
        threads << QThread::create([&] {
            Peer peer;
            const bool started = peer.start(program, args, /*quiet=*/true);
            if (!started)
                noteError(u"%1 did not start or initialize"_s.arg(program));
            ready.release();
            go.acquire();
            const qint64 deadline = deadlineNs.load();
            while (started && clock.nsecsElapsed() < deadline) {
                const QJsonObject answer = peer.request(u"tools/call"_s, params);
                if (!airlock::bench::callSucceeded(answer)) {
                    noteError(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
                    if (answer.isEmpty())
                        break; // no answer in 30 s: the peer is gone
                    continue;
                }
                calls.fetch_add(1);
            }
            // The window ends with the last call that counts, not with closing down.
            const qint64 ended = clock.nsecsElapsed();
            for (qint64 seen = lastEndNs.load(); ended > seen && !lastEndNs.compare_exchange_weak(seen, ended);) {
            }
            peer.stop();
        });
    }
    for (QThread *t : threads)
        t->start();
    ready.acquire(n);
    const qint64 startNs = clock.nsecsElapsed();
    deadlineNs.store(startNs + qint64(seconds * 1e9));
    go.release(n);
    // The clients stop themselves at the deadline (each finishing the call it is in); the time
    // counted ends when the last call ended, not when the peers have shut down.
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    return {calls.load(), failed.load(), (lastEndNs.load() - startNs) / 1e9, firstError};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Allowed calls per second through G concurrent gates on one store vs straight"_s);
    parser.addHelpOption();
    parser.addOption({u"store"_s, u"a PostgreSQL store URL (required)"_s, u"URL"_s});
    parser.addOption({u"gates"_s, u"concurrent gates and clients (default 16)"_s, u"G"_s, u"16"_s});
    parser.addOption({u"seconds"_s, u"seconds per measurement (default 10)"_s, u"S"_s, u"10"_s});
    parser.addOption({u"rounds"_s, u"alternating rounds; medians reported (default 1)"_s, u"N"_s,
                      u"1"_s});
    parser.process(app);

    if (!parser.isSet(u"store"_s))
        fail(u"--store postgresql://… is required"_s);
    auto parsed = StoreUrl::parse(parser.value(u"store"_s));
    if (!parsed)
        fail(parsed.message());
    if (parsed->backend != Backend::Postgres)
        fail(u"--store must be a postgresql:// URL"_s);
    bool ok = false;
    const int gates = parser.value(u"gates"_s).toInt(&ok);
    if (!ok || gates < 1 || gates > 64)
        fail(u"--gates must be a count from 1 to 64, not '%1'"_s.arg(parser.value(u"gates"_s)));
    const double seconds = parser.value(u"seconds"_s).toDouble(&ok);
    if (!ok || seconds <= 0)
        fail(u"--seconds must be a positive number, not '%1'"_s.arg(parser.value(u"seconds"_s)));
    const int rounds = parser.value(u"rounds"_s).toInt(&ok);
    if (!ok || rounds < 1)
        fail(u"--rounds must be a positive count, not '%1'"_s.arg(parser.value(u"rounds"_s)));

    const QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString server =
        QStringLiteral(AIRLOCK_SOURCE_DIR) +
        u"/tests/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"_s;
    if (node.isEmpty() || !QFile::exists(server))
        fail(u"needs node on PATH and tests/node_modules (npm ci --prefix tests)"_s);

    QTemporaryDir tmp;
    const QString root = tmp.filePath(u"files"_s);
    QDir().mkpath(root);
    const QString file = root + u"/notes.txt"_s;
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            fail(u"cannot write "_s + file);
        f.write("a short file the agent reads\n");
    }

    auto opened = Store::open(*parsed);
    if (!opened)
        fail(opened.message());
    Store &store = **opened;
    store.setActor(u"lead"_s);
    auto durability = airlock::bench::readDurability(store);
    if (!durability)
        fail(durability.message());
    const QByteArray json =
        QStringLiteral(
            R"({"name":"%1","kind":"document_source","purpose":"bench","owner":"o","permission_mode":"any_changes",
        "powers":["read","search"],"scope":[{"effect":"include","pattern":"%2/**"}],
        "identity":{"kind":"service_principal","principal":"svc-bench","credential_owner":"it"}})")
            .arg(kConnector, root)
            .toUtf8();
    auto doc = connectorDocumentFromText(json, u"bench"_s);
    if (!doc)
        fail(doc.message());
    if (auto applied = ConnectorStore(store).apply(*doc, u"bench"_s); !applied)
        fail(u"cannot set up the connector: "_s + applied.message());

    const QString gate = QStringLiteral(AIRLOCK_GATE_PATH);
    const QStringList gateArgs{u"--store"_s, parser.value(u"store"_s), u"--connector"_s,
                               kConnector,   u"--"_s,                   node,
                               server,       root};
    {
        // Discover the tools once and review them, as a lead would: then every read is allowed.
        Peer discover;
        if (!discover.start(gate, gateArgs))
            fail(u"the gate did not start"_s);
        discover.request(u"tools/list"_s, {});
        discover.stop();
        if (auto reviewed = ConnectorStore(store).recordReview(kConnector, u"bench"_s, 90); !reviewed)
            fail(u"cannot review the tools: "_s + reviewed.message());
    }

    std::printf("%d concurrent clients doing allowed tools/call (read_text_file), one call at a "
                "time each, %g s per measurement, %d round(s), medians\n",
                gates, seconds, rounds);
    std::printf("%s\n", qPrintable(durability->describe()));
    std::printf("machine: %s\n\n", qPrintable(airlock::bench::machine()));
    std::fflush(stdout);

    QList<double> raw, gated;
    qint64 failures = 0;
    qint64 eventsAppended = 0, gateCalls = 0; // what a gated call costs the log
    for (int round = 0; round < rounds; ++round) {
        const Outcome r = runClients(node, {server, root}, gates, seconds, file);
        const auto headBefore = EvidenceChain(store).headSeq();
        const Outcome g = runClients(gate, gateArgs, gates, seconds, file);
        const auto headAfter = EvidenceChain(store).headSeq();
        if (headBefore && headAfter)
            eventsAppended += *headAfter - *headBefore;
        gateCalls += g.calls;
        for (const Outcome *o : {&r, &g}) {
            if (o->failed > 0)
                std::fprintf(stderr, "%s: %lld calls failed; first: %s\n",
                             o == &r ? "straight" : "through the gates",
                             static_cast<long long>(o->failed), qPrintable(o->firstError));
            failures += o->failed;
        }
        raw << r.calls / r.seconds;
        gated << g.calls / g.seconds;
        std::fprintf(stderr, "  round %d: straight %.0f calls/s, through %d gates %.0f calls/s\n",
                     round + 1, raw.constLast(), gates, gated.constLast());
    }
    const double r = median(raw), g = median(gated);
    std::printf("| %d clients, allowed calls | straight to the servers | through %d gates, one store "
                "| gates / straight |\n",
                gates, gates);
    std::printf("|---|---:|---:|---:|\n");
    std::printf("| calls/s in total | %s | %s | %.3f× |\n", qPrintable(thousands(r)),
                qPrintable(thousands(g)), g / r);
    if (gateCalls > 0)
        std::printf("\nevidence appended by the gates: %lld events for %lld calls (%.2f per call, "
                    "with each gate's start and end of run)\n",
                    static_cast<long long>(eventsAppended), static_cast<long long>(gateCalls),
                    double(eventsAppended) / double(gateCalls));
    if (failures > 0)
        std::printf("\n%lld calls failed (see stderr); they are not counted above\n",
                    static_cast<long long>(failures));
    if (!durability->durable())
        std::printf("\n%s\n", qPrintable(durability->describe()));
    return failures > 0 ? 3 : 0;
}
