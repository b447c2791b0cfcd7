#pragma once

#include "storeurl.h"

#include <QString>

namespace airlock {

// The few places where SQLite and PostgreSQL differ; everything else is shared SQL.
struct SqlDialect
{
    Backend backend;

    // Starts a write transaction that holds the store's single writer lock: on SQLite
    // BEGIN IMMEDIATE takes the RESERVED lock; on PostgreSQL a transaction-scoped advisory
    // lock serialises writers so the evidence chain's sequence stays gapless.
    QStringList beginWrite() const;
    QString driverName() const;
};

// The advisory lock key that serialises writers on PostgreSQL ("AIRLOCK" in ASCII).
inline constexpr qint64 kWriterLockKey = 0x4149524c4f434bLL;

} // namespace airlock
