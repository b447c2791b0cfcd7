// Attacks on a shared store (issue #11, THREATS.md rows 2 and 3): an agent login that rewrites
// tool policy, a reviewer login that decides behind the evidence's back, and the standing grant
// that an agent login could not use. Each attack is tried as the login through raw SQL, through
// the core and, where there is a command for it, through airlockctl.
//
// PostgreSQL only: without AIRLOCK_TEST_PG_URL (scripts/with-postgres.sh) the suite fails.
// Every function stands alone: each makes the connector, run and requests it attacks.

#include "mcpdriver.h"
#include "policy/scopematcher.h"
#include "store/approvalqueue.h"
#include "store/approvedarguments.h"
#include "store/canonicaljson.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/grantstore.h"
#include "store/migrations.h"
#include "store/runstore.h"
#include "store/storeroles.h"
#include "store/toolstore.h"
#include "testassertions.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::TempStore;

namespace {

// Logins are cluster-wide: the names are this suite's own.
const QString kAgent = u"sg_agent"_s;
const QString kAgent2 = u"sg_agent2"_s;
const QString kReviewer = u"sg_reviewer"_s;
const QString kLead = u"sg_lead"_s;
const QString kInScope = u"crm:accounts/segment=smb/acme"_s;
const QByteArray kArguments = R"({"account":"acme","fields":{"tier":"gold"}})";
const QByteArray kOther = R"({"account":"acme","fields":{"tier":"free","owner":"mallory"}})";

QSqlError rawExec(Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.database());
    if (binds.isEmpty()) {
        q.exec(sql);
        return q.lastError();
    }
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.exec();
    return q.lastError();
}

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(sha256Hex(bytes));
}

// A tool as its server reports it; the connector document below records the same definition.
QJsonObject definition(const QString &name, const QJsonObject &annotations)
{
    return QJsonObject{{u"name"_s, name},
                       {u"description"_s, u"the %1 tool"_s.arg(name)},
                       {u"annotations"_s, annotations},
                       {u"inputSchema"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
}

const QJsonObject kEditNotes{{u"readOnlyHint"_s, false}, {u"destructiveHint"_s, true}};
const QJsonObject kReadNotes{{u"readOnlyHint"_s, true}};

// A connector of files with a write tool (edit_file) and a read tool, its own for each test.
QJsonObject filesConnector(const QString &name)
{
    QJsonArray tools;
    for (const auto &[tool, notes] :
         {std::pair{u"edit_file"_s, kEditNotes}, std::pair{u"read_file"_s, kReadNotes}}) {
        const QJsonObject def = definition(tool, notes);
        tools.append(QJsonObject{{u"name"_s, tool},
                                 {u"description"_s, def.value(u"description"_s)},
                                 {u"annotations"_s, notes},
                                 {u"target_arguments"_s, QJsonArray{u"path"_s}},
                                 {u"input_schema"_s, def.value(u"inputSchema"_s)}});
    }
    return QJsonObject{{u"name"_s, name},
                       {u"purpose"_s, u"Edit the team's documents"_s},
                       {u"owner"_s, u"docs-team"_s},
                       {u"target_system"_s, u"Shared folder"_s},
                       {u"kind"_s, u"document_source"_s},
                       {u"permission_mode"_s, u"any_changes"_s},
                       {u"powers"_s, QJsonArray{u"read"_s, u"write"_s}},
                       {u"scope"_s, QJsonArray{QJsonObject{{u"effect"_s, u"include"_s},
                                                           {u"pattern"_s, u"/srv/public/**"_s}}}},
                       {u"identity"_s, QJsonObject{{u"kind"_s, u"service_principal"_s},
                                                   {u"principal"_s, u"svc-docs"_s}}},
                       {u"tools"_s, tools}};
}

} // namespace

class TestSharedGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // 1. Agents rewrite tool policy
    void anAgentCannotRewriteAToolsTargetArguments();
    void anAgentCannotLowerAWriteToolsPower();
    void anAgentCannotMarkEveryToolOfEveryConnectorDrifted();
    void anAgentCannotUndriftAChangedTool();
    void anAgentRecordsANewToolOnlyAsNewAndHashedByTheDatabase();
    void anAgentCannotReviewToolsThroughAirlockctl();
    void aLeadsToolChangeWithoutEvidenceIsRefused();
    void theDatabasesGlobMatchesTheCores();
    // 3. A decision without its evidence
    void aReviewerCannotApproveOtherArgumentsWithoutEvidence();
    void aDecisionWhoseEvidenceRecordsOtherArgumentsIsRefused();
    void aDecisionTakesTheDatabasesTimeAndTheDecidersName();
    void theGateRunsOnlyArgumentsThatMatchTheRecordedDecision();
    // 6. Standing grants for agents
    void aStandingGrantAnswersAnAgentsRequest();
    void aStandingGrantAnswersAnAgentsRequestThroughAirlockctl();
    void anAgentCannotApplyAGrantThatDoesNotCoverItsRequest();
    void aStandingGrantRunsAnAgentsCallThroughTheGate();
    // Upgrading
    void anUpgradedSharedStoreGetsTheGuardsWhenItsOwnerOpensIt();

private:
    std::unique_ptr<Store> openAs(const QString &login);
    QString urlTextAs(const QString &login) const;
    QString newFilesConnector();
    std::optional<Tool> tool(const QString &connector, const QString &name);
    Run startRun(Store &agent);
    ApprovalRequest requestIn(Store &agent, const QString &runId,
                              const QByteArray &arguments = kArguments);
    void verifyChain();

    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> admin_; // the test URL's user: a superuser, the tables' owner
};

std::unique_ptr<Store> TestSharedGuards::openAs(const QString &login)
{
    StoreUrl url = temp_->url();
    url.user = login;
    url.password.clear();
    auto store = Store::open(url);
    if (!store) {
        qWarning("cannot open the store as %s: %s", qPrintable(login), qPrintable(store.message()));
        return nullptr;
    }
    return std::move(*store);
}

