#pragma once

#include "domain/approvalrequest.h"

#include <QString>

namespace airlock {

// The lease a process holds on the approval requests it holds open (issue #11): a gate
// holding a call, or `airlockctl approval request --wait`. The holder renews the lease every
// third of its length while it waits; when a holder dies without withdrawing (SIGKILL, a lost
// machine) its lease runs out and whichever process next notices ends the request and its run.
// Lease times come from each process's clock, like expiry times: clocks that disagree by more
// than a renewal interval end a live holder's requests early.
struct HoldLease
{
    QString holder; // "airlock-gate 4242@host 1a2b3c4d": program, process, a token of this run
    int leaseSecs = 30;

    int renewIntervalMs() const { return leaseSecs * 1000 / 3; }

    // This process as a holder: a 30 s lease, or AIRLOCK_HOLD_LEASE_SECS seconds (tests).
    static HoldLease forThisProcess();
};

// How a reason names a holder: "gate" for airlock-gate, else the program's name.
QString holderWord(const QString &holder);
// Why a request whose holder's lease ran out was ended:
// "its gate stopped holding it (lease expired at 2026-12-07 21:40:00 UTC)".
QString leaseLapseReason(const ApprovalRequest &r);

} // namespace airlock
