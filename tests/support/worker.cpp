// airlock-test-worker: one racer of the multi-process suites (tst_concurrency).
//
//   airlock-test-worker STORE_URL ACTOR MODE ARGS...
//
//   append N TAG [PAUSE_US] appends N evidence events TAG-1 … TAG-N, each in its own write,
//                           printing "EVENT_ID SEQ" after each one committed, pausing
//                           PAUSE_US microseconds between appends (like a workflow doing work
//                           between events; it lets waiting writers in)
//   append-forever TAG      the same without end (the parent kills it)
//   decide ID[,ID...]       approves each request through ApprovalQueue::decide, printing
//                           "won ID" or "lost ID MESSAGE" (a conflict: someone decided first)
//                           or "denied ID MESSAGE" (the database's roles refused)
//   naive-decide ID[,ID...] the negative control: a deliberately broken read-then-write
//                           without the status guard or the writer lock, printing "won ID"
//                           or "lost ID"
//
// With AIRLOCK_WORKER_GATE set, the worker opens the store, prints "ready" and waits until
// that file exists, so that racers start together. Every line is flushed at once: a parent
// that kills the worker still knows what it reported. Exit 0 on success; 1 with a message
// on stderr on error.

#include "clock.h"
#include "domain/evidenceevent.h"
#include "store/approvalqueue.h"
#include "store/evidencechain.h"
#include "store/store.h"
#include "store/storeurl.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace airlock;

