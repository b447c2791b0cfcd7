// The inventory's judgements: identity warnings, the readiness checklist of seed 002 and drift
// since the last review. Pure functions, so every rule is a table row: each row starts from a
// well-governed connector, changes one thing, and states the expected outcome in words.

#include "inventory/drift.h"
#include "inventory/identitywarnings.h"
#include "inventory/readiness.h"
#include "store/connectorjson.h"
#include "testassertions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace airlock;

using IdentityChange = std::function<void(Identity &)>;
using ReadinessChange = std::function<void(ReadinessInput &)>;
using ConnectorChange = std::function<void(Connector &, QList<Tool> &)>;
Q_DECLARE_METATYPE(IdentityChange)
Q_DECLARE_METATYPE(ReadinessChange)
Q_DECLARE_METATYPE(ConnectorChange)

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

Identity goodIdentity()
{
    Identity id;
    id.kind = IdentityKind::ServicePrincipal;
    id.principal = u"svc-crm-ai"_s;
    id.approvedBy = u"dana (security)"_s;
    id.permissions = u"crm: read accounts, write notes"_s;
    id.credentialOwner = u"it-ops"_s;
    id.lastRotated = kNow.addDays(-10);
    id.expires = kNow.addDays(180);
    id.revokePath = u"Entra: disable app svc-crm-ai"_s;
    return id;
}

Tool tool(const QString &name, Power power, std::optional<bool> destructive = false)
{
    Tool t;
    t.connector = u"crm"_s;
    t.name = name;
    t.derivedPower = power;
    t.annotations.readOnly = isObserving(power);
    t.annotations.destructive = destructive;
    t.definitionHash = u"hash-"_s + name + u"-1"_s;
    t.reviewedHash = t.definitionHash;
    t.reviewState = ToolReviewState::Reviewed;
    return t;
}

Connector goodConnector()
{
    Connector c;
    c.name = u"crm"_s;
    c.purpose = u"Drafts follow-up notes on SMB accounts"_s;
    c.owner = u"sales-ops"_s;
    c.targetSystem = u"crm"_s;
    c.kind = ConnectorKind::BusinessApp;
    c.status = ConnectorStatus::Active;
    c.lifecycle = LifecycleStage::Monitored;
    c.mode = PermissionMode::AnyChanges;
    c.powers = {Power::Read, Power::Search, Power::Draft, Power::Write};
    c.scope = {{ScopeRule::Effect::Include, u"crm:accounts/segment=smb/**"_s},
               {ScopeRule::Effect::Exclude, u"crm:accounts/*/fields/ssn"_s}};
    c.triggers = {{ApprovalTrigger::ProductionWrite, u"crm:accounts/*/stage"_s},
                  {ApprovalTrigger::CustomerVisibleEdit, u"crm:accounts/*/notes/**"_s}};
    c.identity = goodIdentity();
    c.lastReviewAt = kNow.addDays(-20);
    c.lastReviewBy = u"lee"_s;
    c.nextReviewDue = kNow.addDays(70);
    c.disablePath = u"airlockctl connector disconnect crm"_s;
    c.rollbackPlan = u"Notes are versioned; revert from the CRM history"_s;
    c.revision = 3;
    return c;
}

QList<Tool> goodTools()
{
    return {tool(u"search_accounts"_s, Power::Search), tool(u"update_note"_s, Power::Write)};
}

ReadinessInput goodInput()
{
    ReadinessInput in;
    in.connector = goodConnector();
    in.tools = goodTools();
    in.eventsLast30Days = 42;
    in.lastActivity = kNow.addDays(-1);
    in.now = kNow;
    return in;
}

QByteArray snapshotOf(const Connector &c, const QList<Tool> &tools)
{
    QJsonObject snapshot = connectorToJson(c);
    QJsonArray array;
    for (const Tool &t : tools)
        array.append(toolToJson(t));
    snapshot[u"tools"_s] = array;
    return QJsonDocument(snapshot).toJson(QJsonDocument::Compact); // as recordReview stores it
}

QStringList codesOf(const QList<IdentityWarning> &warnings)
{
    QStringList codes;
    for (const IdentityWarning &w : warnings)
        codes << w.code;
    return codes;
}

// "kind|what|before|after", so a table row states an item in one string.
QStringList itemsOf(const QList<DriftItem> &items)
{
    QStringList list;
    for (const DriftItem &i : items)
        list << QStringList{wordOf(i.kind), i.what, i.before, i.after}.join(u'|');
    return list;
}

ReadinessCheck checkFor(const QList<ReadinessCheck> &checks, const QString &area)
{
    for (const ReadinessCheck &c : checks) {
        if (c.area == area)
            return c;
    }
    return {};
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityWarningsNameWhereTrustBreaks_data();
    void identityWarningsNameWhereTrustBreaks();
    void everyIdentityWarningIsOneSentence();

    void aWellGovernedConnectorPassesEveryAreaInTheSeedsOrder();
    void readinessJudgesEachAreaFromTheData_data();
    void readinessJudgesEachAreaFromTheData();
    void overallIsTheWorstResult_data();
    void overallIsTheWorstResult();

    void driftListsWhatChangedSinceReview_data();
    void driftListsWhatChangedSinceReview();
    void modesRelaxFromAlwaysAskToNeverAsk();
    void aMalformedSnapshotIsInvalidArgument_data();
    void aMalformedSnapshotIsInvalidArgument();
    void describeSaysTheChangeInWords_data();
    void describeSaysTheChangeInWords();
    void driftEndToEndFromARecordedSnapshot();
};

// ---- identity warnings ----------------------------------------------------------------------

