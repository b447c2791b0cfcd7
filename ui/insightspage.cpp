#include "insightspage.h"

#include "jobs/backgroundread.h"
#include "store/store.h"

#include "approvalcharts.h"
#include "chartsupport.h"
#include "connectordelegate.h"
#include "inventory/insights.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPointer>
#include <QLegend>
#include <QLocale>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace airlock {

using namespace charts;

namespace {

constexpr std::array kStatuses{ConnectorStatus::Active, ConnectorStatus::Paused,
                               ConnectorStatus::Disconnected, ConnectorStatus::Retired};
constexpr std::array kResults{ReadinessResult::Pass, ReadinessResult::Warn, ReadinessResult::Fail};
// More stacks than this make the blocked chart's legend unreadable: the rest are summed.
constexpr int kMaxBlockedSets = 8;

QString statusName(ConnectorStatus s)
{
    switch (s) {
    case ConnectorStatus::Active:
        return InsightsPage::tr("Active");
    case ConnectorStatus::Paused:
        return InsightsPage::tr("Paused");
    case ConnectorStatus::Disconnected:
        return InsightsPage::tr("Disconnected");
    case ConnectorStatus::Retired:
        return InsightsPage::tr("Retired");
    }
    return {};
}

QString powerName(int power)
{
    switch (power) {
    case int(Power::Read):
        return InsightsPage::tr("Read");
    case int(Power::Search):
        return InsightsPage::tr("Search");
    case int(Power::Draft):
        return InsightsPage::tr("Draft");
    case int(Power::Write):
        return InsightsPage::tr("Write");
    case int(Power::Send):
        return InsightsPage::tr("Send");
    case int(Power::Trigger):
        return InsightsPage::tr("Trigger");
    default:
        return InsightsPage::tr("None");
    }
}

QString resultName(ReadinessResult r)
{
    switch (r) {
    case ReadinessResult::Pass:
        return InsightsPage::tr("Pass");
    case ReadinessResult::Warn:
        return InsightsPage::tr("Warn");
    case ReadinessResult::Fail:
        return InsightsPage::tr("Fail");
    }
    return {};
}

// One set per category, each with a value only in its own category: a stacked series then
// draws every bar in its own colour, which one set cannot do.
QList<QBarSet *> appendCategorySets(QAbstractBarSeries *series, const QStringList &names)
{
    QList<QBarSet *> sets;
    for (const QString &name : names) {
        auto *set = new QBarSet(name);
        for (qsizetype i = 0; i < names.size(); ++i)
            set->append(0);
        series->append(set);
        sets.append(set);
    }
    series->setLabelsVisible(true);
    return sets;
}

// Puts counts[i] into set i's own category (category i, or the i-th from the end when the
// categories are listed in reverse); returns the highest count.
int setCategoryCounts(const QList<QBarSet *> &sets, const QList<int> &counts, bool reversed)
{
    int highest = 0;
    for (int i = 0; i < sets.size(); ++i) {
        sets[i]->replace(reversed ? int(sets.size()) - 1 - i : i, counts.value(i));
        highest = std::max(highest, counts.value(i));
    }
    return highest;
}

void showSetTotal(bool on, int, QBarSet *set)
{
    if (on)
        QToolTip::showText(QCursor::pos(), u"%1: %2"_s.arg(set->label()).arg(set->sum()));
}

} // namespace

