#pragma once

#include <QDate>
#include <QObject>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QPalette;
class QValueAxis;
class QWidget;

namespace airlock {

struct ApprovalInsights;

// "Approval is a sensor" on the Insights screen: how approval requests ended per day, how long
// people take to decide, and per tool how often they approve — tools approved every time are
// candidates for a lighter mode, tools often rejected or corrected are still ambiguous. Three
// chart views built once; display() replaces their data in place.
class ApprovalCharts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalCharts)

public:
    explicit ApprovalCharts(QWidget *parent);

    QChartView *decisionsView() const { return decisionsView_; }
    QChartView *timeView() const { return timeView_; }
    QChartView *toolsView() const { return toolsView_; }

    void display(const ApprovalInsights &insights);
    void applyTheme(const QPalette &palette, bool dark);
    // The day labels follow the decisions chart's width.
    void fitDateLabels();

private:
    QChartView *addView(QChart *chart, const QString &objectName, QWidget *parent);
    void buildDecisionsChart(QWidget *parent);
    void buildTimeChart(QWidget *parent);
    void buildToolsChart(QWidget *parent);
    void showTools(const ApprovalInsights &insights);

    QChartView *decisionsView_ = nullptr;
    QChartView *timeView_ = nullptr;
    QChartView *toolsView_ = nullptr;
    QList<QBarSet *> outcomeSets_; // approved, rejected, expired, withdrawn
    QCategoryAxis *dayAxis_ = nullptr;
    QValueAxis *decisionCounts_ = nullptr;
    QList<QBarSet *> timeSets_; // approved, rejected
    QValueAxis *timeCounts_ = nullptr;
    QList<QBarSet *> toolSets_; // as asked, with edits, rejected, expired
    QHorizontalStackedBarSeries *toolSeries_ = nullptr;
    QBarCategoryAxis *toolAxis_ = nullptr;
    QValueAxis *toolCounts_ = nullptr;
    QDate today_;
};

} // namespace airlock
