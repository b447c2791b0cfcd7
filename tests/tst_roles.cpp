// Shared mode on PostgreSQL (issue 6, "Roles enforced by the database"): after
// `airlockctl admin setup-roles`, each login can do exactly what its role allows and the
// database itself refuses the rest — deciding as an agent, changing connectors as a reviewer,
// writing as an investigator, self-approval, forged names, changing evidence. Several roles
// racing in many processes still decide each request once and keep the chain whole, and a
// superuser's change behind the store's back is caught by verify.
//
// PostgreSQL only: without AIRLOCK_TEST_PG_URL (scripts/with-postgres.sh) the suite fails.

#include "store/approvalqueue.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/grantstore.h"
#include "store/migrations.h"
#include "store/runstore.h"
#include "store/storeroles.h"
#include "connectordelegate.h"
#include "connectordetail.h"
#include "connectorspage.h"
#include "inventory/connectortablemodel.h"
#include "inbox/inboxmodel.h"
#include "inboxpage.h"
#include "mainwindow.h"
#include "testsettings.h"
#include "inventory/connectorview.h"
#include "testassertions.h"
#include "teststore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolTip>
#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::TempStore;

namespace {

const QString kInScope = u"crm:accounts/segment=smb/acme"_s;
// Logins are cluster-wide: the names are this suite's own.
const QString kAgent = u"rl_agent"_s;
const QString kAgent2 = u"rl_agent2"_s;
const QString kReviewer = u"rl_reviewer"_s;
const QString kReviewer2 = u"rl_reviewer2"_s;
const QString kLead = u"rl_lead"_s;
const QString kInvestigator = u"rl_investigator"_s;
const QString kOwner = u"rl_owner"_s;
const QString kNobody = u"rl_nobody"_s; // a login with no Airlock role

ConnectorDocument crmDocument(const QString &purpose = {})
{
    QFile f(QStringLiteral(AIRLOCK_TEST_DATA) + u"/approvals_connector.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (!purpose.isEmpty())
        o[u"purpose"_s] = purpose;
    auto doc = connectorDocumentFromText(QJsonDocument(o).toJson(), u"approvals_connector.json"_s);
    if (!doc)
        qFatal("fixture does not parse: %s", qPrintable(doc.message()));
    return *doc;
}

ApprovalQueue::NewRequest updateRequest()
{
    ApprovalQueue::NewRequest r;
    r.runId = u"run-42"_s;
    r.connector = u"crm"_s;
    r.tool = u"update_account"_s;
    r.target = kInScope;
    r.arguments = R"({"account":"acme","fields":{"tier":"gold"}})";
    return r;
}

// Runs one raw statement on store's connection; returns the driver's error ("" when it ran).
QSqlError rawExec(Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.database());
    if (binds.isEmpty()) {
        q.exec(sql); // DO blocks and SET cannot be prepared
        return q.lastError();
    }
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.exec();
    return q.lastError();
}

QString nativeCode(const QSqlError &e)
{
    return e.nativeErrorCode();
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void setupRolesIsRefusedOnSqliteAndNeedsAKnownLoginAndRole();
    void eachLoginReadsItsRoles();
    void roleChangesAreEvidence();
    void theActingIdentityIsTheLoginNeverAGivenName();
    void anAgentRequestsAndAppendsButCannotDecideOrChangeConnectors();
    void anAgentSeesOnlyItsOwnRequests();
    void anAgentSeesOnlyItsOwnRunsAndEvidence();
    void temporaryLookalikesChangeNothing();
    void aReviewerDecidesAndGrantsButCannotChangeConnectors();
    void nobodyDecidesTheirOwnRequest();
    void aForgedNameIsRefusedByTheDatabase();
    void anInvestigatorReadsEverythingAndWritesNothing();
    void anOwnerPausesResumesAndDisconnectsOnly();
    void aLeadManagesConnectorsButEvidenceStaysAppendOnly();
    void aLoginWithoutARoleCanDoNothing();
    void refusalsAreExplainedInWords();
    void theConsoleOffersOnlyWhatTheLoginMayDo();
    void anUpgradedSharedStoreKeepsItsRoles();
    void rolesRacingInManyProcessesDecideEachRequestOnce();
    void aSuperusersChangeBehindTheStoresBackIsCaughtByVerify(); // and puts the event back

private:
    std::unique_ptr<Store> openAs(const QString &login);
    StoreUrl urlAs(const QString &login) const;
    QString urlTextAs(const QString &login) const;
    ApprovalRequest requestAs(Store &agent);
    void verifyChain();

    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> admin_; // the test URL's user: a superuser, the tables' owner
};

StoreUrl TestRoles::urlAs(const QString &login) const
{
    StoreUrl url = temp_->url();
    url.user = login;
    url.password.clear();
    return url;
}

QString TestRoles::urlTextAs(const QString &login) const
{
    const StoreUrl url = urlAs(login);
    return u"postgresql://%1@%2:%3/%4"_s.arg(login, url.host, QString::number(url.port), url.database);
}

std::unique_ptr<Store> TestRoles::openAs(const QString &login)
{
    auto store = Store::open(urlAs(login));
    if (!store) {
        qWarning("cannot open the store as %s: %s", qPrintable(login), qPrintable(store.message()));
        return nullptr;
    }
    return std::move(*store);
}

ApprovalRequest TestRoles::requestAs(Store &agent)
{
    ApprovalQueue::NewRequest request = updateRequest();
    // An agent asks within a run of its own (row-level security refuses its evidence for
    // anyone else's run); a lead may ask anywhere.
    if (auto roles = readSessionRoles(agent); roles && roles->has(StoreRole::Agent)) {
        Run run;
        run.workflow = u"crm-followups"_s;
        auto started = RunStore(agent).start(run);
        if (!started) {
            qWarning("run start as %s failed: %s", qPrintable(agent.sessionUser()), qPrintable(started.message()));
            return {};
        }
        request.runId = started->id;
    }
    auto made = ApprovalQueue(agent).request(request);
    if (!made)
        qWarning("request as %s failed: %s", qPrintable(agent.sessionUser()), qPrintable(made.message()));
    return made ? *made : ApprovalRequest();
}

void TestRoles::verifyChain()
{
    auto report = EvidenceChain(*admin_).verify();
    QVERIFY_OK(report);
    QVERIFY2(report->intact, qPrintable(report->problem));
}

void TestRoles::initTestCase()
{
    QVERIFY2(test::backendUnderTest() == Backend::Postgres,
             "tst_roles tests PostgreSQL roles: run it with AIRLOCK_TEST_BACKEND=postgres under "
             "scripts/with-postgres.sh");
    test::useThrowawaySettings(); // the console windows below remember stores
    temp_ = std::make_unique<TempStore>();
    QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
    admin_ = temp_->open(u"lead"_s);
    QVERIFY(admin_);
    QVERIFY(!admin_->isShared());
    QVERIFY_OK(ConnectorStore(*admin_).apply(crmDocument(), u"pilot"_s));
    QVERIFY_OK(ConnectorStore(*admin_).recordReview(u"crm"_s, u"tools checked"_s));

    for (const QString &login : {kAgent, kAgent2, kReviewer, kReviewer2, kLead, kInvestigator, kOwner, kNobody}) {
        const QSqlError e = rawExec(*admin_, uR"(DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN
                    CREATE ROLE %1 LOGIN;
                END IF; END $$)"_s.arg(login));
        QVERIFY2(!e.isValid(), qPrintable(e.text()));
    }

    // Through the real command, twice: a second run is safe and changes nothing.
    for (int run = 0; run < 2; ++run) {
        const auto r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"setup-roles"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        QVERIFY2(r.text().contains(u"airlock_reviewer"_s), qPrintable(r.text()));
    }
    const QList<QPair<QString, QString>> grants = {
        {kAgent, u"agent"_s}, {kAgent2, u"agent"_s}, {kReviewer, u"reviewer"_s},
        {kReviewer2, u"reviewer"_s}, {kLead, u"lead"_s}, {kInvestigator, u"investigator"_s},
        {kOwner, u"owner"_s}};
    for (const auto &[login, role] : grants) {
        const auto r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"grant"_s, login, role});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    }
    // The admin's own store sees shared mode after reopening.
    admin_ = Store::open(temp_->url()).value();
    QVERIFY(admin_->isShared());
    QCOMPARE(admin_->actor(), temp_->url().user);
}