QString TestSharedGuards::urlTextAs(const QString &login) const
{
    const StoreUrl url = temp_->url();
    return u"postgresql://%1@%2:%3/%4"_s.arg(login, url.host, QString::number(url.port),
                                             url.database);
}

QString TestSharedGuards::newFilesConnector()
{
    const QString name = u"files-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto doc = connectorDocumentFromJson(filesConnector(name));
    if (!doc) {
        qWarning("%s", qPrintable(doc.message()));
        return {};
    }
    if (auto applied = ConnectorStore(*admin_).apply(*doc, u"for an attack"_s); !applied) {
        qWarning("%s", qPrintable(applied.message()));
        return {};
    }
    if (auto reviewed = ConnectorStore(*admin_).recordReview(name, u"tools checked"_s); !reviewed) {
        qWarning("%s", qPrintable(reviewed.message()));
        return {};
    }
    return name;
}

std::optional<Tool> TestSharedGuards::tool(const QString &connector, const QString &name)
{
    auto found = ToolStore(*admin_).find(connector, name);
    return found ? *found : std::nullopt;
}

Run TestSharedGuards::startRun(Store &agent)
{
    Run run;
    run.workflow = u"crm-followups"_s;
    auto started = RunStore(agent).start(run);
    if (!started)
        qWarning("run start failed: %s", qPrintable(started.message()));
    return started ? *started : Run();
}

ApprovalRequest TestSharedGuards::requestIn(Store &agent, const QString &runId,
                                            const QByteArray &arguments)
{
    ApprovalQueue::NewRequest r;
    r.runId = runId;
    r.connector = u"crm"_s;
    r.tool = u"update_account"_s;
    r.target = kInScope;
    r.arguments = arguments;
    auto made = ApprovalQueue(agent).request(r);
    if (!made)
        qWarning("request failed: %s", qPrintable(made.message()));
    return made ? *made : ApprovalRequest();
}

void TestSharedGuards::verifyChain()
{
    auto report = EvidenceChain(*admin_).verify();
    QVERIFY_OK(report);
    QVERIFY2(report->intact, qPrintable(report->problem));
}

void TestSharedGuards::initTestCase()
{
    QVERIFY2(test::backendUnderTest() == Backend::Postgres,
             "tst_shared_guards attacks a shared PostgreSQL store: run it with "
             "AIRLOCK_TEST_BACKEND=postgres "
             "under scripts/with-postgres.sh");
    temp_ = std::make_unique<TempStore>();
    QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
    admin_ = temp_->open(u"lead"_s);
    QVERIFY(admin_);
    QFile f(QStringLiteral(AIRLOCK_TEST_DATA) + u"/approvals_connector.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto crm = connectorDocumentFromText(f.readAll(), f.fileName());
    QVERIFY_OK(crm);
    QVERIFY_OK(ConnectorStore(*admin_).apply(*crm, u"pilot"_s));
    QVERIFY_OK(ConnectorStore(*admin_).recordReview(u"crm"_s, u"tools checked"_s));
    for (const QString &login : {kAgent, kAgent2, kReviewer, kLead}) {
        const QSqlError e = rawExec(*admin_, uR"(DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN
                    CREATE ROLE %1 LOGIN;
                END IF; END $$)"_s.arg(login));
        QVERIFY2(!e.isValid(), qPrintable(e.text()));
    }
    auto r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"setup-roles"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    for (const auto &[login, role] :
         {std::pair{kAgent, u"agent"_s}, std::pair{kAgent2, u"agent"_s},
          std::pair{kReviewer, u"reviewer"_s}, std::pair{kLead, u"lead"_s}}) {
        r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"grant"_s, login, role});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    }
    admin_ = Store::open(temp_->url()).value();
    QVERIFY(admin_->isShared());
}

void TestSharedGuards::cleanupTestCase()
{
    admin_.reset();
    temp_.reset();
}

// ---------------------------------------------------------------- 1. tool policy

void TestSharedGuards::anAgentCannotRewriteAToolsTargetArguments()
{
    // The reviewer would see a public file as the target while a secret one is edited.
    const QString files = newFilesConnector();
    QVERIFY(!files.isEmpty());
    auto agent = openAs(kAgent);
    QVERIFY(agent);
    const QSqlError e = rawExec(
        *agent,
        u"UPDATE tools SET target_args = 'uri' WHERE connector = ? AND name = 'edit_file'"_s,
        {files});
    QCOMPARE(e.nativeErrorCode(), u"42501"_s);
    QCOMPARE(tool(files, u"edit_file"_s)->targetArguments, QStringList{u"path"_s});
    // Nor by reporting the tool: a report carries no target arguments.
    Tool reported = *tool(files, u"edit_file"_s);
    reported.targetArguments = {u"uri"_s};
    auto seen = ToolStore(*agent).recordDefinition(
        reported, canonicalJson(definition(u"edit_file"_s, kEditNotes)));
    QVERIFY_OK(seen);
    QCOMPARE(*seen, ToolStore::Seen::Unchanged);
    QCOMPARE(tool(files, u"edit_file"_s)->targetArguments, QStringList{u"path"_s});
    QCOMPARE(tool(files, u"edit_file"_s)->reviewState, ToolReviewState::Reviewed);
    verifyChain();
}

