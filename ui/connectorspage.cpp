#include "connectorspage.h"

#include "auditreport.h"
#include "connectordelegate.h"
#include "connectordetail.h"
#include "connectoreditdialog.h"
#include "connectorfilter.h"
#include "disconnectdialog.h"
#include "export/exporter.h"
#include "clock.h"
#include "inventory/connectorsummary.h"
#include "jobs/backgroundread.h"
#include "inventory/connectortablemodel.h"
#include "inventory/disconnectimpact.h"
#include "store/connectorstore.h"
#include "store/grantstore.h"
#include "store/store.h"

#include <QAction>
#include <QComboBox>
#include <QCursor>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

ConnectorsPage::ConnectorsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , store_(store)
{
    setObjectName(u"connectorsPage"_s);
    model_ = new ConnectorTableModel(this);
    filter_ = new ConnectorFilter(this);
    filter_->setSourceModel(model_);

    search_ = new QLineEdit(this);
    search_->setObjectName(u"connectorSearch"_s);
    search_->setPlaceholderText(tr("Search connectors (Ctrl+F)"));
    search_->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, search_, [this] { search_->setFocus(); search_->selectAll(); });
    addAction(find);
    connect(search_, &QLineEdit::textChanged, filter_, &ConnectorFilter::setSearchText);

    status_ = new QComboBox(this);
    status_->setObjectName(u"statusFilter"_s);
    status_->addItem(tr("All statuses"), -1);
    for (ConnectorStatus s : {ConnectorStatus::Active, ConnectorStatus::Paused,
                              ConnectorStatus::Disconnected, ConnectorStatus::Retired})
        status_->addItem(ConnectorTableModel::statusName(s), int(s));
    connect(status_, &QComboBox::currentIndexChanged, this, [this] {
        const int s = status_->currentData().toInt();
        filter_->setStatus(s < 0 ? std::nullopt : std::optional<int>(s));
    });

    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(u"exportCsvButton"_s);
    connect(exportButton, &QPushButton::clicked, this, &ConnectorsPage::exportCsv);
    auto *pdfButton = new QPushButton(tr("Export PDF report…"), this);
    pdfButton->setObjectName(u"exportPdfButton"_s);
    connect(pdfButton, &QPushButton::clicked, this, &ConnectorsPage::exportPdfReport);
    summary_ = new QLabel(this);
    summary_->setObjectName(u"inventorySummary"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(search_, 2);
    bar->addWidget(status_);
    bar->addWidget(summary_, 1);
    bar->addWidget(exportButton);
    bar->addWidget(pdfButton);

    table_ = new QTableView(this);
    table_->setObjectName(u"connectorTable"_s);
    table_->setModel(filter_);
    delegate_ = new ConnectorDelegate(table_);
    table_->setItemDelegate(delegate_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setSortingEnabled(true);
    table_->sortByColumn(ConnectorTableModel::NameColumn, Qt::AscendingOrder);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows (large inventories stay fast).
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The kill switch is on every row, right after the name.
    table_->horizontalHeader()->moveSection(ConnectorTableModel::ActionColumn, 1);
    connect(table_, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != ConnectorTableModel::ActionColumn)
            return;
        if (!delegate_->killSwitchAllowed()) {
            // Shown, but not offered: say why right where the user clicked.
            QToolTip::showText(QCursor::pos(), delegate_->killSwitchRefused(), table_);
            return;
        }
        const QString name = index.data(ConnectorTableModel::NameRole).toString();
        switch (ConnectorStatus(index.data(ConnectorTableModel::StatusRole).toInt())) {
        case ConnectorStatus::Active:
        case ConnectorStatus::Paused: disconnectConnector(name); break;
        case ConnectorStatus::Disconnected: transition(name, int(ConnectorStore::Transition::Reconnect), true); break;
        case ConnectorStatus::Retired: break;
        }
    });
    table_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table_, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = table_->indexAt(pos);
        if (!index.isValid())
            return;
        const QString name = index.data(ConnectorTableModel::NameRole).toString();
        QMenu menu(this);
        const auto status = ConnectorStatus(index.data(ConnectorTableModel::StatusRole).toInt());
        // Shared mode: what the login's roles do not allow is shown, but not offered.
        const auto &roles = detail_->roles();
        if (status == ConnectorStatus::Active || status == ConnectorStatus::Paused) {
            QAction *d = menu.addAction(tr("Disconnect %1…").arg(name), this, [this, name] { disconnectConnector(name); });
            d->setEnabled(!roles || roles->canChangeConnectorStatus());
        }
        QAction *r = menu.addAction(tr("Record Review…"), this, [this, name] { recordReview(name); });
        r->setEnabled(!roles || roles->canEditConnectors());
        menu.exec(table_->viewport()->mapToGlobal(pos));
    });

    detail_ = new ConnectorDetail(this);
    if (auto roles = readSessionRoles(store_)) {
        detail_->setRoles(*roles);
        if (!roles->canChangeConnectorStatus())
            delegate_->setKillSwitchRefused(ConnectorDetail::statusChangeRefused(*roles));
    }
    connect(detail_, &ConnectorDetail::disconnectRequested, this, &ConnectorsPage::disconnectConnector);
    connect(detail_, &ConnectorDetail::reconnectRequested, this,
            [this](const QString &n) { transition(n, int(ConnectorStore::Transition::Reconnect), true); });
    connect(detail_, &ConnectorDetail::pauseRequested, this,
            [this](const QString &n) { transition(n, int(ConnectorStore::Transition::Pause), false); });
    connect(detail_, &ConnectorDetail::resumeRequested, this,
            [this](const QString &n) { transition(n, int(ConnectorStore::Transition::Resume), false); });
    connect(detail_, &ConnectorDetail::retireRequested, this,
            [this](const QString &n) { transition(n, int(ConnectorStore::Transition::Retire), true); });
    connect(detail_, &ConnectorDetail::reviewRequested, this, &ConnectorsPage::recordReview);
    connect(detail_, &ConnectorDetail::editRequested, this, &ConnectorsPage::editConnector);
    connect(detail_, &ConnectorDetail::revokeGrantRequested, this, &ConnectorsPage::revokeGrant);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"connectorsSplitter"_s);
    splitter->addWidget(table_);
    splitter->addWidget(detail_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 500});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConnectorsPage::showSelected);
    reader_ = new BackgroundRead(this);
    reload();
}

