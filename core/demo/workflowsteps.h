#pragma once

// The steps every demo workflow takes through the gateway, shared by the seeder (which writes
// the story into the past) and the simulator (which runs the workflows live): open a run,
// make a tool call that the policy judges and the evidence chain records, hold an action for
// approval. Also the wording the workflows' records share (tickets, exports).

#include "demoworld.h"

#include "domain/evidenceevent.h"
#include "policy/policy.h"
#include "result.h"
#include "store/approvalqueue.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace airlock {
class Store;
}

namespace airlock::demo {

QByteArray compact(const QJsonObject &o);

// A version-4 UUID drawn from rng, so a seeded generator gives the same ids.
QString uuidFrom(QRandomGenerator &rng);

struct RunHandle
{
    QString id;
    const Workflow *workflow = nullptr;
    QList<qint64> evidence; // what the agent read, for the approval requests it makes
};

// One tool call through the gateway: the policy decides, and the call is recorded.
struct Call
{
    QString connector;
    QString tool;
    QString target;
    QString summary;     // what happened, in words (a refusal uses the policy's own reason)
    QJsonObject content; // what the agent read or produced
    QJsonObject arguments = {};
    Verdict expect = Verdict::Allow;
    EventResult result = EventResult::Success;
};

// A proposed action held for a human.
struct Ask
{
    QString connector;
    QString tool;
    QString target;
    QJsonObject arguments; // besides "path"
    QJsonObject before;
    QJsonObject after;
};

// The connector's policy on one call, as the store's actor: the core's judgeCall() on the
// recorded connector and tool.
Result<PolicyDecision> judgeStep(Store &store, const QString &connector, const QString &tool,
                                 const QString &target);
// Starts a run of w (as its agent) with the given id and records its trigger.
Result<RunHandle> openRun(Store &store, const Workflow &w, const QString &id,
                          const QString &trigger, const QJsonObject &details);
Result<qint64> noteEvent(Store &store, RunHandle &run, EventKind kind, const QString &summary,
                         const QJsonObject &payload, EventResult result = EventResult::Success);
// Records c as the policy decided it: the call itself, or a blocked attempt. Reads and
// searches become the run's evidence.
Result<qint64> recordCall(Store &store, RunHandle &run, const Call &c, const PolicyDecision &d);
// Holds a as a pending request citing the run's evidence; the run waits for approval.
// A call the policy denies is refused (Denied) and recorded as a blocked attempt.
Result<ApprovalRequest> requestApproval(Store &store, RunHandle &run, const Ask &a,
                                        const QString &id, int expiresInSecs);

// Token use and cost of a run, drawn around its workflow's typical size.
Status addUsage(Store &store, QRandomGenerator &rng, const RunHandle &run);

// -------------------------------------------------------------------- the workflows' records

QString ticketPath(int number);
QJsonObject ticketContent(int number, const Ticket &t, const Account &a);
// A routing change of a ticket from triage, as the router proposes it.
Ask routingAsk(int ticketNumber, const QString &queue, const QString &priority);
QString ticketTrigger(int number);
QJsonObject ticketTriggerDetails(int number);

extern const QString kPolicies; // the approved policies' folder on SharePoint
extern const QString kApExport; // the AP open-invoices export
extern const QString kInvoiceTrigger;
QJsonObject invoiceSchedule();
QJsonObject exportContent(int rows, const QDateTime &exportedAt, const QDateTime &readAt);
QString invoicePath(const QString &invoice);

QString callTrigger(const QString &owner, const QString &accountName);
QJsonObject callTriggerDetails(const QString &callId);

} // namespace airlock::demo