void TestSharedGuards::anAgentCannotLowerAWriteToolsPower()
{
    const QString files = newFilesConnector();
    QVERIFY(!files.isEmpty());
    auto agent = openAs(kAgent);
    QVERIFY(agent);
    QCOMPARE(tool(files, u"edit_file"_s)->effectivePower(), Power::Write);
    for (
        const QString &sql :
        {u"UPDATE tools SET derived_power = 'read' WHERE connector = ? AND name = 'edit_file'"_s,
         u"UPDATE tools SET power_override = 'read' WHERE connector = ? AND name = 'edit_file'"_s}) {
        QCOMPARE(rawExec(*agent, sql, {files}).nativeErrorCode(), u"42501"_s);
    }
    QCOMPARE(tool(files, u"edit_file"_s)->effectivePower(), Power::Write);

    // Reporting the reviewed definition while claiming a lower power changes nothing.
    Tool claim = *tool(files, u"edit_file"_s);
    claim.derivedPower = Power::Read;
    const QByteArray reviewed = canonicalJson(definition(u"edit_file"_s, kEditNotes));
    QCOMPARE(hashOf(reviewed), tool(files, u"edit_file"_s)->definitionHash); // the same definition
    QCOMPARE(ToolStore(*agent).recordDefinition(claim, reviewed).value(),
             ToolStore::Seen::Unchanged);
    QCOMPARE(tool(files, u"edit_file"_s)->effectivePower(), Power::Write);

    // A definition that now says read-only is drift, still judged as the write the lead saw…
    const QByteArray readOnly = canonicalJson(definition(u"edit_file"_s, kReadNotes));
    QCOMPARE(ToolStore(*agent).recordDefinition(claim, readOnly).value(), ToolStore::Seen::Changed);
    Tool now = *tool(files, u"edit_file"_s);
    QCOMPARE(now.reviewState, ToolReviewState::Changed);
    QCOMPARE(now.derivedPower, Power::Write);
    QCOMPARE(now.definitionHash, hashOf(readOnly));
    // …and back at the reviewed definition it is the reviewed tool again, at the reviewed power.
    QCOMPARE(ToolStore(*agent).recordDefinition(claim, reviewed).value(), ToolStore::Seen::Changed);
    now = *tool(files, u"edit_file"_s);
    QCOMPARE(now.reviewState, ToolReviewState::Reviewed);
    QCOMPARE(now.effectivePower(), Power::Write);
    verifyChain();
}

void TestSharedGuards::anAgentCannotMarkEveryToolOfEveryConnectorDrifted()
{
    const QString files = newFilesConnector();
    QVERIFY(!files.isEmpty());
    auto agent = openAs(kAgent);
    QVERIFY(agent);
    for (const QString &sql : {u"UPDATE tools SET review_state = 'changed'"_s,
                               u"UPDATE tools SET definition_hash = 'drifted'"_s,
                               u"UPDATE tools SET last_seen = 0"_s, u"DELETE FROM tools"_s}) {
        const QSqlError e = rawExec(*agent, sql);
        QCOMPARE(e.nativeErrorCode(), u"42501"_s);
    }
    auto all = ToolStore(*admin_).all();
    QVERIFY_OK(all);
    for (const Tool &t : *all) {
        if (t.connector == files || t.connector == u"crm"_s)
            QVERIFY2(t.reviewState == ToolReviewState::Reviewed,
                     qPrintable(t.connector + u'/' + t.name));
    }
    // Nor through the function that records reports without saying so: a report that changes
    // a tool commits only with its evidence.
    const QSqlError silent = rawExec(*agent, u"SELECT airlock_record_tool(?, ?, 'write')"_s,
                                     {files, u"{\"name\":\"edit_file\",\"drift\":true}"_s});
    QCOMPARE(silent.nativeErrorCode(), u"42501"_s);
    QVERIFY2(silent.databaseText().contains(u"without evidence"_s),
             qPrintable(silent.databaseText()));
    QCOMPARE(tool(files, u"edit_file"_s)->reviewState, ToolReviewState::Reviewed);
    // Reported through the core, a changed definition is drift of that one tool, on the record.
    QJsonObject changed = definition(u"edit_file"_s, kEditNotes);
    changed[u"drift"_s] = true;
    QCOMPARE(ToolStore(*agent)
                 .recordDefinition(*tool(files, u"edit_file"_s), canonicalJson(changed))
                 .value(),
             ToolStore::Seen::Changed);
    QCOMPARE(tool(files, u"edit_file"_s)->reviewState, ToolReviewState::Changed);
    QCOMPARE(tool(files, u"read_file"_s)->reviewState, ToolReviewState::Reviewed);
    QCOMPARE(tool(u"crm"_s, u"update_account"_s)->reviewState, ToolReviewState::Reviewed);
    verifyChain();
}

void TestSharedGuards::anAgentCannotUndriftAChangedTool()
{
    const QString files = newFilesConnector();
    QVERIFY(!files.isEmpty());
    auto agent = openAs(kAgent);
    QVERIFY(agent);
    Tool edit = *tool(files, u"edit_file"_s);
    QJsonObject changed = definition(u"edit_file"_s, kEditNotes);
    changed[u"description"_s] = u"edits any file, anywhere"_s;
    QCOMPARE(ToolStore(*agent).recordDefinition(edit, canonicalJson(changed)).value(),
             ToolStore::Seen::Changed);
    QCOMPARE(tool(files, u"edit_file"_s)->reviewState, ToolReviewState::Changed);
    for (
        const QString &sql :
        {u"UPDATE tools SET review_state = 'reviewed' WHERE connector = ?"_s,
         u"UPDATE tools SET reviewed_hash = definition_hash, review_state = 'reviewed' WHERE connector = ?"_s,
         u"UPDATE tools SET definition_hash = reviewed_hash, review_state = 'reviewed' WHERE connector = ?"_s}) {
        QCOMPARE(rawExec(*agent, sql, {files}).nativeErrorCode(), u"42501"_s);
    }
    QCOMPARE(tool(files, u"edit_file"_s)->reviewState, ToolReviewState::Changed);
    // Through the core: marking reviewed is the lead's, and the database says so.
    QVERIFY_ERROR(ToolStore(*agent).markReviewed(files), ErrorCode::Denied, kAgent);
    QVERIFY_ERROR(ConnectorStore(*agent).recordReview(files, u"looks fine"_s), ErrorCode::Denied,
                  kAgent);
    QCOMPARE(tool(files, u"edit_file"_s)->reviewState, ToolReviewState::Changed);
    // The lead's review clears it, on the record.
    auto lead = openAs(kLead);
    QVERIFY(lead);
    QVERIFY_OK(ConnectorStore(*lead).recordReview(files, u"the new description is fine"_s));
    QCOMPARE(tool(files, u"edit_file"_s)->reviewState, ToolReviewState::Reviewed);
    verifyChain();
}

