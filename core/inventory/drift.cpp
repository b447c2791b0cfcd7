#include "drift.h"

#include "store/connectorjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

const QString kRuleOrder = u"rule order"_s;

QString powersText(const PowerSet &powers)
{
    return powers.isEmpty() ? u"none"_s : powers.words().join(u", "_s);
}

QString ruleText(const ScopeRule &r)
{
    return effectWord(r.effect) % u' ' % r.pattern;
}

QString ruleText(const TriggerRule &r)
{
    return wordOf(r.trigger) % u" on "_s % r.pattern;
}

template<typename Rule> QString rulesText(const QList<Rule> &rules)
{
    QStringList parts;
    for (const Rule &r : rules)
        parts << ruleText(r);
    return parts.join(u"; "_s);
}

// The rules only in `before` (removed) and only in `after` (added), counting duplicates, and
// whether the rules both lists share appear in another order.
template<typename Rule> struct RuleDiff
{
    QList<Rule> removed;
    QList<Rule> added;
    bool reordered = false;
};

template<typename Rule>
RuleDiff<Rule> diffRules(const QList<Rule> &before, const QList<Rule> &after)
{
    RuleDiff<Rule> d;
    QList<Rule> unmatched = before;
    QList<Rule> commonAfter;
    for (const Rule &r : after) {
        if (unmatched.removeOne(r))
            commonAfter << r;
        else
            d.added << r;
    }
    d.removed = unmatched;
    QList<Rule> commonBefore = before;
    for (const Rule &r : d.removed)
        commonBefore.removeOne(r);
    d.reordered = commonBefore != commonAfter;
    return d;
}

void scopeDrift(const QList<ScopeRule> &before, const QList<ScopeRule> &after,
                QList<DriftItem> &items)
{
    using Effect = ScopeRule::Effect;
    RuleDiff<ScopeRule> d = diffRules(before, after);
    // An include that adds reach, or an exclude that stops taking it away, widens.
    const auto kindFor = [](bool widens) {
        return widens ? DriftKind::ScopeWidened : DriftKind::ScopeNarrowed;
    };
    for (const ScopeRule &old : std::as_const(d.removed)) {
        // The same pattern with the other effect is one change, not a removal and an addition.
        const auto flipped = std::find_if(d.added.begin(), d.added.end(), [&](const ScopeRule &r) {
            return r.pattern == old.pattern;
        });
        if (flipped != d.added.end()) {
            items << DriftItem{kindFor(flipped->effect == Effect::Include), old.pattern,
                               effectWord(old.effect), effectWord(flipped->effect)};
            d.added.erase(flipped);
            continue;
        }
        items << DriftItem{kindFor(old.effect == Effect::Exclude), old.pattern,
                           effectWord(old.effect), QString()};
    }
    for (const ScopeRule &r : std::as_const(d.added))
        items << DriftItem{kindFor(r.effect == Effect::Include), r.pattern, QString(),
                           effectWord(r.effect)};
    if (d.reordered)
        items << DriftItem{DriftKind::ScopeChanged, kRuleOrder, rulesText(before),
                           rulesText(after)};
}

void triggerDrift(const QList<TriggerRule> &before, const QList<TriggerRule> &after,
                  QList<DriftItem> &items)
{
    RuleDiff<TriggerRule> d = diffRules(before, after);
    for (const TriggerRule &old : std::as_const(d.removed)) {
        const auto changed =
            std::find_if(d.added.begin(), d.added.end(),
                         [&](const TriggerRule &r) { return r.pattern == old.pattern; });
        if (changed != d.added.end()) {
            items << DriftItem{DriftKind::TriggersChanged, old.pattern, wordOf(old.trigger),
                               wordOf(changed->trigger)};
            d.added.erase(changed);
            continue;
        }
        items << DriftItem{DriftKind::TriggersChanged, old.pattern, wordOf(old.trigger), QString()};
    }
    for (const TriggerRule &r : std::as_const(d.added))
        items << DriftItem{DriftKind::TriggersChanged, r.pattern, QString(), wordOf(r.trigger)};
    if (d.reordered)
        items << DriftItem{DriftKind::TriggersChanged, kRuleOrder, rulesText(before),
                           rulesText(after)};
}

