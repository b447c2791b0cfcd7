// The guards around the policy: messages that would otherwise return data, change something
// or steer a call without a decision and a record. Each is judged and recorded, or refused.
//   - a request sent as a notification (no id) is refused, never forwarded;
//   - resources/read, resources/subscribe and prompts/get are judged as reads;
//   - the client's roots pass to the server only where the connector's scope reaches;
//   - the server's answers reach the client only for requests in flight;
//   - parameters an approval cannot bind never ride on one;
//   - the gate lists the server's tools itself, so no call runs on a stale definition.

#include "session.h"

#include "jsonrpc.h"
#include "toolinventory.h"

#include "store/connectorstore.h"
#include "store/store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace airlock::gate {

namespace {

constexpr int kMaxListingPages = 100;

QString idText(const QJsonValue &id)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// "1 item, 24 characters: “first text”" over contents[].text or messages[].content.text.
QString summariseItems(const QJsonArray &items, bool messages)
{
    QString first;
    qsizetype chars = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString text = messages
                                 ? item.value(u"content"_s).toObject().value(u"text"_s).toString()
                                 : item.value(u"text"_s).toString();
        if (first.isEmpty())
            first = text.simplified();
        chars += text.size();
    }
    QString s =
        u"%1 %2%3"_s.arg(items.size())
            .arg(messages ? u"message"_s : u"item"_s, items.size() == 1 ? QString() : u"s"_s);
    if (chars > 0)
        s += u", %1 characters"_s.arg(chars);
    if (!first.isEmpty())
        s += u": \u201c%1\u201d"_s.arg(first.size() > 120 ? first.left(119) + u'\u2026' : first);
    return s;
}

PolicyDecision refusal(const QString &rule, const QString &reason)
{
    PolicyDecision d;
    d.verdict = Verdict::Deny;
    d.rule = rule;
    d.reason = reason;
    return d;
}

} // namespace

// Reads that are not tool calls, and the client's roots, are judged by the core's one judge as
// a read of one target (made canonical there; a target that cannot be is refused).
CallDecision Session::judgeRead(const QString &target)
{
    auto connector = ConnectorStore(store_).find(settings_.connector);
    if (!connector) {
        CallDecision d;
        d.decision = refusal(u"store"_s, u"the store cannot be read (%1)"_s.arg(connector.message()));
        d.target = target;
        return d;
    }
    CallToJudge read;
    read.connector = *connector ? &**connector : nullptr;
    read.toolRequired = false;
    read.assertedPower = Power::Read;
    read.target = target;
    read.actor = settings_.actor;
    return judgeCall(read);
}

// JSON-RPC notifications get no answer, so a tools/call (or any request) sent as one could
// run with nothing judged, recorded or returned. MCP's notifications are all
// "notifications/…"; anything else without an id is refused and recorded.
void Session::refuseNotification(const QJsonObject &message)
{
    const QString method = message.value(u"method"_s).toString();
    const QJsonObject params = message.value(u"params"_s).toObject();
    const bool call = method == u"tools/call"_s;
    const QString why =
        u"a %1 sent as a notification (without an id) is never forwarded: "
        u"nothing could answer it, so it could be neither judged nor recorded"_s.arg(
            method.isEmpty() ? u"message"_s : method);
    RunRecorder::Call refused;
    refused.callId = u"(notification)"_s;
    refused.tool = call ? params.value(u"name"_s).toString() : method;
    refused.arguments = call ? params.value(u"arguments"_s).toObject() : params;
    refused.decision.decision = refusal(u"protocol"_s, why);
    if (call)
        refused.otherParams = paramsBesideArguments(params);
    if (Status s = recorder_.recordBlocked(refused, why); !s)
        note(u"could not record a refused notification: "_s + s.message());
    note(u"refused "_s + why);
}

