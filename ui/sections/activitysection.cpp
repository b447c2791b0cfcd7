#include "activitysection.h"

#include "sectionsupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

bool isBlocked(const EvidenceEvent &e)
{
    return e.kind == EventKind::Blocked || e.result == EventResult::Blocked;
}

Emphasis emphasisOf(const EvidenceEvent &e)
{
    if (isBlocked(e))
        return Emphasis::Alarm;
    switch (e.result) {
    case EventResult::Failure:
    case EventResult::Timeout:
    case EventResult::ValidationError:
        return Emphasis::Warning;
    case EventResult::Success:
    case EventResult::Blocked:
    case EventResult::ApprovalNeeded:
        break;
    }
    return e.kind == EventKind::Error ? Emphasis::Warning : Emphasis::None;
}

} // namespace

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
    std::stable_partition(events.begin(), events.end(), isBlocked);
    const auto blocked = std::count_if(events.cbegin(), events.cend(), isBlocked);

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
        if (isBlocked(e))
            time->setIcon(stop);
        set(KindColumn, kindText(e.kind));
        set(ToolColumn, e.tool);
        set(TargetColumn, e.target);
        QTableWidgetItem *result = set(ResultColumn, resultText(e.result));
        if (emphasis != Emphasis::None)
            setBold(result);
        set(SummaryColumn, e.summary);
        set(ActorColumn, e.actor);
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

QString ActivitySection::resultText(EventResult result)
{
    switch (result) {
    case EventResult::Success:
        return tr("success");
    case EventResult::Failure:
        return tr("failure");
    case EventResult::Blocked:
        return tr("blocked");
    case EventResult::Timeout:
        return tr("timeout");
    case EventResult::ValidationError:
        return tr("validation error");
    case EventResult::ApprovalNeeded:
        return tr("approval needed");
    }
    return wordOf(result);
}

QString ActivitySection::kindText(EventKind kind)
{
    switch (kind) {
    case EventKind::Trigger:
        return tr("trigger");
    case EventKind::Read:
        return tr("read");
    case EventKind::Search:
        return tr("search");
    case EventKind::Draft:
        return tr("draft");
    case EventKind::Write:
        return tr("write");
    case EventKind::Send:
        return tr("send");
    case EventKind::TriggerAction:
        return tr("trigger action");
    case EventKind::Output:
        return tr("output");
    case EventKind::ApprovalRequested:
        return tr("approval requested");
    case EventKind::ApprovalDecided:
        return tr("approval decided");
    case EventKind::ApprovalExpired:
        return tr("approval expired");
    case EventKind::ApprovalWithdrawn:
        return tr("approval withdrawn");
    case EventKind::ActionExecuted:
        return tr("action executed");
    case EventKind::Blocked:
        return tr("blocked");
    case EventKind::Error:
        return tr("error");
    case EventKind::RunStarted:
        return tr("run started");
    case EventKind::RunEnded:
        return tr("run ended");
    case EventKind::ConnectorAdded:
        return tr("connector added");
    case EventKind::ConnectorChanged:
        return tr("connector changed");
    case EventKind::ScopeChanged:
        return tr("scope changed");
    case EventKind::PowersChanged:
        return tr("powers changed");
    case EventKind::ModeChanged:
        return tr("mode changed");
    case EventKind::ConnectorPaused:
        return tr("connector paused");
    case EventKind::ConnectorResumed:
        return tr("connector resumed");
    case EventKind::ConnectorDisconnected:
        return tr("connector disconnected");
    case EventKind::ConnectorReconnected:
        return tr("connector reconnected");
    case EventKind::ConnectorRetired:
        return tr("connector retired");
    case EventKind::ReviewRecorded:
        return tr("review recorded");
    case EventKind::ToolDiscovered:
        return tr("tool discovered");
    case EventKind::ToolChanged:
        return tr("tool changed");
    case EventKind::ToolReviewed:
        return tr("tool reviewed");
    }
    return wordOf(kind);
}

} // namespace airlock
