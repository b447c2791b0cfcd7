#pragma once

#include <QString>
#include <QStringList>

namespace airlock::gate {

// airlock-gate's command line:
//   airlock-gate --store URL --connector NAME [--run-label TEXT] [--as NAME]
//                [--server-timeout SECONDS] [--approval-expiry SECONDS]
//                [--max-message-bytes N] [--progress-interval SECONDS]
//                -- SERVER_COMMAND [ARGS...]
struct GateOptions
{
    QString store; // empty: the default local store
    QString connector;
    QString runLabel; // --run-label, else $AIRLOCK_RUN_LABEL
    QString actor;    // --as; empty: the connector's identity
    int serverTimeoutSecs = 300;
    int approvalExpirySecs = 4 * 3600;
    int progressSecs = 10;
    qsizetype maxMessageBytes = 16 * 1024 * 1024;
    QString program;
    QStringList programArguments;
};

QString gateUsage();

// Parses arguments (without the program name). Returns false with *error naming what was
// wrong; *help set when --help or --version was asked for (the text is in *error).
bool parseGateOptions(const QStringList &arguments, GateOptions *options, QString *error,
                      bool *help);

} // namespace airlock::gate