void TestInventory::identityWarningsNameWhereTrustBreaks_data()
{
    QTest::addColumn<IdentityChange>("change");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("fragment"); // in the first warning's text

    const QStringList none;
    QTest::newRow("a complete, rotated, unexpired identity warns of nothing")
        << IdentityChange([](Identity &) {}) << none << QString();
    QTest::newRow("shared with other systems")
        << IdentityChange([](Identity &i) { i.shared = true; }) << QStringList{u"shared_identity"_s}
        << u"cannot be told apart"_s;
    QTest::newRow("no principal named") << IdentityChange([](Identity &i) { i.principal.clear(); })
                                        << QStringList{u"no_principal"_s} << u"which account"_s;
    QTest::newRow("no credential owner")
        << IdentityChange([](Identity &i) { i.credentialOwner.clear(); })
        << QStringList{u"no_credential_owner"_s} << u"nobody is named"_s;
    QTest::newRow("a credential owner of only spaces is none")
        << IdentityChange([](Identity &i) { i.credentialOwner = u"  "_s; })
        << QStringList{u"no_credential_owner"_s} << u"credential owner"_s;
    QTest::newRow("rotated 91 days ago")
        << IdentityChange([](Identity &i) { i.lastRotated = kNow.addDays(-91); })
        << QStringList{u"not_rotated"_s} << u"not rotated for 91 days (last on 2026-03-02)"_s;
    QTest::newRow("rotated exactly 90 days ago is still within the limit")
        << IdentityChange([](Identity &i) { i.lastRotated = kNow.addDays(-90); }) << none
        << QString();
    QTest::newRow("rotation never recorded")
        << IdentityChange([](Identity &i) { i.lastRotated = QDateTime(); })
        << QStringList{u"not_rotated"_s} << u"No credential rotation is recorded"_s;
    QTest::newRow("expired yesterday")
        << IdentityChange([](Identity &i) { i.expires = kNow.addDays(-1); })
        << QStringList{u"expired"_s} << u"expired on 2026-05-31"_s;
    QTest::newRow("expiring at this very moment is expired")
        << IdentityChange([](Identity &i) { i.expires = kNow; }) << QStringList{u"expired"_s}
        << u"expired on 2026-06-01"_s;
    QTest::newRow("expires in 14 days")
        << IdentityChange([](Identity &i) { i.expires = kNow.addDays(14); })
        << QStringList{u"expires_soon"_s} << u"expires in 14 days (2026-06-15)"_s;
    QTest::newRow("expires within hours")
        << IdentityChange([](Identity &i) { i.expires = kNow.addSecs(3 * 3600); })
        << QStringList{u"expires_soon"_s} << u"within a day"_s;
    QTest::newRow("expires in 15 days is not soon yet")
        << IdentityChange([](Identity &i) { i.expires = kNow.addDays(15); }) << none << QString();
    QTest::newRow("no expiry recorded is no warning")
        << IdentityChange([](Identity &i) { i.expires = QDateTime(); }) << none << QString();
    QTest::newRow("delegated user without saying which")
        << IdentityChange([](Identity &i) { i.kind = IdentityKind::DelegatedUser; })
        << QStringList{u"delegated_without_user"_s} << u"Acts as a user without saying which"_s;
    QTest::newRow("delegated user naming the user") << IdentityChange([](Identity &i) {
        i.kind = IdentityKind::DelegatedUser;
        i.onBehalfOf = u"maria@example.com"_s;
    }) << none << QString();
    QTest::newRow("no revoke path") << IdentityChange([](Identity &i) { i.revokePath.clear(); })
                                    << QStringList{u"no_revoke_path"_s} << u"cut it off"_s;
    QTest::newRow("no approver") << IdentityChange([](Identity &i) { i.approvedBy.clear(); })
                                 << QStringList{u"no_approver"_s} << u"approved this identity"_s;
    QTest::newRow("several problems come in the codes' order") << IdentityChange([](Identity &i) {
        i.approvedBy.clear();
        i.lastRotated = QDateTime();
        i.shared = true;
        i.expires = kNow.addDays(2);
    }) << QStringList{u"shared_identity"_s, u"not_rotated"_s, u"expires_soon"_s, u"no_approver"_s}
                                                               << u"Shared with other systems"_s;
}

void TestInventory::identityWarningsNameWhereTrustBreaks()
{
    QFETCH(IdentityChange, change);
    QFETCH(QStringList, codes);
    QFETCH(QString, fragment);

    Identity id = goodIdentity();
    change(id);
    const QList<IdentityWarning> warnings = identityWarnings(id, kNow);
    QCOMPARE(codesOf(warnings), codes);
    if (!codes.isEmpty())
        QVERIFY2(warnings.first().text.contains(fragment),
                 qPrintable(u"'%1' does not say '%2'"_s.arg(warnings.first().text, fragment)));
}

void TestInventory::everyIdentityWarningIsOneSentence()
{
    Identity worst;
    worst.kind = IdentityKind::DelegatedUser;
    worst.shared = true;
    worst.expires = kNow.addDays(-3);
    const QList<IdentityWarning> warnings = identityWarnings(worst, kNow);
    QCOMPARE(codesOf(warnings),
             (QStringList{u"shared_identity"_s, u"no_principal"_s, u"no_credential_owner"_s,
                          u"not_rotated"_s, u"expired"_s, u"delegated_without_user"_s,
                          u"no_revoke_path"_s, u"no_approver"_s}));
    for (const IdentityWarning &w : warnings) {
        QVERIFY2(w.text.size() > 20 && w.text.size() < 100, qPrintable(w.text));
        QVERIFY2(w.text.at(0).isUpper() && w.text.endsWith(u'.'), qPrintable(w.text));
    }
}

// ---- readiness ------------------------------------------------------------------------------

void TestInventory::aWellGovernedConnectorPassesEveryAreaInTheSeedsOrder()
{
    const QStringList areas{u"purpose"_s,     u"scope"_s,   u"access_level"_s, u"identity"_s,
                            u"permissions"_s, u"logging"_s, u"approval"_s,     u"recovery"_s};
    QCOMPARE(readinessAreas(), areas);
    const QList<ReadinessCheck> checks = readinessChecklist(goodInput());
    QStringList got;
    for (const ReadinessCheck &c : checks) {
        got << c.area;
        QVERIFY2(c.result == ReadinessResult::Pass,
                 qPrintable(u"%1: %2 (%3)"_s.arg(c.area, wordOf(c.result), c.reason)));
        QVERIFY2(!c.reason.isEmpty(), qPrintable(c.area));
    }
    QCOMPARE(got, areas);
    QCOMPARE(overall(checks), ReadinessResult::Pass);
}

