#pragma once

#include "domain/approvalrequest.h"

#include <QList>

namespace airlock {

// The inbox's order: pending requests first; among them the one whose time runs out first,
// and at the same expiry the riskier power (trigger > send > write …) first, then the older
// request. Requests no longer pending follow, most recently decided first.
bool inboxBefore(const ApprovalRequest &a, const ApprovalRequest &b);
void sortInbox(QList<ApprovalRequest> &requests);

} // namespace airlock
