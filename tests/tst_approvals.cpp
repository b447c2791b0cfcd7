// Approval requests (DESIGN §1–4): a held call is checked by policy first and recorded with
// its exact canonical arguments; it is decided exactly once, never by its requester (the
// database refuses that too); expired is not rejected; a disconnect withdraws what waits;
// an approval runs once. After every test the evidence chain must still verify.

#include "clock.h"
#include "store/approvalqueue.h"
#include "store/canonicaljson.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/store.h"
#include "testassertions.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::TempStore;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 21), QTime(9, 30, 0), Qt::UTC);
QDateTime g_now = kT0;

const QString kInScope = u"crm:accounts/segment=smb/acme"_s;

QJsonObject connectorJson()
{
    QFile f(QStringLiteral(AIRLOCK_TEST_DATA) + u"/approvals_connector.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

ConnectorDocument documentOf(const QJsonObject &o)
{
    auto doc = connectorDocumentFromText(QJsonDocument(o).toJson(), u"approvals_connector.json"_s);
    if (!doc)
        qFatal("fixture does not parse: %s", qPrintable(doc.message()));
    return *doc;
}

// The fixture with one tool's fields changed, or a tool added.
QJsonObject withTool(QJsonObject connector, const QJsonObject &tool)
{
    QJsonArray tools = connector.value(u"tools"_s).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < tools.size(); ++i) {
        QJsonObject t = tools.at(i).toObject();
        if (t.value(u"name"_s) == tool.value(u"name"_s)) {
            for (auto it = tool.begin(); it != tool.end(); ++it)
                t[it.key()] = it.value();
            tools[i] = t;
            replaced = true;
        }
    }
    if (!replaced)
        tools.append(tool);
    connector[u"tools"_s] = tools;
    return connector;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QList<EvidenceEvent> eventsAfter(Store &store, qint64 seq)
{
    auto page = EvidenceChain(store).page(seq, 1000000);
    return page ? *page : QList<EvidenceEvent>();
}

QStringList kindsOf(const QList<EvidenceEvent> &events)
{
    QStringList kinds;
    for (const EvidenceEvent &e : events)
        kinds << wordOf(e.kind);
    return kinds;
}

ApprovalQueue::NewRequest updateRequest(const QString &id = QString())
{
    ApprovalQueue::NewRequest r;
    r.id = id;
    r.runId = u"run-42"_s;
    r.connector = u"crm"_s;
    r.tool = u"update_account"_s;
    r.target = kInScope;
    r.arguments = R"({ "fields": {"tier": "gold", "owner": "kim"}, "account": "acme" })";
    return r;
}

// The arguments above, canonical: compact, keys sorted at every level.
const QByteArray kCanonicalArgs = R"({"account":"acme","fields":{"owner":"kim","tier":"gold"}})";

} // namespace

class TestApprovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aRequestHoldsTheExactCallWithItsHash();
    void requestingTheSameClientIdTwiceRecordsOneRequest();
    void callsThePolicyRefusesAreBlockedAndRecorded_data();
    void callsThePolicyRefusesAreBlockedAndRecorded();
    void malformedRequestsAreRefusedAndNothingIsWritten_data();
    void malformedRequestsAreRefusedAndNothingIsWritten();

    void approvingByAnotherActorRecordsTheDecision();
    void decidingTwiceKeepsTheFirstDecision_data();
    void decidingTwiceKeepsTheFirstDecision();
    void theRequesterCannotDecideTheirOwnRequest();
    void theDatabaseRefusesSelfApprovalOnItsOwn_data();
    void theDatabaseRefusesSelfApprovalOnItsOwn();
    void aRejectionNeedsAReason_data();
    void aRejectionNeedsAReason();
    void anEditedApprovalBindsTheEditedArguments();
    void badEditsAreRefusedAndTheRequestStaysPending();

    void aRequestExpiresAtItsExpiryTime_data();
    void aRequestExpiresAtItsExpiryTime();
    void decidingAnExpiredRequestSaysExpired();
    void expireDueCountsWhatItExpired();

    void endingTheConnectorWithdrawsPendingRequests_data();
    void endingTheConnectorWithdrawsPendingRequests();
    void theRequesterCanWithdrawOnce();
    void anOutcomeIsRecordedOnceAndOnlyForApprovedRequests();

private:
    ApprovalRequest requested(const ApprovalQueue::NewRequest &r);
    ApprovalRequest stored(const QString &id);
    qint64 head();
    int approvalRows();

    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
};

void TestApprovals::initTestCase()
{
    TempStore temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
}

// Every test starts with the crm connector applied and reviewed (new and changed tools are
// denied by policy), and the store acting as the agent that asks.
void TestApprovals::init()
{
    g_now = kT0;
    setClockForTesting([] { return g_now; });
    temp_ = std::make_unique<TempStore>();
    store_ = temp_->open(u"lead"_s);
    QVERIFY(store_);
    QVERIFY_OK(ConnectorStore(*store_).apply(documentOf(connectorJson()), u"pilot"_s));
    QVERIFY_OK(ConnectorStore(*store_).recordReview(u"crm"_s, u"tools checked"_s));
    store_->setActor(u"agent"_s);
}

