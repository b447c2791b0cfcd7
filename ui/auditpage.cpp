#include "auditpage.h"

#include "auditeventmodel.h"
#include "checkpointlist.h"
#include "clock.h"
#include "connectordelegate.h"
#include "jobs/chainverification.h"
#include "store/connectorstore.h"
#include "store/store.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStringListModel>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <limits>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr int kPageSize = 200;
constexpr int kContextRadius = 3; // events shown on each side of a broken link

// The read-only, fixed-row-height table both event lists use.
QTableView *eventTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from the font rather than from the rows, so a page of data never re-lays out.
    const QFontMetrics fm = table->fontMetrics();
    table->setColumnWidth(AuditEventModel::SeqColumn, fm.horizontalAdvance(u"#000000"_s) + 16);
    table->setColumnWidth(AuditEventModel::TimeColumn,
                          fm.horizontalAdvance(u"0000-00-00 00:00"_s) + 24);
    table->setColumnWidth(AuditEventModel::ActorColumn, fm.averageCharWidth() * 18 + 16);
    table->setColumnWidth(AuditEventModel::ConnectorColumn, fm.averageCharWidth() * 22 + 16);
    table->setColumnWidth(AuditEventModel::WhatColumn,
                          fm.horizontalAdvance(AuditEventModel::tr("Permission mode changed")) +
                              24);
    return table;
}

} // namespace

