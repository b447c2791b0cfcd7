// The connector inventory: applying connector documents (what is added, what changed, what
// is refused), lifecycle transitions, reviews and the tool drift they make visible, each with
// the evidence it records. Runs once per back end (AIRLOCK_TEST_BACKEND).

#include "clock.h"
#include "store/canonicaljson.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/store.h"
#include "store/toolstore.h"
#include "testassertions.h"
#include "testfixtures.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::connectorJson;
using airlock::test::documentOf;
using airlock::test::eventsAfter;
using airlock::test::g_now;
using airlock::test::headOf;
using airlock::test::kindsOf;
using airlock::test::kT0;
using airlock::test::ofKind;
using airlock::test::TempStore;
using airlock::test::textOf;

namespace {

ConnectorStore::Transition transitionOf(const QString &word)
{
    for (auto t : {ConnectorStore::Transition::Pause, ConnectorStore::Transition::Resume,
                   ConnectorStore::Transition::Disconnect, ConnectorStore::Transition::Reconnect,
                   ConnectorStore::Transition::Retire}) {
        if (transitionWord(t) == word)
            return t;
    }
    qFatal("bad transition in test table: %s", qPrintable(word));
}

QJsonObject toolNamed(const QJsonObject &connector, const QString &name)
{
    for (const QJsonValue &t : connector.value(u"tools"_s).toArray()) {
        if (t.toObject().value(u"name"_s).toString() == name)
            return t.toObject();
    }
    return {};
}

// The fixture with one tool's JSON replaced (or added when absent).
QJsonObject withTool(QJsonObject connector, const QJsonObject &tool)
{
    QJsonArray tools = connector.value(u"tools"_s).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < tools.size(); ++i) {
        if (tools.at(i).toObject().value(u"name"_s) == tool.value(u"name"_s)) {
            tools[i] = tool;
            replaced = true;
        }
    }
    if (!replaced)
        tools.append(tool);
    connector[u"tools"_s] = tools;
    return connector;
}

} // namespace

class TestConnectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Connectors
    void applyingANewConnectorAddsItWithEvidence();
    void reapplyingAnUnchangedDocumentChangesNothing();
    void applyingAChangeRecordsWhatChanged_data();
    void applyingAChangeRecordsWhatChanged();
    void applyingSeveralChangesRecordsOneEventPerKind();
    void applyCannotChangeTheStatus();
    void applyingADocumentThatStatesNoStatusKeepsTheCurrentOne();
    void badDocumentsAreRefusedNamingTheField_data();
    void badDocumentsAreRefusedNamingTheField();
    void aStaleRevisionIsAConflict();
    void lifecycleTransitionsFollowTheRules_data();
    void lifecycleTransitionsFollowTheRules();
    void transitionOfAnUnknownConnectorIsNotFound();

    // Reviews and drift
    void reviewSnapshotsTheConnectorAndMarksItsToolsReviewed();
    void aToolDefinitionChangedAfterReviewIsDrift_data();
    void aToolDefinitionChangedAfterReviewIsDrift();
    void aToolFirstSeenAfterReviewIsNew();
};

void TestConnectors::initTestCase()
{
    TempStore temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
}

void TestConnectors::init()
{
    g_now = kT0;
    setClockForTesting([] { return g_now; });
}

void TestConnectors::cleanup()
{
    setClockForTesting({});
}

// --- Connectors ----------------------------------------------------------------------------

