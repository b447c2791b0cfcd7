#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace airlock {

class Store;

// Tells subscribers that the store changed, whichever process wrote (DESIGN §7).
// PostgreSQL: LISTEN/NOTIFY on the store's connection (the payload is only a hint).
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

    void setPollInterval(int ms) { poll_.setInterval(ms); }
    bool isLive() const { return live_; } // true when change events (not only polling) work

Q_SIGNALS:
    // topics: "connectors", "approvals", "runs", "evidence"; empty when unknown.
    void changed(const QStringList &topics);

private:
    void check();
    void fileEvent();
    void watchFiles();
    qint64 changeMarker();
    void announce(const QStringList &topics);

    Store &store_;
    QFileSystemWatcher watcher_;
    QTimer poll_;
    QTimer coalesce_;
    QTimer recheck_;   // follows a file event that came before the writer's commit
    int rechecks_ = 0;
    QStringList pendingTopics_;
    qint64 lastMarker_ = -1;
    bool live_ = false;
};

} // namespace airlock
