#include "session.h"

#include "jsonrpc.h"
#include "toolinventory.h"

#include "store/approvalqueue.h"
#include "domain/displaytext.h"
#include "store/approvedarguments.h"
#include "store/canonicaljson.h"
#include "store/changenotifier.h"
#include "store/connectorstore.h"
#include "store/store.h"
#include "store/toolstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace airlock::gate {

namespace {
QString targetWords(const QString &target)
{
    return target.isEmpty() ? u"(no target)"_s : target;
}
} // namespace

Session::Session(Store &store, Settings settings, RunRecorder::Session run, QObject *parent)
    : QObject(parent)
    , store_(store)
    , settings_(std::move(settings))
    , recorder_(store, std::move(run))
    , client_(settings_.maxMessageBytes)
    , server_(settings_.maxMessageBytes)
    , notifier_(new ChangeNotifier(store, this))
    , approvals_(store, *notifier_)
{
    connect(notifier_, &ChangeNotifier::changed, this, &Session::storeChanged);
    connect(&client_, &ClientChannel::received, this, &Session::fromClient);
    connect(&client_, &ClientChannel::closed, this, &Session::clientClosed);
    connect(&server_, &ServerProcess::received, this, &Session::fromServer);
    connect(&server_, &ServerProcess::exited, this, &Session::serverExited);
    connect(&approvals_, &ApprovalWatch::settled, this, &Session::settled);
    connect(&approvals_, &ApprovalWatch::failed, this, &Session::watchFailed);
    sweep_.setInterval(500);
    connect(&sweep_, &QTimer::timeout, this, &Session::sweepTimeouts);
    waiting_.setInterval(settings_.progressSecs * 1000);
    connect(&waiting_, &QTimer::timeout, this, &Session::reportWaiting);
}

// A held call may wait for hours; clients give up on a request after their own timeout
// unless progress arrives (MCP: notifications/progress with the request's progressToken,
// which resets the SDK's timeout with resetTimeoutOnProgress). Calls without a token get none.
void Session::reportWaiting()
{
    for (auto it = held_.begin(); it != held_.end(); ++it) {
        const QJsonValue token = it->message.value(u"params"_s)
                                     .toObject()
                                     .value(u"_meta"_s)
                                     .toObject()
                                     .value(u"progressToken"_s);
        if (token.isUndefined() || token.isNull())
            continue;
        ++it->progress;
        toClient(encode(
            {{u"jsonrpc"_s, u"2.0"_s},
             {u"method"_s, u"notifications/progress"_s},
             {u"params"_s,
              QJsonObject{{u"progressToken"_s, token},
                          {u"progress"_s, it->progress},
                          {u"message"_s, u"waiting for a reviewer to decide approval request %1"_s
                                             .arg(it->approvalId)}}}}));
    }
    if (held_.isEmpty())
        waiting_.stop();
}

bool Session::start(const QString &program, const QStringList &arguments, QString *error)
{
    if (!server_.start(program, arguments, error))
        return false;
    client_.start();
    sweep_.start();
    return true;
}