void TestApprovals::cleanup()
{
    if (store_) {
        auto report = EvidenceChain(*store_).verify();
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY2(report->intact, qPrintable(report->problem));
    }
    store_.reset();
    temp_.reset();
    setClockForTesting({});
}

ApprovalRequest TestApprovals::requested(const ApprovalQueue::NewRequest &r)
{
    auto made = ApprovalQueue(*store_).request(r);
    if (!made)
        qWarning("request failed: %s", qPrintable(made.message()));
    return made ? *made : ApprovalRequest();
}

ApprovalRequest TestApprovals::stored(const QString &id)
{
    auto r = ApprovalQueue(*store_).get(id);
    return r ? *r : ApprovalRequest();
}

qint64 TestApprovals::head()
{
    auto h = EvidenceChain(*store_).headSeq();
    return h ? *h : -1;
}

int TestApprovals::approvalRows()
{
    QSqlQuery q(store_->database());
    return q.exec(u"SELECT count(*) FROM approvals"_s) && q.next() ? q.value(0).toInt() : -1;
}

// --- Requests ------------------------------------------------------------------------------

void TestApprovals::aRequestHoldsTheExactCallWithItsHash()
{
    const qint64 before = head();
    auto in = updateRequest();
    in.proposedChange = R"({"before": {"tier": "silver"}, "after": {"tier": "gold"}})";
    in.evidenceSeqs = {1, 2};
    auto r = ApprovalQueue(*store_).request(in);
    QVERIFY_OK(r);
    QVERIFY(!r->id.isEmpty());
    QCOMPARE(wordOf(r->status), u"pending"_s);
    QCOMPARE(r->connector, u"crm"_s);
    QCOMPARE(r->tool, u"update_account"_s);
    QCOMPARE(wordOf(r->power), u"write"_s);
    QCOMPARE(r->target, kInScope);
    QCOMPARE(r->runId, u"run-42"_s);
    QCOMPARE(r->arguments, kCanonicalArgs);
    QCOMPARE(r->argumentsHash, sha256Of(kCanonicalArgs));
    QCOMPARE(r->proposedChange,
             QByteArray(R"({"after":{"tier":"gold"},"before":{"tier":"silver"}})"));
    QCOMPARE(r->evidenceSeqs, (QList<qint64>{1, 2}));
    QCOMPARE(wordOf(r->mode), u"always_ask"_s);
    QVERIFY2(r->rule.contains(u"always_ask"_s), qPrintable(r->rule));
    QCOMPARE(r->requestedBy, u"agent"_s);
    QCOMPARE(r->requestedAt, kT0);
    QCOMPARE(r->expiresAt, kT0.addSecs(4 * 3600));
    QVERIFY(r->decidedBy.isEmpty());
    QVERIFY(!r->decidedAt.isValid());

    // What was stored is what was returned.
    const ApprovalRequest s = stored(r->id);
    QCOMPARE(s.arguments, kCanonicalArgs);
    QCOMPARE(s.argumentsHash, r->argumentsHash);
    QCOMPARE(s.requestedBy, u"agent"_s);
    QCOMPARE(s.expiresAt, r->expiresAt);
    QCOMPARE(wordOf(s.status), u"pending"_s);
    QCOMPARE(s.evidenceSeqs, (QList<qint64>{1, 2}));

    const auto events = eventsAfter(*store_, before);
    QCOMPARE(kindsOf(events), QStringList{u"approval_requested"_s});
    const EvidenceEvent &e = events.constFirst();
    QCOMPARE(e.eventId, r->id + u":requested"_s);
    QCOMPARE(wordOf(e.result), u"approval_needed"_s);
    QCOMPARE(e.actor, u"agent"_s);
    QCOMPARE(e.connector, u"crm"_s);
    QCOMPARE(e.tool, u"update_account"_s);
    QCOMPARE(e.target, kInScope);
    QCOMPARE(e.runId, u"run-42"_s);
    const QJsonObject payload = QJsonDocument::fromJson(e.payload).object();
    QCOMPARE(payload.value(u"request_id"_s).toString(), r->id);
    QCOMPARE(payload.value(u"arguments_hash"_s).toString(), sha256Of(kCanonicalArgs));
}

void TestApprovals::requestingTheSameClientIdTwiceRecordsOneRequest()
{
    auto in = updateRequest(u"req-7f3a"_s);
    auto first = ApprovalQueue(*store_).request(in);
    QVERIFY_OK(first);
    const qint64 after = head();

    // The retry spells the same arguments differently; it is the same call.
    g_now = kT0.addSecs(2);
    in.arguments = R"({"account":"acme","fields":{"tier":"gold","owner":"kim"}})";
    auto again = ApprovalQueue(*store_).request(in);
    QVERIFY_OK(again);
    QCOMPARE(again->id, u"req-7f3a"_s);
    QCOMPARE(again->requestedAt, kT0);
    QCOMPARE(again->argumentsHash, first->argumentsHash);
    QCOMPARE(head(), after);
    QCOMPARE(approvalRows(), 1);

    // The same id with other arguments is not a retry.
    in.arguments = R"({"account":"acme","fields":{"tier":"platinum"}})";
    QVERIFY_ERROR(ApprovalQueue(*store_).request(in), ErrorCode::Conflict, u"req-7f3a"_s);
    QCOMPARE(head(), after);
    QCOMPARE(stored(u"req-7f3a"_s).arguments, kCanonicalArgs);
}

