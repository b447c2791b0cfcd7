#pragma once

#include "domain/approvalrequest.h"
#include "result.h"
#include "store/holdlease.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace airlock {
class ChangeNotifier;
class Store;
} // namespace airlock

namespace airlock::gate {

// Waits for reviewers: tells when a held call's approval request is decided, expires or is
// withdrawn. Woken by the store's change notifier (any process's write), with a one-second
// poll as the floor, so a decision or a disconnect reaches a held call within a second.
// Checking only reads (a held call costs no CPU while it waits). It also holds the lease of
// the requests it watches (HoldLease: renewed every third of its length), and sweeps the
// store now and then for requests whose holder died, as every Airlock process does.
class ApprovalWatch final : public QObject
{
    Q_OBJECT

public:
    ApprovalWatch(Store &store, ChangeNotifier &notifier, QObject *parent = nullptr);
    ~ApprovalWatch() override;

    // This gate as the holder of the requests it makes (ApprovalQueue::NewRequest::holder).
    const HoldLease &lease() const { return lease_; }

    void watch(const QString &requestId);
    void forget(const QString &requestId);
    bool isEmpty() const { return watched_.isEmpty(); }

Q_SIGNALS:
    void settled(const airlock::ApprovalRequest &request);
    // The store could not be read: the held call cannot be shown a decision.
    void failed(const QString &requestId, const airlock::Error &error);

private:
    void check();
    void renew();
    void sweep();

    Store &store_;
    HoldLease lease_;
    QTimer poll_;
    QTimer renew_;
    QTimer sweep_;
    QHash<QString, bool> watched_;
};

} // namespace airlock::gate
