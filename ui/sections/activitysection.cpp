#include "activitysection.h"

#include "domain/displaytext.h"

#include "sectionsupport.h"
#include "sectiontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock {

ActivitySection::ActivitySection(QWidget *parent)
    : ConnectorSection(parent)
{
    setObjectName(u"activitySection"_s);
    auto *layout = new QVBoxLayout(this);
    summary_ = makeNoteLabel(u"activitySummary"_s, this);
    layout->addWidget(summary_);

    empty_ = makeNoteLabel(u"activityEmpty"_s, this);
    empty_->setText(tr("No activity recorded"));
    empty_->setAlignment(Qt::AlignCenter);
    layout->addWidget(empty_, 1);

    table_ = makeSectionTable(u"activityTable"_s,
                              {tr("Time"), tr("Kind"), tr("Tool"), tr("Target"), tr("Result"),
                               tr("Summary"), tr("Actor")},
                              this);
    // Seven columns rarely fit side by side: text wraps, and rows (a few hundred at most,
    // the view's event limit) grow to it; the tooltip has each cell in full.
    table_->setWordWrap(true);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fitter_ = new ColumnFitter(table_, SummaryColumn, 0.3);
    layout->addWidget(table_, 1);
}

QString ActivitySection::title() const
{
    return tr("Activity");
}

void ActivitySection::showConnector(const ConnectorView &view)
{
    // The view lists blocked attempts first already; a hand-built one may not.
    QList<EvidenceEvent> events = view.recentEvents;
    std::stable_partition(events.begin(), events.end(), isBlockedAttempt);
    const auto blocked = std::count_if(events.cbegin(), events.cend(), isBlockedAttempt);

    table_->setRowCount(0);
    table_->setRowCount(int(events.size()));
    const QIcon stop = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
    for (int row = 0; row < events.size(); ++row) {
        const EvidenceEvent &e = events.at(row);
        const Emphasis emphasis = emphasisOf(e);
        const auto set = [&](int column, const QString &text, const QString &tip = QString()) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            emphasize(item, emphasis);
            table_->setItem(row, column, item);
            return item;
        };
        QTableWidgetItem *time =
            set(TimeColumn, SectionText::time(e.at),
                tr("%1 (event #%2)")
                    .arg(QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat),
                         QString::number(e.seq)));
        if (isBlockedAttempt(e))
            time->setIcon(stop);
        set(KindColumn, ActivityText::kind(e.kind));
        // What agents and servers wrote: shown with control characters escaped.
        set(ToolColumn, displayText(e.tool));
        set(TargetColumn, displayText(e.target));
        QTableWidgetItem *result = set(ResultColumn, ActivityText::result(e.result));
        if (emphasis != Emphasis::None)
            setBold(result);
        set(SummaryColumn, displayText(e.summary));
        set(ActorColumn, displayText(e.actor));
    }

    fitter_->refresh();

    const bool none = events.isEmpty();
    table_->setVisible(!none);
    empty_->setVisible(none);
    if (none) {
        summary_->setText(tr("Nothing this connector did or was refused is on record."));
        return;
    }
    // One and many spelled out, so English reads right without a catalog.
    const QString shown =
        events.size() == 1 ? tr("1 recent event")
                           : tr("%1 recent events").arg(QLocale().toString(qint64(events.size())));
    const QString refused =
        blocked == 0 ? tr("no blocked attempts")
        : blocked == 1
            ? tr("1 blocked attempt, listed first")
            : tr("%1 blocked attempts, listed first").arg(QLocale().toString(qint64(blocked)));
    const QString month =
        view.eventsLast30Days == 1
            ? tr("1 event in the last 30 days")
            : tr("%1 events in the last 30 days").arg(QLocale().toString(view.eventsLast30Days));
    summary_->setText(tr("%1: %2. %3.").arg(shown, refused, month));
}

} // namespace airlock