void TestSharedGuards::anAgentRecordsANewToolOnlyAsNewAndHashedByTheDatabase()
{
    const QString files = newFilesConnector();
    QVERIFY(!files.isEmpty());
    auto agent = openAs(kAgent);
    QVERIFY(agent);
    // Straight into the table, as reviewed: refused.
    const QSqlError e = rawExec(
        *agent,
        u"INSERT INTO tools (connector, name, definition_hash, derived_power, review_state, "
        u"reviewed_hash, first_seen, last_seen) VALUES (?, 'wipe', 'h', 'read', 'reviewed', 'h', 1, 1)"_s,
        {files});
    QCOMPARE(e.nativeErrorCode(), u"42501"_s);
    // Reported: new, unreviewed, the database's hash of the report, no policy of the agent's.
    Tool wipe;
    wipe.connector = files;
    wipe.name = u"wipe_folder"_s;
    wipe.definitionHash = u"claimed-hash"_s;
    wipe.derivedPower = Power::Write;
    wipe.powerOverride = Power::Read;
    wipe.targetArguments = {u"comment"_s};
    wipe.reviewState = ToolReviewState::Reviewed;
    const QByteArray reported =
        canonicalJson(definition(u"wipe_folder"_s, QJsonObject{{u"destructiveHint"_s, true}}));
    QCOMPARE(ToolStore(*agent).recordDefinition(wipe, reported).value(), ToolStore::Seen::New);
    const Tool stored = *tool(files, u"wipe_folder"_s);
    QCOMPARE(stored.reviewState, ToolReviewState::New);
    QVERIFY(stored.reviewedHash.isEmpty());
    QCOMPARE(stored.definitionHash, hashOf(reported));
    QCOMPARE(stored.powerOverride, std::nullopt);
    QCOMPARE(stored.targetArguments, (QStringList{u"path"_s, u"uri"_s, u"url"_s, u"id"_s}));
    QVERIFY(stored.hasDrifted());
    // The discovery is evidence in the agent's name.
    auto events = EvidenceChain(*admin_).forConnector(files, 5);
    QVERIFY_OK(events);
    QCOMPARE(events->constFirst().kind, EventKind::ToolDiscovered);
    QCOMPARE(events->constFirst().actor, kAgent);
    // What is not a definition is refused in words.
    QVERIFY_ERROR(ToolStore(*agent).recordDefinition(wipe, "not json"), ErrorCode::InvalidArgument,
                  u"not JSON"_s);
    verifyChain();
}

void TestSharedGuards::anAgentCannotReviewToolsThroughAirlockctl()
{
    const QString files = newFilesConnector();
    QVERIFY(!files.isEmpty());
    auto agent = openAs(kAgent);
    QVERIFY(agent);
    QJsonObject changed = definition(u"edit_file"_s, kEditNotes);
    changed[u"description"_s] = u"edits anything"_s;
    QCOMPARE(ToolStore(*agent)
                 .recordDefinition(*tool(files, u"edit_file"_s), canonicalJson(changed))
                 .value(),
             ToolStore::Seen::Changed);
    const auto r = test::runCli({u"--store"_s, urlTextAs(kAgent), u"connector"_s, u"review"_s,
                                 files, u"--note"_s, u"fine"_s});
    QCOMPARE(r.exitCode, 16);
    QVERIFY2(r.errorText().contains(u"the database refused"_s), qPrintable(r.errorText()));
    QCOMPARE(tool(files, u"edit_file"_s)->reviewState, ToolReviewState::Changed);
}

void TestSharedGuards::aLeadsToolChangeWithoutEvidenceIsRefused()
{
    const QString files = newFilesConnector();
    QVERIFY(!files.isEmpty());
    auto lead = openAs(kLead);
    QVERIFY(lead);
    // Raw SQL, even by a lead, changes no policy off the record.
    for (const QString &sql :
         {u"UPDATE tools SET target_args = 'uri' WHERE connector = ? AND name = 'edit_file'"_s,
          u"UPDATE tools SET power_override = 'read' WHERE connector = ? AND name = 'edit_file'"_s,
          u"DELETE FROM tools WHERE connector = ? AND name = 'edit_file'"_s}) {
        const QSqlError e = rawExec(*lead, sql, {files});
        QCOMPARE(e.nativeErrorCode(), u"42501"_s);
        QVERIFY2(e.databaseText().contains(u"without evidence"_s), qPrintable(e.databaseText()));
    }
    QCOMPARE(tool(files, u"edit_file"_s)->targetArguments, QStringList{u"path"_s});
    QCOMPARE(tool(files, u"edit_file"_s)->powerOverride, std::nullopt);
    // Through the core it is done and on the record.
    const qint64 head = EvidenceChain(*admin_).headSeq().value();
    QVERIFY_OK(ToolStore(*lead).setPowerOverride(files, u"edit_file"_s, Power::Send,
                                                 u"it mails the owner"_s));
    QCOMPARE(tool(files, u"edit_file"_s)->effectivePower(), Power::Send);
    auto after = EvidenceChain(*admin_).page(head, 10);
    QVERIFY_OK(after);
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->constFirst().kind, EventKind::PowersChanged);
    QCOMPARE(after->constFirst().actor, kLead);
    // A lead's document changing only a tool's target arguments is evidence too.
    QJsonObject doc = filesConnector(files);
    QJsonArray tools = doc.value(u"tools"_s).toArray();
    QJsonObject edit = tools.at(0).toObject();
    edit[u"target_arguments"_s] = QJsonArray{u"path"_s, u"destination"_s};
    tools[0] = edit;
    doc[u"tools"_s] = tools;
    QVERIFY_OK(ConnectorStore(*lead).apply(connectorDocumentFromJson(doc).value(), u"moves too"_s));
    QCOMPARE(tool(files, u"edit_file"_s)->targetArguments,
             (QStringList{u"path"_s, u"destination"_s}));
    auto events = EvidenceChain(*admin_).forConnector(files, 5);
    QVERIFY_OK(events);
    QVERIFY2(events->constFirst().summary.contains(u"target arguments path → path, destination"_s),
             qPrintable(events->constFirst().summary));
    verifyChain();
}

