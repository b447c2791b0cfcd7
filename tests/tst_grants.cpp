// "Approve for…" (DESIGN §4): a reviewer approves a request and, with it, calls like it for a
// limited time — in this run only, or of this tool on matching targets. A grant answers a call
// that would wait for a human; it never lets through a call the policy denies, never answers
// a request of the person who gave it, ends at its expiry or when revoked, and every step of
// it is evidence. After every test the evidence chain must still verify.

#include "clock.h"
#include "store/approvalqueue.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/grantstore.h"
#include "store/store.h"
#include "testassertions.h"
#include "testfixtures.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

const QString kAcme = u"crm:accounts/segment=smb/acme"_s;
const QString kAcmeEast = u"crm:accounts/segment=smb/acme-east"_s;
const QString kGlobex = u"crm:accounts/segment=smb/globex"_s;
const QString kOutOfScope = u"crm:accounts/segment=enterprise/initech"_s;

// The approvals suite's crm connector, also granted "send", so that its two tools both wait
// for a human under always_ask.
ConnectorDocument crmConnector()
{
    QJsonObject o = QJsonDocument::fromJson(fixture(u"approvals_connector.json"_s)).object();
    QJsonArray powers = o.value(u"powers"_s).toArray();
    powers.append(u"send"_s);
    o[u"powers"_s] = powers;
    auto doc = connectorDocumentFromText(QJsonDocument(o).toJson(), u"approvals_connector.json"_s);
    if (!doc)
        qFatal("fixture does not parse: %s", qPrintable(doc.message()));
    return *doc;
}

ApprovalQueue::NewRequest updateOf(const QString &target, const QString &run = u"run-42"_s)
{
    ApprovalQueue::NewRequest r;
    r.runId = run;
    r.connector = u"crm"_s;
    r.tool = u"update_account"_s;
    r.target = target;
    r.arguments = R"({"account":"x","fields":{"tier":"gold"}})";
    return r;
}

GrantStore::NewGrant runGrant(const QString &run = u"run-42"_s)
{
    GrantStore::NewGrant g;
    g.runId = run;
    g.targetPattern = u"**"_s;
    g.validForSecs = 3600;
    return g;
}

} // namespace

class TestGrants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void approveForThisRunAnswersTheRunsNextCallsOnly();
    void aToolGrantCoversItsToolOnMatchingTargetsOnly();
    void aGrantEndsAtItsExpiry();
    void aRevokedGrantAnswersNothingAndIsEvidence();
    void revokingNeedsAReasonAndHappensOnce();
    void aGrantNeverOverridesADenial_data();
    void aGrantNeverOverridesADenial();
    void aGrantNeverAnswersItsOwnGrantorsRequest();
    void badGrantsAreRefusedAndNothingIsWritten_data();
    void badGrantsAreRefusedAndNothingIsWritten();
    void aDecisionWhoseGrantIsRefusedIsNotRecordedEither();
    void theCommandLineGrantsListsAndRevokes();

private:
    ApprovalRequest requested(const ApprovalQueue::NewRequest &r);
    ApprovalRequest approveFor(const ApprovalRequest &r, const GrantStore::NewGrant &g);
    int grantRows();

    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
};

void TestGrants::initTestCase()
{
    TempStore temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
}

// The crm connector (always_ask) is applied and reviewed; the store acts as the agent.
void TestGrants::init()
{
    g_now = kT0;
    setClockForTesting([] { return g_now; });
    temp_ = std::make_unique<TempStore>();
    store_ = temp_->open(u"lead"_s);
    QVERIFY(store_);
    QVERIFY_OK(ConnectorStore(*store_).apply(crmConnector(), u"pilot"_s));
    QVERIFY_OK(ConnectorStore(*store_).recordReview(u"crm"_s, u"tools checked"_s));
    store_->setActor(u"agent"_s);
}

void TestGrants::cleanup()
{
    if (store_) {
        QString problem;
        QVERIFY2(chainIntact(*store_, &problem), qPrintable(problem));
    }
    store_.reset();
    temp_.reset();
    setClockForTesting({});
}

