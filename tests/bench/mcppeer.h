#pragma once

// A minimal MCP stdio client for the gateway benchmarks: starts a server (or a gate in front
// of one), initializes it, then sends one request at a time and reads lines until its answer.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace airlock::bench {

class Peer
{
public:
    // The child's stderr goes to ours unless quiet (sixteen gates would drown the output).
    bool start(const QString &program, const QStringList &args, bool quiet = false)
    {
        using namespace Qt::StringLiterals;
        if (quiet)
            p_.setStandardErrorFile(QProcess::nullDevice());
        else
            p_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p_.start(program, args);
        if (!p_.waitForStarted(20000))
            return false;
        const QJsonObject init = request(
            u"initialize"_s,
            {{u"protocolVersion"_s, u"2025-11-25"_s},
             {u"capabilities"_s, QJsonObject()},
             {u"clientInfo"_s, QJsonObject{{u"name"_s, u"bench"_s}, {u"version"_s, u"1"_s}}}});
        if (!init.contains(u"result"_s))
            return false;
        p_.write("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n");
        return true;
    }
    // The answer to the request, or an empty object when none came within 30 s.
    QJsonObject request(const QString &method, const QJsonObject &params)
    {
        using namespace Qt::StringLiterals;
        const int id = ++id_;
        p_.write(QJsonDocument(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                           {u"id"_s, id},
                                           {u"method"_s, method},
                                           {u"params"_s, params}})
                     .toJson(QJsonDocument::Compact) +
                 '\n');
        for (;;) {
            while (!p_.canReadLine()) {
                if (!p_.waitForReadyRead(30000))
                    return {};
            }
            const QJsonObject o = QJsonDocument::fromJson(p_.readLine()).object();
            if (o.value(u"id"_s).toInt() == id)
                return o;
        }
    }
    void stop()
    {
        p_.closeWriteChannel();
        if (!p_.waitForFinished(10000)) {
            p_.kill();
            p_.waitForFinished(5000);
        }
    }

private:
    QProcess p_;
    int id_ = 0;
};

// Whether a tools/call answer is a success (a result that is not an error).
inline bool callSucceeded(const QJsonObject &answer)
{
    using namespace Qt::StringLiterals;
    return answer.contains(u"result"_s) &&
           !answer.value(u"result"_s).toObject().value(u"isError"_s).toBool();
}

} // namespace airlock::bench
