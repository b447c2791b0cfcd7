#pragma once

#include "domain/evidenceevent.h"
#include "domain/run.h"
#include "result.h"

#include <QList>
#include <QStringList>

namespace airlock {

class Store;

// One approval wait of a run: from the request to its decision (or to now / the run's end
// when it was never decided).
struct ApprovalWait
{
    QString requestId;
    QString tool;
    QString target;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int requestEvent = -1;  // index into RunTimeline::events
    int decisionEvent = -1; // -1: still open when the run ended (or the run is still waiting)
    QString outcome;        // approved, rejected, expired, withdrawn; empty while open
    QString decidedBy;
    QString note;
};

struct RunTotals
{
    qint64 durationMs = 0;
    qint64 waitingMs = 0; // time spent waiting for humans (overlapping waits counted once)
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    double cost = 0.0;
    int events = 0;
    int errors = 0;
    int blocked = 0;
    int approvals = 0;
};

// The place of one event in the evidence chain, checked: its own hash recomputed from its
// bytes, and its link to the event before it (seq - 1, which may belong to another run).
struct ChainPlace
{
    qint64 seq = 0;
    QByteArray hash;
    QByteArray prevHash;
    QByteArray predecessorHash; // what the store holds for seq - 1 (genesis for #1)
    bool hashMatches = false;
    bool linkMatches = false;
    bool verified() const { return hashMatches && linkMatches; }
    QString problem; // empty when verified
};

// A run reconstructed from its evidence: lanes (the run itself, one per connector, then
// approvals), one mark per event on a time axis, approval waits as bars, the stop point and
// the totals. Immutable once built, so a view can hold it while a newer one is read.
class RunTimeline
{
public:
    enum Severity : quint8 { Normal, Approval, Failure, Blocked };

    static RunTimeline build(const Run &run, QList<EvidenceEvent> events);
    // Reads the run and its events (in sequence order) and builds the timeline.
    static Result<RunTimeline> load(Store &store, const QString &runId);

    const Run &run() const { return run_; }
    const QList<EvidenceEvent> &events() const { return events_; }
    const QStringList &lanes() const { return lanes_; }
    int approvalsLane() const { return int(lanes_.size()) - 1; }
    const QList<ApprovalWait> &approvalWaits() const { return waits_; }
    const RunTotals &totals() const { return totals_; }

    qint64 startMs() const { return startMs_; }
    qint64 endMs() const { return endMs_; }
    qint64 timeOf(int event) const { return times_.at(event); }
    int laneOf(int event) const { return lane_.at(event); }
    Severity severityOf(int event) const { return Severity(severity_.at(event)); }
    // The event where the run stopped (Run::stoppedAtSeq, else the end of a run that did not
    // succeed); -1 when it ran to success or is still running.
    int stopEvent() const { return stopEvent_; }
    int indexOfSeq(qint64 seq) const;

    // The events of one lane, ordered by time, and per-lane prefix counts of failures and
    // blocked calls, so a painter can ask "anything severe between these two times?" in
    // O(log n) whatever the number of events.
    const QList<int> &laneEvents(int lane) const { return laneEvents_.at(lane); }
    int firstInLaneAtOrAfter(int lane, qint64 ms) const;
    int severeBetween(int lane, int fromPos, int toPos, Severity severity) const;

    // Checks the event's own hash and its link to the stored event before it.
    static Result<ChainPlace> chainPlace(Store &store, const EvidenceEvent &event);
    static ChainPlace checkPlace(const EvidenceEvent &event, const QByteArray &predecessorHash);

private:
    Run run_;
    QList<EvidenceEvent> events_;
    QList<qint64> times_;
    QList<int> lane_;
    QList<quint8> severity_;
    QStringList lanes_;
    QList<QList<int>> laneEvents_;
    QList<QList<int>> laneFailures_; // prefix counts, size = lane size + 1
    QList<QList<int>> laneBlocked_;
    QList<ApprovalWait> waits_;
    RunTotals totals_;
    qint64 startMs_ = 0;
    qint64 endMs_ = 0;
    int stopEvent_ = -1;
};

} // namespace airlock
