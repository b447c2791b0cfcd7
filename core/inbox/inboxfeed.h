#pragma once

#include "domain/approvalrequest.h"
#include "store/storeurl.h"

#include <QObject>
#include <QSet>
#include <memory>

class QThread;

namespace airlock {

class InboxModel;
class Store;

// Keeps the inbox queue current: each reload() sweeps (expires the requests whose time is up,
// ends those whose holder died) and
// reads the pending ones on the feed's own worker thread, then hands them to the model on this
// thread in one call. The worker keeps its connection open (one connection per thread): a new
// PostgreSQL connection per read would cost more than the read itself, and the time from a
// notification to the row on screen is what a reviewer waits for. Callers reload on every
// change notification; while a read runs, further reloads fold into one follow-up read.
class InboxFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxFeed)

public:
    InboxFeed(const StoreUrl &url, const QString &actor, InboxModel *model,
              QObject *parent = nullptr);
    ~InboxFeed() override;

    void reload();
    bool isLoading() const;
    bool hasLoaded() const { return loaded_; }

Q_SIGNALS:
    // Just before the model's rows change (then loaded() follows).
    void aboutToUpdate();
    void loaded();
    // Requests that were not in the queue before (never on the first load).
    void arrived(const QList<airlock::ApprovalRequest> &requests);
    // Requests that left the queue (decided, expired or withdrawn).
    void left(const QStringList &ids);
    void failed(const QString &message);

private:
    void apply(const QList<ApprovalRequest> &pending);
    void finished();

    StoreUrl url_;
    QString actor_;
    InboxModel *model_;
    QThread *thread_;
    QObject *worker_;              // lives on thread_
    std::unique_ptr<Store> store_; // opened, used and closed on thread_ only
    bool running_ = false;
    bool again_ = false;
    QSet<QString> known_;
    bool loaded_ = false;
};

} // namespace airlock
