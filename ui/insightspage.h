#pragma once

#include <QDate>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QStackedBarSeries;
class QStackedWidget;
class QValueAxis;

namespace airlock {

class ApprovalCharts;
class BackgroundRead;

class Store;
struct InventoryInsights;

// The Insights screen: the inventory at a glance in five charts (connectors by status and by
// highest power, readiness results, reviews due in the next 90 days, blocked attempts per
// connector over the last 30 days), and the approval flow as a sensor in three more
// (ApprovalCharts: how requests ended per day, time to decision, approve rate per tool). The charts are built once; reload() replaces their data
// in place, so a live refresh neither flickers nor allocates new charts.
class InsightsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsPage)

public:
    explicit InsightsPage(Store &store, QWidget *parent = nullptr);

    // Re-reads the insights from the store (after any change in it).
    void reload(); // asynchronous: the charts update when the read arrives
    bool isLoading() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QChartView *addView(QChart *chart, const QString &objectName);
    void buildStatusChart();
    void buildPowerChart();
    void buildReadinessChart();
    void buildReviewsChart();
    void buildBlockedChart();
    void display(const InventoryInsights &insights);
    void showBlocked(const InventoryInsights &insights);
    void applyTheme();
    void colourBlockedSets();
    void placeBlockedLegend();
    void fitDateLabels();

    Store &store_;
    BackgroundRead *reader_ = nullptr;
    QLabel *summary_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    QList<QChartView *> views_;
    ApprovalCharts *approvalCharts_ = nullptr;

    QList<QBarSet *> statusSets_; // active … retired: one bar each, in its own colour
    QValueAxis *statusCounts_ = nullptr;
    QBarSet *powerSet_ = nullptr;
    QBarCategoryAxis *powerAxis_ = nullptr;
    QValueAxis *powerCounts_ = nullptr;
    QList<QBarSet *> readinessSets_; // pass, warn, fail: one stack each, in its own colour
    QValueAxis *readinessCounts_ = nullptr;
    QBarSet *overdueSet_ = nullptr;
    QBarSet *dueSet_ = nullptr;
    QCategoryAxis *weekAxis_ = nullptr;
    QValueAxis *reviewCounts_ = nullptr;
    QChart *blockedChart_ = nullptr;
    QStackedBarSeries *blockedSeries_ = nullptr;
    QCategoryAxis *dayAxis_ = nullptr;
    QValueAxis *blockedCounts_ = nullptr;
    QDate today_;                // the UTC day the blocked chart ends on
    int blockedLegendWidth_ = 0; // when the legend stands beside the plot
    bool dark_ = false;
};

} // namespace airlock
