#include "approvalwatch.h"

#include "store/approvalqueue.h"
#include "store/changenotifier.h"

using namespace Qt::StringLiterals;

namespace airlock::gate {

namespace {
constexpr int kPollMs = 400;
}

ApprovalWatch::ApprovalWatch(Store &store, ChangeNotifier &notifier, QObject *parent)
    : QObject(parent)
    , store_(store)
{
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &ApprovalWatch::check);
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
}

void ApprovalWatch::forget(const QString &requestId)
{
    watched_.remove(requestId);
    if (watched_.isEmpty())
        poll_.stop();
}

void ApprovalWatch::check()
{
    ApprovalQueue queue(store_);
    const QStringList ids = watched_.keys();
    for (const QString &id : ids) {
        if (!watched_.contains(id))
            continue;           // settled by an earlier signal's handler
        auto r = queue.get(id); // also turns a request whose time is up into expired
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
        Q_EMIT settled(*r);
    }
    if (watched_.isEmpty())
        poll_.stop();
}

} // namespace airlock::gate
