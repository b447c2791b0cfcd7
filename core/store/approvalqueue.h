#pragma once

#include "domain/approvalrequest.h"
#include "grantstore.h"
#include "result.h"

#include <QList>

namespace airlock {

class Store;

// Approval requests: held actions, decided exactly once (DESIGN §3–4).
class ApprovalQueue
{
public:
    explicit ApprovalQueue(Store &store) : store_(store) {}

    struct NewRequest
    {
        QString id; // client-made; generated when empty. Re-sending the same id is safe.
        QString runId;
        QString connector;
        QString tool;
        std::optional<Power> power; // default: the recorded tool's power
        QString target;
        QByteArray arguments = "{}"; // JSON
        QByteArray proposedChange;   // JSON {"before":…, "after":…}, optional
        QList<qint64> evidenceSeqs;
        int expiresInSecs = 4 * 3600;
    };
    // Checks the call against the connector's policy first: a denied call is refused (and
    // recorded as a blocked attempt); otherwise the request is recorded as pending.
    Result<ApprovalRequest> request(const NewRequest &r);

    Result<ApprovalRequest> get(const QString &id);
    Result<QList<ApprovalRequest>> list(std::optional<ApprovalStatus> status, int limit = 500);

    struct Decision
    {
        bool approve = true;
        QString note;
        std::optional<QByteArray> editedArguments; // JSON; approve only
        // "Approve for…": approve this request and, in the same transaction, grant approval of
        // calls like it (connector and tool are taken from the request). Approve only.
        std::optional<GrantStore::NewGrant> grant;
    };
    // One guarded transition from pending. Errors: NotFound; Conflict ("already approved by X
    // at T"); SelfApproval; Expired ("expired at T"); InvalidArgument (bad edit, reject
    // without a reason).
    Result<ApprovalRequest> decide(const QString &id, const Decision &d);

    // Ends a pending request as withdrawn (the requester gave up, or the connector went away).
    Result<ApprovalRequest> withdraw(const QString &id, const QString &reason);
    Result<int> withdrawForConnector(const QString &connector, const QString &reason);
    // Marks every pending request whose time is up as expired; returns how many.
    Result<int> expireDue();
    // Records once whether an approved action ran.
    Status recordOutcome(const QString &id, bool executed, const QString &summary);

private:
    Status expireOne(const QString &id, bool *expired);
    Status endPending(const ApprovalRequest &r, ApprovalStatus to, const QString &why);
    Status approveUnderGrant(ApprovalRequest &r, const ApprovalGrant &g);

    Store &store_;
};

// "approved by alice at 2026-11-21 09:30:12 UTC"
QString describeDecision(const ApprovalRequest &r);

} // namespace airlock
