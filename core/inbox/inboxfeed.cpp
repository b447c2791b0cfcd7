#include "inboxfeed.h"

#include "clock.h"
#include "inboxmodel.h"
#include "store/approvalqueue.h"
#include "store/store.h"

#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
// A queue longer than this is not triaged by hand; the oldest-expiring come first anyway.
constexpr int kQueueLimit = 2000;
} // namespace

InboxFeed::InboxFeed(const StoreUrl &url, const QString &actor, InboxModel *model, QObject *parent)
    : QObject(parent)
    , url_(url)
    , actor_(actor)
    , model_(model)
    , thread_(new QThread(this))
    , worker_(new QObject)
{
    model_->setActor(actor);
    thread_->setObjectName(u"inbox-feed"_s);
    worker_->moveToThread(thread_);
    thread_->start();
}

InboxFeed::~InboxFeed()
{
    // The connection belongs to the worker thread: close it there, then stop the thread.
    QMetaObject::invokeMethod(
        worker_, [this] { store_.reset(); }, Qt::BlockingQueuedConnection);
    thread_->quit();
    thread_->wait();
    delete worker_;
}

bool InboxFeed::isLoading() const
{
    return running_;
}

void InboxFeed::reload()
{
    if (running_) {
        again_ = true; // one follow-up read covers every change until then
        return;
    }
    running_ = true;
    again_ = false;
    QPointer<InboxFeed> self(this);
    QMetaObject::invokeMethod(
        worker_,
        [this, self] {
            // On the worker thread. `this` outlives the call: the destructor waits for the thread.
            std::optional<Result<QList<ApprovalRequest>>> pending;
            if (!store_) {
                Store::Options options;
                options.migrate = false;
                auto opened = Store::open(url_, options);
                if (!opened)
                    pending = Result<QList<ApprovalRequest>>(opened.error());
                else
                    store_ = std::move(*opened);
            }
            if (store_) {
                store_->setActor(actor_);
                // The console is one of the processes that notice: it records what is due (an
                // expired request, one whose holder died) before it reads, a guarded write per
                // request and none when nothing is due; list() itself only reads, and already
                // leaves out what is over. A login that may not write leaves that to others.
                if (!store_->isReadOnly())
                    (void)ApprovalQueue(*store_).sweep();
                pending = ApprovalQueue(*store_).list(ApprovalStatus::Pending, kQueueLimit);
                if (!*pending)
                    store_.reset(); // a broken connection is opened afresh next time
            }
            QMetaObject::invokeMethod(
                this,
                [self, result = *pending] {
                    if (!self)
                        return;
                    if (!result)
                        Q_EMIT self->failed(result.message());
                    else
                        self->apply(*result);
                    self->finished();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void InboxFeed::finished()
{
    running_ = false;
    if (again_)
        reload();
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