InsightsPage::InsightsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , store_(store)
{
    setObjectName(u"insightsPage"_s);
    reader_ = new BackgroundRead(this);

    summary_ = new QLabel(this);
    summary_->setObjectName(u"insightsSummary"_s);
    summary_->setWordWrap(true);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);

    buildStatusChart();
    buildPowerChart();
    buildReadinessChart();
    buildReviewsChart();
    buildBlockedChart();
    approvalCharts_ = new ApprovalCharts(charts);
    // Three small charts over two wide ones: the time series need the width. Below them the
    // approval flow: how requests ended and how fast, then the tools' approve rates, whose
    // labels need the whole width.
    for (int i = 0; i < 3; ++i)
        grid->addWidget(views_[i], 0, 2 * i, 1, 2);
    grid->addWidget(views_[3], 1, 0, 1, 3);
    grid->addWidget(views_[4], 1, 3, 1, 3);
    grid->addWidget(approvalCharts_->decisionsView(), 2, 0, 1, 3);
    grid->addWidget(approvalCharts_->timeView(), 2, 3, 1, 3);
    grid->addWidget(approvalCharts_->toolsView(), 3, 0, 1, 6);
    // The date labels and the blocked chart's legend follow the charts' widths.
    views_[3]->installEventFilter(this);
    views_[4]->installEventFilter(this);
    approvalCharts_->decisionsView()->installEventFilter(this);
    for (int c = 0; c < 6; ++c)
        grid->setColumnStretch(c, 1);
    for (int r = 0; r < 4; ++r)
        grid->setRowStretch(r, 1);

    auto *empty = new QLabel(tr("No connectors in this store yet. Once connectors are added "
                                "(for example with airlockctl connector apply), their status, "
                                "powers, readiness, reviews and blocked attempts appear here."),
                             this);
    empty->setObjectName(u"insightsEmpty"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(24);

    // Below the charts' minimum sizes the page scrolls rather than squeezing their labels.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"insightsScroll"_s);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(scroll);
    stack_->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(summary_);
    layout->addWidget(stack_, 1);

    applyTheme();
    reload();
}

QChartView *InsightsPage::addView(QChart *chart, const QString &objectName)
{
    chart->legend()->setVisible(false);
    // Room on the right for the last date label, which is centred on the last bar.
    chart->setMargins(QMargins(4, 4, 16, 4));
    auto *view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 240);
    views_.append(view);
    return view;
}

void InsightsPage::buildStatusChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Connectors by status"));
    // Horizontal bars, active on top: the status names keep their full width however
    // narrow the chart gets (a pie's legend would cut them).
    auto *series = new QHorizontalStackedBarSeries;
    QStringList names;
    for (ConnectorStatus s : kStatuses)
        names << statusName(s);
    statusSets_ = appendCategorySets(series, names);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    std::reverse(names.begin(), names.end());
    axis->setCategories(names);
    statusCounts_ = countAxis(tr("Connectors"));
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(statusCounts_, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(statusCounts_);
    connect(series, &QAbstractBarSeries::hovered, this, &showSetTotal);
    addView(chart, u"statusChart"_s);
}

void InsightsPage::buildPowerChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Connectors by highest power"));
    powerSet_ = new QBarSet(tr("Connectors"));
    // Horizontal bars: the power names keep their full width, and risk rises upwards.
    auto *series = new QHorizontalBarSeries;
    series->append(powerSet_);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    powerAxis_ = new QBarCategoryAxis;
    powerAxis_->setTitleText(tr("Risk rises ↑"));
    powerCounts_ = countAxis(tr("Connectors"));
    chart->addAxis(powerAxis_, Qt::AlignLeft);
    chart->addAxis(powerCounts_, Qt::AlignBottom);
    series->attachAxis(powerAxis_);
    series->attachAxis(powerCounts_);
    addView(chart, u"powerChart"_s);
}

void InsightsPage::buildReadinessChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Readiness"));
    auto *series = new QStackedBarSeries;
    QStringList categories;
    for (ReadinessResult r : kResults)
        categories << resultName(r);
    readinessSets_ = appendCategorySets(series, categories);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->setCategories(categories);
    axis->setTitleText(tr("Worst checklist result"));
    readinessCounts_ = countAxis(tr("Connectors"));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(readinessCounts_, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(readinessCounts_);
    connect(series, &QAbstractBarSeries::hovered, this, &showSetTotal);
    addView(chart, u"readinessChart"_s);
}

void InsightsPage::buildReviewsChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Reviews due in the next 90 days"));
    overdueSet_ = new QBarSet(tr("Overdue"));
    dueSet_ = new QBarSet(tr("Due"));
    auto *series = new QStackedBarSeries;
    series->append(overdueSet_);
    series->append(dueSet_);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    // Thirteen dates rarely fit under the bars: a category axis labels some of the weeks
    // (bars stand at 0 … 12, this week first).
    weekAxis_ = new QCategoryAxis;
    weekAxis_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    weekAxis_->setRange(-0.5, kInsightReviewWeeks - 0.5);
    weekAxis_->setTitleText(tr("Week starting"));
    reviewCounts_ = countAxis(tr("Reviews"));
    chart->addAxis(weekAxis_, Qt::AlignBottom);
    chart->addAxis(reviewCounts_, Qt::AlignLeft);
    series->attachAxis(weekAxis_);
    series->attachAxis(reviewCounts_);
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        if (on)
            QToolTip::showText(
                QCursor::pos(),
                u"%1 · %2: %3"_s.arg(shortDate(today_.addDays(7 * index)), set->label())
                    .arg(set->at(index)));
    });
    addView(chart, u"reviewsChart"_s);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
}