void TestSharedGuards::theDatabasesGlobMatchesTheCores()
{
    // airlock_apply_grant matches a grant's pattern in SQL: it must agree with globMatch().
    const QList<std::tuple<QString, QString, bool>> cases = {
        {u"crm:accounts/segment=smb/**"_s, u"crm:accounts/segment=smb/acme"_s, true},
        {u"crm:accounts/segment=smb/**"_s, u"crm:accounts/segment=smb"_s, true},
        {u"crm:accounts/segment=smb/**"_s, u"crm:accounts/segment=smbx/acme"_s, false},
        {u"crm:accounts/*"_s, u"crm:accounts/acme"_s, true},
        {u"crm:accounts/*"_s, u"crm:accounts/acme/fields"_s, false},
        {u"**/secret.txt"_s, u"secret.txt"_s, true},
        {u"**/secret.txt"_s, u"/a/b/secret.txt"_s, true},
        {u"a/**/b"_s, u"a/b"_s, true},
        {u"a/**/b"_s, u"a/x/y/b"_s, true},
        {u"a/**/b"_s, u"a/xb"_s, false},
        {u"**"_s, u""_s, true},
        {u"file:///srv/(x)+[y].txt"_s, u"file:///srv/(x)+[y].txt"_s, true},
        {u"file:///srv/(x)+[y].txt"_s, u"file:///srv/xx+y.txt"_s, false},
        {u"a.b"_s, u"axb"_s, false},
        {u"x**y"_s, u"x/q/y"_s, true},
    };
    QSqlQuery q(admin_->database());
    for (const auto &[pattern, path, expected] : cases) {
        q.prepare(u"SELECT airlock_glob_matches(?, ?)"_s);
        q.addBindValue(pattern);
        q.addBindValue(path);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QVERIFY2(q.value(0).toBool() == expected, qPrintable(pattern + u" ~ "_s + path));
        QCOMPARE(globMatch(pattern, path), expected);
    }
}

// ---------------------------------------------------------------- 3. decisions and evidence

void TestSharedGuards::aReviewerCannotApproveOtherArgumentsWithoutEvidence()
{
    auto agent = openAs(kAgent);
    auto reviewer = openAs(kReviewer);
    QVERIFY(agent && reviewer);
    const ApprovalRequest req = requestIn(*agent, startRun(*agent).id);
    QVERIFY(!req.id.isEmpty());
    // The issue's attack: other arguments under the request's own hash, no evidence, time 0.
    QSqlError e =
        rawExec(*reviewer,
                u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 0, "
                u"approved_arguments = ?, approved_arguments_hash = arguments_hash WHERE id = ?"_s,
                {kReviewer, QString::fromUtf8(kOther), req.id});
    QCOMPARE(e.nativeErrorCode(), u"42501"_s);
    QVERIFY2(e.databaseText().contains(u"sha256"_s), qPrintable(e.databaseText()));
    // The same with a true hash: still other arguments, so it must say edited…
    e = rawExec(*reviewer,
                u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 0, "
                u"approved_arguments = ?, approved_arguments_hash = ? WHERE id = ?"_s,
                {kReviewer, QString::fromUtf8(kOther), hashOf(kOther), req.id});
    QCOMPARE(e.nativeErrorCode(), u"42501"_s);
    QVERIFY2(e.databaseText().contains(u"edited"_s), qPrintable(e.databaseText()));
    // …and with edited set, it has no evidence: refused when the transaction commits.
    e = rawExec(*reviewer,
                u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 0, "
                u"approved_arguments = ?, approved_arguments_hash = ?, edited = 1 WHERE id = ?"_s,
                {kReviewer, QString::fromUtf8(kOther), hashOf(kOther), req.id});
    QCOMPARE(e.nativeErrorCode(), u"42501"_s);
    QVERIFY2(e.databaseText().contains(u"without its evidence"_s), qPrintable(e.databaseText()));
    // A rejection needs its evidence too.
    e = rawExec(
        *reviewer,
        u"UPDATE approvals SET status = 'rejected', decided_by = ?, decided_at = 0 WHERE id = ?"_s,
        {kReviewer, req.id});
    QCOMPARE(e.nativeErrorCode(), u"42501"_s);
    const ApprovalRequest after = ApprovalQueue(*admin_).get(req.id).value();
    QCOMPARE(after.status, ApprovalStatus::Pending);
    // The gate would not run it either.
    QVERIFY_ERROR(checkedApprovedArguments(*agent, req.id), ErrorCode::Conflict, u"not approved"_s);
    verifyChain();
}

