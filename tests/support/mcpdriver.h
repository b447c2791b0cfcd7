#pragma once

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace airlock::test {

// One MCP client session: node tests/gate/driver.mjs -- COMMAND... (the official MCP SDK's
// client over stdio), talked to one JSON line at a time, so a test can act (approve,
// disconnect, restart the store's server) while a call is held.
class McpDriver
{
public:
    McpDriver() = default;
    ~McpDriver();
    Q_DISABLE_COPY_MOVE(McpDriver)

    // Starts the client in front of command and waits for its initialize to be answered.
    bool start(const QString &node, const QStringList &command, QString *error);

    void send(const QJsonObject &command);
    void call(const QString &tag, const QString &tool, const QJsonObject &arguments);
    // The answer with this tag (others that arrive first are kept for later); empty when
    // none came within timeoutMs.
    QJsonObject answer(const QString &tag, int timeoutMs = 60000);
    // Whether the answer with this tag has arrived (reads what is there, waits ~10 ms).
    bool hasAnswer(const QString &tag);
    // Whether the client saw the transport close (the gate or server went away).
    bool transportClosed();
    QStringList listTools();
    // Ends the session as a client does, and waits for the driver (and so the gate) to exit.
    bool close();
    QString stderr() { return QString::fromUtf8(process_.readAllStandardError()); }
    const QString &serverName() const { return serverName_; }
    bool running() const { return process_.state() != QProcess::NotRunning; }

private:
    QJsonObject next(int timeoutMs);
    void keep(const QJsonObject &o);

    QProcess process_;
    QHash<QString, QJsonObject> answers_;
    QString serverName_;
    bool transportClosed_ = false;
};

// tests/gate/driver.mjs in the source tree.
QString mcpDriverScript();

} // namespace airlock::test
