#include "timeline.h"

#include "runevents.h"
#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

bool isApprovalKind(EventKind k)
{
    return k == EventKind::ApprovalRequested || k == EventKind::ApprovalDecided ||
           k == EventKind::ApprovalExpired || k == EventKind::ApprovalWithdrawn;
}

RunTimeline::Severity severityFor(const EvidenceEvent &e)
{
    if (e.kind == EventKind::RunEnded)
        return RunTimeline::Normal; // how it ended is the stop point's to show
    if (e.kind == EventKind::ApprovalDecided)
        return RunTimeline::Approval; // a rejection is a decision, not a failure
    if (e.kind == EventKind::Blocked || e.result == EventResult::Blocked)
        return RunTimeline::Blocked;
    if (e.kind == EventKind::Error || e.result == EventResult::Failure ||
        e.result == EventResult::Timeout || e.result == EventResult::ValidationError)
        return RunTimeline::Failure;
    if (isApprovalKind(e.kind))
        return RunTimeline::Approval;
    return RunTimeline::Normal;
}

QString requestIdOf(const EvidenceEvent &e)
{
    return QJsonDocument::fromJson(e.payload).object().value(u"request_id"_s).toString();
}

} // namespace

RunTimeline RunTimeline::build(const Run &run, QList<EvidenceEvent> events)
{
    RunTimeline t;
    t.run_ = run;
    t.events_ = std::move(events);
    const int n = int(t.events_.size());
    t.times_.reserve(n);
    t.lane_.reserve(n);
    t.severity_.reserve(n);

    // Lanes: the run itself first, connectors in the order the run first touched them,
    // approvals last.
    t.lanes_ << u"Run"_s;
    QHash<QString, int> laneIndex;
    for (const EvidenceEvent &e : std::as_const(t.events_)) {
        if (!e.connector.isEmpty() && !isApprovalKind(e.kind) && !laneIndex.contains(e.connector)) {
            laneIndex.insert(e.connector, int(t.lanes_.size()));
            t.lanes_ << e.connector;
        }
    }
    t.lanes_ << u"Approvals"_s;
    const int approvals = int(t.lanes_.size()) - 1;

    t.startMs_ = run.startedAt.isValid() ? run.startedAt.toMSecsSinceEpoch() : 0;
    t.endMs_ = run.endedAt.isValid() ? run.endedAt.toMSecsSinceEpoch() : t.startMs_;
    QHash<QString, int> openWait;
    for (int i = 0; i < n; ++i) {
        const EvidenceEvent &e = t.events_.at(i);
        const qint64 ms = e.at.toMSecsSinceEpoch();
        if (i == 0 && !run.startedAt.isValid())
            t.startMs_ = ms;
        t.startMs_ = std::min(t.startMs_, ms);
        t.endMs_ = std::max(t.endMs_, ms);
        t.times_ << ms;
        const int lane = isApprovalKind(e.kind)  ? approvals
                         : e.connector.isEmpty() ? 0
                                                 : laneIndex.value(e.connector);
        t.lane_ << lane;
        const Severity sev = severityFor(e);
        t.severity_ << quint8(sev);
        if (e.kind != EventKind::RunEnded) {
            if (sev == Failure)
                ++t.totals_.errors;
            else if (sev == Blocked && e.kind != EventKind::ApprovalDecided)
                ++t.totals_.blocked;
        }

        if (e.kind == EventKind::ApprovalRequested) {
            ApprovalWait w;
            w.requestId = requestIdOf(e);
            w.tool = e.tool;
            w.target = e.target;
            w.fromMs = ms;
            w.toMs = ms;
            w.requestEvent = i;
            openWait.insert(w.requestId, int(t.waits_.size()));
            t.waits_ << w;
        } else if (isApprovalKind(e.kind)) {
            const QJsonObject p = QJsonDocument::fromJson(e.payload).object();
            const auto it = openWait.constFind(p.value(u"request_id"_s).toString());
            if (it == openWait.cend())
                continue;
            ApprovalWait &w = t.waits_[*it];
            w.toMs = ms;
            w.decisionEvent = i;
            w.outcome = e.kind == EventKind::ApprovalDecided ? p.value(u"decision"_s).toString()
                                                             : p.value(u"status"_s).toString();
            if (w.outcome.isEmpty())
                w.outcome = e.kind == EventKind::ApprovalExpired ? u"expired"_s : u"withdrawn"_s;
            w.decidedBy = e.kind == EventKind::ApprovalDecided ? e.actor : QString();
            w.note = p.value(u"note"_s).toString();
            if (w.note.isEmpty())
                w.note = p.value(u"reason"_s).toString();
            openWait.erase(it);
        }
    }
    // A wait never decided lasts to the run's end, or to its last event while it runs.
    for (ApprovalWait &w : t.waits_) {
        if (w.decisionEvent < 0)
            w.toMs = std::max(w.fromMs, t.endMs_);
    }

    // Per-lane event lists in time order, with prefix counts of severe marks.
    t.laneEvents_.resize(t.lanes_.size());
    for (int i = 0; i < n; ++i)
        t.laneEvents_[t.lane_.at(i)] << i;
    t.laneFailures_.resize(t.lanes_.size());
    t.laneBlocked_.resize(t.lanes_.size());
    for (int l = 0; l < t.lanes_.size(); ++l) {
        QList<int> &evs = t.laneEvents_[l];
        std::stable_sort(evs.begin(), evs.end(),
                         [&t](int a, int b) { return t.times_.at(a) < t.times_.at(b); });
        QList<int> &f = t.laneFailures_[l];
        QList<int> &b = t.laneBlocked_[l];
        f.reserve(evs.size() + 1);
        b.reserve(evs.size() + 1);
        f << 0;
        b << 0;
        for (int i : std::as_const(evs)) {
            f << f.constLast() + (t.severity_.at(i) == Failure ? 1 : 0);
            b << b.constLast() + (t.severity_.at(i) == Blocked ? 1 : 0);
        }
    }

    // The stop point: the recorded one, else the end of a run that did not succeed.
    if (run.stoppedAtSeq > 0)
        t.stopEvent_ = t.indexOfSeq(run.stoppedAtSeq);
    if (t.stopEvent_ < 0 && n > 0 &&
        (run.status == RunStatus::Failed || run.status == RunStatus::Blocked ||
         run.status == RunStatus::Stopped)) {
        for (int i = n - 1; i >= 0 && t.stopEvent_ < 0; --i) {
            if (t.events_.at(i).kind == EventKind::RunEnded)
                t.stopEvent_ = i;
        }
        if (t.stopEvent_ < 0)
            t.stopEvent_ = n - 1;
    }

    // Totals. Overlapping waits are merged, so two reviewers asked at once count once.
    RunTotals &tot = t.totals_;
    tot.durationMs = t.endMs_ - t.startMs_;
    tot.tokensIn = run.tokensIn;
    tot.tokensOut = run.tokensOut;
    tot.cost = run.cost;
    tot.events = n;
    tot.approvals = int(t.waits_.size());
    QList<std::pair<qint64, qint64>> spans;
    for (const ApprovalWait &w : std::as_const(t.waits_))
        spans << std::pair{w.fromMs, w.toMs};
    std::sort(spans.begin(), spans.end());
    qint64 coveredTo = std::numeric_limits<qint64>::min();
    for (const auto &[from, to] : std::as_const(spans)) {
        const qint64 a = std::max(from, coveredTo);
        if (to > a)
            tot.waitingMs += to - a;
        coveredTo = std::max(coveredTo, to);
    }
    return t;
}

