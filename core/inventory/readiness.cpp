#include "readiness.h"

#include "identitywarnings.h"

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

bool blank(const QString &s)
{
    return s.trimmed().isEmpty();
}

QString dateOf(const QDateTime &t)
{
    return t.toUTC().date().toString(Qt::ISODate);
}

// "a", "a or b", "a, b or c"
QString orList(const QStringList &words)
{
    if (words.size() <= 1)
        return words.join(QString());
    return words.mid(0, words.size() - 1).join(u", "_s) % u" or "_s % words.last();
}

// Granted powers that change something (DESIGN: everything but read and search).
QStringList changingPowers(const PowerSet &powers)
{
    QStringList words;
    for (Power p : kAllPowers) {
        if (powers.has(p) && !isObserving(p))
            words << wordOf(p);
    }
    return words;
}

// An include that takes a whole system: "**", "*", "crm:**", "crm:*/**" — nothing but
// wildcards after the optional "system:" prefix.
bool takesWholeSystem(const QString &pattern)
{
    QStringView rest(pattern);
    const qsizetype colon = rest.indexOf(u':');
    if (colon >= 0 && !rest.left(colon).contains(u'/'))
        rest = rest.mid(colon + 1);
    if (!rest.contains(u'*'))
        return false;
    for (QChar c : rest) {
        if (c != u'*' && c != u'/')
            return false;
    }
    return true;
}

ReadinessCheck check(const char16_t *area, ReadinessResult result, QString reason)
{
    return ReadinessCheck{QString::fromUtf16(area), result, std::move(reason)};
}

ReadinessCheck purpose(const Connector &c)
{
    if (blank(c.purpose))
        return check(u"purpose", ReadinessResult::Fail,
                     u"No purpose is stated: nobody can say why this connector exists."_s);
    if (blank(c.owner))
        return check(u"purpose", ReadinessResult::Warn,
                     u"A purpose is stated, but no owner answers for it."_s);
    return check(u"purpose", ReadinessResult::Pass,
                 u"%1 (owner: %2)"_s.arg(c.purpose.trimmed(), c.owner.trimmed()));
}

ReadinessCheck scope(const Connector &c)
{
    int includes = 0;
    int excludes = 0;
    for (qsizetype i = 0; i < c.scope.size(); ++i) {
        const ScopeRule &rule = c.scope.at(i);
        if (rule.effect == ScopeRule::Effect::Exclude) {
            ++excludes;
            continue;
        }
        ++includes;
        if (takesWholeSystem(rule.pattern))
            return check(u"scope", ReadinessResult::Warn,
                         u"Rule %1 includes %2: the whole system, too broad for least "
                         u"privilege."_s.arg(QString::number(i + 1), rule.pattern));
    }
    if (includes == 0)
        return check(u"scope", ReadinessResult::Fail,
                     u"No include rules: the scope was never stated, so nothing is in scope."_s);
    QString reason =
        includes == 1 ? u"1 include rule"_s : u"%1 include rules"_s.arg(QString::number(includes));
    if (excludes > 0)
        reason += excludes == 1 ? u" with 1 exclude carve-out"_s
                                : u" with %1 exclude carve-outs"_s.arg(QString::number(excludes));
    return check(u"scope", ReadinessResult::Pass, reason % u"; anything else is out of scope."_s);
}

ReadinessCheck accessLevel(const Connector &c, const QList<Tool> &tools)
{
    const auto top = c.powers.highest();
    if (!top)
        return check(u"access_level", ReadinessResult::Warn,
                     u"No powers are granted: it can do nothing yet."_s);
    const bool changesTarget = *top >= Power::Write;
    if (changesTarget && c.mode == PermissionMode::NeverAsk)
        return check(u"access_level", ReadinessResult::Fail,
                     u"It may %1 with no human in the loop (never_ask)."_s.arg(wordOf(*top)));
    QStringList drifted;
    for (const Tool &t : tools) {
        if (t.hasDrifted())
            drifted << t.name;
    }
    if (!drifted.isEmpty())
        return check(u"access_level", ReadinessResult::Warn,
                     u"Tools new or changed since review: %1; their power is not yet "
                     u"confirmed."_s.arg(drifted.join(u", "_s)));
    const QString highest = u"Highest power %1"_s.arg(wordOf(*top));
    if (!changesTarget)
        return check(u"access_level", ReadinessResult::Pass,
                     highest % u": it changes nothing in the target system."_s);
    if (c.mode == PermissionMode::ImportantActions)
        return check(u"access_level", ReadinessResult::Pass,
                     highest % u"; changes that match a trigger wait for a human "
                               u"(important_actions)."_s);
    return check(u"access_level", ReadinessResult::Pass,
                 highest % u"; every change waits for a human (%1)."_s.arg(wordOf(c.mode)));
}