void TestApprovals::callsThePolicyRefusesAreBlockedAndRecorded_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("connector");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("power");
    QTest::addColumn<QString>("target");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("fragment");

    const QString crm = u"crm"_s;
    const QString update = u"update_account"_s;
    QTest::newRow("target out of scope")
        << QString() << crm << update << QString() << u"crm:accounts/segment=enterprise/globex"_s
        << ErrorCode::Denied << u"out of scope"_s;
    QTest::newRow("target excluded")
        << QString() << crm << update << QString() << u"crm:accounts/segment=smb/fields/ssn"_s
        << ErrorCode::Denied << u"out of scope"_s;
    QTest::newRow("power not granted")
        << QString() << crm << u"send_email"_s << QString() << kInScope << ErrorCode::Denied
        << u"power 'send' is not granted"_s;
    QTest::newRow("caller declares a higher power")
        << QString() << crm << update << u"trigger"_s << kInScope << ErrorCode::Denied
        << u"power 'trigger' is not granted"_s;
    QTest::newRow("connector paused")
        << u"pause"_s << crm << update << QString() << kInScope << ErrorCode::Denied << u"paused"_s;
    QTest::newRow("connector disconnected") << u"disconnect"_s << crm << update << QString()
                                            << kInScope << ErrorCode::Denied << u"disconnected"_s;
    QTest::newRow("connector retired") << u"retire"_s << crm << update << QString() << kInScope
                                       << ErrorCode::Denied << u"retired"_s;
    QTest::newRow("tool changed since review")
        << u"drift"_s << crm << update << QString() << kInScope << ErrorCode::Denied
        << u"changed since"_s;
    QTest::newRow("tool never reviewed")
        << u"new tool"_s << crm << u"export_accounts"_s << QString() << kInScope
        << ErrorCode::Denied << u"not been reviewed"_s;
    // DESIGN §1: an unknown tool means no.
    QTest::newRow("unknown tool") << QString() << crm << u"drop_everything"_s << QString()
                                  << kInScope << ErrorCode::Denied << u"drop_everything"_s;
    QTest::newRow("unknown connector") << QString() << u"erp"_s << update << QString() << kInScope
                                       << ErrorCode::NotFound << u"'erp'"_s;
}

void TestApprovals::callsThePolicyRefusesAreBlockedAndRecorded()
{
    QFETCH(QString, setup);
    QFETCH(QString, connector);
    QFETCH(QString, tool);
    QFETCH(QString, power);
    QFETCH(QString, target);
    QFETCH(ErrorCode, code);
    QFETCH(QString, fragment);

    store_->setActor(u"lead"_s);
    ConnectorStore connectors(*store_);
    if (setup == u"pause"_s)
        QVERIFY_OK(connectors.transition(u"crm"_s, ConnectorStore::Transition::Pause, u"test"_s));
    else if (setup == u"disconnect"_s)
        QVERIFY_OK(
            connectors.transition(u"crm"_s, ConnectorStore::Transition::Disconnect, u"test"_s));
    else if (setup == u"retire"_s)
        QVERIFY_OK(connectors.transition(u"crm"_s, ConnectorStore::Transition::Retire, u"test"_s));
    else if (setup == u"drift"_s)
        QVERIFY_OK(connectors.apply(
            documentOf(
                withTool(connectorJson(), {{u"name"_s, u"update_account"_s},
                                           {u"description"_s, u"Change or delete accounts"_s}})),
            u"tools/list"_s));
    else if (setup == u"new tool"_s)
        QVERIFY_OK(connectors.apply(
            documentOf(withTool(connectorJson(), {{u"name"_s, u"export_accounts"_s},
                                                  {u"description"_s, u"Export all accounts"_s}})),
            u"tools/list"_s));
    store_->setActor(u"agent"_s);
    const qint64 before = head();

    auto in = updateRequest();
    in.connector = connector;
    in.tool = tool;
    if (!power.isEmpty())
        in.power = parseWord<Power>(power);
    in.target = target;
    auto r = ApprovalQueue(*store_).request(in);
    QVERIFY_ERROR(r, code, fragment);
    QCOMPARE(approvalRows(), 0);

    // The refusal itself is evidence.
    const auto events = eventsAfter(*store_, before);
    QCOMPARE(kindsOf(events), QStringList{u"blocked"_s});
    const EvidenceEvent &e = events.constFirst();
    QCOMPARE(wordOf(e.result), u"blocked"_s);
    QCOMPARE(e.actor, u"agent"_s);
    QCOMPARE(e.connector, connector);
    QCOMPARE(e.tool, tool);
    QCOMPARE(e.target, target);
    QCOMPARE(e.runId, u"run-42"_s);
    QVERIFY2(e.summary.contains(fragment, Qt::CaseInsensitive), qPrintable(e.summary));
}