void TestInventory::readinessJudgesEachAreaFromTheData_data()
{
    QTest::addColumn<ReadinessChange>("change");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("fragment"); // in the reason

    using C = ReadinessChange;
    const auto row = [](const char *name, C change, const char16_t *area, const char16_t *result,
                        const char16_t *fragment) {
        QTest::newRow(name) << change << QString::fromUtf16(area) << QString::fromUtf16(result)
                            << QString::fromUtf16(fragment);
    };
    const auto mode = [](PermissionMode m, PowerSet powers) {
        return C([m, powers](ReadinessInput &in) {
            in.connector.mode = m;
            in.connector.powers = powers;
        });
    };
    const PowerSet readOnly{Power::Read, Power::Search};

    // purpose
    row("purpose: stated with an owner passes", C([](ReadinessInput &) {}), u"purpose", u"pass",
        u"Drafts follow-up notes on SMB accounts (owner: sales-ops)");
    row("purpose: none stated fails", C([](ReadinessInput &in) { in.connector.purpose.clear(); }),
        u"purpose", u"fail", u"No purpose");
    row("purpose: only spaces is none",
        C([](ReadinessInput &in) { in.connector.purpose = u" "_s; }), u"purpose", u"fail",
        u"No purpose");
    row("purpose: no owner warns", C([](ReadinessInput &in) { in.connector.owner.clear(); }),
        u"purpose", u"warn", u"no owner");

    // scope
    row("scope: includes with an exclude pass and mention the carve-out",
        C([](ReadinessInput &) {}), u"scope", u"pass", u"1 include rule with 1 exclude carve-out");
    row("scope: includes alone pass",
        C([](ReadinessInput &in) { in.connector.scope.removeLast(); }), u"scope", u"pass",
        u"1 include rule; anything else");
    row("scope: no rules at all fails", C([](ReadinessInput &in) { in.connector.scope.clear(); }),
        u"scope", u"fail", u"No include rules");
    row("scope: only excludes fails",
        C([](ReadinessInput &in) { in.connector.scope.removeFirst(); }), u"scope", u"fail",
        u"No include rules");
    row("scope: including ** warns",
        C([](ReadinessInput &in) { in.connector.scope.first().pattern = u"**"_s; }), u"scope",
        u"warn", u"Rule 1 includes **: the whole system, too broad");
    row("scope: including the system root crm:** warns", C([](ReadinessInput &in) {
            in.connector.scope.append({ScopeRule::Effect::Include, u"crm:**"_s});
        }),
        u"scope", u"warn", u"Rule 3 includes crm:**");
    row("scope: including crm:* warns",
        C([](ReadinessInput &in) { in.connector.scope.first().pattern = u"crm:*"_s; }), u"scope",
        u"warn", u"too broad");
    row("scope: a whole folder is not the whole system",
        C([](ReadinessInput &in) { in.connector.scope.first().pattern = u"crm:accounts/**"_s; }),
        u"scope", u"pass", u"carve-out");
    row("scope: a system root without a wildcard is not the whole system",
        C([](ReadinessInput &in) { in.connector.scope.first().pattern = u"crm:/"_s; }), u"scope",
        u"pass", u"1 include rule");
    row("scope: excluding ** is no breadth problem", C([](ReadinessInput &in) {
            in.connector.scope.append({ScopeRule::Effect::Exclude, u"crm:**"_s});
        }),
        u"scope", u"pass", u"2 exclude carve-outs");

    // access level
    row("access_level: write under any_changes passes",
        mode(PermissionMode::AnyChanges, {Power::Read, Power::Write}), u"access_level", u"pass",
        u"Highest power write; every change waits for a human (any_changes)");
    row("access_level: send under always_ask passes",
        mode(PermissionMode::AlwaysAsk, {Power::Read, Power::Send}), u"access_level", u"pass",
        u"(always_ask)");
    row("access_level: write under important_actions passes",
        mode(PermissionMode::ImportantActions, {Power::Write}), u"access_level", u"pass",
        u"changes that match a trigger wait for a human");
    row("access_level: reads under never_ask pass", mode(PermissionMode::NeverAsk, readOnly),
        u"access_level", u"pass", u"Highest power search: it changes nothing");
    row("access_level: a draft under never_ask changes nothing in the target",
        mode(PermissionMode::NeverAsk, {Power::Read, Power::Draft}), u"access_level", u"pass",
        u"Highest power draft");
    row("access_level: write under never_ask fails",
        mode(PermissionMode::NeverAsk, {Power::Read, Power::Write}), u"access_level", u"fail",
        u"may write with no human in the loop");
    row("access_level: send under never_ask fails", mode(PermissionMode::NeverAsk, {Power::Send}),
        u"access_level", u"fail", u"may send");
    row("access_level: trigger under never_ask fails",
        mode(PermissionMode::NeverAsk, {Power::Trigger}), u"access_level", u"fail", u"may trigger");
    row("access_level: no powers warns", mode(PermissionMode::AnyChanges, {}), u"access_level",
        u"warn", u"No powers");
    row("access_level: a tool changed since review warns",
        C([](ReadinessInput &in) { in.tools.last().reviewState = ToolReviewState::Changed; }),
        u"access_level", u"warn", u"changed since review: update_note");
    row("access_level: a new tool warns", C([](ReadinessInput &in) {
            Tool t = tool(u"email_customer"_s, Power::Send);
            t.reviewState = ToolReviewState::New;
            in.tools << t;
        }),
        u"access_level", u"warn", u"email_customer");
    row("access_level: never_ask with write fails even with drift", C([](ReadinessInput &in) {
            in.connector.mode = PermissionMode::NeverAsk;
            in.tools.last().reviewState = ToolReviewState::Changed;
        }),
        u"access_level", u"fail", u"never_ask");

    // identity
    row("identity: owned, rotated and revocable passes", C([](ReadinessInput &) {}), u"identity",
        u"pass", u"Acts as svc-crm-ai (service_principal)");
    row("identity: shared fails",
        C([](ReadinessInput &in) { in.connector.identity.shared = true; }), u"identity", u"fail",
        u"cannot be told apart");
    row("identity: expired fails",
        C([](ReadinessInput &in) { in.connector.identity.expires = kNow.addDays(-1); }),
        u"identity", u"fail", u"expired on");
    row("identity: expired fails whatever else it warns of", C([](ReadinessInput &in) {
            in.connector.identity.expires = kNow.addDays(-1);
            in.connector.identity.lastRotated = QDateTime();
        }),
        u"identity", u"fail", u"Credential expired on 2026-05-31.");
    row("identity: not rotated warns",
        C([](ReadinessInput &in) { in.connector.identity.lastRotated = kNow.addDays(-200); }),
        u"identity", u"warn", u"not rotated for 200 days");
    row("identity: expiring soon warns",
        C([](ReadinessInput &in) { in.connector.identity.expires = kNow.addDays(3); }), u"identity",
        u"warn", u"expires in 3 days");
    row("identity: no credential owner warns",
        C([](ReadinessInput &in) { in.connector.identity.credentialOwner.clear(); }), u"identity",
        u"warn", u"No credential owner");
    row("identity: no revoke path warns",
        C([](ReadinessInput &in) { in.connector.identity.revokePath.clear(); }), u"identity",
        u"warn", u"No revoke path");
    row("identity: no approver warns",
        C([](ReadinessInput &in) { in.connector.identity.approvedBy.clear(); }), u"identity",
        u"warn", u"approved this identity");
    row("identity: delegated without a user warns",
        C([](ReadinessInput &in) { in.connector.identity.kind = IdentityKind::DelegatedUser; }),
        u"identity", u"warn", u"Acts as a user without saying which");

    // permissions
    row("permissions: a service identity with stated permissions passes",
        C([](ReadinessInput &) {}), u"permissions", u"pass",
        u"its own permissions (crm: read accounts, write notes)");
    row("permissions: a delegated user named is permission-aware", C([](ReadinessInput &in) {
            in.connector.identity.kind = IdentityKind::DelegatedUser;
            in.connector.identity.onBehalfOf = u"maria@example.com"_s;
        }),
        u"permissions", u"pass", u"Permission-aware: acts as maria@example.com");
    row("permissions: none written down warns",
        C([](ReadinessInput &in) { in.connector.identity.permissions.clear(); }), u"permissions",
        u"warn", u"permissions are not written down");
    row("permissions: a delegated user not named warns",
        C([](ReadinessInput &in) { in.connector.identity.kind = IdentityKind::DelegatedUser; }),
        u"permissions", u"warn", u"whose access applies is unknown");

    // logging
    row("logging: recent events pass", C([](ReadinessInput &) {}), u"logging", u"pass",
        u"42 events recorded in the last 30 days, last on 2026-05-31");
    row("logging: one event is singular", C([](ReadinessInput &in) { in.eventsLast30Days = 1; }),
        u"logging", u"pass", u"1 event recorded");
    row("logging: active with nothing in 30 days warns", C([](ReadinessInput &in) {
            in.eventsLast30Days = 0;
            in.lastActivity = kNow.addDays(-45);
        }),
        u"logging", u"warn", u"no activity recorded in the last 30 days (last on 2026-04-17)");
    row("logging: active and never used warns", C([](ReadinessInput &in) {
            in.eventsLast30Days = 0;
            in.lastActivity = QDateTime();
        }),
        u"logging", u"warn", u"(none ever)");
    row("logging: paused with nothing recorded passes", C([](ReadinessInput &in) {
            in.eventsLast30Days = 0;
            in.connector.status = ConnectorStatus::Paused;
        }),
        u"logging", u"pass", u"paused: no activity expected");

    // approval
    row("approval: always_ask passes", mode(PermissionMode::AlwaysAsk, {Power::Write}), u"approval",
        u"pass", u"Every call waits for a human");
    row("approval: any_changes passes naming what waits", C([](ReadinessInput &) {}), u"approval",
        u"pass", u"Every draft or write waits for a human (any_changes)");
    row("approval: any_changes with reads only passes", mode(PermissionMode::AnyChanges, readOnly),
        u"approval", u"pass", u"Only reads and searches");
    row("approval: never_ask with reads only passes", mode(PermissionMode::NeverAsk, readOnly),
        u"approval", u"pass", u"nothing needs approval (never_ask)");
    row("approval: never_ask with a draft fails",
        mode(PermissionMode::NeverAsk, {Power::Read, Power::Draft}), u"approval", u"fail",
        u"Nothing is gated: draft run");
    row("approval: never_ask with write and send fails",
        mode(PermissionMode::NeverAsk, {Power::Write, Power::Send}), u"approval", u"fail",
        u"write, send run with no human approval");
    row("approval: important_actions names its trigger rules",
        mode(PermissionMode::ImportantActions, {Power::Read, Power::Write}), u"approval", u"pass",
        u"Needs approval: production_write on crm:accounts/*/stage; customer_visible_edit on "
        u"crm:accounts/*/notes/**. Runs without asking: update_note.");
    row("approval: important_actions holds sends", C([](ReadinessInput &in) {
            in.connector.mode = PermissionMode::ImportantActions;
            in.connector.triggers.clear();
            in.connector.powers.add(Power::Send);
            in.tools << tool(u"email_customer"_s, Power::Send);
        }),
        u"approval", u"pass", u"Needs approval: sends (email_customer)");
    row("approval: important_actions holds destructive tools", C([](ReadinessInput &in) {
            in.connector.mode = PermissionMode::ImportantActions;
            in.connector.triggers.clear();
            in.tools << tool(u"delete_note"_s, Power::Write, true);
        }),
        u"approval", u"pass", u"destructive changes (delete_note)");
    row("approval: important_actions takes an unannotated write tool as destructive",
        C([](ReadinessInput &in) {
            in.connector.mode = PermissionMode::ImportantActions;
            in.connector.triggers.clear();
            in.tools.last().annotations = ToolAnnotations{};
        }),
        u"approval", u"pass", u"destructive changes (update_note)");
    row("approval: important_actions with nothing that would ask warns", C([](ReadinessInput &in) {
            in.connector.mode = PermissionMode::ImportantActions;
            in.connector.triggers.clear();
        }),
        u"approval", u"warn", u"nothing will ever ask for approval");
    row("approval: a send tool whose power is not granted does not count",
        C([](ReadinessInput &in) {
            in.connector.mode = PermissionMode::ImportantActions;
            in.connector.triggers.clear();
            in.tools << tool(u"email_customer"_s, Power::Send);
        }),
        u"approval", u"warn", u"no send or destructive tool");
    row("approval: important_actions with reads only passes", C([](ReadinessInput &in) {
            in.connector.mode = PermissionMode::ImportantActions;
            in.connector.powers = {Power::Read};
            in.connector.triggers.clear();
        }),
        u"approval", u"pass", u"nothing needs approval (important_actions)");

    // recovery
    row("recovery: disable path and rollback plan pass", C([](ReadinessInput &) {}), u"recovery",
        u"pass", u"Disable: airlockctl connector disconnect crm. Rollback: Notes are versioned");
    row("recovery: a plan that ends in a full stop is not given a second one",
        C([](ReadinessInput &in) { in.connector.disablePath = u"Revoke the key in the admin console."_s; }),
        u"recovery", u"pass", u"Revoke the key in the admin console. Rollback:");
    row("recovery: no rollback plan warns",
        C([](ReadinessInput &in) { in.connector.rollbackPlan.clear(); }), u"recovery", u"warn",
        u"No rollback plan");
    row("recovery: no disable path warns",
        C([](ReadinessInput &in) { in.connector.disablePath = u"  "_s; }), u"recovery", u"warn",
        u"No disable path");
    row("recovery: neither fails", C([](ReadinessInput &in) {
            in.connector.rollbackPlan.clear();
            in.connector.disablePath.clear();
        }),
        u"recovery", u"fail", u"Neither a disable path nor a rollback plan");
}

