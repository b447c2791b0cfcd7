#pragma once

// A bundle checked against a store: does the store still hold the run's events as the bundle
// has them? The store's log must be the one the bundle's checkpoint signed (same store; at
// least the checkpoint's size; its first `size` events give the checkpoint's root), and each
// event of the bundle must be in the store at its sequence number with the same hash.

#include "evidencebundle.h"

namespace airlock {

struct BundleStoreCheck
{
    bool consistent = false;
    QString problem; // the first difference, naming it
    qint64 storeSize = 0;
};

// bundle is what checkEvidenceBundle() found intact.
Result<BundleStoreCheck> checkBundleAgainstStore(Store &store, const BundleCheck &bundle);

} // namespace airlock