void TestApprovals::malformedRequestsAreRefusedAndNothingIsWritten_data()
{
    QTest::addColumn<QByteArray>("arguments");
    QTest::addColumn<QByteArray>("proposedChange");
    QTest::addColumn<QList<qint64>>("evidenceSeqs");
    QTest::addColumn<int>("expiresInSecs");
    QTest::addColumn<QString>("fragment");

    const QByteArray good = R"({"account":"acme"})";
    QTest::newRow("not JSON") << QByteArray("{account: acme}") << QByteArray() << QList<qint64>()
                              << 60 << u"the arguments is not valid JSON"_s;
    QTest::newRow("unterminated") << QByteArray(R"({"account":"acme")") << QByteArray()
                                  << QList<qint64>() << 60 << u"arguments"_s;
    QTest::newRow("trailing garbage") << QByteArray(R"({"account":"acme"} rm -rf)") << QByteArray()
                                      << QList<qint64>() << 60 << u"arguments"_s;
    QTest::newRow("two values") << QByteArray("1, 2") << QByteArray() << QList<qint64>() << 60
                                << u"arguments"_s;
    QTest::newRow("empty") << QByteArray() << QByteArray() << QList<qint64>() << 60
                           << u"arguments"_s;
    QTest::newRow("bad proposed change")
        << good << QByteArray("{before:}") << QList<qint64>() << 60 << u"proposed change"_s;
    QTest::newRow("evidence that does not exist")
        << good << QByteArray() << QList<qint64>{1, 9999} << 60 << u"#9999"_s;
    QTest::newRow("expiry not in the future")
        << good << QByteArray() << QList<qint64>() << 0 << u"expiry"_s;
}

void TestApprovals::malformedRequestsAreRefusedAndNothingIsWritten()
{
    QFETCH(QByteArray, arguments);
    QFETCH(QByteArray, proposedChange);
    QFETCH(QList<qint64>, evidenceSeqs);
    QFETCH(int, expiresInSecs);
    QFETCH(QString, fragment);

    const qint64 before = head();
    auto in = updateRequest();
    in.arguments = arguments;
    in.proposedChange = proposedChange;
    in.evidenceSeqs = evidenceSeqs;
    in.expiresInSecs = expiresInSecs;
    QVERIFY_ERROR(ApprovalQueue(*store_).request(in), ErrorCode::InvalidArgument, fragment);
    QCOMPARE(approvalRows(), 0);
    QCOMPARE(head(), before);
}

// --- Decisions -----------------------------------------------------------------------------

void TestApprovals::approvingByAnotherActorRecordsTheDecision()
{
    const ApprovalRequest r = requested(updateRequest());
    QVERIFY(!r.id.isEmpty());
    const qint64 before = head();

    g_now = kT0.addSecs(90);
    store_->setActor(u"bob"_s);
    auto d = ApprovalQueue(*store_).decide(r.id, {true, u"customer asked for it"_s, std::nullopt, {}});
    QVERIFY_OK(d);
    QCOMPARE(wordOf(d->status), u"approved"_s);
    QCOMPARE(d->decidedBy, u"bob"_s);
    QCOMPARE(d->decidedAt, g_now);
    QCOMPARE(d->decisionNote, u"customer asked for it"_s);
    QCOMPARE(d->approvedArguments, r.arguments);
    QCOMPARE(d->approvedArgumentsHash, r.argumentsHash);
    QVERIFY(!d->edited);

    const ApprovalRequest s = stored(r.id);
    QCOMPARE(wordOf(s.status), u"approved"_s);
    QCOMPARE(s.decidedBy, u"bob"_s);
    QCOMPARE(s.decidedAt, g_now);
    QCOMPARE(s.approvedArguments, kCanonicalArgs);
    QCOMPARE(s.approvedArgumentsHash, sha256Of(kCanonicalArgs));
    QCOMPARE(s.requestedBy, u"agent"_s);
    QVERIFY(!s.edited);
    QCOMPARE(describeDecision(s), u"approved by bob at 2026-11-21 09:31:30 UTC"_s);

    const auto events = eventsAfter(*store_, before);
    QCOMPARE(kindsOf(events), QStringList{u"approval_decided"_s});
    const EvidenceEvent &e = events.constFirst();
    QCOMPARE(e.actor, u"bob"_s);
    QCOMPARE(e.eventId, r.id + u":decided"_s);
    QCOMPARE(wordOf(e.result), u"success"_s);
    const QJsonObject payload = QJsonDocument::fromJson(e.payload).object();
    QCOMPARE(payload.value(u"decision"_s).toString(), u"approved"_s);
    QCOMPARE(payload.value(u"approved_arguments_hash"_s).toString(), sha256Of(kCanonicalArgs));
}

void TestApprovals::decidingTwiceKeepsTheFirstDecision_data()
{
    QTest::addColumn<bool>("firstApproves");
    QTest::addColumn<bool>("secondApproves");

    QTest::newRow("approve, then approve") << true << true;
    QTest::newRow("approve, then reject") << true << false;
    QTest::newRow("reject, then approve") << false << true;
    QTest::newRow("reject, then reject") << false << false;
}