void TestConnectors::applyingANewConnectorAddsItWithEvidence()
{
    TempStore temp;
    auto store = temp.open(u"lead@example.com"_s);
    QVERIFY(store);
    auto applied = ConnectorStore(*store).apply(documentOf(connectorJson()), u"pilot for sales"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->applied, ConnectorStore::Applied::Added);

    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->purpose, u"Lets the sales assistant read and update small-business accounts"_s);
    QCOMPARE(crm->owner, u"sales-ops@example.com"_s);
    QCOMPARE(wordOf(crm->kind), u"business_app"_s);
    QCOMPARE(wordOf(crm->status), u"active"_s);
    QCOMPARE(wordOf(crm->lifecycle), u"limited"_s);
    QCOMPARE(wordOf(crm->mode), u"any_changes"_s);
    QCOMPARE(crm->powers.toString(), u"read,search,write"_s);
    QCOMPARE(crm->scope.size(), 2);
    QCOMPARE(crm->scope.at(1).pattern, u"crm:accounts/*/fields/ssn"_s);
    QCOMPARE(crm->scope.at(1).effect, ScopeRule::Effect::Exclude);
    QCOMPARE(crm->identity.principal, u"svc-sales-assistant"_s);
    QCOMPARE(crm->identity.lastRotated, QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(crm->freshnessLimitSecs, 3600);
    QCOMPARE(crm->createdAt, kT0);
    QCOMPARE(crm->revision, 1);

    const auto events = eventsAfter(*store, 0);
    const auto added = ofKind(events, EventKind::ConnectorAdded);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().actor, u"lead@example.com"_s);
    QCOMPARE(added.constFirst().connector, u"crm"_s);
    QCOMPARE(added.constFirst().at, kT0);
    QVERIFY2(added.constFirst().summary.contains(u"pilot for sales"_s),
             qPrintable(added.constFirst().summary));
    QCOMPARE(ofKind(events, EventKind::ToolDiscovered).size(), 2);

    auto tools = ToolStore(*store).forConnector(u"crm"_s);
    QVERIFY_OK(tools);
    QCOMPARE(tools->size(), 2);
    QCOMPARE(wordOf(tools->at(0).effectivePower()), u"read"_s);  // get_account, read-only
    QCOMPARE(wordOf(tools->at(1).effectivePower()), u"write"_s); // update_account
    for (const Tool &t : *tools)
        QCOMPARE(wordOf(t.reviewState), u"new"_s);
}

void TestConnectors::reapplyingAnUnchangedDocumentChangesNothing()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"first"_s));
    const qint64 head = headOf(*store);

    g_now = kT0.addSecs(60);
    auto again = ConnectorStore(*store).apply(documentOf(connectorJson()), u"again"_s);
    QVERIFY_OK(again);
    QCOMPARE(again->applied, ConnectorStore::Applied::Unchanged);
    QVERIFY2(again->changes.isEmpty(), qPrintable(again->changes.join(u"; ")));
    QCOMPARE(headOf(*store), head);
    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->revision, 1);
}

void TestConnectors::applyingAChangeRecordsWhatChanged_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("change");

    QJsonArray scope = connectorJson().value(u"scope"_s).toArray();
    scope.append(
        QJsonObject{{u"effect"_s, u"exclude"_s}, {u"pattern"_s, u"crm:accounts/*/fields/iban"_s}});
    QJsonObject identity = connectorJson().value(u"identity"_s).toObject();
    identity[u"principal"_s] = u"svc-other"_s;

    QTest::newRow("scope") << u"scope"_s << QJsonValue(scope) << u"scope_changed"_s
                           << u"scope rules"_s;
    QTest::newRow("powers") << u"powers"_s << QJsonValue(QJsonArray{u"read"_s, u"search"_s})
                            << u"powers_changed"_s << u"powers read,search,write → read,search"_s;
    QTest::newRow("mode") << u"permission_mode"_s << QJsonValue(u"always_ask"_s)
                          << u"mode_changed"_s << u"permission mode any_changes → always_ask"_s;
    QTest::newRow("triggers") << u"triggers"_s
                              << QJsonValue(
                                     QJsonArray{QJsonObject{{u"trigger"_s, u"production_write"_s},
                                                            {u"pattern"_s, u"crm:**"_s}}})
                              << u"mode_changed"_s << u"approval triggers"_s;
    QTest::newRow("purpose") << u"purpose"_s << QJsonValue(u"Read accounts only"_s)
                             << u"connector_changed"_s << u"purpose"_s;
    QTest::newRow("identity") << u"identity"_s << QJsonValue(identity) << u"connector_changed"_s
                              << u"identity"_s;
}

