#pragma once

#include "connectorjson.h"
#include "domain/connector.h"
#include "domain/review.h"
#include "result.h"

#include <QList>

namespace airlock {

class Store;

// The connector inventory. Every change is also an evidence event with its actor and reason.
class ConnectorStore
{
public:
    explicit ConnectorStore(Store &store) : store_(store) {}

    Result<QList<Connector>> list();
    Result<Connector> get(const QString &name); // NotFound names the connector
    Result<std::optional<Connector>> find(const QString &name);

    enum class Applied { Added, Changed, Unchanged };
    struct ApplyResult
    {
        Applied applied = Applied::Unchanged;
        QStringList changes; // what changed, in words
    };
    // Creates the connector or brings it to the description; its status changes only through
    // the lifecycle commands below. expectedRevision guards against a concurrent edit.
    Result<ApplyResult> apply(const ConnectorDocument &doc, const QString &reason,
                              std::optional<qint64> expectedRevision = std::nullopt);

    // Lifecycle: pause (active→paused), resume (paused→active), disconnect (active|paused→
    // disconnected, withdrawing pending approvals), reconnect (disconnected→active),
    // retire (any→retired, withdrawing pending approvals). Returns how many approvals
    // were withdrawn.
    enum class Transition { Pause, Resume, Disconnect, Reconnect, Retire };
    Result<int> transition(const QString &name, Transition t, const QString &reason);

    // Records a review: snapshots the connector and its tools, marks the tools reviewed and
    // sets the next review due (default 90 days).
    Result<Review> recordReview(const QString &name, const QString &note, int nextDueDays = 90);
    Result<std::optional<Review>> latestReview(const QString &name);

private:
    Status writeRow(const Connector &c, bool insert);
    Status writeRules(const Connector &c);
    Status loadRules(QList<Connector> &connectors);

    Store &store_;
};

QString transitionWord(ConnectorStore::Transition t);

} // namespace airlock