ReadinessCheck identity(const Identity &id, const QDateTime &now)
{
    const QList<IdentityWarning> warnings = identityWarnings(id, now);
    QStringList failures;
    QStringList all;
    for (const IdentityWarning &w : warnings) {
        all << w.text;
        if (w.code == u"shared_identity"_s || w.code == u"expired"_s)
            failures << w.text;
    }
    if (!failures.isEmpty())
        return check(u"identity", ReadinessResult::Fail, failures.join(u' '));
    if (!all.isEmpty())
        return check(u"identity", ReadinessResult::Warn, all.join(u' '));
    return check(u"identity", ReadinessResult::Pass,
                 u"Acts as %1 (%2); credential owned by %3, revocable: %4."_s.arg(
                     id.principal.trimmed(), wordOf(id.kind), id.credentialOwner.trimmed(),
                     id.revokePath.trimmed()));
}

ReadinessCheck permissions(const Identity &id)
{
    QStringList problems;
    if (blank(id.permissions))
        problems << u"The identity's permissions are not written down."_s;
    const bool delegated = id.kind == IdentityKind::DelegatedUser;
    if (delegated && blank(id.onBehalfOf))
        problems << u"It acts as a user without saying which, so whose access applies is "
                    u"unknown."_s;
    if (!problems.isEmpty())
        return check(u"permissions", ReadinessResult::Warn, problems.join(u' '));
    if (delegated)
        return check(u"permissions", ReadinessResult::Pass,
                     u"Permission-aware: acts as %1, so that user's own access applies (%2)."_s.arg(
                         id.onBehalfOf.trimmed(), id.permissions.trimmed()));
    return check(u"permissions", ReadinessResult::Pass,
                 u"Acts with its own permissions (%1); the scope rules limit what it "
                 u"reaches."_s.arg(id.permissions.trimmed()));
}

ReadinessCheck logging(const ReadinessInput &in)
{
    const QString last =
        in.lastActivity.isValid() ? u"last on %1"_s.arg(dateOf(in.lastActivity)) : u"none ever"_s;
    if (in.eventsLast30Days <= 0) {
        if (in.connector.status == ConnectorStatus::Active)
            return check(u"logging", ReadinessResult::Warn,
                         u"Active, but no activity recorded in the last 30 days (%1)."_s.arg(last));
        return check(u"logging", ReadinessResult::Pass,
                     u"%1: no activity expected (%2)."_s.arg(wordOf(in.connector.status), last));
    }
    return check(u"logging", ReadinessResult::Pass,
                 u"%1 recorded in the last 30 days, %2."_s.arg(
                     in.eventsLast30Days == 1
                         ? u"1 event"_s
                         : u"%1 events"_s.arg(QString::number(in.eventsLast30Days)),
                     last));
}

