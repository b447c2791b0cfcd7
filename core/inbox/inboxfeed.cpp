#include "inboxfeed.h"

#include "inboxmodel.h"
#include "clock.h"
#include "jobs/backgroundread.h"
#include "store/approvalqueue.h"
#include "store/store.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
// A queue longer than this is not triaged by hand; the oldest-expiring come first anyway.
constexpr int kQueueLimit = 2000;
}

InboxFeed::InboxFeed(const StoreUrl &url, const QString &actor, InboxModel *model, QObject *parent)
    : QObject(parent)
    , url_(url)
    , actor_(actor)
    , model_(model)
    , reader_(new BackgroundRead(this))
{
    model_->setActor(actor);
    reader_->setErrorHandler([this](const QString &message) { Q_EMIT failed(message); });
}

bool InboxFeed::isLoading() const
{
    return reader_->isBusy();
}

void InboxFeed::reload()
{
    QPointer<InboxFeed> self(this);
    const QString actor = actor_;
    reader_->start(url_, [self, actor](Store &store) -> std::function<void()> {
        store.setActor(actor);
        ApprovalQueue queue(store);
        // list() expires what is due first (a guarded write per request), so an expired
        // request leaves every open inbox at the next read, whoever's clock noticed.
        auto pending = queue.list(ApprovalStatus::Pending, kQueueLimit);
        return [self, pending] {
            if (!self)
                return;
            if (!pending) {
                Q_EMIT self->failed(pending.message());
                return;
            }
            self->apply(*pending);
        };
    });
}

void InboxFeed::apply(const QList<ApprovalRequest> &pending)
{
    QSet<QString> now;
    QList<ApprovalRequest> fresh;
    for (const ApprovalRequest &r : pending) {
        now.insert(r.id);
        if (loaded_ && !known_.contains(r.id))
            fresh << r;
    }
    QStringList gone;
    for (const QString &id : std::as_const(known_)) {
        if (!now.contains(id))
            gone << id;
    }
    known_ = now;
    Q_EMIT aboutToUpdate();
    model_->setNow(currentTime());
    model_->setRequests(pending);
    loaded_ = true;
    if (!gone.isEmpty())
        Q_EMIT left(gone);
    if (!fresh.isEmpty())
        Q_EMIT arrived(fresh);
    Q_EMIT loaded();
}

} // namespace airlock
