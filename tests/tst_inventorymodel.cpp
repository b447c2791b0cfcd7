// The connector inventory: the summaries read from a real store (checked against the demo and
// against independent counts from the evidence chain, the tool store and the approval queue),
// and the table model over them under QAbstractItemModelTester, through live updates.
// Runs once per back end (AIRLOCK_TEST_BACKEND).

#include "clock.h"
#include "demo/demogenerator.h"
#include "demo/demoworld.h"
#include "inventory/connectorsummary.h"
#include "inventory/connectortablemodel.h"
#include "inventory/connectorview.h"
#include "inventory/readiness.h"
#include "store/approvalqueue.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/store.h"
#include "store/toolstore.h"
#include "testassertions.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::TempStore;

namespace {

QDateTime g_fixedNow;

// Every event of the chain, read page by page: the independent side of the comparisons.
QList<EvidenceEvent> allEvents(Store &store)
{
    QList<EvidenceEvent> all;
    qint64 after = 0;
    for (;;) {
        auto page = EvidenceChain(store).page(after, 1000);
        if (!page || page->isEmpty())
            return all;
        after = page->constLast().seq;
        all += *page;
    }
}

ConnectorSummary synthetic(const QString &name, int blocked, const QDateTime &lastActivity = {})
{
    ConnectorSummary s;
    s.connector.name = name;
    s.connector.targetSystem = u"System of "_s + name;
    s.connector.powers = {Power::Read, Power::Search};
    s.connector.scope = {{ScopeRule::Effect::Include, u"x:"_s + name + u"/**"_s}};
    s.blockedLast7Days = blocked;
    s.lastActivity = lastActivity;
    return s;
}

QStringList namesInProxyOrder(const QSortFilterProxyModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, 0).data(ConnectorTableModel::NameRole).toString();
    return names;
}

} // namespace

class TestInventoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // Summaries from the store
    void summariesListTheDemoConnectors();
    void blockedAttemptsInSevenDaysMatchTheEvidenceChain();
    void toolCountsAndDriftMatchTheToolStore();
    void pendingApprovalsSumToTheQueue();
    void lastActivityIsTheConnectorsNewestEvent();
    void blockedPerDayCountsEachUtcDay();
    void blockedPerDayRefusesFewerThanOneDay();
    void anEmptyStoreHasNoSummaries();

    // The model
    void modelFollowsUpdatesUnderTheTester();
    void sameConnectorsInAnotherOrderKeepTheirRows();
    void rolesCarryTheSemanticValues();
    void displayTextsAndHeaders();
    void overdueMeansTheNextReviewIsPast();
    void sortRoleOrdersTimesAndCountsNumerically();
    void tenThousandSummariesLoadAndUpdate();

    // Last: it changes the shared store
    void aChangeInTheStoreUpdatesOnlyItsRow();

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
};

void TestInventoryModel::initTestCase()
{
    temp_ = std::make_unique<TempStore>();
    QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
    store_ = temp_->open(u"tester"_s);
    QVERIFY(store_);
    auto seeded = seedDemo(*store_, 1);
    QVERIFY_OK(seeded);
    QCOMPARE(seeded->connectors, 6);
    // The demo's times are relative to the real clock; freeze it now so the 7-day window
    // and "overdue" cannot move between the query and the independent count.
    g_fixedNow = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    setClockForTesting([] { return g_fixedNow; });
}

void TestInventoryModel::cleanupTestCase()
{
    setClockForTesting({});
    store_.reset();
    temp_.reset();
}

// --- Summaries from the store -------------------------------------------------------------

void TestInventoryModel::summariesListTheDemoConnectors()
{
    auto summaries = InventoryQuery(*store_).summaries();
    QVERIFY_OK(summaries);
    QCOMPARE(summaries->size(), 6);

    auto connectors = ConnectorStore(*store_).list();
    QVERIFY_OK(connectors);
    QStringList expectedNames;
    for (const Connector &c : *connectors)
        expectedNames << c.name;
    QStringList names;
    for (const ConnectorSummary &s : *summaries)
        names << s.connector.name;
    QCOMPARE(names, expectedNames);

    for (const ConnectorSummary &s : *summaries) {
        const bool facility = s.connector.name == demo::kFacility;
        QCOMPARE(s.connector.status, facility ? ConnectorStatus::Paused : ConnectorStatus::Active);
        QVERIFY2(s.toolCount > 0, qPrintable(s.connector.name));
    }
}

