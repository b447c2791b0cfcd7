#include "approvalcharts.h"

#include "chartsupport.h"

#include "inventory/approvalinsights.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock {

using namespace charts;

namespace {

// More tools than this make the chart a list: the ones with the fewest requests are left out
// (the title says so).
constexpr int kMaxTools = 10;

QString spanWords(qint64 secs)
{
    if (secs < 60)
        return ApprovalCharts::tr("%n s", nullptr, int(secs));
    if (secs < 3600)
        return ApprovalCharts::tr("%n min", nullptr, int(secs / 60));
    if (secs < 48 * 3600)
        return ApprovalCharts::tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
    return ApprovalCharts::tr("%n day(s)", nullptr, int(secs / 86400));
}

QStringList bucketNames()
{
    // Short enough for a sixth of a narrow chart (QtCharts elides longer ones), and without
    // "<", which its labels would read as the start of a rich-text tag.
    return {ApprovalCharts::tr("0–1 min"),  ApprovalCharts::tr("1–5 min"),
            ApprovalCharts::tr("5–15 min"), ApprovalCharts::tr("¼–1 h"),
            ApprovalCharts::tr("1–4 h"),    ApprovalCharts::tr("4 h +")};
}

QList<QBarSet *> appendSets(QAbstractBarSeries *series, const QStringList &names, int values)
{
    QList<QBarSet *> sets;
    for (const QString &name : names) {
        auto *set = new QBarSet(name);
        for (int i = 0; i < values; ++i)
            set->append(0);
        series->append(set);
        sets.append(set);
    }
    return sets;
}

void fill(QBarSet *set, const QList<int> &values)
{
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        for (int v : values)
            set->append(v);
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (set->at(i) != values[i])
            set->replace(i, values[i]);
    }
}

} // namespace

ApprovalCharts::ApprovalCharts(QWidget *parent)
    : QObject(parent)
{
    buildDecisionsChart(parent);
    buildTimeChart(parent);
    buildToolsChart(parent);
}

QChartView *ApprovalCharts::addView(QChart *chart, const QString &objectName, QWidget *parent)
{
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 16, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 260);
    return view;
}

void ApprovalCharts::buildDecisionsChart(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("How approval requests ended, last 30 days"));
    auto *series = new QStackedBarSeries;
    outcomeSets_ = appendSets(
        series, {tr("Approved"), tr("Rejected"), tr("Expired"), tr("Withdrawn")}, kApprovalDays);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    dayAxis_ = new QCategoryAxis;
    dayAxis_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    dayAxis_->setRange(-0.5, kApprovalDays - 0.5);
    dayAxis_->setTitleText(tr("Day (UTC)"));
    decisionCounts_ = countAxis(tr("Requests"));
    chart->addAxis(dayAxis_, Qt::AlignBottom);
    chart->addAxis(decisionCounts_, Qt::AlignLeft);
    series->attachAxis(dayAxis_);
    series->attachAxis(decisionCounts_);
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        if (on)
            QToolTip::showText(
                QCursor::pos(),
                u"%1 · %2: %3"_s
                    .arg(shortDate(today_.addDays(index + 1 - kApprovalDays)), set->label())
                    .arg(set->at(index)));
    });
    decisionsView_ = addView(chart, u"decisionsChart"_s, parent);
}

