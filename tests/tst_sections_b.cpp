// The connector detail's identity, tools, activity, readiness and drift sections, driven by
// objectName on the offscreen platform over ConnectorView values built by hand (no store):
// each section shows what the core judges, and what must stand out does.
//
// With AIRLOCK_SCREENSHOT_DIR set, every section is also saved there as PNG at 900×600 in
// the light and in a dark palette, to be looked at.

#include "clock.h"
#include "sections/activitysection.h"
#include "sections/driftsection.h"
#include "sections/identitysection.h"
#include "sections/readinesssection.h"
#include "sections/sectionsupport.h"
#include "sections/toolssection.h"
#include "store/connectorjson.h"

#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace airlock;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

ScopeRule include(const QString &p)
{
    return {ScopeRule::Effect::Include, p};
}
ScopeRule exclude(const QString &p)
{
    return {ScopeRule::Effect::Exclude, p};
}

Tool tool(const QString &name, Power power, const QString &description, bool readOnly)
{
    Tool t;
    t.connector = u"salesforce-crm"_s;
    t.name = name;
    t.description = description;
    t.annotations.readOnly = readOnly;
    t.annotations.destructive = !readOnly && power == Power::Write;
    t.annotations.idempotent = readOnly;
    t.annotations.openWorld = false;
    t.derivedPower = power;
    t.definitionHash = QString::fromLatin1(
        QByteArray(u"%1-v1"_s.arg(name).toUtf8()).toHex().leftJustified(64, '0'));
    t.reviewedHash = t.definitionHash;
    t.reviewState = ToolReviewState::Reviewed;
    t.firstSeen = kNow.addDays(-90);
    t.lastSeen = kNow.addSecs(-600);
    return t;
}

EvidenceEvent event(int minutesAgo, EventKind kind, const QString &toolName, Power power,
                    const QString &target, EventResult result, const QString &summary,
                    const QString &actor = u"crm-followups (run 7f3a)"_s)
{
    static qint64 seq = 4100;
    EvidenceEvent e;
    e.seq = ++seq;
    e.at = kNow.addSecs(-60 * minutesAgo);
    e.kind = kind;
    e.actor = actor;
    e.connector = u"salesforce-crm"_s;
    e.tool = toolName;
    e.power = power;
    e.target = target;
    e.result = result;
    e.summary = summary;
    return e;
}