void TestConnectors::applyingAChangeRecordsWhatChanged()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, kind);
    QFETCH(QString, change);

    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"first"_s));
    const qint64 head = headOf(*store);

    QJsonObject changed = connectorJson();
    changed[field] = value;
    store->setActor(u"owner"_s);
    auto applied = ConnectorStore(*store).apply(documentOf(changed), u"ticket 42"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->applied, ConnectorStore::Applied::Changed);
    QCOMPARE(applied->changes, QStringList{change});

    const auto events = eventsAfter(*store, head);
    QCOMPARE(kindsOf(events), QStringList{kind});
    QCOMPARE(events.constFirst().actor, u"owner"_s);
    QCOMPARE(events.constFirst().connector, u"crm"_s);
    QVERIFY2(events.constFirst().summary.contains(change), qPrintable(events.constFirst().summary));
    QVERIFY2(events.constFirst().summary.contains(u"ticket 42"_s),
             qPrintable(events.constFirst().summary));

    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->revision, 2);
    if (field == u"identity"_s)
        QCOMPARE(crm->identity.principal, u"svc-other"_s);
    else
        QCOMPARE(connectorToJson(*crm).value(field), value);
}

void TestConnectors::applyingSeveralChangesRecordsOneEventPerKind()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"first"_s));
    const qint64 head = headOf(*store);

    QJsonObject changed = connectorJson();
    changed[u"scope"_s] = QJsonArray{QJsonObject{
        {u"effect"_s, u"include"_s}, {u"pattern"_s, u"crm:accounts/segment=smb/acme/**"_s}}};
    changed[u"powers"_s] = QJsonArray{u"read"_s};
    changed[u"permission_mode"_s] = u"always_ask"_s;
    auto applied = ConnectorStore(*store).apply(documentOf(changed), u"narrowed after incident"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->applied, ConnectorStore::Applied::Changed);
    QStringList kinds = kindsOf(eventsAfter(*store, head));
    kinds.sort();
    QCOMPARE(kinds, (QStringList{u"mode_changed"_s, u"powers_changed"_s, u"scope_changed"_s}));
    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->revision, 2);
    QCOMPARE(crm->scope.size(), 1);
    QCOMPARE(crm->powers.toString(), u"read"_s);
}

void TestConnectors::applyCannotChangeTheStatus()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"first"_s));
    const qint64 head = headOf(*store);

    QJsonObject paused = connectorJson();
    paused[u"status"_s] = u"paused"_s;
    paused[u"purpose"_s] = u"also change something allowed"_s;
    QVERIFY_ERROR(ConnectorStore(*store).apply(documentOf(paused), u"sneaky"_s),
                  ErrorCode::InvalidArgument, u"'status'"_s);
    QCOMPARE(headOf(*store), head);
    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(wordOf(crm->status), u"active"_s);
    QCOMPARE(crm->revision, 1);
    QCOMPARE(crm->purpose, connectorJson().value(u"purpose"_s).toString());
}

void TestConnectors::applyingADocumentThatStatesNoStatusKeepsTheCurrentOne()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));
    QVERIFY_OK(connectors.transition(u"crm"_s, ConnectorStore::Transition::Pause, u"incident"_s));
    QVERIFY(!connectorJson().contains(u"status"_s));

    // The description file says nothing about status: editing it while the connector is
    // paused must not be read as a request to make it active.
    QJsonObject edited = connectorJson();
    edited[u"purpose"_s] = u"Read accounts only, while the incident is open"_s;
    auto applied = connectors.apply(documentOf(edited), u"narrowed while paused"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->applied, ConnectorStore::Applied::Changed);
    auto crm = connectors.get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(wordOf(crm->status), u"paused"_s);
    QCOMPARE(crm->purpose, u"Read accounts only, while the incident is open"_s);

    // Stating the current status is not a change either.
    edited[u"status"_s] = u"paused"_s;
    auto again = connectors.apply(documentOf(edited), u"same again"_s);
    QVERIFY_OK(again);
    QCOMPARE(again->applied, ConnectorStore::Applied::Unchanged);
}

