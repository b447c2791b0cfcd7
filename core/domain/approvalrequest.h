#pragma once

#include "connector.h"
#include "power.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace airlock {

enum class ApprovalStatus { Pending, Approved, Rejected, Expired, Withdrawn };
AIRLOCK_VOCABULARY(ApprovalStatus, "pending", "approved", "rejected", "expired", "withdrawn")

enum class ApprovalOutcome { None, Executed, NotExecuted };
AIRLOCK_VOCABULARY(ApprovalOutcome, "none", "executed", "not_executed")

// A proposed action held before it happens (DESIGN §3–4).
struct ApprovalRequest
{
    QString id; // client-made (UUID)
    QString runId;
    QString connector;
    QString tool;
    Power power = Power::Write;
    QString target;
    QByteArray arguments;     // canonical JSON
    QString argumentsHash;    // sha256 hex of arguments
    QByteArray proposedChange; // JSON {"before":…, "after":…} or empty
    QList<qint64> evidenceSeqs; // the events the agent read
    QString rule;              // why it needs approval, in words
    PermissionMode mode = PermissionMode::AlwaysAsk;
    QString requestedBy;
    QDateTime requestedAt;
    QDateTime expiresAt;
    ApprovalStatus status = ApprovalStatus::Pending;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionNote;
    QByteArray approvedArguments; // what may run: the original or the edited arguments
    QString approvedArgumentsHash;
    bool edited = false;
    ApprovalOutcome outcome = ApprovalOutcome::None;
    QDateTime outcomeAt;
    // Who holds the request open (a gate holding a call, a waiting airlockctl): "program
    // pid@host token"; empty when nobody does (a request made without --wait). The holder
    // renews its lease while it waits; once the lease is out the request is ended.
    QString holder;
    QDateTime leaseExpiresAt;

    bool leaseLapsed(const QDateTime &now) const
    {
        return !holder.isEmpty() && leaseExpiresAt.isValid() && leaseExpiresAt <= now;
    }

    bool isDecided() const { return status != ApprovalStatus::Pending; }
};

} // namespace airlock
