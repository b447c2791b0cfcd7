#include "requestdetail.h"

#include "runs/runlistmodel.h"

#include "changediffview.h"
#include "domain/displaytext.h"
#include "inbox/argumentcheck.h"
#include "inbox/changediff.h"
#include "inbox/inboxmodel.h"
#include "runstrip.h"
#include "sections/sectionsupport.h"
#include "sections/sectiontext.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr int kCollapsedLines = 6;
constexpr int kMaxArgumentLines = 16;

QPlainTextEdit *makeCode(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return edit;
}

void fitLines(QPlainTextEdit *edit, int lines)
{
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * std::max(1, lines) + 14);
}

// Text the agent, its client or another person wrote (tool, target, names, reasons): shown on
// one line with its control characters escaped, never obeyed.
QString shown(const QString &text)
{
    return displayText(text);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

} // namespace

RequestDetail::RequestDetail(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"requestDetail"_s);
    auto *stack = new QStackedLayout(this);
    empty_ = makeNoteLabel(u"requestDetailEmpty"_s, this);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setContentsMargins(24, 24, 24, 24);
    stack->addWidget(empty_);

    scroll_ = new QScrollArea(this);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    page_ = new QWidget(scroll_);
    auto *v = new QVBoxLayout(page_);
    v->setContentsMargins(12, 8, 12, 12);
    v->setSpacing(10);

    title_ = new QLabel(page_);
    title_->setObjectName(u"requestTitle"_s);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    title_->setFont(big);
    title_->setWordWrap(true);
    title_->setTextFormat(Qt::PlainText); // a target such as "<b>…" is text, not markup
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle_ = makeNoteLabel(u"requestSubtitle"_s, page_);
    timeLeft_ = new QLabel(page_);
    timeLeft_->setObjectName(u"timeLeft"_s);
    QFont tf = timeLeft_->font();
    tf.setBold(true);
    timeLeft_->setFont(tf);
    v->addWidget(title_);
    v->addWidget(subtitle_);
    v->addWidget(timeLeft_);

    QVBoxLayout *body = nullptr;
    v->addWidget(section(tr("Proposed action"), u"actionSection"_s, &body));
    action_ = new QFormLayout;
    action_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    body->addLayout(action_);
    arguments_ = makeCode(u"argumentsView"_s, page_);
    body->addWidget(new QLabel(tr("Exact arguments"), page_));
    body->addWidget(arguments_);
    changeTitle_ = new QLabel(tr("What will change"), page_);
    body->addWidget(changeTitle_);
    change_ = new ChangeDiffView(page_);
    body->addWidget(change_);

    v->addWidget(section(tr("Why it needs approval"), u"whySection"_s, &body));
    why_ = makeNoteLabel(u"whyText"_s, page_);
    body->addWidget(why_);

    evidenceSection_ = section(tr("Source evidence"), u"evidenceSection"_s, &body);
    evidenceTitle_ = evidenceSection_->findChild<QLabel *>(u"evidenceSectionTitle"_s);
    evidence_ = body;
    v->addWidget(evidenceSection_);

    v->addWidget(section(tr("Who is asking"), u"whoSection"_s, &body));
    who_ = makeNoteLabel(u"whoText"_s, page_);
    scope_ = makeNoteLabel(u"scopeText"_s, page_);
    body->addWidget(who_);
    body->addWidget(scope_);

    v->addWidget(section(tr("The run so far"), u"runSection"_s, &body));
    runText_ = makeNoteLabel(u"runText"_s, page_);
    strip_ = new RunStrip(page_);
    openRun_ = new QPushButton(tr("Open the run's full timeline"), page_);
    openRun_->setObjectName(u"openRunTimeline"_s);
    openRun_->setToolTip(tr("Show this run on the Runs screen"));
    connect(openRun_, &QPushButton::clicked, this, [this] {
        if (has_ && !context_.request.runId.isEmpty())
            Q_EMIT runRequested(context_.request.runId);
    });
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(openRun_);
    runRow->addStretch(1);
    body->addWidget(runText_);
    body->addWidget(strip_);
    body->addLayout(runRow);
    v->addStretch(1);

    scroll_->setWidget(page_);
    stack->addWidget(scroll_);
    clear();
}

QWidget *RequestDetail::section(const QString &title, const QString &objectName, QVBoxLayout **body)
{
    auto *frame = new QFrame(page_);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(10, 8, 10, 10);
    QLabel *h = heading(title, frame);
    h->setObjectName(objectName + u"Title"_s);
    v->addWidget(h);
    *body = v;
    return frame;
}

