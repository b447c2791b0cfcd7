#include "runflags.h"

using namespace Qt::StringLiterals;

namespace airlock {

int runFlagsOf(const EvidenceEvent &e)
{
    if (e.kind == EventKind::RunEnded)
        return 0; // the final status decides, see runFlagsOf(RunStatus)
    int flags = 0;
    if (e.kind == EventKind::ApprovalDecided)
        return e.result == EventResult::Blocked ? RunRejected : 0;
    if (e.kind == EventKind::Blocked || e.result == EventResult::Blocked)
        flags |= RunBlocked;
    if (e.kind == EventKind::Error || e.result == EventResult::Failure ||
        e.result == EventResult::Timeout || e.result == EventResult::ValidationError)
        flags |= RunFailed;
    return flags;
}

int runFlagsOf(RunStatus status)
{
    switch (status) {
    case RunStatus::Blocked:
        return RunBlocked;
    case RunStatus::Failed:
        return RunFailed;
    case RunStatus::Stopped:
        return RunStopped;
    default:
        return 0;
    }
}

QStringList runFlagWords(int flags)
{
    QStringList words;
    if (flags & RunBlocked)
        words << u"blocked"_s;
    if (flags & RunRejected)
        words << u"rejected"_s;
    if (flags & RunFailed)
        words << u"failed"_s;
    if (flags & RunStopped)
        words << u"stopped"_s;
    return words;
}

} // namespace airlock