void TestSharedGuards::aDecisionWhoseEvidenceRecordsOtherArgumentsIsRefused()
{
    auto agent = openAs(kAgent);
    auto reviewer = openAs(kReviewer);
    QVERIFY(agent && reviewer);
    const ApprovalRequest req = requestIn(*agent, startRun(*agent).id);
    QVERIFY(!req.id.isEmpty());
    // The row approves other arguments; the evidence, written in the same transaction, the asked
    // ones.
    const Status s = reviewer->write([&]() -> Status {
        const QSqlError e = rawExec(
            *reviewer,
            u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 0, "
            u"approved_arguments = ?, approved_arguments_hash = ?, edited = 1 WHERE id = ?"_s,
            {kReviewer, QString::fromUtf8(kOther), hashOf(kOther), req.id});
        if (e.isValid())
            return Status::failure(ErrorCode::Denied, e.text());
        EvidenceEvent ev;
        ev.kind = EventKind::ApprovalDecided;
        ev.eventId = req.id + u":decided"_s;
        ev.connector = req.connector;
        ev.runId = req.runId;
        ev.summary = u"approved as asked"_s;
        ev.payload = QJsonDocument(QJsonObject{{u"request_id"_s, req.id},
                                               {u"decision"_s, u"approved"_s},
                                               {u"approved_arguments_hash"_s, req.argumentsHash}})
                         .toJson(QJsonDocument::Compact);
        return EvidenceChain(*reviewer).append(ev).status();
    });
    QVERIFY(!s);
    QVERIFY2(s.message().contains(u"records another decision or other arguments"_s),
             qPrintable(s.message()));
    QCOMPARE(ApprovalQueue(*admin_).get(req.id)->status, ApprovalStatus::Pending);
    // Through the core, an edit is approved with the evidence that names it.
    auto decided =
        ApprovalQueue(*reviewer).decide(req.id, {true, u"toned down"_s, kOther, std::nullopt});
    QVERIFY_OK(decided);
    QCOMPARE(checkedApprovedArguments(*agent, req.id).value(),
             canonicalizeJsonText(kOther, u"x"_s).value());
    verifyChain();
}

void TestSharedGuards::aDecisionTakesTheDatabasesTimeAndTheDecidersName()
{
    auto agent = openAs(kAgent);
    auto reviewer = openAs(kReviewer);
    QVERIFY(agent && reviewer);
    const ApprovalRequest req = requestIn(*agent, startRun(*agent).id);
    QVERIFY(!req.id.isEmpty());
    // In someone else's name: refused.
    QCOMPARE(
        rawExec(
            *reviewer,
            u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 0, "
            u"approved_arguments = arguments, approved_arguments_hash = arguments_hash WHERE id = ?"_s,
            {kLead, req.id})
            .nativeErrorCode(),
        u"42501"_s);
    // Its own name, with evidence, but claiming the epoch: recorded at the database's time.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const Status s = reviewer->write([&]() -> Status {
        const QSqlError e = rawExec(
            *reviewer,
            u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 0, "
            u"approved_arguments = arguments, approved_arguments_hash = arguments_hash WHERE id = ?"_s,
            {kReviewer, req.id});
        if (e.isValid())
            return Status::failure(ErrorCode::Denied, e.text());
        EvidenceEvent ev;
        ev.kind = EventKind::ApprovalDecided;
        ev.eventId = req.id + u":decided"_s;
        ev.connector = req.connector;
        ev.runId = req.runId;
        ev.summary = u"approved"_s;
        ev.payload = QJsonDocument(QJsonObject{{u"request_id"_s, req.id},
                                               {u"decision"_s, u"approved"_s},
                                               {u"approved_arguments_hash"_s, req.argumentsHash}})
                         .toJson(QJsonDocument::Compact);
        return EvidenceChain(*reviewer).append(ev).status();
    });
    QVERIFY_OK(s);
    const ApprovalRequest after = ApprovalQueue(*admin_).get(req.id).value();
    QCOMPARE(after.status, ApprovalStatus::Approved);
    QCOMPARE(after.decidedBy, kReviewer);
    QVERIFY2(after.decidedAt >= before &&
                 after.decidedAt <= QDateTime::currentDateTimeUtc().addSecs(5),
             qPrintable(after.decidedAt.toString(Qt::ISODateWithMs)));
    QCOMPARE(checkedApprovedArguments(*agent, req.id).value(), req.arguments);
    verifyChain();
}

void TestSharedGuards::theGateRunsOnlyArgumentsThatMatchTheRecordedDecision()
{
    auto agent = openAs(kAgent);
    auto reviewer = openAs(kReviewer);
    QVERIFY(agent && reviewer);
    const ApprovalRequest req = requestIn(*agent, startRun(*agent).id);
    QVERIFY(!req.id.isEmpty());
    QVERIFY_OK(
        ApprovalQueue(*reviewer).decide(req.id, {true, u"ok"_s, std::nullopt, std::nullopt}));
    // The agent reads the decision it is to run (its evidence is the reviewer's).
    QCOMPARE(checkedApprovedArguments(*agent, req.id).value(), req.arguments);
    // The tables' owner switches the guards off and swaps the arguments, hash and all: the
    // evidence still names the approved ones, so the gate refuses.
    QVERIFY(!rawExec(*admin_, u"SET session_replication_role = replica"_s).isValid());
    const QSqlError e = rawExec(
        *admin_,
        u"UPDATE approvals SET approved_arguments = ?, approved_arguments_hash = ? WHERE id = ?"_s,
        {QString::fromUtf8(kOther), hashOf(kOther), req.id});
    QVERIFY(!rawExec(*admin_, u"SET session_replication_role = origin"_s).isValid());
    QVERIFY2(!e.isValid(), qPrintable(e.text()));
    QVERIFY_ERROR(checkedApprovedArguments(*agent, req.id), ErrorCode::Integrity,
                  u"not the ones its decision"_s);
}

// ---------------------------------------------------------------- 6. standing grants

void TestSharedGuards::aStandingGrantAnswersAnAgentsRequest()
{
    auto agent = openAs(kAgent);
    auto reviewer = openAs(kReviewer);
    QVERIFY(agent && reviewer);
    const Run run = startRun(*agent);
    QVERIFY(!run.id.isEmpty());
    GrantStore::NewGrant ng;
    ng.connector = u"crm"_s;
    ng.tool = u"update_account"_s;
    ng.targetPattern = u"crm:accounts/segment=smb/**"_s;
    ng.runId = run.id;
    ng.validForSecs = 600;
    auto grant = GrantStore(*reviewer).grant(ng);
    QVERIFY_OK(grant);
    // Was: "permission denied for table approvals".
    ApprovalQueue::NewRequest r;
    r.runId = run.id;
    r.connector = u"crm"_s;
    r.tool = u"update_account"_s;
    r.target = kInScope;
    r.arguments = kArguments;
    auto made = ApprovalQueue(*agent).request(r);
    QVERIFY_OK(made);
    QCOMPARE(made->status, ApprovalStatus::Approved);
    QCOMPARE(made->decidedBy, kReviewer);
    QVERIFY2(made->decisionNote.contains(grant->id), qPrintable(made->decisionNote));
    const ApprovalRequest stored = ApprovalQueue(*admin_).get(made->id).value();
    QCOMPARE(stored.status, ApprovalStatus::Approved);
    QCOMPARE(stored.decidedBy, kReviewer);
    QCOMPARE(stored.approvedArgumentsHash, made->argumentsHash);
    QCOMPARE(checkedApprovedArguments(*agent, made->id).value(), made->arguments);
    verifyChain();
}