void Session::handleRead(const QJsonObject &message, const QByteArray &line)
{
    const QJsonValue id = message.value(u"id"_s);
    const QString method = message.value(u"method"_s).toString();
    const QJsonObject params = message.value(u"params"_s).toObject();
    // A prompt has no resource path: its target is "prompt:NAME", so a scope rule such as
    // "prompt:public-*" can admit it and anything not included stays out.
    const bool prompt = method == u"prompts/get"_s;
    const QString subject = params.value(prompt ? u"name"_s : u"uri"_s).toString();
    if (subject.isEmpty()) {
        toClient(errorResponse(id, InvalidParams,
                               u"%1 needs params.%2"_s.arg(method, prompt ? u"name"_s : u"uri"_s)));
        return;
    }
    const QString target = prompt ? u"prompt:"_s + subject : subject;
    RunRecorder::Call read;
    read.callId = idKey(id);
    read.tool = method;
    read.arguments = params;
    read.decision = judgeRead(target);
    const PolicyDecision &d = read.decision.decision;
    if (d.verdict != Verdict::Allow) {
        const QString why =
            d.verdict == Verdict::Deny
                ? d.reason
                : d.reason +
                      u"; airlock-gate holds only tool calls for a human, so it refuses this"_s;
        const Status recorded = recorder_.recordBlocked(read, why);
        toClient(errorResponse(id, InvalidRequest,
                               u"Airlock refused this request: "_s + why +
                                   (recorded ? QString()
                                             : u" (the refusal could not be recorded: %1)"_s.arg(
                                                   recorded.message()))));
        note(u"refused %1 of %2: %3"_s.arg(method, target, why));
        return;
    }
    forward(id, method, line);
    inFlight_[idKey(id)].read = read;
}

// What a read returned is recorded before it is handed on; what cannot be recorded is not.
void Session::readAnswered(const InFlight &flight, const QJsonObject &message,
                           const QByteArray &line)
{
    const QJsonObject result = message.value(u"result"_s).toObject();
    const bool failed = !message.contains(u"result"_s);
    QString summary;
    if (failed) {
        const QJsonObject error = message.value(u"error"_s).toObject();
        summary = u"JSON-RPC error %1: %2"_s.arg(error.value(u"code"_s).toInt())
                      .arg(error.value(u"message"_s).toString());
    } else if (flight.method == u"resources/read"_s) {
        summary = summariseItems(result.value(u"contents"_s).toArray(), false);
    } else if (flight.method == u"prompts/get"_s) {
        summary = summariseItems(result.value(u"messages"_s).toArray(), true);
    } else {
        summary = u"subscribed"_s;
    }
    const Status s = recorder_.recordRead(*flight.read, failed, summary, flight.timer.elapsed());
    if (!s) {
        toClient(errorResponse(
            flight.id, InternalError,
            u"airlock-gate could not record what %1 returned, so it is withheld (%2)"_s.arg(
                flight.method, s.message())));
        note(u"result of %1 withheld: %2"_s.arg(flight.method, s.message()));
        return;
    }
    toClient(line);
}

// A file server takes the client's roots as the folders it may touch: only those within the
// connector's scope (judged as a read of the folder) pass, in their canonical form.
QByteArray Session::rootsWithinScope(const QJsonObject &answer, const QByteArray &line)
{
    if (serverRequests_.take(idKey(answer.value(u"id"_s))) != u"roots/list"_s ||
        !answer.contains(u"result"_s))
        return line;
    QJsonObject result = answer.value(u"result"_s).toObject();
    const QJsonArray roots = result.value(u"roots"_s).toArray();
    QJsonArray kept;
    QStringList dropped;
    for (const QJsonValue &v : roots) {
        QJsonObject root = v.toObject();
        const QString uri = root.value(u"uri"_s).toString();
        const QUrl url(uri);
        bool within = false;
        if (url.isValid() && url.isLocalFile()) {
            const CallDecision judged = judgeRead(url.toLocalFile());
            within = judged.decision.verdict != Verdict::Deny;
            root[u"uri"_s] = QUrl::fromLocalFile(judged.target).toString();
        }
        if (within)
            kept.append(root);
        else
            dropped << uri;
    }
    result[u"roots"_s] = kept;
    QJsonObject filtered = answer;
    filtered[u"result"_s] = result;
    if (dropped.isEmpty())
        return encode(filtered);
    const QString why = u"%1 root%2 outside the connector's scope dropped from the client's "
                        u"roots/list answer (the server was given %3)"_s.arg(dropped.size())
                            .arg(dropped.size() == 1 ? QString() : u"s"_s)
                            .arg(kept.size());
    RunRecorder::Call refused;
    refused.callId = idKey(answer.value(u"id"_s));
    refused.tool = u"roots/list"_s;
    refused.arguments = QJsonObject{{u"roots"_s, roots}};
    refused.decision.decision = refusal(u"scope"_s, why);
    refused.decision.targets = dropped;
    refused.decision.target = dropped.constFirst();
    if (Status s = recorder_.recordBlocked(refused, why); !s)
        note(u"could not record the dropped roots: "_s + s.message());
    note(why + u": "_s + dropped.join(u", "_s));
    return encode(filtered);
}