void identityDrift(const Identity &a, const Identity &b, QList<DriftItem> &items)
{
    const auto field = [&items](const char16_t *label, const QString &before,
                                const QString &after) {
        if (before != after)
            items << DriftItem{DriftKind::IdentityChanged, QString::fromUtf16(label), before,
                               after};
    };
    const auto yesNo = [](bool v) {
        return v ? u"yes"_s : u"no"_s;
    };
    // Times compare as the store keeps them: UTC, to the millisecond.
    field(u"kind", wordOf(a.kind), wordOf(b.kind));
    field(u"principal", a.principal, b.principal);
    field(u"on behalf of", a.onBehalfOf, b.onBehalfOf);
    field(u"approved by", a.approvedBy, b.approvedBy);
    field(u"permissions", a.permissions, b.permissions);
    field(u"shared", yesNo(a.shared), yesNo(b.shared));
    field(u"credential owner", a.credentialOwner, b.credentialOwner);
    field(u"last rotated", isoTime(a.lastRotated), isoTime(b.lastRotated));
    field(u"expires", isoTime(a.expires), isoTime(b.expires));
    field(u"revoke path", a.revokePath, b.revokePath);
}

void toolDrift(const QList<Tool> &before, const QList<Tool> &after, QList<DriftItem> &items)
{
    QMap<QString, const Tool *> old;
    QMap<QString, const Tool *> current;
    for (const Tool &t : before)
        old.insert(t.name, &t);
    for (const Tool &t : after)
        current.insert(t.name, &t);
    QStringList names = old.keys() + current.keys();
    names.removeDuplicates();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const Tool *a = old.value(name);
        const Tool *b = current.value(name);
        if (!a) {
            items << DriftItem{DriftKind::ToolAdded, name, QString(), wordOf(b->effectivePower())};
        } else if (!b) {
            items << DriftItem{DriftKind::ToolRemoved, name, wordOf(a->effectivePower()),
                               QString()};
        } else {
            if (a->definitionHash != b->definitionHash)
                items << DriftItem{DriftKind::ToolChanged, name, a->definitionHash,
                                   b->definitionHash};
            if (a->effectivePower() != b->effectivePower())
                items << DriftItem{DriftKind::ToolPowerChanged, name, wordOf(a->effectivePower()),
                                   wordOf(b->effectivePower())};
        }
    }
}

Error malformed(const QString &why)
{
    return Error{ErrorCode::InvalidArgument, u"the review snapshot is malformed: "_s + why};
}

QString shown(const QString &value)
{
    return value.isEmpty() ? u"(none)"_s : value;
}

} // namespace

