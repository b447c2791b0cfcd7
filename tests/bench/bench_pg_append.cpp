// Evidence appends on a shared PostgreSQL store with W concurrent writers (issue #12, "Scale"),
// against the same number of writers doing plain unlocked INSERTs of equivalent rows into a
// plain table on the same server, in the same run.
//
//   bench_pg_append --store postgresql://… [--writers 1,4,16,32] [--seconds 10] [--rounds 1]
//                   [--shared]
//
// Each writer is a thread with its own connection (a Store is per thread), all started
// together and stopped at the same deadline:
//   core: EvidenceChain::append on its own Store, one event per transaction, as a gate records
//         each fact (whatever the core does around it: lock, head, hash, insert, run upkeep);
//   raw:  one INSERT per transaction (autocommit) through plain QPSQL on a table with the
//         evidence table's columns, keys and indexes, and no lock, trigger or chain.
// --shared runs `setup-roles` on the database first and makes the writers an agent login, as
// the gates of a team are. The server's durability settings are read back and printed: a run
// on a server with fsync, synchronous_commit or full_page_writes off is labelled NOT DURABLE.

#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"
#include "store/storeroles.h"

#include "pgdurability.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::bench::Durability;
using airlock::bench::median;
using airlock::bench::thousands;

namespace {

const QString kWriterLogin = u"bench_append_writer"_s;
const QString kRawTable = u"bench_raw_evidence"_s;

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_pg_append: %s\n", qPrintable(what));
    std::exit(1);
}

std::unique_ptr<Store> openStore(const StoreUrl &url)
{
    auto store = Store::open(url);
    if (!store)
        fail(store.message());
    return std::move(*store);
}

// One fact a gate records for a read, about the size of a real one.
// The actor is the store's (in shared mode the database holds it to the login).
EvidenceEvent sampleEvent(const QString &id, const QString &actor, const QString &runId, qint64 i)
{
    EvidenceEvent e;
    e.eventId = id;
    e.kind = EventKind::Read;
    e.actor = actor;
    e.connector = u"Salesforce CRM"_s;
    e.runId = runId;
    e.tool = u"get_account"_s;
    e.power = Power::Read;
    e.target = u"crm:accounts/segment=smb/%1"_s.arg(i);
    e.summary = u"read account %1"_s.arg(i);
    e.payload = R"({"fields":["name","tier","renewal_date"],"rows":1})";
    e.at = QDateTime::currentDateTimeUtc();
    return e;
}

void execOrFail(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql))
        fail(u"%1: %2"_s.arg(sql, q.lastError().text()));
}

// The baseline's table: the evidence table's columns, primary key, unique event id and
// indexes, with the sequence number drawn by the server; no trigger, no lock, no chain.
void createRawTable(Store &admin)
{
    execOrFail(admin, u"DROP TABLE IF EXISTS %1"_s.arg(kRawTable));
    execOrFail(admin, uR"(CREATE TABLE %1 (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE, at BIGINT NOT NULL, kind TEXT NOT NULL,
        actor TEXT NOT NULL, connector TEXT NOT NULL DEFAULT '', run_id TEXT NOT NULL DEFAULT '',
        tool TEXT NOT NULL DEFAULT '', power TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '', result TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '',
        payload TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL, hash TEXT NOT NULL))"_s
                          .arg(kRawTable));
    execOrFail(admin, u"CREATE INDEX %1_by_run ON %1 (run_id, seq)"_s.arg(kRawTable));
    execOrFail(admin, u"CREATE INDEX %1_by_connector ON %1 (connector, seq)"_s.arg(kRawTable));
    execOrFail(admin, u"GRANT SELECT, INSERT ON %1 TO PUBLIC"_s.arg(kRawTable));
}

// Shared mode: the guards installed and a login with the agent role for the writers.
StoreUrl prepareSharedWriters(Store &admin, const StoreUrl &url)
{
    if (Status s = setupRoles(admin); !s)
        fail(u"setup-roles: "_s + s.message());
    QSqlQuery exists(admin.database());
    if (!exists.exec(u"SELECT 1 FROM pg_roles WHERE rolname = '%1'"_s.arg(kWriterLogin)))
        fail(exists.lastError().text());
    if (!exists.next())
        execOrFail(admin, u"CREATE ROLE %1 LOGIN"_s.arg(kWriterLogin));
    if (auto granted = grantStoreRole(admin, kWriterLogin, StoreRole::Agent); !granted)
        fail(u"grant agent: "_s + granted.message());
    StoreUrl writers = url;
    writers.user = kWriterLogin;
    writers.password.clear();
    return writers;
}