// The client was told which tools it may use; when a review, a power change or a status
// change in the store alters that, it is told to list again (it re-lists through the gate,
// which records and filters as always). The gate announces tools.listChanged for this.
void Session::storeChanged(const QStringList &topics)
{
    if (lastToolList_.isEmpty() || closing_ ||
        (!topics.isEmpty() && !topics.contains(u"connectors"_s)))
        return;
    auto names = ToolInventory(store_, settings_.connector).usableNames(lastToolList_);
    if (!names || *names == listedTools_)
        return;
    listedTools_ = *names;
    toClient(
        encode({{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/tools/list_changed"_s}}));
    note(
        u"the tools the connector may use changed in the store; told the client to list them again"_s);
}

void Session::note(const QString &text)
{
    // Notes quote tool names, targets and reasons that agents and servers wrote: escaped, so
    // none can move the cursor or forge a line in the terminal that shows the log.
    const QByteArray line = "airlock-gate: " + escapeControls(text, TextShape::Line).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void Session::toClient(const QByteArray &message)
{
    if (clientGone_)
        return;
    if (!client_.send(message))
        clientGone_ = true; // a broken pipe: the client's end of stdin closes too, soon
}

void Session::replyToolError(const QJsonValue &id, const QString &text)
{
    toClient(resultResponse(id, toolErrorResult(text)));
}

void Session::recordProblem(EventResult result, const QString &summary, const QJsonObject &payload,
                            const QString &tool)
{
    if (!recorder_.started() || recorder_.ended())
        return;
    auto r = recorder_.recordProblem(result, summary, payload, tool);
    if (!r)
        note(u"could not record \u201c%1\u201d: %2"_s.arg(summary, r.message()));
}

bool Session::ensureRun(const QJsonObject &clientInfo, QString *error)
{
    if (recorder_.started())
        return true;
    const Status s = recorder_.start(clientInfo);
    if (!s) {
        *error = s.message();
        note(u"cannot record the session as a run, so nothing passes: "_s + s.message());
        return false;
    }
    note(u"run %1 started for connector %2"_s.arg(recorder_.runId(), settings_.connector));
    return true;
}

void Session::forward(const QJsonValue &id, const QString &method, const QByteArray &line,
                      std::optional<RunRecorder::Call> call, const QString &approvalId)
{
    InFlight f;
    f.id = id;
    f.method = method;
    f.timer.start();
    f.call = std::move(call);
    f.approvalId = approvalId;
    inFlight_.insert(idKey(id), std::move(f));
    server_.send(line);
}

// --- from the client ---------------------------------------------------------------------

void Session::fromClient(const LineFramer::Frame &frame)
{
    if (frame.oversized) {
        QString error;
        ensureRun({}, &error);
        const QString why = u"message of %1 bytes refused: larger than the limit of %2 bytes "
                            u"(airlock-gate --max-message-bytes)"_s.arg(frame.size)
                                .arg(settings_.maxMessageBytes);
        toClient(errorResponse(guessId(frame.head, frame.tail), InvalidRequest, why));
        recordProblem(EventResult::ValidationError, u"refused a client "_s + why,
                      {{u"bytes"_s, double(frame.size)}});
        return;
    }
    const QByteArray line = frame.line.trimmed();
    if (line.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        QString error;
        ensureRun({}, &error);
        const QString why =
            u"parse error: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        toClient(errorResponse(QJsonValue::Null, ParseError, why));
        recordProblem(EventResult::ValidationError,
                      u"malformed message from the client ("_s + why + u')',
                      {{u"line"_s, QString::fromUtf8(line.left(200))}});
        return;
    }
    if (!doc.isObject()) {
        QString error;
        ensureRun({}, &error);
        const QString why =
            doc.isArray()
                ? u"JSON-RPC batches are not part of MCP 2025-11-25: send one message per line"_s
                : u"a JSON-RPC message must be an object"_s;
        toClient(errorResponse(QJsonValue::Null, InvalidRequest, why));
        recordProblem(EventResult::ValidationError, u"invalid message from the client: "_s + why);
        return;
    }
    const QJsonObject message = doc.object();
    const MessageKind kind = kindOf(message);
    const QString method = message.value(u"method"_s).toString();
    const QJsonObject params = message.value(u"params"_s).toObject();
    QString runError;
    const bool haveRun = ensureRun(
        method == u"initialize"_s ? params.value(u"clientInfo"_s).toObject() : QJsonObject(),
        &runError);
    switch (kind) {
    case MessageKind::Invalid:
        toClient(errorResponse(message.value(u"id"_s), InvalidRequest,
                               u"not a JSON-RPC 2.0 request, notification or response"_s));
        recordProblem(EventResult::ValidationError, u"invalid JSON-RPC message from the client"_s,
                      {{u"line"_s, QString::fromUtf8(line.left(200))}});
        return;
    case MessageKind::Response:
        // The client answering the server (sampling, roots, elicitation); roots are filtered.
        server_.send(rootsWithinScope(message, line));
        return;
    case MessageKind::Notification:
        if (method == u"notifications/cancelled"_s) {
            handleCancel(message, line);
            return;
        }
        if (!method.startsWith(u"notifications/"_s)) {
            refuseNotification(message);
            return;
        }
        if (!serverGone_)
            server_.send(line);
        if (method == u"notifications/initialized"_s)
            listServerTools();
        return;
    case MessageKind::Request:
        break;
    }
    const QJsonValue id = message.value(u"id"_s);
    if (!haveRun) {
        const QString why =
            u"airlock-gate cannot record this session in the store, so it passes nothing: "_s +
            runError;
        if (method == u"tools/call"_s)
            replyToolError(id, why);
        else
            toClient(errorResponse(id, InternalError, why));
        return;
    }
    if (serverGone_) {
        const QString why =
            u"the MCP server %1; airlock-gate cannot pass this on"_s.arg(serverGoneReason_);
        if (method == u"tools/call"_s)
            replyToolError(id, why);
        else
            toClient(errorResponse(id, InternalError, why));
        return;
    }
    if (inFlight_.contains(idKey(id)) || held_.contains(idKey(id))) {
        toClient(errorResponse(
            id, InvalidRequest,
            u"request id %1 is already in use by a pending request"_s.arg(
                QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact)))));
        return;
    }
    if (method == u"tools/call"_s) {
        if (!callWaitsForListing(message, line))
            callListedTool(message, line);
        return;
    }
    if (method == u"resources/read"_s || method == u"resources/subscribe"_s ||
        method == u"prompts/get"_s) {
        handleRead(message, line);
        return;
    }
    forward(id, method, line);
}

void Session::handleCall(const QJsonObject &message, const QByteArray &line)
{
    const QJsonValue id = message.value(u"id"_s);
    const QJsonObject params = message.value(u"params"_s).toObject();
    const QString name = params.value(u"name"_s).toString();
    if (name.isEmpty()) {
        toClient(
            errorResponse(id, InvalidParams, u"tools/call needs params.name, the tool to call"_s));
        return;
    }
    if (params.contains(u"arguments"_s) && !params.value(u"arguments"_s).isObject()) {
        toClient(
            errorResponse(id, InvalidParams, u"tools/call params.arguments must be an object"_s));
        return;
    }
    const QJsonObject arguments = params.value(u"arguments"_s).toObject();

    // The store is the only authority: read the connector and the tool afresh for every call.
    auto connector = ConnectorStore(store_).find(settings_.connector);
    auto tool = connector ? ToolStore(store_).find(settings_.connector, name)
                          : Result<std::optional<Tool>>(connector.error());
    if (!connector || !tool) {
        const QString why = connector ? tool.message() : connector.message();
        replyToolError(id, u"Airlock refused this call: the store cannot be read (%1)"_s.arg(why));
        note(u"refused %1: the store cannot be read: %2"_s.arg(name, why));
        return;
    }
    RunRecorder::Call call;
    call.callId = idKey(id);
    call.tool = name;
    call.arguments = arguments;
    call.otherParams = paramsBesideArguments(params);
    CallToJudge judged; // the core's one judge: canonical targets, then the policy
    judged.connector = *connector ? &**connector : nullptr;
    judged.tool = *tool;
    judged.toolName = name;
    judged.arguments = arguments;
    judged.actor = settings_.actor;
    call.decision = judgeCall(judged);
    const PolicyDecision &d = call.decision.decision;

    switch (d.verdict) {
    case Verdict::Deny: {
        const Status recorded = recorder_.recordBlocked(call, d.reason);
        replyToolError(id, u"Airlock refused this call: "_s + d.reason +
                               (recorded ? QString()
                                         : u" (the refusal could not be recorded: %1)"_s.arg(
                                               recorded.message())));
        note(u"refused %1 on %2: %3"_s.arg(name, targetWords(call.decision.target), d.reason));
        return;
    }
    case Verdict::Allow: {
        auto seq = RunRecorder::recordsBeforeForwarding(call) ? recorder_.recordCall(call)
                                                              : Result<qint64>(qint64(0));
        if (!seq) {
            replyToolError(
                id, u"Airlock refused this call: its evidence could not be recorded (%1)"_s.arg(
                        seq.message()));
            note(u"refused %1: the evidence could not be recorded: %2"_s.arg(name, seq.message()));
            return;
        }
        forward(id, u"tools/call"_s, line, call);
        return;
    }
    case Verdict::NeedsApproval:
        if (refuseUnboundParameters(call, id))
            return;
        break;
    }

    ApprovalQueue::NewRequest nr;
    nr.runId = recorder_.runId();
    nr.connector = settings_.connector;
    nr.tool = name;
    nr.target = call.decision.target;
    nr.arguments = canonicalJson(arguments);
    nr.evidenceSeqs = recorder_.reads();
    nr.expiresInSecs = settings_.approvalExpirySecs;
    nr.holder = approvals_.lease().holder; // renewed by approvals_ while the call is held
    nr.leaseSecs = approvals_.lease().leaseSecs;
    auto request = ApprovalQueue(store_).request(nr);
    if (!request) {
        // Denied requests are recorded as blocked attempts by the queue itself.
        const QString why =
            request.code() == ErrorCode::Denied
                ? request.message()
                : u"the approval request could not be recorded (%1)"_s.arg(request.message());
        replyToolError(id, u"Airlock refused this call: "_s + why);
        note(u"refused %1: %2"_s.arg(name, why));
        return;
    }
    Held held{message, call, request->id};
    if (request->status == ApprovalStatus::Approved) { // approved at once by a standing grant
        executeApproved(std::move(held), *request);
        return;
    }
    if (request->status != ApprovalStatus::Pending) {
        held_.insert(call.callId, held);
        heldByApproval_.insert(request->id, call.callId);
        settled(*request);
        return;
    }
    held_.insert(call.callId, held);
    heldByApproval_.insert(request->id, call.callId);
    approvals_.watch(request->id);
    if (!waiting_.isActive())
        waiting_.start();
    if (Status s = recorder_.setWaiting(true); !s)
        note(u"could not mark the run as waiting: "_s + s.message());
    note(u"%1 on %2 waits for approval (request %3): %4"_s.arg(
        name, targetWords(call.decision.target), request->id, d.reason));
}

void Session::executeApproved(Held held, const ApprovalRequest &request)
{
    const QJsonValue id = held.message.value(u"id"_s);
    // Only arguments whose hash matches the recorded decision and its evidence (never the
    // watcher's copy, nor a row changed behind the decision's back).
    auto checked = checkedApprovedArguments(store_, request.id);
    const QJsonDocument approvedDoc = checked ? QJsonDocument::fromJson(*checked) : QJsonDocument();
    if (!approvedDoc.isObject()) {
        const QString why = checked ? u"the approved arguments are not a JSON object"_s : checked.message();
        if (Status s = recordApprovedOutcome(request.id, false, u"not run: "_s + why); !s)
            note(s.message());
        replyToolError(id, u"Airlock did not run this call: "_s + why);
        return;
    }
    const QJsonObject approved = approvedDoc.object();
    // The approval binds these exact arguments; they still have to be within what the store
    // allows now (an edit may name another target; the connector may have been paused).
    auto connector = ConnectorStore(store_).find(settings_.connector);
    auto tool = connector ? ToolStore(store_).find(settings_.connector, held.call.tool)
                          : Result<std::optional<Tool>>(connector.error());
    QString refusal;
    CallDecision decision;
    if (!connector || !tool) {
        refusal = u"the store cannot be read (%1)"_s.arg(connector ? tool.message()
                                                                   : connector.message());
    } else {
        CallToJudge judged;
        judged.connector = *connector ? &**connector : nullptr;
        judged.tool = *tool;
        judged.toolName = held.call.tool;
        judged.arguments = approved;
        judged.actor = settings_.actor;
        decision = judgeCall(judged);
        if (decision.decision.verdict == Verdict::Deny)
            refusal = decision.decision.reason;
    }
    if (!refusal.isEmpty()) {
        RunRecorder::Call blocked = held.call;
        blocked.arguments = approved;
        if (connector && tool)
            blocked.decision = decision;
        if (Status s = recorder_.recordBlocked(blocked, refusal); !s)
            note(s.message());
        if (Status s = recordApprovedOutcome(request.id, false, u"not run: "_s + refusal); !s)
            note(s.message());
        replyToolError(id, u"Airlock did not run this call although it was %1: %2"_s.arg(
                               describeDecision(request), refusal));
        note(u"approved %1 not run: %2"_s.arg(held.call.tool, refusal));
        return;
    }
    // Exactly what the approval binds: the tool and the approved arguments, with _meta
    // (progress) and nothing else.
    QJsonObject message = held.message;
    const QJsonObject asked = message.value(u"params"_s).toObject();
    QJsonObject params{{u"name"_s, held.call.tool}, {u"arguments"_s, approved}};
    if (asked.contains(u"_meta"_s))
        params[u"_meta"_s] = asked.value(u"_meta"_s);
    message[u"params"_s] = params;
    RunRecorder::Call call = held.call;
    call.arguments = approved;
    call.decision = decision;
    note(u"%1 on %2 %3%4; forwarding the approved arguments"_s.arg(
        call.tool, targetWords(decision.target), describeDecision(request),
        request.edited ? u" (edited)"_s : QString()));
    forward(id, u"tools/call"_s, encode(message), call, request.id);
}

void Session::settled(const ApprovalRequest &request)
{
    const QString key = heldByApproval_.take(request.id);
    if (key.isEmpty() || !held_.contains(key))
        return;
    Held held = held_.take(key);
    approvals_.forget(request.id);
    if (held_.isEmpty()) {
        if (Status s = recorder_.setWaiting(false); !s)
            note(u"could not mark the run as running: "_s + s.message());
    }
    if (request.status == ApprovalStatus::Approved) {
        executeApproved(std::move(held), request);
        return;
    }
    QString text = u"Airlock did not run %1 on %2: the request was %3"_s.arg(
        held.call.tool, targetWords(held.call.decision.target), describeDecision(request));
    if (request.status == ApprovalStatus::Rejected && !request.decisionNote.isEmpty())
        text += u": "_s + request.decisionNote;
    replyToolError(held.message.value(u"id"_s), text);
    note(text);
}

void Session::watchFailed(const QString &requestId, const Error &error)
{
    const QString key = heldByApproval_.take(requestId);
    if (key.isEmpty())
        return;
    Held held = held_.take(key);
    replyToolError(held.message.value(u"id"_s),
                   u"Airlock did not run this call: its approval request cannot be read (%1)"_s.arg(
                       error.message));
    note(u"approval request %1 cannot be read: %2"_s.arg(requestId, error.message));
}

void Session::handleCancel(const QJsonObject &message, const QByteArray &line)
{
    const QJsonValue requestId = message.value(u"params"_s).toObject().value(u"requestId"_s);
    const QString key = idKey(requestId);
    for (qsizetype i = 0; i < waitingForListing_.size(); ++i) {
        if (idKey(waitingForListing_.at(i).first.value(u"id"_s)) == key) {
            waitingForListing_.removeAt(i); // it never reached the server
            return;
        }
    }
    if (held_.contains(key)) {
        // The server never saw a held call: the cancellation ends it here.
        Held held = held_.take(key);
        heldByApproval_.remove(held.approvalId);
        approvals_.forget(held.approvalId);
        auto w =
            ApprovalQueue(store_).withdraw(held.approvalId, u"the client cancelled the call"_s);
        if (!w)
            note(u"could not withdraw request %1: %2"_s.arg(held.approvalId, w.message()));
        if (held_.isEmpty()) {
            if (Status s = recorder_.setWaiting(false); !s)
                note(s.message());
        }
        return;
    }
    if (inFlight_.contains(key)) {
        InFlight f = inFlight_.take(key);
        abandoned_.insert(key);
        if (f.call) {
            const QString summary = u"%1 cancelled by the client after %2 ms"_s.arg(f.call->tool)
                                        .arg(f.timer.elapsed());
            if (!f.approvalId.isEmpty()) {
                if (Status s = recordApprovedOutcome(f.approvalId, false,
                                                     summary + u"; it may have run"_s);
                    !s)
                    note(s.message());
            } else {
                recordProblem(EventResult::Failure, summary, {{u"call_id"_s, key}}, f.call->tool);
            }
        }
    }
    if (!serverGone_)
        server_.send(line);
}

void Session::withdrawHeld(const QString &reason)
{
    const auto keys = held_.keys();
    for (const QString &key : keys) {
        Held held = held_.take(key);
        heldByApproval_.remove(held.approvalId);
        approvals_.forget(held.approvalId);
        auto w = ApprovalQueue(store_).withdraw(held.approvalId, reason);
        if (!w && w.code() != ErrorCode::Conflict)
            note(u"could not withdraw request %1: %2"_s.arg(held.approvalId, w.message()));
        replyToolError(held.message.value(u"id"_s),
                       u"Airlock did not run %1: its approval request was withdrawn (%2)"_s.arg(
                           held.call.tool, reason));
    }
}

Status Session::recordApprovedOutcome(const QString &approvalId, bool executed,
                                      const QString &summary)
{
    return ApprovalQueue(store_).recordOutcome(approvalId, executed, summary);
}

void Session::clientClosed()
{
    endSession(u"the client ended the session"_s, false);
}

void Session::stop(const QString &why)
{
    endSession(why, true);
}

void Session::endSession(const QString &why, bool interrupted)
{
    if (closing_)
        return;
    closing_ = true;
    const int heldCalls = int(held_.size());
    withdrawHeld(why);
    sweep_.stop();
    server_.stop(2000);
    // Calls the server never answered: an approved one is marked as not known to have run.
    for (auto it = inFlight_.cbegin(); it != inFlight_.cend(); ++it) {
        if (!it->approvalId.isEmpty()) {
            if (Status s = recordApprovedOutcome(
                    it->approvalId, false,
                    u"the session ended before the server answered; it may have run"_s);
                !s)
                note(s.message());
        }
    }
    inFlight_.clear();
    int exitCode = serverGone_ ? ServerFailed : Ok;
    if (recorder_.started() && !recorder_.ended()) {
        const QString waiting =
            heldCalls > 0 ? u" while %1 call(s) waited for approval"_s.arg(heldCalls) : QString();
        const Status s = interrupted || heldCalls > 0
                             ? recorder_.finish(RunStatus::Stopped, why + waiting)
                             : recorder_.finish(RunStatus::Succeeded, why);
        if (!s) {
            note(u"could not record the end of run %1: %2"_s.arg(recorder_.runId(), s.message()));
            exitCode = StoreFailed;
        } else {
            note(u"run %1 ended"_s.arg(recorder_.runId()));
        }
    }
    Q_EMIT finished(exitCode);
}

// --- from the server ---------------------------------------------------------------------

void Session::fromServer(const LineFramer::Frame &frame)
{
    if (frame.oversized) {
        const QJsonValue id = guessId(frame.head, frame.tail);
        const QString why =
            u"the MCP server sent a message of %1 bytes, larger than the limit of %2 bytes "
            u"(airlock-gate --max-message-bytes)"_s.arg(frame.size)
                .arg(settings_.maxMessageBytes);
        note(why);
        const QString key = idKey(id);
        if (inFlight_.contains(key)) {
            InFlight f = inFlight_.take(key);
            if (f.gateOwned) {
                endListing(why);
            } else if (f.call) {
                replyToolError(id, why);
                if (!f.approvalId.isEmpty()) {
                    if (Status s = recordApprovedOutcome(
                            f.approvalId, true, u"ran, but its answer was refused: "_s + why);
                        !s)
                        note(s.message());
                }
            } else {
                toClient(errorResponse(id, InternalError, why));
            }
        }
        recordProblem(EventResult::ValidationError, why, {{u"bytes"_s, double(frame.size)}});
        return;
    }
    const QByteArray line = frame.line.trimmed();
    if (line.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Not a message: a server writing logs to stdout. The client must not see it.
        note(u"dropped a line from the MCP server that is not a JSON-RPC message: "_s +
             QString::fromUtf8(line.left(200)));
        recordProblem(EventResult::ValidationError,
                      u"the MCP server wrote a line that is not a JSON-RPC message"_s,
                      {{u"line"_s, QString::fromUtf8(line.left(200))}});
        return;
    }
    const QJsonObject message = doc.object();
    if (kindOf(message) == MessageKind::Response) {
        const QString key = idKey(message.value(u"id"_s));
        if (abandoned_.remove(key))
            return; // the gate already answered this one (timed out or cancelled)
        auto it = inFlight_.find(key);
        if (it != inFlight_.end()) {
            InFlight f = std::move(*it);
            inFlight_.erase(it);
            serverAnswered(std::move(f), message, line);
            return;
        }
        strayAnswer(message, line);
        return;
    }
    const QString method = message.value(u"method"_s).toString();
    if (method == u"roots/list"_s && message.contains(u"id"_s))
        serverRequests_.insert(idKey(message.value(u"id"_s)), method);
    toClient(line); // requests and notifications from the server, untouched
    if (method == u"notifications/tools/list_changed"_s)
        listServerTools();
}

void Session::serverAnswered(InFlight flight, const QJsonObject &message, const QByteArray &line)
{
    if (flight.gateOwned) {
        serverToolsListed(flight, message);
        return;
    }
    if (flight.read) {
        readAnswered(flight, message, line);
        return;
    }
    const QJsonValue id = flight.id;
    if (flight.method == u"tools/list"_s && message.contains(u"result"_s)) {
        auto admitted =
            ToolInventory(store_, settings_.connector).admit(message.value(u"result"_s).toObject());
        if (!admitted) {
            toClient(errorResponse(
                id, InternalError,
                u"airlock-gate could not record the server's tools, so it lists none: "_s +
                    admitted.message()));
            note(u"tools/list refused: "_s + admitted.message());
            return;
        }
        lastToolList_ = message.value(u"result"_s).toObject();
        listedTools_ = admitted->names;
        if (admitted->hidden > 0)
            note(
                u"tools/list: %1 listed, %2 hidden (%3 not reviewed since they appeared or changed)"_s
                    .arg(admitted->listed)
                    .arg(admitted->hidden)
                    .arg(admitted->drifted));
        toClient(resultResponse(id, admitted->result));
        return;
    }
    if (flight.method == u"initialize"_s && message.value(u"result"_s)
                                                .toObject()
                                                .value(u"capabilities"_s)
                                                .toObject()
                                                .contains(u"tools"_s)) {
        // The gate itself changes the tool list (reviews, powers): it announces list changes.
        QJsonObject result = message.value(u"result"_s).toObject();
        QJsonObject capabilities = result.value(u"capabilities"_s).toObject();
        QJsonObject tools = capabilities.value(u"tools"_s).toObject();
        if (!tools.value(u"listChanged"_s).toBool()) {
            tools[u"listChanged"_s] = true;
            capabilities[u"tools"_s] = tools;
            result[u"capabilities"_s] = capabilities;
            toClient(resultResponse(id, result));
            return;
        }
    }
    if (!flight.call) {
        toClient(line);
        return;
    }
    const qint64 ms = flight.timer.elapsed();
    QJsonObject result = message.value(u"result"_s).toObject();
    if (message.contains(u"error"_s)) {
        const QJsonObject error = message.value(u"error"_s).toObject();
        result = toolErrorResult(u"JSON-RPC error %1: %2"_s.arg(error.value(u"code"_s).toInt())
                                     .arg(error.value(u"message"_s).toString()));
    }
    Status recorded;
    if (!flight.approvalId.isEmpty()) {
        const bool failed = result.value(u"isError"_s).toBool();
        recorded = recordApprovedOutcome(
            flight.approvalId, !failed,
            u"%1 %2 in %3 ms: %4"_s.arg(flight.call->tool, failed ? u"failed"_s : u"ran"_s)
                .arg(ms)
                .arg(summariseResult(result)));
    } else {
        recorded = recorder_.recordResult(*flight.call, result, ms);
    }
    if (!recorded) {
        // Fail closed: what cannot be recorded is not handed on.
        replyToolError(
            id,
            u"the call ran, but airlock-gate could not record its result, so it is withheld (%1)"_s
                .arg(recorded.message()));
        note(u"result of %1 withheld: %2"_s.arg(flight.call->tool, recorded.message()));
        return;
    }
    toClient(line);
}

void Session::serverExited(const QString &why, bool clean)
{
    if (closing_ || serverGone_)
        return;
    serverGone_ = true;
    serverGoneReason_ = why;
    const QString reason = u"the MCP server %1"_s.arg(why);
    note(reason);
    QString error;
    ensureRun({}, &error);
    qint64 seq = 0;
    if (recorder_.started() && !recorder_.ended()) {
        auto r = recorder_.recordProblem(
            EventResult::Failure, reason,
            {{u"pending_calls"_s, inFlight_.size()}, {u"held_calls"_s, held_.size()}});
        if (r)
            seq = *r;
        else
            note(u"could not record that: "_s + r.message());
    }
    for (auto it = inFlight_.cbegin(); it != inFlight_.cend(); ++it) {
        const QString text = u"the MCP server %1 before answering"_s.arg(why);
        if (it->gateOwned)
            continue;
        if (it->call) {
            replyToolError(it->id, text);
            if (!it->approvalId.isEmpty()) {
                if (Status s =
                        recordApprovedOutcome(it->approvalId, false, text + u"; it may have run"_s);
                    !s)
                    note(s.message());
            }
        } else {
            toClient(errorResponse(it->id, InternalError, text));
        }
    }
    inFlight_.clear();
    endListing(reason);
    withdrawHeld(reason);
    if (recorder_.started() && !recorder_.ended()) {
        const Status s = clean && seq == 0 ? recorder_.finish(RunStatus::Succeeded, reason)
                                           : recorder_.finish(RunStatus::Failed, reason, seq);
        if (!s)
            note(u"could not record the end of the run: "_s + s.message());
    }
}

void Session::sweepTimeouts()
{
    const qint64 limitMs = qint64(settings_.serverTimeoutSecs) * 1000;
    QList<QString> late;
    for (auto it = inFlight_.cbegin(); it != inFlight_.cend(); ++it) {
        if (it->timer.elapsed() > limitMs)
            late << it.key();
    }
    for (const QString &key : late) {
        InFlight f = inFlight_.take(key);
        abandoned_.insert(key);
        const QString why =
            u"the MCP server did not answer %1 within %2 s (airlock-gate --server-timeout)"_s
                .arg(f.method)
                .arg(settings_.serverTimeoutSecs);
        note(why);
        server_.send(
            encode({{u"jsonrpc"_s, u"2.0"_s},
                    {u"method"_s, u"notifications/cancelled"_s},
                    {u"params"_s, QJsonObject{{u"requestId"_s, f.id}, {u"reason"_s, why}}}}));
        if (f.gateOwned) {
            recordProblem(EventResult::Timeout, why, {{u"request_id"_s, key}});
            endListing(why);
            continue;
        }
        if (f.call) {
            replyToolError(f.id, why);
            if (!f.approvalId.isEmpty()) {
                if (Status s =
                        recordApprovedOutcome(f.approvalId, false, why + u"; it may have run"_s);
                    !s)
                    note(s.message());
            }
            recordProblem(EventResult::Timeout, f.call->tool + u": "_s + why, {{u"call_id"_s, key}},
                          f.call->tool);
        } else {
            toClient(errorResponse(f.id, InternalError, why));
            recordProblem(EventResult::Timeout, why, {{u"request_id"_s, key}});
        }
    }
}

} // namespace airlock::gate