void RequestDetail::clear(const QString &message)
{
    has_ = false;
    empty_->setText(message.isEmpty()
                        ? tr("Select a request to see what the agent read, what will change, "
                             "and why it needs a human.")
                        : message);
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(empty_);
}

void RequestDetail::showContext(const RequestContext &context, const QDateTime &now)
{
    const bool same = has_ && context_.request.id == context.request.id;
    // A live refresh that changed nothing shown leaves the page alone: no flicker, and the
    // evidence a reviewer unfolded stays unfolded (a running simulator refreshes often).
    if (same && context_.request.status == context.request.status &&
        context_.request.decidedAt == context.request.decidedAt &&
        context_.runEvents.size() == context.runEvents.size() &&
        (context_.runEvents.isEmpty() ||
         context_.runEvents.constLast().seq == context.runEvents.constLast().seq) &&
        context_.connector.has_value() == context.connector.has_value() &&
        (!context.connector || context_.connector->revision == context.connector->revision)) {
        tick(now);
        return;
    }
    const int scrolled = scroll_->verticalScrollBar()->value();
    context_ = context;
    now_ = now;
    has_ = true;
    render();
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(scroll_);
    // A live refresh of the same request keeps the reader's place.
    scroll_->verticalScrollBar()->setValue(same ? scrolled : 0);
}

void RequestDetail::tick(const QDateTime &now)
{
    now_ = now;
    if (has_)
        renderTimeLeft();
}

QString RequestDetail::timeLeftText() const
{
    return timeLeft_->text();
}

void RequestDetail::renderTimeLeft()
{
    const ApprovalRequest &r = context_.request;
    Tone tone = Tone::Normal;
    QString text;
    if (r.status == ApprovalStatus::Expired ||
        (r.status == ApprovalStatus::Pending && r.expiresAt <= now_)) {
        text =
            tr("Expired at %1: it can no longer be approved").arg(SectionText::time(r.expiresAt));
        tone = Tone::Bad;
    } else if (r.status != ApprovalStatus::Pending) {
        text = tr("Already %1 by %2 at %3")
                   .arg(wordOf(r.status), shown(r.decidedBy), SectionText::time(r.decidedAt));
        tone = Tone::Dim;
    } else {
        const qint64 left = now_.secsTo(r.expiresAt);
        text = tr("Time left: %1 (expires %2)")
                   .arg(InboxModel::shortDuration(left), SectionText::time(r.expiresAt));
        tone = left < InboxModel::kUrgentSecs ? Tone::Warning : Tone::Normal;
    }
    timeLeft_->setText(text);
    applyTone(timeLeft_, tone, palette());
}

