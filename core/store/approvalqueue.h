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
        // The process that holds the request open while it waits (HoldLease), or empty for
        // nobody. A holder renews the lease with renewLease() until the request is decided.
        QString holder;
        int leaseSecs = 0;
    };
    // Checks the call against the connector's policy first: a denied call is refused (and
    // recorded as a blocked attempt); otherwise the request is recorded as pending.
    // A client-made id names one call: re-sending it with the same connector, tool, target,
    // arguments and requester returns the recorded request (a retry); anything else is a
    // Conflict naming what differs, and nothing is written.
    Result<ApprovalRequest> request(const NewRequest &r);

    // Reads never write. A pending request whose time is up reads as expired, and one whose
    // holder's lease ran out reads as withdrawn, before any sweep has recorded it.
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
    // Withdraws every pending request whose holder's lease ran out, and stops its run, with
    // the reason ("its gate stopped holding it (lease expired at T)"); returns how many.
    Result<int> endAbandoned();
    // Records what readers already see: expireDue() and endAbandoned(). Whoever sweeps calls
    // it (the console's inbox feed, airlockctl, a gate); it writes only when something is due.
    Result<int> sweep();
    // The holder extends its lease by leaseSecs from now. Conflict when the request is no
    // longer pending under this holder's live lease (decided, ended, or its lease ran out).
    Status renewLease(const QString &id, const QString &holder, int leaseSecs);
    // Records once whether an approved action ran.
    Status recordOutcome(const QString &id, bool executed, const QString &summary);

private:
    Result<std::optional<ApprovalRequest>> readStored(const QString &id);
    Status expireOne(const QString &id, bool *expired);
    // Withdraws one abandoned request (lease out); *ended is the request when this call did it.
    Status endLapsedLease(const QString &id, std::optional<ApprovalRequest> *ended);
    // Stops the run of a request whose holder is gone (a separate write: a login that may end
    // the request but not the run still ends the request).
    void stopAbandonedRun(const ApprovalRequest &r);
    Status endPending(const ApprovalRequest &r, ApprovalStatus to, const QString &why);
    Status approveUnderGrant(ApprovalRequest &r, const ApprovalGrant &g);

    Store &store_;
};

// "approved by alice at 2026-11-21 09:30:12 UTC"
QString describeDecision(const ApprovalRequest &r);

} // namespace airlock
