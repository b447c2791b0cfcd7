#pragma once

#include "storeurl.h"

#include <QString>

namespace airlock {

// The few places where SQLite and PostgreSQL differ; everything else is shared SQL.
struct SqlDialect
{
    Backend backend;

    // Starts a write transaction. On SQLite BEGIN IMMEDIATE takes the file's one RESERVED
    // lock, always. On PostgreSQL an exclusive write takes a transaction-scoped advisory lock
    // that serialises read-modify-write changes (policy, decisions); appending evidence needs
    // none (the database seals the log, migration 8) and begins without it.
    enum class Lock { Exclusive, None };
    QStringList beginWrite(Lock lock = Lock::Exclusive) const;
    QString driverName() const;
};

// The advisory lock key that serialises writers on PostgreSQL ("AIRLOCK" in ASCII).
inline constexpr qint64 kWriterLockKey = 0x4149524c4f434bLL;
// The advisory lock the database takes while it seals evidence into the log ("AIRSEAL").
inline constexpr qint64 kSealLockKey = 0x41495253454c4cLL;

} // namespace airlock