void TestRoles::cleanupTestCase()
{
    admin_.reset();
    temp_.reset();
    test::removeThrowawaySettings();
}

void TestRoles::setupRolesIsRefusedOnSqliteAndNeedsAKnownLoginAndRole()
{
    QTemporaryDir dir;
    const QString sqlite = u"sqlite://"_s + dir.filePath(u"evidence.db"_s);
    auto r = test::runCli({u"--store"_s, sqlite, u"admin"_s, u"setup-roles"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errorText().contains(u"needs a PostgreSQL store"_s), qPrintable(r.errorText()));

    r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"grant"_s, u"rl_no_such_login"_s, u"reviewer"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errorText().contains(u"no login 'rl_no_such_login'"_s), qPrintable(r.errorText()));

    r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"grant"_s, kNobody, u"approver"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errorText().contains(u"unknown role 'approver'"_s), qPrintable(r.errorText()));

    r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"grant"_s, u"airlock_lead"_s, u"reviewer"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errorText().contains(u"not a login"_s), qPrintable(r.errorText()));

    // Grant and revoke round trip, seen by `admin roles`.
    r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"grant"_s, kNobody, u"investigator"_s});
    QCOMPARE(r.exitCode, 0);
    r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"roles"_s});
    QVERIFY2(r.text().contains(kNobody + u"  investigator"_s), qPrintable(r.text()));
    r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"revoke"_s, kNobody, u"investigator"_s});
    QCOMPARE(r.exitCode, 0);
    r = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"roles"_s});
    QVERIFY2(!r.text().contains(kNobody), qPrintable(r.text()));
    QVERIFY2(r.text().contains(kReviewer + u"  reviewer"_s), qPrintable(r.text()));
}

void TestRoles::eachLoginReadsItsRoles()
{
    const QList<QPair<QString, QString>> expected = {
        {kAgent, u"agent"_s}, {kReviewer, u"reviewer"_s}, {kLead, u"lead"_s},
        {kInvestigator, u"investigator"_s}, {kOwner, u"owner"_s}};
    for (const auto &[login, roles] : expected) {
        auto store = openAs(login);
        QVERIFY(store);
        QVERIFY(store->isShared());
        auto read = readSessionRoles(*store);
        QVERIFY_OK(read);
        QVERIFY(read->shared);
        QCOMPARE(read->login, login);
        QCOMPARE(read->describe(), roles);
    }
    auto all = readSessionRoles(*admin_);
    QVERIFY_OK(all);
    QCOMPARE(all->describe(), u"agent, reviewer, lead, investigator, owner"_s);

    auto reviewer = openAs(kReviewer);
    QVERIFY(reviewer);
    const SessionRoles r = readSessionRoles(*reviewer).value();
    QVERIFY(r.canDecide());
    QVERIFY(!r.canEditConnectors());
    QVERIFY(!r.canChangeConnectorStatus());
    QVERIFY(r.whyNot(u"editing a connector"_s, {StoreRole::Lead}).contains(u"'rl_reviewer' is reviewer"_s));
}

void TestRoles::roleChangesAreEvidence()
{
    QSet<QString> actors;
    auto roleEvents = [&](const QString &kind) {
        QStringList logins;
        QSqlQuery q(admin_->database());
        q.prepare(u"SELECT target, actor FROM evidence WHERE kind = ? ORDER BY seq"_s);
        q.addBindValue(kind);
        if (!q.exec())
            qWarning("%s", qPrintable(q.lastError().text()));
        while (q.next()) {
            logins << q.value(0).toString();
            actors.insert(q.value(1).toString());
        }
        return logins;
    };
    // Counted from here: initTestCase's grants record nothing when the logins (cluster-wide)
    // already had their roles from an earlier run on the same server.
    const qsizetype grants = roleEvents(u"role_granted"_s).size();
    const QStringList revocations = roleEvents(u"role_revoked"_s);

    // Granting what a login already has changes and records nothing.
    auto again = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"grant"_s, kReviewer, u"reviewer"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.errorText()));
    QVERIFY2(again.text().contains(u"nothing changed"_s), qPrintable(again.text()));
    QCOMPARE(roleEvents(u"role_granted"_s).size(), grants);

    // Revoking and granting back are both on the record, and take effect.
    auto revoked = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"revoke"_s, kReviewer2, u"reviewer"_s});
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.errorText()));
    QCOMPARE(roleEvents(u"role_revoked"_s), revocations + QStringList{kReviewer2});
    // With no role left, the login cannot even open the store.
    QVERIFY_ERROR(Store::open(urlAs(kReviewer2)), ErrorCode::Denied, kReviewer2);
    auto back = test::runCli({u"--store"_s, temp_->urlText(), u"admin"_s, u"grant"_s, kReviewer2, u"reviewer"_s});
    QVERIFY2(back.exitCode == 0, qPrintable(back.errorText()));
    QCOMPARE(roleEvents(u"role_granted"_s).size(), grants + 1);
    QCOMPARE(roleEvents(u"role_granted"_s).constLast(), kReviewer2);
    QCOMPARE(actors, QSet<QString>{temp_->url().user}); // every change by the admin's login
    verifyChain();
}

