#include "pgserver.h"

#include <QProcess>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace airlock::test {

namespace {
// Runs the test server's pg_ctl (as the postgres user when the test runs as root).
QString pgCtl(const QStringList &args)
{
    QStringList command = qEnvironmentVariable("AIRLOCK_TEST_PG_RUNAS").split(u' ', Qt::SkipEmptyParts);
    command << qEnvironmentVariable("AIRLOCK_TEST_PG_BINDIR") + u"/pg_ctl"_s << u"-D"_s
            << qEnvironmentVariable("AIRLOCK_TEST_PG_DATADIR") << args;
    QProcess p;
    p.setWorkingDirectory(u"/"_s);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(command.takeFirst(), command);
    if (!p.waitForFinished(90000))
        return u"pg_ctl %1 did not finish"_s.arg(args.join(u' '));
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return u"pg_ctl %1 failed: %2"_s.arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError()));
    return {};
}
} // namespace

QString missingPgServerVariables()
{
    QStringList missing;
    for (const char *name : {"AIRLOCK_TEST_PG_URL", "AIRLOCK_TEST_PG_BINDIR", "AIRLOCK_TEST_PG_DATADIR",
                             "AIRLOCK_TEST_PG_PORT", "AIRLOCK_TEST_PG_LOG"}) {
        if (!qEnvironmentVariableIsSet(name))
            missing << QLatin1String(name);
    }
    return missing.join(u", "_s);
}

QString stopPgServer()
{
    return pgCtl({u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s});
}

QString startPgServer()
{
    // The port given at the first start is not in postgresql.conf: pass it again.
    return pgCtl({u"-l"_s, qEnvironmentVariable("AIRLOCK_TEST_PG_LOG"), u"-o"_s,
                  u"-p "_s + qEnvironmentVariable("AIRLOCK_TEST_PG_PORT"), u"-w"_s, u"-t"_s, u"60"_s,
                  u"start"_s});
}

} // namespace airlock::test
