#pragma once

#include <QDateTime>
#include <QString>

namespace airlock {

// "Approve for…": a reviewer's standing approval of calls like one they just decided, for a
// limited time (DESIGN §4). A grant never turns a denied call into an allowed one: it only
// answers, in advance and on the record, a call that would otherwise wait for a human.
//   - this run only:      runId set; covers the tool on targets matching the pattern in that run
//   - tool and targets:   runId empty; covers the tool on matching targets in any run
// Every grant expires; any reviewer may revoke it earlier. Both are evidence.
struct ApprovalGrant
{
    QString id;            // client-made (UUID)
    QString connector;
    QString tool;
    QString targetPattern; // scope glob syntax ("*" one segment, "**" any); "**" = every target
    QString runId;         // non-empty: this run only
    QString grantedBy;
    QDateTime grantedAt;
    QDateTime expiresAt;
    QString fromRequest;   // the approval request it was granted on, if any
    QString note;
    QString revokedBy;
    QDateTime revokedAt;
    QString revokeReason;

    bool isRevoked() const { return revokedAt.isValid(); }
    bool isActiveAt(const QDateTime &t) const { return !isRevoked() && t < expiresAt; }
    bool isRunOnly() const { return !runId.isEmpty(); }
};

} // namespace airlock
