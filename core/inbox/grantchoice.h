#pragma once

#include "domain/approvalrequest.h"
#include "result.h"
#include "store/grantstore.h"

namespace airlock {

// What a reviewer picks in "Approve for…": how far the approval reaches beyond this request.
struct GrantChoice
{
    enum class Span { ThisRun, ToolAndTargets };
    Span span = Span::ThisRun;
    QString targetPattern; // scope glob; must cover the request's own target
    int validForSecs = 3600;
    QString note;
};

// The grant to record with the approval of r. Errors (InvalidArgument) name what is wrong:
// "this run only" for a request that belongs to no run, an empty pattern, a pattern that does
// not cover the request's own target, a duration outside 1 minute … 30 days.
Result<GrantStore::NewGrant> grantFor(const ApprovalRequest &r, const GrantChoice &choice);

// A pattern to start from: the target's parent with one segment open
// ("tickets/4711" → "tickets/*", "crm:accounts/a/b" → "crm:accounts/a/*"), or "**".
QString suggestedTargetPattern(const QString &target);

} // namespace airlock
