#pragma once

#include "power.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace airlock {

// MCP tool annotations. They are untrusted hints; absent ones take MCP's defaults
// (readOnly false, destructive true, idempotent false, openWorld true).
struct ToolAnnotations
{
    std::optional<bool> readOnly;
    std::optional<bool> destructive;
    std::optional<bool> idempotent;
    std::optional<bool> openWorld;

    bool isReadOnly() const { return readOnly.value_or(false); }
    bool isDestructive() const { return !isReadOnly() && destructive.value_or(true); }
    bool isOpenWorld() const { return openWorld.value_or(true); }
};

enum class ToolReviewState { New, Reviewed, Changed };
AIRLOCK_VOCABULARY(ToolReviewState, "new", "reviewed", "changed")

struct Tool
{
    QString connector;
    QString name;
    QString description;
    ToolAnnotations annotations;
    QString definitionHash;  // sha256 of the tool's canonical definition
    Power derivedPower = Power::Write;
    std::optional<Power> powerOverride; // set by a governance lead
    QStringList targetArguments;        // argument names that name the call's target
    ToolReviewState reviewState = ToolReviewState::New;
    QString reviewedHash;               // definition hash at the last review
    QDateTime firstSeen;
    QDateTime lastSeen;

    Power effectivePower() const { return powerOverride.value_or(derivedPower); }
    bool hasDrifted() const { return reviewState != ToolReviewState::Reviewed; }
};

} // namespace airlock