void InsightsPage::buildBlockedChart()
{
    blockedChart_ = new QChart;
    blockedChart_->setTitle(tr("Blocked attempts per connector, last 30 days"));
    blockedSeries_ = new QStackedBarSeries;
    blockedSeries_->setBarWidth(0.8);
    blockedChart_->addSeries(blockedSeries_);
    // Thirty days are too many for a label each: a category axis labels one day a week or
    // fewer (bars stand at 0 … 29, today last).
    dayAxis_ = new QCategoryAxis;
    dayAxis_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    dayAxis_->setRange(-0.5, kInsightBlockedDays - 0.5);
    dayAxis_->setTitleText(tr("Day (UTC)"));
    blockedCounts_ = countAxis(tr("Attempts"));
    blockedChart_->addAxis(dayAxis_, Qt::AlignBottom);
    blockedChart_->addAxis(blockedCounts_, Qt::AlignLeft);
    blockedSeries_->attachAxis(dayAxis_);
    blockedSeries_->attachAxis(blockedCounts_);
    connect(blockedSeries_, &QAbstractBarSeries::hovered, this,
            [this](bool on, int index, QBarSet *set) {
                if (!on)
                    return;
                const QDate day = today_.addDays(index + 1 - kInsightBlockedDays);
                QToolTip::showText(
                    QCursor::pos(),
                    u"%1 · %2: %3"_s.arg(shortDate(day), set->label()).arg(set->at(index)));
            });
    addView(blockedChart_, u"blockedChart"_s);
    blockedChart_->legend()->setVisible(true);
    blockedChart_->legend()->setAlignment(Qt::AlignTop);
}

void InsightsPage::reload()
{
    // Summarising a large inventory takes long enough to stall a frame: read on a worker
    // thread with its own connection; a newer reload drops an older result.
    QPointer<InsightsPage> self(this);
    reader_->start(store_.url(), [self](Store &store) -> std::function<void()> {
        auto insights = loadInsights(store);
        return [self, insights] {
            if (!self)
                return;
            if (!insights)
                self->summary_->setText(tr("Cannot read the insights: %1").arg(insights.message()));
            else
                self->display(*insights);
        };
    });
}

bool InsightsPage::isLoading() const
{
    return reader_->isBusy();
}

void InsightsPage::display(const InventoryInsights &in)
{
    today_ = in.today;
    int blocked = 0;
    for (const auto &connector : in.blockedPerConnector) {
        for (const auto &day : connector.second)
            blocked += day.second;
    }
    int ended = 0;
    for (const ApprovalInsights::Day &day : in.approvals.perDay)
        ended += day.total();
    summary_->setText(tr("%n connector(s)", nullptr, in.connectors) + u" · "_s +
                      tr("%n review(s) overdue", nullptr, in.reviewsOverdue) + u" · "_s +
                      tr("%n blocked attempt(s) in the last 30 days", nullptr, blocked) + u" · "_s +
                      tr("%n approval request(s) ended in the last 30 days", nullptr, ended));
    stack_->setCurrentIndex(in.connectors == 0 ? 1 : 0);

    QList<int> counts;
    for (ConnectorStatus s : kStatuses)
        counts << in.byStatus.value(s);
    fitCounts(statusCounts_, setCategoryCounts(statusSets_, counts, true));

    // Risk order, read → trigger; "none" only when some connector has no power at all.
    QStringList powers;
    QList<qreal> perPower;
    int highest = 0;
    for (int p = -1; p <= int(Power::Trigger); ++p) {
        const int n = in.byHighestPower.value(p);
        if (p < 0 && n == 0)
            continue;
        powers << powerName(p);
        perPower << n;
        highest = std::max(highest, n);
    }
    if (powerAxis_->categories() != powers)
        powerAxis_->setCategories(powers);
    if (powerSet_->count() != perPower.size()) {
        powerSet_->remove(0, powerSet_->count());
        powerSet_->append(perPower);
    } else {
        for (int i = 0; i < perPower.size(); ++i)
            powerSet_->replace(i, perPower[i]);
    }
    fitCounts(powerCounts_, highest);

    counts.clear();
    for (ReadinessResult r : kResults)
        counts << in.byReadiness.value(r);
    fitCounts(readinessCounts_, setCategoryCounts(readinessSets_, counts, false));

    highest = 0;
    const bool resize = overdueSet_->count() != in.reviewsDue.size();
    if (resize) {
        overdueSet_->remove(0, overdueSet_->count());
        dueSet_->remove(0, dueSet_->count());
    }
    for (int i = 0; i < in.reviewsDue.size(); ++i) {
        const int overdue = i == 0 ? in.reviewsOverdue : 0;
        const int due = in.reviewsDue[i].second - overdue;
        if (resize) {
            overdueSet_->append(overdue);
            dueSet_->append(due);
        } else {
            overdueSet_->replace(i, overdue);
            dueSet_->replace(i, due);
        }
        highest = std::max(highest, in.reviewsDue[i].second);
    }
    fitCounts(reviewCounts_, highest);

    showBlocked(in);
    approvalCharts_->display(in.approvals);
    fitDateLabels();
}