// An answer to nothing the gate asked (an unknown id, a second answer, a held call's id that
// the server never saw) is a forgery or a bug: the client never sees it.
void Session::strayAnswer(const QJsonObject &message, const QByteArray &line)
{
    const QJsonValue id = message.value(u"id"_s);
    const QString why =
        u"the MCP server answered request id %1, which is not in flight (%2): dropped"_s.arg(
            idText(id), held_.contains(idKey(id)) ? u"a call held for approval"_s
                                                  : u"never asked, or already answered"_s);
    note(why);
    recordProblem(EventResult::ValidationError, why,
                  {{u"id"_s, id}, {u"line"_s, QString::fromUtf8(line.left(200))}});
}

bool Session::refuseUnboundParameters(const RunRecorder::Call &call, const QJsonValue &id)
{
    if (call.otherParams.isEmpty())
        return false;
    const QString why =
        u"it carries parameters beside its arguments (%1) that would steer what runs, but an "
        u"approval binds only the tool and its arguments; call it without them"_s.arg(
            call.otherParams.keys().join(u", "_s));
    const Status recorded = recorder_.recordBlocked(call, why);
    replyToolError(
        id, u"Airlock refused this call: "_s + why +
                (recorded ? QString()
                          : u" (the refusal could not be recorded: %1)"_s.arg(recorded.message())));
    note(u"refused %1: %2"_s.arg(call.tool, why));
    return true;
}

// --- the gate's own listing of the server's tools ---------------------------------------

void Session::listServerTools(const QString &cursor)
{
    if (serverGone_ || closing_)
        return;
    if (cursor.isEmpty()) {
        if (listing_ == Listing::Running) {
            relist_ = true; // the answer on its way may be the old list
            return;
        }
        listing_ = Listing::Running;
        serverTools_ = QJsonArray();
        listingPages_ = 0;
    }
    ++listingPages_;
    // A string id the gate owns; one the client is using now is skipped, and a client
    // request that reuses one in flight is refused as a duplicate.
    QString id;
    do {
        id = u"airlock-gate/%1"_s.arg(++ownIds_);
    } while (inFlight_.contains(idKey(id)) || held_.contains(idKey(id)));
    QJsonObject params;
    if (!cursor.isEmpty())
        params[u"cursor"_s] = cursor;
    forward(id, u"tools/list"_s,
            encode({{u"jsonrpc"_s, u"2.0"_s},
                    {u"id"_s, id},
                    {u"method"_s, u"tools/list"_s},
                    {u"params"_s, params}}));
    inFlight_[idKey(id)].gateOwned = true;
}