void TestInventoryModel::blockedAttemptsInSevenDaysMatchTheEvidenceChain()
{
    auto summaries = InventoryQuery(*store_).summaries();
    QVERIFY_OK(summaries);

    const QDateTime since = currentTime().addDays(-7);
    QHash<QString, int> expected;
    for (const EvidenceEvent &e : allEvents(*store_)) {
        if (e.kind == EventKind::Blocked && e.at >= since)
            ++expected[e.connector];
    }

    int withBlocked = 0;
    for (const ConnectorSummary &s : *summaries) {
        QCOMPARE(s.blockedLast7Days, expected.value(s.connector.name));
        if (s.blockedLast7Days > 0)
            ++withBlocked;
    }
    QVERIFY2(withBlocked >= 2,
             qPrintable(u"%1 connector(s) with blocked attempts"_s.arg(withBlocked)));
}

void TestInventoryModel::toolCountsAndDriftMatchTheToolStore()
{
    auto summaries = InventoryQuery(*store_).summaries();
    QVERIFY_OK(summaries);
    for (const ConnectorSummary &s : *summaries) {
        auto tools = ToolStore(*store_).forConnector(s.connector.name);
        QVERIFY_OK(tools);
        QCOMPARE(s.toolCount, tools->size());
        const auto drifted = std::count_if(tools->cbegin(), tools->cend(),
                                           [](const Tool &t) { return t.hasDrifted(); });
        QCOMPARE(s.driftedTools, int(drifted));
        // Slack gained invite_to_channel after its review; every other connector is as reviewed.
        QCOMPARE(s.driftedTools, s.connector.name == demo::kChat ? 1 : 0);
    }
}

void TestInventoryModel::pendingApprovalsSumToTheQueue()
{
    auto pending = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
    QVERIFY_OK(pending);
    QVERIFY(!pending->isEmpty());
    QHash<QString, int> perConnector;
    for (const ApprovalRequest &r : *pending)
        ++perConnector[r.connector];

    auto summaries = InventoryQuery(*store_).summaries();
    QVERIFY_OK(summaries);
    int sum = 0;
    for (const ConnectorSummary &s : *summaries) {
        QCOMPARE(s.pendingApprovals, perConnector.value(s.connector.name));
        sum += s.pendingApprovals;
    }
    QCOMPARE(sum, pending->size());
}

void TestInventoryModel::lastActivityIsTheConnectorsNewestEvent()
{
    QHash<QString, QDateTime> newest;
    for (const EvidenceEvent &e : allEvents(*store_)) {
        QDateTime &t = newest[e.connector];
        if (!t.isValid() || e.at > t)
            t = e.at;
    }
    auto summaries = InventoryQuery(*store_).summaries();
    QVERIFY_OK(summaries);
    for (const ConnectorSummary &s : *summaries) {
        QVERIFY(s.lastActivity.isValid());
        QCOMPARE(s.lastActivity, newest.value(s.connector.name));
    }
}

void TestInventoryModel::blockedPerDayCountsEachUtcDay()
{
    const QDate today = currentTime().date();
    const auto events = allEvents(*store_);
    for (const QString &name : {demo::kCrm, demo::kChat, demo::kDesk, demo::kDocs}) {
        auto perDay = InventoryQuery(*store_).blockedPerDay(name, 10);
        QVERIFY_OK(perDay);
        QCOMPARE(perDay->size(), 10);
        QCOMPARE(perDay->constLast().first, today);
        QHash<QDate, int> expected;
        for (const EvidenceEvent &e : events) {
            if (e.connector == name && e.kind == EventKind::Blocked)
                ++expected[e.at.date()];
        }
        for (int i = 0; i < perDay->size(); ++i) {
            const auto &[day, count] = perDay->at(i);
            QCOMPARE(day, today.addDays(i - 9));
            QCOMPARE(count, expected.value(day));
        }
    }

    auto unknown = InventoryQuery(*store_).blockedPerDay(u"no such connector"_s, 3);
    QVERIFY_OK(unknown);
    QCOMPARE(unknown->size(), 3);
    for (const auto &day : *unknown)
        QCOMPARE(day.second, 0);
}