AuditPage::AuditPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , store_(store)
{
    setObjectName(u"auditPage"_s);
    model_ = new AuditEventModel(this);

    // --- filters
    connector_ = new QComboBox(this);
    connector_->setObjectName(u"auditConnector"_s);
    connector_->setToolTip(tr("Only changes to this connector"));
    connector_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connector_->setMinimumContentsLength(16);

    actor_ = new QLineEdit(this);
    actor_->setObjectName(u"auditActor"_s);
    actor_->setPlaceholderText(tr("Who (identity)"));
    actor_->setToolTip(tr("Only changes made by this identity"));
    actor_->setClearButtonEnabled(true);
    auto *actorCompleter = new QCompleter(new QStringListModel(this), this);
    actorCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    actor_->setCompleter(actorCompleter);

    kind_ = new QComboBox(this);
    kind_->setObjectName(u"auditKind"_s);
    kind_->setToolTip(tr("Only this kind of change"));
    kind_->addItem(tr("All changes"), -1);
    for (EventKind k : governanceKinds())
        kind_->addItem(AuditEventModel::kindText(k), int(k));

    period_ = new QComboBox(this);
    period_->setObjectName(u"auditPeriod"_s);
    period_->setToolTip(tr("Only changes made in this period"));
    period_->addItem(tr("Any time"), 0);
    period_->addItem(tr("Last 24 hours"), 24);
    period_->addItem(tr("Last 7 days"), 7 * 24);
    period_->addItem(tr("Last 30 days"), 30 * 24);
    period_->addItem(tr("Last 90 days"), 90 * 24);
    period_->addItem(tr("Last 12 months"), 365 * 24);

    search_ = new QLineEdit(this);
    search_->setObjectName(u"auditSearch"_s);
    search_->setPlaceholderText(tr("Search what changed and why"));
    search_->setClearButtonEnabled(true);

    // Typing re-queries once the typist pauses, not on every key.
    typing_ = new QTimer(this);
    typing_->setSingleShot(true);
    typing_->setInterval(250);
    connect(typing_, &QTimer::timeout, this, [this] { load(kPageSize); });
    connect(actor_, &QLineEdit::textChanged, typing_, qOverload<>(&QTimer::start));
    connect(search_, &QLineEdit::textChanged, typing_, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {connector_, kind_, period_})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { load(kPageSize); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(connector_);
    filters->addWidget(actor_, 1);
    filters->addWidget(kind_);
    filters->addWidget(period_);
    filters->addWidget(search_, 2);

    // --- the record
    table_ = eventTable(model_, u"auditTable"_s, this);

    summary_ = new QLabel(this);
    summary_->setObjectName(u"auditSummary"_s);
    more_ = new QPushButton(tr("Load More"), this);
    more_->setObjectName(u"auditMore"_s);
    more_->setToolTip(tr("Show the next %n older change(s)", nullptr, kPageSize));
    connect(more_, &QPushButton::clicked, this, &AuditPage::loadMore);
    export_ = new QPushButton(tr("Export CSV…"), this);
    export_->setObjectName(u"auditExport"_s);
    export_->setToolTip(tr("Every change that matches the filters, not only those shown"));
    connect(export_, &QPushButton::clicked, this, &AuditPage::exportCsv);

    auto *footer = new QHBoxLayout;
    footer->addWidget(summary_, 1);
    footer->addWidget(more_);
    footer->addWidget(export_);

    // --- verification
    auto *chain = new QGroupBox(tr("Evidence chain"), this);
    chain->setObjectName(u"verifyPanel"_s);
    auto *explain = new QLabel(tr("Verification recomputes every event's hash from event #1 to "
                                  "the newest, checks that each one links to the one before it, "
                                  "and checks the log against every trusted checkpoint and this "
                                  "machine's witness. It runs in the background; after each change "
                                  "the console checks only the new events."),
                               chain);
    explain->setWordWrap(true);

    verification_ = new ChainVerification(this);
    connect(verification_, &ChainVerification::progress, this, &AuditPage::showProgress);
    connect(verification_, &ChainVerification::finished, this, &AuditPage::showReport);
    connect(verification_, &ChainVerification::failed, this, &AuditPage::showVerifyFailure);
    connect(verification_, &ChainVerification::audited, this, &AuditPage::showLogAudit);

    verifyButton_ = new QPushButton(tr("Verify Evidence Chain"), chain);
    verifyButton_->setObjectName(u"verifyButton"_s);
    connect(verifyButton_, &QPushButton::clicked, this, &AuditPage::verify);
    progress_ = new QProgressBar(chain);
    progress_->setObjectName(u"verifyProgress"_s);
    progress_->setVisible(false);
    cancel_ = new QPushButton(tr("Cancel"), chain);
    cancel_->setObjectName(u"verifyCancel"_s);
    cancel_->setVisible(false);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        verification_->cancel();
        cancel_->setEnabled(false);
        result_->setText(tr("Cancelling…"));
    });

    result_ = new QLabel(tr("Not yet checked."), chain);
    result_->setObjectName(u"verifyResult"_s);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    contextModel_ = new AuditEventModel(this);
    context_ = eventTable(contextModel_, u"brokenContext"_s, chain);
    context_->setSelectionMode(QAbstractItemView::NoSelection);
    context_->setFocusPolicy(Qt::NoFocus);
    context_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rows = 2 * kContextRadius + 1;
    context_->setFixedHeight(context_->horizontalHeader()->sizeHint().height() +
                             rows * context_->verticalHeader()->defaultSectionSize() +
                             2 * context_->frameWidth());
    context_->setVisible(false);

    auto *run = new QHBoxLayout;
    run->addWidget(verifyButton_);
    run->addWidget(progress_, 1);
    run->addWidget(cancel_);
    run->addStretch(0);
    auto *chainLayout = new QVBoxLayout(chain);
    chainLayout->addWidget(explain);
    chainLayout->addLayout(run);
    chainLayout->addWidget(result_);
    chainLayout->addWidget(context_);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    layout->addLayout(footer);
    layout->addSpacing(4);
    checkpoints_ = new CheckpointList(this);
    auto *proofs = new QHBoxLayout;
    proofs->addWidget(chain, 2);
    proofs->addWidget(checkpoints_, 3);
    layout->addLayout(proofs);

    setTabOrder(connector_, actor_);
    setTabOrder(actor_, kind_);
    setTabOrder(kind_, period_);
    setTabOrder(period_, search_);
    setTabOrder(search_, table_);
    setTabOrder(table_, more_);
    setTabOrder(more_, export_);
    setTabOrder(export_, verifyButton_);
    setTabOrder(verifyButton_, cancel_);

    applyColors();
    reload();
}