void TestInventory::readinessJudgesEachAreaFromTheData()
{
    QFETCH(ReadinessChange, change);
    QFETCH(QString, area);
    QFETCH(QString, result);
    QFETCH(QString, fragment);

    ReadinessInput in = goodInput();
    change(in);
    const QList<ReadinessCheck> checks = readinessChecklist(in);
    QCOMPARE(checks.size(), readinessAreas().size());
    const ReadinessCheck check = checkFor(checks, area);
    QCOMPARE(check.area, area);
    QCOMPARE(wordOf(check.result), result);
    QVERIFY2(check.reason.contains(fragment),
             qPrintable(u"'%1' does not say '%2'"_s.arg(check.reason, fragment)));
    // The overall result is never better than this area's.
    QVERIFY(overall(checks) >= check.result);
}

void TestInventory::overallIsTheWorstResult_data()
{
    QTest::addColumn<QStringList>("results");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no checks") << QStringList{} << u"pass"_s;
    QTest::newRow("all pass") << QStringList{u"pass"_s, u"pass"_s} << u"pass"_s;
    QTest::newRow("one warn") << QStringList{u"pass"_s, u"warn"_s, u"pass"_s} << u"warn"_s;
    QTest::newRow("a fail beats warns")
        << QStringList{u"warn"_s, u"fail"_s, u"warn"_s} << u"fail"_s;
    QTest::newRow("a fail first") << QStringList{u"fail"_s, u"pass"_s} << u"fail"_s;
}

