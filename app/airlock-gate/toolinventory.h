#pragma once

#include "result.h"

#include <QJsonObject>

namespace airlock {
class Store;
}

namespace airlock::gate {

// What the gate does with a server's tools/list answer: every tool becomes inventory (its
// annotations, the hash of its definition and the power derived from them, recorded with
// ToolStore::recordDefinition, so a new or changed tool is drift until reviewed), and only
// the tools the connector may use are passed on to the client.
class ToolInventory
{
public:
    ToolInventory(Store &store, QString connector)
        : store_(store)
        , connector_(std::move(connector))
    {}

    struct Admitted
    {
        QJsonObject result; // the tools/list result with the hidden tools left out
        int listed = 0;
        int hidden = 0;
        int drifted = 0;   // new or changed since the last review
        QStringList names; // the tools passed on
    };
    // Fails when the tools cannot be recorded: then nothing may be listed (fail closed).
    Result<Admitted> admit(const QJsonObject &listResult);
    // The names of the listed tools the connector may use now, as the store stands (nothing
    // is recorded): to tell the client when a review or a power change alters its list.
    Result<QStringList> usableNames(const QJsonObject &listResult);

private:
    Store &store_;
    QString connector_;
};

} // namespace airlock::gate