Result<QList<DriftItem>> driftSinceReview(const QByteArray &snapshotJson, const Connector &now,
                                          const QList<Tool> &toolsNow)
{
    QJsonParseError err;
    const QJsonDocument json = QJsonDocument::fromJson(snapshotJson, &err);
    if (err.error != QJsonParseError::NoError)
        return malformed(
            u"not JSON (%1 at character %2)"_s.arg(err.errorString(), QString::number(err.offset)));
    if (!json.isObject())
        return malformed(u"not a JSON object"_s);
    const QJsonObject snapshot = json.object();
    auto parsed = connectorDocumentFromJson(snapshot);
    if (!parsed)
        return malformed(parsed.message());
    const Connector &was = parsed->connector;
    QList<Tool> toolsThen = parsed->tools;
    // The parser recomputes definition hashes from what the document holds, and a snapshot
    // holds no input schema: the hash recorded at review time is the one to compare.
    const QJsonArray toolArray = snapshot.value(u"tools"_s).toArray();
    for (qsizetype i = 0; i < toolsThen.size() && i < toolArray.size(); ++i) {
        const QJsonValue hash = toolArray.at(i).toObject().value(u"definition_hash"_s);
        if (!hash.isUndefined() && !hash.isString())
            return malformed(u"'tools[%1].definition_hash' must be a string"_s.arg(i));
        toolsThen[i].definitionHash = hash.toString();
    }

    QList<DriftItem> items;
    for (Power p : kAllPowers) {
        if (now.powers.has(p) && !was.powers.has(p))
            items << DriftItem{DriftKind::PowersAdded, wordOf(p), powersText(was.powers),
                               powersText(now.powers)};
    }
    for (Power p : kAllPowers) {
        if (was.powers.has(p) && !now.powers.has(p))
            items << DriftItem{DriftKind::PowersRemoved, wordOf(p), powersText(was.powers),
                               powersText(now.powers)};
    }
    scopeDrift(was.scope, now.scope, items);
    // The modes are declared from strictest to most relaxed.
    if (now.mode != was.mode)
        items << DriftItem{now.mode > was.mode ? DriftKind::ModeRelaxed : DriftKind::ModeTightened,
                           u"permission mode"_s, wordOf(was.mode), wordOf(now.mode)};
    triggerDrift(was.triggers, now.triggers, items);
    identityDrift(was.identity, now.identity, items);
    toolDrift(toolsThen, toolsNow, items);
    return items;
}

QString describe(const DriftItem &item)
{
    const QString &what = item.what;
    const QString before = shown(item.before);
    const QString after = shown(item.after);
    switch (item.kind) {
    case DriftKind::PowersAdded:
        return u"Power %1 granted (was: %2; now: %3)."_s.arg(what, before, after);
    case DriftKind::PowersRemoved:
        return u"Power %1 removed (was: %2; now: %3)."_s.arg(what, before, after);
    case DriftKind::ScopeWidened:
    case DriftKind::ScopeNarrowed: {
        const QString how =
            item.kind == DriftKind::ScopeWidened ? u"Scope widened"_s : u"Scope narrowed"_s;
        if (item.before.isEmpty())
            return u"%1: rule '%2 %3' added."_s.arg(how, item.after, what);
        if (item.after.isEmpty())
            return u"%1: rule '%2 %3' removed."_s.arg(how, item.before, what);
        return u"%1: %2 changed from %3 to %4."_s.arg(how, what, item.before, item.after);
    }
    case DriftKind::ScopeChanged:
        return u"Scope rules reordered (the last matching rule decides): %1 → %2."_s.arg(before,
                                                                                         after);
    case DriftKind::ModeRelaxed:
        return u"Permission mode relaxed: %1 → %2."_s.arg(before, after);
    case DriftKind::ModeTightened:
        return u"Permission mode tightened: %1 → %2."_s.arg(before, after);
    case DriftKind::TriggersChanged:
        if (what == kRuleOrder)
            return u"Approval triggers reordered: %1 → %2."_s.arg(before, after);
        if (item.before.isEmpty())
            return u"Approval trigger added: %1 on %2."_s.arg(item.after, what);
        if (item.after.isEmpty())
            return u"Approval trigger removed: %1 on %2."_s.arg(item.before, what);
        return u"Approval trigger on %1 changed: %2 → %3."_s.arg(what, item.before, item.after);
    case DriftKind::IdentityChanged:
        return u"Identity %1 changed: %2 → %3."_s.arg(what, before, after);
    case DriftKind::ToolAdded:
        return u"Tool '%1' added (%2)."_s.arg(what, after);
    case DriftKind::ToolRemoved:
        return u"Tool '%1' removed (was %2)."_s.arg(what, before);
    case DriftKind::ToolChanged:
        return u"Tool '%1' definition changed since review."_s.arg(what);
    case DriftKind::ToolPowerChanged:
        return u"Tool '%1' power changed: %2 → %3."_s.arg(what, before, after);
    }
    return what;
}

} // namespace airlock
