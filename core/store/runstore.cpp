#include "runstore.h"

#include "clock.h"
#include "evidencechain.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
const QString kColumns = u"id, workflow, trigger_desc, identity, started_at, ended_at, status, "
                         u"stop_reason, stopped_at_seq, tokens_in, tokens_out, cost, model"_s;

Run readRun(const QSqlQuery &q)
{
    Run r;
    r.id = q.value(0).toString();
    r.workflow = q.value(1).toString();
    r.trigger = q.value(2).toString();
    r.identity = q.value(3).toString();
    r.startedAt = timeFromDb(q.value(4));
    r.endedAt = timeFromDb(q.value(5));
    r.status = parseWord<RunStatus>(q.value(6).toString()).value_or(RunStatus::Failed);
    r.stopReason = q.value(7).toString();
    r.stoppedAtSeq = q.value(8).toLongLong();
    r.tokensIn = q.value(9).toLongLong();
    r.tokensOut = q.value(10).toLongLong();
    r.cost = q.value(11).toDouble();
    r.model = q.value(12).toString();
    return r;
}
} // namespace

Result<Run> RunStore::start(Run run)
{
    if (run.id.isEmpty())
        run.id = newId();
    if (run.workflow.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, u"a run needs a workflow name"_s};
    if (!run.startedAt.isValid())
        run.startedAt = currentTime();
    const Status s = store_.write([&]() -> Status {
        auto existing = store_.exec(u"SELECT "_s + kColumns + u" FROM runs WHERE id = ?"_s, {run.id});
        if (!existing)
            return existing.status();
        if ((*existing)->next()) {
            run = readRun(**existing);
            (*existing)->finish();
            return {};
        }
        auto q = store_.exec(
            u"INSERT INTO runs (id, workflow, trigger_desc, identity, started_at, ended_at, status, "
            u"stop_reason, stopped_at_seq, tokens_in, tokens_out, cost, model) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {run.id, run.workflow, run.trigger, run.identity, toDb(run.startedAt), toDb(run.endedAt),
             wordOf(run.status), run.stopReason, run.stoppedAtSeq, run.tokensIn, run.tokensOut,
             run.cost, run.model});
        if (!q)
            return q.status();
        store_.touch(u"runs"_s);
        EvidenceEvent e;
        e.kind = EventKind::RunStarted;
        e.at = run.startedAt;
        e.runId = run.id;
        e.eventId = run.id + u":started"_s;
        e.summary = u"%1 started by %2"_s.arg(run.workflow, run.trigger.isEmpty() ? u"(unknown trigger)"_s : run.trigger);
        e.payload = QJsonDocument(QJsonObject{{u"workflow"_s, run.workflow},
                                              {u"trigger"_s, run.trigger},
                                              {u"identity"_s, run.identity},
                                              {u"model"_s, run.model}})
                        .toJson(QJsonDocument::Compact);
        return EvidenceChain(store_).append(e).status();
    });
    if (!s)
        return s.error();
    return run;
}

Status RunStore::finish(const QString &id, RunStatus status, const QString &stopReason,
                        qint64 stoppedAtSeq)
{
    if (status == RunStatus::Running || status == RunStatus::WaitingApproval)
        return Status::failure(ErrorCode::InvalidArgument,
                               u"a run cannot finish as %1"_s.arg(wordOf(status)));
    return store_.write([&]() -> Status {
        auto run = get(id);
        if (!run)
            return run.status();
        if (run->endedAt.isValid())
            return run->status == status ? Status()
                                         : Status::failure(ErrorCode::Conflict,
                                                           u"run %1 already ended as %2"_s.arg(id, wordOf(run->status)));
        const QDateTime now = currentTime();
        auto q = store_.exec(u"UPDATE runs SET status = ?, ended_at = ?, stop_reason = ?, stopped_at_seq = ? WHERE id = ?"_s,
                             {wordOf(status), toDb(now), stopReason, stoppedAtSeq, id});
        if (!q)
            return q.status();
        store_.touch(u"runs"_s);
        EvidenceEvent e;
        e.kind = EventKind::RunEnded;
        e.runId = id;
        e.eventId = id + u":ended"_s;
        e.at = now;
        e.result = status == RunStatus::Succeeded ? EventResult::Success
                 : status == RunStatus::Blocked    ? EventResult::Blocked
                                                   : EventResult::Failure;
        e.summary = stopReason.isEmpty() ? u"run %1"_s.arg(wordOf(status))
                                         : u"run %1: %2"_s.arg(wordOf(status), stopReason);
        return EvidenceChain(store_).append(e).status();
    });
}

Status RunStore::setStatus(const QString &id, RunStatus status)
{
    return store_.write([&]() -> Status {
        auto q = store_.exec(u"UPDATE runs SET status = ? WHERE id = ? AND ended_at IS NULL"_s,
                             {wordOf(status), id});
        if (!q)
            return q.status();
        store_.touch(u"runs"_s);
        return {};
    });
}

Status RunStore::addUsage(const QString &id, qint64 tokensIn, qint64 tokensOut, double cost)
{
    return store_.write([&]() -> Status {
        auto q = store_.exec(u"UPDATE runs SET tokens_in = tokens_in + ?, tokens_out = tokens_out + ?, cost = cost + ? WHERE id = ?"_s,
                             {tokensIn, tokensOut, cost, id});
        if (!q)
            return q.status();
        store_.touch(u"runs"_s);
        return {};
    });
}

Result<Run> RunStore::get(const QString &id)
{
    auto q = store_.exec(u"SELECT "_s + kColumns + u" FROM runs WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{ErrorCode::NotFound, u"no run with id '%1'"_s.arg(id)};
    Run r = readRun(**q);
    (*q)->finish();
    return r;
}

Result<QList<Run>> RunStore::page(const Filter &filter, const Cursor &after, int limit)
{
    QString sql = u"SELECT "_s + kColumns + u" FROM runs WHERE 1 = 1"_s;
    QVariantList binds;
    if (filter.status) {
        sql += u" AND status = ?"_s;
        binds << wordOf(*filter.status);
    }
    if (!filter.workflow.isEmpty()) {
        sql += u" AND workflow = ?"_s;
        binds << filter.workflow;
    }
    if (after.isValid()) {
        // Row-value comparison works on both back ends and uses the (started_at, id) index.
        sql += u" AND (started_at < ? OR (started_at = ? AND id < ?))"_s;
        binds << toDb(after.startedAt) << toDb(after.startedAt) << after.id;
    }
    sql += u" ORDER BY started_at DESC, id DESC LIMIT ?"_s;
    binds << limit;
    return collectRows<Run>(store_.exec(sql, binds), readRun);
}

Result<QStringList> RunStore::connectorsOf(const QString &id)
{
    auto q = store_.exec(u"SELECT DISTINCT connector FROM evidence WHERE run_id = ? AND connector <> '' ORDER BY connector"_s,
                         {id});
    if (!q)
        return q.error();
    QStringList names;
    while ((*q)->next())
        names << (*q)->value(0).toString();
    (*q)->finish();
    return names;
}

} // namespace airlock
