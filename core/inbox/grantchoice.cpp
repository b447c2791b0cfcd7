#include "grantchoice.h"

#include "policy/scopematcher.h"

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
constexpr int kMinGrantSecs = 60;
constexpr int kMaxGrantSecs = 30 * 86400;
} // namespace

Result<GrantStore::NewGrant> grantFor(const ApprovalRequest &r, const GrantChoice &choice)
{
    GrantStore::NewGrant g;
    g.connector = r.connector;
    g.tool = r.tool;
    g.fromRequest = r.id;
    g.note = choice.note.trimmed();
    if (choice.validForSecs < kMinGrantSecs || choice.validForSecs > kMaxGrantSecs)
        return Error{ErrorCode::InvalidArgument, u"a grant lasts between 1 minute and 30 days"_s};
    g.validForSecs = choice.validForSecs;
    const QString pattern = choice.targetPattern.trimmed();
    if (choice.span == GrantChoice::Span::ThisRun) {
        if (r.runId.isEmpty())
            return Error{ErrorCode::InvalidArgument,
                         u"this request belongs to no run: \"this run only\" cannot apply"_s};
        g.runId = r.runId;
        g.targetPattern = pattern.isEmpty() ? u"**"_s : pattern;
    } else {
        if (pattern.isEmpty())
            return Error{ErrorCode::InvalidArgument,
                         u"the target pattern is empty (\"**\" means every target)"_s};
        g.targetPattern = pattern;
    }
    if (!globMatch(g.targetPattern, r.target))
        return Error{ErrorCode::InvalidArgument,
                     u"the pattern '%1' does not cover this request's target '%2'"_s.arg(
                         g.targetPattern, r.target)};
    return g;
}

QString suggestedTargetPattern(const QString &target)
{
    const qsizetype slash = target.lastIndexOf(u'/');
    if (slash <= 0)
        return u"**"_s;
    return target.left(slash) + u"/*"_s;
}

} // namespace airlock
