#pragma once

#include "storeurl.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

namespace airlock {

class Store;

// LISTENs on a PostgreSQL channel over a connection of its own, on the thread it lives on
// (ChangeNotifier moves it to a dedicated thread, so notifications are read while the UI
// thread is busy). Every second it reads the head of the evidence chain on that connection:
// a head that moved without a notification (a writer that did not notify) is announced as a
// change of unknown topics — the slow fallback poll, kept off the UI thread — and a read that
// fails means the connection is gone. Then it says so, reconnects with backoff (0.25 s
// doubling to 5 s), subscribes again and says it is back — the owner then re-queries
// everything, because notifications sent while it was away are lost.
class NotificationListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationListener)

public:
    NotificationListener(const StoreUrl &url, const QString &channel);
    ~NotificationListener() override;

    // Both run on the listener's thread.
    void start(); // connects now (one attempt), then keeps the connection up
    void stop();  // closes the connection

Q_SIGNALS:
    void notified(const QStringList &topics);
    // up: subscribed; otherwise problem says why not (the next attempt follows by itself).
    void connectionChanged(bool up, const QString &problem);

private:
    bool connectNow();
    void probe();
    void lost(const QString &problem);
    qint64 chainHead(); // -1 when it cannot be read

    StoreUrl url_;
    QString shownUrl_; // the store as the user gave it, for messages
    QString channel_;
    std::unique_ptr<Store> store_;
    QTimer probe_;
    QTimer retry_;
    int backoffMs_ = 0;
    bool up_ = false;
    qint64 lastHead_ = -1;
    bool notifiedSinceProbe_ = false;
};

} // namespace airlock