void TestApprovals::decidingTwiceKeepsTheFirstDecision()
{
    QFETCH(bool, firstApproves);
    QFETCH(bool, secondApproves);

    const ApprovalRequest r = requested(updateRequest());
    QVERIFY(!r.id.isEmpty());
    g_now = kT0.addSecs(60);
    store_->setActor(u"bob"_s);
    QVERIFY_OK(ApprovalQueue(*store_).decide(r.id, {firstApproves, u"bob's call"_s, std::nullopt, {}}));
    const ApprovalRequest first = stored(r.id);
    const qint64 before = head();

    g_now = kT0.addSecs(61);
    store_->setActor(u"carol"_s);
    auto second =
        ApprovalQueue(*store_).decide(r.id, {secondApproves, u"carol's call"_s, std::nullopt, {}});
    QVERIFY_ERROR(second, ErrorCode::Conflict, u"bob"_s);
    const QString firstWord = firstApproves ? u"approved"_s : u"rejected"_s;
    QVERIFY2(second.message().contains(u"%1 by bob"_s.arg(firstWord)),
             qPrintable(second.message()));

    const ApprovalRequest now = stored(r.id);
    QCOMPARE(wordOf(now.status), firstWord);
    QCOMPARE(now.decidedBy, u"bob"_s);
    QCOMPARE(now.decidedAt, first.decidedAt);
    QCOMPARE(now.decisionNote, u"bob's call"_s);
    QCOMPARE(head(), before);
}

void TestApprovals::theRequesterCannotDecideTheirOwnRequest()
{
    const ApprovalRequest r = requested(updateRequest());
    QVERIFY(!r.id.isEmpty());
    const qint64 before = head();

    // Still the agent that asked.
    QVERIFY_ERROR(ApprovalQueue(*store_).decide(r.id, {true, QString(), std::nullopt, {}}),
                  ErrorCode::SelfApproval, u"agent"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).decide(r.id, {false, u"never mind"_s, std::nullopt, {}}),
                  ErrorCode::SelfApproval, u"someone else"_s);
    QVERIFY_ERROR(
        ApprovalQueue(*store_).decide(r.id, {true, QString(), QByteArray(R"({"account":"x"})"), {}}),
        ErrorCode::SelfApproval, u"agent"_s);
    const ApprovalRequest s = stored(r.id);
    QCOMPARE(wordOf(s.status), u"pending"_s);
    QVERIFY(s.decidedBy.isEmpty());
    QCOMPARE(head(), before);

    // Someone else still can.
    store_->setActor(u"bob"_s);
    QVERIFY_OK(ApprovalQueue(*store_).decide(r.id, {true, QString(), std::nullopt, {}}));
}

void TestApprovals::theDatabaseRefusesSelfApprovalOnItsOwn_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("approved") << u"approved"_s;
    QTest::newRow("rejected") << u"rejected"_s;
}

void TestApprovals::theDatabaseRefusesSelfApprovalOnItsOwn()
{
    QFETCH(QString, status);
    const ApprovalRequest r = requested(updateRequest());
    QVERIFY(!r.id.isEmpty());

    // Around the application, straight to the table: the CHECK constraint still says no.
    QSqlQuery q(store_->database());
    QVERIFY(q.prepare(u"UPDATE approvals SET status = ?, decided_by = requested_by, "
                      u"decided_at = requested_at WHERE id = ?"_s));
    q.addBindValue(status);
    q.addBindValue(r.id);
    QVERIFY2(!q.exec(), "the database let a requester decide their own request");
    QVERIFY2(q.lastError().text().contains(u"no_self_approval"_s),
             qPrintable(q.lastError().text()));
    q.finish();
    QCOMPARE(wordOf(stored(r.id).status), u"pending"_s);

    // The same statement with another decider is accepted: only self-approval is refused.
    QSqlQuery other(store_->database());
    QVERIFY(other.prepare(u"UPDATE approvals SET status = ?, decided_by = 'mallory', "
                          u"decided_at = requested_at WHERE id = ?"_s));
    other.addBindValue(status);
    other.addBindValue(r.id);
    QVERIFY2(other.exec(), qPrintable(other.lastError().text()));
    other.finish();
    QCOMPARE(wordOf(stored(r.id).status), status);
}

void TestApprovals::aRejectionNeedsAReason_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("no note") << QString() << false;
    QTest::newRow("blank note") << u"  \t "_s << false;
    QTest::newRow("a reason") << u"wrong account"_s << true;
}