void Session::serverToolsListed(const InFlight &flight, const QJsonObject &message)
{
    Q_UNUSED(flight)
    if (!message.contains(u"result"_s)) {
        const QJsonObject error = message.value(u"error"_s).toObject();
        endListing(u"the MCP server refused the gate's tools/list (%1: %2)"_s
                       .arg(error.value(u"code"_s).toInt())
                       .arg(error.value(u"message"_s).toString()));
        return;
    }
    const QJsonObject result = message.value(u"result"_s).toObject();
    for (const QJsonValue &tool : result.value(u"tools"_s).toArray())
        serverTools_.append(tool);
    const QString cursor = result.value(u"nextCursor"_s).toString();
    if (!cursor.isEmpty()) {
        if (listingPages_ >= kMaxListingPages) {
            endListing(u"the MCP server's tool list goes on past %1 pages"_s.arg(kMaxListingPages));
            return;
        }
        listServerTools(cursor);
        return;
    }
    auto admitted = ToolInventory(store_, settings_.connector).admit({{u"tools"_s, serverTools_}});
    if (!admitted) {
        endListing(u"the server's tools could not be recorded (%1)"_s.arg(admitted.message()));
        return;
    }
    listedByServer_.clear();
    for (const QJsonValue &tool : std::as_const(serverTools_))
        listedByServer_.insert(tool.toObject().value(u"name"_s).toString());
    if (admitted->drifted > 0)
        note(u"the server's own listing: %1 tool(s) new or changed since the last review"_s.arg(
            admitted->drifted));
    endListing({});
}

bool Session::callWaitsForListing(const QJsonObject &message, const QByteArray &line)
{
    if (listing_ == Listing::Current)
        return false;
    const QJsonValue id = message.value(u"id"_s);
    for (const auto &waiting : std::as_const(waitingForListing_)) {
        if (idKey(waiting.first.value(u"id"_s)) == idKey(id)) {
            toClient(errorResponse(
                id, InvalidRequest,
                u"request id %1 is already in use by a pending request"_s.arg(idText(id))));
            return true;
        }
    }
    waitingForListing_.append({message, line});
    if (listing_ == Listing::NotYet)
        listServerTools();
    return true;
}

// A tool the server's current listing leaves out has no current definition to judge the call
// against (the store may still hold an old, reviewed one): refused.
void Session::callListedTool(const QJsonObject &message, const QByteArray &line)
{
    const QJsonObject params = message.value(u"params"_s).toObject();
    const QString name = params.value(u"name"_s).toString();
    if (name.isEmpty() || listedByServer_.contains(name)) {
        handleCall(message, line);
        return;
    }
    const QString why = u"tool '%1' is not in the server's current tool list, so it has no "
                        u"current definition to judge the call against"_s.arg(name);
    RunRecorder::Call refused;
    refused.callId = idKey(message.value(u"id"_s));
    refused.tool = name;
    refused.arguments = params.value(u"arguments"_s).toObject();
    refused.otherParams = paramsBesideArguments(params);
    refused.decision.decision = refusal(u"tool"_s, why);
    const Status recorded = recorder_.recordBlocked(refused, why);
    replyToolError(
        message.value(u"id"_s),
        u"Airlock refused this call: "_s + why +
            (recorded ? QString()
                      : u" (the refusal could not be recorded: %1)"_s.arg(recorded.message())));
    note(u"refused "_s + why);
}

// The listing is done (failure empty) or failed: the calls that waited for it are judged
// now, against the definitions just recorded, or refused.
void Session::endListing(const QString &failure)
{
    serverTools_ = QJsonArray();
    if (failure.isEmpty() && relist_) {
        relist_ = false;
        listing_ = Listing::NotYet;
        listServerTools();
        return;
    }
    relist_ = false;
    listing_ = failure.isEmpty() ? Listing::Current : Listing::NotYet;
    if (!failure.isEmpty())
        note(failure);
    const auto waiting = std::exchange(waitingForListing_, {});
    for (const auto &[message, line] : waiting) {
        if (failure.isEmpty() && !serverGone_) {
            callListedTool(message, line);
            continue;
        }
        const QJsonObject params = message.value(u"params"_s).toObject();
        const QString why =
            u"it cannot be judged against the server's current tools: "_s +
            (failure.isEmpty() ? u"the MCP server %1"_s.arg(serverGoneReason_) : failure);
        RunRecorder::Call refused;
        refused.callId = idKey(message.value(u"id"_s));
        refused.tool = params.value(u"name"_s).toString();
        refused.arguments = params.value(u"arguments"_s).toObject();
        refused.decision.decision = refusal(u"tool"_s, why);
        if (Status s = recorder_.recordBlocked(refused, why); !s)
            note(s.message());
        replyToolError(message.value(u"id"_s), u"Airlock refused this call: "_s + why);
    }
}

} // namespace airlock::gate