ApprovalRequest TestGrants::requested(const ApprovalQueue::NewRequest &r)
{
    store_->setActor(u"agent"_s);
    auto made = ApprovalQueue(*store_).request(r);
    if (made)
        return *made;
    // A refused request compares unequal to every status a test expects of a made one.
    qWarning("request failed: %s", qPrintable(made.message()));
    ApprovalRequest refused;
    refused.status = ApprovalStatus::Withdrawn;
    return refused;
}

ApprovalRequest TestGrants::approveFor(const ApprovalRequest &r, const GrantStore::NewGrant &g)
{
    store_->setActor(u"bob"_s);
    auto d = ApprovalQueue(*store_).decide(r.id, {true, u"fine for this batch"_s, {}, g});
    store_->setActor(u"agent"_s);
    if (!d)
        qWarning("decide failed: %s", qPrintable(d.message()));
    return d ? *d : ApprovalRequest();
}

int TestGrants::grantRows()
{
    auto q = store_->exec(u"SELECT COUNT(*) FROM approval_grants"_s);
    if (!q || !(*q)->next())
        return -1;
    const int n = (*q)->value(0).toInt();
    (*q)->finish();
    return n;
}

void TestGrants::approveForThisRunAnswersTheRunsNextCallsOnly()
{
    const ApprovalRequest first = requested(updateOf(kAcme));
    QCOMPARE(first.status, ApprovalStatus::Pending);
    const qint64 before = headOf(*store_);
    const ApprovalRequest decided = approveFor(first, runGrant());
    QCOMPARE(decided.status, ApprovalStatus::Approved);
    QCOMPARE(decided.decidedBy, u"bob"_s);

    // The grant is recorded with its origin, and both decision and grant are evidence.
    auto grants = GrantStore(*store_).forConnector(u"crm"_s);
    QVERIFY_OK(grants);
    QCOMPARE(grants->size(), 1);
    const ApprovalGrant g = grants->constFirst();
    QCOMPARE(g.grantedBy, u"bob"_s);
    QCOMPARE(g.fromRequest, first.id);
    QCOMPARE(g.runId, u"run-42"_s);
    QCOMPARE(g.tool, u"update_account"_s);
    QCOMPARE(g.expiresAt, kT0.addSecs(3600));
    const auto events = eventsAfter(*store_, before);
    QCOMPARE(kindsOf(events), (QStringList{u"approval_granted"_s, u"approval_decided"_s}));
    QCOMPARE(events.at(0).actor, u"bob"_s);
    const QJsonObject decidedPayload = QJsonDocument::fromJson(events.at(1).payload).object();
    QCOMPARE(decidedPayload.value(u"grant_id"_s).toString(), g.id);

    // The run's next call of the tool, on another target, is answered by the grant at once…
    g_now = kT0.addSecs(600);
    const qint64 beforeSecond = headOf(*store_);
    const ApprovalRequest second = requested(updateOf(kGlobex));
    QCOMPARE(second.status, ApprovalStatus::Approved);
    QCOMPARE(second.decidedBy, u"bob"_s);
    QCOMPARE(second.decidedAt, g_now);
    QVERIFY2(second.decisionNote.contains(g.id), qPrintable(second.decisionNote));
    QCOMPARE(second.approvedArgumentsHash, second.argumentsHash);
    const auto secondEvents = eventsAfter(*store_, beforeSecond);
    QCOMPARE(kindsOf(secondEvents), (QStringList{u"approval_requested"_s, u"approval_decided"_s}));
    QCOMPARE(QJsonDocument::fromJson(secondEvents.at(1).payload).object().value(u"grant_id"_s).toString(),
             g.id);
    // …and what the store returns later says the same.
    auto reread = ApprovalQueue(*store_).get(second.id);
    QVERIFY_OK(reread);
    QCOMPARE(reread->status, ApprovalStatus::Approved);

    // Another run, or another tool in the same run, still waits for a human.
    QCOMPARE(requested(updateOf(kGlobex, u"run-43"_s)).status, ApprovalStatus::Pending);
    ApprovalQueue::NewRequest email = updateOf(kGlobex);
    email.tool = u"send_email"_s;
    email.arguments = R"({"to":"ops@globex.example","body":"hello"})";
    QCOMPARE(requested(email).status, ApprovalStatus::Pending);
}

