#include "approvalwatch.h"

#include "store/approvalqueue.h"
#include "store/changenotifier.h"

using namespace Qt::StringLiterals;

namespace airlock::gate {

namespace {
constexpr int kPollMs = 1000;
}

ApprovalWatch::ApprovalWatch(Store &store, ChangeNotifier &notifier, QObject *parent)
    : QObject(parent)
    , store_(store)
    , lease_(HoldLease::forThisProcess())
{
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &ApprovalWatch::check);
    renew_.setInterval(lease_.renewIntervalMs());
    connect(&renew_, &QTimer::timeout, this, &ApprovalWatch::renew);
    // Another holder's abandoned requests (a gate killed elsewhere) are ended by whoever
    // notices: a gate looks as often as it renews its own leases.
    sweep_.setInterval(lease_.renewIntervalMs());
    connect(&sweep_, &QTimer::timeout, this, &ApprovalWatch::sweep);
    sweep_.start();
    connect(&notifier, &ChangeNotifier::changed, this, [this](const QStringList &topics) {
        if (!watched_.isEmpty() && (topics.isEmpty() || topics.contains(u"approvals"_s) ||
                                    topics.contains(u"connectors"_s)))
            check();
    });
}

ApprovalWatch::~ApprovalWatch() = default;

void ApprovalWatch::watch(const QString &requestId)
{
    watched_.insert(requestId, true);
    poll_.start();
    if (!renew_.isActive())
        renew_.start();
}

void ApprovalWatch::forget(const QString &requestId)
{
    watched_.remove(requestId);
    if (watched_.isEmpty()) {
        poll_.stop();
        renew_.stop();
    }
}

void ApprovalWatch::renew()
{
    ApprovalQueue queue(store_);
    for (auto it = watched_.cbegin(); it != watched_.cend(); ++it) {
        // A refusal (decided meanwhile, or the lease ran out while the store was away) shows
        // at the next check; an unreachable store is tried again at the next renewal.
        (void)queue.renewLease(it.key(), lease_.holder, lease_.leaseSecs);
    }
}

void ApprovalWatch::sweep()
{
    (void)ApprovalQueue(store_).sweep(); // best effort: it is tried again at the next interval
}

void ApprovalWatch::check()
{
    ApprovalQueue queue(store_);
    const QStringList ids = watched_.keys();
    bool ended = false;
    for (const QString &id : ids) {
        if (!watched_.contains(id))
            continue;           // settled by an earlier signal's handler
        auto r = queue.get(id); // reads only: an expired request reads as expired
        if (!r && r.code() == ErrorCode::StoreUnavailable)
            continue; // server restart or network drop: keep holding; the next check reconnects
        if (!r) {
            watched_.remove(id);
            Q_EMIT failed(id, r.error());
            continue;
        }
        if (r->status == ApprovalStatus::Pending)
            continue;
        watched_.remove(id);
        ended = ended || r->status == ApprovalStatus::Expired || r->status == ApprovalStatus::Withdrawn;
        Q_EMIT settled(*r);
    }
    if (watched_.isEmpty()) {
        poll_.stop();
        renew_.stop();
    }
    if (ended)
        sweep(); // records the expiry (or the lease's end) that the read derived
}

} // namespace airlock::gate
