#include "sectiontext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace airlock {

QString SectionText::power(Power p)
{
    switch (p) {
    case Power::Read:
        return tr("read");
    case Power::Search:
        return tr("search");
    case Power::Draft:
        return tr("draft");
    case Power::Write:
        return tr("write");
    case Power::Send:
        return tr("send");
    case Power::Trigger:
        return tr("trigger");
    }
    return wordOf(p);
}

QString SectionText::identityKind(IdentityKind k)
{
    switch (k) {
    case IdentityKind::ServicePrincipal:
        return tr("Service principal");
    case IdentityKind::DelegatedUser:
        return tr("Delegated user");
    case IdentityKind::ApiKey:
        return tr("API key");
    case IdentityKind::OauthApp:
        return tr("OAuth app");
    case IdentityKind::PlatformManaged:
        return tr("Platform managed");
    }
    return wordOf(k);
}

QString SectionText::notRecorded()
{
    return tr("Not recorded");
}

QString SectionText::time(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : notRecorded();
}

QString SectionText::date(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat)
                       : notRecorded();
}

QString SectionText::relativeDays(const QDateTime &t, const QDateTime &now)
{
    const qint64 days = now.toLocalTime().date().daysTo(t.toLocalTime().date());
    if (days == 0)
        return tr("today");
    if (days > 0)
        return days == 1 ? tr("tomorrow") : tr("in %1 days").arg(QLocale().toString(days));
    return days == -1 ? tr("yesterday") : tr("%1 days ago").arg(QLocale().toString(-days));
}

QString OverviewText::status(ConnectorStatus s)
{
    switch (s) {
    case ConnectorStatus::Active:
        return tr("Active");
    case ConnectorStatus::Paused:
        return tr("Paused — every call is refused until it is resumed");
    case ConnectorStatus::Disconnected:
        return tr("Disconnected — every call is refused; reconnecting is a recorded decision");
    case ConnectorStatus::Retired:
        return tr("Retired");
    }
    return wordOf(s);
}

QString OverviewText::kind(ConnectorKind k)
{
    switch (k) {
    case ConnectorKind::DocumentSource:
        return tr("document source");
    case ConnectorKind::BusinessApp:
        return tr("business app");
    case ConnectorKind::Database:
        return tr("database");
    case ConnectorKind::Communication:
        return tr("communication");
    case ConnectorKind::WorkflowTool:
        return tr("workflow tool");
    case ConnectorKind::DeviceFacility:
        return tr("device or facility");
    }
    return wordOf(k);
}

QString OverviewText::transport(const QString &transport)
{
    if (transport == u"mcp_stdio")
        return tr("MCP (stdio)");
    if (transport == u"mcp_http" || transport == u"mcp_streamable_http")
        return tr("MCP (HTTP)");
    if (transport == u"mcp_sse")
        return tr("MCP (SSE)");
    return transport;
}

QString OverviewText::target(const Connector &c)
{
    return tr("%1 — %2, via %3")
        .arg(c.targetSystem.isEmpty() ? tr("(target not recorded)") : c.targetSystem, kind(c.kind),
             transport(c.transport));
}

QStringList OverviewText::lifecycleSteps()
{
    return {tr("request"),  tr("review"),   tr("limit"),  tr("monitor"),
            tr("maintain"), tr("reassess"), tr("reduce"), tr("retire")};
}

std::pair<int, int> OverviewText::lifecycleStepsOf(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Requested:
        return {0, 0};
    case LifecycleStage::InReview:
        return {1, 1};
    case LifecycleStage::Limited:
        return {2, 2};
    case LifecycleStage::Monitored:
        return {3, 4};
    case LifecycleStage::Reassess:
        return {5, 5};
    case LifecycleStage::Reduced:
        return {6, 6};
    case LifecycleStage::Retired:
        return {7, 7};
    }
    return {-1, -1};
}

QStringList OverviewText::trustSteps()
{
    return {tr("observe"), tr("draft"), tr("propose"), tr("act with approval"),
            tr("scoped autonomy")};
}

QString OverviewText::duration(qint64 secs)
{
    if (secs >= 2 * 86400 && secs % 86400 == 0)
        return tr("%1 days").arg(secs / 86400);
    if (secs >= 3600)
        return tr("%1 h").arg(QLocale().toString(double(secs) / 3600.0, 'g', 3));
    if (secs >= 60)
        return tr("%1 min").arg(secs / 60);
    return tr("%1 s").arg(secs);
}

