#pragma once

#include "domain/run.h"
#include "result.h"

#include <QList>

namespace airlock {

class Store;

// Runs, browsed newest first with keyset paging (no OFFSET, no COUNT(*)).
class RunStore
{
public:
    explicit RunStore(Store &store) : store_(store) {}

    // Records a run's start (idempotent by run id) and a run_started event.
    Result<Run> start(Run run);
    // Ends a running run with its final status and where/why it stopped; a run_ended event.
    Status finish(const QString &id, RunStatus status, const QString &stopReason,
                  qint64 stoppedAtSeq = 0);
    Status setStatus(const QString &id, RunStatus status);
    Status addUsage(const QString &id, qint64 tokensIn, qint64 tokensOut, double cost);

    Result<Run> get(const QString &id);

    struct Cursor
    {
        QDateTime startedAt;
        QString id;
        bool isValid() const { return startedAt.isValid(); }
    };
    struct Filter
    {
        std::optional<RunStatus> status;
        QString workflow;
        QString connector;  // only runs that touched this connector
        QDateTime from;     // started at or after (invalid: no bound)
        QDateTime until;    // started before (invalid: no bound)
        int flags = 0;      // only runs with any of these RunFlag bits
    };
    // Up to limit runs older than after (newest first when after is invalid).
    Result<QList<Run>> page(const Filter &filter, const Cursor &after, int limit);
    // The connectors a run touched, from its evidence.
    Result<QStringList> connectorsOf(const QString &id);
    // The workflows that have runs, in order, by a loose index scan (one probe per workflow,
    // not a pass over every run).
    Result<QStringList> workflows();

    static constexpr int kMaxPage = 1000;

private:
    Status fillConnectors(QList<Run> &runs);

    Store &store_;
};

} // namespace airlock
