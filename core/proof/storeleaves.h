#pragma once

// The store's evidence as Merkle leaves (merkletree.h): leaf i is event #(i + 1), its leaf
// hash made from the event's stored chain hash. Only sealed events (with a sequence number)
// are leaves.

#include "merkletree.h"

namespace airlock {

class Store;

// Reads [begin, end) in one query; a sequence number missing from the range is an error
// naming it, so a gap never shifts the later leaves.
merkle::LeafReader storeLeafReader(Store &store);

} // namespace airlock
