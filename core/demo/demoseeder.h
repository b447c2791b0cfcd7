#pragma once

// Internal to the demo: the seeder that writes the story through the store's own classes, and
// the small helpers its chapters share. Each workflow's chapters live in a file of their own.

#include "democonnectors.h"
#include "demogenerator.h"
#include "demoworld.h"
#include "workflowsteps.h"

#include "domain/connector.h"
#include "domain/evidenceevent.h"
#include "domain/run.h"
#include "policy/policy.h"
#include "result.h"
#include "store/approvalqueue.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace airlock::demo {

Error storyError(const QString &what);

class Seeder
{
public:
    Seeder(Store &store, quint32 seed, const QDateTime &realNow)
        : store_(store)
        , rng_(seed)
        , realNow_(realNow)
        , now_(realNow.addDays(-140))
    {
        ticketBase_ = 48100 + int(rng_.bounded(700));
        invoiceBase_ = 20800 + int(rng_.bounded(90));
    }

    const QDateTime *clock() const { return &now_; }
    Status seed(); // the chapters in time order (demogenerator.cpp)
    DemoSummary summary() const { return summary_; }

private:
    using Step = Status (Seeder::*)();

    // time and ids (demoseeder.cpp)
    Status at(double hoursAgo);
    void pass(int minSecs, int maxSecs);
    int secsUntilRealNowPlus(double hours) const;
    QString uuid();
    int ticket(const Ticket &t) const { return ticketBase_ + t.offset; }
    QString invoice(int offset) const;

    // policy and runs (demoseeder.cpp)
    Result<PolicyDecision> judge(const QString &connector, const QString &tool,
                                 const QString &target);
    Result<RunHandle> startRun(const Workflow &w, const QString &trigger,
                               const QJsonObject &details);
    Result<qint64> note(RunHandle &run, EventKind kind, const QString &summary,
                        const QJsonObject &payload, EventResult result = EventResult::Success);
    Result<qint64> call(RunHandle &run, const Call &c);
    Result<ApprovalRequest> ask(RunHandle &run, const Ask &a, int expiresInSecs = 4 * 3600);
    Result<qint64> decide(RunHandle &run, const QString &reviewer, const ApprovalRequest &r,
                          const ApprovalQueue::Decision &d);
    Status executed(RunHandle &run, const ApprovalRequest &r, const QString &summary);
    Status finish(RunHandle &run, RunStatus status, const QString &reason, qint64 stoppedAtSeq = 0);
    Status leaveWaiting(RunHandle &run);

    // connector governance: onboarding, a pause, a scope reduction, drift (connectorgovernance.cpp)
    Status apply(const Connector &c, const QList<ToolSpec> &tools, const QString &reason);
    Status onboard(const ConnectorSpec &spec);
    Status onboardConnectors();
    Status pauseFacilityDashboard();
    Status reduceCrmScope();
    Status slackToolAdded();

    // support routing (supportrouting.cpp); triage is the router's common opening: trigger,
    // ticket, account, suggestion
    Result<RunHandle> triage(const Ticket &t, const QJsonObject &suggestion,
                             const QString &suggestionWords);
    Ask routing(const Ticket &t, const QString &queue, const QString &priority) const
    {
        return routingAsk(ticket(t), queue, priority);
    }
    Status supportDuplicateCharge();
    Status supportPasswordReset();
    Status supportDiscountQuestion();
    Status supportColdRoom();
    Status supportCancellationEdited();
    Status supportExpiredRouting();
    Status supportPendingDamaged();
    Status supportPendingOutage();

    // invoice checking (invoicecheck.cpp)
    Status invoicesAllMatched();
    Status invoicesPriceVariance();
    Status invoicesExportTimeout();
    Status invoicesStaleExport();

    // CRM follow-ups (crmfollowups.cpp)
    Status followUpSecondLocation();
    Status followUpCreditTerms();
    Status followUpOutOfScopeAccount();
    Status followUpUnreviewedTool();
    Status followUpPendingClose();
    Status followUpPendingDigest();
    Status followUpRunning();

    Store &store_;
    QRandomGenerator rng_;
    QDateTime realNow_;
    QDateTime now_;
    DemoSummary summary_;
    int ticketBase_ = 0;
    int invoiceBase_ = 0;
    QHash<QString, ConnectorSpec> specs_;
};

} // namespace airlock::demo
