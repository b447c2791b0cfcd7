#include "auditreporthtml.h"

#include "inventory/drift.h"
#include "inventory/identitywarnings.h"
#include "policy/policy.h"
#include "sections/sectionsupport.h"
#include "sections/sectiontext.h"
#include "store/evidencechain.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// Made for paper: dark text, thin grey rules, tints light enough to survive a photocopier.
// Lengths in px are scaled by the layout from 96 dpi to the printer's resolution.
const QString kStyleSheet = uR"(
h1 { font-size: 17pt; margin-top: 0px; margin-bottom: 2px; color: #102a43; }
h2 { font-size: 11.5pt; margin-top: 16px; margin-bottom: 5px; color: #1f4e79; }
p { margin-top: 0px; margin-bottom: 5px; }
p.title { font-size: 22pt; font-weight: bold; color: #102a43; margin-bottom: 4px; }
p.subtitle { font-size: 10pt; color: #52606d; margin-bottom: 14px; }
p.small { font-size: 8pt; color: #52606d; }
table.grid { border-collapse: collapse; margin-top: 4px; margin-bottom: 4px; }
table.facts { border-collapse: collapse; margin-top: 6px; margin-bottom: 4px; }
td, th { border-width: 1px; border-style: solid; border-color: #c5ced8; }
th { background-color: #e6ebf1; color: #102a43; font-weight: bold; text-align: left; }
td.key { background-color: #f3f5f8; color: #334e68; font-weight: bold; }
td.pass { background-color: #e3f4e5; }
td.warn { background-color: #fdf1d6; }
td.fail { background-color: #fbe1de; }
span.pass { color: #1b5e20; font-weight: bold; }
span.warn { color: #8a5300; font-weight: bold; }
span.fail { color: #b71c1c; font-weight: bold; }
span.missing { color: #8a5300; font-style: italic; }
span.dim { color: #8a96a3; }
span.current { background-color: #d4e3f7; color: #102a43; font-weight: bold; }
span.mono { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; }
span.note { color: #52606d; font-size: 8pt; }
)"_s;

// Text for HTML: escaped, line breaks kept.
QString esc(const QString &text)
{
    QString html = text.trimmed().toHtmlEscaped();
    html.replace(u'\n', u"<br/>"_s);
    return html;
}

QString span(const QString &cls, const QString &html)
{
    return u"<span class=\""_s % cls % u"\">"_s % html % u"</span>"_s;
}

QString paragraph(const QString &html, const QString &cls = QString())
{
    return (cls.isEmpty() ? u"<p>"_s : u"<p class=\""_s % cls % u"\">"_s) % html % u"</p>\n"_s;
}

QString heading(const QString &text)
{
    return u"<h2>"_s % esc(text) % u"</h2>\n"_s;
}

// A table of rows under headers. Widths are percentages of the text width; every cell of a
// row carries the row's class, so a tinted row is tinted edge to edge.
class HtmlTable
{
public:
    explicit HtmlTable(QList<std::pair<QString, int>> columns)
        : columns_(std::move(columns))
    {}

    void addRow(const QStringList &cells, const QString &cls = QString())
    {
        QString row = u"<tr>"_s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString width =
                i < columns_.size() ? u" width=\"%1%\""_s.arg(columns_.at(i).second) : QString();
            row += (cls.isEmpty() ? u"<td"_s : u"<td class=\""_s % cls % u"\""_s) % width % u">"_s %
                   cells.at(i) % u"</td>"_s;
        }
        rows_ += row % u"</tr>\n"_s;
    }

    QString html() const
    {
        QString head = u"<thead><tr>"_s;
        for (const auto &[header, width] : columns_)
            head += u"<th width=\"%1%\">"_s.arg(width) % esc(header) % u"</th>"_s;
        return u"<table class=\"grid\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
               u"cellpadding=\"4\">"_s %
               head % u"</tr></thead>\n"_s % rows_ % u"</table>\n"_s;
    }

private:
    QList<std::pair<QString, int>> columns_;
    QString rows_;
};

// Name and value rows, for the overview and the identity.
class FactsTable
{
public:
    void add(const QString &name, const QString &valueHtml, const QString &cls = QString())
    {
        rows_ += u"<tr><td class=\"key\" width=\"24%\">"_s % esc(name) % u"</td>"_s %
                 (cls.isEmpty() ? u"<td>"_s : u"<td class=\""_s % cls % u"\">"_s) % valueHtml %
                 u"</td></tr>\n"_s;
    }

    QString html() const
    {
        return u"<table class=\"facts\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
               u"cellpadding=\"4\">\n"_s %
               rows_ % u"</table>\n"_s;
    }

private:
    QString rows_;
};

QString resultClass(ReadinessResult result)
{
    return wordOf(result); // pass, warn, fail: the style sheet's classes
}

// A row that stands out on screen is tinted on paper: warn for a warning, fail for an alarm.
QString emphasisClass(Emphasis emphasis)
{
    switch (emphasis) {
    case Emphasis::None:
        break;
    case Emphasis::Warning:
        return u"warn"_s;
    case Emphasis::Alarm:
        return u"fail"_s;
    }
    return QString();
}

class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(airlock::AuditReport)

public:
    explicit ReportBuilder(QDateTime now)
        : now_(std::move(now))
    {}

    QString titlePage(const AuditReportData &data, const QString &author) const;
    QString connectorPages(const AuditReportConnector &part) const;

private:
    QString overview(const ConnectorView &view) const;
    QString scope(const Connector &c) const;
    QString powers(const Connector &c) const;
    QString identity(const Identity &id) const;
    QString tools(const ConnectorView &view) const;
    QString activity(const AuditReportConnector &part) const;
    QString readiness(const QList<ReadinessCheck> &checks) const;
    QString drift(const ConnectorView &view) const;

    QString missing() const { return span(u"missing"_s, esc(SectionText::notRecorded())); }
    QString textOrMissing(const QString &text) const
    {
        return text.trimmed().isEmpty() ? missing() : esc(text);
    }
    QString readinessBadge(const QList<ReadinessCheck> &checks) const;
    // A retired connector is not reviewed any more.
    bool reviewOverdue(const Connector &c) const
    {
        return c.nextReviewDue.isValid() && c.nextReviewDue < now_ &&
               c.status != ConnectorStatus::Retired;
    }

    static QString statusWord(ConnectorStatus s);
    static QString modeMeaning(PermissionMode m);
    static QString path(const QStringList &steps, int first, int last);

    QDateTime now_;
};

QString ReportBuilder::statusWord(ConnectorStatus s)
{
    switch (s) {
    case ConnectorStatus::Active:
        return tr("Active");
    case ConnectorStatus::Paused:
        return tr("Paused");
    case ConnectorStatus::Disconnected:
        return tr("Disconnected");
    case ConnectorStatus::Retired:
        return tr("Retired");
    }
    return wordOf(s);
}

// The powers section's words, but for important_actions the report's own sentence, which does
// not point to the trigger rules "below".
QString ReportBuilder::modeMeaning(PermissionMode m)
{
    if (m == PermissionMode::ImportantActions)
        return tr("only important calls need a human: a send, a change not marked "
                  "non-destructive, or a target that matches a trigger rule.");
    return PowersText::modeMeaning(m);
}

// "request → review → [limit] → monitor …": the current steps marked, later ones dimmed.
QString ReportBuilder::path(const QStringList &steps, int first, int last)
{
    QStringList shown;
    for (int i = 0; i < int(steps.size()); ++i) {
        const QString word = esc(steps.at(i));
        if (i >= first && i <= last)
            shown << span(u"current"_s, u"&nbsp;"_s % word % u"&nbsp;"_s);
        else
            shown << (i > last ? span(u"dim"_s, word) : word);
    }
    return shown.join(u" → "_s);
}

QString ReportBuilder::readinessBadge(const QList<ReadinessCheck> &checks) const
{
    const ReadinessResult worst = overall(checks);
    int fails = 0;
    int warns = 0;
    for (const ReadinessCheck &c : checks) {
        fails += c.result == ReadinessResult::Fail;
        warns += c.result == ReadinessResult::Warn;
    }
    QString detail;
    if (fails > 0 && warns > 0)
        detail = tr("%1 fail, %2 warn").arg(fails).arg(warns);
    else if (fails > 0)
        detail = tr("%1 fail").arg(fails);
    else if (warns > 0)
        detail = tr("%1 warn").arg(warns);
    const QString word = ReadinessText::result(worst);
    return span(resultClass(worst), esc(word)) %
           (detail.isEmpty() ? QString() : u" ("_s % esc(detail) % u")"_s);
}

QString ReportBuilder::titlePage(const AuditReportData &data, const QString &author) const
{
    const QList<ConnectorSummary> &summaries = data.summaries;
    const QList<AuditReportConnector> &parts = data.connectors;
    const QLocale locale;
    QString html = paragraph(esc(tr("Connector audit report")), u"title"_s);
    html += paragraph(esc(tr("Airlock — every connector: purpose, owner, scope, powers, identity, "
                             "tools, activity, readiness and drift since review")),
                      u"subtitle"_s);

    int byStatus[4] = {0, 0, 0, 0};
    int byReadiness[3] = {0, 0, 0};
    int tools = 0;
    int drifted = 0;
    int pending = 0;
    int blocked = 0;
    int overdue = 0;
    int neverReviewed = 0;
    for (const ConnectorSummary &s : summaries) {
        tools += s.toolCount;
        drifted += s.driftedTools;
        pending += s.pendingApprovals;
        blocked += s.blockedLast7Days;
    }
    for (const AuditReportConnector &p : parts) {
        const Connector &c = p.view.connector;
        ++byStatus[int(c.status)];
        ++byReadiness[int(overall(p.checks))];
        overdue += reviewOverdue(c);
        neverReviewed += !p.view.latestReview.has_value();
    }
    const auto count = [&locale](qint64 n) {
        return locale.toString(n);
    };

    FactsTable facts;
    facts.add(tr("Store"), esc(data.store));
    facts.add(tr("Generated"), tr("%1 (%2 UTC)")
                                   .arg(esc(SectionText::time(now_)),
                                        esc(now_.toUTC().toString(u"yyyy-MM-dd HH:mm"_s))));
    facts.add(tr("Author"), textOrMissing(author));
    facts.add(tr("Connectors"),
              esc(tr("%1 in all: %2 active, %3 paused, %4 disconnected, %5 retired")
                      .arg(count(parts.size()), count(byStatus[0]), count(byStatus[1]),
                           count(byStatus[2]), count(byStatus[3]))));
    facts.add(tr("Readiness"),
              span(u"pass"_s, esc(tr("%1 pass").arg(count(byReadiness[0])))) % u", "_s %
                  span(u"warn"_s, esc(tr("%1 with warnings").arg(count(byReadiness[1])))) %
                  u", "_s % span(u"fail"_s, esc(tr("%1 failing").arg(count(byReadiness[2])))));
    facts.add(tr("Reviews"),
              esc(tr("%1 overdue, %2 never reviewed").arg(count(overdue), count(neverReviewed))),
              overdue + neverReviewed > 0 ? u"warn"_s : QString());
    facts.add(tr("Tools"),
              esc(tr("%1 recorded, %2 new or changed since review (blocked until "
                     "reviewed)")
                      .arg(count(tools), count(drifted))),
              drifted > 0 ? u"warn"_s : QString());
    facts.add(tr("Pending approvals"), esc(count(pending)));
    facts.add(tr("Blocked calls"), esc(tr("%1 in the last 7 days").arg(count(blocked))),
              blocked > 0 ? u"warn"_s : QString());
    facts.add(tr("Evidence"),
              esc(tr("Events on the chain: %1 (head #%2); verify it with "
                     "\"airlockctl verify\" or the Audit screen")
                      .arg(count(data.chainHead), QString::number(data.chainHead))));
    html += facts.html();

    html += heading(tr("Connectors"));
    if (parts.isEmpty()) {
        html += paragraph(esc(tr("No connectors are recorded in this store.")));
        return html;
    }
    HtmlTable table({{tr("Connector"), 19},
                     {tr("Target system"), 27},
                     {tr("Status"), 11},
                     {tr("Permission mode"), 14},
                     {tr("Readiness"), 15},
                     {tr("Next review"), 14}});
    for (const AuditReportConnector &p : parts) {
        const Connector &c = p.view.connector;
        const bool late = reviewOverdue(c);
        QString due =
            c.nextReviewDue.isValid() ? esc(SectionText::date(c.nextReviewDue)) : missing();
        if (late)
            due = span(u"fail"_s, due % u" "_s % esc(tr("(overdue)")));
        const QString status = c.status == ConnectorStatus::Active
                                   ? esc(statusWord(c.status))
                                   : span(u"warn"_s, esc(statusWord(c.status)));
        table.addRow({u"<b>"_s % esc(c.name) % u"</b>"_s,
                      c.targetSystem.isEmpty() ? missing() : esc(c.targetSystem), status,
                      esc(PowersText::mode(c.mode)), readinessBadge(p.checks), due});
    }
    html += table.html();
    html += paragraph(esc(tr("Each connector follows on its own page, in this order. Verdicts, "
                             "readiness and drift are computed by Airlock's policy code from the "
                             "store as of the time above.")),
                      u"small"_s);
    return html;
}

QString ReportBuilder::connectorPages(const AuditReportConnector &part) const
{
    const Connector &c = part.view.connector;
    QString html = u"<h1 style=\"page-break-before: always\">"_s % esc(c.name) % u"</h1>\n"_s;
    // The summary table's facts again, so a page torn out of the report still says them.
    html += paragraph((c.status == ConnectorStatus::Active
                           ? esc(statusWord(c.status))
                           : span(u"warn"_s, esc(statusWord(c.status)))) %
                          u" · "_s % esc(PowersText::mode(c.mode)) % u" · "_s %
                          esc(tr("Readiness:")) % u" "_s % readinessBadge(part.checks) % u" · "_s %
                          esc(tr("Owner:")) % u" "_s % textOrMissing(c.owner),
                      u"subtitle"_s);
    html += overview(part.view);
    html += scope(c);
    html += powers(c);
    html += identity(c.identity);
    html += tools(part.view);
    html += activity(part);
    html += readiness(part.checks);
    html += drift(part.view);
    return html;
}

QString ReportBuilder::overview(const ConnectorView &view) const
{
    const Connector &c = view.connector;
    FactsTable facts;
    facts.add(tr("Purpose"), textOrMissing(c.purpose),
              c.purpose.trimmed().isEmpty() ? u"warn"_s : QString());
    facts.add(tr("Owner"), textOrMissing(c.owner),
              c.owner.trimmed().isEmpty() ? u"warn"_s : QString());
    facts.add(tr("Target system"), esc(OverviewText::target(c)));
    facts.add(tr("Status"), esc(OverviewText::status(c.status)),
              c.status == ConnectorStatus::Active ? QString() : u"warn"_s);

    const auto [first, last] = OverviewText::lifecycleStepsOf(c.lifecycle);
    facts.add(tr("Lifecycle stage"), path(OverviewText::lifecycleSteps(), first, last));
    facts.add(tr("Trust stage"), path(OverviewText::trustSteps(), int(c.trust), int(c.trust)));
    facts.add(tr("Disable path"), textOrMissing(c.disablePath),
              c.disablePath.trimmed().isEmpty() ? u"fail"_s : QString());
    facts.add(tr("Rollback plan"), textOrMissing(c.rollbackPlan),
              c.rollbackPlan.trimmed().isEmpty() ? u"fail"_s : QString());

    if (view.latestReview) {
        const Review &r = *view.latestReview;
        facts.add(
            tr("Last review"),
            esc(tr("%1 by %2")
                    .arg(SectionText::time(r.reviewedAt),
                         r.reviewedBy.isEmpty() ? SectionText::notRecorded() : r.reviewedBy)));
    } else {
        facts.add(tr("Last review"), esc(tr("Never reviewed")), u"warn"_s);
    }
    if (c.nextReviewDue.isValid()) {
        const bool late = reviewOverdue(c);
        facts.add(tr("Next review due"),
                  esc(tr("%1 (%2)").arg(SectionText::date(c.nextReviewDue),
                                        SectionText::relativeDays(c.nextReviewDue, now_))) %
                      (late ? u" "_s % span(u"fail"_s, esc(tr("overdue"))) : QString()),
                  late ? u"fail"_s : QString());
    } else {
        facts.add(tr("Next review due"), missing());
    }

    const auto freshness = OverviewText::freshness(c, now_, OverviewText::SyncTime::At);
    facts.add(tr("Freshness"), esc(freshness.text), freshness.stale ? u"warn"_s : QString());
    return heading(tr("Overview")) % facts.html();
}

QString ReportBuilder::scope(const Connector &c) const
{
    QString html = heading(tr("Scope"));
    if (c.scope.isEmpty())
        return html % paragraph(span(u"fail"_s,
                                     esc(tr("No scope rules are recorded, so nothing is in scope: "
                                            "every call with a target is refused."))));
    html += paragraph(esc(tr("Rules are checked in order: the last matching rule decides; "
                             "anything not included is out of scope.")));
    HtmlTable table({{tr("#"), 6}, {tr("Effect"), 14}, {tr("Pattern"), 80}});
    for (qsizetype i = 0; i < c.scope.size(); ++i) {
        const ScopeRule &rule = c.scope.at(i);
        const bool include = rule.effect == ScopeRule::Effect::Include;
        table.addRow(
            {QString::number(i + 1),
             span(include ? u"pass"_s : u"fail"_s, esc(include ? tr("include") : tr("exclude"))),
             span(u"mono"_s, esc(rule.pattern))});
    }
    return html % table.html();
}

QString ReportBuilder::powers(const Connector &c) const
{
    QString html = heading(tr("Powers and approval"));
    html += paragraph(esc(tr("Permission mode:")) % u" <b>"_s % esc(PowersText::mode(c.mode)) %
                      u"</b> — "_s % esc(modeMeaning(c.mode)));
    if (c.status != ConnectorStatus::Active)
        html += paragraph(
            span(u"warn"_s, esc(tr("Status: %1. Every call is refused now; the table shows what "
                                   "applies once it is active again.")
                                    .arg(statusWord(c.status)))));

    HtmlTable table(
        {{tr("Power"), 12}, {tr("Granted"), 10}, {tr("Under this mode"), 30}, {tr("Why"), 48}});
    for (Power power : kAllPowers) {
        const bool granted = c.powers.has(power);
        const PolicyDecision decision = decideForPower(c, power);
        const QString verdict = PowersText::verdict(decision, triggerRulesAskingFor(c, power));
        const bool asks = decision.verdict == Verdict::NeedsApproval;
        const QString name = SectionText::power(power);
        if (granted)
            table.addRow({u"<b>"_s % esc(name) % u"</b>"_s, esc(tr("Yes")),
                          asks ? u"<b>"_s % esc(verdict) % u"</b>"_s : esc(verdict),
                          esc(decision.reason)},
                         asks ? u"warn"_s : QString());
        else
            table.addRow({span(u"dim"_s, esc(name)), span(u"dim"_s, esc(tr("No"))),
                          span(u"dim"_s, esc(verdict)), span(u"dim"_s, esc(decision.reason))});
    }
    html += table.html();

    // As on screen: the caption when there are rules, or when their absence matters.
    const bool hasRules = !c.triggers.isEmpty();
    const bool important = c.mode == PermissionMode::ImportantActions;
    if (hasRules || important)
        html += paragraph(esc(PowersText::triggerRulesCaption(hasRules, important)));
    if (!hasRules)
        return html;
    HtmlTable triggers({{tr("#"), 6}, {tr("Trigger"), 30}, {tr("Target pattern"), 64}});
    for (qsizetype i = 0; i < c.triggers.size(); ++i) {
        const TriggerRule &rule = c.triggers.at(i);
        triggers.addRow({QString::number(i + 1), esc(PowersText::trigger(rule.trigger)),
                         span(u"mono"_s, esc(rule.pattern))});
    }
    return html % triggers.html();
}

QString ReportBuilder::identity(const Identity &id) const
{
    QString html = heading(tr("Identity"));
    const QList<IdentityWarning> warnings = identityWarnings(id, now_);
    if (warnings.isEmpty()) {
        html += paragraph(
            span(u"pass"_s, esc(tr("No identity warnings: it is owned, not shared, rotated on time "
                                   "and revocable."))));
    } else {
        QString list;
        for (const IdentityWarning &w : warnings)
            list += u"⚠ "_s % esc(w.text) % u"<br/>"_s;
        list.chop(5);
        html += u"<table class=\"facts\" width=\"100%\" border=\"0\" cellspacing=\"0\" "
                u"cellpadding=\"5\"><tr><td class=\"warn\">"_s %
                span(u"warn"_s,
                     esc(warnings.size() == 1 ? tr("1 identity warning")
                                              : tr("%1 identity warnings").arg(warnings.size()))) %
                u"<br/>"_s % list % u"</td></tr></table>\n"_s;
    }

    FactsTable facts;
    facts.add(tr("Kind"), esc(SectionText::identityKind(id.kind)));
    facts.add(tr("Acts as"), textOrMissing(id.principal));
    facts.add(tr("On behalf of"), textOrMissing(id.onBehalfOf));
    facts.add(tr("Approved by"), textOrMissing(id.approvedBy));
    facts.add(tr("Permissions"), textOrMissing(id.permissions));
    facts.add(tr("Shared"), esc(IdentityText::shared(id.shared)),
              id.shared ? u"warn"_s : QString());
    facts.add(tr("Credential owner"), textOrMissing(id.credentialOwner));
    facts.add(tr("Last rotation"), textOrMissing(IdentityText::lastRotated(id, now_)));
    facts.add(tr("Expires"), textOrMissing(IdentityText::expiry(id, now_)),
              id.expires.isValid() && id.expires <= now_ ? u"fail"_s : QString());
    facts.add(tr("How to revoke"), textOrMissing(id.revokePath));
    return html % facts.html();
}

QString ReportBuilder::tools(const ConnectorView &view) const
{
    QString html = heading(tr("Tools"));
    if (view.tools.isEmpty())
        return html % paragraph(esc(tr("No tools recorded yet: the gateway records each tool "
                                       "the first time the server lists it.")));
    const auto drifted = std::count_if(view.tools.cbegin(), view.tools.cend(),
                                       [](const Tool &t) { return t.hasDrifted(); });
    html += paragraph(esc(drifted == 0 ? tr("Tools: %1, all reviewed.").arg(view.tools.size())
                                       : tr("Tools: %1. New or changed since review, and so "
                                            "blocked until reviewed: %2.")
                                             .arg(view.tools.size())
                                             .arg(drifted)));
    HtmlTable table(
        {{tr("Tool"), 30}, {tr("Annotations"), 26}, {tr("Power"), 18}, {tr("Since review"), 26}});
    for (const Tool &t : view.tools) {
        const QString noClaims = ToolText::noClaims(t.annotations);
        const QString annotations = noClaims.isEmpty()
                                        ? esc(ToolText::claims(t.annotations).join(u", "_s))
                                        : span(u"missing"_s, esc(noClaims));

        QString power = esc(SectionText::power(t.effectivePower()));
        if (t.powerOverride)
            power +=
                u"<br/>"_s %
                span(u"note"_s,
                     esc(tr("set by a lead; derived: %1").arg(SectionText::power(t.derivedPower))));
        if (!view.connector.powers.has(t.effectivePower()))
            power += u"<br/>"_s % span(u"warn"_s, esc(tr("not granted: refused")));

        QString review = esc(ToolText::reviewState(t.reviewState));
        switch (t.reviewState) {
        case ToolReviewState::Reviewed:
            break;
        case ToolReviewState::New:
            review = u"<b>"_s % review % u"</b><br/>"_s %
                     span(u"note"_s, esc(tr("first seen %1").arg(SectionText::time(t.firstSeen))));
            break;
        case ToolReviewState::Changed:
            review =
                u"<b>"_s % review % u"</b><br/>"_s %
                span(u"note"_s, esc(tr("definition %1 → %2")
                                        .arg(t.reviewedHash.left(12), t.definitionHash.left(12))));
            break;
        }
        QString name = u"<b>"_s % esc(t.name) % u"</b>"_s;
        const QString description = t.description.trimmed().section(u'\n', 0, 0).trimmed();
        if (!description.isEmpty())
            name += u"<br/>"_s %
                    span(u"note"_s, esc(description.size() > 160 ? description.left(157) % u"…"_s
                                                                 : description));
        table.addRow({name, annotations, power, review}, t.hasDrifted() ? u"fail"_s : QString());
    }
    return html % table.html();
}

QString ReportBuilder::activity(const AuditReportConnector &part) const
{
    QString html = heading(tr("Activity"));
    QList<EvidenceEvent> events = part.view.recentEvents;
    std::stable_partition(events.begin(), events.end(), isBlockedAttempt);
    if (events.isEmpty())
        return html % paragraph(esc(tr("Nothing this connector did or was refused is on record.")));
    html += paragraph(esc(tr("The most recent events, blocked attempts first (%1 shown). Events "
                             "in the last 30 days: %2. Blocked calls in the last 7 days: %3.")
                              .arg(events.size())
                              .arg(part.view.eventsLast30Days)
                              .arg(part.blockedLast7Days)));
    HtmlTable table({{tr("When, who"), 19},
                     {tr("Event and result"), 16},
                     {tr("Tool and target"), 25},
                     {tr("Summary"), 40}});
    for (const EvidenceEvent &e : events) {
        QString where = esc(e.tool);
        if (!e.target.isEmpty())
            where += (where.isEmpty() ? QString() : u"<br/>"_s) % span(u"mono"_s, esc(e.target));
        const QString cls = emphasisClass(emphasisOf(e));
        const QString result = esc(ActivityText::result(e.result));
        table.addRow({esc(SectionText::time(e.at)) % u"<br/>"_s %
                          span(u"note"_s, esc(e.actor) % u" · #"_s % QString::number(e.seq)),
                      esc(ActivityText::kind(e.kind)) % u"<br/>"_s %
                          (cls.isEmpty() ? result : span(cls, result)),
                      where, esc(e.summary)},
                     cls);
    }
    return html % table.html();
}

QString ReportBuilder::readiness(const QList<ReadinessCheck> &checks) const
{
    QString html = heading(tr("Readiness"));
    html += paragraph(span(resultClass(overall(checks)), esc(ReadinessText::overall(checks))));
    HtmlTable table({{tr("Area"), 24}, {tr("Result"), 10}, {tr("Reason"), 66}});
    for (const ReadinessCheck &c : checks)
        table.addRow({u"<b>"_s % esc(ReadinessText::area(c.area)) % u"</b><br/>"_s %
                          span(u"note"_s, esc(ReadinessText::areaQuestion(c.area))),
                      span(resultClass(c.result), esc(ReadinessText::result(c.result))),
                      esc(c.reason)},
                     c.result == ReadinessResult::Pass ? QString() : resultClass(c.result));
    return html % table.html();
}

QString ReportBuilder::drift(const ConnectorView &view) const
{
    QString html = heading(tr("Drift since review"));
    if (!view.latestReview)
        return html %
               paragraph(span(u"warn"_s, esc(tr("Never reviewed: everything is unreviewed")))) %
               paragraph(esc(tr("Its powers, scope, identity and tools have not been looked at "
                                "by a reviewer. Recording a review snapshots them; drift is "
                                "measured from then on.")));
    const Review &review = *view.latestReview;
    html += paragraph(esc(
        tr("Last review: %1 by %2.")
            .arg(SectionText::time(review.reviewedAt),
                 review.reviewedBy.isEmpty() ? SectionText::notRecorded() : review.reviewedBy)));
    if (!review.note.trimmed().isEmpty())
        html += paragraph(esc(tr("Note: %1").arg(review.note.trimmed())));
    const auto items = driftSinceReview(review.snapshot, view.connector, view.tools);
    if (!items)
        return html %
               paragraph(span(u"fail"_s, esc(tr("The review's snapshot cannot be read, so drift is "
                                                "unknown: %1")
                                                 .arg(items.message()))));
    const QString date = SectionText::date(review.reviewedAt);
    if (items->isEmpty())
        return html %
               paragraph(span(u"pass"_s, esc(tr("No changes since the review on %1.").arg(date))));
    html += paragraph(u"<b>"_s %
                      esc(items->size() == 1 ? tr("1 change since the review on %1.").arg(date)
                                             : tr("%1 changes since the review on %2.")
                                                   .arg(QString::number(items->size()), date)) %
                      u"</b>"_s);
    const auto shown = [](const DriftItem &item, const QString &value) {
        const QString text = esc(DriftText::value(item, value));
        if (value.isEmpty())
            return span(u"dim"_s, text);
        if (item.kind == DriftKind::ToolChanged && value.size() > 12)
            return span(u"mono"_s, text); // a definition hash
        return text;
    };
    HtmlTable table({{tr("Change"), 24}, {tr("What"), 24}, {tr("At review"), 26}, {tr("Now"), 26}});
    for (const DriftItem &item : *items)
        table.addRow({u"<b>"_s % esc(DriftText::kind(item.kind)) % u"</b>"_s, esc(item.what),
                      shown(item, item.before), shown(item, item.after)},
                     widensReach(item) ? u"warn"_s : QString());
    return html % table.html();
}

} // namespace

Result<AuditReportData> loadAuditReportData(Store &store, const QDateTime &now)
{
    AuditReportData data;
    data.store = store.url().display();
    auto summaries = InventoryQuery(store).summaries();
    if (!summaries)
        return summaries.error();
    data.summaries = *summaries;
    std::sort(data.summaries.begin(), data.summaries.end(),
              [](const ConnectorSummary &a, const ConnectorSummary &b) {
                  const int byName =
                      QString::compare(a.connector.name, b.connector.name, Qt::CaseInsensitive);
                  return byName != 0 ? byName < 0 : a.connector.name < b.connector.name;
              });
    for (const ConnectorSummary &s : std::as_const(data.summaries)) {
        auto view = loadConnectorView(store, s.connector.name, kAuditReportEvents);
        if (!view)
            return view.error();
        AuditReportConnector part;
        part.view = std::move(*view);
        part.checks = readinessChecklist({part.view.connector, part.view.tools,
                                          part.view.eventsLast30Days, part.view.lastActivity, now});
        part.blockedLast7Days = s.blockedLast7Days;
        data.connectors << std::move(part);
    }
    auto head = EvidenceChain(store).headSeq();
    if (!head)
        return head.error();
    data.chainHead = *head;
    return data;
}

QString auditReportDocument(const AuditReportData &data, const QString &author,
                            const QDateTime &generatedAt)
{
    const ReportBuilder builder(generatedAt);
    QString body = builder.titlePage(data, author);
    for (const AuditReportConnector &part : data.connectors)
        body += builder.connectorPages(part);
    return QString(u"<html><head><meta charset=\"utf-8\"/><title>"_s %
                   esc(ReportBuilder::tr("Connector audit report")) % u"</title><style>"_s %
                   kStyleSheet % u"</style></head><body>\n"_s % body % u"</body></html>\n"_s);
}

} // namespace airlock
