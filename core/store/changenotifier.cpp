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
        lastMarker_ = changeMarker();
        announce(topics);
    });
    connect(&poll_, &QTimer::timeout, this, &ChangeNotifier::check);

    if (store_.backend() == Backend::Postgres) {
        listenerThread_ = new QThread(this);
        listenerThread_->setObjectName(u"store-listener"_s);
        listener_ = new NotificationListener(store_.url(), QLatin1String(kChannel));
        listener_->moveToThread(listenerThread_);
        connect(listener_, &NotificationListener::notified, this, [this](const QStringList &topics) {
            lastMarker_ = changeMarker();
            announce(topics);
        });
        connect(listener_, &NotificationListener::connectionChanged, this,
                [this](bool up, const QString &problem) {
                    const bool wasUp = live_;
                    live_ = up;
                    connected_ = up;
                    problem_ = problem;
                    // Only the listener knows the server is away: the fallback poll would
                    // block this thread on a dead connection, so it rests until it is back.
                    poll_.setInterval(up ? 10000 : 1000);
                    Q_EMIT connectionChanged(up, problem);
                    // Back: whatever was notified while away is lost, so everything re-queries.
                    // (Not the first state, applied in the constructor: subscribers read after it.)
                    if (up && !wasUp && started_) {
                        lastMarker_ = changeMarker();
                        announce({});
                    }
                });
        listenerThread_->start();
        // Subscribed (or known to be away) before the constructor returns, so a write made
        // right after it is not missed.
        QMetaObject::invokeMethod(listener_, &NotificationListener::start, Qt::BlockingQueuedConnection);
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // apply the first state now
        started_ = true;
        poll_.setInterval(live_ ? 10000 : 1000);
    } else {
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
        poll_.setInterval(2000);
    }
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
    if (store_.backend() == Backend::Sqlite) {
        // data_version changes whenever another connection commits to the file.
        QSqlQuery q(store_.database());
        if (q.exec(u"PRAGMA data_version"_s) && q.next())
            return q.value(0).toLongLong();
        return -1;
    }
    // PostgreSQL fallback poll: the head of the evidence chain moves with every change that
    // matters to a console (every write records evidence).
    auto q = store_.exec(u"SELECT coalesce(max(seq), 0) FROM evidence"_s);
    if (!q || !(*q)->next())
        return -1;
    const qint64 marker = (*q)->value(0).toLongLong();
    (*q)->finish();
    return marker;
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
    if (store_.inWrite() || !connected_)
        return;
    const qint64 marker = changeMarker();
    if (marker != lastMarker_) {
        lastMarker_ = marker;
        announce({});
    }
}

void ChangeNotifier::announce(const QStringList &topics)
{
    pendingTopics_ += topics;
    if (!coalesce_.isActive())
        coalesce_.start();
}

} // namespace airlock
