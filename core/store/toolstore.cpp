#include "toolstore.h"

#include "clock.h"
#include "connectorjson.h"
#include "evidencechain.h"
#include "policy/policy.h"
#include "store.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
const QString kColumns =
    u"connector, name, description, annotations, definition_hash, derived_power, power_override, "
    u"target_args, review_state, reviewed_hash, first_seen, last_seen"_s;

Tool readTool(const QSqlQuery &q)
{
    Tool t;
    t.connector = q.value(0).toString();
    t.name = q.value(1).toString();
    t.description = q.value(2).toString();
    t.annotations = annotationsFromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
    t.definitionHash = q.value(4).toString();
    t.derivedPower = parseWord<Power>(q.value(5).toString()).value_or(Power::Trigger);
    if (!q.value(6).isNull())
        t.powerOverride = parseWord<Power>(q.value(6).toString());
    t.targetArguments = q.value(7).toString().split(u',', Qt::SkipEmptyParts);
    t.reviewState = parseWord<ToolReviewState>(q.value(8).toString()).value_or(ToolReviewState::New);
    t.reviewedHash = q.value(9).toString();
    t.firstSeen = timeFromDb(q.value(10));
    t.lastSeen = timeFromDb(q.value(11));
    return t;
}
} // namespace

Result<QList<Tool>> ToolStore::forConnector(const QString &connector)
{
    return collectRows<Tool>(
        store_.exec(u"SELECT "_s + kColumns + u" FROM tools WHERE connector = ? ORDER BY name"_s, {connector}),
        readTool);
}

Result<QList<Tool>> ToolStore::all()
{
    return collectRows<Tool>(store_.exec(u"SELECT "_s + kColumns + u" FROM tools ORDER BY connector, name"_s),
                             readTool);
}

Result<std::optional<Tool>> ToolStore::find(const QString &connector, const QString &name)
{
    auto q = store_.exec(u"SELECT "_s + kColumns + u" FROM tools WHERE connector = ? AND name = ?"_s,
                         {connector, name});
    if (!q)
        return q.error();
    std::optional<Tool> tool;
    if ((*q)->next())
        tool = readTool(**q);
    (*q)->finish();
    return tool;
}

Result<ToolStore::Seen> ToolStore::recordDefinition(const Tool &tool, const QByteArray &reported)
{
    Seen seen = Seen::Unchanged;
    QStringList policyChanges; // a lead's document changing target arguments or override
    Tool recorded = tool;
    const Status s = store_.write([&]() -> Status {
        if (store_.isShared() && !reported.isEmpty()) {
            auto q = store_.exec(u"SELECT airlock_record_tool(?, ?, ?)"_s,
                                 {tool.connector, QString::fromUtf8(reported), wordOf(tool.derivedPower)});
            if (!q)
                return q.status();
            const QString word = (*q)->next() ? (*q)->value(0).toString() : QString();
            (*q)->finish();
            seen = word == u"new"_s ? Seen::New : word == u"changed"_s ? Seen::Changed : Seen::Unchanged;
            if (seen == Seen::Unchanged)
                return {};
            auto now = find(tool.connector, tool.name);
            if (!now)
                return now.status();
            if (!*now)
                return Status::failure(ErrorCode::Integrity, u"tool %1 vanished while recorded"_s.arg(tool.name));
            recorded = **now;
            return appendDrift(recorded, seen);
        }
        auto existing = find(tool.connector, tool.name);
        if (!existing)
            return existing.status();
        const QDateTime now = currentTime();
        const QString annotations = QString::fromUtf8(
            QJsonDocument(annotationsToJson(tool.annotations)).toJson(QJsonDocument::Compact));
        const QVariant override = tool.powerOverride ? QVariant(wordOf(*tool.powerOverride))
                                                     : sqlNull();
        if (!*existing) {
            seen = Seen::New;
            auto q = store_.exec(
                u"INSERT INTO tools (connector, name, description, annotations, definition_hash, "
                u"derived_power, power_override, target_args, review_state, reviewed_hash, "
                u"first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', '', ?, ?)"_s,
                {tool.connector, tool.name, tool.description, annotations, tool.definitionHash,
                 wordOf(tool.derivedPower), override, tool.targetArguments.join(u','),
                 toDb(now), toDb(now)});
            if (!q)
                return q.status();
        } else {
            const Tool &old = **existing;
            const bool changed = old.definitionHash != tool.definitionHash;
            if (changed)
                seen = Seen::Changed;
            if (old.targetArguments != tool.targetArguments)
                policyChanges << u"target arguments %1 → %2"_s.arg(old.targetArguments.join(u", "_s),
                                                                  tool.targetArguments.join(u", "_s));
            if (tool.powerOverride && tool.powerOverride != old.powerOverride)
                policyChanges << u"judged as %1"_s.arg(wordOf(*tool.powerOverride));
            // A changed definition is drift unless it returns to what was reviewed.
            QString state = wordOf(old.reviewState);
            if (changed)
                state = tool.definitionHash == old.reviewedHash && !old.reviewedHash.isEmpty()
                    ? u"reviewed"_s
                    : (old.reviewedHash.isEmpty() ? u"new"_s : u"changed"_s);
            auto q = store_.exec(
                u"UPDATE tools SET description = ?, annotations = ?, definition_hash = ?, "
                u"derived_power = ?, power_override = coalesce(?, power_override), target_args = ?, "
                u"review_state = ?, last_seen = ? WHERE connector = ? AND name = ?"_s,
                {tool.description, annotations, tool.definitionHash, wordOf(tool.derivedPower),
                 override, tool.targetArguments.join(u','), state, toDb(now), tool.connector,
                 tool.name});
            if (!q)
                return q.status();
        }
        if (seen == Seen::Unchanged && !policyChanges.isEmpty()) {
            EvidenceEvent e;
            e.kind = EventKind::PowersChanged;
            e.connector = tool.connector;
            e.tool = tool.name;
            e.power = tool.effectivePower();
            e.summary = u"tool %1: %2"_s.arg(tool.name, policyChanges.join(u"; "_s));
            e.payload = QJsonDocument(toolToJson(tool)).toJson(QJsonDocument::Compact);
            store_.touch(u"connectors"_s);
            return EvidenceChain(store_).append(e).status();
        }
        if (seen == Seen::Unchanged)
            return {};
        return appendDrift(tool, seen);
    });
    if (!s)
        return s.error();
    return seen;
}

