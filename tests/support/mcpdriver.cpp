#include "mcpdriver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airlock::test {

QString mcpDriverScript()
{
    return QStringLiteral(AIRLOCK_SOURCE_DIR) + u"/tests/gate/driver.mjs"_s;
}

McpDriver::~McpDriver()
{
    if (process_.state() != QProcess::NotRunning) {
        process_.kill();
        process_.waitForFinished(5000);
    }
}

bool McpDriver::start(const QString &node, const QStringList &command, QString *error)
{
    process_.setProcessChannelMode(QProcess::SeparateChannels);
    process_.setProgram(node);
    process_.setArguments(QStringList{mcpDriverScript(), u"--"_s} + command);
    process_.start();
    if (!process_.waitForStarted(20000)) {
        *error = u"cannot start node: "_s + process_.errorString();
        return false;
    }
    const QJsonObject ready = next(60000);
    if (!ready.value(u"ready"_s).toBool()) {
        *error = u"the MCP client did not connect: "_s +
                 QString::fromUtf8(QJsonDocument(ready).toJson()) + u"\nstderr: "_s + stderr();
        return false;
    }
    serverName_ = ready.value(u"server"_s).toObject().value(u"name"_s).toString();
    return true;
}

void McpDriver::send(const QJsonObject &command)
{
    process_.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    process_.waitForBytesWritten(5000);
}

void McpDriver::call(const QString &tag, const QString &tool, const QJsonObject &arguments)
{
    send({{u"tag"_s, tag}, {u"op"_s, u"call"_s}, {u"name"_s, tool}, {u"arguments"_s, arguments}});
}

void McpDriver::keep(const QJsonObject &o)
{
    if (o.value(u"event"_s).toString() == u"transport-closed"_s)
        transportClosed_ = true;
    else
        answers_.insert(o.value(u"tag"_s).toString(), o);
}

QJsonObject McpDriver::answer(const QString &tag, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!answers_.contains(tag) && t.elapsed() < timeoutMs) {
        const QJsonObject o = next(int(timeoutMs - t.elapsed()));
        if (o.isEmpty())
            break;
        keep(o);
    }
    return answers_.take(tag);
}

bool McpDriver::hasAnswer(const QString &tag)
{
    while (process_.canReadLine() || process_.waitForReadyRead(10)) {
        if (!process_.canReadLine())
            continue;
        keep(QJsonDocument::fromJson(process_.readLine()).object());
    }
    return answers_.contains(tag);
}

bool McpDriver::transportClosed()
{
    hasAnswer(QString());
    return transportClosed_;
}

QStringList McpDriver::listTools()
{
    send({{u"tag"_s, u"list"_s}, {u"op"_s, u"list"_s}});
    QStringList names;
    for (const QJsonValue &v : answer(u"list"_s).value(u"tools"_s).toArray())
        names << v.toString();
    return names;
}

bool McpDriver::close()
{
    send({{u"tag"_s, u"close"_s}, {u"op"_s, u"close"_s}});
    answer(u"close"_s, 30000);
    return process_.waitForFinished(30000);
}

QJsonObject McpDriver::next(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!process_.canReadLine()) {
        if (t.elapsed() >= timeoutMs || process_.state() == QProcess::NotRunning)
            return {};
        process_.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(200, timeoutMs - t.elapsed()))));
    }
    return QJsonDocument::fromJson(process_.readLine()).object();
}

} // namespace airlock::test