void TestApprovals::aRejectionNeedsAReason()
{
    QFETCH(QString, note);
    QFETCH(bool, accepted);

    const ApprovalRequest r = requested(updateRequest());
    QVERIFY(!r.id.isEmpty());
    const qint64 before = head();
    store_->setActor(u"bob"_s);
    auto d = ApprovalQueue(*store_).decide(r.id, {false, note, std::nullopt, {}});
    if (!accepted) {
        QVERIFY_ERROR(d, ErrorCode::InvalidArgument, u"reason"_s);
        QCOMPARE(wordOf(stored(r.id).status), u"pending"_s);
        QCOMPARE(head(), before);
        return;
    }
    QVERIFY_OK(d);
    const ApprovalRequest s = stored(r.id);
    QCOMPARE(wordOf(s.status), u"rejected"_s);
    QCOMPARE(s.decidedBy, u"bob"_s);
    QCOMPARE(s.decisionNote, note);
    QVERIFY(s.approvedArguments.isEmpty());
    QVERIFY(s.approvedArgumentsHash.isEmpty());
    const auto events = eventsAfter(*store_, before);
    QCOMPARE(kindsOf(events), QStringList{u"approval_decided"_s});
    QCOMPARE(wordOf(events.constFirst().result), u"blocked"_s);
    QVERIFY2(events.constFirst().summary.contains(note), qPrintable(events.constFirst().summary));
}

void TestApprovals::anEditedApprovalBindsTheEditedArguments()
{
    const ApprovalRequest r = requested(updateRequest());
    QVERIFY(!r.id.isEmpty());
    const qint64 before = head();
    store_->setActor(u"bob"_s);
    const QByteArray edit = R"({ "fields": {"tier": "silver"}, "account": "acme" })";
    const QByteArray canonicalEdit = R"({"account":"acme","fields":{"tier":"silver"}})";
    auto d = ApprovalQueue(*store_).decide(r.id, {true, u"silver, not gold"_s, edit, {}});
    QVERIFY_OK(d);

    const ApprovalRequest s = stored(r.id);
    QCOMPARE(wordOf(s.status), u"approved"_s);
    QVERIFY(s.edited);
    QCOMPARE(s.approvedArguments, canonicalEdit);
    QCOMPARE(s.approvedArgumentsHash, sha256Of(canonicalEdit));
    // The original request is kept as it was asked.
    QCOMPARE(s.arguments, kCanonicalArgs);
    QCOMPARE(s.argumentsHash, sha256Of(kCanonicalArgs));

    const auto events = eventsAfter(*store_, before);
    QCOMPARE(kindsOf(events), QStringList{u"approval_decided"_s});
    const QJsonObject payload = QJsonDocument::fromJson(events.constFirst().payload).object();
    QCOMPARE(payload.value(u"approved_arguments_hash"_s).toString(), sha256Of(canonicalEdit));
    QCOMPARE(payload.value(u"edited_arguments"_s).toString(), QString::fromUtf8(canonicalEdit));
    QVERIFY2(events.constFirst().summary.contains(u"edited"_s),
             qPrintable(events.constFirst().summary));
}

void TestApprovals::badEditsAreRefusedAndTheRequestStaysPending()
{
    const ApprovalRequest r = requested(updateRequest());
    QVERIFY(!r.id.isEmpty());
    const qint64 before = head();
    store_->setActor(u"bob"_s);
    QVERIFY_ERROR(
        ApprovalQueue(*store_).decide(r.id, {true, QString(), QByteArray("{tier: silver"), {}}),
        ErrorCode::InvalidArgument, u"edited arguments"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).decide(r.id, {false, u"no"_s, QByteArray(R"({"a":1})"), {}}),
                  ErrorCode::InvalidArgument, u"approve"_s);
    QCOMPARE(wordOf(stored(r.id).status), u"pending"_s);
    QCOMPARE(head(), before);
    QVERIFY_ERROR(
        ApprovalQueue(*store_).decide(u"no-such-request"_s, {true, QString(), std::nullopt, {}}),
        ErrorCode::NotFound, u"no-such-request"_s);
}

// --- Expiry --------------------------------------------------------------------------------

void TestApprovals::aRequestExpiresAtItsExpiryTime_data()
{
    QTest::addColumn<int>("secondsLater");
    QTest::addColumn<bool>("expired");

    QTest::newRow("a second before") << 3599 << false;
    QTest::newRow("at the expiry time") << 3600 << true;
    QTest::newRow("a second after") << 3601 << true;
    QTest::newRow("a day after") << 86400 << true;
}

void TestApprovals::aRequestExpiresAtItsExpiryTime()
{
    QFETCH(int, secondsLater);
    QFETCH(bool, expired);

    auto in = updateRequest();
    in.expiresInSecs = 3600;
    const ApprovalRequest r = requested(in);
    QVERIFY(!r.id.isEmpty());
    QCOMPARE(r.expiresAt, kT0.addSecs(3600));
    const qint64 before = head();

    g_now = kT0.addSecs(secondsLater);
    const ApprovalRequest s = stored(r.id);
    store_->setActor(u"bob"_s);
    auto d = ApprovalQueue(*store_).decide(r.id, {true, QString(), std::nullopt, {}});
    if (!expired) {
        QCOMPARE(wordOf(s.status), u"pending"_s);
        QVERIFY_OK(d);
        QCOMPARE(wordOf(d->status), u"approved"_s);
        return;
    }
    // Expired, not rejected: nobody decided, and silence is not approval.
    QCOMPARE(wordOf(s.status), u"expired"_s);
    QVERIFY(s.decidedBy.isEmpty());
    QCOMPARE(s.decidedAt, r.expiresAt);
    QVERIFY(s.approvedArguments.isEmpty());
    QVERIFY_ERROR(d, ErrorCode::Expired, u"expired"_s);
    QCOMPARE(wordOf(stored(r.id).status), u"expired"_s);

    const auto events = eventsAfter(*store_, before);
    QCOMPARE(kindsOf(events), QStringList{u"approval_expired"_s});
    QCOMPARE(events.constFirst().eventId, r.id + u":ended"_s);
    QCOMPARE(wordOf(events.constFirst().result), u"blocked"_s);
}