void TestRoles::theActingIdentityIsTheLoginNeverAGivenName()
{
    auto reviewer = openAs(kReviewer);
    QVERIFY(reviewer);
    QCOMPARE(reviewer->actor(), kReviewer);
    reviewer->setActor(u"somebody-else"_s);
    QCOMPARE(reviewer->actor(), kReviewer);

    auto r = test::runCli({u"--store"_s, urlTextAs(kReviewer), u"--as"_s, u"kim"_s, u"approval"_s, u"list"_s});
    QCOMPARE(r.exitCode, 16);
    QVERIFY2(r.errorText().contains(u"--as kim is refused"_s) && r.errorText().contains(kReviewer),
             qPrintable(r.errorText()));
    r = test::runCli({u"--store"_s, urlTextAs(kReviewer), u"admin"_s, u"whoami"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.text().contains(u"acting as rl_reviewer"_s) && r.text().contains(u"roles: reviewer"_s),
             qPrintable(r.text()));
}

void TestRoles::anAgentRequestsAndAppendsButCannotDecideOrChangeConnectors()
{
    auto agent = openAs(kAgent);
    QVERIFY(agent);
    const ApprovalRequest req = requestAs(*agent);
    QVERIFY(!req.id.isEmpty());
    QCOMPARE(req.requestedBy, kAgent);

    EvidenceEvent e;
    e.kind = EventKind::Read;
    e.connector = u"crm"_s;
    e.result = EventResult::Success;
    e.summary = u"agent works"_s;
    auto appended = EvidenceChain(*agent).append(e);
    QVERIFY_OK(appended);
    QCOMPARE(appended->actor, kAgent);

    // Deciding: it cannot even see someone else's request, and the database refuses a
    // decision on its own one before the self-approval check would.
    auto lead = openAs(kLead);
    QVERIFY(lead);
    const ApprovalRequest leads = requestAs(*lead);
    QVERIFY_ERROR(ApprovalQueue(*agent).decide(leads.id, {true, u"fine"_s, std::nullopt, std::nullopt}),
                  ErrorCode::NotFound, leads.id);
    const QSqlError own = rawExec(*agent, u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 1 WHERE id = ?"_s,
                                  {kAgent, req.id});
    QCOMPARE(nativeCode(own), u"42501"_s);
    QVERIFY2(own.databaseText().contains(u"not a reviewer or lead"_s), qPrintable(own.databaseText()));
    QVERIFY_ERROR(ConnectorStore(*agent).transition(u"crm"_s, ConnectorStore::Transition::Pause, u"x"_s),
                  ErrorCode::Denied, u"rl_agent"_s);
    QVERIFY_ERROR(ConnectorStore(*agent).apply(crmDocument(u"agent's purpose"_s), u"x"_s),
                  ErrorCode::Denied, u"rl_agent"_s);
    // Raw SQL cannot do it either.
    QCOMPARE(nativeCode(rawExec(*agent, u"UPDATE connectors SET status = 'paused'"_s)), u"42501"_s);
    QCOMPARE(nativeCode(rawExec(*agent, u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 1 WHERE id = ?"_s,
                                {kReviewer, req.id})),
             u"42501"_s);
    QCOMPARE(nativeCode(rawExec(*agent, u"INSERT INTO approval_grants (id, connector, tool, target_pattern, granted_by, granted_at, expires_at) "
                                        u"VALUES ('g1', 'crm', 'update_account', '*', 'rl_agent', 1, 2)"_s)),
             u"42501"_s);
    QCOMPARE(ApprovalQueue(*admin_).get(req.id)->status, ApprovalStatus::Pending);
    // It can withdraw its own request.
    auto withdrawn = ApprovalQueue(*agent).withdraw(req.id, u"no longer needed"_s);
    QVERIFY_OK(withdrawn);
    QCOMPARE(withdrawn->decidedBy, kAgent);
    verifyChain();
}

void TestRoles::anAgentSeesOnlyItsOwnRequests()
{
    auto agent = openAs(kAgent);
    auto agent2 = openAs(kAgent2);
    QVERIFY(agent && agent2);
    const ApprovalRequest mine = requestAs(*agent);
    const ApprovalRequest theirs = requestAs(*agent2);
    QVERIFY(!mine.id.isEmpty() && !theirs.id.isEmpty());
    QVERIFY_OK(ApprovalQueue(*agent).get(mine.id));
    QVERIFY_ERROR(ApprovalQueue(*agent).get(theirs.id), ErrorCode::NotFound, theirs.id);
    auto listed = ApprovalQueue(*agent).list(std::nullopt);
    QVERIFY_OK(listed);
    for (const ApprovalRequest &r : *listed)
        QCOMPARE(r.requestedBy, kAgent);
    // Nor can it withdraw someone else's request.
    QCOMPARE(nativeCode(rawExec(*agent, u"UPDATE approvals SET status = 'withdrawn', decided_by = ?, decided_at = 1 WHERE id = ?"_s,
                                {kAgent, theirs.id})),
             QString()); // RLS: the row is invisible, nothing is updated
    QCOMPARE(ApprovalQueue(*admin_).get(theirs.id)->status, ApprovalStatus::Pending);
}

void TestRoles::anAgentSeesOnlyItsOwnRunsAndEvidence()
{
    auto agent = openAs(kAgent);
    auto agent2 = openAs(kAgent2);
    auto investigator = openAs(kInvestigator);
    QVERIFY(agent && agent2 && investigator);
    Run mine;
    mine.workflow = u"lead-enrichment"_s;
    mine.trigger = u"schedule"_s;
    auto started = RunStore(*agent).start(mine);
    QVERIFY_OK(started);
    QCOMPARE(started->startedBy, kAgent);
    Run theirs;
    theirs.workflow = u"invoice-check"_s;
    auto other = RunStore(*agent2).start(theirs);
    QVERIFY_OK(other);
    // The other agent appends after this one: the head is someone else's event, and this
    // agent's next append still continues the chain from it.
    EvidenceEvent e;
    e.kind = EventKind::Read;
    e.connector = u"crm"_s;
    e.runId = other->id;
    e.summary = u"agent 2 reads"_s;
    QVERIFY_OK(EvidenceChain(*agent2).append(e));
    e.runId = started->id;
    e.summary = u"agent 1 reads"_s;
    auto appended = EvidenceChain(*agent).append(e);
    QVERIFY_OK(appended);
    QCOMPARE(appended->seq, EvidenceChain(*admin_).headSeq().value());

    QCOMPARE(RunStore(*agent).get(started->id)->startedBy, kAgent);
    QVERIFY_ERROR(RunStore(*agent).get(other->id), ErrorCode::NotFound, other->id);
    auto page = RunStore(*agent).page({}, {}, 500);
    QVERIFY_OK(page);
    QVERIFY(!page->isEmpty());
    for (const Run &r : *page)
        QCOMPARE(r.startedBy, kAgent);
    auto theirEvents = EvidenceChain(*agent).forRun(other->id);
    QVERIFY_OK(theirEvents);
    QVERIFY(theirEvents->isEmpty());
    auto myEvents = EvidenceChain(*agent).forRun(started->id);
    QVERIFY_OK(myEvents);
    QCOMPARE(myEvents->size(), 2); // run_started and the read
    // Everything the agent can read of the chain is its own or in its own runs; the head it
    // appends after is known to it only by number and hash.
    EvidenceEvent later = e;
    later.runId = other->id;
    later.summary = u"agent 2 reads again"_s;
    QVERIFY_OK(EvidenceChain(*agent2).append(later)); // someone else's event is now the head
    QSqlQuery q(agent->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM evidence e WHERE e.actor <> '%1' "
                   u"AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.id = e.run_id)"_s.arg(kAgent)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"SELECT coalesce(max(seq), 0) FROM evidence"_s));
    QVERIFY(q.next());
    const qint64 head = EvidenceChain(*admin_).headSeq().value();
    QVERIFY(q.value(0).toLongLong() < head);
    q.finish();
    QCOMPARE(EvidenceChain(*agent).headSeq().value(), head);
    // verify would read the gaps as tampering: it is refused in words instead.
    QVERIFY_ERROR(EvidenceChain(*agent).verify(), ErrorCode::Denied, u"reads all evidence"_s);
    // Nor may it write into another agent's run.
    EvidenceEvent intrusion = e;
    intrusion.runId = other->id;
    intrusion.eventId.clear();
    intrusion.summary = u"agent 1 writes into agent 2's run"_s;
    QVERIFY_ERROR(EvidenceChain(*agent).append(intrusion), ErrorCode::Denied, kAgent);
    // People read every run.
    QCOMPARE(RunStore(*investigator).get(other->id)->startedBy, kAgent2);
    QCOMPARE(EvidenceChain(*investigator).forRun(other->id)->size(), 3);

    // Nobody records a run as someone else's, or changes who started one.
    QCOMPARE(nativeCode(rawExec(*agent, u"INSERT INTO runs (id, workflow, started_at, status, started_by) "
                                        u"VALUES ('forged-run', 'w', 1, 'running', ?)"_s, {kAgent2})),
             u"42501"_s);
    QCOMPARE(nativeCode(rawExec(*admin_, u"UPDATE runs SET started_by = ? WHERE id = ?"_s, {kAgent, other->id})),
             u"42501"_s);
    // Changing another agent's run touches nothing: the row is invisible.
    QVERIFY(!rawExec(*agent, u"UPDATE runs SET status = 'stopped' WHERE id = ?"_s, {other->id}).isValid());
    QCOMPARE(RunStore(*admin_).get(other->id)->status, RunStatus::Running);
    QVERIFY_OK(RunStore(*agent).finish(started->id, RunStatus::Succeeded, {}, 0));
    verifyChain();
}