void TestInventoryModel::blockedPerDayRefusesFewerThanOneDay()
{
    QVERIFY_ERROR(InventoryQuery(*store_).blockedPerDay(demo::kCrm, 0), ErrorCode::InvalidArgument,
                  u"day"_s);
}

void TestInventoryModel::anEmptyStoreHasNoSummaries()
{
    TempStore temp;
    auto store = temp.open();
    QVERIFY(store);
    auto summaries = InventoryQuery(*store).summaries();
    QVERIFY_OK(summaries);
    QVERIFY(summaries->isEmpty());
}

// --- The model ------------------------------------------------------------------------------

void TestInventoryModel::modelFollowsUpdatesUnderTheTester()
{
    auto summaries = InventoryQuery(*store_).summaries();
    QVERIFY_OK(summaries);
    const QList<ConnectorSummary> full = *summaries;

    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.setSummaries(full);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(ConnectorTableModel::ColumnCount));

    // The same list again: nothing to tell.
    model.setSummaries(full);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changes.size(), 0);

    // One status changed: that row alone reports a change; a selection on it survives.
    const int row = model.rowOf(demo::kErp);
    QVERIFY(row >= 0);
    const QPersistentModelIndex selected = model.index(row, ConnectorTableModel::StatusColumn);
    QList<ConnectorSummary> changed = full;
    changed[row].connector.status = ConnectorStatus::Disconnected;
    model.setSummaries(changed);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(changes.size(), 1);
    const auto topLeft = changes.constFirst().at(0).value<QModelIndex>();
    const auto bottomRight = changes.constFirst().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), ConnectorTableModel::ColumnCount - 1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), row);
    QCOMPARE(selected.data(ConnectorTableModel::StatusRole).toInt(),
             int(ConnectorStatus::Disconnected));

    // One connector gone: the set changed, one reset.
    QList<ConnectorSummary> removed = changed;
    removed.removeAt(row);
    model.setSummaries(removed);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(demo::kErp), -1);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowOf(model.summaryAt(r)->connector.name), r);
    QCOMPARE(model.summaryAt(5), nullptr);
    QCOMPARE(model.summaryAt(-1), nullptr);

    model.setSummaries({});
    QCOMPARE(resets.size(), 3);
    QCOMPARE(model.rowCount(), 0);
}

void TestInventoryModel::sameConnectorsInAnotherOrderKeepTheirRows()
{
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries({synthetic(u"a"_s, 1), synthetic(u"b"_s, 2), synthetic(u"c"_s, 3)});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.setSummaries({synthetic(u"c"_s, 3), synthetic(u"b"_s, 5), synthetic(u"a"_s, 1)});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.rowOf(u"a"_s), 0);
    QCOMPARE(model.rowOf(u"c"_s), 2);
    QCOMPARE(model.summaryAt(1)->blockedLast7Days, 5);

    // Same size, but a name swapped for another: a reset.
    model.setSummaries({synthetic(u"c"_s, 3), synthetic(u"b"_s, 5), synthetic(u"d"_s, 1)});
    QCOMPARE(resets.size(), 1);
    // Same size with a duplicate name: not the same set either.
    model.setSummaries({synthetic(u"c"_s, 3), synthetic(u"c"_s, 5), synthetic(u"d"_s, 1)});
    QCOMPARE(resets.size(), 2);
}