void TestInventory::overallIsTheWorstResult()
{
    QFETCH(QStringList, results);
    QFETCH(QString, expected);

    QList<ReadinessCheck> checks;
    for (const QString &r : results)
        checks << ReadinessCheck{u"area"_s, parseWord<ReadinessResult>(r).value(), QString()};
    QCOMPARE(wordOf(overall(checks)), expected);
}

// ---- drift ----------------------------------------------------------------------------------

void TestInventory::driftListsWhatChangedSinceReview_data()
{
    QTest::addColumn<ConnectorChange>("change");
    QTest::addColumn<QStringList>("items");

    using C = ConnectorChange;
    using Effect = ScopeRule::Effect;
    const QString before = u"read, search, draft, write"_s;
    const QString smb = u"crm:accounts/segment=smb/**"_s;
    const QString ssn = u"crm:accounts/*/fields/ssn"_s;
    const QString stage = u"crm:accounts/*/stage"_s;
    const QString notes = u"crm:accounts/*/notes/**"_s;

    QTest::newRow("nothing changed: no drift, recorded tool hashes compare as recorded")
        << C([](Connector &, QList<Tool> &) {}) << QStringList{};
    QTest::newRow("bookkeeping is not drift") << C([](Connector &c, QList<Tool> &tools) {
        c.revision += 5;
        c.updatedAt = kNow;
        c.lastSyncAt = kNow;
        c.lastReviewAt = kNow;
        c.nextReviewDue = kNow.addDays(90);
        tools.first().lastSeen = kNow;
        tools.first().reviewState = ToolReviewState::Changed;
    }) << QStringList{};
    QTest::newRow("the same instant in another time zone is no identity change")
        << C([](Connector &c, QList<Tool> &) {
               c.identity.lastRotated = c.identity.lastRotated.toOffsetFromUtc(2 * 3600);
           })
        << QStringList{};

    QTest::newRow("powers added") << C([](Connector &c, QList<Tool> &) {
        c.powers.add(Power::Send);
        c.powers.add(Power::Trigger);
    })
                                  << QStringList{
                                         u"powers_added|send|"_s + before +
                                             u"|read, search, draft, write, send, trigger"_s,
                                         u"powers_added|trigger|"_s + before +
                                             u"|read, search, draft, write, send, trigger"_s};
    QTest::newRow("powers removed")
        << C([](Connector &c, QList<Tool> &) { c.powers.remove(Power::Write); })
        << QStringList{u"powers_removed|write|"_s + before + u"|read, search, draft"_s};
    QTest::newRow("all powers removed reads none")
        << C([](Connector &c, QList<Tool> &) { c.powers = {}; })
        << QStringList{u"powers_removed|read|"_s + before + u"|none"_s,
                       u"powers_removed|search|"_s + before + u"|none"_s,
                       u"powers_removed|draft|"_s + before + u"|none"_s,
                       u"powers_removed|write|"_s + before + u"|none"_s};

    QTest::newRow("scope widened by an added include") << C([](Connector &c, QList<Tool> &) {
        c.scope.append({Effect::Include, u"crm:accounts/segment=mid/**"_s});
    }) << QStringList{u"scope_widened|crm:accounts/segment=mid/**||include"_s};
    QTest::newRow("scope widened by a removed exclude")
        << C([](Connector &c, QList<Tool> &) { c.scope.removeLast(); })
        << QStringList{u"scope_widened|"_s + ssn + u"|exclude|"_s};
    QTest::newRow("scope widened by an exclude turned include")
        << C([](Connector &c, QList<Tool> &) { c.scope.last().effect = Effect::Include; })
        << QStringList{u"scope_widened|"_s + ssn + u"|exclude|include"_s};
    QTest::newRow("scope narrowed by an added exclude") << C([](Connector &c, QList<Tool> &) {
        c.scope.append({Effect::Exclude, u"crm:accounts/*/fields/dob"_s});
    }) << QStringList{u"scope_narrowed|crm:accounts/*/fields/dob||exclude"_s};
    QTest::newRow("scope narrowed by a removed include")
        << C([](Connector &c, QList<Tool> &) { c.scope.removeFirst(); })
        << QStringList{u"scope_narrowed|"_s + smb + u"|include|"_s};
    QTest::newRow("scope narrowed by an include turned exclude")
        << C([](Connector &c, QList<Tool> &) { c.scope.first().effect = Effect::Exclude; })
        << QStringList{u"scope_narrowed|"_s + smb + u"|include|exclude"_s};
    QTest::newRow("an edited pattern is one rule removed and one added")
        << C([](Connector &c, QList<Tool> &) { c.scope.first().pattern = u"crm:**"_s; })
        << QStringList{u"scope_narrowed|"_s + smb + u"|include|"_s,
                       u"scope_widened|crm:**||include"_s};
    QTest::newRow("scope reordered")
        << C([](Connector &c, QList<Tool> &) { std::swap(c.scope[0], c.scope[1]); })
        << QStringList{u"scope_changed|rule order|include "_s + smb + u"; exclude "_s + ssn +
                       u"|exclude "_s + ssn + u"; include "_s + smb};

    QTest::newRow("mode relaxed") << C([](Connector &c, QList<Tool> &) {
        c.mode = PermissionMode::NeverAsk;
    }) << QStringList{u"mode_relaxed|permission mode|any_changes|never_ask"_s};
    QTest::newRow("mode tightened")
        << C([](Connector &c, QList<Tool> &) { c.mode = PermissionMode::AlwaysAsk; })
        << QStringList{u"mode_tightened|permission mode|any_changes|always_ask"_s};

    QTest::newRow("trigger added") << C([](Connector &c, QList<Tool> &) {
        c.triggers.append({ApprovalTrigger::Purchase, u"crm:orders/**"_s});
    }) << QStringList{u"triggers_changed|crm:orders/**||purchase"_s};
    QTest::newRow("trigger removed")
        << C([](Connector &c, QList<Tool> &) { c.triggers.removeFirst(); })
        << QStringList{u"triggers_changed|"_s + stage + u"|production_write|"_s};
    QTest::newRow("trigger changed its kind") << C([](Connector &c, QList<Tool> &) {
        c.triggers.first().trigger = ApprovalTrigger::PrivilegedChange;
    }) << QStringList{u"triggers_changed|"_s + stage + u"|production_write|privileged_change"_s};
    QTest::newRow("triggers reordered")
        << C([](Connector &c, QList<Tool> &) { std::swap(c.triggers[0], c.triggers[1]); })
        << QStringList{u"triggers_changed|rule order|production_write on "_s + stage +
                       u"; customer_visible_edit on "_s + notes + u"|customer_visible_edit on "_s +
                       notes + u"; production_write on "_s + stage};

    const auto identityRow = [](const char *name, std::function<void(Identity &)> edit,
                                const QString &item) {
        QTest::newRow(name) << C([edit](Connector &c, QList<Tool> &) { edit(c.identity); })
                            << QStringList{u"identity_changed|"_s + item};
    };
    identityRow(
        "identity kind", [](Identity &i) { i.kind = IdentityKind::ApiKey; },
        u"kind|service_principal|api_key"_s);
    identityRow(
        "identity principal", [](Identity &i) { i.principal = u"svc-crm-2"_s; },
        u"principal|svc-crm-ai|svc-crm-2"_s);
    identityRow(
        "identity on behalf of", [](Identity &i) { i.onBehalfOf = u"maria"_s; },
        u"on behalf of||maria"_s);
    identityRow(
        "identity approver", [](Identity &i) { i.approvedBy.clear(); },
        u"approved by|dana (security)|"_s);
    identityRow(
        "identity permissions", [](Identity &i) { i.permissions = u"crm: admin"_s; },
        u"permissions|crm: read accounts, write notes|crm: admin"_s);
    identityRow(
        "identity shared", [](Identity &i) { i.shared = true; }, u"shared|no|yes"_s);
    identityRow(
        "identity credential owner", [](Identity &i) { i.credentialOwner = u"bob"_s; },
        u"credential owner|it-ops|bob"_s);
    identityRow(
        "identity rotation", [](Identity &i) { i.lastRotated = kNow; },
        u"last rotated|2026-05-22T12:00:00.000Z|2026-06-01T12:00:00.000Z"_s);
    identityRow(
        "identity expiry dropped", [](Identity &i) { i.expires = QDateTime(); },
        u"expires|2026-11-28T12:00:00.000Z|"_s);
    identityRow(
        "identity revoke path", [](Identity &i) { i.revokePath = u"ask IT"_s; },
        u"revoke path|Entra: disable app svc-crm-ai|ask IT"_s);

    QTest::newRow("tool added") << C([](Connector &, QList<Tool> &tools) {
        tools << tool(u"email_customer"_s, Power::Send);
    }) << QStringList{u"tool_added|email_customer||send"_s};
    QTest::newRow("tool removed") << C([](Connector &, QList<Tool> &tools) { tools.removeLast(); })
                                  << QStringList{u"tool_removed|update_note|write|"_s};
    QTest::newRow("tool definition changed") << C([](Connector &, QList<Tool> &tools) {
        tools.last().definitionHash = u"hash-update_note-2"_s;
    }) << QStringList{u"tool_changed|update_note|hash-update_note-1|hash-update_note-2"_s};
    QTest::newRow("tool power changed by an override")
        << C([](Connector &, QList<Tool> &tools) { tools.last().powerOverride = Power::Send; })
        << QStringList{u"tool_power_changed|update_note|write|send"_s};
    QTest::newRow("tool changed in definition and power")
        << C([](Connector &, QList<Tool> &tools) {
               tools.first().definitionHash = u"hash-x"_s;
               tools.first().derivedPower = Power::Write;
           })
        << QStringList{u"tool_changed|search_accounts|hash-search_accounts-1|hash-x"_s,
                       u"tool_power_changed|search_accounts|search|write"_s};
    QTest::newRow("tools are listed by name, whatever their order")
        << C([](Connector &, QList<Tool> &tools) {
               tools.prepend(tool(u"z_export"_s, Power::Read));
               tools.append(tool(u"a_archive"_s, Power::Write));
               std::swap(tools[1], tools[2]);
           })
        << QStringList{u"tool_added|a_archive||write"_s, u"tool_added|z_export||read"_s};
}