Status ToolStore::appendDrift(const Tool &tool, Seen seen)
{
    EvidenceEvent e;
    e.kind = seen == Seen::New ? EventKind::ToolDiscovered : EventKind::ToolChanged;
    e.connector = tool.connector;
    e.tool = tool.name;
    e.power = tool.effectivePower();
    e.summary = seen == Seen::New
        ? u"new tool %1 (%2), blocked until reviewed"_s.arg(tool.name, wordOf(tool.effectivePower()))
        : u"tool %1 changed its definition since it was reviewed"_s.arg(tool.name);
    e.payload = QJsonDocument(toolToJson(tool)).toJson(QJsonDocument::Compact);
    store_.touch(u"connectors"_s);
    return EvidenceChain(store_).append(e).status();
}

Status ToolStore::markReviewed(const QString &connector, const QString &tool)
{
    return store_.write([&]() -> Status {
        auto tools = forConnector(connector);
        if (!tools)
            return tools.status();
        bool found = false;
        for (const Tool &t : *tools) {
            if (!tool.isEmpty() && t.name != tool)
                continue;
            found = true;
            // What was reviewed is the name and annotations on record: the power follows them.
            auto q = store_.exec(u"UPDATE tools SET review_state = 'reviewed', reviewed_hash = definition_hash, "
                                 u"derived_power = ? WHERE connector = ? AND name = ?"_s,
                                 {wordOf(derivePower(t.name, t.annotations)), connector, t.name});
            if (!q)
                return q.status();
        }
        if (!tool.isEmpty() && !found)
            return Status::failure(ErrorCode::NotFound,
                                   u"connector %1 has no tool '%2'"_s.arg(connector, tool));
        store_.touch(u"connectors"_s);
        return {};
    });
}

Status ToolStore::setPowerOverride(const QString &connector, const QString &tool,
                                   std::optional<Power> power, const QString &reason)
{
    return store_.write([&]() -> Status {
        auto q = store_.exec(u"UPDATE tools SET power_override = ? WHERE connector = ? AND name = ?"_s,
                             {power ? QVariant(wordOf(*power)) : sqlNull(),
                              connector, tool});
        if (!q)
            return q.status();
        if ((*q)->numRowsAffected() == 0)
            return Status::failure(ErrorCode::NotFound,
                                   u"connector %1 has no tool '%2'"_s.arg(connector, tool));
        EvidenceEvent e;
        e.kind = EventKind::PowersChanged;
        e.connector = connector;
        e.tool = tool;
        e.power = power;
        e.summary = power ? u"tool %1 is now judged as %2: %3"_s.arg(tool, wordOf(*power), reason)
                          : u"tool %1 is judged by its annotations again: %2"_s.arg(tool, reason);
        store_.touch(u"connectors"_s);
        return EvidenceChain(store_).append(e).status();
    });
}

} // namespace airlock
