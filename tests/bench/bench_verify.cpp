// Verify costs what changed (issue #12): the whole log verified (chain walk, Merkle tree,
// checkpoints and witness: core/proof/logaudit) against a raw read of the same rows with a
// plain query and a SHA-256 of each, in the same run; then, after 1,000 more events, the
// incremental pass from the point the full one reached (core/proof/verifiedpoint) against a
// raw read of those 1,000 rows.
//
//   bench_verify --store URL [--more N] [--rounds R]
//
// The store is changed: R × N events are appended. Wall and CPU (this process) time each.

#include "proof/logaudit.h"
#include "store/evidencechain.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace airlock;

namespace {

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
    qint64 rows = 0;
};

template<typename F> Timing timed(F &&f)
{
    QElapsedTimer wall;
    const std::clock_t cpu = std::clock();
    wall.start();
    Timing t;
    t.rows = f();
    t.wallMs = double(wall.nsecsElapsed()) / 1e6;
    t.cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
    return t;
}

// The baseline: the same columns of the same rows, paged the same way, each row's text hashed
// once with SHA-256 — reading and hashing, without the canonical form, links or Merkle tree.
qint64 rawRead(Store &store, qint64 afterSeq)
{
    qint64 rows = 0;
    qint64 last = afterSeq;
    QByteArray digest;
    for (;;) {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT "_s + evidenceColumns() +
                  u" FROM evidence WHERE seq > ? ORDER BY seq LIMIT 2000"_s);
        q.addBindValue(last);
        if (!q.exec()) {
            std::fprintf(stderr, "raw read failed: %s\n", qPrintable(q.lastError().text()));
            return -1;
        }
        int page = 0;
        while (q.next()) {
            QByteArray row;
            for (int c = 0; c < 15; ++c)
                row += q.value(c).toString().toUtf8();
            digest = QCryptographicHash::hash(row, QCryptographicHash::Sha256);
            last = q.value(0).toLongLong();
            ++page;
        }
        rows += page;
        if (page < 2000)
            break;
    }
    return digest.isEmpty() && rows > 0 ? -1 : rows;
}

bool appendMore(Store &store, int n, int round)
{
    EvidenceChain chain(store);
    return bool(store.write([&]() -> Status {
        for (int i = 0; i < n; ++i) {
            EvidenceEvent e;
            e.kind = EventKind::Read;
            e.actor = u"bench@agents"_s;
            e.connector = u"Salesforce CRM"_s;
            e.tool = u"get_account"_s;
            e.power = Power::Read;
            e.target = u"crm:accounts/%1-%2"_s.arg(round).arg(i);
            e.summary = u"read account %1"_s.arg(i);
            e.payload = R"({"rows":1})";
            if (auto r = chain.append(e); !r)
                return r.status();
        }
        return {};
    }));
}

void print(const char *what, const Timing &t, const Timing &base)
{
    std::printf("%-44s %10lld rows %10.1f ms wall %10.1f ms cpu   %6.2fx raw (wall)\n", what,
                (long long)t.rows, t.wallMs, t.cpuMs,
                base.wallMs > 0 ? t.wallMs / base.wallMs : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Full and incremental verify against a raw read of the same rows."_s);
    parser.addHelpOption();
    parser.addOption({u"store"_s, u"The store (it is appended to)."_s, u"url"_s});
    parser.addOption(
        {u"more"_s, u"Events appended before each incremental pass (1000)."_s, u"n"_s, u"1000"_s});
    parser.addOption({u"rounds"_s, u"Incremental rounds (5)."_s, u"r"_s, u"5"_s});
    parser.process(app);
    auto url = StoreUrl::parse(parser.value(u"store"_s));
    if (!url) {
        std::fprintf(stderr, "%s\n", qPrintable(url.message()));
        return 2;
    }
    auto opened = Store::open(*url);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Store &store = **opened;
    store.setActor(u"bench@agents"_s);
    const int more = parser.value(u"more"_s).toInt();
    const int rounds = parser.value(u"rounds"_s).toInt();

    AuditOptions quiet;
    quiet.rememberWitness = false; // the benchmark leaves this machine's witnesses alone
    const Timing raw = timed([&] { return rawRead(store, 0); });
    print("raw read + sha256 of every row", raw, raw);
    Result<LogAudit> full = Error{};
    const Timing fullT = timed([&] {
        full = auditLog(store, quiet);
        return full ? full->rowsRead : -1;
    });
    if (!full || !full->report.intact || !full->reached.isValid()) {
        std::fprintf(stderr, "full verify failed: %s\n",
                     full ? qPrintable(full->report.problem) : qPrintable(full.message()));
        return 1;
    }
    print("full verify (auditLog)", fullT, raw);

    VerifiedPoint point = full->reached;
    QList<double> incWall, incCpu, rawWall, rawCpu;
    qint64 incRows = 0, rawRows = 0;
    for (int r = 0; r < rounds; ++r) {
        const qint64 before = point.headSeq;
        if (!appendMore(store, more, r)) {
            std::fprintf(stderr, "append failed\n");
            return 1;
        }
        const Timing rawTail = timed([&] { return rawRead(store, before); });
        AuditOptions since = quiet;
        since.since = &point;
        Result<LogAudit> inc = Error{};
        const Timing incT = timed([&] {
            inc = auditLog(store, since);
            return inc ? inc->rowsRead : -1;
        });
        if (!inc || !inc->report.intact || !inc->incremental) {
            std::fprintf(stderr, "incremental verify failed: %s\n",
                         inc ? qPrintable(inc->report.problem) : qPrintable(inc.message()));
            return 1;
        }
        point = inc->reached;
        incWall << incT.wallMs;
        incCpu << incT.cpuMs;
        rawWall << rawTail.wallMs;
        rawCpu << rawTail.cpuMs;
        incRows = incT.rows;
        rawRows = rawTail.rows;
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
    };
    const Timing rawTail{median(rawWall), median(rawCpu), rawRows};
    const Timing incT{median(incWall), median(incCpu), incRows};
    std::printf("after %d more events, median of %d rounds:\n", more, rounds);
    print("raw read + sha256 of the new rows", rawTail, rawTail);
    print("incremental verify (from the verified point)", incT, rawTail);
    std::printf("log size now %lld events\n", (long long)point.size);
    return 0;
}