void ConnectorsPage::reload()
{
    if (model_->rowCount() == 0)
        summary_->setText(tr("Loading the inventory…"));
    // 10,000 connectors take ~0.4 s to summarise (tests/bench/bench_inventory): never on the
    // UI thread. The rows arrive as one queued call; a newer reload drops an older result.
    QPointer<ConnectorsPage> self(this);
    reader_->start(store_.url(), [self](Store &store) -> std::function<void()> {
        auto summaries = InventoryQuery(store).summaries();
        return [self, summaries] {
            if (!self)
                return;
            if (!summaries) {
                self->summary_->setText(tr("Cannot read the inventory: %1").arg(summaries.message()));
                return;
            }
            self->applySummaries(*summaries);
        };
    });
}

bool ConnectorsPage::isLoading() const
{
    return reader_->isBusy();
}

void ConnectorsPage::applySummaries(const QList<ConnectorSummary> &summaries)
{
    const QString selected = selectedName();
    model_->setSummaries(summaries);
    int drifted = 0, overdue = 0, disconnected = 0;
    const QDateTime now = currentTime();
    for (const ConnectorSummary &s : summaries) {
        drifted += s.driftedTools > 0;
        overdue += s.connector.nextReviewDue.isValid() && s.connector.nextReviewDue < now;
        disconnected += s.connector.status == ConnectorStatus::Disconnected;
    }
    summary_->setText(tr("%n connector(s)", nullptr, int(summaries.size())) + u" · "_s
                      + tr("%n with drift", nullptr, drifted) + u" · "_s
                      + tr("%n review(s) overdue", nullptr, overdue) + u" · "_s
                      + tr("%n disconnected", nullptr, disconnected));
    Q_EMIT countChanged(int(summaries.size()));
    if (!selected.isEmpty())
        selectConnector(selected);
    else if (filter_->rowCount() > 0 && !table_->currentIndex().isValid())
        table_->selectRow(0);
    if (!sized_ && model_->rowCount() > 0) {
        // Fit columns to their contents once, but keep long texts (targets, scopes) from
        // pushing the rest out of sight; the full text is in each cell's tooltip.
        sized_ = true;
        table_->resizeColumnsToContents();
        for (int c = 0; c < model_->columnCount(); ++c)
            table_->setColumnWidth(c, qMin(table_->columnWidth(c), 260));
    }
    showSelected();
}

