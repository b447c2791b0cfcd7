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
    Result<Seen> recordDefinition(const Tool &tool);
    // Marks the current definition of every tool of the connector (or one tool) reviewed.
    Status markReviewed(const QString &connector, const QString &tool = QString());
    Status setPowerOverride(const QString &connector, const QString &tool,
                            std::optional<Power> power, const QString &reason);

private:
    Store &store_;
};

} // namespace airlock