void RequestDetail::render()
{
    const RequestContext &c = context_;
    const ApprovalRequest &r = c.request;
    title_->setText(
        tr("%1 on %2")
            .arg(shown(r.tool), r.target.isEmpty() ? tr("(no target)") : shown(r.target)));
    subtitle_->setText(tr("%1 · power: %2 · requested by %3, %4")
                           .arg(shown(r.connector), SectionText::power(r.power),
                                shown(r.requestedBy),
                                OverviewText::age(r.requestedAt.secsTo(now_))));
    renderTimeLeft();

    while (action_->rowCount() > 0)
        action_->removeRow(0);
    auto addRow = [this](const QString &label, const QString &value, const QString &name) {
        QLabel *l = makeNoteLabel(name, page_);
        l->setText(value);
        action_->addRow(label, l);
    };
    addRow(tr("Tool:"), shown(r.tool), u"actionTool"_s);
    addRow(tr("Power:"), SectionText::power(r.power), u"actionPower"_s);
    addRow(tr("Target:"), r.target.isEmpty() ? tr("(no target)") : shown(r.target),
           u"actionTarget"_s);
    // The hash identifies what is approved; its first 16 digits are enough to compare by eye,
    // and the whole of it (selectable) would set the panel's minimum width.
    addRow(tr("Arguments hash:"), r.argumentsHash.left(16) + u"…"_s, u"actionHash"_s);
    action_->itemAt(action_->rowCount() - 1, QFormLayout::FieldRole)
        ->widget()
        ->setToolTip(r.argumentsHash);
    const QString args = displayText(indentedJson(r.arguments), TextShape::Block);
    arguments_->setPlainText(args);
    fitLines(arguments_, std::min<int>(kMaxArgumentLines, int(args.count(u'\n')) + 1));

    const bool hasChange = !r.proposedChange.isEmpty();
    changeTitle_->setVisible(hasChange);
    change_->setVisible(hasChange);
    if (hasChange) {
        auto diff = diffProposedChange(r.proposedChange);
        if (diff) {
            change_->showDiff(*diff);
        } else {
            changeTitle_->setText(tr("What will change (cannot be shown: %1)").arg(diff.message()));
            change_->setVisible(false);
        }
    }

    QStringList why;
    why << tr("Permission mode: %1 — %2")
               .arg(PowersText::mode(r.mode), PowersText::modeMeaning(r.mode));
    why << tr("Rule that matched: %1")
               .arg(r.rule.isEmpty() ? tr("(none recorded)") : shown(r.rule));
    if (c.policy.trigger)
        why << tr("Trigger: %1").arg(PowersText::trigger(*c.policy.trigger));
    if (!c.policy.rule.isEmpty())
        why << tr("Policy rule: %1").arg(shown(c.policy.rule));
    if (c.policy.verdict == Verdict::Deny)
        why << tr("Warning: the policy now refuses this call: %1").arg(shown(c.policy.reason));
    else if (c.policy.verdict == Verdict::Allow)
        why << tr("Note: the policy alone would now let this call run (%1); the workflow asked "
                  "anyway.")
                   .arg(shown(c.policy.reason));
    why_->setText(why.join(u'\n'));
    applyTone(why_, c.policy.verdict == Verdict::Deny ? Tone::Bad : Tone::Normal, palette());

    renderEvidence();

    QStringList who;
    who << (c.ownRequest ? tr("Requested by %1 — that is you: someone else must decide it.")
                               .arg(shown(r.requestedBy))
                         : tr("Requested by %1").arg(shown(r.requestedBy)));
    if (c.run && !c.run->identity.isEmpty())
        who << tr("The run acts as: %1").arg(shown(c.run->identity));
    if (c.connector) {
        const Identity &id = c.connector->identity;
        who << tr("Connector identity: %1 %2")
                   .arg(SectionText::identityKind(id.kind), id.principal.isEmpty()
                                                                ? tr("(no principal recorded)")
                                                                : shown(id.principal));
        who << tr("On behalf of: %1")
                   .arg(id.onBehalfOf.isEmpty() ? tr("nobody named") : shown(id.onBehalfOf));
        if (id.shared)
            who << tr("Shared: other systems use the same identity");
    } else {
        who << tr("The connector %1 no longer exists.").arg(shown(r.connector));
    }
    who_->setText(who.join(u'\n'));
    if (c.scope.inScope)
        scope_->setText(tr("In scope: %1").arg(shown(c.scope.reason)));
    else
        scope_->setText(
            tr("Out of scope: %1")
                .arg(c.scope.reason.isEmpty() ? tr("no rule includes it") : shown(c.scope.reason)));
    applyTone(scope_, c.scope.inScope ? Tone::Good : Tone::Bad, palette());

    const bool hasRun = !r.runId.isEmpty();
    strip_->setVisible(hasRun && !c.runEvents.isEmpty());
    openRun_->setVisible(hasRun);
    strip_->setEvents(c.runEvents, c.requestedSeq);
    if (!hasRun) {
        runText_->setText(tr("This request belongs to no run."));
    } else if (c.run) {
        const Run &run = *c.run;
        runText_->setText(
            tr("%1 · started by %2 %3 · %4")
                .arg(run.workflow.isEmpty() ? tr("(unnamed workflow)") : shown(run.workflow),
                     run.trigger.isEmpty() ? tr("(unknown trigger)") : shown(run.trigger),
                     OverviewText::age(run.startedAt.secsTo(now_)),
                     RunListModel::statusText(run.status)) +
            u" · "_s + tr("%n event(s) so far", nullptr, int(c.runEvents.size())));
    } else {
        runText_->setText(
            tr("Run %1 is not on record; %n event(s) name it.", nullptr, int(c.runEvents.size()))
                .arg(shown(r.runId)));
    }
}