void TestInventory::driftListsWhatChangedSinceReview()
{
    QFETCH(ConnectorChange, change);
    QFETCH(QStringList, items);

    const QByteArray snapshot = snapshotOf(goodConnector(), goodTools());
    Connector now = goodConnector();
    QList<Tool> toolsNow = goodTools();
    change(now, toolsNow);
    const auto drift = driftSinceReview(snapshot, now, toolsNow);
    QVERIFY_OK(drift);
    QCOMPARE(itemsOf(*drift), items);
}

void TestInventory::modesRelaxFromAlwaysAskToNeverAsk()
{
    const QList<PermissionMode> strictToRelaxed{
        PermissionMode::AlwaysAsk, PermissionMode::AnyChanges, PermissionMode::ImportantActions,
        PermissionMode::NeverAsk};
    for (qsizetype from = 0; from < strictToRelaxed.size(); ++from) {
        for (qsizetype to = 0; to < strictToRelaxed.size(); ++to) {
            Connector was = goodConnector();
            was.mode = strictToRelaxed.at(from);
            Connector now = goodConnector();
            now.mode = strictToRelaxed.at(to);
            const auto drift = driftSinceReview(snapshotOf(was, {}), now, {});
            QVERIFY_OK(drift);
            const QString expected = from == to  ? QString()
                                     : to > from ? u"mode_relaxed"_s
                                                 : u"mode_tightened"_s;
            const QString got = drift->isEmpty() ? QString() : wordOf(drift->first().kind);
            QVERIFY2(got == expected,
                     qPrintable(u"%1 → %2: %3"_s.arg(wordOf(was.mode), wordOf(now.mode), got)));
            QCOMPARE(drift->size(), from == to ? 0 : 1);
        }
    }
}