AuditPage::~AuditPage() = default; // ChainVerification joins its worker as it goes

void AuditPage::setExportPathProvider(std::function<QString()> provider)
{
    exportPath_ = std::move(provider);
}

void AuditPage::reload()
{
    reloadConnectors();
    load(qMax(kPageSize, model_->rowCount()));
}

void AuditPage::reloadConnectors()
{
    const QString current = connector_->currentData().toString();
    QStringList names;
    if (auto list = ConnectorStore(store_).list()) {
        for (const Connector &c : std::as_const(*list))
            names << c.name;
    }
    names.sort(Qt::CaseInsensitive);
    QStringList shown;
    for (int i = 1; i < connector_->count(); ++i)
        shown << connector_->itemData(i).toString();
    if (shown == names && connector_->count() > 0)
        return;
    const QSignalBlocker block(connector_);
    connector_->clear();
    connector_->addItem(tr("All connectors"), QString());
    for (const QString &name : std::as_const(names))
        connector_->addItem(name, name);
    const int keep = connector_->findData(current);
    connector_->setCurrentIndex(keep < 0 ? 0 : keep);
}

GovernanceFilter AuditPage::currentFilter() const
{
    GovernanceFilter f;
    f.connector = connector_->currentData().toString();
    f.actor = actor_->text().trimmed();
    if (const int k = kind_->currentData().toInt(); k >= 0)
        f.kind = EventKind(k);
    if (const int hours = period_->currentData().toInt(); hours > 0)
        f.from = currentTime().addSecs(-qint64(hours) * 3600);
    f.text = search_->text().trimmed();
    return f;
}

void AuditPage::load(int rows)
{
    typing_->stop();
    // One row more than asked says whether there is another page, without a COUNT(*).
    auto events = governanceEvents(store_, currentFilter(), 0, rows + 1);
    if (!events) {
        model_->setEvents({});
        hasMore_ = false;
        updateSummary(events.message());
        return;
    }
    hasMore_ = events->size() > rows;
    if (hasMore_)
        events->removeLast();
    lastSeq_ = events->isEmpty() ? 0 : events->constLast().seq;
    model_->setEvents(*events);
    updateSummary();
}

void AuditPage::loadMore()
{
    if (!hasMore_ || lastSeq_ <= 0)
        return;
    auto events = governanceEvents(store_, currentFilter(), lastSeq_, kPageSize + 1);
    if (!events) {
        updateSummary(events.message());
        return;
    }
    hasMore_ = events->size() > kPageSize;
    if (hasMore_)
        events->removeLast();
    if (!events->isEmpty())
        lastSeq_ = events->constLast().seq;
    model_->appendEvents(*events);
    updateSummary();
}

void AuditPage::updateSummary(const QString &error)
{
    more_->setEnabled(hasMore_);
    if (!error.isEmpty()) {
        summary_->setText(tr("Cannot read the governance record: %1").arg(error));
        return;
    }
    const int shown = model_->rowCount();
    if (shown == 0)
        summary_->setText(tr("No governance changes match these filters."));
    else if (hasMore_)
        summary_->setText(
            tr("The newest %n change(s); older ones follow with Load More.", nullptr, shown));
    else
        summary_->setText(tr("%n change(s)", nullptr, shown));

    // Offer the identities seen so far as completions for the actor filter.
    auto *actors = qobject_cast<QStringListModel *>(actor_->completer()->model());
    QStringList known = actors->stringList();
    for (const EvidenceEvent &e : model_->events()) {
        if (!known.contains(e.actor))
            known << e.actor;
    }
    if (known.size() != actors->rowCount()) {
        known.sort(Qt::CaseInsensitive);
        actors->setStringList(known);
    }
}