ReadinessCheck approval(const Connector &c, const QList<Tool> &tools)
{
    const QStringList changes = changingPowers(c.powers);
    switch (c.mode) {
    case PermissionMode::AlwaysAsk:
        return check(u"approval", ReadinessResult::Pass,
                     u"Every call waits for a human (always_ask)."_s);
    case PermissionMode::AnyChanges:
        if (changes.isEmpty())
            return check(u"approval", ReadinessResult::Pass,
                         u"Only reads and searches are granted, and they change nothing "
                         u"(any_changes)."_s);
        return check(u"approval", ReadinessResult::Pass,
                     u"Every %1 waits for a human (any_changes)."_s.arg(orList(changes)));
    case PermissionMode::NeverAsk:
        if (!changes.isEmpty())
            return check(u"approval", ReadinessResult::Fail,
                         u"Nothing is gated: %1 run with no human approval (never_ask)."_s.arg(
                             changes.join(u", "_s)));
        return check(u"approval", ReadinessResult::Pass,
                     u"Only reads and searches are granted, so nothing needs approval "
                     u"(never_ask)."_s);
    case PermissionMode::ImportantActions:
        break;
    }

    if (changes.isEmpty())
        return check(u"approval", ReadinessResult::Pass,
                     u"Only reads and searches are granted, so nothing needs approval "
                     u"(important_actions)."_s);
    // What the policy holds under important_actions: targets matching a trigger rule, every
    // send, and write or trigger tools not marked non-destructive. Tools whose power is not
    // granted are refused anyway and are left out.
    QStringList gated;
    for (const TriggerRule &t : c.triggers)
        gated << u"%1 on %2"_s.arg(wordOf(t.trigger), t.pattern);
    QStringList sends;
    QStringList destructive;
    QStringList unasked;
    for (const Tool &t : tools) {
        const Power p = t.effectivePower();
        if (!c.powers.has(p) || isObserving(p) || p == Power::Draft)
            continue;
        if (p == Power::Send)
            sends << t.name;
        else if (t.annotations.isDestructive())
            destructive << t.name;
        else
            unasked << t.name;
    }
    if (!sends.isEmpty())
        gated << u"sends (%1)"_s.arg(sends.join(u", "_s));
    if (!destructive.isEmpty())
        gated << u"destructive changes (%1)"_s.arg(destructive.join(u", "_s));
    if (gated.isEmpty())
        return check(u"approval", ReadinessResult::Warn,
                     u"important_actions, but no trigger rules and no send or destructive tool: "
                     u"nothing will ever ask for approval."_s);
    QString reason = u"Needs approval: %1."_s.arg(gated.join(u"; "_s));
    if (!unasked.isEmpty())
        reason += u" Runs without asking: %1."_s.arg(unasked.join(u", "_s));
    return check(u"approval", ReadinessResult::Pass, reason);
}

ReadinessCheck recovery(const Connector &c)
{
    const bool disable = !blank(c.disablePath);
    const bool rollback = !blank(c.rollbackPlan);
    // Sentences written by people may already end in a full stop; do not double it.
    const auto sentence = [](const QString &text) {
        const QString t = text.trimmed();
        return t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?') ? t : t + u'.';
    };
    if (disable && rollback)
        return check(u"recovery", ReadinessResult::Pass,
                     u"Disable: %1 Rollback: %2"_s.arg(sentence(c.disablePath), sentence(c.rollbackPlan)));
    if (disable)
        return check(u"recovery", ReadinessResult::Warn,
                     u"No rollback plan: a bad change has no known way back."_s);
    if (rollback)
        return check(u"recovery", ReadinessResult::Warn,
                     u"No disable path: nobody has written down how to switch it off."_s);
    return check(u"recovery", ReadinessResult::Fail,
                 u"Neither a disable path nor a rollback plan is written down."_s);
}

} // namespace

QStringList readinessAreas()
{
    return {u"purpose"_s,     u"scope"_s,   u"access_level"_s, u"identity"_s,
            u"permissions"_s, u"logging"_s, u"approval"_s,     u"recovery"_s};
}

QList<ReadinessCheck> readinessChecklist(const ReadinessInput &input)
{
    const Connector &c = input.connector;
    return {purpose(c),
            scope(c),
            accessLevel(c, input.tools),
            identity(c.identity, input.now),
            permissions(c.identity),
            logging(input),
            approval(c, input.tools),
            recovery(c)};
}

ReadinessResult overall(const QList<ReadinessCheck> &checks)
{
    ReadinessResult worst = ReadinessResult::Pass;
    for (const ReadinessCheck &c : checks) {
        if (c.result > worst)
            worst = c.result;
    }
    return worst;
}

} // namespace airlock
