#pragma once

#include "domain/approvalrequest.h"
#include "store/storeurl.h"

#include <QObject>
#include <QSet>

namespace airlock {

class BackgroundRead;
class InboxModel;

// Keeps the inbox queue current: each reload() expires the requests whose time is up and
// reads the pending ones on a worker thread (its own connection), then hands them to the
// model on this thread in one call. Callers reload on every change notification; a newer
// read drops an older one, so a burst of changes costs one model update.
class InboxFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxFeed)

public:
    InboxFeed(const StoreUrl &url, const QString &actor, InboxModel *model, QObject *parent = nullptr);

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

    StoreUrl url_;
    QString actor_;
    InboxModel *model_;
    BackgroundRead *reader_;
    QSet<QString> known_;
    bool loaded_ = false;
};

} // namespace airlock