void TestConnectors::badDocumentsAreRefusedNamingTheField_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fragment");

    const QJsonObject good = connectorJson();
    auto with = [&](const QString &key, const QJsonValue &v) {
        QJsonObject o = good;
        o[key] = v;
        return textOf(o);
    };
    QJsonObject noName = good;
    noName.remove(u"name"_s);
    QJsonObject noKind = good;
    noKind.remove(u"kind"_s);
    QJsonObject badExpiry = good.value(u"identity"_s).toObject();
    badExpiry[u"expires"_s] = u"soon"_s;
    QJsonArray badScope = good.value(u"scope"_s).toArray();
    badScope[1] = QJsonObject{{u"effect"_s, u"maybe"_s}, {u"pattern"_s, u"crm:**"_s}};
    QJsonArray namelessTool{QJsonObject{{u"description"_s, u"no name"_s}}};

    QTest::newRow("malformed JSON") << textOf(good).left(60) << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[\"crm\"]") << u"one JSON object"_s;
    QTest::newRow("unknown field") << with(u"colour"_s, u"blue"_s) << u"unknown field 'colour'"_s;
    QTest::newRow("bad power word")
        << with(u"powers"_s, QJsonArray{u"read"_s, u"teleport"_s}) << u"'powers[1]'"_s;
    QTest::newRow("missing name") << textOf(noName) << u"'name' is required"_s;
    QTest::newRow("blank name") << with(u"name"_s, u"   "_s) << u"'name'"_s;
    QTest::newRow("name with a slash") << with(u"name"_s, u"crm/prod"_s) << u"'name'"_s;
    QTest::newRow("missing kind") << textOf(noKind) << u"'kind' is required"_s;
    QTest::newRow("bad kind") << with(u"kind"_s, u"spaceship"_s) << u"'kind'"_s;
    QTest::newRow("bad time") << with(u"next_review_due"_s, u"next tuesday"_s)
                              << u"'next_review_due'"_s;
    QTest::newRow("bad identity time") << with(u"identity"_s, badExpiry) << u"'identity.expires'"_s;
    QTest::newRow("bad scope effect") << with(u"scope"_s, badScope) << u"'scope[1].effect'"_s;
    QTest::newRow("negative freshness")
        << with(u"freshness_limit_s"_s, -5) << u"'freshness_limit_s'"_s;
    QTest::newRow("tool without a name") << with(u"tools"_s, namelessTool) << u"'tools[0].name'"_s;
    QTest::newRow("bad mode") << with(u"permission_mode"_s, u"sometimes"_s)
                              << u"'permission_mode'"_s;
}

void TestConnectors::badDocumentsAreRefusedNamingTheField()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fragment);

    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    auto doc = connectorDocumentFromText(text, u"crm.json"_s);
    QVERIFY_ERROR(doc, ErrorCode::InvalidArgument, fragment);
    QVERIFY2(doc.message().startsWith(u"crm.json"_s), qPrintable(doc.message()));
    auto listed = ConnectorStore(*store).list();
    QVERIFY_OK(listed);
    QVERIFY(listed->isEmpty());
    QCOMPARE(headOf(*store), 0);
}

void TestConnectors::aStaleRevisionIsAConflict()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));

    QJsonObject first = connectorJson();
    first[u"purpose"_s] = u"edited by the first editor"_s;
    auto ok = connectors.apply(documentOf(first), u"edit 1"_s, qint64(1));
    QVERIFY_OK(ok);
    const qint64 head = headOf(*store);

    // A second editor started from revision 1 too.
    QJsonObject second = connectorJson();
    second[u"purpose"_s] = u"edited by the second editor"_s;
    QVERIFY_ERROR(connectors.apply(documentOf(second), u"edit 2"_s, qint64(1)), ErrorCode::Conflict,
                  u"revision 2"_s);
    QCOMPARE(headOf(*store), head);
    auto crm = connectors.get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->purpose, u"edited by the first editor"_s);
    QCOMPARE(crm->revision, 2);

    // Editing a connector that is not there (any more) is a conflict too.
    QJsonObject gone = connectorJson();
    gone[u"name"_s] = u"gone"_s;
    QVERIFY_ERROR(connectors.apply(documentOf(gone), u"edit"_s, qint64(3)), ErrorCode::Conflict,
                  u"gone"_s);
    auto found = connectors.find(u"gone"_s);
    QVERIFY_OK(found);
    QVERIFY(!found->has_value());
}