void TestInventory::aMalformedSnapshotIsInvalidArgument_data()
{
    QTest::addColumn<QByteArray>("snapshot");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QByteArray() << u"not JSON"_s;
    QTest::newRow("not JSON") << QByteArray("{\"name\": ") << u"not JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("no name") << QByteArray(R"({"kind":"business_app"})") << u"'name'"_s;
    QTest::newRow("no kind") << QByteArray(R"({"name":"crm"})") << u"'kind'"_s;
    QTest::newRow("an unknown power")
        << QByteArray(R"({"name":"crm","kind":"business_app","powers":["fly"]})")
        << u"'powers[0]'"_s;
    QTest::newRow("an unknown mode")
        << QByteArray(R"({"name":"crm","kind":"business_app","permission_mode":"sometimes"})")
        << u"'permission_mode'"_s;
    QTest::newRow("tools not a list")
        << QByteArray(R"({"name":"crm","kind":"business_app","tools":{}})") << u"'tools'"_s;
    QTest::newRow("a tool hash not a string")
        << QByteArray(
               R"({"name":"crm","kind":"business_app","tools":[{"name":"t","definition_hash":7}]})")
        << u"'tools[0].definition_hash'"_s;
}

void TestInventory::aMalformedSnapshotIsInvalidArgument()
{
    QFETCH(QByteArray, snapshot);
    QFETCH(QString, fragment);

    const auto drift = driftSinceReview(snapshot, goodConnector(), goodTools());
    QVERIFY_ERROR(drift, ErrorCode::InvalidArgument, fragment);
    QVERIFY_ERROR(drift, ErrorCode::InvalidArgument, u"review snapshot is malformed"_s);
}