QString ConnectorsPage::selectedName() const
{
    const QModelIndex current = table_->currentIndex();
    return current.isValid() ? current.data(ConnectorTableModel::NameRole).toString() : QString();
}

void ConnectorsPage::selectConnector(const QString &name)
{
    const int row = model_->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = filter_->mapFromSource(model_->index(row, 0));
    if (index.isValid() && index.row() != table_->currentIndex().row())
        table_->selectRow(index.row());
}

void ConnectorsPage::showSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        detail_->clear();
        return;
    }
    auto view = loadConnectorView(store_, name);
    if (!view) {
        detail_->clear();
        return;
    }
    detail_->showConnector(*view);
}

void ConnectorsPage::showError(const QString &what, const QString &message)
{
    QMessageBox::warning(this, what, message);
}

void ConnectorsPage::disconnectConnector(const QString &name)
{
    auto impact = disconnectImpact(store_, name);
    if (!impact) {
        showError(tr("Disconnect"), impact.message());
        return;
    }
    DisconnectDialog dialog(*impact, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto withdrawn = ConnectorStore(store_).transition(name, ConnectorStore::Transition::Disconnect, dialog.reason());
    if (!withdrawn)
        showError(tr("Disconnect"), withdrawn.message());
    reload();
}

void ConnectorsPage::transition(const QString &name, int t, bool reasonRequired)
{
    const auto which = ConnectorStore::Transition(t);
    const QString verb = transitionWord(which);
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("%1 %2").arg(verb.at(0).toUpper() + verb.mid(1), name),
        reasonRequired ? tr("Reason (required, kept as evidence):") : tr("Reason (kept as evidence):"),
        QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok)
        return;
    if (reasonRequired && reason.isEmpty()) {
        showError(verb, tr("A reason is required to %1 a connector.").arg(verb));
        return;
    }
    if (auto r = ConnectorStore(store_).transition(name, which, reason); !r)
        showError(verb, r.message());
    reload();
}

void ConnectorsPage::revokeGrant(const QString &connector, const QString &grantId)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Revoke grant on %1").arg(connector),
                                                 tr("Reason (required, kept as evidence):"),
                                                 QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok)
        return;
    if (reason.isEmpty()) {
        showError(tr("Revoke grant"), tr("A reason is required to revoke a grant."));
        return;
    }
    if (auto r = GrantStore(store_).revoke(grantId, reason); !r)
        showError(tr("Revoke grant"), r.message());
    reload();
}

void ConnectorsPage::recordReview(const QString &name)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Record review of %1").arg(name),
        tr("What did you review? Recording snapshots the connector and marks its tools reviewed."),
        QString(), &ok);
    if (!ok)
        return;
    if (auto r = ConnectorStore(store_).recordReview(name, note.trimmed()); !r)
        showError(tr("Record review"), r.message());
    reload();
}

void ConnectorsPage::editConnector(const QString &name)
{
    auto current = ConnectorStore(store_).get(name);
    if (!current) {
        showError(tr("Edit"), current.message());
        return;
    }
    ConnectorEditDialog dialog(*current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConnectorDocument doc;
    doc.connector = dialog.edited();
    // Only what the dialog edits changes; the revision it started from guards against a
    // concurrent edit by someone else, which is refused with an explanation.
    auto applied = ConnectorStore(store_).apply(doc, dialog.reason(), current->revision);
    if (!applied)
        showError(tr("Edit"), applied.message());
    reload();
}

void ConnectorsPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export connectors"), u"connectors.csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto data = exportConnectors(store_, ExportFormat::Csv);
    if (!data) {
        showError(tr("Export"), data.message());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit())
        showError(tr("Export"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void ConnectorsPage::exportPdfReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit report"),
                                                      u"airlock-audit-report.pdf"_s,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeAuditReport(store_, path, store_.actor()); !s)
        showError(tr("Export PDF report"), s.message());
}

} // namespace airlock
