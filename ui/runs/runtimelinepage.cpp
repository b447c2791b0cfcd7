#include "runtimelinepage.h"

#include "domain/displaytext.h"

#include "connectordelegate.h"
#include "inbox/argumentcheck.h"
#include "export/evidencebundle.h"
#include "jobs/backgroundread.h"
#include "runlistmodel.h"
#include "runreport.h"
#include "runs/narrative.h"
#include "store/store.h"
#include "timelineview.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// Recorded text in the rich-text labels: control characters escaped (displayText()), then
// markup characters, so neither a terminal sequence nor a tag in a summary is obeyed.
QString esc(const QString &s)
{
    return displayText(s).toHtmlEscaped();
}

QLabel *wrappingLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

RunTimelinePage::RunTimelinePage(Store &store, QWidget *parent)
    : QWidget(parent)
    , store_(store)
{
    setObjectName(u"runTimelinePage"_s);
    reader_ = new BackgroundRead(this);
    reader_->setErrorHandler([this](const QString &m) { showLoadError(m); });
    exporter_ = new BackgroundRead(this);
    exporter_->setErrorHandler([this](const QString &m) {
        bundle_->setEnabled(true);
        bundle_->setText(tr("Export Evidence Bundle…"));
        QMessageBox::warning(this, tr("Export Evidence Bundle"), m);
    });

    back_ = new QPushButton(tr("← All Runs"), this);
    back_->setObjectName(u"runsBack"_s);
    back_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back_->setToolTip(tr("Back to the runs list (Alt+←)"));
    connect(back_, &QPushButton::clicked, this, &RunTimelinePage::backRequested);
    title_ = new QLabel(this);
    title_->setObjectName(u"runTitle"_s);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title_->setFont(big);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    title_->setTextFormat(Qt::PlainText);
    bundle_ = new QPushButton(tr("Export Evidence Bundle…"), this);
    bundle_->setObjectName(u"exportBundle"_s);
    bundle_->setToolTip(
        tr("The run's events with their hashes and a manifest, checkable with sha256sum"));
    connect(bundle_, &QPushButton::clicked, this, &RunTimelinePage::exportBundle);
    report_ = new QPushButton(tr("Print Report…"), this);
    report_->setObjectName(u"printReport"_s);
    report_->setToolTip(
        tr("A printable PDF of this run: story, totals, approvals and every event"));
    connect(report_, &QPushButton::clicked, this, &RunTimelinePage::printReport);
    auto *top = new QHBoxLayout;
    top->addWidget(back_);
    top->addSpacing(8);
    top->addWidget(title_, 1);
    top->addWidget(bundle_);
    top->addWidget(report_);

    outcome_ = wrappingLabel(u"runOutcome"_s, this);
    totals_ = wrappingLabel(u"runTotals"_s, this);
    narrative_ = wrappingLabel(u"runNarrative"_s, this);

    view_ = new TimelineView(this);
    connect(view_, &TimelineView::selectedEventChanged, this, &RunTimelinePage::describeEvent);

    auto button = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::TabFocus);
        return b;
    };
    first_ = button(tr("|◀ First"), u"replayFirst"_s, tr("The first event (Home)"));
    previous_ = button(tr("◀ Previous"), u"replayPrevious"_s, tr("The event before (←)"));
    next_ = button(tr("Next ▶"), u"replayNext"_s, tr("The event after (→)"));
    last_ = button(tr("Last ▶|"), u"replayLast"_s, tr("The last event (End)"));
    stop_ = button(tr("Go to Stop Point"), u"replayStop"_s, tr("The event where the run stopped"));
    connect(first_, &QPushButton::clicked, this, [this] {
        view_->setSelectedEvent(0);
        view_->setFocus();
    });
    connect(previous_, &QPushButton::clicked, this, [this] {
        view_->stepBy(-1);
        view_->setFocus();
    });
    connect(next_, &QPushButton::clicked, this, [this] {
        view_->stepBy(1);
        view_->setFocus();
    });
    connect(last_, &QPushButton::clicked, this, [this] {
        if (timeline_)
            view_->setSelectedEvent(int(timeline_->events().size()) - 1);
        view_->setFocus();
    });
    connect(stop_, &QPushButton::clicked, this, [this] {
        if (timeline_ && timeline_->stopEvent() >= 0)
            view_->setSelectedEvent(timeline_->stopEvent());
        view_->setFocus();
    });
    position_ = new QLabel(this);
    position_->setObjectName(u"replayPosition"_s);
    auto *fit = button(tr("Fit"), u"zoomFit"_s, tr("Show the whole run (0)"));
    auto *zoomIn =
        button(tr("Zoom In"), u"zoomIn"_s, tr("Zoom in around the selected event (+ or wheel)"));
    auto *zoomOut = button(tr("Zoom Out"), u"zoomOut"_s, tr("Zoom out (− or wheel)"));
    connect(fit, &QPushButton::clicked, view_, &TimelineView::zoomToFit);
    connect(zoomIn, &QPushButton::clicked, this, [this] { view_->zoomBy(0.5); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { view_->zoomBy(2.0); });
    auto *replay = new QHBoxLayout;
    for (QPushButton *b : {first_, previous_, next_, last_, stop_})
        replay->addWidget(b);
    replay->addSpacing(12);
    replay->addWidget(position_, 1);
    replay->addWidget(fit);
    replay->addWidget(zoomIn);
    replay->addWidget(zoomOut);

    // The selected event: its facts and chain place on the left, its payload on the right.
    detail_ = wrappingLabel(u"eventDetail"_s, this);
    chain_ = wrappingLabel(u"eventChain"_s, this);
    auto *facts = new QWidget(this);
    auto *factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(4, 4, 4, 4);
    factsLayout->addWidget(detail_);
    factsLayout->addWidget(chain_);
    factsLayout->addStretch(1);
    auto *factsScroll = new QScrollArea(this);
    factsScroll->setWidget(facts);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::StyledPanel);
    payload_ = new QPlainTextEdit(this);
    payload_->setObjectName(u"eventPayload"_s);
    payload_->setReadOnly(true);
    payload_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    payload_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    payload_->setPlaceholderText(tr("This event has no payload."));
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(factsScroll);
    details->addWidget(payload_);
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);
    details->setSizes({600, 500});

    upper_ = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper_);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(outcome_);
    upperLayout->addWidget(totals_);
    upperLayout->addWidget(narrative_);
    upperLayout->addLayout(replay);
    upperLayout->addWidget(view_);
    upperLayout->addStretch(1); // wrapped labels ask for more than they use: the slack goes here

    split_ = new QSplitter(Qt::Vertical, this);
    split_->setObjectName(u"timelineSplitter"_s);
    split_->addWidget(upper_);
    split_->addWidget(details);
    // The story and the lanes take what they need; the selected event gets the rest.
    split_->setStretchFactor(0, 0);
    split_->setStretchFactor(1, 1);
    split_->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split_, 1);
    present(nullptr);
}

