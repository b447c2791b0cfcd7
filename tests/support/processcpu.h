#pragma once

// CPU time a process has used, from /proc (Linux): what a test asserts about a process that
// should be idle, measured in CPU ticks rather than by the wall clock, so a busy machine
// cannot make it fail.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <unistd.h>

namespace airlock::test {

// User + system CPU seconds process pid has used so far; -1 when /proc cannot be read.
inline double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // Fields 3… follow: utime is field 14 and stime field 15 (proc(5)), so indexes 11 and 12.
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace airlock::test