Result<RunTimeline> RunTimeline::load(Store &store, const QString &runId)
{
    auto run = RunStore(store).get(runId);
    if (!run)
        return run.error();
    auto events = readRunEvents(store, runId);
    if (!events)
        return events.error();
    return build(*run, std::move(*events));
}

int RunTimeline::indexOfSeq(qint64 seq) const
{
    // Events are in sequence order.
    const auto it = std::lower_bound(events_.cbegin(), events_.cend(), seq,
                                     [](const EvidenceEvent &e, qint64 s) { return e.seq < s; });
    return it != events_.cend() && it->seq == seq ? int(it - events_.cbegin()) : -1;
}

int RunTimeline::firstInLaneAtOrAfter(int lane, qint64 ms) const
{
    const QList<int> &evs = laneEvents_.at(lane);
    const auto it = std::lower_bound(evs.cbegin(), evs.cend(), ms,
                                     [this](int e, qint64 v) { return times_.at(e) < v; });
    return int(it - evs.cbegin());
}

int RunTimeline::severeBetween(int lane, int fromPos, int toPos, Severity severity) const
{
    const QList<int> &prefix = severity == Blocked ? laneBlocked_.at(lane) : laneFailures_.at(lane);
    return prefix.at(toPos) - prefix.at(fromPos);
}

ChainPlace RunTimeline::checkPlace(const EvidenceEvent &event, const QByteArray &predecessorHash)
{
    ChainPlace p;
    p.seq = event.seq;
    p.hash = event.hash;
    p.prevHash = event.prevHash;
    p.predecessorHash = predecessorHash;
    p.hashMatches = chainHash(event.prevHash, event) == event.hash;
    p.linkMatches = predecessorHash == event.prevHash;
    if (!p.hashMatches)
        p.problem =
            u"the event's bytes do not hash to its recorded hash: it was changed after it was written"_s;
    else if (!p.linkMatches)
        p.problem =
            u"its previous hash does not match the hash of event #%1: the chain is broken before it"_s
                .arg(event.seq - 1);
    return p;
}

Result<ChainPlace> RunTimeline::chainPlace(Store &store, const EvidenceEvent &event)
{
    QByteArray predecessor = kGenesisHash;
    if (event.seq > 1) {
        auto before = EvidenceChain(store).bySeq(event.seq - 1);
        if (!before && before.code() != ErrorCode::NotFound)
            return before.error();
        predecessor = before ? before->hash : QByteArray();
    }
    return checkPlace(event, predecessor);
}

} // namespace airlock