void TestGrants::aToolGrantCoversItsToolOnMatchingTargetsOnly()
{
    const ApprovalRequest first = requested(updateOf(kAcme));
    GrantStore::NewGrant g;
    g.targetPattern = u"crm:accounts/segment=smb/acme*"_s;
    g.validForSecs = 4 * 3600;
    QCOMPARE(approveFor(first, g).status, ApprovalStatus::Approved);

    // Any run, matching target: answered. A target outside the pattern: waits.
    QCOMPARE(requested(updateOf(kAcmeEast, u"run-7"_s)).status, ApprovalStatus::Approved);
    QCOMPARE(requested(updateOf(kAcme, QString())).status, ApprovalStatus::Approved);
    QCOMPARE(requested(updateOf(kGlobex, u"run-7"_s)).status, ApprovalStatus::Pending);

}

void TestGrants::aGrantEndsAtItsExpiry()
{
    const ApprovalRequest first = requested(updateOf(kAcme));
    GrantStore::NewGrant g = runGrant();
    g.validForSecs = 1800;
    QCOMPARE(approveFor(first, g).status, ApprovalStatus::Approved);

    g_now = kT0.addSecs(1799);
    QCOMPARE(requested(updateOf(kGlobex)).status, ApprovalStatus::Approved);
    g_now = kT0.addSecs(1800);
    QCOMPARE(requested(updateOf(kGlobex)).status, ApprovalStatus::Pending);

    auto active = GrantStore(*store_).active();
    QVERIFY_OK(active);
    QVERIFY(active->isEmpty());
    auto all = GrantStore(*store_).forConnector(u"crm"_s, true);
    QVERIFY_OK(all);
    QCOMPARE(all->size(), 1);
}

void TestGrants::aRevokedGrantAnswersNothingAndIsEvidence()
{
    const ApprovalRequest first = requested(updateOf(kAcme));
    QCOMPARE(approveFor(first, runGrant()).status, ApprovalStatus::Approved);
    auto grants = GrantStore(*store_).active();
    QVERIFY_OK(grants);
    QCOMPARE(grants->size(), 1);
    const QString id = grants->constFirst().id;

    g_now = kT0.addSecs(60);
    store_->setActor(u"carol"_s);
    const qint64 before = headOf(*store_);
    auto revoked = GrantStore(*store_).revoke(id, u"the batch is done"_s);
    QVERIFY_OK(revoked);
    QCOMPARE(revoked->revokedBy, u"carol"_s);
    QCOMPARE(revoked->revokedAt, g_now);
    const auto events = eventsAfter(*store_, before);
    QCOMPARE(kindsOf(events), QStringList{u"grant_revoked"_s});
    QCOMPARE(events.constFirst().actor, u"carol"_s);
    QVERIFY(events.constFirst().summary.contains(u"the batch is done"_s));

    QCOMPARE(requested(updateOf(kGlobex)).status, ApprovalStatus::Pending);
    auto stored = GrantStore(*store_).get(id);
    QVERIFY_OK(stored);
    QVERIFY(stored->isRevoked());
    QCOMPARE(stored->revokeReason, u"the batch is done"_s);
}

void TestGrants::revokingNeedsAReasonAndHappensOnce()
{
    const ApprovalRequest first = requested(updateOf(kAcme));
    QCOMPARE(approveFor(first, runGrant()).status, ApprovalStatus::Approved);
    const QString id = GrantStore(*store_).active()->constFirst().id;

    QVERIFY_ERROR(GrantStore(*store_).revoke(id, u"  "_s), ErrorCode::InvalidArgument, u"reason"_s);
    QVERIFY_ERROR(GrantStore(*store_).revoke(u"no-such-grant"_s, u"x"_s), ErrorCode::NotFound, u"no-such-grant"_s);
    store_->setActor(u"carol"_s);
    QVERIFY_OK(GrantStore(*store_).revoke(id, u"first"_s));
    const qint64 before = headOf(*store_);
    auto again = GrantStore(*store_).revoke(id, u"second"_s);
    QVERIFY_ERROR(again, ErrorCode::Conflict, u"already revoked by carol"_s);
    QCOMPARE(headOf(*store_), before);

    // An expired grant is not revoked after the fact.
    const ApprovalRequest other = requested(updateOf(kAcme, u"run-50"_s));
    QCOMPARE(approveFor(other, runGrant(u"run-50"_s)).status, ApprovalStatus::Approved);
    const QString otherId = GrantStore(*store_).active()->constFirst().id;
    g_now = kT0.addSecs(7200);
    QVERIFY_ERROR(GrantStore(*store_).revoke(otherId, u"late"_s), ErrorCode::Expired, u"expired"_s);
}