void InsightsPage::showBlocked(const InventoryInsights &in)
{
    // The connectors with the most blocked attempts keep a stack of their own; when there
    // are too many for a legend, the rest share one.
    QList<QPair<QString, QList<int>>> stacks;
    for (const auto &[name, perDay] : in.blockedPerConnector) {
        QList<int> counts;
        counts.reserve(perDay.size());
        for (const auto &day : perDay)
            counts << day.second;
        stacks.append({name.isEmpty() ? tr("(no connector)") : name, counts});
    }
    if (stacks.size() > kMaxBlockedSets) {
        const auto total = [](const QList<int> &counts) {
            return std::accumulate(counts.cbegin(), counts.cend(), 0);
        };
        std::stable_sort(stacks.begin(), stacks.end(), [&](const auto &a, const auto &b) {
            return total(a.second) > total(b.second);
        });
        QList<int> others(kInsightBlockedDays, 0);
        for (qsizetype i = kMaxBlockedSets - 1; i < stacks.size(); ++i) {
            for (int d = 0; d < kInsightBlockedDays; ++d)
                others[d] += stacks[i].second.value(d);
        }
        stacks.resize(kMaxBlockedSets - 1);
        stacks.append({tr("Other connectors"), others});
    }

    const QList<QBarSet *> sets = blockedSeries_->barSets();
    bool same = sets.size() == stacks.size();
    for (qsizetype i = 0; same && i < sets.size(); ++i)
        same = sets[i]->label() == stacks[i].first;
    if (!same) {
        blockedSeries_->clear(); // deletes the old sets
        for (const auto &[label, counts] : stacks) {
            auto *set = new QBarSet(label);
            for (int n : counts)
                set->append(n);
            blockedSeries_->append(set);
        }
        colourBlockedSets();
        placeBlockedLegend();
    } else {
        for (qsizetype i = 0; i < sets.size(); ++i) {
            for (int d = 0; d < stacks[i].second.size(); ++d)
                sets[i]->replace(d, stacks[i].second[d]);
        }
    }

    int highest = 0;
    for (int d = 0; d < kInsightBlockedDays; ++d) {
        int day = 0;
        for (const auto &stack : stacks)
            day += stack.second.value(d);
        highest = std::max(highest, day);
    }
    fitCounts(blockedCounts_, highest);

    blockedChart_->setTitle(stacks.isEmpty()
                                ? tr("Blocked attempts per connector, last 30 days: none")
                                : tr("Blocked attempts per connector, last 30 days"));
}

void InsightsPage::placeBlockedLegend()
{
    // The connectors' names in a row above the plot while they fit (a legend cuts names
    // that do not), in a column beside it otherwise.
    const QFontMetrics metrics(blockedChart_->legend()->font());
    int row = 0, column = 0;
    for (const QBarSet *set : blockedSeries_->barSets()) {
        const int item = metrics.horizontalAdvance(set->label()) + 2 * metrics.height(); // marker
        row += item;
        column = std::max(column, item);
    }
    const bool above = row <= views_[4]->width() - 40;
    blockedLegendWidth_ = above ? 0 : column;
    const Qt::Alignment where = above ? Qt::AlignTop : Qt::AlignRight;
    if (blockedChart_->legend()->alignment() != where)
        blockedChart_->legend()->setAlignment(where);
}

