#include "serverprocess.h"

using namespace Qt::StringLiterals;

namespace airlock::gate {

ServerProcess::ServerProcess(qsizetype maxMessageBytes, QObject *parent)
    : QObject(parent)
    , framer_(maxMessageBytes)
{
    process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&process_, &QProcess::readyReadStandardOutput, this, &ServerProcess::readAvailable);
    connect(&process_, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readAvailable();
        for (const LineFramer::Frame &f : framer_.finish())
            Q_EMIT received(f);
        if (status == QProcess::CrashExit)
            Q_EMIT exited(stopping_ ? u"was stopped by the gate"_s : u"crashed"_s, stopping_);
        else
            Q_EMIT exited(u"exited with code %1"_s.arg(code), stopping_ || code == 0);
    });
}

bool ServerProcess::start(const QString &program, const QStringList &arguments, QString *error)
{
    process_.start(program, arguments);
    if (!process_.waitForStarted(30000)) {
        *error = u"cannot start the MCP server '%1': %2"_s.arg(program, process_.errorString());
        return false;
    }
    return true;
}

void ServerProcess::send(const QByteArray &message)
{
    if (process_.state() != QProcess::Running)
        return;
    process_.write(message);
    process_.write("\n", 1);
}

void ServerProcess::readAvailable()
{
    const QByteArray bytes = process_.readAllStandardOutput();
    if (bytes.isEmpty())
        return;
    for (const LineFramer::Frame &f : framer_.feed(bytes))
        Q_EMIT received(f);
}

void ServerProcess::stop(int graceMs)
{
    if (process_.state() == QProcess::NotRunning)
        return;
    stopping_ = true;
    process_.closeWriteChannel();
    if (process_.waitForFinished(graceMs))
        return;
    process_.terminate();
    if (process_.waitForFinished(graceMs))
        return;
    process_.kill();
    process_.waitForFinished(graceMs);
}

} // namespace airlock::gate