void TestGrants::aGrantNeverOverridesADenial_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("target out of scope") << u"scope"_s;
    QTest::newRow("connector paused") << u"pause"_s;
    QTest::newRow("connector disconnected") << u"disconnect"_s;
}

void TestGrants::aGrantNeverOverridesADenial()
{
    QFETCH(QString, change);
    const ApprovalRequest first = requested(updateOf(kAcme));
    QCOMPARE(approveFor(first, runGrant()).status, ApprovalStatus::Approved);

    QString target = kGlobex;
    store_->setActor(u"lead"_s);
    if (change == u"scope"_s)
        target = kOutOfScope;
    else if (change == u"pause"_s)
        QVERIFY_OK(ConnectorStore(*store_).transition(u"crm"_s, ConnectorStore::Transition::Pause, u"incident"_s));
    else
        QVERIFY_OK(ConnectorStore(*store_).transition(u"crm"_s, ConnectorStore::Transition::Disconnect, u"incident"_s));
    store_->setActor(u"agent"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).request(updateOf(target)), ErrorCode::Denied, QString());
}

void TestGrants::aGrantNeverAnswersItsOwnGrantorsRequest()
{
    // The agent grants itself a standing approval (a desktop client cannot be trusted to
    // refuse that): its own requests still wait for someone else.
    GrantStore::NewGrant g = runGrant();
    g.tool = u"update_account"_s;
    g.connector = u"crm"_s;
    QVERIFY_OK(GrantStore(*store_).grant(g));
    const ApprovalRequest mine = requested(updateOf(kAcme));
    QCOMPARE(mine.status, ApprovalStatus::Pending);
    QVERIFY(mine.decidedBy.isEmpty());
}

void TestGrants::badGrantsAreRefusedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("connector");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("secs");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    const int invalid = int(ErrorCode::InvalidArgument);
    const int notFound = int(ErrorCode::NotFound);
    QTest::newRow("unknown connector") << u"erp"_s << u"update_account"_s << u"**"_s << 60 << notFound << u"erp"_s;
    QTest::newRow("unknown tool") << u"crm"_s << u"drop_table"_s << u"**"_s << 60 << notFound << u"drop_table"_s;
    QTest::newRow("no connector") << QString() << u"update_account"_s << u"**"_s << 60 << invalid << u"connector"_s;
    QTest::newRow("no tool") << u"crm"_s << QString() << u"**"_s << 60 << invalid << u"tool"_s;
    QTest::newRow("empty pattern") << u"crm"_s << u"update_account"_s << u"  "_s << 60 << invalid << u"pattern"_s;
    QTest::newRow("no duration") << u"crm"_s << u"update_account"_s << u"**"_s << 0 << invalid << u"30 days"_s;
    QTest::newRow("longer than 30 days") << u"crm"_s << u"update_account"_s << u"**"_s << 31 * 86400 << invalid << u"30 days"_s;
}

void TestGrants::badGrantsAreRefusedAndNothingIsWritten()
{
    QFETCH(QString, connector);
    QFETCH(QString, tool);
    QFETCH(QString, pattern);
    QFETCH(int, secs);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    store_->setActor(u"bob"_s);
    const qint64 before = headOf(*store_);
    GrantStore::NewGrant g;
    g.connector = connector;
    g.tool = tool;
    g.targetPattern = pattern;
    g.validForSecs = secs;
    auto made = GrantStore(*store_).grant(g);
    QVERIFY_ERROR(made, ErrorCode(code), mentions);
    QCOMPARE(grantRows(), 0);
    QCOMPARE(headOf(*store_), before);
}

