#pragma once

#include <QString>

namespace airlock::test {

// The throwaway PostgreSQL server of scripts/with-postgres.sh, for suites that stop and start
// it (AIRLOCK_TEST_PG_BINDIR, _DATADIR, _PORT, _LOG and _RUNAS say where and as whom).
// Each returns "" on success, else what went wrong.
QString missingPgServerVariables(); // the variables not set, or ""
QString stopPgServer();             // pg_ctl stop -m fast, waiting until it is down
QString startPgServer();            // pg_ctl start on the same port, waiting until it is up

} // namespace airlock::test