RunTimelinePage::~RunTimelinePage() = default;

bool RunTimelinePage::isLoading() const
{
    return reader_->isBusy();
}

void RunTimelinePage::load(const QString &runId)
{
    runId_ = runId;
    title_->setText(tr("Loading run %1…").arg(displayText(runId)));
    QPointer<RunTimelinePage> self(this);
    reader_->start(store_.url(), [self, runId](Store &store) -> std::function<void()> {
        auto loaded = RunTimeline::load(store, runId);
        std::shared_ptr<const RunTimeline> timeline;
        QString error;
        if (loaded)
            timeline = std::make_shared<const RunTimeline>(std::move(*loaded));
        else
            error = loaded.message();
        return [self, timeline, error] {
            if (!self)
                return;
            if (!timeline)
                return self->showLoadError(error);
            self->present(timeline);
            Q_EMIT self->loaded(timeline->run().id);
        };
    });
}

void RunTimelinePage::reloadIfLive()
{
    if (timeline_ && (timeline_->run().status == RunStatus::Running ||
                      timeline_->run().status == RunStatus::WaitingApproval))
        load(runId_);
}

void RunTimelinePage::showLoadError(const QString &message)
{
    present(nullptr);
    title_->setText(tr("Cannot show run %1").arg(displayText(runId_)));
    outcome_->setText(esc(message));
}

