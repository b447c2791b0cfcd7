#pragma once

#include "result.h"

#include <QtGlobal>

namespace airlock {

class Store;

struct DemoSummary
{
    int connectors = 0;
    int runs = 0;
    int events = 0;
    int approvals = 0;
};

// Fills a store with a realistic demo drawn from the seeds' examples: six connectors (CRM,
// help desk, finance/ERP, team chat, document store, facility dashboard) with scopes,
// identities, modes and tools; runs including one that went wrong and stopped; pending,
// approved, rejected and expired approval requests. The same seed gives the same demo
// (names, arguments, shapes), with times relative to now.
Result<DemoSummary> seedDemo(Store &store, quint32 seed = 1);

} // namespace airlock