void RequestDetail::renderEvidence()
{
    // Remove the items of the previous request (everything after the section's heading).
    while (evidence_->count() > 1) {
        QLayoutItem *item = evidence_->takeAt(1);
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    evidenceContents_.clear();
    const RequestContext &c = context_;
    int stale = 0;
    for (const EvidenceItem &e : c.evidence)
        stale += e.freshness.stale;
    evidenceTitle_->setText(
        c.evidence.isEmpty()
            ? tr("Source evidence")
            : tr("Source evidence (%1 read, %2 stale)").arg(c.evidence.size()).arg(stale));
    if (c.evidence.isEmpty()) {
        QLabel *none = makeNoteLabel(u"evidenceNone"_s, page_);
        none->setText(tr("The agent named no evidence for this request: nothing shows what it read "
                         "before asking."));
        applyTone(none, Tone::Warning, palette());
        evidence_->addWidget(none);
        return;
    }
    for (const EvidenceItem &item : c.evidence) {
        auto *frame = new QFrame(page_);
        frame->setObjectName(u"evidenceItem"_s);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(8, 6, 8, 8);
        QLabel *head = makeNoteLabel(u"evidenceHead"_s, frame);
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        v->addWidget(head);
        if (!item.found) {
            head->setText(tr("#%1 · not in the store").arg(item.seq));
            applyTone(head, Tone::Bad, palette());
            evidence_->addWidget(frame);
            continue;
        }
        const EvidenceEvent &e = item.event;
        head->setText(tr("#%1 · %2 from %3 · %4")
                          .arg(QString::number(e.seq), ActivityText::kind(e.kind),
                               item.source.isEmpty() ? tr("(no connector)") : shown(item.source),
                               shown(e.target.isEmpty() ? e.tool : e.target)));
        QLabel *when = makeNoteLabel(u"evidenceFreshness"_s, frame);
        const Freshness &f = item.freshness;
        QString fresh;
        if (f.limitSecs == 0)
            fresh =
                tr("read %1 (%2); %3 states no freshness limit")
                    .arg(SectionText::time(e.at), OverviewText::age(f.ageSecs), shown(item.source));
        else if (f.syncStale)
            fresh = tr("STALE: read %1, but %2 had not synced for %3 (limit %4)")
                        .arg(OverviewText::age(f.ageSecs), shown(item.source),
                             OverviewText::duration(f.syncLagSecs),
                             OverviewText::duration(f.limitSecs));
        else if (f.readStale)
            fresh = tr("STALE: read %1 (%2), longer ago than %3's freshness limit of %4")
                        .arg(SectionText::time(e.at), OverviewText::age(f.ageSecs),
                             shown(item.source), OverviewText::duration(f.limitSecs));
        else
            fresh = tr("fresh: read %1 (%2), within the limit of %3")
                        .arg(SectionText::time(e.at), OverviewText::age(f.ageSecs),
                             OverviewText::duration(f.limitSecs));
        when->setText(fresh);
        applyTone(when, f.stale ? Tone::Bad : f.limitSecs == 0 ? Tone::Dim : Tone::Good, palette());
        v->addWidget(when);
        if (!e.summary.isEmpty()) {
            QLabel *summary = makeNoteLabel(u"evidenceSummary"_s, frame);
            summary->setText(shown(e.summary));
            v->addWidget(summary);
        }
        if (!e.payload.isEmpty() && e.payload != "{}") {
            const QString content = displayText(indentedJson(e.payload), TextShape::Block);
            QPlainTextEdit *text = makeCode(u"evidenceContent"_s, frame);
            text->setPlainText(content);
            const int lines = int(content.count(u'\n')) + 1;
            fitLines(text, std::min(lines, kCollapsedLines));
            v->addWidget(text);
            // Long content folds to a few lines; the whole text is one click (or O) away.
            if (lines > kCollapsedLines) {
                auto *more = new QPushButton(tr("Show all %1 lines").arg(lines), frame);
                more->setObjectName(u"evidenceExpand"_s);
                more->setCheckable(true);
                more->setFlat(true);
                connect(more, &QPushButton::toggled, this, [text, more, lines](bool on) {
                    fitLines(text, on ? std::min(lines, 60) : kCollapsedLines);
                    more->setText(on ? tr("Show less") : tr("Show all %1 lines").arg(lines));
                });
                auto *row = new QHBoxLayout;
                row->addWidget(more);
                row->addStretch(1);
                v->addLayout(row);
                evidenceContents_.append({text, more});
            }
        }
        evidence_->addWidget(frame);
    }
}

void RequestDetail::openEvidence()
{
    if (!has_)
        return;
    for (const auto &[text, button] : std::as_const(evidenceContents_))
        button->setChecked(true);
    page_->layout()->activate();
    scroll_->verticalScrollBar()->setValue(evidenceSection_->y());
}

void RequestDetail::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (has_ && (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange))
        render();
}

} // namespace airlock
