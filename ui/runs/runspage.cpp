#include "runspage.h"

#include "clock.h"
#include "connectordelegate.h"
#include "jobs/backgroundread.h"
#include "runlistmodel.h"
#include "runs/runflags.h"
#include "runtimelinepage.h"
#include "store/connectorstore.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

RunsPage::RunsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , store_(store)
{
    setObjectName(u"runsPage"_s);
    model_ = new RunListModel(this);
    pages_ = new BackgroundRead(this);
    choices_ = new BackgroundRead(this);
    pages_->setErrorHandler([this](const QString &message) { updateSummary(message); });

    status_ = new QComboBox(this);
    status_->setObjectName(u"runsStatus"_s);
    status_->setToolTip(tr("Only runs with this status"));
    status_->addItem(tr("Any status"), -1);
    for (RunStatus s : {RunStatus::Running, RunStatus::WaitingApproval, RunStatus::Succeeded,
                        RunStatus::Failed, RunStatus::Blocked, RunStatus::Stopped})
        status_->addItem(RunListModel::statusText(s), int(s));

    workflow_ = new QComboBox(this);
    workflow_->setObjectName(u"runsWorkflow"_s);
    workflow_->setToolTip(tr("Only runs of this workflow"));
    // A long workflow or connector name must not push the other filters off the screen.
    workflow_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    workflow_->setMinimumContentsLength(20);
    workflow_->addItem(tr("Any workflow"), QString());

    connector_ = new QComboBox(this);
    connector_->setObjectName(u"runsConnector"_s);
    connector_->setToolTip(tr("Only runs that touched this connector"));
    connector_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connector_->setMinimumContentsLength(20);
    connector_->addItem(tr("Any connector"), QString());

    period_ = new QComboBox(this);
    period_->setObjectName(u"runsPeriod"_s);
    period_->setToolTip(tr("Only runs started in this period"));
    period_->addItem(tr("Any time"), 0);
    period_->addItem(tr("Last hour"), 1);
    period_->addItem(tr("Last 24 hours"), 24);
    period_->addItem(tr("Last 7 days"), 7 * 24);
    period_->addItem(tr("Last 30 days"), 30 * 24);
    period_->addItem(tr("Older than 30 days"), -30 * 24);

    flag_ = new QComboBox(this);
    flag_->setObjectName(u"runsFlag"_s);
    flag_->setToolTip(tr("Only runs where something went wrong"));
    flag_->addItem(tr("Any outcome"), 0);
    flag_->addItem(tr("Anything went wrong"), int(kAllRunFlags));
    flag_->addItem(tr("A call was blocked"), int(RunBlocked));
    flag_->addItem(tr("An approval was rejected"), int(RunRejected));
    flag_->addItem(tr("Something failed"), int(RunFailed));
    flag_->addItem(tr("It was stopped"), int(RunStopped));

    for (QComboBox *combo : {status_, workflow_, connector_, period_, flag_})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { loadPage(true); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(status_);
    filters->addWidget(workflow_);
    filters->addWidget(connector_);
    filters->addWidget(period_);
    filters->addWidget(flag_);
    filters->addStretch(1);

    model_->setWarningColor(warningColor(palette()));
    table_ = new QTableView(this);
    table_->setObjectName(u"runsTable"_s);
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 10);
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table_->horizontalHeader()->setStretchLastSection(true);
    // Widths from the font, so pages arriving never re-lay out the table.
    const QFontMetrics fm = table_->fontMetrics();
    const int ch = fm.averageCharWidth();
    table_->setColumnWidth(RunListModel::WorkflowColumn, ch * 18 + 16);
    table_->setColumnWidth(RunListModel::TriggerColumn, ch * 30 + 16);
    table_->setColumnWidth(RunListModel::ConnectorsColumn, ch * 32 + 16);
    table_->setColumnWidth(
        RunListModel::StatusColumn,
        fm.horizontalAdvance(RunListModel::statusText(RunStatus::WaitingApproval)) + 24);
    table_->setColumnWidth(RunListModel::StartedColumn,
                           fm.horizontalAdvance(u"0000-00-00 00:00"_s) + 24);
    table_->setColumnWidth(RunListModel::DurationColumn,
                           fm.horizontalAdvance(u"00 h 00 min"_s) + 24);
    table_->setColumnWidth(RunListModel::TokensColumn, fm.horizontalAdvance(u"000,000"_s) + 24);
    connect(table_, &QTableView::activated, this, [this] { openSelected(); });
    connect(model_, &RunListModel::moreWanted, this, [this] { loadPage(false); });

    summary_ = new QLabel(this);
    summary_->setObjectName(u"runsSummary"_s);
    auto *hint = new QLabel(tr("Open a run (double-click or Enter) to replay its timeline."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *footer = new QHBoxLayout;
    footer->addWidget(summary_, 1);
    footer->addWidget(hint);

    list_ = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list_);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(table_, 1);
    listLayout->addLayout(footer);

    timeline_ = new RunTimelinePage(store_, this);
    connect(timeline_, &RunTimelinePage::backRequested, this, &RunsPage::showList);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(list_);
    stack_->addWidget(timeline_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(stack_);

    loadPage(true);
}

RunsPage::~RunsPage() = default;

RunStore::Filter RunsPage::currentFilter() const
{
    RunStore::Filter f;
    if (const int s = status_->currentData().toInt(); s >= 0)
        f.status = RunStatus(s);
    f.workflow = workflow_->currentData().toString();
    f.connector = connector_->currentData().toString();
    const int hours = period_->currentData().toInt();
    if (hours > 0)
        f.from = currentTime().addSecs(-qint64(hours) * 3600);
    else if (hours < 0)
        f.until = currentTime().addSecs(qint64(hours) * 3600);
    f.flags = flag_->currentData().toInt();
    return f;
}

void RunsPage::reload()
{
    loadPage(true, true);
    loadChoices();
    timeline_->reloadIfLive();
}

void RunsPage::loadPage(bool first, bool keepShown)
{
    const RunStore::Filter filter = currentFilter();
    // A first page replaces the rows only when it arrives, so a live refresh never blanks the
    // table; until then no more is fetched from the old end.
    if (first && model_->rowCount() == 0)
        summary_->setText(tr("Loading runs…"));
    const RunStore::Cursor after = first ? RunStore::Cursor() : model_->cursor();
    // A refresh re-reads as many rows as are shown (up to a large page), so a reader who has
    // scrolled down is not thrown back to the first 200 by every change in the store.
    const int limit = first && keepShown
                          ? std::clamp(int(model_->rowCount()), kPageSize, RunStore::kMaxPage - 1)
                          : kPageSize;
    model_->setLoading(true);
    QPointer<RunsPage> self(this);
    // One row more than a page says whether another page exists, without counting.
    pages_->start(store_.url(),
                  [self, filter, after, first, limit](Store &store) -> std::function<void()> {
                      auto runs = RunStore(store).page(filter, after, limit + 1);
                      return [self, runs, first, limit] {
                          if (!self)
                              return;
                          if (!runs) {
                              self->model_->setLoading(false);
                              self->updateSummary(runs.message());
                              return;
                          }
                          QList<Run> rows = *runs;
                          const bool more = rows.size() > limit;
                          if (more)
                              rows.removeLast();
                          QString selected;
                          if (first) {
                              selected = self->model_->runId(self->table_->currentIndex().row());
                              self->model_->clear();
                          }
                          self->model_->appendPage(rows, more);
                          if (first && self->model_->rowCount() > 0) {
                              const int row = std::max(0, self->model_->rowOfRun(selected));
                              self->table_->setCurrentIndex(self->model_->index(row, 0));
                          }
                          self->updateSummary();
                          if (first && self->workflow_->count() == 1)
                              self->loadChoices();
                          Q_EMIT self->pageLoaded(self->model_->rowCount());
                      };
                  });
}

void RunsPage::loadChoices()
{
    QPointer<RunsPage> self(this);
    choices_->start(store_.url(), [self](Store &store) -> std::function<void()> {
        auto workflows = RunStore(store).workflows();
        auto connectors = ConnectorStore(store).list();
        return [self, workflows, connectors] {
            if (!self)
                return;
            auto refill = [](QComboBox *combo, const QStringList &names) {
                const QString current = combo->currentData().toString();
                const QSignalBlocker block(combo);
                while (combo->count() > 1)
                    combo->removeItem(1);
                for (const QString &n : names)
                    combo->addItem(n, n);
                combo->setCurrentIndex(std::max(0, combo->findData(current)));
            };
            if (workflows)
                refill(self->workflow_, *workflows);
            if (connectors) {
                QStringList names;
                for (const Connector &c : *connectors)
                    names << c.name;
                names.sort(Qt::CaseInsensitive);
                refill(self->connector_, names);
            }
        };
    });
}

void RunsPage::updateSummary(const QString &error)
{
    if (!error.isEmpty()) {
        summary_->setText(tr("Cannot read the runs: %1").arg(error));
        return;
    }
    const int n = model_->rowCount();
    if (n == 0)
        summary_->setText(tr("No runs match these filters."));
    else if (model_->hasMore())
        summary_->setText(tr("%n run(s) shown, newest first; more load as you scroll", nullptr, n));
    else
        summary_->setText(tr("%n run(s)", nullptr, n));
}

bool RunsPage::isLoading() const
{
    return pages_->isBusy();
}

void RunsPage::openSelected()
{
    const QString id = model_->runId(table_->currentIndex().row());
    if (!id.isEmpty())
        openRun(id);
}

void RunsPage::openRun(const QString &runId)
{
    stack_->setCurrentWidget(timeline_);
    timeline_->load(runId);
}

void RunsPage::showList()
{
    stack_->setCurrentWidget(list_);
    table_->setFocus();
}

bool RunsPage::isShowingTimeline() const
{
    return stack_->currentWidget() == timeline_;
}

} // namespace airlock