namespace {

// How long the naive control sleeps between its read and its write: it widens the window
// in which another worker reads the same 'pending' row.
constexpr unsigned long kNaiveWindowMs = 5;
// A gate that never opens is the parent's bug; do not wait forever for it.
constexpr int kGateTimeoutMs = 60000;

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs("airlock-test-worker: ", stderr);
    std::fputs(message.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
    return 1;
}

int usage()
{
    return fail(
        u"usage: airlock-test-worker STORE_URL ACTOR "
        u"(append N TAG [PAUSE_US] | append-forever TAG | decide ID[,ID...] | naive-decide ID[,ID...])"_s);
}

// Waits for the start gate when the parent asked for one.
bool passGate(QString *error)
{
    const QString gate = qEnvironmentVariable("AIRLOCK_WORKER_GATE");
    if (gate.isEmpty())
        return true;
    say(u"ready"_s);
    QDeadlineTimer deadline(kGateTimeoutMs);
    while (!QFileInfo::exists(gate)) {
        if (deadline.hasExpired()) {
            *error = u"the start gate %1 did not open within %2 ms"_s.arg(gate).arg(kGateTimeoutMs);
            return false;
        }
        QThread::msleep(1);
    }
    return true;
}

int append(Store &store, const QString &tag, qint64 count, unsigned long pauseUs)
{
    EvidenceChain chain(store);
    for (qint64 i = 1; count < 0 || i <= count; ++i) {
        EvidenceEvent e;
        e.eventId = u"%1-%2"_s.arg(tag).arg(i);
        e.kind = EventKind::Output;
        e.connector = u"worker"_s;
        e.tool = u"append"_s;
        e.target = u"test:%1"_s.arg(tag);
        e.summary = u"event %1 of worker %2"_s.arg(QString::number(i), tag);
        e.payload =
            QJsonDocument(QJsonObject{{u"tag"_s, tag}, {u"i"_s, i}}).toJson(QJsonDocument::Compact);
        auto recorded = chain.append(e);
        if (!recorded)
            return fail(u"append %1: %2"_s.arg(e.eventId, recorded.message()));
        say(u"%1 %2"_s.arg(recorded->eventId, QString::number(recorded->seq)));
        if (pauseUs > 0)
            QThread::usleep(pauseUs);
    }
    return 0;
}

int decide(Store &store, const QStringList &ids)
{
    ApprovalQueue queue(store);
    for (const QString &id : ids) {
        ApprovalQueue::Decision d;
        d.approve = true;
        d.note = u"approved by %1"_s.arg(store.actor());
        auto decided = queue.decide(id, d);
        if (decided) {
            say(u"won "_s + id);
        } else if (decided.code() == ErrorCode::Conflict) {
            say(u"lost %1 %2"_s.arg(id, decided.message()));
        } else if (decided.code() == ErrorCode::Denied) {
            // A login without the right role (tst_roles): the database refused.
            say(u"denied %1 %2"_s.arg(id, decided.message()));
        } else {
            return fail(u"decide %1: %2"_s.arg(id, decided.message()));
        }
    }
    return 0;
}

// THE NEGATIVE CONTROL. Deliberately wrong: it reads the status, then writes without a
// status guard, outside the writer lock, in autocommit. Never use this shape in Airlock.
int naiveDecide(Store &store, const QStringList &ids)
{
    QSqlDatabase db = store.database();
    for (const QString &id : ids) {
        QString status;
        {
            QSqlQuery read(db);
            read.prepare(u"SELECT status FROM approvals WHERE id = ?"_s);
            read.addBindValue(id);
            if (!read.exec())
                return fail(u"naive read of %1: %2"_s.arg(id, read.lastError().text()));
            if (!read.next())
                return fail(u"naive read: no approval request with id '%1'"_s.arg(id));
            status = read.value(0).toString();
            read.finish(); // end the read so the write below is a separate autocommit statement
        }
        if (status != u"pending"_s) {
            say(u"lost "_s + id);
            continue;
        }
        QThread::msleep(kNaiveWindowMs);
        QSqlQuery write(db);
        write.prepare(
            u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = ? WHERE id = ?"_s);
        write.addBindValue(store.actor());
        write.addBindValue(toDb(currentTime()));
        write.addBindValue(id);
        if (!write.exec())
            return fail(u"naive write of %1: %2"_s.arg(id, write.lastError().text()));
        say(u"won "_s + id);
    }
    return 0;
}

int run(const QStringList &args)
{
    if (args.size() < 4)
        return usage();
    const QString &urlText = args.at(1);
    const QString &actor = args.at(2);
    const QString &mode = args.at(3);
    const QStringList rest = args.mid(4);

    qint64 count = -1;
    unsigned long pauseUs = 0;
    QString tag;
    QStringList ids;
    if (mode == u"append"_s) {
        bool ok = false;
        if (rest.size() != 2 && rest.size() != 3)
            return usage();
        count = rest.at(0).toLongLong(&ok);
        if (!ok || count < 0)
            return fail(u"append: N must be a whole number ≥ 0, not '%1'"_s.arg(rest.at(0)));
        tag = rest.at(1);
        if (rest.size() == 3) {
            pauseUs = rest.at(2).toULong(&ok);
            if (!ok)
                return fail(
                    u"append: PAUSE_US must be a whole number ≥ 0, not '%1'"_s.arg(rest.at(2)));
        }
    } else if (mode == u"append-forever"_s) {
        if (rest.size() != 1)
            return usage();
        tag = rest.at(0);
    } else if (mode == u"decide"_s || mode == u"naive-decide"_s) {
        if (rest.size() != 1)
            return usage();
        ids = rest.at(0).split(u',', Qt::SkipEmptyParts);
        if (ids.isEmpty())
            return fail(u"%1: no request ids given"_s.arg(mode));
    } else {
        return usage();
    }

    auto url = StoreUrl::parse(urlText);
    if (!url)
        return fail(url.message());
    auto opened = Store::open(*url);
    if (!opened)
        return fail(opened.message());
    std::unique_ptr<Store> store = std::move(*opened);
    store->setActor(actor);

    QString gateError;
    if (!passGate(&gateError))
        return fail(gateError);

    if (mode == u"append"_s || mode == u"append-forever"_s)
        return append(*store, tag, count, pauseUs);
    if (mode == u"decide"_s)
        return decide(*store, ids);
    return naiveDecide(*store, ids);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return run(QCoreApplication::arguments());
}
