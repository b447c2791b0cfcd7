#pragma once

#include "domain/tool.h"
#include "result.h"

#include <QList>

namespace airlock {

class Store;

// The tools each connector exposes, and their drift against the last review.
class ToolStore
{
public:
    explicit ToolStore(Store &store) : store_(store) {}

    Result<QList<Tool>> forConnector(const QString &connector);
    Result<QList<Tool>> all(); // every connector's tools, by connector then name
    Result<std::optional<Tool>> find(const QString &connector, const QString &name);

    enum class Seen { New, Changed, Unchanged };
    // Records a tool as listed (by a definition file or the gateway's tools/list): a new
    // tool or a changed definition is drift, recorded as evidence and blocked until reviewed.
    // reported: the server's definition as hashed (canonical JSON), when it comes from a
    // server. On a shared store it is recorded through airlock_record_tool(), which hashes it
    // in the database and touches no policy field (a new tool gets the default target
    // arguments; a reviewed tool keeps the power the lead saw until the next review). Without
    // it (a lead's connector document) the fields are written as given; a change of target
    // arguments or power override is evidence too.
    Result<Seen> recordDefinition(const Tool &tool, const QByteArray &reported = {});
    // Marks the current definition of every tool of the connector (or one tool) reviewed, its
    // power derived again from what was reviewed (name and annotations). The caller records
    // the review as evidence in the same write (on a shared store the database insists).
    Status markReviewed(const QString &connector, const QString &tool = QString());
    Status setPowerOverride(const QString &connector, const QString &tool,
                            std::optional<Power> power, const QString &reason);

private:
    Status appendDrift(const Tool &tool, Seen seen);

    Store &store_;
};

} // namespace airlock