void TestConnectors::lifecycleTransitionsFollowTheRules_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QString>("transition");
    QTest::addColumn<QString>("status"); // the status afterwards, or the one named by the refusal
    QTest::addColumn<QString>("kind");   // the event recorded; empty when refused

    QTest::newRow("pause an active one")
        << QStringList() << u"pause"_s << u"paused"_s << u"connector_paused"_s;
    QTest::newRow("resume a paused one")
        << QStringList{u"pause"_s} << u"resume"_s << u"active"_s << u"connector_resumed"_s;
    QTest::newRow("disconnect an active one")
        << QStringList() << u"disconnect"_s << u"disconnected"_s << u"connector_disconnected"_s;
    QTest::newRow("disconnect a paused one") << QStringList{u"pause"_s} << u"disconnect"_s
                                             << u"disconnected"_s << u"connector_disconnected"_s;
    QTest::newRow("reconnect") << QStringList{u"disconnect"_s} << u"reconnect"_s << u"active"_s
                               << u"connector_reconnected"_s;
    QTest::newRow("retire an active one")
        << QStringList() << u"retire"_s << u"retired"_s << u"connector_retired"_s;
    QTest::newRow("retire a disconnected one")
        << QStringList{u"disconnect"_s} << u"retire"_s << u"retired"_s << u"connector_retired"_s;

    QTest::newRow("resume an active one")
        << QStringList() << u"resume"_s << u"active"_s << QString();
    QTest::newRow("pause a paused one")
        << QStringList{u"pause"_s} << u"pause"_s << u"paused"_s << QString();
    QTest::newRow("reconnect an active one")
        << QStringList() << u"reconnect"_s << u"active"_s << QString();
    QTest::newRow("pause a disconnected one")
        << QStringList{u"disconnect"_s} << u"pause"_s << u"disconnected"_s << QString();
    QTest::newRow("resume a disconnected one")
        << QStringList{u"disconnect"_s} << u"resume"_s << u"disconnected"_s << QString();
    QTest::newRow("reconnect a retired one")
        << QStringList{u"retire"_s} << u"reconnect"_s << u"retired"_s << QString();
    QTest::newRow("resume a retired one")
        << QStringList{u"retire"_s} << u"resume"_s << u"retired"_s << QString();
    QTest::newRow("retire a retired one")
        << QStringList{u"retire"_s} << u"retire"_s << u"retired"_s << QString();
}

void TestConnectors::lifecycleTransitionsFollowTheRules()
{
    QFETCH(QStringList, before);
    QFETCH(QString, transition);
    QFETCH(QString, status);
    QFETCH(QString, kind);

    TempStore temp;
    auto store = temp.open(u"owner"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));
    for (const QString &t : before)
        QVERIFY_OK(connectors.transition(u"crm"_s, transitionOf(t), u"setting up"_s));
    auto was = connectors.get(u"crm"_s);
    QVERIFY_OK(was);
    const qint64 head = headOf(*store);

    g_now = kT0.addSecs(300);
    const QString reason = u"suspicious export at 02:00"_s;
    auto done = connectors.transition(u"crm"_s, transitionOf(transition), reason);
    auto now = connectors.get(u"crm"_s);
    QVERIFY_OK(now);
    if (kind.isEmpty()) {
        QVERIFY_ERROR(done, ErrorCode::Conflict, u"it is "_s + status);
        QVERIFY2(done.message().contains(transition), qPrintable(done.message()));
        QCOMPARE(wordOf(now->status), status);
        QCOMPARE(now->revision, was->revision);
        QCOMPARE(headOf(*store), head);
        return;
    }
    QVERIFY_OK(done);
    QCOMPARE(*done, 0); // no pending approvals to withdraw
    QCOMPARE(wordOf(now->status), status);
    QCOMPARE(now->revision, was->revision + 1);
    QCOMPARE(now->updatedAt, g_now);
    if (status == u"retired"_s)
        QCOMPARE(wordOf(now->lifecycle), u"retired"_s);

    const auto events = eventsAfter(*store, head);
    QCOMPARE(kindsOf(events), QStringList{kind});
    const EvidenceEvent &e = events.constFirst();
    QCOMPARE(e.actor, u"owner"_s);
    QCOMPARE(e.connector, u"crm"_s);
    QCOMPARE(e.at, g_now);
    QVERIFY2(e.summary.contains(reason), qPrintable(e.summary));
    const QJsonObject payload = QJsonDocument::fromJson(e.payload).object();
    QCOMPARE(payload.value(u"reason"_s).toString(), reason);
    QCOMPARE(payload.value(u"from"_s).toString(), wordOf(was->status));
    QCOMPARE(payload.value(u"to"_s).toString(), status);
}

