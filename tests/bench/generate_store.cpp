// Seeded generator of large stores for benchmarks:
//
//   airlock-generate-store --store URL [--runs N] [--events-per-run K] [--big-run-events M]
//                          [--seed S]
//
// Writes N runs (default 1,000,000) with K evidence events each (default 2: started and
// ended), plus one run with M events (default 10,000) for timeline benchmarks, all on a valid
// hash chain, in transactions of 20,000 rows. The same seed gives the same store.

#include "runs/runflags.h"
#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace airlock;

namespace {

const QStringList kWorkflows = {u"support routing"_s, u"invoice checking"_s, u"crm follow-ups"_s};
const QStringList kConnectors = {u"Zendesk Help Desk"_s, u"NetSuite Finance"_s, u"Salesforce CRM"_s};
const QStringList kStatuses = {u"succeeded"_s, u"succeeded"_s, u"succeeded"_s, u"failed"_s, u"blocked"_s, u"stopped"_s};

class Generator
{
public:
    Generator(Store &store, quint32 seed) : store_(store), rng_(seed) {}

    Status init()
    {
        auto head = EvidenceChain(store_).headSeq();
        if (!head)
            return head.status();
        seq_ = *head;
        prev_ = kGenesisHash;
        if (seq_ > 0) {
            auto last = EvidenceChain(store_).bySeq(seq_);
            if (!last)
                return last.status();
            prev_ = last->hash;
        }
        return {};
    }

    Status event(const QString &runId, qint64 at, EventKind kind, const QString &connector, const QString &summary)
    {
        EvidenceEvent e;
        e.seq = ++seq_;
        e.eventId = u"gen-%1"_s.arg(e.seq);
        e.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        e.kind = kind;
        e.actor = u"generator@agents"_s;
        e.connector = connector;
        e.runId = runId;
        e.tool = kind == EventKind::Read ? u"get_record"_s : QString();
        e.power = kind == EventKind::Read ? std::optional<Power>(Power::Read) : std::nullopt;
        e.target = kind == EventKind::Read ? u"records/%1"_s.arg(rng_.bounded(100000)) : QString();
        e.summary = summary;
        e.payload = "{}";
        e.prevHash = prev_;
        e.hash = chainHash(prev_, e);
        prev_ = e.hash;
        auto q = store_.exec(u"INSERT INTO evidence (seq, event_id, at, kind, actor, connector, run_id, tool, power, "
                             u"target, result, summary, payload, prev_hash, hash) VALUES "
                             u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {e.seq, e.eventId, at, wordOf(e.kind), e.actor, e.connector, e.runId, e.tool,
                              e.power ? wordOf(*e.power) : QString(), e.target, wordOf(e.result), e.summary,
                              QString::fromUtf8(e.payload), QString::fromLatin1(e.prevHash),
                              QString::fromLatin1(e.hash)});
        return q.status();
    }

    Status run(qint64 index, qint64 startMs, int events)
    {
        const QString id = u"gen-run-%1"_s.arg(index, 8, 10, QLatin1Char('0'));
        const int w = int(rng_.bounded(kWorkflows.size()));
        const QString status = kStatuses.at(int(rng_.bounded(kStatuses.size())));
        const qint64 endMs = startMs + 1000 * qint64(events) + rng_.bounded(60000);
        auto q = store_.exec(u"INSERT INTO runs (id, workflow, trigger_desc, identity, started_at, ended_at, status, "
                             u"stop_reason, stopped_at_seq, tokens_in, tokens_out, cost, model, flags, started_by) VALUES "
                             u"(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)"_s,
                             {id, kWorkflows.at(w), u"schedule"_s, u"svc-workflows"_s, startMs, endMs, status,
                              status == u"succeeded"_s ? QString() : u"generated stop"_s,
                              qint64(rng_.bounded(5000)), qint64(rng_.bounded(2000)), rng_.bounded(1.0),
                              u"model-a"_s, runFlagsOf(parseWord<RunStatus>(status).value_or(RunStatus::Failed)),
                              store_.actor()});
        if (!q)
            return q.status();
        // What EvidenceChain::append keeps for the runs list (migration 3).
        auto rc = store_.exec(u"INSERT INTO run_connectors (run_id, connector, started_at) VALUES (?, ?, ?)"_s,
                              {id, kConnectors.at(w), startMs});
        if (!rc)
            return rc.status();
        for (int i = 0; i < events; ++i) {
            const EventKind kind = i == 0 ? EventKind::RunStarted : i == events - 1 ? EventKind::RunEnded : EventKind::Read;
            const qint64 at = startMs + (endMs - startMs) * i / qMax(1, events - 1);
            if (Status s = event(id, at, kind, kConnectors.at(w), u"generated event %1"_s.arg(i)); !s)
                return s;
        }
        return {};
    }

private:
    Store &store_;
    QRandomGenerator rng_;
    qint64 seq_ = 0;
    QByteArray prev_;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"store"_s, u"store URL"_s, u"URL"_s});
    parser.addOption({u"runs"_s, u"number of runs"_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"events-per-run"_s, u"events per run (≥ 2)"_s, u"K"_s, u"2"_s});
    parser.addOption({u"big-run-events"_s, u"events of the one big run (0 = none)"_s, u"M"_s, u"10000"_s});
    parser.addOption({u"seed"_s, u"generator seed"_s, u"S"_s, u"1"_s});
    parser.process(app);
    if (!parser.isSet(u"store"_s)) {
        std::fprintf(stderr, "airlock-generate-store: --store URL is required\n");
        return 2;
    }
    auto url = StoreUrl::parse(parser.value(u"store"_s));
    if (!url) {
        std::fprintf(stderr, "airlock-generate-store: %s\n", qPrintable(url.message()));
        return 2;
    }
    auto store = Store::open(*url);
    if (!store) {
        std::fprintf(stderr, "airlock-generate-store: %s\n", qPrintable(store.message()));
        return 1;
    }
    const qint64 runs = parser.value(u"runs"_s).toLongLong();
    const int perRun = qMax(2, parser.value(u"events-per-run"_s).toInt());
    const int big = parser.value(u"big-run-events"_s).toInt();
    Generator gen(**store, parser.value(u"seed"_s).toUInt());
    if (Status s = gen.init(); !s) {
        std::fprintf(stderr, "airlock-generate-store: %s\n", qPrintable(s.message()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - runs * 30000;
    constexpr qint64 kRowsPerWrite = 20000;
    qint64 done = 0;
    while (done < runs) {
        const qint64 chunk = qMin(runs - done, qMax<qint64>(1, kRowsPerWrite / perRun));
        const Status s = (*store)->write([&]() -> Status {
            for (qint64 i = done; i < done + chunk; ++i) {
                if (Status r = gen.run(i, t0 + i * 30000, perRun); !r)
                    return r;
            }
            return {};
        });
        if (!s) {
            std::fprintf(stderr, "airlock-generate-store: %s\n", qPrintable(s.message()));
            return 1;
        }
        done += chunk;
        std::fprintf(stderr, "\r%lld / %lld runs", done, runs);
    }
    if (big > 0) {
        const Status s = (*store)->write([&] { return gen.run(runs, t0 + runs * 30000, big); });
        if (!s) {
            std::fprintf(stderr, "airlock-generate-store: %s\n", qPrintable(s.message()));
            return 1;
        }
    }
    std::fprintf(stderr, "\n");
    std::printf("generated %lld runs (+%s) in %.1f s; big run id gen-run-%08lld\n", runs,
                big > 0 ? qPrintable(u"1 run of %1 events"_s.arg(big)) : "no big run", t.elapsed() / 1000.0, runs);
    return 0;
}