void TestRoles::temporaryLookalikesChangeNothing()
{
    // Every login may create temporary tables; pg_temp comes first in a caller's search path.
    // The guards and the two functions that see past row-level security pin their own path,
    // so a lookalike named approvals, runs or evidence stands in for nothing.
    auto agent2 = openAs(kAgent2);
    QVERIFY(agent2);
    Run theirs;
    theirs.workflow = u"invoice-check"_s;
    auto other = RunStore(*agent2).start(theirs);
    QVERIFY_OK(other);

    auto agent = openAs(kAgent);
    QVERIFY(agent);
    for (const QString &sql : {u"CREATE TEMP TABLE approvals (x int)"_s,
                               u"CREATE TEMP TABLE runs (id text, started_by text)"_s,
                               u"CREATE TEMP TABLE evidence (seq bigint, hash text)"_s}) {
        const QSqlError e = rawExec(*agent, sql);
        QVERIFY2(!e.isValid(), qPrintable(e.text()));
    }
    QVERIFY(!rawExec(*agent, u"INSERT INTO pg_temp.runs VALUES (?, ?)"_s, {other->id, kAgent}).isValid());
    QVERIFY(!rawExec(*agent, u"INSERT INTO pg_temp.evidence VALUES (?, ?)"_s, {qint64(999999), u"forged"_s}).isValid());

    // A temporary "approvals" owned by the agent does not make it the owner of the store.
    QCOMPARE(nativeCode(rawExec(*agent, u"UPDATE public.tools SET power_override = 'read' WHERE connector = 'crm'"_s)),
             u"42501"_s);
    // A temporary "runs" naming the agent does not open another agent's run to it.
    QSqlQuery q(agent->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM public.evidence WHERE run_id = '%1'"_s.arg(other->id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // A temporary "evidence" does not move the head the agent appends after.
    QVERIFY(q.exec(u"SELECT seq FROM airlock_chain_tip()"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), EvidenceChain(*admin_).headSeq().value());
    q.finish();
    verifyChain();
}

void TestRoles::aReviewerDecidesAndGrantsButCannotChangeConnectors()
{
    auto agent = openAs(kAgent);
    auto reviewer = openAs(kReviewer);
    QVERIFY(agent && reviewer);
    const ApprovalRequest req = requestAs(*agent);
    auto decided = ApprovalQueue(*reviewer).decide(req.id, {true, u"ok"_s, std::nullopt, std::nullopt});
    QVERIFY_OK(decided);
    QCOMPARE(decided->decidedBy, kReviewer);
    // The requester records what became of it.
    QVERIFY_OK(ApprovalQueue(*agent).recordOutcome(req.id, true, u"done"_s));

    GrantStore::NewGrant ng;
    ng.connector = u"crm"_s;
    ng.tool = u"update_account"_s;
    ng.targetPattern = u"crm:accounts/*"_s;
    ng.note = u"routine"_s;
    auto grant = GrantStore(*reviewer).grant(ng);
    QVERIFY_OK(grant);
    QCOMPARE(grant->grantedBy, kReviewer);
    QVERIFY_OK(GrantStore(*reviewer).revoke(grant->id, u"done"_s));

    QVERIFY_ERROR(ConnectorStore(*reviewer).transition(u"crm"_s, ConnectorStore::Transition::Disconnect, u"x"_s),
                  ErrorCode::Denied, u"rl_reviewer"_s);
    QVERIFY_ERROR(ConnectorStore(*reviewer).apply(crmDocument(u"reviewer's purpose"_s), u"x"_s),
                  ErrorCode::Denied, u"rl_reviewer"_s);
    QVERIFY_ERROR(ConnectorStore(*reviewer).recordReview(u"crm"_s, u"x"_s), ErrorCode::Denied, u"rl_reviewer"_s);
    QCOMPARE(nativeCode(rawExec(*reviewer, u"DELETE FROM approvals"_s)), u"42501"_s);
    QCOMPARE(ConnectorStore(*admin_).get(u"crm"_s)->status, ConnectorStatus::Active);
    verifyChain();
}

void TestRoles::nobodyDecidesTheirOwnRequest()
{
    auto lead = openAs(kLead);
    QVERIFY(lead);
    const ApprovalRequest own = requestAs(*lead);
    QVERIFY(!own.id.isEmpty());
    QVERIFY_ERROR(ApprovalQueue(*lead).decide(own.id, {true, u"mine"_s, std::nullopt, std::nullopt}),
                  ErrorCode::SelfApproval, u"someone else must decide"_s);
    // Straight to the table, the decision otherwise well formed: the CHECK constraint refuses it.
    const QSqlError e = rawExec(*lead, u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 1, "
                                       u"approved_arguments = arguments, approved_arguments_hash = arguments_hash WHERE id = ?"_s,
                                {kLead, own.id});
    QCOMPARE(nativeCode(e), u"23514"_s);
    QVERIFY2(e.databaseText().contains(u"no_self_approval"_s), qPrintable(e.databaseText()));
    QCOMPARE(ApprovalQueue(*admin_).get(own.id)->status, ApprovalStatus::Pending);
}

void TestRoles::aForgedNameIsRefusedByTheDatabase()
{
    auto agent = openAs(kAgent);
    auto reviewer = openAs(kReviewer);
    QVERIFY(agent && reviewer);
    const ApprovalRequest req = requestAs(*agent);
    // decided_by naming someone else: refused even though the reviewer may decide.
    QSqlError e = rawExec(*reviewer, u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = 1 WHERE id = ?"_s,
                          {kReviewer2, req.id});
    QCOMPARE(nativeCode(e), u"42501"_s);
    QVERIFY2(e.databaseText().contains(u"decided_by"_s), qPrintable(e.databaseText()));
    // requested_by naming someone else.
    e = rawExec(*agent, u"INSERT INTO approvals (id, connector, tool, power, arguments, arguments_hash, permission_mode, "
                        u"requested_by, requested_at, expires_at, status) VALUES ('forged', 'crm', 'update_account', "
                        u"'write', '{}', 'x', 'always_ask', ?, 1, 2, 'pending')"_s,
                {kAgent2});
    QCOMPARE(nativeCode(e), u"42501"_s);
    // An evidence event naming someone else.
    EvidenceEvent ev;
    ev.kind = EventKind::Read;
    ev.actor = kLead;
    ev.result = EventResult::Success;
    QVERIFY_ERROR(EvidenceChain(*agent).append(ev), ErrorCode::Denied, u"must name your login 'rl_agent'"_s);
    // A decision cannot be rewritten afterwards, not even by the one who made it.
    QVERIFY_OK(ApprovalQueue(*reviewer).decide(req.id, {false, u"no"_s, std::nullopt, std::nullopt}));
    e = rawExec(*reviewer, u"UPDATE approvals SET decision_note = 'changed my mind' WHERE id = ?"_s, {req.id});
    QCOMPARE(nativeCode(e), u"42501"_s);
    QCOMPARE(ApprovalQueue(*admin_).get(req.id)->decisionNote, u"no"_s);
    verifyChain();
}

void TestRoles::anInvestigatorReadsEverythingAndWritesNothing()
{
    auto agent = openAs(kAgent);
    auto investigator = openAs(kInvestigator);
    QVERIFY(agent && investigator);
    const ApprovalRequest req = requestAs(*agent);
    // Reading does not need the right to expire: a request whose time is up reads as it
    // stands for the investigator, and is expired by the next login that may write.
    ApprovalQueue::NewRequest brief = updateRequest();
    brief.runId = req.runId; // the agent's own run
    brief.expiresInSecs = 1;
    auto due = ApprovalQueue(*agent).request(brief);
    QVERIFY_OK(due);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > due->expiresAt.addMSecs(50), 5000);
    QVERIFY_OK(ApprovalQueue(*investigator).get(due->id));
    QVERIFY_OK(ApprovalQueue(*investigator).get(req.id));
    auto all = ApprovalQueue(*investigator).list(std::nullopt);
    QVERIFY_OK(all);
    QVERIFY(all->size() >= 2);
    QVERIFY_OK(ConnectorStore(*investigator).list());
    auto report = EvidenceChain(*investigator).verify();
    QVERIFY_OK(report);
    QVERIFY(report->intact);
    QVERIFY(report->checked > 0);

    // Reads never write (issue #11): every login reads a due request as expired.
    QCOMPARE(ApprovalQueue(*investigator).get(due->id)->status, ApprovalStatus::Expired);
    QCOMPARE(ApprovalQueue(*agent).get(due->id)->status, ApprovalStatus::Expired);

    const qint64 head = EvidenceChain(*admin_).headSeq().value();
    EvidenceEvent e;
    e.kind = EventKind::Read;
    e.result = EventResult::Success;
    QVERIFY_ERROR(EvidenceChain(*investigator).append(e), ErrorCode::Denied, u"rl_investigator"_s);
    QVERIFY_ERROR(ApprovalQueue(*investigator).decide(req.id, {true, u"x"_s, std::nullopt, std::nullopt}),
                  ErrorCode::Denied, u"rl_investigator"_s);
    QVERIFY_ERROR(ConnectorStore(*investigator).transition(u"crm"_s, ConnectorStore::Transition::Pause, u"x"_s),
                  ErrorCode::Denied, u"rl_investigator"_s);
    for (const QString &sql : {u"UPDATE runs SET status = 'failed'"_s, u"DELETE FROM approval_grants"_s,
                               u"INSERT INTO run_connectors VALUES ('r', 'crm', 1)"_s,
                               u"UPDATE tools SET review_state = 'reviewed'"_s}) {
        QCOMPARE(nativeCode(rawExec(*investigator, sql)), u"42501"_s);
    }
    QCOMPARE(EvidenceChain(*admin_).headSeq().value(), head);
}

