#include "runstore.h"

#include "clock.h"
#include "evidencechain.h"
#include "runs/runflags.h"
#include "store.h"

#include <QJsonDocument>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
// Qualified, so the same list serves the join with run_connectors.
const QString kColumns = u"runs.id, runs.workflow, runs.trigger_desc, runs.identity, runs.started_at, "
                         u"runs.ended_at, runs.status, runs.stop_reason, runs.stopped_at_seq, "
                         u"runs.tokens_in, runs.tokens_out, runs.cost, runs.model, runs.flags, runs.started_by"_s;

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
    r.flags = q.value(13).toInt();
    r.startedBy = q.value(14).toString();
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
            u"stop_reason, stopped_at_seq, tokens_in, tokens_out, cost, model, started_by) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {run.id, run.workflow, run.trigger, run.identity, toDb(run.startedAt), toDb(run.endedAt),
             wordOf(run.status), run.stopReason, run.stoppedAtSeq, run.tokensIn, run.tokensOut,
             run.cost, run.model, store_.actor()});
        if (!q)
            return q.status();
        run.startedBy = store_.actor();
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
        auto q = store_.exec(u"UPDATE runs SET status = ?, ended_at = ?, stop_reason = ?, stopped_at_seq = ?, "
                             u"flags = flags | ? WHERE id = ?"_s,
                             {wordOf(status), toDb(now), stopReason, stoppedAtSeq, runFlagsOf(status), id});
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
    auto connectors = connectorsOf(id);
    if (!connectors)
        return connectors.error();
    r.connectors = *connectors;
    return r;
}

Result<QList<Run>> RunStore::page(const Filter &filter, const Cursor &after, int limit)
{
    if (limit <= 0 || limit > kMaxPage)
        return Error{ErrorCode::InvalidArgument, u"a page holds 1 to %1 runs, not %2"_s.arg(kMaxPage).arg(limit)};
    if (filter.flags & ~kAllRunFlags)
        return Error{ErrorCode::InvalidArgument, u"unknown run flags %1"_s.arg(filter.flags)};
    // With a connector, the keyset walks run_connectors' (connector, started_at, run_id) index
    // and joins each row to its run; otherwise it walks the runs' own (started_at, id) index.
    const bool byConnector = !filter.connector.isEmpty();
    const QString start = byConnector ? u"rc.started_at"_s : u"runs.started_at"_s;
    const QString id = byConnector ? u"rc.run_id"_s : u"runs.id"_s;
    QString sql = u"SELECT "_s + kColumns + u" FROM "_s;
    QVariantList binds;
    if (byConnector) {
        sql += u"run_connectors rc JOIN runs ON runs.id = rc.run_id WHERE rc.connector = ?"_s;
        binds << filter.connector;
    } else {
        sql += u"runs WHERE 1 = 1"_s;
    }
    if (filter.status) {
        sql += u" AND runs.status = ?"_s;
        binds << wordOf(*filter.status);
    }
    if (!filter.workflow.isEmpty()) {
        sql += u" AND runs.workflow = ?"_s;
        binds << filter.workflow;
    }
    if (filter.flags != 0) {
        sql += u" AND (runs.flags & ?) <> 0"_s;
        binds << filter.flags;
    }
    if (filter.from.isValid()) {
        sql += u" AND %1 >= ?"_s.arg(start);
        binds << toDb(filter.from);
    }
    if (filter.until.isValid()) {
        sql += u" AND %1 < ?"_s.arg(start);
        binds << toDb(filter.until);
    }
    if (after.isValid()) {
        // Works on both back ends and uses the (started_at, id) index.
        sql += u" AND (%1 < ? OR (%1 = ? AND %2 < ?))"_s.arg(start, id);
        binds << toDb(after.startedAt) << toDb(after.startedAt) << after.id;
    }
    sql += u" ORDER BY %1 DESC, %2 DESC LIMIT ?"_s.arg(start, id);
    binds << limit;
    auto runs = collectRows<Run>(store_.exec(sql, binds), readRun);
    if (!runs)
        return runs;
    if (Status s = fillConnectors(*runs); !s)
        return s.error();
    return runs;
}

// One query per page: the ids are bound in fixed-size batches so the prepared statement is
// reused, and the primary key (run_id, connector) answers it.
Status RunStore::fillConnectors(QList<Run> &runs)
{
    constexpr int kBatch = 50;
    static const QString sql = []() -> QString {
        QString s = u"SELECT run_id, connector FROM run_connectors WHERE run_id IN (?"_s;
        for (int i = 1; i < kBatch; ++i)
            s += u", ?"_s;
        return s + u") ORDER BY run_id, connector"_s;
    }();
    QHash<QString, int> index;
    for (int i = 0; i < runs.size(); ++i)
        index.insert(runs.at(i).id, i);
    for (int from = 0; from < runs.size(); from += kBatch) {
        QVariantList binds;
        for (int i = from; i < from + kBatch; ++i)
            binds << (i < runs.size() ? runs.at(i).id : QString());
        auto q = store_.exec(sql, binds);
        if (!q)
            return q.status();
        while ((*q)->next())
            runs[index.value((*q)->value(0).toString())].connectors << (*q)->value(1).toString();
        (*q)->finish();
    }
    return {};
}

Result<QStringList> RunStore::connectorsOf(const QString &id)
{
    auto q = store_.exec(u"SELECT connector FROM run_connectors WHERE run_id = ? ORDER BY connector"_s, {id});
    if (!q)
        return q.error();
    QStringList names;
    while ((*q)->next())
        names << (*q)->value(0).toString();
    (*q)->finish();
    return names;
}

Result<QStringList> RunStore::workflows()
{
    auto q = store_.exec(uR"(WITH RECURSIVE w(name) AS (
            SELECT min(workflow) FROM runs
            UNION ALL
            SELECT (SELECT min(workflow) FROM runs WHERE workflow > w.name) FROM w WHERE w.name IS NOT NULL)
        SELECT name FROM w WHERE name IS NOT NULL)"_s);
    if (!q)
        return q.error();
    QStringList names;
    while ((*q)->next())
        names << (*q)->value(0).toString();
    (*q)->finish();
    return names;
}

} // namespace airlock
