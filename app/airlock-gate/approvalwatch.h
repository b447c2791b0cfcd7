#pragma once

#include "domain/approvalrequest.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace airlock {
class ChangeNotifier;
class Store;
} // namespace airlock

namespace airlock::gate {

// Waits for reviewers: tells when a held call's approval request is decided, expires or is
// withdrawn. Woken by the store's change notifier (any process's write), with a short poll
// as the floor, so a decision or a disconnect reaches a held call within a second.
class ApprovalWatch final : public QObject
{
    Q_OBJECT

public:
    ApprovalWatch(Store &store, ChangeNotifier &notifier, QObject *parent = nullptr);
    ~ApprovalWatch() override;

    void watch(const QString &requestId);
    void forget(const QString &requestId);
    bool isEmpty() const { return watched_.isEmpty(); }

Q_SIGNALS:
    void settled(const airlock::ApprovalRequest &request);
    // The store could not be read: the held call cannot be shown a decision.
    void failed(const QString &requestId, const airlock::Error &error);

private:
    void check();

    Store &store_;
    QTimer poll_;
    QHash<QString, bool> watched_;
};

} // namespace airlock::gate