void TestSharedGuards::aStandingGrantAnswersAnAgentsRequestThroughAirlockctl()
{
    auto reviewer = openAs(kReviewer);
    QVERIFY(reviewer);
    // A run of the agent's own, made by the command line as the agent login.
    auto agent = openAs(kAgent2);
    QVERIFY(agent);
    const Run run = startRun(*agent);
    QVERIFY(!run.id.isEmpty());
    GrantStore::NewGrant ng;
    ng.connector = u"crm"_s;
    ng.tool = u"update_account"_s;
    ng.targetPattern = u"crm:accounts/**"_s;
    ng.runId = run.id;
    auto grant = GrantStore(*reviewer).grant(ng);
    QVERIFY_OK(grant);
    const auto r = test::runCli(
        {u"--store"_s, urlTextAs(kAgent2), u"approval"_s, u"request"_s, u"--connector"_s, u"crm"_s,
         u"--tool"_s, u"update_account"_s, u"--target"_s, kInScope, u"--run"_s, run.id, u"--args"_s,
         QString::fromUtf8(kArguments), u"--wait"_s, u"--timeout"_s, u"5"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    QVERIFY2(!r.errorText().contains(u"permission denied"_s), qPrintable(r.errorText()));
    auto all = ApprovalQueue(*admin_).list(ApprovalStatus::Approved);
    QVERIFY_OK(all);
    int underGrant = 0;
    for (const ApprovalRequest &a : *all) {
        if (a.runId == run.id && a.decisionNote.contains(grant->id))
            ++underGrant;
    }
    QCOMPARE(underGrant, 1);
}

void TestSharedGuards::anAgentCannotApplyAGrantThatDoesNotCoverItsRequest()
{
    auto agent = openAs(kAgent);
    auto agent2 = openAs(kAgent2);
    auto reviewer = openAs(kReviewer);
    QVERIFY(agent && agent2 && reviewer);
    const Run run = startRun(*agent);
    QVERIFY(!run.id.isEmpty());
    // A grant for another segment, one for another tool, one revoked, one for another run.
    auto grantFor = [&](const QString &tool, const QString &pattern, const QString &runId) {
        GrantStore::NewGrant ng;
        ng.connector = u"crm"_s;
        ng.tool = tool;
        ng.targetPattern = pattern;
        ng.runId = runId;
        return GrantStore(*reviewer).grant(ng).value();
    };
    const ApprovalGrant enterprise =
        grantFor(u"update_account"_s, u"crm:accounts/segment=enterprise/**"_s, run.id);
    const ApprovalGrant email = grantFor(u"send_email"_s, u"**"_s, run.id);
    const ApprovalGrant revoked = grantFor(u"update_account"_s, u"**"_s, run.id);
    QVERIFY_OK(GrantStore(*reviewer).revoke(revoked.id, u"too wide"_s));
    const ApprovalGrant otherRun = grantFor(u"update_account"_s, u"**"_s, startRun(*agent).id);
    const ApprovalRequest req = requestIn(*agent, run.id);
    QVERIFY(!req.id.isEmpty());
    QCOMPARE(req.status, ApprovalStatus::Pending);
    for (const ApprovalGrant &g : {enterprise, email, revoked, otherRun}) {
        const QSqlError e = rawExec(*agent, u"SELECT airlock_apply_grant(?, ?)"_s, {req.id, g.id});
        QCOMPARE(e.nativeErrorCode(), u"42501"_s);
    }
    // Nor another agent's request with a grant that would cover it, nor by approving itself.
    const ApprovalGrant covering = grantFor(u"update_account"_s, u"**"_s, run.id);
    QCOMPARE(rawExec(*agent2, u"SELECT airlock_apply_grant(?, ?)"_s, {req.id, covering.id})
                 .nativeErrorCode(),
             u"42501"_s);
    QCOMPARE(
        rawExec(
            *agent,
            u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 1 WHERE id = ?"_s,
            {kReviewer, req.id})
            .nativeErrorCode(),
        u"42501"_s);
    QCOMPARE(ApprovalQueue(*admin_).get(req.id)->status, ApprovalStatus::Pending);
    verifyChain();
}

void TestSharedGuards::aStandingGrantRunsAnAgentsCallThroughTheGate()
{
    // The real airlock-gate on the agent's login, in front of the reference filesystem server,
    // driven by the official MCP SDK client: it records the server's tools as reported, and a
    // write a reviewer granted ahead runs without waiting (it failed with "permission denied
    // for table approvals").
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    QVERIFY2(!node.isEmpty(),
             "node is not on PATH: this test drives airlock-gate with the MCP SDK");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scope = dir.filePath(u"project"_s);
    QVERIFY(QDir().mkpath(scope));
    const QString connector = u"gate-files-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QJsonObject json{
        {u"name"_s, connector},
        {u"purpose"_s, u"Let the agent edit the project's documents"_s},
        {u"owner"_s, u"docs-team"_s},
        {u"target_system"_s, u"Project folder"_s},
        {u"kind"_s, u"document_source"_s},
        {u"permission_mode"_s, u"any_changes"_s},
        {u"powers"_s, QJsonArray{u"read"_s, u"write"_s}},
        {u"scope"_s, QJsonArray{QJsonObject{{u"effect"_s, u"include"_s},
                                            {u"pattern"_s, QString(scope + u"/**"_s)}}}},
        {u"identity"_s,
         QJsonObject{{u"kind"_s, u"service_principal"_s}, {u"principal"_s, u"svc-docs-agent"_s}}}};
    QVERIFY_OK(
        ConnectorStore(*admin_).apply(connectorDocumentFromJson(json).value(), u"for the gate"_s));
    const QStringList gate{
        QStringLiteral(AIRLOCK_GATE_PATH),
        u"--store"_s,
        urlTextAs(kAgent),
        u"--connector"_s,
        connector,
        u"--"_s,
        node,
        QStringLiteral(AIRLOCK_SOURCE_DIR) +
            u"/tests/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"_s,
        dir.path()};
    {
        // The agent's gate records the tools as new; the lead reviews them.
        test::McpDriver d;
        QString error;
        QVERIFY2(d.start(node, gate, &error), qPrintable(error));
        QCOMPARE(d.listTools(), QStringList());
        QVERIFY(d.close());
        auto tools = ToolStore(*admin_).forConnector(connector);
        QVERIFY_OK(tools);
        QVERIFY(!tools->isEmpty());
        for (const Tool &t : *tools) {
            QCOMPARE(t.reviewState, ToolReviewState::New);
            QCOMPARE(t.definitionHash.size(), 64);
        }
        auto lead = openAs(kLead);
        QVERIFY(lead);
        QVERIFY_OK(ConnectorStore(*lead).recordReview(connector, u"tools checked"_s));
    }
    auto reviewer = openAs(kReviewer);
    QVERIFY(reviewer);
    GrantStore::NewGrant ng;
    ng.connector = connector;
    ng.tool = u"write_file"_s;
    ng.targetPattern = scope + u"/**"_s;
    ng.validForSecs = 600;
    auto grant = GrantStore(*reviewer).grant(ng);
    QVERIFY_OK(grant);
    test::McpDriver d;
    QString error;
    QVERIFY2(d.start(node, gate, &error), qPrintable(error));
    const QString file = scope + u"/granted.txt"_s;
    d.call(u"w"_s, u"write_file"_s, {{u"path"_s, file}, {u"content"_s, u"granted ahead"_s}});
    const QJsonObject w = d.answer(u"w"_s);
    QString text;
    for (const QJsonValue &item : w.value(u"result"_s).toObject().value(u"content"_s).toArray())
        text += item.toObject().value(u"text"_s).toString();
    QVERIFY2(!w.value(u"result"_s).toObject().value(u"isError"_s).toBool() && !w.isEmpty(),
             qPrintable(text + d.stderr()));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("granted ahead"));
    QVERIFY(d.close());
    auto all = ApprovalQueue(*admin_).list(std::nullopt);
    QVERIFY_OK(all);
    int ran = 0;
    for (const ApprovalRequest &a : *all) {
        if (a.connector != connector)
            continue;
        QCOMPARE(a.status, ApprovalStatus::Approved);
        QCOMPARE(a.decidedBy, kReviewer);
        QCOMPARE(a.requestedBy, kAgent);
        QCOMPARE(a.outcome, ApprovalOutcome::Executed);
        ++ran;
    }
    QCOMPARE(ran, 1);
    verifyChain();
}

