// The Insights screen: the core's figures agree with a count made independently from the
// connectors and the raw evidence, the charts show exactly those figures, and a change in
// the store shows after reload() in the same charts (updated in place, not rebuilt).

#include "testassertions.h"
#include "testfixtures.h"
#include "teststore.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "insightspage.h"
#include "inventory/connectorview.h"
#include "inventory/insights.h"
#include "inventory/readiness.h"
#include "store/connectorstore.h"
#include "store/approvalqueue.h"
#include "store/evidencechain.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// Blocked attempts per connector per UTC day in the last 30 days, from every event.
QMap<QString, QMap<QDate, int>> rawBlocked(Store &store, int *total)
{
    const qint64 today = currentTime().toMSecsSinceEpoch() / kMsPerDay;
    const qint64 from = (today - kInsightBlockedDays + 1) * kMsPerDay;
    QMap<QString, QMap<QDate, int>> blocked;
    *total = 0;
    qint64 after = 0;
    for (;;) {
        auto page = EvidenceChain(store).page(after, 500);
        if (!page || page->isEmpty())
            break;
        for (const EvidenceEvent &e : *page) {
            after = e.seq;
            if (e.kind == EventKind::Blocked && e.at.toMSecsSinceEpoch() >= from) {
                ++blocked[e.connector][e.at.toUTC().date()];
                ++*total;
            }
        }
    }
    return blocked;
}

// A store whose approval history is known exactly (times on the tests' fixed clock, today =
// kT0's day): update_account approved as asked six times, get_account rejected twice, approved
// once with edits and once as asked, plus one request that expired and one withdrawn.
struct ApprovalHistory
{
    std::unique_ptr<TempStore> temp;
    std::unique_ptr<Store> store;
};

void makeApprovalHistory(ApprovalHistory &h)
{
    h.temp = std::make_unique<TempStore>();
    QVERIFY2(h.temp->ok(), qPrintable(h.temp->error()));
    h.store = h.temp->open(u"lead"_s);
    QVERIFY(h.store);
    QVERIFY_OK(ConnectorStore(*h.store).apply(documentOf(connectorJson()), u"pilot"_s));
    QVERIFY_OK(ConnectorStore(*h.store).recordReview(u"crm"_s, u"tools checked"_s));
    struct Step
    {
        int daysAgo;
        QString tool;
        QString decision; // approve, edit, reject, expire, withdraw
        int secsToDecide;
    };
    const QList<Step> steps = {
        {2, u"update_account"_s, u"approve"_s, 30},        {2, u"update_account"_s, u"approve"_s, 120},
        {2, u"update_account"_s, u"approve"_s, 600},       {0, u"update_account"_s, u"approve"_s, 1200},
        {0, u"update_account"_s, u"approve"_s, 2 * 3600},  {0, u"update_account"_s, u"approve"_s, 5 * 3600},
        {1, u"get_account"_s, u"reject"_s, 45},            {1, u"get_account"_s, u"reject"_s, 400},
        {1, u"get_account"_s, u"edit"_s, 90},              {0, u"get_account"_s, u"approve"_s, 3000},
        {1, u"get_account"_s, u"expire"_s, 3600},          {0, u"update_account"_s, u"withdraw"_s, 60},
    };
    // Earliest first, so the clock only moves forward.
    QList<Step> ordered = steps;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Step &a, const Step &b) { return a.daysAgo > b.daysAgo; });
    // One request after the other, each decided before the next starts, early in its UTC day.
    const QDateTime dayStart = QDateTime(kT0.date(), QTime(0, 0), Qt::UTC);
    QDateTime t = dayStart.addDays(-3);
    for (const Step &step : ordered) {
        t = std::max(t, dayStart.addDays(-step.daysAgo)).addSecs(60);
        g_now = t;
        h.store->setActor(u"agent"_s);
        ApprovalQueue::NewRequest r;
        r.connector = u"crm"_s;
        r.tool = step.tool;
        r.target = u"crm:accounts/segment=smb/acme"_s;
        r.arguments = R"({"account":"acme"})";
        const bool expire = step.decision == u"expire"_s;
        r.expiresInSecs = expire ? step.secsToDecide : 24 * 3600;
        auto made = ApprovalQueue(*h.store).request(r);
        QVERIFY_OK(made);
        t = t.addSecs(step.secsToDecide + (expire ? 1 : 0));
        QVERIFY(t <= kT0 && t.date() == dayStart.addDays(-step.daysAgo).date());
        g_now = t;
        h.store->setActor(u"bob"_s);
        if (expire) {
            auto n = ApprovalQueue(*h.store).expireDue();
            QVERIFY_OK(n);
            QCOMPARE(*n, 1);
        } else if (step.decision == u"withdraw"_s) {
            h.store->setActor(u"agent"_s);
            QVERIFY_OK(ApprovalQueue(*h.store).withdraw(made->id, u"gave up"_s));
        } else {
            ApprovalQueue::Decision d;
            d.approve = step.decision != u"reject"_s;
            d.note = d.approve ? QString() : u"wrong account"_s;
            if (step.decision == u"edit"_s)
                d.editedArguments = QByteArray(R"({"account":"acme-2"})");
            QVERIFY_OK(ApprovalQueue(*h.store).decide(made->id, d));
        }
    }
    g_now = kT0;
}

} // namespace

