#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QThread;

namespace airlock {

class NotificationListener;
class Store;

// Tells subscribers that the store changed, whichever process wrote (DESIGN §7).
// PostgreSQL: LISTEN/NOTIFY on a listener connection of its own, on its own thread (the
// payload is only a hint). When that connection is lost (server restart, network drop) the
// notifier says so (connectionChanged), the listener reconnects with backoff, and on its
// return the notifier announces a catch-all change: subscribers re-query everything, so
// nothing written while it was away is missed.
// SQLite: a watch on the database and its WAL file, confirmed by PRAGMA data_version,
// plus a slow poll in case the file system does not report changes.
// Own writes through the same Store are reported too. Subscribers always re-query.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(Store &store, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // SQLite's fallback poll; on PostgreSQL the listener polls on its own thread.
    void setPollInterval(int ms) { poll_.setInterval(ms); }
    bool isLive() const { return live_; } // true when change events (not only polling) work
    // False while the server cannot be reached; what subscribers show is then stale.
    bool isConnected() const { return connected_; }
    QString connectionProblem() const { return problem_; }

Q_SIGNALS:
    // topics: "connectors", "approvals", "runs", "evidence"; empty when unknown.
    void changed(const QStringList &topics);
    // The store's server was lost (problem says why) or is back.
    void connectionChanged(bool connected, const QString &problem);
    // SQLite: the file this store opened was deleted or replaced (problem says which). For
    // good: nothing can be recorded through this Store any more; open the store again.
    void storeFileLost(const QString &problem);

private:
    void check();
    void fileEvent();
    void watchFiles();
    qint64 changeMarker();
    void announce(const QStringList &topics);
    bool fileLost();

    Store &store_;
    QFileSystemWatcher watcher_;
    QTimer poll_;
    QTimer coalesce_;
    QTimer recheck_;   // follows a file event that came before the writer's commit
    int rechecks_ = 0;
    QStringList pendingTopics_;
    qint64 lastMarker_ = -1;
    bool live_ = false;
    bool connected_ = true;
    bool started_ = false; // the first connection state is applied: a later "up" is a return
    bool fileLost_ = false;
    QString problem_;
    QThread *listenerThread_ = nullptr;
    NotificationListener *listener_ = nullptr;
};

} // namespace airlock