void RunTimelinePage::present(std::shared_ptr<const RunTimeline> timeline)
{
    const int keep = timeline_ && timeline && timeline_->run().id == timeline->run().id
                         ? view_->selectedEvent()
                         : -1;
    timeline_ = std::move(timeline);
    view_->setTimeline(timeline_);
    const bool has = timeline_ && !timeline_->events().isEmpty();
    for (QPushButton *b : {first_, previous_, next_, last_, bundle_, report_})
        b->setEnabled(has);
    stop_->setEnabled(has && timeline_->stopEvent() >= 0);
    if (!timeline_) {
        title_->clear();
        outcome_->clear();
        totals_->clear();
        narrative_->clear();
        detail_->clear();
        chain_->clear();
        payload_->clear();
        position_->clear();
        return;
    }
    const Run &run = timeline_->run();
    title_->setText(
        tr("%1 — %2").arg(displayText(run.workflow), RunListModel::statusText(run.status)));
    const QString warn = warningColor(palette()).name();
    QString outcome =
        tr("Run <b>%1</b> · started %2 UTC by %3 · acting as %4 · model %5")
            .arg(esc(run.id), run.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                 // The story below quotes the trigger in full.
                 esc(run.trigger.size() > 100 ? run.trigger.left(99) + u'…' : run.trigger),
                 esc(run.identity), esc(run.model.isEmpty() ? tr("unrecorded") : run.model));
    outcome_->setText(outcome);
    const RunTotals &t = timeline_->totals();
    QLocale loc;
    totals_->setText(
        tr("<b>Duration</b> %1 · <b>waiting for people</b> %2 · <b>tokens</b> %3 in / %4 out · "
           "<b>cost</b> $%5 · %n event(s)",
           nullptr, t.events)
            .arg(durationText(t.durationMs), durationText(t.waitingMs), loc.toString(t.tokensIn),
                 loc.toString(t.tokensOut), loc.toString(t.cost, 'f', 4)) +
        (t.blocked + t.errors > 0
             ? u" · <span style=\"color:%1\">%2</span>"_s.arg(
                   warn, tr("%1 blocked, %2 failed").arg(t.blocked).arg(t.errors))
             : QString()));
    const RunNarrative story = narrate(*timeline_);
    // One line per step; where and why it stopped stands out.
    QStringList sentences;
    for (const RunNarrative::Line &l : story.lines) {
        const bool stop = l.topic == u"end"_s && timeline_->stopEvent() >= 0;
        const bool wrong = l.topic == u"refused"_s || l.topic == u"errors"_s;
        sentences << (stop    ? u"<b style=\"color:%1\">%2</b>"_s.arg(warn, esc(l.text))
                      : wrong ? u"<span style=\"color:%1\">%2</span>"_s.arg(warn, esc(l.text))
                              : esc(l.text));
    }
    narrative_->setText(sentences.join(u"<br>"_s));
    const int select = keep >= 0 ? keep : timeline_->stopEvent() >= 0 ? timeline_->stopEvent() : 0;
    view_->setSelectedEvent(select); // describes it through selectedEventChanged
    // A run with more connectors has more lanes: give the upper part what it now needs.
    const int total = split_->height();
    const int upper = std::min(upper_->sizeHint().height(), total * 2 / 3);
    split_->setSizes({upper, std::max(120, total - upper)});
    view_->setFocus();
}