enum class Side { Core, Raw };

struct Outcome
{
    qint64 done = 0;
    qint64 failed = 0;
    double seconds = 0;
    QString firstError;
};

// Runs w writers of one side until the deadline; all connect first, then start together.
Outcome runWriters(const StoreUrl &url, Side side, int w, double seconds, const QString &tag)
{
    QSemaphore ready, go;
    std::atomic<qint64> done{0}, failed{0};
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

    QList<QThread *> threads;
    for (int k = 0; k < w; ++k) {
        threads << QThread::create([&, k] {
            auto store = Store::open(url);
            if (!store) {
                noteError(store.message());
                ready.release();
                return;
            }
            (*store)->setActor(u"bench@agents"_s);
            EvidenceChain chain(**store);
            const QString runId = u"bench-run-%1-w%2"_s.arg(tag).arg(k);
            if (side == Side::Core) {
                // Each writer is a gate's session: its events belong to the run it started
                // (in shared mode an agent may append only to its own runs).
                Run run;
                run.id = runId;
                run.workflow = u"bench_pg_append writer %1"_s.arg(k);
                run.trigger = u"bench"_s;
                run.identity = u"svc-bench"_s;
                if (auto started = RunStore(**store).start(run); !started) {
                    noteError(started.message());
                    ready.release();
                    return;
                }
            }
            QSqlQuery insert((*store)->database());
            insert.prepare(u"INSERT INTO %1 (event_id, at, kind, actor, connector, run_id, tool, "
                           u"power, target, result, summary, payload, prev_hash, hash) "
                           u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kRawTable));
            const QString prefix = u"%1-w%2-"_s.arg(tag).arg(k);
            const QString actor = (*store)->actor();
            QByteArray prevHash(64, '0');
            ready.release();
            go.acquire();
            const qint64 deadline = deadlineNs.load();
            for (qint64 i = 0; clock.nsecsElapsed() < deadline; ++i) {
                const EvidenceEvent e = sampleEvent(prefix + QString::number(i), actor, runId, i);
                if (side == Side::Core) {
                    if (auto r = chain.append(e); !r) {
                        noteError(r.message());
                        continue;
                    }
                } else {
                    // The same row, with a hash of the same length computed the same way.
                    const QByteArray hash = chainHash(prevHash, e);
                    insert.addBindValue(e.eventId);
                    insert.addBindValue(toDb(e.at));
                    insert.addBindValue(wordOf(e.kind));
                    insert.addBindValue(e.actor);
                    insert.addBindValue(e.connector);
                    insert.addBindValue(e.runId);
                    insert.addBindValue(e.tool);
                    insert.addBindValue(wordOf(*e.power));
                    insert.addBindValue(e.target);
                    insert.addBindValue(wordOf(e.result));
                    insert.addBindValue(e.summary);
                    insert.addBindValue(QString::fromUtf8(e.payload));
                    insert.addBindValue(QString::fromLatin1(prevHash));
                    insert.addBindValue(QString::fromLatin1(hash));
                    if (!insert.exec()) {
                        noteError(insert.lastError().text());
                        continue;
                    }
                    prevHash = hash;
                }
                done.fetch_add(1);
            }
            // The window ends with the last call that counts, not with closing down.
            const qint64 ended = clock.nsecsElapsed();
            for (qint64 seen = lastEndNs.load(); ended > seen && !lastEndNs.compare_exchange_weak(seen, ended);) {
            }
            insert.finish();
        });
    }
    for (QThread *t : threads)
        t->start();
    ready.acquire(w);
    const qint64 startNs = clock.nsecsElapsed();
    deadlineNs.store(startNs + qint64(seconds * 1e9));
    go.release(w);
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    // Until the last writer's last commit: every counted event was committed inside it.
    return {done.load(), failed.load(), (lastEndNs.load() - startNs) / 1e9, firstError};
}

