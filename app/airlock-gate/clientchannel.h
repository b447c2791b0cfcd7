#pragma once

#include "lineframer.h"

#include <QObject>
#include <QSocketNotifier>

namespace airlock::gate {

// The MCP client's side of the stdio transport: messages arrive on the gate's standard
// input and leave on its standard output, one per line, each written out whole at once.
class ClientChannel final : public QObject
{
    Q_OBJECT

public:
    ClientChannel(qsizetype maxMessageBytes, QObject *parent = nullptr);

    void start();
    // Writes one message and its newline straight to fd 1 (no buffering). False when the
    // client has gone (a broken pipe).
    bool send(const QByteArray &message);

Q_SIGNALS:
    void received(const airlock::gate::LineFramer::Frame &frame);
    void closed(); // the client closed its end of standard input

private:
    void readAvailable();

    LineFramer framer_;
    QSocketNotifier notifier_;
    bool closed_ = false;
};

} // namespace airlock::gate
