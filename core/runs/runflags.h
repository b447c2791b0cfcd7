#pragma once

#include "domain/evidenceevent.h"
#include "domain/run.h"

#include <QStringList>

namespace airlock {

// What went wrong in a run, as bits kept on the run row (migration 3) so the runs list can
// show and filter them without reading evidence. The migration's SQL applies the same rules.
enum RunFlag : int {
    RunBlocked = 1,  // a call was refused by policy (or the run ended blocked)
    RunRejected = 2, // a reviewer rejected an approval request
    RunFailed = 4,   // an error, a failed or timed-out call (or the run ended failed)
    RunStopped = 8,  // the run was stopped
};
constexpr int kAllRunFlags = RunBlocked | RunRejected | RunFailed | RunStopped;

// The flags one evidence event adds to its run.
int runFlagsOf(const EvidenceEvent &event);
// The flags a run's final status adds.
int runFlagsOf(RunStatus finalStatus);
// "blocked", "rejected", "failed", "stopped" for the bits set, in that order.
QStringList runFlagWords(int flags);

} // namespace airlock