void RunTimelinePage::describeEvent(int index)
{
    updatePosition();
    if (!timeline_ || index < 0 || index >= timeline_->events().size())
        return;
    const EvidenceEvent &e = timeline_->events().at(index);
    auto row = [](const QString &name, const QString &value) {
        return u"<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(name,
                                                                                            value);
    };
    const QString none = u"—"_s;
    QString html = u"<table cellspacing=\"2\">"_s;
    html += row(tr("Event"), esc(wordOf(e.kind)) + u" · "_s +
                                 tr("%1 of %2").arg(index + 1).arg(timeline_->events().size()));
    html +=
        row(tr("Time"), e.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" UTC (+"_s +
                            durationText(timeline_->timeOf(index) - timeline_->startMs()) + u")"_s);
    html += row(tr("Actor"), esc(e.actor));
    html += row(tr("Connector"), e.connector.isEmpty() ? none : esc(e.connector));
    html += row(tr("Tool"), e.tool.isEmpty() ? none : esc(e.tool));
    html += row(tr("Power"), e.power ? esc(wordOf(*e.power)) : none);
    html += row(tr("Target"), e.target.isEmpty() ? none : esc(e.target));
    const bool bad = e.result != EventResult::Success && e.result != EventResult::ApprovalNeeded;
    html += row(tr("Result"), bad ? u"<span style=\"color:%1\"><b>%2</b></span>"_s.arg(
                                        warningColor(palette()).name(), esc(wordOf(e.result)))
                                  : esc(wordOf(e.result)));
    html += row(tr("Summary"), esc(e.summary));
    if (index == timeline_->stopEvent())
        html += row(tr("Stop point"),
                    u"<span style=\"color:%1\"><b>%2</b></span>"_s.arg(
                        warningColor(palette()).name(),
                        esc(timeline_->run().stopReason.isEmpty() ? tr("the run ended here")
                                                                  : timeline_->run().stopReason)));
    html += u"</table>"_s;
    detail_->setText(html);

    // The chain place: one indexed read of the event before it (it may be another run's).
    auto place = RunTimeline::chainPlace(store_, e);
    QString chain = u"<b>%1</b><table cellspacing=\"2\">"_s.arg(tr("Place in the evidence chain"));
    chain += row(tr("Sequence"), u"#%1"_s.arg(e.seq));
    // 64 hex digits in two lines of 32, so the panel never needs a horizontal scroll bar.
    auto hex = [](const QByteArray &h) {
        return u"<code>%1<br>%2</code>"_s.arg(QString::fromLatin1(h.left(32)),
                                              QString::fromLatin1(h.mid(32)));
    };
    chain += row(tr("Hash"), hex(e.hash));
    chain += row(tr("Previous hash"), hex(e.prevHash));
    if (!place)
        chain += row(tr("Verified"), esc(tr("cannot check: %1").arg(place.message())));
    else if (place->verified())
        chain +=
            row(tr("Verified"),
                tr("yes — its bytes hash to its hash, and it links to event #%1").arg(e.seq - 1));
    else
        chain += row(tr("Verified"),
                     u"<span style=\"color:%1\"><b>%2</b></span>"_s.arg(
                         warningColor(palette()).name(), esc(tr("NO — %1").arg(place->problem))));
    chain += u"</table>"_s;
    chain_->setText(chain);
    payload_->setPlainText(displayText(indentedJson(e.payload), TextShape::Block));
}

void RunTimelinePage::updatePosition()
{
    if (!timeline_)
        return;
    const int i = view_->selectedEvent();
    const int n = int(timeline_->events().size());
    position_->setText(
        i < 0 ? tr("%n event(s)", nullptr, n)
              : tr("Event %1 of %2 · #%3").arg(i + 1).arg(n).arg(timeline_->events().at(i).seq));
    first_->setEnabled(i > 0);
    previous_->setEnabled(i > 0);
    next_->setEnabled(i < n - 1);
    last_->setEnabled(i < n - 1);
}

void RunTimelinePage::exportBundle()
{
    if (!timeline_)
        return;
    const QString dir =
        bundleDir_ ? bundleDir_()
                   : QFileDialog::getSaveFileName(this, tr("Export Evidence Bundle"),
                                                  u"run-%1-evidence"_s.arg(runId_.left(8)),
                                                  QString(), nullptr, QFileDialog::ShowDirsOnly);
    if (dir.isEmpty())
        return;
    // Reads every event of the run and writes files: on a worker with its own connection.
    bundle_->setEnabled(false);
    bundle_->setText(tr("Exporting…"));
    QPointer<RunTimelinePage> self(this);
    const QString actor = store_.actor();
    const QString id = runId_;
    exporter_->start(store_.url(), [self, actor, id, dir](Store &store) -> std::function<void()> {
        store.setActor(actor);
        auto bundle = writeEvidenceBundle(store, id, dir);
        return [self, bundle] {
            if (!self)
                return;
            self->bundle_->setEnabled(true);
            self->bundle_->setText(tr("Export Evidence Bundle…"));
            if (!bundle) {
                QMessageBox::warning(self, tr("Export Evidence Bundle"), bundle.message());
                return;
            }
            Q_EMIT self->exported(bundle->directory);
        };
    });
}

void RunTimelinePage::printReport()
{
    if (!timeline_)
        return;
    const QString path =
        reportPath_
            ? reportPath_()
            : QFileDialog::getSaveFileName(this, tr("Print Run Report"),
                                           u"run-%1.pdf"_s.arg(runId_.left(8)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeRunReport(*timeline_, path, store_.actor(), store_.url().shortName()); !s) {
        QMessageBox::warning(this, tr("Print Run Report"), s.message());
        return;
    }
    Q_EMIT exported(path);
}

} // namespace airlock
