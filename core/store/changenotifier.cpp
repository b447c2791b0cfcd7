#include "changenotifier.h"

#include "notificationlistener.h"
#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
constexpr auto kChannel = "airlock_changes";
}

ChangeNotifier::ChangeNotifier(Store &store, QObject *parent)
    : QObject(parent)
    , store_(store)
{
    // Bursts of file events or notifications become one signal per event-loop turn.
    coalesce_.setSingleShot(true);
    coalesce_.setInterval(0);
    connect(&coalesce_, &QTimer::timeout, this, [this] {
        QStringList topics = pendingTopics_;
        pendingTopics_.clear();
        topics.removeDuplicates();
        topics.sort();
        Q_EMIT changed(topics);
    });
    connect(&store_, &Store::committed, this, [this](const QStringList &topics) {
        if (store_.backend() == Backend::Sqlite)
            lastMarker_ = changeMarker();
        announce(topics);
    });

    if (store_.backend() == Backend::Postgres) {
        listenerThread_ = new QThread(this);
        listenerThread_->setObjectName(u"store-listener"_s);
        listener_ = new NotificationListener(store_.url(), QLatin1String(kChannel));
        listener_->moveToThread(listenerThread_);
        // The listener also polls the chain's head on its own connection, so this thread
        // never waits on the network for news (a silently dropped network would stall it).
        connect(listener_, &NotificationListener::notified, this, &ChangeNotifier::announce);
        connect(listener_, &NotificationListener::connectionChanged, this,
                [this](bool up, const QString &problem) {
                    const bool wasUp = live_;
                    live_ = up;
                    connected_ = up;
                    problem_ = problem;
                    Q_EMIT connectionChanged(up, problem);
                    // Back: whatever was notified while away is lost, so everything re-queries.
                    // (Not the first state, applied in the constructor: subscribers read after it.)
                    if (up && !wasUp && started_)
                        announce({});
                });
        listenerThread_->start();
        // Subscribed (or known to be away) before the constructor returns, so a write made
        // right after it is not missed.
        QMetaObject::invokeMethod(listener_, &NotificationListener::start, Qt::BlockingQueuedConnection);
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // apply the first state now
        started_ = true;
        return;
    }

    // The WAL file may have been recreated by a checkpoint: watch again, then check.
    connect(&watcher_, &QFileSystemWatcher::fileChanged, this, &ChangeNotifier::fileEvent);
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, &ChangeNotifier::fileEvent);
    recheck_.setSingleShot(true);
    connect(&recheck_, &QTimer::timeout, this, [this] {
        const qint64 before = lastMarker_;
        check();
        // Still no commit: look again a little later, a few times, then leave it to the poll.
        if (lastMarker_ == before && ++rechecks_ < 4)
            recheck_.start(recheck_.interval() * 3);
    });
    watchFiles();
    // SQLite's slow fallback poll (a file event can be missed, e.g. on network drives).
    connect(&poll_, &QTimer::timeout, this, &ChangeNotifier::check);
    poll_.setInterval(2000);
    lastMarker_ = changeMarker();
    poll_.start();
}

ChangeNotifier::~ChangeNotifier()
{
    if (listener_) {
        QMetaObject::invokeMethod(listener_, &NotificationListener::stop, Qt::BlockingQueuedConnection);
        listenerThread_->quit();
        listenerThread_->wait();
        delete listener_;
    }
}

void ChangeNotifier::watchFiles()
{
    const QString db = store_.url().path;
    const QString wal = db + u"-wal"_s;
    QStringList wanted{db};
    if (QFileInfo::exists(wal))
        wanted << wal;
    for (const QString &path : wanted) {
        if (!watcher_.files().contains(path))
            watcher_.addPath(path);
    }
    // The folder tells us when the WAL file appears.
    const QString dir = QFileInfo(db).absolutePath();
    if (!watcher_.directories().contains(dir))
        watcher_.addPath(dir);
    live_ = !watcher_.files().isEmpty();
}

qint64 ChangeNotifier::changeMarker()
{
    // SQLite: data_version changes whenever another connection commits to the file.
    QSqlQuery q(store_.database());
    if (q.exec(u"PRAGMA data_version"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void ChangeNotifier::fileEvent()
{
    watchFiles();
    const qint64 before = lastMarker_;
    check();
    // A writer's first WAL frames raise the file event before its commit does; inotify folds
    // the rest of that transaction's writes into the same event, so data_version can look
    // unchanged now and nothing would follow until the slow poll. Look again shortly.
    if (lastMarker_ == before) {
        rechecks_ = 0;
        recheck_.start(10);
    }
}

void ChangeNotifier::check()
{
    if (store_.inWrite() || !connected_ || fileLost())
        return;
    const qint64 marker = changeMarker();
    if (marker != lastMarker_) {
        lastMarker_ = marker;
        announce({});
    }
}

bool ChangeNotifier::fileLost()
{
    // A deleted or replaced file wakes the watcher (or the poll) too: say so, once.
    if (fileLost_)
        return true;
    const Status file = store_.checkFile();
    if (file)
        return false;
    fileLost_ = true;
    live_ = false;
    Q_EMIT storeFileLost(file.message());
    return true;
}

void ChangeNotifier::announce(const QStringList &topics)
{
    pendingTopics_ += topics;
    if (!coalesce_.isActive())
        coalesce_.start();
}

} // namespace airlock
