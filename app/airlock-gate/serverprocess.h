#pragma once

#include "lineframer.h"

#include <QObject>
#include <QProcess>

namespace airlock::gate {

// The real MCP server, started as the gate's child: messages to its standard input, one per
// line, in order; its standard output cut into messages; its standard error passed through
// to the gate's, where MCP clients show server logs.
class ServerProcess final : public QObject
{
    Q_OBJECT

public:
    ServerProcess(qsizetype maxMessageBytes, QObject *parent = nullptr);

    // Starts program with arguments; false and *error when it cannot be started.
    bool start(const QString &program, const QStringList &arguments, QString *error);
    void send(const QByteArray &message);
    bool isRunning() const { return process_.state() != QProcess::NotRunning; }
    // Closes the server's standard input (MCP's way to end a stdio session), then waits up to
    // graceMs for it to exit before terminating it, and as much again before killing it.
    void stop(int graceMs);
    qint64 pid() const { return process_.processId(); }

Q_SIGNALS:
    void received(const airlock::gate::LineFramer::Frame &frame);
    // The server exited or crashed; why, in words ("exited with code 1", "crashed (signal)").
    void exited(const QString &why, bool cleanExit);

private:
    void readAvailable();

    LineFramer framer_;
    QProcess process_;
    bool stopping_ = false;
};

} // namespace airlock::gate