// The demo's Salesforce connector as it stands today: well governed, but a power, a scope
// rule and two tools came after its review.
ConnectorView crmView()
{
    ConnectorView v;
    Connector &c = v.connector;
    c.name = u"salesforce-crm"_s;
    c.purpose = u"Lets the CRM follow-up workflow read SMB account history and call notes, draft "
                u"account notes and create follow-up tasks for account executives."_s;
    c.owner = u"Revenue Operations (jordan.kim)"_s;
    c.targetSystem = u"Salesforce Sales Cloud, production org"_s;
    c.kind = ConnectorKind::BusinessApp;
    c.status = ConnectorStatus::Active;
    c.lifecycle = LifecycleStage::Monitored;
    c.trust = TrustStage::ActWithApproval;
    c.mode = PermissionMode::ImportantActions;
    c.powers = {Power::Read, Power::Search, Power::Draft, Power::Write};
    c.scope = {include(u"crm:accounts/segment=smb/**"_s), exclude(u"crm:accounts/**/fields/ssn"_s),
               include(u"crm:tasks/**"_s)};
    c.triggers = {{ApprovalTrigger::ProductionWrite, u"crm:opportunities/**"_s}};
    Identity &id = c.identity;
    id.kind = IdentityKind::ServicePrincipal;
    id.principal = u"svc-airlock-crm@brightwater.example (integration user)"_s;
    id.approvedBy = u"priya.nair (governance lead)"_s;
    id.permissions = u"Read Account, Contact, Opportunity, Task (SMB record types); create Task; "
                     u"edit Opportunity Next Step, Amount and Stage"_s;
    id.credentialOwner = u"IT identity team (raj.patel)"_s;
    id.lastRotated = kNow.addDays(-18);
    id.expires = kNow.addDays(345);
    id.revokePath = u"Salesforce Setup → Connected Apps OAuth Usage → 'Airlock CRM' → Revoke"_s;
    c.disablePath = u"Pause in Airlock; for a hard stop revoke the connected-app tokens."_s;
    c.rollbackPlan = u"Tasks carry the tag 'airlock': delete them from the 'Airlock tasks' view."_s;

    v.tools = {
        tool(u"get_account"_s, Power::Read, u"Fetch one account with its fields and notes."_s,
             true),
        tool(u"search_accounts"_s, Power::Search, u"Search accounts by name, owner or city."_s,
             true),
        tool(u"draft_account_note"_s, Power::Draft,
             u"Save a draft note on an account (not shared)."_s, false),
        tool(u"create_followup_task"_s, Power::Write,
             u"Create a follow-up task for an account executive. The task is assigned to the "
             u"account's owner unless another owner is given, and is due in three business "
             u"days unless a due date is given.\nArguments: owner, subject, due."_s,
             false),
    };
    v.tools[3].powerOverride = Power::Draft; // a lead judged a task to be a draft
    v.tools[3].annotations.destructive = false;
    v.eventsLast30Days = 212;
    v.lastActivity = kNow.addSecs(-60 * 4);
    v.recentEvents = {
        event(4, EventKind::Read, u"get_account"_s, Power::Read,
              u"crm:accounts/segment=smb/0015g00001AbCd"_s, EventResult::Success,
              u"read account of Harbor Lane Bakery"_s),
        event(5, EventKind::Draft, u"draft_account_note"_s, Power::Draft,
              u"crm:accounts/segment=smb/0015g00001AbCd/notes"_s, EventResult::Success,
              u"drafted a follow-up note after the 14:00 call"_s),
        event(9, EventKind::Blocked, u"update_opportunity"_s, Power::Write,
              u"crm:opportunities/segment=smb/0065g00000XyZ"_s, EventResult::Blocked,
              u"tool 'update_opportunity' changed since its last review"_s),
        event(31, EventKind::Write, u"create_followup_task"_s, Power::Write, u"crm:tasks/new"_s,
              EventResult::ApprovalNeeded, u"follow-up task for dana.lee held for approval"_s),
        event(64, EventKind::Error, u"search_accounts"_s, Power::Search, u"crm:accounts/**"_s,
              EventResult::Timeout, u"Salesforce did not answer within 30 s"_s),
        event(122, EventKind::Blocked, u"get_account"_s, Power::Read,
              u"crm:accounts/segment=enterprise/0015g00001QrSt"_s, EventResult::Blocked,
              u"target out of scope: crm:accounts/segment=enterprise/0015g00001QrSt"_s),
        event(180, EventKind::ReviewRecorded, QString(), Power::Read, QString(),
              EventResult::Success, u"review recorded by priya.nair"_s, u"priya.nair"_s),
    };
    for (EvidenceEvent &e : v.recentEvents) {
        if (e.kind == EventKind::ReviewRecorded)
            e.power.reset();
    }
    return v;
}

QByteArray snapshotOf(const Connector &c, const QList<Tool> &tools)
{
    QJsonObject snapshot = connectorToJson(c);
    QJsonArray array;
    for (const Tool &t : tools)
        array.append(toolToJson(t));
    snapshot[u"tools"_s] = array;
    return QJsonDocument(snapshot).toJson(QJsonDocument::Compact);
}

// crmView() with a review taken when write was not granted, tasks were out of scope and the
// last tool did not exist; since then a reviewed tool changed and a new one appeared.
ConnectorView driftedView()
{
    ConnectorView v = crmView();
    Connector then = v.connector;
    then.powers.remove(Power::Write);
    then.scope.removeLast();
    QList<Tool> toolsThen = v.tools;
    toolsThen.removeLast();
    Review r;
    r.id = u"rev-31"_s;
    r.connector = then.name;
    r.reviewedAt = kNow.addDays(-84);
    r.reviewedBy = u"priya.nair"_s;
    r.note = u"Scope, identity and triggers match SR-031. Read and draft only for now."_s;
    r.snapshot = snapshotOf(then, toolsThen);
    v.latestReview = r;

    v.tools[3].reviewState = ToolReviewState::New;
    v.tools[3].reviewedHash.clear();
    v.tools[3].firstSeen = kNow.addDays(-3);
    v.tools[2].definitionHash = QString(64, u'e');
    v.tools[2].reviewState = ToolReviewState::Changed;
    Tool unannotated = tool(u"update_opportunity"_s, Power::Write,
                            u"Change an opportunity's amount, stage or next step."_s, false);
    unannotated.annotations = ToolAnnotations();
    unannotated.reviewState = ToolReviewState::New;
    v.tools << unannotated;
    return v;
}

