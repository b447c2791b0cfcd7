#include "grantssection.h"

#include "clock.h"
#include "sectionsupport.h"
#include "sectiontext.h"
#include "store/grantstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
constexpr int GrantIdRole = Qt::UserRole + 1;
constexpr int ActiveRole = Qt::UserRole + 2;
} // namespace

GrantsSection::GrantsSection(QWidget *parent)
    : ConnectorSection(parent)
{
    setObjectName(u"grantsSection"_s);
    auto *layout = new QVBoxLayout(this);
    summary_ = makeNoteLabel(u"grantsSummary"_s, this);
    layout->addWidget(summary_);
    table_ =
        makeSectionTable(u"grantsTable"_s,
                         {tr("Covers"), tr("Granted"), tr("Until"), tr("State"), tr("Note")}, this);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(true);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fitter_ = new ColumnFitter(table_, CoversColumn, 0.35);
    layout->addWidget(table_);
    auto *row = new QHBoxLayout;
    revoke_ = new QPushButton(tr("Revoke…"), this);
    revoke_->setObjectName(u"revokeGrantButton"_s);
    revoke_->setToolTip(tr("End the selected grant now: calls it covered will ask a human again"));
    row->addWidget(revoke_);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(revoke_, &QPushButton::clicked, this, [this] {
        const int r = table_->currentRow();
        if (r >= 0 && table_->item(r, 0)->data(ActiveRole).toBool())
            Q_EMIT revokeRequested(table_->item(r, 0)->data(GrantIdRole).toString());
    });
    connect(table_, &QTableWidget::currentCellChanged, this, &GrantsSection::updateRevoke);
}

QString GrantsSection::title() const
{
    return tr("Grants");
}

void GrantsSection::updateRevoke()
{
    const int r = table_->currentRow();
    revoke_->setEnabled(r >= 0 && table_->item(r, 0) &&
                        table_->item(r, 0)->data(ActiveRole).toBool());
}

void GrantsSection::showConnector(const ConnectorView &view)
{
    const QDateTime now = currentTime();
    table_->setRowCount(0);
    table_->setRowCount(int(view.grants.size()));
    int active = 0;
    for (int row = 0; row < view.grants.size(); ++row) {
        const ApprovalGrant &g = view.grants.at(row);
        const bool isActive = g.isActiveAt(now);
        active += isActive;
        const Emphasis emphasis = Emphasis::None;
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            emphasize(item, emphasis);
            item->setData(GrantIdRole, g.id);
            item->setData(ActiveRole, isActive);
            table_->setItem(row, column, item);
            return item;
        };
        const QString covers =
            g.isRunOnly() ? tr("%1 in run %2 (targets %3)").arg(g.tool, g.runId, g.targetPattern)
                          : tr("%1 on %2, any run").arg(g.tool, g.targetPattern);
        set(CoversColumn, covers);
        set(GrantedColumn, tr("%1 at %2").arg(g.grantedBy, SectionText::time(g.grantedAt)));
        set(UntilColumn, SectionText::time(g.expiresAt));
        QString state;
        if (g.isRevoked())
            state = tr("revoked by %1 at %2: %3")
                        .arg(g.revokedBy, SectionText::time(g.revokedAt), g.revokeReason);
        else if (isActive)
            state = tr("active");
        else
            state = tr("expired");
        QTableWidgetItem *s = set(StateColumn, state);
        if (isActive)
            setBold(s);
        set(NoteColumn, g.note);
    }
    fitter_->refresh();
    fitTableHeight(table_, 12);
    if (view.grants.isEmpty())
        summary_->setText(tr("No grants: every call this connector's mode holds waits for a human. "
                             "\"Approve for…\" in the Inbox gives one."));
    else
        summary_->setText(tr("%1 active, %2 ended. An active grant lets matching calls run without "
                             "asking until it "
                             "expires or is revoked.")
                              .arg(active)
                              .arg(view.grants.size() - active));
    table_->setVisible(!view.grants.isEmpty());
    revoke_->setVisible(!view.grants.isEmpty());
    updateRevoke();
}

} // namespace airlock
