#include "tcprelay.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace airlock::test {

class TcpRelay::Worker final : public QObject
{
public:
    QString listen(const QString &host, quint16 port)
    {
        host_ = host;
        upstreamPort_ = port;
        server_ = new QTcpServer(this);
        QObject::connect(server_, &QTcpServer::newConnection, this, &Worker::accept);
        if (!server_->listen(QHostAddress::LocalHost, 0))
            return server_->errorString();
        return {};
    }
    quint16 port() const { return server_->serverPort(); }

    void setOpen(bool open)
    {
        open_ = open;
        if (!open) {
            const auto all = pairs_;
            for (const Pair &p : all) {
                if (p.client)
                    p.client->abort();
                if (p.upstream)
                    p.upstream->abort();
            }
            pairs_.clear();
        }
    }
    int connections() const { return int(pairs_.size()); }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };

    void accept()
    {
        while (QTcpSocket *client = server_->nextPendingConnection()) {
            client->setParent(this);
            if (!open_) {
                client->abort(); // the path is down: nothing gets through
                client->deleteLater();
                continue;
            }
            auto *upstream = new QTcpSocket(this);
            pairs_.append(Pair{client, upstream});
            auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                QObject::connect(from, &QTcpSocket::readyRead, to, [from, to] {
                    if (to->state() == QAbstractSocket::ConnectedState)
                        to->write(from->readAll());
                });
            };
            pipe(client, upstream);
            pipe(upstream, client);
            // What the client sent before the server answered the connect.
            QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
                upstream->write(client->readAll());
            });
            auto drop = [this, c = QPointer<QTcpSocket>(client), u = QPointer<QTcpSocket>(upstream)] {
                for (qsizetype i = 0; i < pairs_.size(); ++i) {
                    if (pairs_.at(i).client == c)
                        pairs_.removeAt(i--);
                }
                for (QTcpSocket *s : {c.data(), u.data()}) {
                    if (s) {
                        s->abort();
                        s->deleteLater();
                    }
                }
            };
            QObject::connect(client, &QTcpSocket::disconnected, this, drop);
            QObject::connect(upstream, &QTcpSocket::disconnected, this, drop);
            QObject::connect(upstream, &QTcpSocket::errorOccurred, this, drop);
            upstream->connectToHost(host_, upstreamPort_);
        }
    }

    QTcpServer *server_ = nullptr;
    QString host_;
    quint16 upstreamPort_ = 0;
    bool open_ = true;
    QList<Pair> pairs_;
};

TcpRelay::TcpRelay()
    : thread_(std::make_unique<QThread>())
{
    thread_->setObjectName(u"tcp-relay"_s);
}

TcpRelay::~TcpRelay()
{
    if (worker_) {
        QMetaObject::invokeMethod(worker_, [w = worker_] { delete w; }, Qt::BlockingQueuedConnection);
        worker_ = nullptr;
    }
    thread_->quit();
    thread_->wait();
}

bool TcpRelay::start(const QString &host, quint16 port, QString *error)
{
    thread_->start();
    worker_ = new Worker;
    worker_->moveToThread(thread_.get());
    QString problem;
    QMetaObject::invokeMethod(worker_, [&] {
        problem = worker_->listen(host, port);
        if (problem.isEmpty())
            port_ = worker_->port();
    }, Qt::BlockingQueuedConnection);
    if (!problem.isEmpty())
        *error = u"the relay cannot listen: "_s + problem;
    return problem.isEmpty();
}

void TcpRelay::setOpen(bool open)
{
    QMetaObject::invokeMethod(worker_, [this, open] { worker_->setOpen(open); }, Qt::BlockingQueuedConnection);
}

int TcpRelay::connections() const
{
    int n = 0;
    QMetaObject::invokeMethod(worker_, [&] { n = worker_->connections(); }, Qt::BlockingQueuedConnection);
    return n;
}

} // namespace airlock::test