void AuditPage::exportCsv()
{
    const QString path =
        exportPath_ ? exportPath_()
                    : QFileDialog::getSaveFileName(this, tr("Export Governance Record"),
                                                   u"governance.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto data = governanceCsv(store_, currentFilter());
    if (!data) {
        QMessageBox::warning(this, tr("Export"), data.message());
        return;
    }
    // All or nothing: the file appears only once every byte is written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    summary_->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

// ------------------------------------------------------------------------------ verification

void AuditPage::verify()
{
    total_ = 0;
    broken_ = false;
    context_->setVisible(false);
    contextModel_->setEvents({});
    contextModel_->setMarked(0, QString());
    result_->setText(tr("Checking…"));
    applyColors();
    progress_->setFormat(QString());
    progress_->setRange(0, 0); // busy until the first count arrives
    setVerifying(true);
    verification_->start(store_.url());
}

void AuditPage::showLogAudit(const LogAudit &audit)
{
    checkpoints_->showAudit(audit);
    // The window's own passes (at start, after each change) say the chain's state here too,
    // until this screen's button runs one of its own.
    if (verification_->isRunning() || audit.report.cancelled)
        return;
    EvidenceChain::VerifyReport report = audit.report;
    report.checked = audit.size; // a short pass read only the new events, but vouches for all
    showReport(report);
}

void AuditPage::setVerifying(bool running)
{
    // Keyboard users keep their place: focus moves to Cancel and back, never into limbo.
    const bool cancelHadFocus = cancel_->hasFocus();
    verifyButton_->setEnabled(!running);
    progress_->setVisible(running);
    cancel_->setVisible(running);
    cancel_->setEnabled(running);
    if (running)
        cancel_->setFocus();
    else if (cancelHadFocus)
        verifyButton_->setFocus();
}

void AuditPage::showProgress(qint64 done, qint64 total)
{
    total_ = total;
    // QProgressBar counts in int; a chain longer than that is counted in thousands.
    const qint64 scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
    progress_->setRange(0, int(qMax<qint64>(total, 1) / scale));
    progress_->setFormat(tr("%L1 of %L2 events").arg(done).arg(total));
    progress_->setValue(int(done / scale));
}

void AuditPage::showReport(const EvidenceChain::VerifyReport &report)
{
    setVerifying(false);
    if (report.cancelled) {
        result_->setText(tr("Cancelled after %L1 of %L2 events: the chain is not checked.")
                             .arg(report.checked)
                             .arg(qMax(total_, report.checked)));
    } else if (report.intact) {
        result_->setText(
            tr("%1 · %2").arg(tr("Intact: %Ln event(s) checked", nullptr, int(report.checked)),
                              QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    } else {
        broken_ = true;
        result_->setText(tr("Broken at #%1: %2").arg(report.firstBadSeq).arg(report.problem));
        auto around = eventsAround(store_, report.firstBadSeq, kContextRadius);
        if (around) {
            contextModel_->setEvents(*around);
            contextModel_->setMarked(report.firstBadSeq, report.problem);
            context_->setVisible(true);
        } else {
            result_->setText(result_->text() + u"\n"_s +
                             tr("Cannot read the events around it: %1").arg(around.message()));
        }
    }
    applyColors();
}

void AuditPage::showVerifyFailure(const QString &message)
{
    setVerifying(false);
    broken_ = false;
    result_->setText(tr("Cannot verify the evidence chain: %1").arg(message));
    applyColors();
}

void AuditPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

// The broken verdict and the bad link in the warning colour of the current palette.
void AuditPage::applyColors()
{
    const QColor warning = warningColor(palette());
    contextModel_->setMarkColor(warning);
    QPalette p; // nothing set: the label inherits the page's palette
    if (broken_)
        p.setColor(QPalette::WindowText, warning);
    result_->setPalette(p);
    QFont f = result_->font();
    f.setBold(broken_);
    result_->setFont(f);
}

} // namespace airlock