// ---------------------------------------------------------------- upgrading

void TestSharedGuards::anUpgradedSharedStoreGetsTheGuardsWhenItsOwnerOpensIt()
{
    const QString files = newFilesConnector();
    QVERIFY(!files.isEmpty());
    // Take the store back to a shared store of schema 5: agents could write tools, and
    // nothing tied a decision to its evidence.
    for (const QString &sql :
         {u"DROP TRIGGER tools_change_evidence ON tools"_s,
          u"DROP TRIGGER approvals_decision_evidence ON approvals"_s,
          u"CREATE OR REPLACE FUNCTION airlock_guard_tools() RETURNS trigger LANGUAGE plpgsql "
          u"AS $$ BEGIN RETURN NEW; END $$"_s,
          u"GRANT INSERT, UPDATE ON tools TO airlock_agent"_s,
          u"DROP TABLE checkpoints, store_identity"_s, // migration 7, after this one
          // migration 8: evidence sealed by the database
          u"DROP TRIGGER evidence_append_checked ON evidence"_s,
          u"DROP FUNCTION airlock_seal(text), airlock_check_append(), airlock_event_hash(text, evidence)"_s,
          u"DROP TABLE evidence_intake"_s,
          u"DELETE FROM schema_migrations WHERE version >= 6"_s}) {
        const QSqlError e = rawExec(*admin_, sql);
        QVERIFY2(!e.isValid(), qPrintable(e.text()));
    }
    // An agent cannot open it until its owner has upgraded it.
    QVERIFY(!openAs(kAgent));
    auto upgraded = Store::open(temp_->url());
    QVERIFY_OK(upgraded);
    QCOMPARE((*upgraded)->schemaVersion(), latestSchemaVersion());
    auto agent = openAs(kAgent);
    auto reviewer = openAs(kReviewer);
    QVERIFY(agent && reviewer);
    QCOMPARE(rawExec(*agent, u"UPDATE tools SET target_args = 'uri' WHERE connector = ?"_s, {files})
                 .nativeErrorCode(),
             u"42501"_s);
    const ApprovalRequest req = requestIn(*agent, startRun(*agent).id);
    QVERIFY(!req.id.isEmpty());
    QCOMPARE(
        rawExec(
            *reviewer,
            u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 0, "
            u"approved_arguments = arguments, approved_arguments_hash = arguments_hash WHERE id = ?"_s,
            {kReviewer, req.id})
            .nativeErrorCode(),
        u"42501"_s);
    QCOMPARE(ApprovalQueue(*admin_).get(req.id)->status, ApprovalStatus::Pending);
}

QTEST_MAIN(TestSharedGuards)
#include "tst_shared_guards.moc"