void TestGrants::aDecisionWhoseGrantIsRefusedIsNotRecordedEither()
{
    const ApprovalRequest first = requested(updateOf(kAcme));
    const qint64 before = headOf(*store_);
    GrantStore::NewGrant g = runGrant();
    g.validForSecs = -5;
    store_->setActor(u"bob"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).decide(first.id, {true, QString(), {}, g}),
                  ErrorCode::InvalidArgument, u"30 days"_s);
    // A grant with a rejection makes no sense either.
    QVERIFY_ERROR(ApprovalQueue(*store_).decide(first.id, {false, u"no"_s, {}, runGrant()}),
                  ErrorCode::InvalidArgument, u"grant"_s);
    auto still = ApprovalQueue(*store_).get(first.id);
    QVERIFY_OK(still);
    QCOMPARE(still->status, ApprovalStatus::Pending);
    QCOMPARE(grantRows(), 0);
    QCOMPARE(headOf(*store_), before);
}

void TestGrants::theCommandLineGrantsListsAndRevokes()
{
    // airlockctl runs on the real clock; so does this test.
    setClockForTesting({});
    const ApprovalRequest first = requested(updateOf(kAcme));
    QCOMPARE(first.status, ApprovalStatus::Pending);
    auto cli = [&](const QString &actor, const QStringList &args) {
        return runCli(QStringList{u"--store"_s, temp_->urlText(), u"--as"_s, actor} + args);
    };

    // Usage errors name what is wrong and decide nothing.
    CliResult bad = cli(u"bob"_s, {u"approval"_s, u"decide"_s, first.id, u"approve"_s, u"--grant"_s,
                                   u"run"_s, u"--for"_s, u"5 weeks"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.errorText().contains(u"--for"_s), qPrintable(bad.errorText()));
    bad = cli(u"bob"_s, {u"approval"_s, u"decide"_s, first.id, u"approve"_s, u"--grant"_s, u"forever"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.errorText().contains(u"forever"_s), qPrintable(bad.errorText()));
    bad = cli(u"bob"_s, {u"approval"_s, u"decide"_s, first.id, u"approve"_s, u"--pattern"_s, u"**"_s});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(ApprovalQueue(*store_).get(first.id)->status, ApprovalStatus::Pending);

    const CliResult ok = cli(u"bob"_s, {u"approval"_s, u"decide"_s, first.id, u"approve"_s,
                                        u"--grant"_s, u"run"_s, u"--for"_s, u"2h"_s});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.text().contains(u"granted ahead"_s), qPrintable(ok.text()));
    QCOMPARE(requested(updateOf(kGlobex)).status, ApprovalStatus::Approved);

    const CliResult listed = cli(u"carol"_s, {u"--json"_s, u"grant"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray grants = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(grants.size(), 1);
    const QJsonObject g = grants.at(0).toObject();
    QCOMPARE(g.value(u"granted_by"_s).toString(), u"bob"_s);
    QCOMPARE(g.value(u"run_id"_s).toString(), u"run-42"_s);
    QCOMPARE(g.value(u"from_request"_s).toString(), first.id);
    const QString id = g.value(u"id"_s).toString();

    QCOMPARE(cli(u"carol"_s, {u"grant"_s, u"revoke"_s, id}).exitCode, 2); // no reason
    const CliResult revoked = cli(u"carol"_s, {u"grant"_s, u"revoke"_s, id, u"--reason"_s, u"done"_s});
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY2(revoked.text().contains(u"revoked by carol"_s), qPrintable(revoked.text()));
    const CliResult twice = cli(u"carol"_s, {u"grant"_s, u"revoke"_s, id, u"--reason"_s, u"again"_s});
    QCOMPARE(twice.exitCode, 13);
    QCOMPARE(requested(updateOf(kGlobex)).status, ApprovalStatus::Pending);
    const CliResult none = cli(u"carol"_s, {u"grant"_s, u"list"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.text().contains(u"no active grants"_s), qPrintable(none.text()));
}

QTEST_GUILESS_MAIN(TestGrants)
#include "tst_grants.moc"