void TestRoles::anOwnerPausesResumesAndDisconnectsOnly()
{
    auto agent = openAs(kAgent);
    auto owner = openAs(kOwner);
    QVERIFY(agent && owner);
    const ApprovalRequest req = requestAs(*agent);
    QVERIFY_OK(ConnectorStore(*owner).transition(u"crm"_s, ConnectorStore::Transition::Pause, u"holiday"_s));
    QVERIFY_OK(ConnectorStore(*owner).transition(u"crm"_s, ConnectorStore::Transition::Resume, u"back"_s));
    QVERIFY_ERROR(ConnectorStore(*owner).apply(crmDocument(u"owner's purpose"_s), u"x"_s), ErrorCode::Denied,
                  u"rl_owner"_s);
    QVERIFY_ERROR(ApprovalQueue(*owner).decide(req.id, {true, u"x"_s, std::nullopt, std::nullopt}),
                  ErrorCode::Denied, u"rl_owner"_s);
    QVERIFY_ERROR(ConnectorStore(*owner).transition(u"crm"_s, ConnectorStore::Transition::Retire, u"x"_s),
                  ErrorCode::Denied, u"may only pause, resume or disconnect"_s);
    // Disconnecting withdraws what waits, in the owner's name.
    auto withdrawn = ConnectorStore(*owner).transition(u"crm"_s, ConnectorStore::Transition::Disconnect, u"incident"_s);
    QVERIFY_OK(withdrawn);
    QVERIFY(*withdrawn >= 1);
    const ApprovalRequest after = ApprovalQueue(*admin_).get(req.id).value();
    QCOMPARE(after.status, ApprovalStatus::Withdrawn);
    QCOMPARE(after.decidedBy, kOwner);
    QVERIFY_OK(ConnectorStore(*owner).transition(u"crm"_s, ConnectorStore::Transition::Reconnect, u"fixed"_s));
    verifyChain();
}

