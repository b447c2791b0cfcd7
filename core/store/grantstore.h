#pragma once

#include "domain/approvalgrant.h"
#include "result.h"

#include <QList>
#include <optional>

namespace airlock {

class Store;

// Scoped, expiring approvals ("Approve for…"), their revocation, and the question the
// approval queue asks before holding a call: does an active grant already answer it?
class GrantStore
{
public:
    explicit GrantStore(Store &store) : store_(store) {}

    struct NewGrant
    {
        QString id; // client-made; generated when empty
        QString connector;
        QString tool;
        QString targetPattern = QStringLiteral("**");
        QString runId;            // non-empty: this run only
        int validForSecs = 3600;  // 1 s .. 30 days
        QString fromRequest;
        QString note;
    };
    // Records a grant by the store's actor (an approval_granted event). Errors:
    // InvalidArgument (unknown connector or tool, empty pattern, bad duration), NotFound.
    Result<ApprovalGrant> grant(const NewGrant &g);
    // Ends a grant now (a grant_revoked event). A reason is required. Conflict when it has
    // already been revoked or has expired.
    Result<ApprovalGrant> revoke(const QString &id, const QString &reason);

    Result<ApprovalGrant> get(const QString &id);
    // The connector's grants, newest first; with includeEnded, revoked and expired ones too.
    Result<QList<ApprovalGrant>> forConnector(const QString &connector, bool includeEnded = false);
    // Every active grant, by connector.
    Result<QList<ApprovalGrant>> active();

private:
    Store &store_;
};

// "this run only, until 14:30 UTC" / "send_reply on tickets/** until 2026-11-21 14:30 UTC"
QString describeGrant(const ApprovalGrant &g);

} // namespace airlock