void TestInventoryModel::rolesCarryTheSemanticValues()
{
    auto summaries = InventoryQuery(*store_).summaries();
    QVERIFY_OK(summaries);
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries(*summaries);

    for (int row = 0; row < model.rowCount(); ++row) {
        const ConnectorSummary &s = *model.summaryAt(row);
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex i = model.index(row, column);
            QCOMPARE(i.data(ConnectorTableModel::NameRole).toString(), s.connector.name);
            QCOMPARE(i.data(ConnectorTableModel::StatusRole).toInt(), int(s.connector.status));
            QCOMPARE(i.data(ConnectorTableModel::DriftRole).toInt(), s.driftedTools);
            QCOMPARE(i.data(ConnectorTableModel::BlockedRole).toInt(), s.blockedLast7Days);
            QCOMPARE(i.data(ConnectorTableModel::PendingApprovalsRole).toInt(), s.pendingApprovals);
            QCOMPARE(i.data(ConnectorTableModel::ReadinessRole).toInt(), int(s.readiness));
        }
    }

    const QModelIndex facility = model.index(model.rowOf(demo::kFacility), 0);
    QCOMPARE(facility.data(ConnectorTableModel::StatusRole).toInt(), int(ConnectorStatus::Paused));
    // read and write: bits 0 and 3
    QCOMPARE(facility.data(ConnectorTableModel::PowersRole).toInt(),
             (1 << int(Power::Read)) | (1 << int(Power::Write)));
    QCOMPARE(facility.data(ConnectorTableModel::HighestPowerRole).toInt(), int(Power::Write));

    const QModelIndex chat = model.index(model.rowOf(demo::kChat), 0);
    QCOMPARE(chat.data(ConnectorTableModel::HighestPowerRole).toInt(), int(Power::Send));
    QCOMPARE(chat.data(ConnectorTableModel::DriftRole).toInt(), 1);

    // Reviewed 118 days ago with a 90-day interval: overdue. SharePoint (180 days) is not.
    QCOMPARE(facility.data(ConnectorTableModel::OverdueRole).toBool(), true);
    QCOMPARE(model.index(model.rowOf(demo::kDocs), 0).data(ConnectorTableModel::OverdueRole),
             QVariant(false));

    ConnectorTableModel none;
    ConnectorSummary powerless = synthetic(u"none"_s, 0);
    powerless.connector.powers = {};
    none.setSummaries({powerless});
    QCOMPARE(none.index(0, 0).data(ConnectorTableModel::PowersRole).toInt(), 0);
    QCOMPARE(none.index(0, 0).data(ConnectorTableModel::HighestPowerRole).toInt(), -1);
}

