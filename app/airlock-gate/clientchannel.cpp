#include "clientchannel.h"

#include <cerrno>
#include <unistd.h>

namespace airlock::gate {

ClientChannel::ClientChannel(qsizetype maxMessageBytes, QObject *parent)
    : QObject(parent)
    , framer_(maxMessageBytes)
    , notifier_(STDIN_FILENO, QSocketNotifier::Read)
{
    notifier_.setEnabled(false);
    connect(&notifier_, &QSocketNotifier::activated, this, &ClientChannel::readAvailable);
}

void ClientChannel::start()
{
    notifier_.setEnabled(true);
}

// One read() per wake-up: poll() said fd 0 is readable, so it does not block, and standard
// input keeps its blocking mode (it may be shared with whoever started the gate).
void ClientChannel::readAvailable()
{
    if (closed_)
        return;
    char buffer[65536];
    ssize_t n;
    do {
        n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    } while (n < 0 && errno == EINTR);
    if (n > 0) {
        for (const LineFramer::Frame &f : framer_.feed(QByteArray(buffer, qsizetype(n))))
            Q_EMIT received(f);
        return;
    }
    if (n < 0 && errno == EAGAIN)
        return;
    closed_ = true;
    notifier_.setEnabled(false);
    for (const LineFramer::Frame &f : framer_.finish())
        Q_EMIT received(f);
    Q_EMIT closed();
}

bool ClientChannel::send(const QByteArray &message)
{
    QByteArray line = message;
    line.append('\n');
    const char *p = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        left -= n;
    }
    return true;
}

} // namespace airlock::gate
