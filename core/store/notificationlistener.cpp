#include "notificationlistener.h"

#include "evidencechain.h"
#include "store.h"

#include <QSqlQuery>

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
constexpr int kProbeMs = 1000;
constexpr int kFirstBackoffMs = 250;
constexpr int kMaxBackoffMs = 5000;
// A network that drops without a reset would leave the probe's SELECT 1 waiting forever:
// every PostgreSQL connection the store opens has TCP keepalives and a user timeout
// (Store::connect), so the kernel gives up on a silent peer within ~10 s.
} // namespace

NotificationListener::NotificationListener(const StoreUrl &url, const QString &channel)
    : url_(url)
    , shownUrl_(url.display())
    , channel_(channel)
    , probe_(this) // children move to the listener's thread with it
    , retry_(this)
{
    probe_.setInterval(kProbeMs);
    connect(&probe_, &QTimer::timeout, this, &NotificationListener::probe);
    retry_.setSingleShot(true);
    connect(&retry_, &QTimer::timeout, this, [this] {
        if (!connectNow()) {
            backoffMs_ = qMin(backoffMs_ * 2, kMaxBackoffMs);
            retry_.start(backoffMs_);
        }
    });
}

NotificationListener::~NotificationListener() = default;

void NotificationListener::start()
{
    // Timers must be started on the thread the listener lives on.
    probe_.start();
    if (!connectNow()) {
        backoffMs_ = kFirstBackoffMs;
        retry_.start(backoffMs_);
    }
}

void NotificationListener::stop()
{
    probe_.stop();
    retry_.stop();
    if (store_ && store_->database().isOpen())
        store_->database().driver()->unsubscribeFromNotification(channel_);
    store_.reset();
}

bool NotificationListener::connectNow()
{
    Store::Options options;
    options.migrate = false;
    auto opened = Store::open(url_, options);
    if (!opened) {
        if (up_ || backoffMs_ == 0) {
            up_ = false;
            Q_EMIT connectionChanged(false, opened.message());
        }
        return false;
    }
    store_ = std::move(*opened);
    QSqlDriver *driver = store_->database().driver();
    if (!driver->subscribeToNotification(channel_)) {
        const QString problem = u"cannot LISTEN on %1"_s.arg(channel_);
        store_.reset();
        up_ = false;
        Q_EMIT connectionChanged(false, problem);
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != channel_)
                    return;
                notifiedSinceProbe_ = true;
                Q_EMIT notified(payload.toString().split(u',', Qt::SkipEmptyParts));
            });
    lastHead_ = chainHead();
    notifiedSinceProbe_ = false;
    backoffMs_ = 0;
    up_ = true;
    Q_EMIT connectionChanged(true, QString());
    return true;
}

void NotificationListener::probe()
{
    if (!store_ || retry_.isActive())
        return;
    const qint64 head = chainHead();
    if (head < 0) {
        if (!store_->connectionAlive())
            lost(u"lost the connection to %1"_s.arg(shownUrl_));
        return;
    }
    // Every Airlock write notifies; a head that moved without any notification since the last
    // look was written by something that did not, so everything re-queries.
    if (lastHead_ >= 0 && head != lastHead_ && !notifiedSinceProbe_)
        Q_EMIT notified({});
    lastHead_ = head;
    notifiedSinceProbe_ = false;
}

qint64 NotificationListener::chainHead()
{
    QSqlQuery q(store_->database());
    if (!q.exec(chainHeadSql(*store_)))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0; // an empty chain: no row, or NULL
}

void NotificationListener::lost(const QString &problem)
{
    // Closing the dead connection also removes its socket notifier.
    store_.reset();
    up_ = false;
    Q_EMIT connectionChanged(false, problem);
    backoffMs_ = kFirstBackoffMs;
    retry_.start(backoffMs_);
}

} // namespace airlock