QString OverviewText::age(qint64 secs)
{
    if (secs < 60)
        return tr("just now");
    if (secs < 3600) {
        const qint64 m = secs / 60;
        return m == 1 ? tr("1 minute ago") : tr("%1 minutes ago").arg(m);
    }
    if (secs < 48 * 3600) {
        const qint64 h = secs / 3600;
        return h == 1 ? tr("1 hour ago") : tr("%1 hours ago").arg(h);
    }
    return tr("%1 days ago").arg(secs / 86400);
}

OverviewText::Freshness OverviewText::freshness(const Connector &c, const QDateTime &now,
                                                SyncTime shown)
{
    const bool limited = c.freshnessLimitSecs > 0;
    const QString limit = limited ? duration(c.freshnessLimitSecs) : QString();
    Freshness f;
    if (!c.lastSyncAt.isValid()) {
        f.stale = limited;
        f.text = limited ? tr("stale: never synced, limit %1").arg(limit)
                         : tr("Never synced; no freshness limit recorded");
        return f;
    }
    const qint64 secs = c.lastSyncAt.secsTo(now);
    const QString last = shown == SyncTime::Ago ? age(secs) : SectionText::time(c.lastSyncAt);
    f.stale = limited && secs > c.freshnessLimitSecs;
    if (!limited)
        f.text = tr("last sync %1; no freshness limit recorded").arg(last);
    else if (f.stale)
        f.text = tr("stale: last sync %1, limit %2").arg(last, limit);
    else
        f.text = tr("fresh: last sync %1, limit %2").arg(last, limit);
    return f;
}

QString IdentityText::shared(bool shared)
{
    return shared ? tr("Yes: other systems use the same identity")
                  : tr("No: only this connector uses it");
}

QString IdentityText::lastRotated(const Identity &id, const QDateTime &now)
{
    if (!id.lastRotated.isValid())
        return QString();
    return tr("%1 (%2)").arg(SectionText::time(id.lastRotated),
                             SectionText::relativeDays(id.lastRotated, now));
}

QString IdentityText::expiry(const Identity &id, const QDateTime &now)
{
    if (!id.expires.isValid())
        return QString();
    return (id.expires <= now ? tr("%1 (expired %2)") : tr("%1 (%2)"))
        .arg(SectionText::time(id.expires), SectionText::relativeDays(id.expires, now));
}

QString PowersText::mode(PermissionMode m)
{
    switch (m) {
    case PermissionMode::AlwaysAsk:
        return tr("Always ask");
    case PermissionMode::AnyChanges:
        return tr("Any changes");
    case PermissionMode::ImportantActions:
        return tr("Important actions");
    case PermissionMode::NeverAsk:
        return tr("Never ask");
    }
    return wordOf(m);
}

QString PowersText::modeMeaning(PermissionMode m)
{
    switch (m) {
    case PermissionMode::AlwaysAsk:
        return tr("every call needs a human.");
    case PermissionMode::AnyChanges:
        return tr("reads and searches run; every other call needs a human.");
    case PermissionMode::ImportantActions:
        return tr("only important calls need a human: a send, a change not marked "
                  "non-destructive, or a target that matches a trigger rule below.");
    case PermissionMode::NeverAsk:
        return tr("every granted, in-scope call runs without a human (earned autonomy: keep it "
                  "narrow and monitored).");
    }
    return wordOf(m);
}

QString PowersText::trigger(ApprovalTrigger t)
{
    switch (t) {
    case ApprovalTrigger::ExternalSend:
        return tr("External send");
    case ApprovalTrigger::DestructiveChange:
        return tr("Destructive change");
    case ApprovalTrigger::PrivilegedChange:
        return tr("Privileged change");
    case ApprovalTrigger::ProductionWrite:
        return tr("Production write");
    case ApprovalTrigger::CustomerVisibleEdit:
        return tr("Customer-visible edit");
    case ApprovalTrigger::Purchase:
        return tr("Purchase");
    case ApprovalTrigger::BeyondNormalScope:
        return tr("Access beyond normal scope");
    }
    return wordOf(t);
}

QString PowersText::verdict(const PolicyDecision &decision, const QList<qsizetype> &askingRules)
{
    switch (decision.verdict) {
    case Verdict::Allow: {
        QStringList rules;
        for (qsizetype i : askingRules)
            rules << QString::number(i + 1);
        if (rules.size() == 1)
            return tr("Runs automatically, except on targets of trigger rule %1")
                .arg(rules.constFirst());
        if (rules.size() > 1)
            return tr("Runs automatically, except on targets of trigger rules %1")
                .arg(rules.join(u", "));
        return tr("Runs automatically");
    }
    case Verdict::NeedsApproval:
        return tr("Needs a human");
    case Verdict::Deny:
        return decision.rule == u"powers" ? tr("Blocked: not granted") : tr("Blocked");
    }
    return wordOf(decision.verdict);
}