void TestApprovals::decidingAnExpiredRequestSaysExpired()
{
    auto in = updateRequest();
    in.expiresInSecs = 60;
    const ApprovalRequest r = requested(in);
    QVERIFY(!r.id.isEmpty());
    const qint64 before = head();

    // Nobody looked at it before its time ran out; the first decision finds it expired.
    g_now = kT0.addSecs(61);
    store_->setActor(u"bob"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).decide(r.id, {true, QString(), std::nullopt, {}}),
                  ErrorCode::Expired, u"expired"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).decide(r.id, {false, u"too late anyway"_s, std::nullopt, {}}),
                  ErrorCode::Expired, u"expired"_s);
    QCOMPARE(wordOf(stored(r.id).status), u"expired"_s);
    auto due = ApprovalQueue(*store_).expireDue();
    QVERIFY_OK(due);
    QCOMPARE(*due, 0);
    // Recorded once however often it is looked at.
    QCOMPARE(kindsOf(eventsAfter(*store_, before)), QStringList{u"approval_expired"_s});
    QVERIFY_ERROR(ApprovalQueue(*store_).recordOutcome(r.id, true, QString()), ErrorCode::Conflict,
                  u"expired"_s);
}

void TestApprovals::expireDueCountsWhatItExpired()
{
    QStringList ids;
    for (int secs : {60, 120, 600}) {
        auto in = updateRequest();
        in.expiresInSecs = secs;
        const ApprovalRequest r = requested(in);
        QVERIFY(!r.id.isEmpty());
        ids << r.id;
    }
    const qint64 before = head();
    auto none = ApprovalQueue(*store_).expireDue();
    QVERIFY_OK(none);
    QCOMPARE(*none, 0);

    g_now = kT0.addSecs(130);
    auto two = ApprovalQueue(*store_).expireDue();
    QVERIFY_OK(two);
    QCOMPARE(*two, 2);
    auto again = ApprovalQueue(*store_).expireDue();
    QVERIFY_OK(again);
    QCOMPARE(*again, 0);

    QCOMPARE(wordOf(stored(ids.at(0)).status), u"expired"_s);
    QCOMPARE(wordOf(stored(ids.at(1)).status), u"expired"_s);
    QCOMPARE(wordOf(stored(ids.at(2)).status), u"pending"_s);
    auto pending = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
    QVERIFY_OK(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->constFirst().id, ids.at(2));
    auto expiredList = ApprovalQueue(*store_).list(ApprovalStatus::Expired);
    QVERIFY_OK(expiredList);
    QCOMPARE(expiredList->size(), 2);
    QCOMPARE(kindsOf(eventsAfter(*store_, before)),
             (QStringList{u"approval_expired"_s, u"approval_expired"_s}));
}

// --- Withdrawal and outcome ----------------------------------------------------------------

void TestApprovals::endingTheConnectorWithdrawsPendingRequests_data()
{
    QTest::addColumn<QString>("transition");
    QTest::addColumn<QString>("status");
    QTest::newRow("disconnect") << u"disconnect"_s << u"disconnected"_s;
    QTest::newRow("retire") << u"retire"_s << u"retired"_s;
}

void TestApprovals::endingTheConnectorWithdrawsPendingRequests()
{
    QFETCH(QString, transition);
    QFETCH(QString, status);

    const ApprovalRequest waiting1 = requested(updateRequest());
    const ApprovalRequest waiting2 = requested(updateRequest());
    const ApprovalRequest approved = requested(updateRequest());
    const ApprovalRequest rejected = requested(updateRequest());
    store_->setActor(u"bob"_s);
    QVERIFY_OK(ApprovalQueue(*store_).decide(approved.id, {true, QString(), std::nullopt, {}}));
    QVERIFY_OK(ApprovalQueue(*store_).decide(rejected.id, {false, u"no"_s, std::nullopt, {}}));
    const qint64 before = head();

    g_now = kT0.addSecs(30);
    store_->setActor(u"owner"_s);
    const auto t = transition == u"retire"_s ? ConnectorStore::Transition::Retire
                                             : ConnectorStore::Transition::Disconnect;
    auto withdrawn = ConnectorStore(*store_).transition(u"crm"_s, t, u"kill switch"_s);
    QVERIFY_OK(withdrawn);
    QCOMPARE(*withdrawn, 2);

    for (const ApprovalRequest &w : {waiting1, waiting2}) {
        const ApprovalRequest s = stored(w.id);
        QCOMPARE(wordOf(s.status), u"withdrawn"_s);
        QCOMPARE(s.decidedAt, g_now);
        QVERIFY2(s.decisionNote.contains(status), qPrintable(s.decisionNote));
        QVERIFY(s.approvedArguments.isEmpty());
    }
    QCOMPARE(wordOf(stored(approved.id).status), u"approved"_s);
    QCOMPARE(wordOf(stored(rejected.id).status), u"rejected"_s);

    const auto events = eventsAfter(*store_, before);
    QStringList kinds = kindsOf(events);
    QCOMPARE(kinds.count(u"approval_withdrawn"_s), 2);
    QCOMPARE(kinds.count(u"connector_%1"_s.arg(status)), 1);
    QCOMPARE(kinds.size(), 3);
    for (const EvidenceEvent &e : events) {
        if (e.kind == EventKind::ApprovalWithdrawn) {
            QCOMPARE(e.actor, u"owner"_s);
            QVERIFY(e.eventId == waiting1.id + u":ended"_s ||
                    e.eventId == waiting2.id + u":ended"_s);
        }
    }

    // A withdrawn request cannot be decided any more.
    store_->setActor(u"bob"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).decide(waiting1.id, {true, QString(), std::nullopt, {}}),
                  ErrorCode::Conflict, u"withdrawn"_s);
}