void TestConnectors::transitionOfAnUnknownConnectorIsNotFound()
{
    TempStore temp;
    auto store = temp.open(u"owner"_s);
    QVERIFY(store);
    QVERIFY_ERROR(ConnectorStore(*store).transition(u"nope"_s,
                                                    ConnectorStore::Transition::Disconnect, u"x"_s),
                  ErrorCode::NotFound, u"'nope'"_s);
    QCOMPARE(headOf(*store), 0);
}

// --- Reviews and drift ----------------------------------------------------------------------

void TestConnectors::reviewSnapshotsTheConnectorAndMarksItsToolsReviewed()
{
    TempStore temp;
    auto store = temp.open(u"owner"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));
    const qint64 head = headOf(*store);

    g_now = kT0.addSecs(3600);
    store->setActor(u"lead"_s);
    auto review = connectors.recordReview(u"crm"_s, u"quarterly review, scope is fine"_s, 30);
    QVERIFY_OK(review);
    QCOMPARE(review->connector, u"crm"_s);
    QCOMPARE(review->reviewedBy, u"lead"_s);
    QCOMPARE(review->reviewedAt, g_now);
    QCOMPARE(review->note, u"quarterly review, scope is fine"_s);

    const QJsonObject snapshot = QJsonDocument::fromJson(review->snapshot).object();
    QCOMPARE(snapshot.value(u"name"_s).toString(), u"crm"_s);
    QCOMPARE(snapshot.value(u"powers"_s).toArray(),
             (QJsonArray{u"read"_s, u"search"_s, u"write"_s}));
    QCOMPARE(snapshot.value(u"scope"_s).toArray().size(), 2);
    QStringList toolNames;
    for (const QJsonValue &t : snapshot.value(u"tools"_s).toArray()) {
        toolNames << t.toObject().value(u"name"_s).toString();
        QCOMPARE(t.toObject().value(u"review_state"_s).toString(), u"reviewed"_s);
        QVERIFY(!t.toObject().value(u"definition_hash"_s).toString().isEmpty());
    }
    QCOMPARE(toolNames, (QStringList{u"get_account"_s, u"update_account"_s}));

    auto latest = connectors.latestReview(u"crm"_s);
    QVERIFY_OK(latest);
    QVERIFY(latest->has_value());
    QCOMPARE((*latest)->id, review->id);
    QCOMPARE((*latest)->snapshot, review->snapshot);

    auto tools = ToolStore(*store).forConnector(u"crm"_s);
    QVERIFY_OK(tools);
    for (const Tool &t : *tools) {
        QCOMPARE(wordOf(t.reviewState), u"reviewed"_s);
        QCOMPARE(t.reviewedHash, t.definitionHash);
        QVERIFY(!t.hasDrifted());
    }
    auto crm = connectors.get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->lastReviewBy, u"lead"_s);
    QCOMPARE(crm->lastReviewAt, g_now);
    QCOMPARE(crm->nextReviewDue, g_now.addDays(30));

    const auto events = eventsAfter(*store, head);
    QCOMPARE(kindsOf(events), QStringList{u"review_recorded"_s});
    const QJsonObject payload = QJsonDocument::fromJson(events.constFirst().payload).object();
    QCOMPARE(payload.value(u"review_id"_s).toString(), review->id);
    QCOMPARE(payload.value(u"snapshot_sha256"_s).toString(),
             QString::fromLatin1(sha256Hex(review->snapshot)));

    // Applying the same document again keeps the review facts (they come from reviews).
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"again"_s));
    crm = connectors.get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->lastReviewBy, u"lead"_s);
    QCOMPARE(crm->nextReviewDue, g_now.addDays(30));
}