QString PowersText::triggerRulesCaption(bool hasRules, bool importantActions)
{
    if (!hasRules)
        return tr("No trigger rules are recorded: under important actions, only sends and changes "
                  "not marked non-destructive need a human.");
    return importantActions ? tr("Trigger rules: a call whose target matches one of these needs "
                                 "a human.")
                            : tr("Trigger rules (they decide only under important actions, not "
                                 "under the current mode):");
}

QStringList ToolText::claims(const ToolAnnotations &a)
{
    QStringList words;
    if (a.readOnly.value_or(false))
        words << tr("read-only");
    if (a.destructive)
        words << (*a.destructive ? tr("destructive") : tr("non-destructive"));
    if (a.idempotent.value_or(false))
        words << tr("idempotent");
    if (a.openWorld)
        words << (*a.openWorld ? tr("open-world") : tr("closed-world"));
    return words;
}

QString ToolText::noClaims(const ToolAnnotations &a)
{
    if (!(a.readOnly || a.destructive || a.idempotent || a.openWorld))
        return tr("not annotated: treated as destructive and open-world");
    if (claims(a).isEmpty())
        return tr("no claims: treated as destructive and open-world");
    return QString();
}

QString ToolText::reviewState(ToolReviewState state)
{
    switch (state) {
    case ToolReviewState::Reviewed:
        return tr("Reviewed");
    case ToolReviewState::New:
        return tr("New — blocked until reviewed");
    case ToolReviewState::Changed:
        return tr("Changed since review — blocked");
    }
    return wordOf(state);
}

QString ActivityText::result(EventResult result)
{
    switch (result) {
    case EventResult::Success:
        return tr("success");
    case EventResult::Failure:
        return tr("failure");
    case EventResult::Blocked:
        return tr("blocked");
    case EventResult::Timeout:
        return tr("timeout");
    case EventResult::ValidationError:
        return tr("validation error");
    case EventResult::ApprovalNeeded:
        return tr("approval needed");
    }
    return wordOf(result);
}

QString ActivityText::kind(EventKind kind)
{
    switch (kind) {
    case EventKind::Trigger:
        return tr("trigger");
    case EventKind::Read:
        return tr("read");
    case EventKind::Search:
        return tr("search");
    case EventKind::Draft:
        return tr("draft");
    case EventKind::Write:
        return tr("write");
    case EventKind::Send:
        return tr("send");
    case EventKind::TriggerAction:
        return tr("trigger action");
    case EventKind::Output:
        return tr("output");
    case EventKind::ApprovalRequested:
        return tr("approval requested");
    case EventKind::ApprovalDecided:
        return tr("approval decided");
    case EventKind::ApprovalExpired:
        return tr("approval expired");
    case EventKind::ApprovalWithdrawn:
        return tr("approval withdrawn");
    case EventKind::ActionExecuted:
        return tr("action executed");
    case EventKind::Blocked:
        return tr("blocked");
    case EventKind::Error:
        return tr("error");
    case EventKind::RunStarted:
        return tr("run started");
    case EventKind::RunEnded:
        return tr("run ended");
    case EventKind::ConnectorAdded:
        return tr("connector added");
    case EventKind::ConnectorChanged:
        return tr("connector changed");
    case EventKind::ScopeChanged:
        return tr("scope changed");
    case EventKind::PowersChanged:
        return tr("powers changed");
    case EventKind::ModeChanged:
        return tr("mode changed");
    case EventKind::ConnectorPaused:
        return tr("connector paused");
    case EventKind::ConnectorResumed:
        return tr("connector resumed");
    case EventKind::ConnectorDisconnected:
        return tr("connector disconnected");
    case EventKind::ConnectorReconnected:
        return tr("connector reconnected");
    case EventKind::ConnectorRetired:
        return tr("connector retired");
    case EventKind::ReviewRecorded:
        return tr("review recorded");
    case EventKind::ToolDiscovered:
        return tr("tool discovered");
    case EventKind::ToolChanged:
        return tr("tool changed");
    case EventKind::ToolReviewed:
        return tr("tool reviewed");
    case EventKind::ApprovalGranted:
        return tr("approval granted ahead");
    case EventKind::GrantRevoked:
        return tr("grant revoked");
    case EventKind::RoleGranted:
        return tr("role granted");
    case EventKind::RoleRevoked:
        return tr("role revoked");
    }
    return wordOf(kind);
}

