#include "inboxorder.h"

#include <algorithm>

namespace airlock {

bool inboxBefore(const ApprovalRequest &a, const ApprovalRequest &b)
{
    const bool ap = a.status == ApprovalStatus::Pending;
    const bool bp = b.status == ApprovalStatus::Pending;
    if (ap != bp)
        return ap;
    if (!ap) {
        if (a.decidedAt != b.decidedAt)
            return a.decidedAt > b.decidedAt;
        return a.id < b.id;
    }
    if (a.expiresAt != b.expiresAt)
        return a.expiresAt < b.expiresAt;
    if (a.power != b.power)
        return int(a.power) > int(b.power);
    if (a.requestedAt != b.requestedAt)
        return a.requestedAt < b.requestedAt;
    return a.id < b.id;
}

void sortInbox(QList<ApprovalRequest> &requests)
{
    std::stable_sort(requests.begin(), requests.end(), inboxBefore);
}

} // namespace airlock
