#include "driftsection.h"

#include "sectionsupport.h"
#include "sectiontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

DriftSection::DriftSection(QWidget *parent)
    : ConnectorSection(parent)
{
    setObjectName(u"driftSection"_s);
    auto *layout = new QVBoxLayout(this);
    status_ = makeNoteLabel(u"driftStatus"_s, this);
    QFont bold = status_->font();
    bold.setBold(true);
    status_->setFont(bold);
    layout->addWidget(status_);
    review_ = makeNoteLabel(u"driftReview"_s, this);
    layout->addWidget(review_);
    note_ = makeNoteLabel(u"driftReviewNote"_s, this);
    layout->addWidget(note_);

    table_ = makeSectionTable(u"driftTable"_s,
                              {tr("Change"), tr("What"), tr("At review"), tr("Now")}, this);
    table_->setWordWrap(true);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fitter_ = new ColumnFitter(table_, AfterColumn, 0.25);
    layout->addWidget(table_, 1);
    layout->addStretch(0);
}

QString DriftSection::title() const
{
    return tr("Drift since review");
}

void DriftSection::showConnector(const ConnectorView &view)
{
    table_->setRowCount(0);
    table_->hide();
    review_->hide();
    note_->hide();

    if (!view.latestReview) {
        status_->setText(tr("Never reviewed: everything is unreviewed"));
        note_->setText(tr("Its powers, scope, identity and tools have not been looked at by a "
                          "reviewer. Recording a review snapshots them; drift is measured from "
                          "then on."));
        note_->show();
        return;
    }
    const Review &review = *view.latestReview;
    review_->setText(tr("Last review: %1 by %2.")
                         .arg(SectionText::time(review.reviewedAt), review.reviewedBy.isEmpty()
                                                                        ? SectionText::notRecorded()
                                                                        : review.reviewedBy));
    review_->show();
    if (!review.note.trimmed().isEmpty()) {
        note_->setText(tr("Note: %1").arg(review.note.trimmed()));
        note_->show();
    }

    const auto drift = driftSinceReview(review.snapshot, view.connector, view.tools);
    if (!drift) {
        status_->setText(tr("The review's snapshot cannot be read, so drift is unknown: %1")
                             .arg(drift.message()));
        return;
    }
    const QList<DriftItem> &items = *drift;
    if (items.isEmpty()) {
        status_->setText(
            tr("No changes since the review on %1.").arg(SectionText::date(review.reviewedAt)));
        return;
    }
    const QString date = SectionText::date(review.reviewedAt);
    status_->setText(items.size() == 1 ? tr("1 change since the review on %1.").arg(date)
                                       : tr("%1 changes since the review on %2.")
                                             .arg(QLocale().toString(qint64(items.size())), date));

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    table_->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const DriftItem &item = items.at(row);
        const QString sentence = describe(item);
        const auto set = [&](int column, const QString &text, const QString &tip) {
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(tip);
            table_->setItem(row, column, cell);
            return cell;
        };
        QTableWidgetItem *change = set(ChangeColumn, DriftText::kind(item.kind), sentence);
        change->setData(Qt::UserRole, wordOf(item.kind));
        set(WhatColumn, item.what, sentence);
        set(BeforeColumn, DriftText::value(item, item.before), item.before);
        QTableWidgetItem *now = set(AfterColumn, DriftText::value(item, item.after), item.after);
        // Most drift is more reach or less oversight than was reviewed: the icon says which
        // changes, and what they are now is tinted.
        if (widensReach(item)) {
            change->setIcon(warning);
            emphasize(now, Emphasis::Warning);
        }
    }
    table_->show();
    fitter_->refresh();
}

} // namespace airlock