void TestInventoryModel::displayTextsAndHeaders()
{
    auto summaries = InventoryQuery(*store_).summaries();
    QVERIFY_OK(summaries);
    ConnectorTableModel model;
    model.setSummaries(*summaries);
    const int row = model.rowOf(demo::kFacility);
    const ConnectorSummary &s = *model.summaryAt(row);
    const auto text = [&](int column) {
        return model.index(row, column).data().toString();
    };

    QCOMPARE(text(ConnectorTableModel::NameColumn), demo::kFacility);
    QCOMPARE(text(ConnectorTableModel::TargetColumn),
             s.connector.targetSystem + u" (device or facility)"_s);
    QCOMPARE(text(ConnectorTableModel::StatusColumn), u"paused"_s);
    QCOMPARE(text(ConnectorTableModel::PowersColumn), u"read, write"_s);
    QCOMPARE(text(ConnectorTableModel::ModeColumn), u"always ask"_s);
    QCOMPARE(text(ConnectorTableModel::IdentityColumn), u"API key"_s);
    QCOMPARE(text(ConnectorTableModel::ScopeColumn),
             u"+2 −2 rules · facility:sites/reno-dc/sensors/**"_s);
    // Readiness agrees with the checklist computed independently from the connector's view.
    auto view = loadConnectorView(*store_, demo::kFacility);
    QVERIFY_OK(view);
    const auto checks = readinessChecklist({view->connector, view->tools, view->eventsLast30Days,
                                            view->lastActivity, currentTime()});
    QCOMPARE(int(s.readiness), int(overall(checks)));
    int warns = 0, fails = 0;
    for (const ReadinessCheck &c : checks) {
        warns += c.result == ReadinessResult::Warn;
        fails += c.result == ReadinessResult::Fail;
    }
    const QString expected = fails > 0 ? (warns > 0 ? u"%1 fail, %2 warn"_s.arg(fails).arg(warns) : u"%1 fail"_s.arg(fails))
                                       : (warns > 0 ? u"%1 warn"_s.arg(warns) : u"ready"_s);
    QCOMPARE(text(ConnectorTableModel::ReadinessColumn), expected);
    QVERIFY(!text(ConnectorTableModel::LastReviewColumn).isEmpty());
    QVERIFY(!text(ConnectorTableModel::NextReviewColumn).isEmpty());
    QVERIFY(!text(ConnectorTableModel::LastActivityColumn).isEmpty());
    QCOMPARE(text(ConnectorTableModel::Blocked7dColumn), QString::number(s.blockedLast7Days));

    const QString scopeTip =
        model.index(row, ConnectorTableModel::ScopeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(scopeTip.contains(u"exclude facility:sites/*/alarms/fire/**"_s), qPrintable(scopeTip));
    const QString nextTip =
        model.index(row, ConnectorTableModel::NextReviewColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(nextTip.startsWith(u"Overdue"_s), qPrintable(nextTip));
    // The facility dashboard is paused: its kill switch disconnects it.
    QCOMPARE(text(ConnectorTableModel::ActionColumn), u"Disconnect…"_s);
    for (int column = 0; column < model.columnCount(); ++column) {
        if (column != ConnectorTableModel::ReadinessColumn)
            QVERIFY(!model.index(row, column).data(Qt::ToolTipRole).toString().isEmpty());
    }

    const QStringList expectedHeaders{u"Name"_s,        u"Target"_s,        u"Status"_s,
                                      u"Powers"_s,      u"Mode"_s,          u"Identity"_s,
                                      u"Scope"_s,       u"Readiness"_s,     u"Last review"_s,
                                      u"Next review"_s, u"Last activity"_s, u"Blocked (7 d)"_s,
                                      u"Kill switch"_s};
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, expectedHeaders);

    ConnectorTableModel empty;
    ConnectorSummary bare = synthetic(u"bare"_s, 0);
    bare.connector.scope.clear();
    empty.setSummaries({bare});
    QCOMPARE(empty.index(0, ConnectorTableModel::ScopeColumn).data().toString(),
             u"no rules: nothing in scope"_s);
    QCOMPARE(empty.index(0, ConnectorTableModel::LastReviewColumn).data().toString(), u"never"_s);
    QCOMPARE(empty.index(0, ConnectorTableModel::LastActivityColumn).data().toString(), u"none"_s);
}

void TestInventoryModel::overdueMeansTheNextReviewIsPast()
{
    ConnectorSummary past = synthetic(u"past"_s, 0);
    past.connector.nextReviewDue = currentTime().addSecs(-1);
    ConnectorSummary future = synthetic(u"future"_s, 0);
    future.connector.nextReviewDue = currentTime().addDays(1);
    ConnectorSummary unset = synthetic(u"unset"_s, 0);

    ConnectorTableModel model;
    model.setSummaries({past, future, unset});
    QCOMPARE(model.index(0, 0).data(ConnectorTableModel::OverdueRole), QVariant(true));
    QCOMPARE(model.index(1, 0).data(ConnectorTableModel::OverdueRole), QVariant(false));
    QCOMPARE(model.index(2, 0).data(ConnectorTableModel::OverdueRole), QVariant(false));
}

void TestInventoryModel::sortRoleOrdersTimesAndCountsNumerically()
{
    const QDateTime t0 = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    ConnectorTableModel model;
    // As text, "10" < "100" < "9"; as times, 9 s after t0 comes before 10 and 100 s after.
    model.setSummaries({synthetic(u"ten"_s, 10, t0.addSecs(10)),
                        synthetic(u"nine"_s, 9, t0.addSecs(9)), synthetic(u"never"_s, 0),
                        synthetic(u"hundred"_s, 100, t0.addSecs(100))});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.setSortRole(Qt::DisplayRole);
    proxy.sort(ConnectorTableModel::Blocked7dColumn);
    QCOMPARE(namesInProxyOrder(proxy),
             (QStringList{u"never"_s, u"ten"_s, u"hundred"_s, u"nine"_s})); // text order

    proxy.setSortRole(ConnectorTableModel::SortRole);
    proxy.sort(ConnectorTableModel::Blocked7dColumn);
    QCOMPARE(namesInProxyOrder(proxy),
             (QStringList{u"never"_s, u"nine"_s, u"ten"_s, u"hundred"_s}));
    proxy.sort(ConnectorTableModel::LastActivityColumn, Qt::DescendingOrder);
    QCOMPARE(namesInProxyOrder(proxy),
             (QStringList{u"hundred"_s, u"ten"_s, u"nine"_s, u"never"_s}));

    const QVariant ms =
        model.index(0, ConnectorTableModel::LastActivityColumn).data(ConnectorTableModel::SortRole);
    QCOMPARE(ms.typeId(), QMetaType::LongLong);
    QCOMPARE(ms.toLongLong(), t0.addSecs(10).toMSecsSinceEpoch());
    QCOMPARE(model.index(0, ConnectorTableModel::Blocked7dColumn)
                 .data(ConnectorTableModel::SortRole)
                 .typeId(),
             QMetaType::Int);

    // Powers sort by risk: the highest granted power decides.
    ConnectorSummary sender = synthetic(u"sender"_s, 0);
    sender.connector.powers = {Power::Read, Power::Send};
    ConnectorSummary writer = synthetic(u"writer"_s, 0);
    writer.connector.powers = {Power::Read, Power::Search, Power::Draft, Power::Write};
    ConnectorSummary reader = synthetic(u"reader"_s, 0);
    reader.connector.powers = {Power::Read};
    model.setSummaries({sender, writer, reader});
    proxy.sort(ConnectorTableModel::PowersColumn);
    QCOMPARE(namesInProxyOrder(proxy), (QStringList{u"reader"_s, u"writer"_s, u"sender"_s}));
}

void TestInventoryModel::tenThousandSummariesLoadAndUpdate()
{
    QList<ConnectorSummary> many;
    many.reserve(10000);
    const QDateTime t0 = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 10000; ++i)
        many << synthetic(u"connector-%1"_s.arg(i, 5, 10, QLatin1Char('0')), i % 13, t0.addSecs(i));

    ConnectorTableModel model;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setSummaries(many);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(model.rowOf(u"connector-09999"_s), 9999);

    QList<ConnectorSummary> updated = many;
    updated[4242].connector.status = ConnectorStatus::Paused;
    model.setSummaries(updated);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changes.size(), 1);

    std::reverse(updated.begin(), updated.end());
    model.setSummaries(updated); // same connectors, other order: rows stay, nothing changed
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.rowOf(u"connector-04242"_s), 4242);

    // Every cell's text once, as a view scrolling through would ask for it.
    int nonEmpty = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            nonEmpty += model.index(row, column).data().toString().isEmpty() ? 0 : 1;
    }
    QCOMPARE(nonEmpty, 10000 * int(ConnectorTableModel::ColumnCount));
}

void TestInventoryModel::aChangeInTheStoreUpdatesOnlyItsRow()
{
    auto before = InventoryQuery(*store_).summaries();
    QVERIFY_OK(before);
    ConnectorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries(*before);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    QVERIFY_OK(ConnectorStore(*store_).transition(demo::kCrm, ConnectorStore::Transition::Pause,
                                                  u"inventory model test"_s));
    auto after = InventoryQuery(*store_).summaries();
    QVERIFY_OK(after);
    model.setSummaries(*after);

    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    const int row = model.rowOf(demo::kCrm);
    QCOMPARE(changes.constFirst().at(0).value<QModelIndex>().row(), row);
    QCOMPARE(model.index(row, ConnectorTableModel::StatusColumn).data().toString(), u"paused"_s);
    QCOMPARE(model.summaryAt(row)->lastActivity, currentTime());
}

QTEST_GUILESS_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
