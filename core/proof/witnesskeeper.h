#pragma once

// A witness for processes that do not walk the log (airlock-gate): look at the store's newest
// checkpoint, check it against this machine's witness, and advance the witness when the two
// agree. Cheap — the newest checkpoint row, the chain's head and at most two evidence rows —
// so a gate can do it at start and every few seconds. It refuses nothing: what it finds is a
// warning for the gate's log; `airlockctl verify` and the console (which read the shared
// witness) name the attack in full.
//
// "Agree" rests on the hash chain: each event's chain hash commits to every event before it,
// so a store whose event #N still has the hash the witness recorded still holds the log the
// witness saw up to #N, and a newer checkpoint whose own head event is in the store extends
// it. Rows changed without their hash are for the full walk (verify) to find.

#include "checkpoint.h"
#include "result.h"

#include <optional>

namespace airlock {

class Store;

struct WitnessCheck
{
    enum class Outcome {
        NothingToCheck, // no checkpoint in the store and no witness yet
        Unchanged,      // the witness already is the newest checkpoint, and the store holds it
        Advanced,       // the witness now is the store's newest checkpoint
        Unverifiable, // the newest checkpoint cannot be checked here (unknown key, rows this login
                      // cannot read)
        Behind,       // the store has fewer events or older checkpoints than the witness
        Contradicts,  // the store or its checkpoint disagrees with the witness (rewritten, forked,
                      // replaced, bad signature)
    };
    Outcome outcome = Outcome::NothingToCheck;
    QString message;                   // one line for a log: what was found, and what is missing
    std::optional<Checkpoint> witness; // the witness after the check
    bool isWarning() const
    {
        return outcome == Outcome::Behind || outcome == Outcome::Contradicts ||
               outcome == Outcome::Unverifiable;
    }
};

// Checks the store's newest checkpoint against this machine's witness for the store (the
// folder every Airlock process shares, localtrust.h) and advances the witness when they agree.
// An error only when the store or the witness cannot be read at all.
Result<WitnessCheck> keepWitness(Store &store);

} // namespace airlock