void TestRoles::aLeadManagesConnectorsButEvidenceStaysAppendOnly()
{
    auto lead = openAs(kLead);
    QVERIFY(lead);
    QVERIFY_OK(ConnectorStore(*lead).apply(crmDocument(u"CRM updates for the pilot, now wider"_s), u"scope review"_s));
    auto review = ConnectorStore(*lead).recordReview(u"crm"_s, u"looked again"_s);
    QVERIFY_OK(review);
    QCOMPARE(review->reviewedBy, kLead);
    QCOMPARE(ConnectorStore(*admin_).get(u"crm"_s)->lastReviewBy, kLead);
    for (const QString &sql : {u"UPDATE evidence SET summary = 'tidied'"_s, u"DELETE FROM evidence"_s,
                               u"TRUNCATE evidence"_s, u"DELETE FROM reviews"_s}) {
        QCOMPARE(nativeCode(rawExec(*lead, sql)), u"42501"_s);
    }
    verifyChain();
}

void TestRoles::aLoginWithoutARoleCanDoNothing()
{
    // It cannot even open the store, and is told why in words.
    auto store = Store::open(urlAs(kNobody));
    QVERIFY(!store);
    QCOMPARE(store.code(), ErrorCode::Denied);
    QVERIFY2(store.message().contains(u"your login 'rl_nobody' has no role that allows this"_s),
             qPrintable(store.message()));
}

void TestRoles::refusalsAreExplainedInWords()
{
    auto reviewer = openAs(kReviewer);
    QVERIFY(reviewer);
    const auto refused = ConnectorStore(*reviewer).transition(u"crm"_s, ConnectorStore::Transition::Pause, u"x"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::Denied);
    QVERIFY2(refused.message().contains(u"the database refused: your login 'rl_reviewer' has no role that allows this"_s),
             qPrintable(refused.message()));
    const auto r = test::runCli({u"--store"_s, urlTextAs(kReviewer), u"connector"_s, u"pause"_s, u"crm"_s, u"--reason"_s, u"x"_s});
    QCOMPARE(r.exitCode, 16);
    QVERIFY2(r.errorText().contains(u"the database refused"_s), qPrintable(r.errorText()));
}