class TstInsights : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;

    template<typename T> static T *seriesOf(QWidget *page, const QString &view)
    {
        auto *v = page->findChild<QChartView *>(view);
        if (!v || v->chart()->series().isEmpty())
            return nullptr;
        return qobject_cast<T *>(v->chart()->series().constFirst());
    }
    static QBarSet *setOf(QAbstractBarSeries *series, const QString &label)
    {
        for (QBarSet *set : series->barSets()) {
            if (set->label() == label)
                return set;
        }
        return nullptr;
    }
    static QList<qreal> stackTotals(QAbstractBarSeries *series)
    {
        QList<qreal> totals;
        for (QBarSet *set : series->barSets()) {
            totals.resize(std::max(totals.size(), qsizetype(set->count())));
            for (int i = 0; i < set->count(); ++i)
                totals[i] += set->at(i);
        }
        return totals;
    }

private Q_SLOTS:
    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"dana.whitfield"_s);
        QVERIFY(store_);
        QVERIFY(seedDemo(*store_, 1).ok());
    }

    void cleanup()
    {
        setClockForTesting({});
        QApplication::setPalette(QApplication::style()->standardPalette());
        store_.reset();
        temp_.reset();
    }

    void insightsAgreeWithAnIndependentCount()
    {
        auto insights = loadInsights(*store_);
        QVERIFY2(insights.ok(), qPrintable(insights.message()));
        auto connectors = ConnectorStore(*store_).list();
        QVERIFY(connectors.ok());
        QCOMPARE(insights->connectors, int(connectors->size()));
        QCOMPARE(insights->today, currentTime().toUTC().date());

        QMap<ConnectorStatus, int> byStatus{{ConnectorStatus::Active, 0},
                                            {ConnectorStatus::Paused, 0},
                                            {ConnectorStatus::Disconnected, 0},
                                            {ConnectorStatus::Retired, 0}};
        QMap<int, int> byPower{{-1, 0}};
        for (Power p : kAllPowers)
            byPower.insert(int(p), 0);
        QMap<ReadinessResult, int> byReadiness{
            {ReadinessResult::Pass, 0}, {ReadinessResult::Warn, 0}, {ReadinessResult::Fail, 0}};
        const QDateTime now = currentTime();
        QList<int> weeks(kInsightReviewWeeks, 0);
        int overdue = 0;
        for (const Connector &c : *connectors) {
            ++byStatus[c.status];
            int highest = -1;
            for (Power p : kAllPowers) {
                if (c.powers.has(p))
                    highest = int(p);
            }
            ++byPower[highest];
            auto view = loadConnectorView(*store_, c.name);
            QVERIFY(view.ok());
            ++byReadiness[overall(readinessChecklist(
                {c, view->tools, view->eventsLast30Days, view->lastActivity, now}))];
            if (c.status == ConnectorStatus::Retired || !c.nextReviewDue.isValid())
                continue;
            const qint64 days = now.date().daysTo(c.nextReviewDue.toUTC().date());
            if (c.nextReviewDue < now) {
                ++overdue;
                ++weeks[0];
            } else if (days <= kInsightReviewDays) {
                ++weeks[int(days / 7)];
            }
        }
        QCOMPARE(byStatus.value(ConnectorStatus::Active), 5);
        QCOMPARE(byStatus.value(ConnectorStatus::Paused), 1);
        QCOMPARE(insights->byStatus, byStatus);
        QCOMPARE(insights->byHighestPower, byPower);
        QCOMPARE(insights->byReadiness, byReadiness);
        QCOMPARE(insights->reviewsOverdue, overdue);
        QCOMPARE(insights->reviewsDue.size(), kInsightReviewWeeks);
        for (int w = 0; w < kInsightReviewWeeks; ++w) {
            QCOMPARE(insights->reviewsDue[w].first, now.date().addDays(7 * w));
            QCOMPARE(insights->reviewsDue[w].second, weeks[w]);
        }

        int rawTotal = 0;
        const auto raw = rawBlocked(*store_, &rawTotal);
        QVERIFY2(rawTotal > 0, "the demo records blocked attempts in the last 30 days");
        int total = 0;
        QStringList names;
        for (const auto &[name, perDay] : insights->blockedPerConnector) {
            names << name;
            QCOMPARE(perDay.size(), kInsightBlockedDays);
            QCOMPARE(perDay.constLast().first, now.date());
            QMap<QDate, int> nonZero;
            for (const auto &[day, n] : perDay) {
                total += n;
                if (n > 0)
                    nonZero.insert(day, n);
            }
            QVERIFY2(!nonZero.isEmpty(), qPrintable(name + u" is listed without any"_s));
            QCOMPARE(nonZero, raw.value(name));
        }
        QCOMPARE(total, rawTotal);
        QStringList rawNames = raw.keys();
        std::sort(names.begin(), names.end());
        QCOMPARE(names, rawNames);
    }

    void reviewsAreBucketedByWeekWithOverdueFirst()
    {
        // Move two reviews: one to 10 days ahead (the second week), one past the window.
        ConnectorStore connectors(*store_);
        auto list = connectors.list();
        QVERIFY(list.ok());
        QVERIFY(list->size() >= 3);
        auto before = loadInsights(*store_);
        QVERIFY(before.ok());
        // recordReview sets the next due date relative to now.
        QVERIFY(connectors.recordReview((*list)[0].name, u"checked"_s, 10).ok());
        QVERIFY(connectors.recordReview((*list)[1].name, u"checked"_s, 200).ok());
        auto after = loadInsights(*store_);
        QVERIFY(after.ok());
        int beforeTotal = 0, afterTotal = 0;
        for (int w = 0; w < kInsightReviewWeeks; ++w) {
            beforeTotal += before->reviewsDue[w].second;
            afterTotal += after->reviewsDue[w].second;
        }
        const auto due = [&](const Connector &c) {
            return c.status != ConnectorStatus::Retired && c.nextReviewDue.isValid() &&
                   currentTime().date().daysTo(c.nextReviewDue.toUTC().date()) <=
                       kInsightReviewDays;
        };
        const int wasCounted = int(due((*list)[0])) + int(due((*list)[1]));
        QCOMPARE(afterTotal, beforeTotal - wasCounted + 1);
        QVERIFY(after->reviewsDue[1].second >= 1); // 10 days ahead is in the second week
    }

    void theChartsShowTheInsights()
    {
        auto insights = loadInsights(*store_);
        QVERIFY(insights.ok());
        InsightsPage page(*store_);
        QTRY_VERIFY(!page.isLoading());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.objectName(), u"insightsPage"_s);
        for (const QString &name : {u"statusChart"_s, u"powerChart"_s, u"readinessChart"_s,
                                    u"reviewsChart"_s, u"blockedChart"_s}) {
            auto *view = page.findChild<QChartView *>(name);
            QVERIFY2(view && view->isVisible(), qPrintable(name));
            QVERIFY2(!view->chart()->title().isEmpty(), qPrintable(name));
        }
        QVERIFY(!page.findChild<QLabel *>(u"insightsEmpty"_s)->isVisible());

        auto *status = seriesOf<QHorizontalStackedBarSeries>(&page, u"statusChart"_s);
        QVERIFY(status);
        QCOMPARE(status->count(), 4);
        QCOMPARE(setOf(status, u"Active"_s)->sum(), 5.0);
        QCOMPARE(setOf(status, u"Paused"_s)->sum(), 1.0);
        QCOMPARE(setOf(status, u"Disconnected"_s)->sum(), 0.0);
        QCOMPARE(setOf(status, u"Retired"_s)->sum(), 0.0);
        // Active on top: the last category of a horizontal chart is drawn highest.
        QCOMPARE(stackTotals(status), (QList<qreal>{0, 0, 1, 5}));

        auto *powers = seriesOf<QHorizontalBarSeries>(&page, u"powerChart"_s);
        QVERIFY(powers);
        QCOMPARE(powers->count(), 1);
        QList<qreal> expectedPowers;
        if (insights->byHighestPower.value(-1) > 0)
            expectedPowers << insights->byHighestPower.value(-1);
        for (Power p : kAllPowers)
            expectedPowers << insights->byHighestPower.value(int(p));
        QCOMPARE(stackTotals(powers), expectedPowers);
        auto *powerAxis = qobject_cast<QBarCategoryAxis *>(
            page.findChild<QChartView *>(u"powerChart"_s)->chart()->axes(Qt::Vertical).first());
        QVERIFY(powerAxis);
        QCOMPARE(powerAxis->categories().constLast(), u"Trigger"_s); // risk order, riskiest on top

        auto *readiness = seriesOf<QStackedBarSeries>(&page, u"readinessChart"_s);
        QVERIFY(readiness);
        QCOMPARE(stackTotals(readiness),
                 (QList<qreal>{qreal(insights->byReadiness.value(ReadinessResult::Pass)),
                               qreal(insights->byReadiness.value(ReadinessResult::Warn)),
                               qreal(insights->byReadiness.value(ReadinessResult::Fail))}));

        auto *reviews = seriesOf<QStackedBarSeries>(&page, u"reviewsChart"_s);
        QVERIFY(reviews);
        QList<qreal> expectedWeeks;
        for (const auto &week : insights->reviewsDue)
            expectedWeeks << week.second;
        QCOMPARE(stackTotals(reviews), expectedWeeks);
        QCOMPARE(reviews->barSets().constFirst()->at(0), qreal(insights->reviewsOverdue));

        auto *blocked = seriesOf<QStackedBarSeries>(&page, u"blockedChart"_s);
        QVERIFY(blocked);
        QCOMPARE(blocked->count(), insights->blockedPerConnector.size());
        for (int i = 0; i < blocked->count(); ++i) {
            QBarSet *set = blocked->barSets()[i];
            const auto &[name, perDay] = insights->blockedPerConnector[i];
            QCOMPARE(set->label(), name);
            QCOMPARE(set->count(), kInsightBlockedDays);
            for (int d = 0; d < kInsightBlockedDays; ++d)
                QCOMPARE(set->at(d), qreal(perDay[d].second));
        }
    }

    void reloadUpdatesTheSameChartsInPlace()
    {
        InsightsPage page(*store_);
        QTRY_VERIFY(!page.isLoading());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QChartView *>(u"statusChart"_s);
        QChart *chart = view->chart();
        auto *status = seriesOf<QHorizontalStackedBarSeries>(&page, u"statusChart"_s);
        QBarSet *active = setOf(status, u"Active"_s);
        auto *blocked = seriesOf<QStackedBarSeries>(&page, u"blockedChart"_s);
        const QList<QBarSet *> blockedSets = blocked->barSets();

        auto connectors = ConnectorStore(*store_).list();
        QVERIFY(connectors.ok());
        QString activeName;
        for (const Connector &c : *connectors) {
            if (c.status == ConnectorStatus::Active) {
                activeName = c.name;
                break;
            }
        }
        QVERIFY(!activeName.isEmpty());
        QVERIFY(ConnectorStore(*store_)
                    .transition(activeName, ConnectorStore::Transition::Pause, u"insights test"_s)
                    .ok());
        page.reload();
        QTRY_VERIFY(!page.isLoading());

        QCOMPARE(view->chart(), chart);
        QCOMPARE(seriesOf<QHorizontalStackedBarSeries>(&page, u"statusChart"_s), status);
        QCOMPARE(setOf(status, u"Active"_s), active);
        QCOMPARE(active->sum(), 4.0);
        QCOMPARE(setOf(status, u"Paused"_s)->sum(), 2.0);
        // Pausing records no blocked attempt: the blocked stacks are the same objects.
        QCOMPARE(seriesOf<QStackedBarSeries>(&page, u"blockedChart"_s)->barSets(), blockedSets);
    }

    void manyBlockedConnectorsShareTheirLastStack()
    {
        // Ten connectors the inventory does not know, 1 … 10 blocked attempts each today:
        // they follow the inventory's connectors in name order, and the chart keeps seven
        // stacks of its own and sums the rest into one.
        for (int i = 1; i <= 10; ++i) {
            for (int n = 0; n < i; ++n) {
                EvidenceEvent e;
                e.kind = EventKind::Blocked;
                e.result = EventResult::Blocked;
                e.connector = u"Extra %1"_s.arg(i, 2, 10, QLatin1Char('0'));
                e.tool = u"probe"_s;
                e.summary = u"out of scope"_s;
                QVERIFY(EvidenceChain(*store_).append(e).ok());
            }
        }
        auto insights = loadInsights(*store_);
        QVERIFY(insights.ok());
        int rawTotal = 0;
        const auto raw = rawBlocked(*store_, &rawTotal);
        QCOMPARE(insights->blockedPerConnector.size(), raw.size());
        QCOMPARE(insights->blockedPerConnector.constLast().first, u"Extra 10"_s);
        QCOMPARE(insights->blockedPerConnector.constLast().second.constLast().second, 10);

        InsightsPage page(*store_);
        QTRY_VERIFY(!page.isLoading());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *blocked = seriesOf<QStackedBarSeries>(&page, u"blockedChart"_s);
        QCOMPARE(blocked->count(), 8);
        QCOMPARE(blocked->barSets().constFirst()->label(), u"Extra 10"_s); // the most first
        QCOMPARE(blocked->barSets().constLast()->label(), u"Other connectors"_s);
        qreal total = 0;
        for (QBarSet *set : blocked->barSets())
            total += set->sum();
        QCOMPARE(total, qreal(rawTotal));

        const QString dir = qEnvironmentVariable("AIRLOCK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(page.grab().save(dir + u"/insights-many.png"_s));
    }

    void anEmptyStoreSaysSo()
    {
        TempStore emptyTemp;
        QVERIFY2(emptyTemp.ok(), qPrintable(emptyTemp.error()));
        auto empty = emptyTemp.open();
        QVERIFY(empty);
        InsightsPage page(*empty);
        QTRY_VERIFY(!page.isLoading());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *label = page.findChild<QLabel *>(u"insightsEmpty"_s);
        QVERIFY(label && label->isVisible());
        QVERIFY(!page.findChild<QChartView *>(u"statusChart"_s)->isVisible());
        auto insights = loadInsights(*empty);
        QVERIFY(insights.ok());
        QCOMPARE(insights->connectors, 0);
        QVERIFY(insights->blockedPerConnector.isEmpty());
    }

    void approvalDecisionsAreCountedByDayOutcomeTimeAndTool()
    {
        g_now = kT0;
        setClockForTesting([] { return g_now; });
        ApprovalHistory h;
        makeApprovalHistory(h);
        if (QTest::currentTestFailed())
            return;
        auto insights = loadApprovalInsights(*h.store);
        QVERIFY_OK(insights);
        const ApprovalInsights &a = *insights;

        QCOMPARE(a.perDay.size(), kApprovalDays);
        QCOMPARE(a.perDay.constLast().day, kT0.date());
        const auto day = [&](int daysAgo) { return a.perDay[kApprovalDays - 1 - daysAgo]; };
        QCOMPARE(day(2).approved, 3);
        QCOMPARE(day(2).total(), 3);
        QCOMPARE(day(1).approved, 1); // the edited approval
        QCOMPARE(day(1).rejected, 2);
        QCOMPARE(day(1).expired, 1);
        QCOMPARE(day(0).approved, 4);
        QCOMPARE(day(0).withdrawn, 1);
        QCOMPARE(day(0).total(), 5);
        int all = 0;
        for (const ApprovalInsights::Day &d : a.perDay)
            all += d.total();
        QCOMPARE(all, 12);

        // Human decisions only (10): 30 s, 45 s(r), 90 s, 120 s, 400 s(r), 600 s, 1200 s, 3000 s,
        // 2 h, 5 h; expired and withdrawn requests were not decided by anyone.
        QCOMPARE(a.decisions, 10);
        QCOMPARE(a.medianSecs, (400 + 600) / 2);
        QCOMPARE(a.timeToDecision.size(), 6);
        const QList<QPair<int, int>> buckets = {{1, 1}, {2, 0}, {1, 1}, {2, 0}, {1, 0}, {1, 0}};
        for (int b = 0; b < 6; ++b) {
            QCOMPARE(a.timeToDecision[b].approved, buckets[b].first);
            QCOMPARE(a.timeToDecision[b].rejected, buckets[b].second);
        }

        QCOMPARE(a.tools.size(), 2);
        const ApprovalInsights::Tool &update = a.tools[0]; // most requests first
        QCOMPARE(update.tool, u"update_account"_s);
        QCOMPARE(update.approved, 6);
        QCOMPARE(update.decisions(), 6);
        QCOMPARE(update.approveRate(), 1.0);
        QVERIFY(update.lighterModeCandidate());
        QVERIFY(!update.ambiguous());
        const ApprovalInsights::Tool &get = a.tools[1];
        QCOMPARE(get.tool, u"get_account"_s);
        QCOMPARE(get.approved, 1);
        QCOMPARE(get.edited, 1);
        QCOMPARE(get.rejected, 2);
        QCOMPARE(get.expired, 1);
        QCOMPARE(get.approveRate(), 0.5);
        QVERIFY(get.ambiguous());
        QVERIFY(!get.lighterModeCandidate());

        // The charts show exactly these figures.
        InsightsPage page(*h.store);
        QTRY_VERIFY(!page.isLoading());
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (const QString &name : {u"decisionsChart"_s, u"decisionTimeChart"_s, u"toolApprovalChart"_s}) {
            auto *view = page.findChild<QChartView *>(name);
            QVERIFY2(view && view->isVisible(), qPrintable(name));
        }
        auto *decisions = seriesOf<QStackedBarSeries>(&page, u"decisionsChart"_s);
        QVERIFY(decisions);
        QCOMPARE(decisions->count(), 4);
        QCOMPARE(setOf(decisions, u"Approved"_s)->sum(), 8.0);
        QCOMPARE(setOf(decisions, u"Rejected"_s)->sum(), 2.0);
        QCOMPARE(setOf(decisions, u"Expired"_s)->sum(), 1.0);
        QCOMPARE(setOf(decisions, u"Withdrawn"_s)->sum(), 1.0);
        QCOMPARE(setOf(decisions, u"Approved"_s)->count(), kApprovalDays);
        QCOMPARE(setOf(decisions, u"Approved"_s)->at(kApprovalDays - 1), 4.0);
        QCOMPARE(setOf(decisions, u"Rejected"_s)->at(kApprovalDays - 2), 2.0);

        auto *times = seriesOf<QStackedBarSeries>(&page, u"decisionTimeChart"_s);
        QVERIFY(times);
        QCOMPARE(stackTotals(times), (QList<qreal>{2, 2, 2, 2, 1, 1}));
        QVERIFY2(page.findChild<QChartView *>(u"decisionTimeChart"_s)->chart()->title().contains(u"median 8 min over 10 decision(s)"_s),
                 qPrintable(page.findChild<QChartView *>(u"decisionTimeChart"_s)->chart()->title()));

        auto *tools = seriesOf<QHorizontalStackedBarSeries>(&page, u"toolApprovalChart"_s);
        QVERIFY(tools);
        auto *toolAxis = qobject_cast<QBarCategoryAxis *>(
            page.findChild<QChartView *>(u"toolApprovalChart"_s)->chart()->axes(Qt::Vertical).first());
        QVERIFY(toolAxis);
        // Most requests on top: the last category of a horizontal chart is drawn highest.
        QCOMPARE(toolAxis->categories(),
                 (QStringList{u"get_account (crm): 50% of 4 approved, 1 with edits · ambiguous"_s,
                              u"update_account (crm): 100% of 6 approved · lighter mode?"_s}));
        QCOMPARE(setOf(tools, u"Approved as asked"_s)->at(1), 6.0);
        QCOMPARE(setOf(tools, u"Approved as asked"_s)->at(0), 1.0);
        QCOMPARE(setOf(tools, u"Approved with edits"_s)->at(0), 1.0);
        QCOMPARE(setOf(tools, u"Rejected"_s)->at(0), 2.0);
        QCOMPARE(setOf(tools, u"Expired undecided"_s)->at(0), 1.0);

        // Live: a new decision shows after reload() in the same series.
        h.store->setActor(u"agent"_s);
        ApprovalQueue::NewRequest r;
        r.connector = u"crm"_s;
        r.tool = u"get_account"_s;
        r.target = u"crm:accounts/segment=smb/acme"_s;
        auto made = ApprovalQueue(*h.store).request(r);
        QVERIFY_OK(made);
        h.store->setActor(u"bob"_s);
        QVERIFY_OK(ApprovalQueue(*h.store).decide(made->id, {false, u"no"_s, {}, {}}));
        page.reload();
        QTRY_VERIFY(!page.isLoading());
        QTRY_COMPARE(setOf(decisions, u"Rejected"_s)->sum(), 3.0);
        QCOMPARE(seriesOf<QStackedBarSeries>(&page, u"decisionsChart"_s), decisions);
        QCOMPARE(toolAxis->categories().filter(u"get_account"_s),
                 QStringList{u"get_account (crm): 40% of 5 approved, 1 with edits · ambiguous"_s});
        setClockForTesting({});
    }

    void theDemosApprovalsAgreeWithAnIndependentCount()
    {
        // Listing first: it expires what is due, which the insights then count too.
        auto all = ApprovalQueue(*store_).list(std::nullopt, 10000);
        QVERIFY_OK(all);
        auto insights = loadInsights(*store_);
        QVERIFY_OK(insights);
        const QDate first = insights->approvals.perDay.constFirst().day;
        QMap<QDate, int> ended;
        QMap<QString, int> perTool;
        for (const ApprovalRequest &r : *all) {
            if (r.status == ApprovalStatus::Pending)
                continue;
            if (r.decidedAt.toUTC().date() >= first)
                ++ended[r.decidedAt.toUTC().date()];
            if (r.status != ApprovalStatus::Withdrawn)
                ++perTool[r.connector + u'/' + r.tool];
        }
        QVERIFY(!ended.isEmpty());
        for (const ApprovalInsights::Day &d : insights->approvals.perDay)
            QCOMPARE(d.total(), ended.value(d.day));
        QCOMPARE(insights->approvals.tools.size(), perTool.size());
        for (const ApprovalInsights::Tool &t : insights->approvals.tools)
            QCOMPARE(t.decisions() + t.expired, perTool.value(t.connector + u'/' + t.tool));
    }

    void theChartThemeFollowsThePalette()
    {
        InsightsPage page(*store_);
        QTRY_VERIFY(!page.isLoading());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *chart = page.findChild<QChartView *>(u"statusChart"_s)->chart();
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
        const QImage light = page.grab().toImage();

        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(chart->theme(), QChart::ChartThemeDark);
        const QImage dark = page.grab().toImage();
        QVERIFY(chart->backgroundBrush().color().lightness() < 128);

        // The figures survive the change of theme.
        QCOMPARE(setOf(seriesOf<QAbstractBarSeries>(&page, u"statusChart"_s), u"Active"_s)->sum(),
                 5.0);

        // Set AIRLOCK_SCREENSHOT_DIR to look at the page in both palettes.
        const QString dir = qEnvironmentVariable("AIRLOCK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(light.save(dir + u"/insights-light.png"_s));
            QVERIFY(dark.save(dir + u"/insights-dark.png"_s));
            // The whole scrolled page, the approval charts below the fold included.
            QWidget *all = page.findChild<QScrollArea *>(u"insightsScroll"_s)->widget();
            QVERIFY(all->grab().save(dir + u"/insights-dark-all.png"_s));
            QApplication::setPalette(QApplication::style()->standardPalette());
            QTRY_COMPARE(chart->theme(), QChart::ChartThemeLight);
            QVERIFY(all->grab().save(dir + u"/insights-light-all.png"_s));
        }
    }
};

int main(int argc, char **argv)
{
    // Fusion draws the same on every machine, so the palettes mean the same everywhere.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication app(argc, argv);
    TstInsights test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_insights.moc"