QString ReadinessText::result(ReadinessResult result)
{
    switch (result) {
    case ReadinessResult::Pass:
        return tr("Pass");
    case ReadinessResult::Warn:
        return tr("Warn");
    case ReadinessResult::Fail:
        return tr("Fail");
    }
    return wordOf(result);
}

QString ReadinessText::area(const QString &area)
{
    if (area == u"purpose")
        return tr("Purpose");
    if (area == u"scope")
        return tr("Scope");
    if (area == u"access_level")
        return tr("Access level");
    if (area == u"identity")
        return tr("Identity");
    if (area == u"permissions")
        return tr("Permissions");
    if (area == u"logging")
        return tr("Logging");
    if (area == u"approval")
        return tr("Approval");
    if (area == u"recovery")
        return tr("Recovery");
    return area;
}

QString ReadinessText::areaQuestion(const QString &area)
{
    if (area == u"purpose")
        return tr("Why does this connector exist?");
    if (area == u"scope")
        return tr("What sources, records, fields, tools, or actions are in scope?");
    if (area == u"access_level")
        return tr("Can the connector read, search, draft, write, send, or trigger?");
    if (area == u"identity")
        return tr("Which account, key, service identity, or authorization does it use?");
    if (area == u"permissions")
        return tr("Does the connector respect user and role boundaries?");
    if (area == u"logging")
        return tr("What connector activity is recorded?");
    if (area == u"approval")
        return tr("Which actions require human or policy approval?");
    if (area == u"recovery")
        return tr("How can the connector be paused, revoked, reduced, or rolled back?");
    return QString();
}

QString ReadinessText::overall(const QList<ReadinessCheck> &checks)
{
    QStringList warns;
    QStringList fails;
    for (const ReadinessCheck &c : checks) {
        if (c.result == ReadinessResult::Warn)
            warns << area(c.area);
        else if (c.result == ReadinessResult::Fail)
            fails << area(c.area);
    }
    switch (airlock::overall(checks)) {
    case ReadinessResult::Pass:
        return tr("Ready: all %1 checks pass.").arg(checks.size());
    case ReadinessResult::Warn:
        return tr("Ready with warnings. To look at: %1.").arg(warns.join(u", "_s));
    case ReadinessResult::Fail: {
        QString text = tr("Not ready. Fails: %1.").arg(fails.join(u", "_s));
        if (!warns.isEmpty())
            text += u' ' + tr("To look at: %1.").arg(warns.join(u", "_s));
        return text;
    }
    }
    return QString();
}

QString DriftText::kind(DriftKind kind)
{
    switch (kind) {
    case DriftKind::PowersAdded:
        return tr("Power granted");
    case DriftKind::PowersRemoved:
        return tr("Power removed");
    case DriftKind::ScopeWidened:
        return tr("Scope widened");
    case DriftKind::ScopeNarrowed:
        return tr("Scope narrowed");
    case DriftKind::ScopeChanged:
        return tr("Scope rules reordered");
    case DriftKind::ModeRelaxed:
        return tr("Permission mode relaxed");
    case DriftKind::ModeTightened:
        return tr("Permission mode tightened");
    case DriftKind::TriggersChanged:
        return tr("Approval triggers changed");
    case DriftKind::IdentityChanged:
        return tr("Identity changed");
    case DriftKind::ToolAdded:
        return tr("Tool added");
    case DriftKind::ToolRemoved:
        return tr("Tool removed");
    case DriftKind::ToolChanged:
        return tr("Tool definition changed");
    case DriftKind::ToolPowerChanged:
        return tr("Tool power changed");
    }
    return wordOf(kind);
}

QString DriftText::value(const DriftItem &item, const QString &value)
{
    if (value.isEmpty())
        return tr("not present");
    // Definition hashes are 64 hex digits; the first twelve tell them apart.
    if (item.kind == DriftKind::ToolChanged && value.size() > 12)
        return value.left(12) + u'…';
    // Identity times come as the store keeps them (ISO, UTC); a reader wants local time.
    if (item.kind == DriftKind::IdentityChanged) {
        const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (time.isValid())
            return SectionText::time(time);
    }
    return value;
}

} // namespace airlock