void TestApprovals::theRequesterCanWithdrawOnce()
{
    const ApprovalRequest r = requested(updateRequest());
    QVERIFY(!r.id.isEmpty());
    const qint64 before = head();
    auto w = ApprovalQueue(*store_).withdraw(r.id, u"the run was cancelled"_s);
    QVERIFY_OK(w);
    QCOMPARE(wordOf(w->status), u"withdrawn"_s);
    QCOMPARE(w->decisionNote, u"the run was cancelled"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).withdraw(r.id, u"again"_s), ErrorCode::Conflict,
                  u"withdrawn"_s);
    QCOMPARE(kindsOf(eventsAfter(*store_, before)), QStringList{u"approval_withdrawn"_s});
}

void TestApprovals::anOutcomeIsRecordedOnceAndOnlyForApprovedRequests()
{
    const ApprovalRequest ran = requested(updateRequest());
    const ApprovalRequest failed = requested(updateRequest());
    const ApprovalRequest pending = requested(updateRequest());
    const ApprovalRequest rejected = requested(updateRequest());
    store_->setActor(u"bob"_s);
    QVERIFY_OK(ApprovalQueue(*store_).decide(
        ran.id, {true, QString(), QByteArray(R"({"account":"acme"})"), {}}));
    QVERIFY_OK(ApprovalQueue(*store_).decide(failed.id, {true, QString(), std::nullopt, {}}));
    QVERIFY_OK(ApprovalQueue(*store_).decide(rejected.id, {false, u"no"_s, std::nullopt, {}}));
    const qint64 before = head();

    g_now = kT0.addSecs(10);
    store_->setActor(u"gateway"_s);
    QVERIFY_OK(ApprovalQueue(*store_).recordOutcome(ran.id, true, u"account updated"_s));
    ApprovalRequest s = stored(ran.id);
    QCOMPARE(wordOf(s.outcome), u"executed"_s);
    QCOMPARE(s.outcomeAt, g_now);
    auto events = eventsAfter(*store_, before);
    QCOMPARE(kindsOf(events), QStringList{u"action_executed"_s});
    QCOMPARE(events.constFirst().actor, u"gateway"_s);
    QCOMPARE(wordOf(events.constFirst().result), u"success"_s);
    // The evidence names the arguments that ran: the edited ones.
    const QJsonObject payload = QJsonDocument::fromJson(events.constFirst().payload).object();
    QCOMPARE(payload.value(u"arguments_hash"_s).toString(), sha256Of(R"({"account":"acme"})"));

    // Once only, whichever way the second report goes.
    const qint64 afterFirst = head();
    QVERIFY_ERROR(ApprovalQueue(*store_).recordOutcome(ran.id, true, QString()),
                  ErrorCode::Conflict, u"already ran"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).recordOutcome(ran.id, false, QString()),
                  ErrorCode::Conflict, u"already ran"_s);
    QCOMPARE(wordOf(stored(ran.id).outcome), u"executed"_s);

    QVERIFY_OK(ApprovalQueue(*store_).recordOutcome(failed.id, false, u"CRM timed out"_s));
    QCOMPARE(wordOf(stored(failed.id).outcome), u"not_executed"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).recordOutcome(failed.id, true, QString()),
                  ErrorCode::Conflict, u"already ran"_s);

    // Nothing runs without an approval.
    const qint64 beforeRefusals = head();
    QVERIFY_ERROR(ApprovalQueue(*store_).recordOutcome(pending.id, true, QString()),
                  ErrorCode::Conflict, u"pending"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).recordOutcome(rejected.id, true, QString()),
                  ErrorCode::Conflict, u"rejected"_s);
    QVERIFY_ERROR(ApprovalQueue(*store_).recordOutcome(u"no-such-request"_s, true, QString()),
                  ErrorCode::NotFound, u"no-such-request"_s);
    QCOMPARE(wordOf(stored(pending.id).outcome), u"none"_s);
    QCOMPARE(wordOf(stored(rejected.id).outcome), u"none"_s);
    QCOMPARE(head(), beforeRefusals);
    QVERIFY(afterFirst < beforeRefusals);
}

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