void InsightsPage::fitDateLabels()
{
    // QtCharts gives each label of a category axis the axis width / (labels + 1) and cuts
    // what does not fit, so the labels thin out until they fit whole. The axis widths are
    // estimated from the views' (the charts lay out later): the value axis and margins take
    // about 90 pixels.
    const QFontMetrics metrics(dayAxis_->labelsFont());
    int widest = 0;
    for (int d = 0; d < kInsightBlockedDays; ++d)
        widest = std::max(widest, metrics.horizontalAdvance(shortDate(today_.addDays(-d))));
    for (int w = 0; w < kInsightReviewWeeks; ++w)
        widest = std::max(widest, metrics.horizontalAdvance(shortDate(today_.addDays(7 * w))));
    const auto labelled = [&](int width, int last, std::initializer_list<int> steps) {
        int step = *std::prev(steps.end());
        for (int s : steps) {
            if (width / (last / s + 2) >= widest + 12) {
                step = s;
                break;
            }
        }
        return step;
    };

    // Reviews: from this week on.
    const int weekStep =
        labelled(views_[3]->width() - 90, kInsightReviewWeeks - 1, {1, 2, 4, 6, 12});
    QList<QPair<qreal, QString>> weeks;
    for (int w = 0; w < kInsightReviewWeeks; w += weekStep)
        weeks.append({qreal(w), shortDate(today_.addDays(7 * w))});
    setLabels(weekAxis_, weeks);

    // Blocked attempts: back from today.
    const int last = kInsightBlockedDays - 1;
    const int dayStep = labelled(views_[4]->width() - 90 - blockedLegendWidth_, last, {7, 14, 29});
    QList<QPair<qreal, QString>> days;
    for (int d = last % dayStep; d <= last; d += dayStep)
        days.append({qreal(d), shortDate(today_.addDays(d - last))});
    setLabels(dayAxis_, days);
}

bool InsightsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == views_[3] || watched == views_[4])) {
        placeBlockedLegend();
        fitDateLabels();
    }
    if (event->type() == QEvent::Resize && watched == approvalCharts_->decisionsView())
        approvalCharts_->fitDateLabels();
    return QWidget::eventFilter(watched, event);
}

void InsightsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void InsightsPage::applyTheme()
{
    // Follow the application's palette: the dark chart theme on a dark window, the light
    // one otherwise. setTheme() recolours every series, so the colours that carry a meaning
    // are set again after it.
    dark_ = palette().color(QPalette::Window).lightness() < 128;
    const auto theme = dark_ ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChartView *view : std::as_const(views_)) {
        QChart *chart = view->chart();
        chart->setTheme(theme);
        chart->setBackgroundRoundness(4);
    }

    const Tones tones = tonesFor(palette(), dark_);
    const QColor statusTones[] = {tones.good, tones.caution, tones.bad, tones.neutral};
    // The counts stand inside the bars: dark on the dark theme's pale tones.
    const QColor inside = dark_ ? QColor(0x20, 0x21, 0x24) : QColor(Qt::white);
    for (int i = 0; i < statusSets_.size(); ++i) {
        statusSets_[i]->setColor(statusTones[i]);
        statusSets_[i]->setBorderColor(statusTones[i]);
        statusSets_[i]->setLabelColor(inside);
    }
    powerSet_->setColor(tones.accent);
    powerSet_->setBorderColor(tones.accent);
    powerSet_->setLabelColor(palette().color(QPalette::WindowText));
    const QColor resultTones[] = {tones.good, tones.caution, tones.bad};
    for (int i = 0; i < readinessSets_.size(); ++i) {
        readinessSets_[i]->setColor(resultTones[i]);
        readinessSets_[i]->setBorderColor(resultTones[i]);
        readinessSets_[i]->setLabelColor(inside);
    }
    overdueSet_->setColor(tones.bad);
    overdueSet_->setBorderColor(tones.bad);
    dueSet_->setColor(tones.accent);
    dueSet_->setBorderColor(tones.accent);
    colourBlockedSets();
    approvalCharts_->applyTheme(palette(), dark_);
}

void InsightsPage::colourBlockedSets()
{
    const QList<QColor> colours = categoricalColours(dark_);
    const QList<QBarSet *> sets = blockedSeries_->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets[i]->setColor(colours[i % colours.size()]);
        sets[i]->setBorderColor(colours[i % colours.size()]);
    }
}

} // namespace airlock
