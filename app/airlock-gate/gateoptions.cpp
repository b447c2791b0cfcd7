#include "gateoptions.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace airlock::gate {

QString gateUsage()
{
    return u"usage: airlock-gate --store URL --connector NAME [--run-label TEXT] [--as NAME]\n"
           u"                    [--server-timeout SECONDS] [--approval-expiry SECONDS]\n"
           u"                    [--max-message-bytes N] [--progress-interval SECONDS]\n"
           u"                    -- SERVER_COMMAND [ARGS...]\n"
           u"\n"
           u"An MCP stdio proxy: start it where an MCP client would start the server. It starts\n"
           u"SERVER_COMMAND, relays between the two, and holds every tool call to the policy of\n"
           u"CONNECTOR in the store: calls are allowed, held for a reviewer, or refused, and\n"
           u"the session is recorded as a run with the evidence of every call.\n"
           u"\n"
           u"  --store URL                  sqlite:///path/evidence.db or postgresql://…\n"
           u"                               (default: the local store)\n"
           u"  --connector NAME             the connector whose policy applies (required)\n"
           u"  --run-label TEXT             the run's trigger (default: $AIRLOCK_RUN_LABEL,\n"
           u"                               else the client's name and the server command)\n"
           u"  --as NAME                    the identity recorded as acting (default: the\n"
           u"                               connector's identity principal)\n"
           u"  --server-timeout SECONDS     give up on a server answer after this long (default "
           u"300)\n"
           u"  --approval-expiry SECONDS    a held call's request expires undecided after this\n"
           u"                               long (default 14400)\n"
           u"  --max-message-bytes N        refuse larger messages (default 16777216)\n"
           u"  --progress-interval SECONDS  while a call waits for approval, tell the client so\n"
           u"                               this often (when it asked for progress; default 10)\n"
           u"\n"
           u"Exit codes: 0 the client ended the session; 1 the store failed to record the end;\n"
           u"2 usage; 3 the store or the connector could not be opened, or the server not "
           u"started;\n"
           u"4 the server died during the session.\n"_s;
}

namespace {
bool positiveNumber(const QString &option, const QString &text, qint64 max, qint64 *value,
                    QString *error)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v <= 0 || v > max) {
        *error =
            u"%1 must be a whole number from 1 to %2, not '%3'"_s.arg(option).arg(max).arg(text);
        return false;
    }
    *value = v;
    return true;
}
} // namespace

bool parseGateOptions(const QStringList &arguments, GateOptions *o, QString *error, bool *help)
{
    *help = false;
    o->runLabel = QProcessEnvironment::systemEnvironment().value(u"AIRLOCK_RUN_LABEL"_s);
    const QStringList withValue{u"--store"_s,
                                u"--connector"_s,
                                u"--run-label"_s,
                                u"--as"_s,
                                u"--server-timeout"_s,
                                u"--approval-expiry"_s,
                                u"--max-message-bytes"_s,
                                u"--progress-interval"_s};
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (arg == u"--"_s) {
            ++i;
            break;
        }
        if (arg == u"-h"_s || arg == u"--help"_s) {
            *help = true;
            *error = gateUsage();
            return false;
        }
        if (!arg.startsWith(u"--"_s))
            break; // the server command, without "--" before it
        QString value;
        const qsizetype eq = arg.indexOf(u'=');
        if (eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
        }
        if (!withValue.contains(arg)) {
            *error = u"unknown option '%1'"_s.arg(arg);
            return false;
        }
        if (eq < 0) {
            if (i + 1 >= arguments.size()) {
                *error = u"%1 needs a value"_s.arg(arg);
                return false;
            }
            value = arguments.at(++i);
        }
        qint64 n = 0;
        if (arg == u"--store"_s) {
            o->store = value;
        } else if (arg == u"--connector"_s) {
            o->connector = value.trimmed();
        } else if (arg == u"--run-label"_s) {
            o->runLabel = value;
        } else if (arg == u"--as"_s) {
            o->actor = value.trimmed();
        } else if (arg == u"--server-timeout"_s) {
            if (!positiveNumber(arg, value, 7 * 86400, &n, error))
                return false;
            o->serverTimeoutSecs = int(n);
        } else if (arg == u"--approval-expiry"_s) {
            if (!positiveNumber(arg, value, 30 * 86400, &n, error))
                return false;
            o->approvalExpirySecs = int(n);
        } else if (arg == u"--progress-interval"_s) {
            if (!positiveNumber(arg, value, 3600, &n, error))
                return false;
            o->progressSecs = int(n);
        } else if (arg == u"--max-message-bytes"_s) {
            if (!positiveNumber(arg, value, qint64(1) << 30, &n, error))
                return false;
            o->maxMessageBytes = qsizetype(n);
        }
    }
    if (o->connector.isEmpty()) {
        *error = u"--connector NAME is required: the connector whose policy the gate enforces"_s;
        return false;
    }
    if (i >= arguments.size() || arguments.at(i).isEmpty()) {
        *error =
            u"no server command: give it after '--', e.g. -- npx -y @modelcontextprotocol/server-filesystem /srv/docs"_s;
        return false;
    }
    o->program = arguments.at(i);
    o->programArguments = arguments.mid(i + 1);
    return true;
}

} // namespace airlock::gate
