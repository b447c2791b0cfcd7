#include "workflowsteps.h"

#include "policy/calljudge.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"
#include "store/toolstore.h"

#include "clock.h"

#include <QJsonDocument>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace airlock::demo {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString uuidFrom(QRandomGenerator &rng)
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = rng.generate();
        for (int b = 0; b < 4; ++b)
            bytes[i + b] = char((v >> (8 * b)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// ------------------------------------------------------------------------------ the steps

Result<PolicyDecision> judgeStep(Store &store, const QString &connector, const QString &tool,
                                 const QString &target)
{
    auto c = ConnectorStore(store).get(connector);
    if (!c)
        return c.error();
    auto t = ToolStore(store).find(connector, tool);
    if (!t)
        return t.error();
    // The gate's own judge, so the simulator's verdicts are the gate's.
    CallToJudge call;
    call.connector = &*c;
    call.tool = *t; // an unknown tool is refused
    call.toolName = tool;
    call.target = target;
    call.actor = store.actor();
    return judgeCall(call).decision;
}

Result<RunHandle> openRun(Store &store, const Workflow &w, const QString &id,
                          const QString &trigger, const QJsonObject &details)
{
    store.setActor(w.agent);
    Run run;
    run.id = id;
    run.workflow = w.name;
    run.trigger = trigger;
    run.identity = w.identity;
    run.model = w.model;
    auto started = RunStore(store).start(run);
    if (!started)
        return started.error();
    RunHandle handle{started->id, &w, {}};
    if (auto t = noteEvent(store, handle, EventKind::Trigger, trigger, details); !t)
        return t.error();
    return handle;
}

Result<qint64> noteEvent(Store &store, RunHandle &run, EventKind kind, const QString &summary,
                         const QJsonObject &payload, EventResult result)
{
    EvidenceEvent e;
    e.kind = kind;
    e.runId = run.id;
    e.result = result;
    e.summary = summary;
    e.payload = compact(payload);
    auto recorded = EvidenceChain(store).append(e);
    if (!recorded)
        return recorded.error();
    return recorded->seq;
}

Result<qint64> recordCall(Store &store, RunHandle &run, const Call &c, const PolicyDecision &d)
{
    QJsonObject args = c.arguments;
    args.insert(u"path"_s, c.target);
    EvidenceEvent e;
    e.runId = run.id;
    e.connector = c.connector;
    e.tool = c.tool;
    e.power = d.power;
    e.target = c.target;
    if (d.verdict == Verdict::Deny) {
        e.kind = EventKind::Blocked;
        e.result = EventResult::Blocked;
        e.summary = d.reason;
        e.payload = compact(
            {{u"arguments"_s, args}, {u"rule"_s, d.rule}, {u"verdict"_s, wordOf(d.verdict)}});
    } else {
        e.kind = eventKindFor(d.power);
        e.result = c.result;
        e.summary = c.summary;
        QJsonObject payload{{u"arguments"_s, args}};
        if (!c.content.isEmpty())
            payload.insert(u"content"_s, c.content);
        e.payload = compact(payload);
    }
    auto recorded = EvidenceChain(store).append(e);
    if (!recorded)
        return recorded.error();
    if (e.kind == EventKind::Read || e.kind == EventKind::Search)
        run.evidence << recorded->seq;
    return recorded->seq;
}

Result<ApprovalRequest> requestApproval(Store &store, RunHandle &run, const Ask &a,
                                        const QString &id, int expiresInSecs)
{
    QJsonObject args = a.arguments;
    args.insert(u"path"_s, a.target);
    ApprovalQueue::NewRequest r;
    r.id = id;
    r.runId = run.id;
    r.connector = a.connector;
    r.tool = a.tool;
    r.target = a.target;
    r.arguments = compact(args);
    if (!a.before.isEmpty() || !a.after.isEmpty())
        r.proposedChange = compact({{u"before"_s, a.before}, {u"after"_s, a.after}});
    r.evidenceSeqs = run.evidence;
    r.expiresInSecs = expiresInSecs;
    auto request = ApprovalQueue(store).request(r);
    if (!request)
        return request.error();
    if (Status s = RunStore(store).setStatus(run.id, RunStatus::WaitingApproval); !s)
        return s.error();
    return request;
}

Status addUsage(Store &store, QRandomGenerator &rng, const RunHandle &run)
{
    const Workflow &w = *run.workflow;
    const qint64 in = qint64(w.tokensIn * (0.6 + rng.bounded(0.9)));
    const qint64 out = qint64(w.tokensOut * (0.6 + rng.bounded(0.9)));
    const double cost = std::round((in * w.inPerMTok + out * w.outPerMTok) / 1e6 * 1e4) / 1e4;
    return RunStore(store).addUsage(run.id, in, out, cost);
}

// ------------------------------------------------------------------- the workflows' records

const QString kPolicies = u"sharepoint:sites/policies/approved/"_s;
const QString kApExport = u"erp:exports/ap-open-invoices/latest"_s;
const QString kInvoiceTrigger = u"scheduler: AP check before the payment run"_s;

QString ticketPath(int number)
{
    return u"zendesk:tickets/queue=triage/%1"_s.arg(number);
}

QJsonObject ticketContent(int number, const Ticket &t, const Account &a)
{
    return {{u"ticket"_s, number},
            {u"subject"_s, t.subject},
            {u"requester"_s, a.contact},
            {u"organization"_s, a.name},
            {u"channel"_s, u"email"_s},
            {u"body"_s, t.body},
            {u"attachments"_s, t.attachments},
            {u"attachments_read"_s, false}};
}

Ask routingAsk(int ticketNumber, const QString &queue, const QString &priority)
{
    return {kDesk,
            u"route_ticket"_s,
            ticketPath(ticketNumber),
            {{u"queue"_s, queue}, {u"priority"_s, priority}},
            {{u"queue"_s, u"triage"_s}, {u"priority"_s, u"normal"_s}},
            {{u"queue"_s, queue}, {u"priority"_s, priority}}};
}

QString ticketTrigger(int number)
{
    return u"Zendesk webhook: ticket #%1 created"_s.arg(number);
}

QJsonObject ticketTriggerDetails(int number)
{
    return {{u"source"_s, u"zendesk"_s}, {u"event"_s, u"ticket.created"_s}, {u"ticket"_s, number}};
}

QJsonObject invoiceSchedule()
{
    return {{u"source"_s, u"scheduler"_s}, {u"schedule"_s, u"Mon, Wed, Fri overnight"_s}};
}

QJsonObject exportContent(int rows, const QDateTime &exportedAt, const QDateTime &readAt)
{
    return {{u"export"_s, u"AP Open Invoices"_s},
            {u"exported_at"_s, isoTime(exportedAt)},
            {u"age_hours"_s, qRound(exportedAt.secsTo(readAt) / 3600.0)},
            {u"freshness_limit_hours"_s, 24},
            {u"rows"_s, rows}};
}

QString invoicePath(const QString &invoice)
{
    return u"erp:invoices/status=open/"_s + invoice;
}

QString callTrigger(const QString &owner, const QString &accountName)
{
    return u"call logged by %1: %2"_s.arg(owner, accountName);
}

QJsonObject callTriggerDetails(const QString &callId)
{
    return {{u"source"_s, u"salesforce"_s}, {u"event"_s, u"call.logged"_s}, {u"call"_s, callId}};
}

} // namespace airlock::demo
