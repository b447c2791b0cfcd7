#include "holdlease.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace airlock {

HoldLease HoldLease::forThisProcess()
{
    HoldLease lease;
    bool ok = false;
    const int secs = qEnvironmentVariableIntValue("AIRLOCK_HOLD_LEASE_SECS", &ok);
    if (ok && secs > 0)
        lease.leaseSecs = secs;
    const QString program = QCoreApplication::instance()
        ? QFileInfo(QCoreApplication::applicationFilePath()).fileName()
        : u"airlock"_s;
    lease.holder = u"%1 %2@%3 %4"_s.arg(program, QString::number(QCoreApplication::applicationPid()),
                                        QSysInfo::machineHostName(),
                                        QString::number(QRandomGenerator::system()->generate(), 16));
    return lease;
}

QString holderWord(const QString &holder)
{
    const QString program = holder.section(u' ', 0, 0);
    if (program == u"airlock-gate"_s)
        return u"gate"_s;
    if (program == u"airlockctl"_s)
        return u"waiting airlockctl"_s;
    return program.isEmpty() ? u"holder"_s : program;
}

QString leaseLapseReason(const ApprovalRequest &r)
{
    return u"its %1 stopped holding it (lease expired at %2)"_s.arg(
        holderWord(r.holder), r.leaseExpiresAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
}

} // namespace airlock
