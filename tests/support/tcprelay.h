#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace airlock::test {

// A TCP relay on 127.0.0.1 in front of a server, on a thread of its own (so clients on the
// test's thread may block on it): a test points one client at port() and can cut the path —
// every relayed connection is dropped and new ones are closed at once, as when a network
// link goes down and comes back — while other clients reach the server directly.
class TcpRelay final
{
public:
    TcpRelay();
    ~TcpRelay();
    Q_DISABLE_COPY_MOVE(TcpRelay)

    // Listens on a free port of 127.0.0.1 and relays to host:port; false with why on error.
    bool start(const QString &host, quint16 port, QString *error);
    quint16 port() const { return port_; }
    // Open: relays. Closed: drops what it relays and refuses to relay anything new.
    void setOpen(bool open);
    int connections() const; // relayed connections open now

private:
    class Worker;
    std::unique_ptr<QThread> thread_;
    Worker *worker_ = nullptr;
    quint16 port_ = 0;
};

} // namespace airlock::test