QList<int> parseWriters(const QString &text)
{
    QList<int> counts;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 150)
            fail(u"--writers takes counts from 1 to 150 separated by commas, not '%1'"_s.arg(part));
        counts << n;
    }
    if (counts.isEmpty())
        fail(u"--writers names no count"_s);
    return counts;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Evidence appends through the core vs plain unlocked INSERTs, W concurrent writers each"_s);
    parser.addHelpOption();
    parser.addOption({u"store"_s, u"a PostgreSQL store URL (required)"_s, u"URL"_s});
    parser.addOption({u"writers"_s, u"writer counts (default 1,4,16,32)"_s, u"LIST"_s, u"1,4,16,32"_s});
    parser.addOption({u"seconds"_s, u"seconds per measurement (default 10)"_s, u"S"_s, u"10"_s});
    parser.addOption({u"rounds"_s, u"alternating rounds per count; medians reported (default 1)"_s,
                      u"N"_s, u"1"_s});
    parser.addOption({u"shared"_s,
                      u"run setup-roles first; the writers are a login with the agent role"_s});
    parser.process(app);

    if (!parser.isSet(u"store"_s))
        fail(u"--store postgresql://… is required"_s);
    auto parsed = StoreUrl::parse(parser.value(u"store"_s));
    if (!parsed)
        fail(parsed.message());
    if (parsed->backend != Backend::Postgres)
        fail(u"--store must be a postgresql:// URL (this measures a shared store)"_s);
    const QList<int> writerCounts = parseWriters(parser.value(u"writers"_s));
    bool ok = false;
    const double seconds = parser.value(u"seconds"_s).toDouble(&ok);
    if (!ok || seconds <= 0)
        fail(u"--seconds must be a positive number, not '%1'"_s.arg(parser.value(u"seconds"_s)));
    const int rounds = parser.value(u"rounds"_s).toInt(&ok);
    if (!ok || rounds < 1)
        fail(u"--rounds must be a positive count, not '%1'"_s.arg(parser.value(u"rounds"_s)));

    auto admin = openStore(*parsed);
    auto durability = airlock::bench::readDurability(*admin);
    if (!durability)
        fail(durability.message());
    const Durability d = *durability;
    createRawTable(*admin);
    const bool shared = parser.isSet(u"shared"_s);
    const StoreUrl writers = shared ? prepareSharedWriters(*admin, *parsed) : *parsed;

    std::printf("evidence appends on PostgreSQL %s, %s, one event per transaction\n",
                qPrintable(d.version),
                shared ? "shared mode (setup-roles; writers have the agent role)"
                       : "not shared (writers log in as the URL's user)");
    std::printf("%s\n", qPrintable(d.describe()));
    std::printf("machine: %s; %g s per measurement, %d round(s), medians\n\n",
                qPrintable(airlock::bench::machine()), seconds, rounds);
    std::fflush(stdout);

    struct Row
    {
        int w;
        double core, raw;
        qint64 coreFailed, rawFailed;
    };
    QList<Row> rows;
    const QString runTag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    for (int w : writerCounts) {
        QList<double> core, raw;
        Row row{w, 0, 0, 0, 0};
        for (int round = 0; round < rounds; ++round) {
            // Alternating, raw first, so drifting load on a shared machine hits both sides.
            const QString tag = u"%1-%2-%3"_s.arg(runTag).arg(w).arg(round);
            const Outcome r = runWriters(writers, Side::Raw, w, seconds, tag);
            const Outcome c = runWriters(writers, Side::Core, w, seconds, tag);
            for (const Outcome *o : {&r, &c}) {
                if (!o->firstError.isEmpty())
                    std::fprintf(stderr, "%s, %d writers: %lld failed; first: %s\n",
                                 o == &r ? "raw" : "core", w, static_cast<long long>(o->failed),
                                 qPrintable(o->firstError));
            }
            raw << r.done / r.seconds;
            core << c.done / c.seconds;
            row.rawFailed += r.failed;
            row.coreFailed += c.failed;
            std::fprintf(stderr, "  %2d writers, round %d: core %.0f ev/s, raw %.0f ev/s\n", w,
                         round + 1, core.constLast(), raw.constLast());
        }
        row.core = median(core);
        row.raw = median(raw);
        rows << row;
    }

    std::printf("| writers | core appends/s | raw inserts/s | core / raw |\n");
    std::printf("|---:|---:|---:|---:|\n");
    for (const Row &r : rows) {
        std::printf("| %d | %s | %s | %.3f× |\n", r.w, qPrintable(thousands(r.core)),
                    qPrintable(thousands(r.raw)), r.core / r.raw);
    }
    qint64 failures = 0;
    for (const Row &r : rows)
        failures += r.coreFailed + r.rawFailed;
    if (failures > 0)
        std::printf("\n%lld writes failed (see stderr); they are not counted above\n",
                    static_cast<long long>(failures));
    if (!d.durable())
        std::printf("\n%s\n", qPrintable(d.describe()));
    return failures > 0 ? 3 : 0;
}
