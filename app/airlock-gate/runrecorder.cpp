#include "runrecorder.h"

#include "clock.h"
#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace airlock::gate {

namespace {
constexpr int kMaxReadsCited = 50;

QByteArray compact(QJsonObject o, const QJsonObject &otherParams = {})
{
    if (!otherParams.isEmpty())
        o[u"other_params"_s] = otherParams;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString targetText(const CallDecision &d)
{
    if (d.targets.isEmpty())
        return u"(no target)"_s;
    return d.targets.size() == 1
               ? d.targets.constFirst()
               : u"%1 (+%2 more)"_s.arg(d.targets.constFirst()).arg(d.targets.size() - 1);
}
} // namespace

QString summariseResult(const QJsonObject &result)
{
    const QJsonArray content = result.value(u"content"_s).toArray();
    QString firstText;
    qsizetype chars = 0;
    for (const QJsonValue &item : content) {
        const QString text = item.toObject().value(u"text"_s).toString();
        if (firstText.isEmpty())
            firstText = text;
        chars += text.size();
    }
    QString s = u"%1 item%2"_s.arg(content.size()).arg(content.size() == 1 ? QString() : u"s"_s);
    if (chars > 0)
        s += u", %1 characters"_s.arg(chars);
    if (result.contains(u"structuredContent"_s))
        s += u", structured content"_s;
    firstText = firstText.simplified();
    if (!firstText.isEmpty())
        s += u": \u201c%1\u201d"_s.arg(firstText.size() > 120 ? firstText.left(119) + u'\u2026'
                                                              : firstText);
    return s;
}

Status RunRecorder::start(const QJsonObject &clientInfo)
{
    if (started())
        return {};
    const QString client = clientInfo.value(u"name"_s).toString();
    const QString version = clientInfo.value(u"version"_s).toString();
    Run run;
    run.id = newId();
    run.workflow = client.isEmpty() ? u"MCP session via %1"_s.arg(session_.connector)
                                    : u"%1 via %2"_s.arg(client, session_.connector);
    const QString who = client.isEmpty() ? u"an MCP client"_s
                                         : (version.isEmpty() ? client : client + u' ' + version);
    run.trigger =
        !session_.label.isEmpty()
            ? session_.label
            : u"%1 started %2 through airlock-gate (pid %3)"_s.arg(
                  who, session_.command, QString::number(QCoreApplication::applicationPid()));
    run.identity = session_.identity;
    auto started = RunStore(store_).start(run);
    if (!started)
        return started.error();
    runId_ = started->id;
    return {};
}

Result<qint64> RunRecorder::recordCall(const Call &call)
{
    const PolicyDecision &d = call.decision.decision;
    EvidenceEvent e;
    e.kind = eventKindFor(d.power);
    e.connector = session_.connector;
    e.runId = runId_;
    e.tool = call.tool;
    e.power = d.power;
    e.target = call.decision.target;
    e.result = EventResult::Success;
    e.summary = u"%1 on %2: forwarded (%3)"_s.arg(call.tool, targetText(call.decision), d.reason);
    e.payload = compact(
        {{u"call_id"_s, call.callId},
         {u"arguments"_s, call.arguments},
         {u"arguments_hash"_s, QString::fromLatin1(sha256Hex(canonicalJson(call.arguments)))},
         {u"targets"_s, QJsonArray::fromStringList(call.decision.targets)},
         {u"rule"_s, d.rule}},
        call.otherParams);
    auto appended = EvidenceChain(store_).append(e);
    if (!appended)
        return appended.error();
    return appended->seq;
}

bool RunRecorder::recordsBeforeForwarding(const Call &call)
{
    return !isObserving(call.decision.decision.power);
}

Status RunRecorder::recordResult(const Call &call, const QJsonObject &result, qint64 durationMs)
{
    const bool failed = result.value(u"isError"_s).toBool();
    const PolicyDecision &d = call.decision.decision;
    const bool withCall = !recordsBeforeForwarding(call);
    EvidenceEvent e;
    e.kind = withCall ? eventKindFor(d.power) : EventKind::Output;
    e.connector = session_.connector;
    e.runId = runId_;
    e.tool = call.tool;
    e.power = d.power;
    e.target = call.decision.target;
    e.result = failed ? EventResult::Failure : EventResult::Success;
    e.summary = u"%1%2 %3 in %4 ms: %5"_s
                    .arg(call.tool, withCall ? u" on "_s + targetText(call.decision) : QString(),
                         failed ? u"failed"_s : u"returned"_s)
                    .arg(durationMs)
                    .arg(summariseResult(result));
    QJsonObject payload{{u"call_id"_s, call.callId},
                        {u"duration_ms"_s, durationMs},
                        {u"is_error"_s, failed},
                        {u"content_items"_s, result.value(u"content"_s).toArray().size()}};
    if (withCall) {
        payload[u"arguments"_s] = call.arguments;
        payload[u"arguments_hash"_s] =
            QString::fromLatin1(sha256Hex(canonicalJson(call.arguments)));
        payload[u"targets"_s] = QJsonArray::fromStringList(call.decision.targets);
        payload[u"rule"_s] = d.rule;
    }
    e.payload = compact(payload, call.otherParams);
    auto appended = EvidenceChain(store_).append(e);
    if (!appended)
        return appended.error();
    if (withCall) {
        reads_ << appended->seq;
        if (reads_.size() > kMaxReadsCited)
            reads_.removeFirst();
    }
    return {};
}

Status RunRecorder::recordBlocked(const Call &call, const QString &reason)
{
    const PolicyDecision &d = call.decision.decision;
    EvidenceEvent e;
    e.kind = EventKind::Blocked;
    e.connector = session_.connector;
    e.runId = runId_;
    e.tool = call.tool;
    e.power = d.power;
    e.target = call.decision.target;
    e.result = EventResult::Blocked;
    e.summary = u"%1 on %2 refused: %3"_s.arg(call.tool, targetText(call.decision), reason);
    e.payload = compact({{u"call_id"_s, call.callId},
                         {u"arguments"_s, call.arguments},
                         {u"targets"_s, QJsonArray::fromStringList(call.decision.targets)},
                         {u"rule"_s, d.rule}},
                        call.otherParams);
    return EvidenceChain(store_).append(e).status();
}

Status RunRecorder::recordRead(const Call &call, bool failed, const QString &resultSummary,
                               qint64 durationMs)
{
    const PolicyDecision &d = call.decision.decision;
    EvidenceEvent e;
    e.kind = eventKindFor(d.power);
    e.connector = session_.connector;
    e.runId = runId_;
    e.tool = call.tool;
    e.power = d.power;
    e.target = call.decision.target;
    e.result = failed ? EventResult::Failure : EventResult::Success;
    e.summary = u"%1 on %2 %3 in %4 ms: %5"_s
                    .arg(call.tool, targetText(call.decision), failed ? u"failed"_s : u"returned"_s)
                    .arg(durationMs)
                    .arg(resultSummary);
    e.payload = compact({{u"call_id"_s, call.callId},
                         {u"duration_ms"_s, durationMs},
                         {u"is_error"_s, failed},
                         {u"params"_s, call.arguments},
                         {u"targets"_s, QJsonArray::fromStringList(call.decision.targets)},
                         {u"rule"_s, d.rule}});
    auto appended = EvidenceChain(store_).append(e);
    if (!appended)
        return appended.error();
    reads_ << appended->seq;
    if (reads_.size() > kMaxReadsCited)
        reads_.removeFirst();
    return {};
}

Result<qint64> RunRecorder::recordProblem(EventResult result, const QString &summary,
                                          const QJsonObject &payload, const QString &tool)
{
    EvidenceEvent e;
    e.kind = EventKind::Error;
    e.connector = session_.connector;
    e.runId = runId_;
    e.tool = tool;
    e.result = result;
    e.summary = summary;
    e.payload = compact(payload);
    auto appended = EvidenceChain(store_).append(e);
    if (!appended)
        return appended.error();
    return appended->seq;
}

Status RunRecorder::setWaiting(bool waiting)
{
    if (!started() || ended_)
        return {};
    return RunStore(store_).setStatus(runId_,
                                      waiting ? RunStatus::WaitingApproval : RunStatus::Running);
}

Status RunRecorder::finish(RunStatus status, const QString &reason, qint64 stoppedAtSeq)
{
    if (!started() || ended_)
        return {};
    Status s = RunStore(store_).finish(runId_, status, reason, stoppedAtSeq);
    if (s)
        ended_ = true;
    return s;
}

} // namespace airlock::gate