void TestConnectors::aToolDefinitionChangedAfterReviewIsDrift_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("description")
        << u"description"_s
        << QJsonValue(u"Change fields of one account; also deletes it when asked"_s);
    QTest::newRow("annotations") << u"annotations"_s
                                 << QJsonValue(QJsonObject{{u"readOnlyHint"_s, false}});
    QTest::newRow("input schema")
        << u"input_schema"_s
        << QJsonValue(QJsonObject{
               {u"type"_s, u"object"_s},
               {u"properties"_s, QJsonObject{{u"sql"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}});
}

void TestConnectors::aToolDefinitionChangedAfterReviewIsDrift()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);

    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));
    QVERIFY_OK(connectors.recordReview(u"crm"_s, u"ok"_s));
    const qint64 head = headOf(*store);

    QJsonObject tool = toolNamed(connectorJson(), u"update_account"_s);
    tool[key] = value;
    store->setActor(u"gateway"_s);
    auto applied = connectors.apply(documentOf(withTool(connectorJson(), tool)), u"tools/list"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->applied, ConnectorStore::Applied::Changed);
    QCOMPARE(applied->changes, QStringList{u"tool update_account changed"_s});

    auto changed = ToolStore(*store).find(u"crm"_s, u"update_account"_s);
    QVERIFY_OK(changed);
    QVERIFY(changed->has_value());
    QCOMPARE(wordOf((*changed)->reviewState), u"changed"_s);
    QVERIFY((*changed)->hasDrifted());
    QVERIFY((*changed)->definitionHash != (*changed)->reviewedHash);
    auto untouched = ToolStore(*store).find(u"crm"_s, u"get_account"_s);
    QVERIFY_OK(untouched);
    QCOMPARE(wordOf((*untouched)->reviewState), u"reviewed"_s);
    QVERIFY(!(*untouched)->hasDrifted());

    // The tool's drift, and the connector change that carries the reason.
    const auto events = eventsAfter(*store, head);
    const auto toolChanged = ofKind(events, EventKind::ToolChanged);
    QCOMPARE(toolChanged.size(), 1);
    QCOMPARE(toolChanged.constFirst().tool, u"update_account"_s);
    QCOMPARE(toolChanged.constFirst().actor, u"gateway"_s);
    const auto connectorChanged = ofKind(events, EventKind::ConnectorChanged);
    QCOMPARE(connectorChanged.size(), 1);
    QVERIFY2(connectorChanged.constFirst().summary.contains(u"tools/list"_s),
             qPrintable(connectorChanged.constFirst().summary));
    QCOMPARE(events.size(), 2);

    // Going back to exactly what was reviewed is no longer drift.
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"reverted"_s));
    changed = ToolStore(*store).find(u"crm"_s, u"update_account"_s);
    QVERIFY_OK(changed);
    QCOMPARE(wordOf((*changed)->reviewState), u"reviewed"_s);
}

void TestConnectors::aToolFirstSeenAfterReviewIsNew()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));
    QVERIFY_OK(connectors.recordReview(u"crm"_s, u"ok"_s));
    const qint64 head = headOf(*store);

    const QJsonObject added{{u"name"_s, u"delete_account"_s},
                            {u"description"_s, u"Delete one account"_s},
                            {u"annotations"_s, QJsonObject{{u"destructiveHint"_s, true}}}};
    auto applied = connectors.apply(documentOf(withTool(connectorJson(), added)), u"tools/list"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->changes, QStringList{u"tool delete_account added"_s});
    auto tool = ToolStore(*store).find(u"crm"_s, u"delete_account"_s);
    QVERIFY_OK(tool);
    QVERIFY(tool->has_value());
    QCOMPARE(wordOf((*tool)->reviewState), u"new"_s);
    QVERIFY((*tool)->hasDrifted());
    const auto events = eventsAfter(*store, head);
    QCOMPARE(ofKind(events, EventKind::ToolDiscovered).size(), 1);
    QCOMPARE(ofKind(events, EventKind::ToolDiscovered).constFirst().tool, u"delete_account"_s);
    QCOMPARE(ofKind(events, EventKind::ConnectorChanged).size(), 1);
    QCOMPARE(events.size(), 2);

    // The next review covers it.
    QVERIFY_OK(connectors.recordReview(u"crm"_s, u"delete reviewed"_s));
    tool = ToolStore(*store).find(u"crm"_s, u"delete_account"_s);
    QVERIFY_OK(tool);
    QCOMPARE(wordOf((*tool)->reviewState), u"reviewed"_s);
}

QTEST_GUILESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
