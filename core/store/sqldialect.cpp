#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace airlock {

QStringList SqlDialect::beginWrite(Lock lock) const
{
    if (backend == Backend::Sqlite)
        return {u"BEGIN IMMEDIATE"_s};
    if (lock == Lock::None)
        return {u"BEGIN"_s};
    return {u"BEGIN"_s, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriterLockKey)};
}

QString SqlDialect::driverName() const
{
    return backend == Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

} // namespace airlock