void TestRoles::theConsoleOffersOnlyWhatTheLoginMayDo()
{
    // Connector detail: which lifecycle actions each role is offered, and why not.
    struct Expect
    {
        QString login;
        bool edit;
        bool status;
    };
    for (const Expect &x : {Expect{kLead, true, true}, Expect{kOwner, false, true},
                            Expect{kReviewer, false, false}, Expect{kInvestigator, false, false}}) {
        auto store = openAs(x.login);
        QVERIFY(store);
        auto view = loadConnectorView(*store, u"crm"_s);
        QVERIFY_OK(view);
        QCOMPARE(view->connector.status, ConnectorStatus::Active);
        ConnectorDetail detail;
        detail.setRoles(readSessionRoles(*store).value());
        detail.showConnector(*view);
        auto *edit = detail.findChild<QPushButton *>(u"editButton"_s);
        auto *disconnect = detail.findChild<QPushButton *>(u"disconnectButton"_s);
        auto *pause = detail.findChild<QPushButton *>(u"pauseButton"_s);
        QVERIFY(edit && disconnect && pause);
        QCOMPARE(edit->isEnabled(), x.edit);
        QCOMPARE(disconnect->isEnabled(), x.status);
        QCOMPARE(pause->isEnabled(), x.status);
        if (!x.edit)
            QVERIFY2(edit->toolTip().contains(u"needs the lead role"_s) && edit->toolTip().contains(x.login),
                     qPrintable(edit->toolTip()));
        if (!x.status)
            QVERIFY2(disconnect->toolTip().contains(u"owner or lead"_s), qPrintable(disconnect->toolTip()));
    }

    // Connectors table: the kill switch on each row is drawn disabled for a login that may
    // not use it, and clicking it explains instead of opening the disconnect dialog.
    for (const auto &[login, allowed] : {std::pair{kReviewer, false}, std::pair{kOwner, true}}) {
        auto store = openAs(login);
        QVERIFY(store);
        ConnectorsPage page(*store);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>();
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        auto *delegate = qobject_cast<ConnectorDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        QCOMPARE(delegate->killSwitchAllowed(), allowed);
        if (allowed)
            continue; // the owner's disconnect through this button: tst_connectors_screen
        QVERIFY2(delegate->killSwitchRefused().contains(u"owner or lead"_s), qPrintable(delegate->killSwitchRefused()));
        const QModelIndex cell = table->model()->index(0, ConnectorTableModel::ActionColumn);
        QCOMPARE(cell.data().toString(), u"Disconnect…"_s);
        bool dialogOpened = false;
        QTimer::singleShot(100, &page, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                dialogOpened = true;
                modal->close();
            }
        });
        const QPoint center = table->visualRect(cell).center();
        QVERIFY(table->viewport()->rect().contains(center)); // the click lands on the switch
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, center);
        // It explains where the user clicked, and opens nothing.
        QTRY_COMPARE(QToolTip::text(), delegate->killSwitchRefused());
        QTest::qWait(200);
        QVERIFY(!dialogOpened);
        QCOMPARE(ConnectorStore(*admin_).get(u"crm"_s)->status, ConnectorStatus::Active);
    }

    // The console's status bar names the login and its roles, as the database says.
    for (const auto &[login, roles] : {std::pair{kReviewer, u"reviewer"_s}, std::pair{kOwner, u"owner"_s}}) {
        auto store = openAs(login);
        QVERIFY(store);
        MainWindow window(std::move(store));
        auto *actor = window.findChild<QLabel *>(u"actorLabel"_s);
        QVERIFY(actor);
        QCOMPARE(actor->text(), u"Signed in as %1 (%2)"_s.arg(login, roles));
    }

    // Inbox: a reviewer may decide the agent's request; an investigator sees it, cannot
    // press Approve, and pressing A explains why instead of deciding.
    auto agent = openAs(kAgent);
    QVERIFY(agent);
    const ApprovalRequest req = requestAs(*agent);
    QVERIFY(!req.id.isEmpty());
    for (const QString &login : {kReviewer, kInvestigator}) {
        auto store = openAs(login);
        QVERIFY(store);
        InboxPage page(*store);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.model()->rowOf(req.id) >= 0);
        QVERIFY(page.selectRequest(req.id));
        QTRY_COMPARE(page.currentRequestId(), req.id);
        auto *approve = page.findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY(approve);
        if (login == kReviewer) {
            QTRY_VERIFY(approve->isEnabled());
            continue;
        }
        QVERIFY(!approve->isEnabled());
        // Said on the page, not only in a tooltip.
        QTRY_VERIFY2(page.message().contains(u"deciding needs the reviewer or lead role"_s), qPrintable(page.message()));
        QVERIFY2(approve->toolTip().contains(u"deciding needs the reviewer or lead role"_s),
                 qPrintable(approve->toolTip()));
        page.activateWindow();
        QTest::keyClick(page.focusWidget() ? page.focusWidget() : &page, Qt::Key_A);
        // Pressing A does not decide (the page explains instead; the database would refuse too).
        QTest::qWait(200);
        QCOMPARE(ApprovalQueue(*admin_).get(req.id)->status, ApprovalStatus::Pending);
    }
}

void TestRoles::anUpgradedSharedStoreKeepsItsRoles()
{
    auto agent = openAs(kAgent);
    auto agent2 = openAs(kAgent2);
    QVERIFY(agent && agent2);
    Run run;
    run.workflow = u"upgrade-check"_s;
    auto mine = RunStore(*agent).start(run);
    auto theirs = RunStore(*agent2).start(run);
    QVERIFY_OK(mine);
    QVERIFY_OK(theirs);
    agent.reset();
    // Take the store back to schema 3, as a store shared before migration 4 was (and so
    // before migration 5's lease columns and migration 7's checkpoints).
    for (const QString &sql : {u"DROP TRIGGER runs_shared_guard ON runs"_s,
                               u"ALTER TABLE runs DROP COLUMN started_by CASCADE"_s,
                               u"ALTER TABLE approvals DROP COLUMN holder, DROP COLUMN lease_expires_at"_s,
                               u"DROP TABLE checkpoints, store_identity"_s,
                               // migration 8: evidence sealed by the database
                               u"DROP TRIGGER evidence_append_checked ON evidence"_s,
                               u"DROP FUNCTION airlock_seal(text), airlock_check_append(), "
                               u"airlock_event_hash(text, evidence)"_s,
                               u"DROP TABLE evidence_intake"_s,
                               u"DELETE FROM schema_migrations WHERE version >= 4"_s}) {
        const QSqlError e = rawExec(*admin_, sql);
        QVERIFY2(!e.isValid(), qPrintable(e.text()));
    }
    // The owner opens it: the migration runs and the roles cover the new column again.
    auto upgraded = Store::open(temp_->url());
    QVERIFY_OK(upgraded);
    QCOMPARE((*upgraded)->schemaVersion(), latestSchemaVersion());
    agent = openAs(kAgent);
    QVERIFY(agent);
    QCOMPARE(RunStore(*agent).get(mine->id)->startedBy, kAgent);
    QVERIFY_ERROR(RunStore(*agent).get(theirs->id), ErrorCode::NotFound, theirs->id);
    QCOMPARE(nativeCode(rawExec(*agent, u"INSERT INTO runs (id, workflow, started_at, status, started_by) "
                                        u"VALUES ('forged-run-2', 'w', 1, 'running', ?)"_s, {kAgent2})),
             u"42501"_s);
    verifyChain();
}