void TestInventory::describeSaysTheChangeInWords_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("words");

    const auto row = [](const char *name, const char16_t *kind, const char16_t *what,
                        const char16_t *before, const char16_t *after, const char16_t *words) {
        QTest::newRow(name) << QString::fromUtf16(kind) << QString::fromUtf16(what)
                            << QString::fromUtf16(before) << QString::fromUtf16(after)
                            << QString::fromUtf16(words);
    };
    row("power added", u"powers_added", u"send", u"read", u"read, send",
        u"Power send granted (was: read; now: read, send).");
    row("power removed", u"powers_removed", u"read", u"read", u"none",
        u"Power read removed (was: read; now: none).");
    row("scope include added", u"scope_widened", u"crm:**", u"", u"include",
        u"Scope widened: rule 'include crm:**' added.");
    row("scope exclude removed", u"scope_widened", u"crm:x", u"exclude", u"",
        u"Scope widened: rule 'exclude crm:x' removed.");
    row("scope effect flipped", u"scope_narrowed", u"crm:x", u"include", u"exclude",
        u"Scope narrowed: crm:x changed from include to exclude.");
    row("scope exclude added", u"scope_narrowed", u"crm:x", u"", u"exclude",
        u"Scope narrowed: rule 'exclude crm:x' added.");
    row("scope reordered", u"scope_changed", u"rule order", u"include a; exclude b",
        u"exclude b; include a",
        u"Scope rules reordered (the last matching rule decides): include a; exclude b → "
        u"exclude b; include a.");
    row("mode relaxed", u"mode_relaxed", u"permission mode", u"always_ask", u"never_ask",
        u"Permission mode relaxed: always_ask → never_ask.");
    row("mode tightened", u"mode_tightened", u"permission mode", u"never_ask", u"any_changes",
        u"Permission mode tightened: never_ask → any_changes.");
    row("trigger added", u"triggers_changed", u"erp:**", u"", u"purchase",
        u"Approval trigger added: purchase on erp:**.");
    row("trigger removed", u"triggers_changed", u"erp:**", u"purchase", u"",
        u"Approval trigger removed: purchase on erp:**.");
    row("trigger changed", u"triggers_changed", u"erp:**", u"purchase", u"production_write",
        u"Approval trigger on erp:** changed: purchase → production_write.");
    row("triggers reordered", u"triggers_changed", u"rule order", u"purchase a; purchase b",
        u"purchase b; purchase a",
        u"Approval triggers reordered: purchase a; purchase b → purchase b; purchase a.");
    row("identity field set", u"identity_changed", u"on behalf of", u"", u"maria",
        u"Identity on behalf of changed: (none) → maria.");
    row("tool added", u"tool_added", u"email", u"", u"send", u"Tool 'email' added (send).");
    row("tool removed", u"tool_removed", u"email", u"send", u"",
        u"Tool 'email' removed (was send).");
    row("tool changed", u"tool_changed", u"email", u"h1", u"h2",
        u"Tool 'email' definition changed since review.");
    row("tool power changed", u"tool_power_changed", u"email", u"draft", u"send",
        u"Tool 'email' power changed: draft → send.");
}

void TestInventory::describeSaysTheChangeInWords()
{
    QFETCH(QString, kind);
    QFETCH(QString, what);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, words);

    const DriftItem item{parseWord<DriftKind>(kind).value(), what, before, after};
    QCOMPARE(describe(item), words);
}

void TestInventory::driftEndToEndFromARecordedSnapshot()
{
    // The review as recordReview writes it: connectorToJson plus toolToJson of each tool.
    const Connector reviewed = goodConnector();
    const QList<Tool> reviewedTools = goodTools();
    const QByteArray snapshot = snapshotOf(reviewed, reviewedTools);
    QVERIFY_OK(driftSinceReview(snapshot, reviewed, reviewedTools));
    QVERIFY(driftSinceReview(snapshot, reviewed, reviewedTools)->isEmpty());

    // Since then: send granted, the whole CRM included, the mode relaxed, the credential
    // handed to someone else, a send tool discovered, a tool redefined and one gone.
    Connector now = reviewed;
    now.powers.add(Power::Send);
    now.scope.append({ScopeRule::Effect::Include, u"crm:**"_s});
    now.mode = PermissionMode::ImportantActions;
    now.identity.credentialOwner = u"contractor-x"_s;
    now.revision += 4;
    QList<Tool> toolsNow = reviewedTools;
    toolsNow.removeFirst(); // search_accounts
    toolsNow.first().definitionHash = u"hash-update_note-2"_s;
    toolsNow.first().reviewState = ToolReviewState::Changed;
    toolsNow << tool(u"email_customer"_s, Power::Send);

    const auto drift = driftSinceReview(snapshot, now, toolsNow);
    QVERIFY_OK(drift);
    QCOMPARE(itemsOf(*drift),
             (QStringList{
                 u"powers_added|send|read, search, draft, write|read, search, draft, write, send"_s,
                 u"scope_widened|crm:**||include"_s,
                 u"mode_relaxed|permission mode|any_changes|important_actions"_s,
                 u"identity_changed|credential owner|it-ops|contractor-x"_s,
                 u"tool_added|email_customer||send"_s, u"tool_removed|search_accounts|search|"_s,
                 u"tool_changed|update_note|hash-update_note-1|hash-update_note-2"_s}));
    QStringList words;
    for (const DriftItem &item : *drift)
        words << describe(item);
    QCOMPARE(words, (QStringList{u"Power send granted (was: read, search, draft, write; now: read, "
                                 u"search, draft, write, send)."_s,
                                 u"Scope widened: rule 'include crm:**' added."_s,
                                 u"Permission mode relaxed: any_changes → important_actions."_s,
                                 u"Identity credential owner changed: it-ops → contractor-x."_s,
                                 u"Tool 'email_customer' added (send)."_s,
                                 u"Tool 'search_accounts' removed (was search)."_s,
                                 u"Tool 'update_note' definition changed since review."_s}));

    // The snapshot also survives the indented form a person might have exported.
    const QByteArray indented =
        QJsonDocument(QJsonDocument::fromJson(snapshot).object()).toJson(QJsonDocument::Indented);
    const auto again = driftSinceReview(indented, now, toolsNow);
    QVERIFY_OK(again);
    QCOMPARE(itemsOf(*again), itemsOf(*drift));
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
