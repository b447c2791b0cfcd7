#pragma once

#include "domain/connector.h"
#include "domain/tool.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace airlock {

enum class DriftKind {
    PowersAdded,
    PowersRemoved,
    ScopeWidened,
    ScopeNarrowed,
    ScopeChanged, // same rules, other order: the last matching rule decides, so it matters
    ModeRelaxed,
    ModeTightened,
    TriggersChanged,
    IdentityChanged,
    ToolAdded,
    ToolRemoved,
    ToolChanged, // its definition hash differs from the reviewed one
    ToolPowerChanged
};
AIRLOCK_VOCABULARY(DriftKind, "powers_added", "powers_removed", "scope_widened", "scope_narrowed",
                   "scope_changed", "mode_relaxed", "mode_tightened", "triggers_changed",
                   "identity_changed", "tool_added", "tool_removed", "tool_changed",
                   "tool_power_changed")

// One change since the last review, side by side. An empty before means "added", an empty
// after "removed".
//  powers_*:           what = the power; before/after = the granted set ("none" when empty)
//  scope_widened/narrowed: what = the pattern; before/after = "include", "exclude" or ""
//  scope_changed:      what = "rule order"; before/after = the rules, "; "-separated
//  mode_*:             what = "permission mode"; before/after = the mode words
//  triggers_changed:   what = the pattern; before/after = the trigger word or "",
//                      or what = "rule order" with the rules, "; "-separated
//  identity_changed:   what = the field in words ("credential owner"); before/after = values
//  tool_*:             what = the tool; before/after = its power, or its definition hash
struct DriftItem
{
    DriftKind kind = DriftKind::ToolChanged;
    QString what;
    QString before;
    QString after;

    friend bool operator==(const DriftItem &a, const DriftItem &b)
    {
        return a.kind == b.kind && a.what == b.what && a.before == b.before && a.after == b.after;
    }
};

// What changed between a review snapshot (connectorToJson(connector) plus a "tools" array
// of toolToJson(tool)) and the connector and tools as they are now. Bookkeeping fields
// (review times, revision, sync times) are not drift. Empty when nothing changed; a
// snapshot that is not such a document is InvalidArgument.
Result<QList<DriftItem>> driftSinceReview(const QByteArray &snapshotJson, const Connector &now,
                                          const QList<Tool> &toolsNow);

// The item in one sentence, e.g. "Permission mode relaxed: always_ask → never_ask."
QString describe(const DriftItem &item);

} // namespace airlock