QTableWidget *tableOf(QWidget *section, const QString &name)
{
    auto *table = section->findChild<QTableWidget *>(name);
    if (!table)
        qFatal("no table %s", qPrintable(name));
    return table;
}

int rowWhere(QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

QString cell(QTableWidget *table, int row, int column)
{
    return row >= 0 && table->item(row, column) ? table->item(row, column)->text() : QString();
}

// The codes of the identity warnings shown, top to bottom.
QStringList codesOf(QWidget *section)
{
    QStringList codes;
    const auto rows = section->findChild<QFrame *>(u"identityWarnings"_s)
                          ->findChildren<QWidget *>(u"identityWarning"_s);
    for (QWidget *row : rows)
        codes << row->property("code").toString();
    return codes;
}

// WCAG 2 contrast ratio of two opaque colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

class TstSectionsB : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        setClockForTesting([] { return kNow; });
    }

    void cleanup() { setClockForTesting({}); }

    void sectionsHaveTheirNamesAndTitles()
    {
        IdentitySection identity;
        ToolsSection tools;
        ActivitySection activity;
        ReadinessSection readiness;
        DriftSection drift;
        QCOMPARE(identity.objectName(), u"identitySection"_s);
        QCOMPARE(tools.objectName(), u"toolsSection"_s);
        QCOMPARE(activity.objectName(), u"activitySection"_s);
        QCOMPARE(readiness.objectName(), u"readinessSection"_s);
        QCOMPARE(drift.objectName(), u"driftSection"_s);
        QCOMPARE(identity.title(), u"Identity"_s);
        QCOMPARE(tools.title(), u"Tools"_s);
        QCOMPARE(activity.title(), u"Activity"_s);
        QCOMPARE(readiness.title(), u"Readiness"_s);
        QCOMPARE(drift.title(), u"Drift since review"_s);
    }

    void identityWarnsOfASharedIdentityWithoutCredentialOwner()
    {
        ConnectorView v = crmView();
        v.connector.identity.shared = true;
        v.connector.identity.credentialOwner.clear();
        IdentitySection section;
        section.showConnector(v);

        auto *list = section.findChild<QFrame *>(u"identityWarnings"_s);
        QVERIFY(list);
        QVERIFY(list->isVisibleTo(&section));
        QCOMPARE(codesOf(&section), QStringList({u"shared_identity"_s, u"no_credential_owner"_s}));
        const auto rows = list->findChildren<QWidget *>(u"identityWarning"_s);
        for (QWidget *row : rows) {
            // Each row: the style's warning icon, then the text.
            const auto labels = row->findChildren<QLabel *>();
            QCOMPARE(labels.size(), 2);
            QVERIFY(!labels.at(0)->pixmap().isNull());
            QVERIFY(!labels.at(1)->text().isEmpty());
        }
        QVERIFY(rows.at(0)
                    ->findChild<QLabel *>(u"identityWarningText"_s)
                    ->text()
                    .startsWith(u"Shared with other systems"_s));
        QVERIFY(!section.findChild<QLabel *>(u"identityNoWarnings"_s)->isVisibleTo(&section));

        QCOMPARE(section.findChild<QLabel *>(u"identityCredentialOwner"_s)->text(),
                 u"Not recorded"_s);
        QCOMPARE(section.findChild<QLabel *>(u"identityShared"_s)->text(),
                 u"Yes: other systems use the same identity"_s);
    }

    void identityShowsEveryFieldAndSaysWhatIsNotRecorded()
    {
        ConnectorView v = crmView();
        IdentitySection section;
        section.showConnector(v);
        QVERIFY(!section.findChild<QFrame *>(u"identityWarnings"_s)->isVisibleTo(&section));
        QVERIFY(section.findChild<QLabel *>(u"identityNoWarnings"_s)->isVisibleTo(&section));
        const auto text = [&section](const char16_t *name) {
            return section.findChild<QLabel *>(QString::fromUtf16(name))->text();
        };
        QCOMPARE(text(u"identityKind"), u"Service principal"_s);
        QCOMPARE(text(u"identityPrincipal"), v.connector.identity.principal);
        QCOMPARE(text(u"identityOnBehalfOf"), u"Not recorded"_s);
        QCOMPARE(text(u"identityApprovedBy"), v.connector.identity.approvedBy);
        QCOMPARE(text(u"identityPermissions"), v.connector.identity.permissions);
        QCOMPARE(text(u"identityShared"), u"No: only this connector uses it"_s);
        QCOMPARE(text(u"identityCredentialOwner"), v.connector.identity.credentialOwner);
        QVERIFY(text(u"identityLastRotated").endsWith(u"(18 days ago)"_s));
        QVERIFY(text(u"identityExpires").endsWith(u"(in 345 days)"_s));
        QCOMPARE(text(u"identityRevokePath"), v.connector.identity.revokePath);

        // Expired and never rotated: the fields say so, and so do the warnings.
        v.connector.identity.expires = kNow.addDays(-2);
        v.connector.identity.lastRotated = QDateTime();
        section.showConnector(v);
        QVERIFY(text(u"identityExpires").endsWith(u"(expired 2 days ago)"_s));
        QCOMPARE(text(u"identityLastRotated"), u"Not recorded"_s);
        QCOMPARE(codesOf(&section), QStringList({u"not_rotated"_s, u"expired"_s}));
    }

    void toolsShowADriftedToolAsBlocked()
    {
        ToolsSection section;
        section.showConnector(driftedView());
        QTableWidget *table = tableOf(&section, u"toolsTable"_s);
        QCOMPARE(table->rowCount(), 5);

        const int changed = rowWhere(table, ToolsSection::NameColumn, u"draft_account_note"_s);
        QCOMPARE(cell(table, changed, ToolsSection::ReviewColumn),
                 u"Changed since review — blocked"_s);
        QVERIFY(!table->item(changed, ToolsSection::ReviewColumn)->icon().isNull());
        QCOMPARE(table->item(changed, ToolsSection::NameColumn)
                     ->data(EmphasisDelegate::EmphasisRole)
                     .toInt(),
                 int(Emphasis::Alarm));
        const int fresh = rowWhere(table, ToolsSection::NameColumn, u"update_opportunity"_s);
        QCOMPARE(cell(table, fresh, ToolsSection::ReviewColumn), u"New — blocked until reviewed"_s);
        QCOMPARE(cell(table, fresh, ToolsSection::AnnotationsColumn),
                 u"not annotated: treated as destructive and open-world"_s);

        const int reviewed = rowWhere(table, ToolsSection::NameColumn, u"get_account"_s);
        QCOMPARE(cell(table, reviewed, ToolsSection::ReviewColumn), u"Reviewed"_s);
        QCOMPARE(cell(table, reviewed, ToolsSection::AnnotationsColumn),
                 u"read-only, non-destructive, idempotent, closed-world"_s);
        QCOMPARE(cell(table, reviewed, ToolsSection::DerivedPowerColumn), u"read"_s);
        QVERIFY(!table->item(reviewed, ToolsSection::ReviewColumn)
                     ->data(EmphasisDelegate::EmphasisRole)
                     .toInt());

        // A lead's override is marked; a long description shows its first line, all of it as
        // the tooltip.
        const int task = rowWhere(table, ToolsSection::NameColumn, u"create_followup_task"_s);
        QCOMPARE(cell(table, task, ToolsSection::DerivedPowerColumn), u"write"_s);
        QCOMPARE(cell(table, task, ToolsSection::EffectivePowerColumn), u"draft (set by a lead)"_s);
        QTableWidgetItem *description = table->item(task, ToolsSection::DescriptionColumn);
        QVERIFY(!description->text().contains(u"Arguments"_s));
        QVERIFY(description->toolTip().endsWith(u"Arguments: owner, subject, due."_s));

        QCOMPARE(section.findChild<QLabel *>(u"toolsSummary"_s)->text(),
                 u"5 tools; 3 new or changed since review: blocked until reviewed."_s);
    }

    void activityListsBlockedAttemptsFirst()
    {
        ActivitySection section;
        section.showConnector(crmView()); // the hand-built list has blocked ones in between
        QTableWidget *table = tableOf(&section, u"activityTable"_s);
        QVERIFY(table->isVisibleTo(&section));
        QCOMPARE(table->rowCount(), 7);
        QCOMPARE(cell(table, 0, ActivitySection::ResultColumn), u"blocked"_s);
        QCOMPARE(cell(table, 0, ActivitySection::ToolColumn), u"update_opportunity"_s);
        QCOMPARE(cell(table, 1, ActivitySection::ResultColumn), u"blocked"_s);
        QCOMPARE(cell(table, 1, ActivitySection::KindColumn), u"blocked"_s);
        // Then the rest, newest first as the view had them.
        QCOMPARE(cell(table, 2, ActivitySection::ToolColumn), u"get_account"_s);
        QCOMPARE(cell(table, 2, ActivitySection::ResultColumn), u"success"_s);
        QCOMPARE(cell(table, 5, ActivitySection::ResultColumn), u"timeout"_s);
        QCOMPARE(cell(table, 6, ActivitySection::KindColumn), u"review recorded"_s);
        QCOMPARE(cell(table, 2, ActivitySection::ActorColumn), u"crm-followups (run 7f3a)"_s);
        QCOMPARE(cell(table, 2, ActivitySection::TargetColumn),
                 u"crm:accounts/segment=smb/0015g00001AbCd"_s);
        QCOMPARE(cell(table, 2, ActivitySection::SummaryColumn),
                 u"read account of Harbor Lane Bakery"_s);
        QCOMPARE(cell(table, 2, ActivitySection::TimeColumn),
                 QLocale().toString(kNow.addSecs(-240).toLocalTime(), QLocale::ShortFormat));
        // Blocked rows stand out; others do not, failures a little.
        const auto emphasis = [table](int row) {
            return table->item(row, ActivitySection::SummaryColumn)
                ->data(EmphasisDelegate::EmphasisRole)
                .toInt();
        };
        QCOMPARE(emphasis(0), int(Emphasis::Alarm));
        QVERIFY(!table->item(0, ActivitySection::TimeColumn)->icon().isNull());
        QCOMPARE(emphasis(2), int(Emphasis::None));
        QCOMPARE(emphasis(5), int(Emphasis::Warning));
        QVERIFY(section.findChild<QLabel *>(u"activitySummary"_s)
                    ->text()
                    .contains(u"2 blocked attempts, listed first"_s));
        QVERIFY(!section.findChild<QLabel *>(u"activityEmpty"_s)->isVisibleTo(&section));
    }

    void activityKeepsTheSummaryInViewWhenColumnsDoNotFit()
    {
        ActivitySection section;
        section.resize(900, 600);
        section.showConnector(crmView());
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        QTableWidget *table = tableOf(&section, u"activityTable"_s);
        const int available = table->viewport()->width();
        int total = 0;
        for (int column = 0; column < table->columnCount(); ++column)
            total += table->columnWidth(column);
        // All columns in view, no horizontal scrolling, and the summary keeps its share.
        QCOMPARE(total, available);
        QVERIFY(table->columnWidth(ActivitySection::SummaryColumn) >= int(available * 0.3));
        // Narrow columns keep their natural width; rows grow to the wrapped text.
        QVERIFY(table->columnWidth(ActivitySection::ResultColumn) >=
                static_cast<QAbstractItemView *>(table)->sizeHintForColumn(
                    ActivitySection::ResultColumn) /
                    2);
        QVERIFY(table->rowHeight(0) >= table->fontMetrics().height());
    }

    void activitySaysWhenNothingIsRecorded()
    {
        ConnectorView v = crmView();
        v.recentEvents.clear();
        ActivitySection section;
        section.showConnector(v);
        auto *empty = section.findChild<QLabel *>(u"activityEmpty"_s);
        QVERIFY(empty->isVisibleTo(&section));
        QCOMPARE(empty->text(), u"No activity recorded"_s);
        QVERIFY(!tableOf(&section, u"activityTable"_s)->isVisibleTo(&section));
    }

    void readinessFailsRecoveryWithoutDisablePathOrRollback()
    {
        ConnectorView v = crmView();
        v.connector.disablePath.clear();
        v.connector.rollbackPlan.clear();
        ReadinessSection section;
        section.showConnector(v);
        QTableWidget *table = tableOf(&section, u"readinessTable"_s);
        QStringList areas;
        for (int row = 0; row < table->rowCount(); ++row)
            areas << cell(table, row, ReadinessSection::AreaColumn);
        QCOMPARE(areas,
                 QStringList({u"Purpose"_s, u"Scope"_s, u"Access level"_s, u"Identity"_s,
                              u"Permissions"_s, u"Logging"_s, u"Approval"_s, u"Recovery"_s}));
        const int recovery = rowWhere(table, ReadinessSection::AreaColumn, u"Recovery"_s);
        QCOMPARE(cell(table, recovery, ReadinessSection::ResultColumn), u"Fail"_s);
        QVERIFY(!table->item(recovery, ReadinessSection::ResultColumn)->icon().isNull());
        QCOMPARE(cell(table, recovery, ReadinessSection::ReasonColumn),
                 u"Neither a disable path nor a rollback plan is written down."_s);
        QCOMPARE(cell(table, 0, ReadinessSection::ResultColumn), u"Pass"_s);
        QCOMPARE(section.findChild<QLabel *>(u"readinessOverall"_s)->text(),
                 u"Not ready. Fails: Recovery."_s);

        // Restored, with only a warning left (a tool awaiting review), the verdict follows.
        ConnectorView ready = crmView();
        ready.tools[0].reviewState = ToolReviewState::New;
        section.showConnector(ready);
        QCOMPARE(cell(table, recovery, ReadinessSection::ResultColumn), u"Pass"_s);
        QCOMPARE(section.findChild<QLabel *>(u"readinessOverall"_s)->text(),
                 u"Ready with warnings. To look at: Access level."_s);
        section.showConnector(crmView());
        QCOMPARE(section.findChild<QLabel *>(u"readinessOverall"_s)->text(),
                 u"Ready: all 8 checks pass."_s);
    }

    void driftListsAPowerAddedSinceTheReviewSideBySide()
    {
        DriftSection section;
        section.showConnector(driftedView());
        QTableWidget *table = tableOf(&section, u"driftTable"_s);
        QVERIFY(table->isVisibleTo(&section));
        const int power = rowWhere(table, DriftSection::WhatColumn, u"write"_s);
        QVERIFY(power >= 0);
        QCOMPARE(table->item(power, DriftSection::ChangeColumn)->data(Qt::UserRole).toString(),
                 u"powers_added"_s);
        QCOMPARE(cell(table, power, DriftSection::ChangeColumn), u"Power granted"_s);
        QCOMPARE(cell(table, power, DriftSection::BeforeColumn), u"read, search, draft"_s);
        QCOMPARE(cell(table, power, DriftSection::AfterColumn), u"read, search, draft, write"_s);
        const int scope = rowWhere(table, DriftSection::WhatColumn, u"crm:tasks/**"_s);
        QCOMPARE(cell(table, scope, DriftSection::ChangeColumn), u"Scope widened"_s);
        QCOMPARE(cell(table, scope, DriftSection::BeforeColumn), u"not present"_s);
        QCOMPARE(cell(table, scope, DriftSection::AfterColumn), u"include"_s);
        const int added = rowWhere(table, DriftSection::WhatColumn, u"update_opportunity"_s);
        QCOMPARE(cell(table, added, DriftSection::ChangeColumn), u"Tool added"_s);
        const int changed = rowWhere(table, DriftSection::WhatColumn, u"draft_account_note"_s);
        QCOMPARE(cell(table, changed, DriftSection::ChangeColumn), u"Tool definition changed"_s);
        QCOMPARE(cell(table, changed, DriftSection::AfterColumn), u"eeeeeeeeeeee…"_s);
        QCOMPARE(table->item(changed, DriftSection::AfterColumn)->toolTip(), QString(64, u'e'));

        QCOMPARE(
            section.findChild<QLabel *>(u"driftStatus"_s)->text(),
            u"%1 changes since the review on %2."_s.arg(
                QString::number(table->rowCount()),
                QLocale().toString(kNow.addDays(-84).toLocalTime().date(), QLocale::ShortFormat)));
        QVERIFY(section.findChild<QLabel *>(u"driftReview"_s)->text().contains(u"priya.nair"_s));
        QVERIFY(section.findChild<QLabel *>(u"driftReviewNote"_s)
                    ->text()
                    .contains(u"Read and draft only for now."_s));
    }

    void driftSaysWhenNeverReviewedOrUnchanged()
    {
        DriftSection section;
        ConnectorView v = crmView();
        section.showConnector(v);
        auto *status = section.findChild<QLabel *>(u"driftStatus"_s);
        QCOMPARE(status->text(), u"Never reviewed: everything is unreviewed"_s);
        QVERIFY(!tableOf(&section, u"driftTable"_s)->isVisibleTo(&section));

        Review r;
        r.reviewedAt = kNow.addDays(-10);
        r.reviewedBy = u"priya.nair"_s;
        r.snapshot = snapshotOf(v.connector, v.tools);
        v.latestReview = r;
        section.showConnector(v);
        QCOMPARE(status->text(),
                 u"No changes since the review on %1."_s.arg(QLocale().toString(
                     kNow.addDays(-10).toLocalTime().date(), QLocale::ShortFormat)));
        QVERIFY(!tableOf(&section, u"driftTable"_s)->isVisibleTo(&section));

        v.latestReview->snapshot = "{not json";
        section.showConnector(v);
        QVERIFY(status->text().startsWith(u"The review's snapshot cannot be read"_s));
    }

    // What stands out keeps the palette's text readable, on light and on dark palettes; with
    // AIRLOCK_SCREENSHOT_DIR set, the sections are saved there to be looked at.
    void emphasisStaysReadableOnLightAndDarkPalettes()
    {
        const QPalette light = QApplication::style()->standardPalette();
        const QPalette dark = darkPalette();
        for (const QPalette &palette : {light, dark}) {
            for (Emphasis e : {Emphasis::None, Emphasis::Warning, Emphasis::Alarm}) {
                const QColor background = emphasisBackground(palette, e);
                QVERIFY2(contrast(background, palette.color(QPalette::Text)) >= 7.0,
                         qPrintable(background.name()));
                if (e != Emphasis::None)
                    QVERIFY(background != palette.color(QPalette::Base));
            }
        }
        const QString dir = qEnvironmentVariable("AIRLOCK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(dir));
        const QPalette original = QApplication::palette();
        for (const auto &[name, palette] :
             {std::pair{u"light"_s, light}, std::pair{u"dark"_s, dark}}) {
            QApplication::setPalette(palette);
            ConnectorView warned = driftedView();
            warned.connector.identity.shared = true;
            warned.connector.identity.credentialOwner.clear();
            warned.connector.identity.lastRotated = kNow.addDays(-140);
            warned.connector.rollbackPlan.clear();
            std::unique_ptr<ConnectorSection> sections[] = {
                std::make_unique<IdentitySection>(), std::make_unique<ToolsSection>(),
                std::make_unique<ActivitySection>(), std::make_unique<ReadinessSection>(),
                std::make_unique<DriftSection>()};
            for (const auto &s : sections) {
                s->resize(900, 600);
                s->showConnector(warned);
                s->show();
                QVERIFY(QTest::qWaitForWindowExposed(s.get()));
                QVERIFY(s->grab().save(u"%1/%2-%3.png"_s.arg(dir, s->objectName(), name)));
                // The detail panel beside the connector table is often narrower.
                s->resize(560, 600);
                QCoreApplication::processEvents();
                QVERIFY(s->grab().save(u"%1/%2-%3-narrow.png"_s.arg(dir, s->objectName(), name)));
            }
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TstSectionsB)
#include "tst_sections_b.moc"