void TestRoles::rolesRacingInManyProcessesDecideEachRequestOnce()
{
    auto agent = openAs(kAgent);
    QVERIFY(agent);
    QStringList ids;
    for (int i = 0; i < 30; ++i) {
        const ApprovalRequest req = requestAs(*agent);
        QVERIFY(!req.id.isEmpty());
        ids << req.id;
    }
    const qint64 headBefore = EvidenceChain(*admin_).headSeq().value();
    QTemporaryDir gateDir;
    QVERIFY(gateDir.isValid());
    const QString gate = gateDir.filePath(u"go"_s);

    struct Racer
    {
        QString login;
        QStringList args;
        std::unique_ptr<QProcess> process;
        QByteArray out;
    };
    const QString joined = ids.join(u',');
    std::vector<Racer> racers;
    racers.push_back({kReviewer, {u"decide"_s, joined}, nullptr, {}});
    racers.push_back({kReviewer2, {u"decide"_s, joined}, nullptr, {}});
    racers.push_back({kLead, {u"decide"_s, joined}, nullptr, {}});
    racers.push_back({kOwner, {u"decide"_s, joined}, nullptr, {}}); // refused every time
    racers.push_back({kAgent, {u"append"_s, u"200"_s, u"a1"_s}, nullptr, {}});
    racers.push_back({kAgent2, {u"append"_s, u"200"_s, u"a2"_s}, nullptr, {}});
    for (Racer &r : racers) {
        r.process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AIRLOCK_WORKER_GATE"_s, gate);
        r.process->setProcessEnvironment(env);
        r.process->start(QStringLiteral(WORKER_PATH), QStringList{urlTextAs(r.login), r.login} + r.args);
        QVERIFY2(r.process->waitForStarted(10000), qPrintable(r.process->errorString()));
    }
    QDeadlineTimer deadline(120000);
    for (Racer &r : racers) {
        while (!r.out.startsWith("ready\n")) {
            QVERIFY2(r.process->state() == QProcess::Running,
                     qPrintable(r.login + u": "_s + QString::fromUtf8(r.process->readAllStandardError())));
            QVERIFY2(!deadline.hasExpired(), qPrintable(r.login + u" not ready"_s));
            r.process->waitForReadyRead(50);
            r.out += r.process->readAllStandardOutput();
        }
    }
    QFile go(gate);
    QVERIFY(go.open(QIODevice::WriteOnly));
    go.close();
    for (Racer &r : racers) {
        while (r.process->state() != QProcess::NotRunning) {
            QVERIFY2(!deadline.hasExpired(), qPrintable(r.login + u" did not finish"_s));
            r.process->waitForFinished(50);
            r.out += r.process->readAllStandardOutput();
        }
        r.out += r.process->readAllStandardOutput();
        QVERIFY2(r.process->exitStatus() == QProcess::NormalExit && r.process->exitCode() == 0,
                 qPrintable(r.login + u": "_s + QString::fromUtf8(r.process->readAllStandardError())));
    }

    // One decision each, by a reviewer or the lead; the owner was refused every time.
    QHash<QString, int> wins;
    for (const Racer &r : racers) {
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.startsWith("won "))
                ++wins[QString::fromUtf8(line.mid(4))];
        }
        if (r.login == kOwner) {
            // Refused, or too late to try (someone had decided first): never a win.
            int refusedOrLate = 0;
            for (const QByteArray &line : r.out.split('\n')) {
                QVERIFY2(!line.startsWith("won "), line.constData());
                if (line.startsWith("denied ") || line.startsWith("lost "))
                    ++refusedOrLate;
            }
            QCOMPARE(refusedOrLate, int(ids.size()));
        }
    }
    for (const QString &id : ids) {
        QCOMPARE(wins.value(id), 1);
        const ApprovalRequest done = ApprovalQueue(*admin_).get(id).value();
        QCOMPARE(done.status, ApprovalStatus::Approved);
        QVERIFY2(QStringList({kReviewer, kReviewer2, kLead}).contains(done.decidedBy), qPrintable(done.decidedBy));
    }
    // No evidence lost: every append and every decision is in the chain, gapless, verified.
    auto after = EvidenceChain(*admin_).page(headBefore, 100000);
    QVERIFY_OK(after);
    int appended = 0;
    int decisions = 0;
    for (const EvidenceEvent &e : *after) {
        if (e.kind == EventKind::ApprovalDecided)
            ++decisions;
        else if (e.actor == kAgent || e.actor == kAgent2)
            ++appended;
    }
    QCOMPARE(appended, 400);
    QCOMPARE(decisions, ids.size());
    for (int i = 0; i < after->size(); ++i)
        QCOMPARE(after->at(i).seq, headBefore + 1 + i);
    verifyChain();
}

void TestRoles::aSuperusersChangeBehindTheStoresBackIsCaughtByVerify()
{
    verifyChain();
    // A superuser can switch the guards off; verify still sees the change. The event is put
    // back afterwards (whatever happens), so the chain is whole for any test that runs later.
    QString actor;
    {
        QSqlQuery q(admin_->database());
        QVERIFY(q.exec(u"SELECT actor FROM evidence WHERE seq = 3"_s) && q.next());
        actor = q.value(0).toString();
    }
    const auto restore = [&] {
        rawExec(*admin_, u"SET session_replication_role = replica"_s);
        rawExec(*admin_, u"UPDATE evidence SET actor = ? WHERE seq = 3"_s, {actor});
        rawExec(*admin_, u"SET session_replication_role = origin"_s);
    };
    auto putBack = qScopeGuard(restore);
    QSqlError e = rawExec(*admin_, u"SET session_replication_role = replica"_s);
    QVERIFY2(!e.isValid(), qPrintable(e.text()));
    e = rawExec(*admin_, u"UPDATE evidence SET actor = 'nobody' WHERE seq = 3"_s);
    QVERIFY2(!e.isValid(), qPrintable(e.text()));
    e = rawExec(*admin_, u"SET session_replication_role = origin"_s);
    QVERIFY2(!e.isValid(), qPrintable(e.text()));
    auto report = EvidenceChain(*admin_).verify();
    QVERIFY_OK(report);
    QVERIFY(!report->intact);
    QCOMPARE(report->firstBadSeq, qint64(3));
    const auto r = test::runCli({u"--store"_s, urlTextAs(kInvestigator), u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    putBack.dismiss();
    restore();
    verifyChain();
}

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
