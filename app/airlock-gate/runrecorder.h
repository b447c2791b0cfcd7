#pragma once

#include "domain/evidenceevent.h"
#include "policy/calljudge.h"

#include "domain/run.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace airlock {
class Store;
}

namespace airlock::gate {

// One client session recorded as one run, and the evidence of its calls: what was asked,
// what the policy said, what came back and how long it took.
class RunRecorder
{
public:
    struct Session
    {
        QString connector;
        QString label;    // --run-label or AIRLOCK_RUN_LABEL
        QString identity; // what the connector acts as
        QString command;  // the server command, for the run's trigger
    };
    RunRecorder(Store &store, Session session)
        : store_(store)
        , session_(std::move(session))
    {}

    // Starts the run once, when the client's first message arrives (clientInfo from its
    // initialize request, when it sent one).
    Status start(const QJsonObject &clientInfo);
    bool started() const { return !runId_.isEmpty(); }
    bool ended() const { return ended_; }
    const QString &runId() const { return runId_; }

    struct Call
    {
        QString callId; // the JSON-RPC id, for matching the result to the call
        QString tool;
        QJsonObject arguments;
        CallDecision decision;
        // Parameters beside name, arguments and _meta (requestState, inputResponses, …): they
        // steer what the server runs, so the evidence shows them (other_params).
        QJsonObject otherParams;
    };
    // Whether the call's evidence must be committed before it is forwarded: a call that may
    // change something (draft, write, send, trigger) must; a read or search changes nothing
    // where it runs and reaches the agent only through the gate, so it is recorded once, with
    // its result, before that result is handed on — one durable commit instead of two.
    static bool recordsBeforeForwarding(const Call &call);
    // The call as it is forwarded (evidence before action); its sequence number.
    Result<qint64> recordCall(const Call &call);
    // What came back, with the duration; result is the tools/call result. For a call recorded
    // before forwarding this is an output event; otherwise it is the call's own event (read,
    // search) carrying its arguments and the result.
    Status recordResult(const Call &call, const QJsonObject &result, qint64 durationMs);
    // A read that is not a tool call (resources/read, resources/subscribe, prompts/get; the
    // call's tool is the method): one read event with what came back, before it is handed on.
    Status recordRead(const Call &call, bool failed, const QString &resultSummary,
                      qint64 durationMs);
    // A call the policy refused, as a blocked attempt.
    Status recordBlocked(const Call &call, const QString &reason);
    // Something that went wrong in the session (a malformed message, a timeout, the server's
    // death); its sequence number.
    Result<qint64> recordProblem(EventResult result, const QString &summary,
                                 const QJsonObject &payload, const QString &tool = {});
    Status setWaiting(bool waiting);
    Status finish(RunStatus status, const QString &reason, qint64 stoppedAtSeq = 0);

    // The run's reads and searches so far: the evidence an approval request rests on.
    const QList<qint64> &reads() const { return reads_; }

private:
    Store &store_;
    Session session_;
    QString runId_;
    bool ended_ = false;
    QList<qint64> reads_;
};

// "1 text item, 523 characters: “first line…”", for evidence summaries.
QString summariseResult(const QJsonObject &result);

} // namespace airlock::gate
