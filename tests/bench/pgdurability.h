#pragma once

// What a PostgreSQL server says about its durability as it runs, for the benchmarks that
// report throughput on it: a figure measured with fsync, synchronous_commit or
// full_page_writes off (scripts/with-postgres.sh without --durable) must say so.

#include "result.h"
#include "store/store.h"

#include <QFile>
#include <QList>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace airlock::bench {

struct Durability
{
    QString fsync, synchronousCommit, fullPageWrites, version;

    bool durable() const
    {
        using namespace Qt::StringLiterals;
        return fsync == u"on"_s && synchronousCommit == u"on"_s && fullPageWrites == u"on"_s;
    }
    QString describe() const
    {
        using namespace Qt::StringLiterals;
        return u"server: PostgreSQL %1, fsync=%2 synchronous_commit=%3 full_page_writes=%4: %5"_s
            .arg(version, fsync, synchronousCommit, fullPageWrites,
                 durable() ? u"DURABLE"_s
                           : u"NOT DURABLE - never report these figures as durable"_s);
    }
};

inline Result<Durability> readDurability(Store &store)
{
    using namespace Qt::StringLiterals;
    QSqlQuery q(store.database());
    if (!q.exec(u"SELECT current_setting('fsync'), current_setting('synchronous_commit'), "
                u"current_setting('full_page_writes'), current_setting('server_version')"_s) ||
        !q.next())
        return Error{ErrorCode::StoreUnavailable,
                     u"cannot read the server's settings: "_s + q.lastError().text()};
    return Durability{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString()};
}

// The machine in one line: OS, kernel, cores, CPU model.
inline QString machine()
{
    using namespace Qt::StringLiterals;
    QString cpu;
    QFile info(u"/proc/cpuinfo"_s);
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return u"%1, kernel %2, %3 cores%4"_s.arg(QSysInfo::prettyProductName(),
                                             QSysInfo::kernelVersion())
        .arg(QThread::idealThreadCount())
        .arg(cpu.isEmpty() ? QString() : u" (%1)"_s.arg(cpu));
}

// The figures both PostgreSQL benchmarks print: medians of rounds, rates with separators.
inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

inline QString thousands(double v)
{
    return QLocale(QLocale::English).toString(qint64(v + 0.5));
}

} // namespace airlock::bench