void ApprovalCharts::buildTimeChart(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Time to decision, last 30 days"));
    auto *series = new QStackedBarSeries;
    const QStringList buckets = bucketNames();
    timeSets_ = appendSets(series, {tr("Approved"), tr("Rejected")}, int(buckets.size()));
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->setCategories(buckets);
    axis->setTitleText(tr("From request to decision"));
    timeCounts_ = countAxis(tr("Decisions"));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(timeCounts_, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(timeCounts_);
    connect(
        series, &QAbstractBarSeries::hovered, this, [buckets](bool on, int index, QBarSet *set) {
            if (on)
                QToolTip::showText(
                    QCursor::pos(),
                    u"%1 · %2: %3"_s.arg(buckets.value(index), set->label()).arg(set->at(index)));
        });
    timeView_ = addView(chart, u"decisionTimeChart"_s, parent);
}

void ApprovalCharts::buildToolsChart(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Approve rate per tool, last 90 days"));
    // Horizontal bars: each tool's label (name, connector, rate, signal) keeps its full width.
    toolSeries_ = new QHorizontalStackedBarSeries;
    toolSets_ = appendSets(toolSeries_,
                           {tr("Approved as asked"), tr("Approved with edits"), tr("Rejected"),
                            tr("Expired undecided")},
                           0);
    toolSeries_->setBarWidth(0.7);
    toolSeries_->setLabelsVisible(true);
    chart->addSeries(toolSeries_);
    toolAxis_ = new QBarCategoryAxis;
    toolCounts_ = countAxis(tr("Requests"));
    chart->addAxis(toolAxis_, Qt::AlignLeft);
    chart->addAxis(toolCounts_, Qt::AlignBottom);
    toolSeries_->attachAxis(toolAxis_);
    toolSeries_->attachAxis(toolCounts_);
    toolsView_ = addView(chart, u"toolApprovalChart"_s, parent);
}

void ApprovalCharts::display(const ApprovalInsights &in)
{
    today_ = in.perDay.isEmpty() ? QDate() : in.perDay.constLast().day;
    QList<int> approved, rejected, expired, withdrawn;
    int highest = 0;
    for (const ApprovalInsights::Day &d : in.perDay) {
        approved << d.approved;
        rejected << d.rejected;
        expired << d.expired;
        withdrawn << d.withdrawn;
        highest = std::max(highest, d.total());
    }
    fill(outcomeSets_[0], approved);
    fill(outcomeSets_[1], rejected);
    fill(outcomeSets_[2], expired);
    fill(outcomeSets_[3], withdrawn);
    fitCounts(decisionCounts_, highest);

    QList<int> fast, slow;
    highest = 0;
    for (const ApprovalInsights::Bucket &b : in.timeToDecision) {
        fast << b.approved;
        slow << b.rejected;
        highest = std::max(highest, b.approved + b.rejected);
    }
    fill(timeSets_[0], fast);
    fill(timeSets_[1], slow);
    fitCounts(timeCounts_, highest);
    timeView_->chart()->setTitle(
        in.medianSecs < 0 ? tr("Time to decision, last 30 days: no decisions")
                          : tr("Time to decision, last 30 days · median %1 over %n decision(s)",
                               nullptr, in.decisions)
                                .arg(spanWords(in.medianSecs)));
    showTools(in);
    fitDateLabels();
}

void ApprovalCharts::showTools(const ApprovalInsights &in)
{
    // Most requests on top: a horizontal bar axis lists its categories bottom-up.
    const QList<ApprovalInsights::Tool> tools = in.tools.mid(0, kMaxTools);
    QStringList categories;
    QList<int> asked, edited, rejected, expired;
    int highest = 0;
    for (auto it = tools.crbegin(); it != tools.crend(); ++it) {
        const ApprovalInsights::Tool &t = *it;
        QString label = t.decisions() == 0
                            ? tr("%1 (%2): no decisions").arg(t.tool, t.connector)
                            : tr("%1 (%2): %3% of %n approved", nullptr, t.decisions())
                                  .arg(t.tool, t.connector)
                                  .arg(qRound(t.approveRate() * 100));
        // A correction is an approval that was not right as asked: say so, or "100% approved
        // · ambiguous" reads as a contradiction.
        if (t.edited > 0)
            label += u", "_s + tr("%n with edits", nullptr, t.edited);
        if (t.lighterModeCandidate())
            label += u" · "_s + tr("lighter mode?");
        else if (t.ambiguous())
            label += u" · "_s + tr("ambiguous");
        categories << label;
        asked << t.approved;
        edited << t.edited;
        rejected << t.rejected;
        expired << t.expired;
        highest = std::max(highest, t.decisions() + t.expired);
    }
    if (toolAxis_->categories() != categories) {
        // New categories: the sets are refilled whole, then the axis follows.
        toolAxis_->clear();
        if (!categories.isEmpty())
            toolAxis_->append(categories);
    }
    fill(toolSets_[0], asked);
    fill(toolSets_[1], edited);
    fill(toolSets_[2], rejected);
    fill(toolSets_[3], expired);
    fitCounts(toolCounts_, highest);
    const int more = int(in.tools.size()) - int(tools.size());
    QString title = categories.isEmpty()
                        ? tr("Approve rate per tool, last 90 days: no requests decided")
                        : tr("Approve rate per tool, last 90 days");
    if (more > 0)
        title += u" "_s + tr("(%n more tool(s) with fewer requests not shown)", nullptr, more);
    toolsView_->chart()->setTitle(title);
    // Room for every tool's bar and label, plus the title, legend and axis.
    toolsView_->setMinimumHeight(std::max(260, 150 + 30 * int(categories.size())));
}

void ApprovalCharts::fitDateLabels()
{
    if (!today_.isValid())
        return;
    labelDays(dayAxis_, today_, kApprovalDays, decisionsView_->width() - 90, {7, 14, 29});
}

void ApprovalCharts::applyTheme(const QPalette &palette, bool dark)
{
    const auto theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChartView *view : {decisionsView_, timeView_, toolsView_}) {
        view->chart()->setTheme(theme);
        view->chart()->setBackgroundRoundness(4);
    }
    // setTheme() recolours every series: the colours that carry a meaning come back after it.
    const Tones tones = tonesFor(palette, dark);
    const auto paint = [](QBarSet *set, const QColor &c) {
        set->setColor(c);
        set->setBorderColor(c);
    };
    const QColor outcomes[] = {tones.good, tones.bad, tones.caution, tones.neutral};
    for (int i = 0; i < outcomeSets_.size(); ++i)
        paint(outcomeSets_[i], outcomes[i]);
    paint(timeSets_[0], tones.good);
    paint(timeSets_[1], tones.bad);
    const QColor toolTones[] = {tones.good, tones.accent, tones.bad, tones.neutral};
    const QColor inside = dark ? QColor(0x20, 0x21, 0x24) : QColor(Qt::white);
    for (int i = 0; i < toolSets_.size(); ++i) {
        paint(toolSets_[i], toolTones[i]);
        toolSets_[i]->setLabelColor(inside);
    }
}

} // namespace airlock
