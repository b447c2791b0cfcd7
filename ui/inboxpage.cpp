#include "inboxpage.h"

#include "approvefordialog.h"
#include "clock.h"
#include "domain/displaytext.h"
#include "inbox/argumentcheck.h"
#include "inbox/inboxfeed.h"
#include "inbox/inboxmodel.h"
#include "inbox/requestcontext.h"
#include "jobs/backgroundread.h"
#include "requestdetail.h"
#include "sections/sectionsupport.h"
#include "sections/sectiontext.h"
#include "store/approvalqueue.h"
#include "store/store.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// Urgent rows say so in the time-left cell; the reviewer's own requests read dimmed (they
// cannot decide them). Colours come from the palette of the moment (light or dark).
class InboxDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(InboxModel::OwnRequestRole).toBool()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, toneColor(Tone::Dim, option->palette));
        }
        if (index.column() == InboxModel::TimeLeftColumn &&
            index.data(InboxModel::UrgentRole).toBool()) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, toneColor(Tone::Warning, option->palette));
        }
        if (index.column() == InboxModel::PowerColumn) {
            const auto power = Power(index.data(InboxModel::PowerRole).toInt());
            if (power >= Power::Send)
                option->font.setBold(true);
        }
    }
};

QString timeText(const QDateTime &t)
{
    return SectionText::time(t);
}

// Agent-supplied text (tool, target, names, notes) as one line, control characters escaped.
QString shown(const QString &text)
{
    return displayText(text);
}

} // namespace

InboxPage::InboxPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , store_(store)
{
    setObjectName(u"inboxPage"_s);
    // A few catalogue rows: read once, on open. Outside shared mode every role is held.
    if (auto roles = readSessionRoles(store_))
        roles_ = *roles;
    else
        roles_.roles = QSet<StoreRole>(allStoreRoles().cbegin(), allStoreRoles().cend());
    model_ = new InboxModel(this);
    feed_ = new InboxFeed(store.url(), store.actor(), model_, this);
    contextReader_ = new BackgroundRead(this);

    // The queue.
    auto *left = new QWidget(this);
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    summary_ = makeNoteLabel(u"inboxSummary"_s, left);
    summary_->setText(tr("Loading the queue…"));
    table_ = new QTableView(left);
    table_->setObjectName(u"inboxTable"_s);
    table_->setModel(model_);
    table_->setItemDelegate(new InboxDelegate(table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideMiddle);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 12);
    // Every column as wide as its text, except the target, which takes what is left (and
    // elides in the middle, where paths differ least); the full target is in the detail.
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(InboxModel::TargetColumn,
                                                     QHeaderView::Stretch);
    // Names can be long: these two keep a fixed share (elided; the tooltip has them in full).
    for (int column : {int(InboxModel::ConnectorColumn), int(InboxModel::RequesterColumn)}) {
        table_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        table_->setColumnWidth(column,
                               table_->fontMetrics().horizontalAdvance(u"Salesforce CRM…"_s) + 16);
    }
    // Time left is what triage is about: it leads.
    table_->horizontalHeader()->moveSection(InboxModel::TimeLeftColumn, 0);
    table_->setToolTip(tr("J/K or ↓/↑: next/previous request"));
    QLabel *keys = makeNoteLabel(u"keyHint"_s, left);
    keys->setText(tr("J/K or ↓/↑ next/previous · O or Enter open the evidence · A approve · E edit "
                     "· R reject · G approve for…"));
    applyTone(keys, Tone::Dim, palette());
    lv->addWidget(summary_);
    lv->addWidget(table_, 1);
    lv->addWidget(keys);

    // The detail and the decisions.
    auto *right = new QWidget(this);
    auto *rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    message_ = makeNoteLabel(u"decisionMessage"_s, right);
    message_->setVisible(false);
    message_->setContentsMargins(8, 6, 8, 6);
    message_->setFrameShape(QFrame::StyledPanel);
    detail_ = new RequestDetail(right);
    decisionNote_ = makeNoteLabel(u"decisionNote"_s, right);
    decisionNote_->setContentsMargins(8, 4, 8, 0);
    decisionNote_->setVisible(false);
    connect(detail_, &RequestDetail::runRequested, this, &InboxPage::runRequested);

    decision_ = new QStackedWidget(right);
    decision_->setObjectName(u"decisionPanel"_s);
    // Deciding.
    auto *buttons = new QWidget(decision_);
    auto *bh = new QHBoxLayout(buttons);
    bh->setContentsMargins(8, 6, 8, 6);
    auto button = [&](const QString &text, const QString &name, const QString &tip, auto slot) {
        auto *b = new QPushButton(text, buttons);
        b->setObjectName(name);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        bh->addWidget(b);
        return b;
    };
    approve_ = button(tr("Approve  [A]"), u"approveButton"_s,
                      tr("Let exactly these arguments run once (A)"), &InboxPage::approve);
    edit_ =
        button(tr("Edit and approve…  [E]"), u"editApproveButton"_s,
               tr("Change the arguments, then approve what you wrote (E)"), &InboxPage::startEdit);
    reject_ = button(tr("Reject…  [R]"), u"rejectButton"_s, tr("Refuse it, with a reason (R)"),
                     &InboxPage::startReject);
    approveFor_ = button(tr("Approve for…  [G]"), u"approveForButton"_s,
                         tr("Approve, and let calls like it run without asking for a while (G)"),
                         &InboxPage::approveFor);
    bh->addStretch(1);
    decision_->addWidget(buttons);
    // Rejecting.
    auto *rejecting = new QWidget(decision_);
    auto *rh = new QHBoxLayout(rejecting);
    rh->setContentsMargins(8, 6, 8, 6);
    rh->addWidget(new QLabel(tr("Reason:"), rejecting));
    reason_ = new QLineEdit(rejecting);
    reason_->setObjectName(u"rejectReason"_s);
    reason_->setPlaceholderText(tr("Why it must not run (required; the requester sees it)"));
    confirmReject_ = new QPushButton(tr("Reject  [Enter]"), rejecting);
    confirmReject_->setObjectName(u"confirmReject"_s);
    auto *cancelReject = new QPushButton(tr("Cancel  [Esc]"), rejecting);
    rh->addWidget(reason_, 1);
    rh->addWidget(confirmReject_);
    rh->addWidget(cancelReject);
    connect(reason_, &QLineEdit::textChanged, this,
            [this](const QString &t) { confirmReject_->setEnabled(!t.trimmed().isEmpty()); });
    connect(reason_, &QLineEdit::returnPressed, this, &InboxPage::confirmReject);
    connect(confirmReject_, &QPushButton::clicked, this, &InboxPage::confirmReject);
    connect(cancelReject, &QPushButton::clicked, this, [this] { setMode(Deciding); });
    decision_->addWidget(rejecting);
    // Editing.
    auto *editing = new QWidget(decision_);
    auto *ev = new QVBoxLayout(editing);
    ev->setContentsMargins(8, 6, 8, 6);
    ev->addWidget(new QLabel(tr("Arguments to approve (JSON object):"), editing));
    editor_ = new QPlainTextEdit(editing);
    editor_->setObjectName(u"argumentsEditor"_s);
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setMinimumHeight(editor_->fontMetrics().lineSpacing() * 10);
    editError_ = makeNoteLabel(u"argumentsError"_s, editing);
    auto *eh = new QHBoxLayout;
    confirmEdit_ = new QPushButton(tr("Approve edited  [Ctrl+Enter]"), editing);
    confirmEdit_->setObjectName(u"confirmEdit"_s);
    auto *cancelEdit = new QPushButton(tr("Cancel  [Esc]"), editing);
    eh->addWidget(editError_, 1);
    eh->addWidget(confirmEdit_);
    eh->addWidget(cancelEdit);
    ev->addWidget(editor_, 1);
    ev->addLayout(eh);
    connect(editor_, &QPlainTextEdit::textChanged, this, &InboxPage::validateEdit);
    connect(confirmEdit_, &QPushButton::clicked, this, &InboxPage::confirmEdit);
    connect(cancelEdit, &QPushButton::clicked, this, [this] { setMode(Deciding); });
    decision_->addWidget(editing);

    rv->addWidget(message_);
    rv->addWidget(detail_, 1);
    rv->addWidget(decisionNote_);
    rv->addWidget(decision_);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"inboxSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({760, 640});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter, 1);

    // Keyboard triage. Letters act only while deciding, so typing a reason or arguments never
    // triggers them; Escape and Ctrl+Enter act only in those forms.
    auto key = [this](const QKeySequence &seq, auto slot, QList<QShortcut *> &group) {
        auto *s = new QShortcut(seq, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        group << s;
    };
    key(
        QKeySequence(Qt::Key_J), [this] { move(+1); }, triageKeys_);
    key(
        QKeySequence(Qt::Key_Down), [this] { move(+1); }, triageKeys_);
    key(
        QKeySequence(Qt::Key_K), [this] { move(-1); }, triageKeys_);
    key(
        QKeySequence(Qt::Key_Up), [this] { move(-1); }, triageKeys_);
    key(
        QKeySequence(Qt::Key_A), [this] { approve(); }, triageKeys_);
    key(
        QKeySequence(Qt::Key_R), [this] { startReject(); }, triageKeys_);
    key(
        QKeySequence(Qt::Key_E), [this] { startEdit(); }, triageKeys_);
    key(
        QKeySequence(Qt::Key_G), [this] { approveFor(); }, triageKeys_);
    // Opening the evidence is a deliberate look at the selected request: it may be decided then.
    auto open = [this] {
        arm();
        detail_->openEvidence();
    };
    key(QKeySequence(Qt::Key_O), open, triageKeys_);
    key(QKeySequence(Qt::Key_Return), open, triageKeys_);
    key(QKeySequence(Qt::Key_Enter), open, triageKeys_);
    key(
        QKeySequence(Qt::Key_Escape), [this] { setMode(Deciding); }, formKeys_);
    key(
        QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { confirmEdit(); }, formKeys_);
    key(
        QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { confirmEdit(); }, formKeys_);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxPage::currentChanged);
    // A click on the row already selected chooses it too (a click on another one moves there).
    connect(table_, &QTableView::clicked, this, [this] { arm(); });
    connect(feed_, &InboxFeed::aboutToUpdate, this, [this] { updating_ = true; });
    connect(feed_, &InboxFeed::loaded, this, &InboxPage::afterLoad);
    connect(feed_, &InboxFeed::arrived, this, &InboxPage::requestsArrived);
    connect(feed_, &InboxFeed::failed, this, [this](const QString &m) {
        summary_->setText(tr("Cannot read the queue: %1").arg(m));
    });

    // The clock: time left ticks every second, and a request whose time is up is expired (by
    // the next read) without waiting for anyone else to notice.
    ticker_ = new QTimer(this);
    ticker_->setInterval(1000);
    connect(ticker_, &QTimer::timeout, this, &InboxPage::tick);
    ticker_->start();
    setMode(Deciding);
    updateButtons();
    reload();
}

void InboxPage::reload()
{
    feed_->reload();
}

bool InboxPage::isLoading() const
{
    return feed_->isLoading() || contextReader_->isBusy() || !feed_->hasLoaded();
}

QString InboxPage::message() const
{
    return message_->isVisible() ? message_->text() : QString();
}

bool InboxPage::selectRequest(const QString &id)
{
    const int row = model_->rowOf(id);
    if (row < 0)
        return false;
    table_->setCurrentIndex(model_->index(row, 0));
    arm();
    return true;
}

void InboxPage::afterLoad()
{
    const int pending = model_->pendingCount();
    Q_EMIT pendingCountChanged(pending);
    if (pending == 0) {
        summary_->setText(
            tr("No requests are waiting. New ones appear here as soon as they are made."));
    } else {
        const ApprovalRequest *first = model_->requestAt(0);
        summary_->setText(
            tr("%n request(s) waiting", nullptr, pending) + u" · "_s +
            tr("the next expires in %1")
                .arg(InboxModel::shortDuration(model_->now().secsTo(first->expiresAt))));
    }
    // The selection follows its request when rows come and go. When the selected request left
    // the queue, the one now in its place is taken, and the page says why it left (unless this
    // page decided it, or explained already why it could not).
    // The request now in its place was not chosen by the reviewer: decisions wait until they
    // choose one (a reviewer pressing A for the request that left must not approve another).
    // A first selection into an empty page replaces nothing the reviewer had open.
    QString departed;
    int row = currentId_.isEmpty() ? -1 : model_->rowOf(currentId_);
    if (!currentId_.isEmpty() && row < 0) {
        departed = currentId_ == decidedHere_ ? QString() : currentId_;
        row = std::min(currentRow_, model_->rowCount() - 1);
        armed_ = false;
    } else if (currentId_.isEmpty() && model_->rowCount() > 0) {
        row = 0;
        armed_ = true;
    }
    if (row >= 0)
        table_->setCurrentIndex(model_->index(row, 0));
    else
        table_->clearSelection();
    updating_ = false;
    const QString id =
        row >= 0 ? model_->index(row, 0).data(InboxModel::IdRole).toString() : QString();
    if (id != currentId_)
        setMode(Deciding);
    currentId_ = id;
    currentRow_ = row;
    loadContext(departed);
}

void InboxPage::currentChanged()
{
    if (updating_)
        return; // afterLoad() reconciles the selection once the rows are in place
    const QModelIndex current = table_->currentIndex();
    currentRow_ = current.isValid() ? current.row() : -1;
    const QString id = current.isValid() ? current.data(InboxModel::IdRole).toString() : QString();
    if (id == currentId_)
        return;
    armed_ = true; // the reviewer moved (a click, the arrows, J/K): this one is chosen
    currentId_ = id;
    setMode(Deciding);
    message_->setVisible(false);
    loadContext();
}

void InboxPage::loadContext(const QString &departedId)
{
    const QString id = currentId_;
    if (id.isEmpty() && departedId.isEmpty()) {
        detail_->clear(
            model_->rowCount() == 0
                ? tr("Nothing to decide. Requests from agents and workflows appear here live.")
                : QString());
        updateButtons();
        return;
    }
    QPointer<InboxPage> self(this);
    const QString actor = store_.actor();
    contextReader_->start(
        store_.url(), [self, id, departedId, actor](Store &store) -> std::function<void()> {
            store.setActor(actor);
            const QDateTime now = currentTime();
            std::optional<Result<RequestContext>> context;
            if (!id.isEmpty())
                context = loadRequestContext(store, id, actor, now);
            std::optional<ApprovalRequest> departed;
            if (!departedId.isEmpty()) {
                if (auto d = ApprovalQueue(store).get(departedId))
                    departed = *d;
            }
            return [self, id, context, departed, now] {
                if (!self || self->currentId_ != id)
                    return;
                if (departed) {
                    const ApprovalRequest &d = *departed;
                    QString text =
                        d.status == ApprovalStatus::Expired
                            ? tr("%1 on %2 expired at %3 undecided; it left the queue.")
                                  .arg(shown(d.tool), shown(d.target), timeText(d.expiresAt))
                        : d.status == ApprovalStatus::Withdrawn
                            ? tr("%1 on %2 was withdrawn by %3 at %4: %5")
                                  .arg(shown(d.tool), shown(d.target), shown(d.decidedBy),
                                       timeText(d.decidedAt), shown(d.decisionNote))
                            : tr("%1 on %2 was %3 by %4 at %5 elsewhere; it left the queue.")
                                  .arg(shown(d.tool), shown(d.target), wordOf(d.status),
                                       shown(d.decidedBy), timeText(d.decidedAt));
                    if (!id.isEmpty())
                        text += u' ' + tr("Nothing else was decided: the selection moved to the "
                                          "next request, which you have not chosen yet.");
                    self->showOutcome(text, int(Tone::Warning));
                }
                if (!context) {
                    self->detail_->clear();
                } else if (!*context) {
                    self->detail_->clear(
                        tr("Cannot read this request: %1").arg(context->message()));
                } else {
                    self->detail_->showContext(**context, now);
                }
                self->updateButtons();
            };
        });
}

void InboxPage::tick()
{
    const QDateTime now = currentTime();
    model_->setNow(now);
    detail_->tick(now);
    // Expire what is due, and end what its holder abandoned (lease out): the next read's sweep
    // records it in the store, and it leaves.
    bool due = false;
    for (const ApprovalRequest &r : model_->requests())
        due = due || (r.status == ApprovalStatus::Pending && (r.expiresAt <= now || r.leaseLapsed(now)));
    if (due && !feed_->isLoading())
        feed_->reload();
    updateButtons();
}

void InboxPage::move(int delta)
{
    if (model_->rowCount() == 0)
        return;
    const QModelIndex current = table_->currentIndex();
    int row = current.isValid() ? current.row() + delta : 0;
    row = std::clamp(row, 0, model_->rowCount() - 1);
    table_->setCurrentIndex(model_->index(row, 0));
    table_->scrollTo(model_->index(row, 0));
    arm(); // also at either end of the queue, where the selection cannot move further
}

void InboxPage::arm()
{
    if (armed_ || currentId_.isEmpty())
        return;
    armed_ = true;
    updateButtons();
}

QString InboxPage::notChosenWhy() const
{
    return tr("The request you had open left the queue and the selection moved by itself. "
              "Choose this one first (click it, or press J/K or Enter) to decide it.");
}

bool InboxPage::explainIfNotChosen()
{
    if (armed_)
        return false;
    // Nothing is decided; what happened to the request they had open stays on screen.
    if (!message_->isVisible())
        showOutcome(notChosenWhy(), int(Tone::Warning));
    return true;
}

QString InboxPage::willNotRunWhy() const
{
    if (!detail_->hasRequest() || detail_->context().request.id != currentId_)
        return {};
    const PolicyDecision &policy = detail_->context().policy;
    if (policy.verdict != Verdict::Deny)
        return {};
    return tr("Approving will not make it run: the policy now refuses this call (%1).")
        .arg(displayText(policy.reason));
}

void InboxPage::setMode(Mode mode)
{
    // The panel is as tall as the form shown, not as the tallest form.
    for (int i = 0; i < decision_->count(); ++i)
        decision_->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == mode ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    decision_->setCurrentIndex(mode);
    decision_->setMaximumHeight(mode == Editing ? QWIDGETSIZE_MAX
                                                : decision_->widget(mode)->sizeHint().height());
    for (QShortcut *s : std::as_const(triageKeys_))
        s->setEnabled(mode == Deciding);
    for (QShortcut *s : std::as_const(formKeys_))
        s->setEnabled(mode != Deciding);
    if (mode == Deciding &&
        (focusWidget() == nullptr || focusWidget() == reason_ || focusWidget() == editor_))
        table_->setFocus();
}

void InboxPage::updateButtons()
{
    const bool has = detail_->hasRequest() && detail_->context().request.id == currentId_ &&
                     !currentId_.isEmpty();
    const RequestContext *c = has ? &detail_->context() : nullptr;
    const bool pending =
        c && c->request.status == ApprovalStatus::Pending && c->request.expiresAt > currentTime();
    const bool own = c && c->ownRequest;
    const QString ownWhy =
        own ? ownRequestWhy()
            : QString();
    const bool allowed = roles_.canDecide();
    for (QPushButton *b : {approve_, edit_, reject_, approveFor_}) {
        b->setEnabled(pending && !own && allowed && armed_);
    }
    const QString why = !allowed ? notAllowedWhy() : own ? ownWhy : notChosenWhy();
    const bool explain = !allowed || own || (c && !armed_);
    const QString willNotRun = pending ? willNotRunWhy() : QString();
    QStringList notes;
    if (c && !armed_ && pending)
        notes << notChosenWhy();
    if (!willNotRun.isEmpty())
        notes << willNotRun;
    decisionNote_->setText(notes.join(u'\n'));
    decisionNote_->setVisible(!notes.isEmpty());
    applyTone(decisionNote_, willNotRun.isEmpty() ? Tone::Warning : Tone::Bad, palette());
    approve_->setToolTip(explain                ? why
                         : willNotRun.isEmpty() ? tr("Let exactly these arguments run once (A)")
                                                : willNotRun);
    edit_->setToolTip(explain ? why : tr("Change the arguments, then approve what you wrote (E)"));
    reject_->setToolTip(explain ? why : tr("Refuse it, with a reason (R)"));
    approveFor_->setToolTip(
        explain ? why : tr("Approve, and let calls like it run without asking for a while (G)"));
    if ((own || (c && !allowed)) && !message_->isVisible())
        showOutcome(why, int(Tone::Warning));
}

QString InboxPage::notAllowedWhy() const
{
    return tr("Your login '%1' has the role %2 on this shared store: deciding needs the reviewer "
              "or lead role (ask a lead to run 'airlockctl admin grant %1 reviewer').")
        .arg(roles_.login, roles_.describe());
}

bool InboxPage::explainIfNotAllowed()
{
    if (roles_.canDecide())
        return false;
    showOutcome(notAllowedWhy(), int(Tone::Bad));
    return true;
}

bool InboxPage::explainIfOwn()
{
    if (explainIfNotAllowed())
        return true;
    if (!detail_->hasRequest() || detail_->context().request.id != currentId_ ||
        !detail_->context().ownRequest)
        return false;
    showOutcome(ownRequestWhy(),
                int(Tone::Bad));
    return true;
}

void InboxPage::approve()
{
    if (currentId_.isEmpty() || explainIfNotChosen() || explainIfOwn())
        return;
    decide(true, QString(), std::nullopt);
}

void InboxPage::startReject()
{
    if (currentId_.isEmpty() || explainIfNotChosen() || explainIfOwn())
        return;
    reason_->clear();
    confirmReject_->setEnabled(false);
    setMode(Rejecting);
    reason_->setFocus();
}

void InboxPage::confirmReject()
{
    const QString reason = reason_->text().trimmed();
    if (reason.isEmpty()) {
        showOutcome(tr("A rejection needs a reason: say why it must not run."), int(Tone::Bad));
        reason_->setFocus();
        return;
    }
    decide(false, reason, std::nullopt);
}

void InboxPage::startEdit()
{
    if (currentId_.isEmpty() || explainIfNotChosen() || explainIfOwn() || !detail_->hasRequest())
        return;
    editor_->setPlainText(indentedJson(detail_->context().request.arguments));
    setMode(Editing);
    editor_->setFocus();
    validateEdit();
}

void InboxPage::validateEdit()
{
    auto checked = checkEditedArguments(editor_->toPlainText());
    confirmEdit_->setEnabled(checked.ok());
    if (!checked) {
        editError_->setText(tr("Not valid: %1").arg(checked.message()));
        applyTone(editError_, Tone::Bad, palette());
    } else if (detail_->hasRequest() && *checked == detail_->context().request.arguments) {
        editError_->setText(tr("Unchanged: approving records the original arguments as edited."));
        applyTone(editError_, Tone::Dim, palette());
    } else {
        editError_->setText(tr("Valid JSON; what you approve is recorded with its hash."));
        applyTone(editError_, Tone::Good, palette());
    }
}

void InboxPage::confirmEdit()
{
    if (decision_->currentIndex() != Editing)
        return;
    auto checked = checkEditedArguments(editor_->toPlainText());
    if (!checked) {
        validateEdit();
        editor_->setFocus();
        return;
    }
    decide(true, QString(), *checked);
}

void InboxPage::approveFor()
{
    if (currentId_.isEmpty() || explainIfNotChosen() || explainIfOwn() || !detail_->hasRequest())
        return;
    ApproveForDialog dialog(detail_->context().request, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.grant())
        return;
    decide(true, QString(), std::nullopt, dialog.grant());
}

void InboxPage::decide(bool approve, const QString &note, const std::optional<QByteArray> &edited,
                       const std::optional<GrantStore::NewGrant> &grant)
{
    const QString id = currentId_;
    if (!armed_ || id.isEmpty())
        return; // a form left open while the selection moved by itself decides nothing
    // What the reviewer was told before the click: the policy's answer for this call now.
    const QString willNotRun = approve ? willNotRunWhy() : QString();
    ApprovalQueue::Decision d;
    d.approve = approve;
    d.note = note;
    d.editedArguments = edited;
    d.grant = grant;
    // One short guarded write on this thread: the reviewer waits for its answer anyway.
    auto decided = ApprovalQueue(store_).decide(id, d);
    if (!decided) {
        decidedHere_ = id; // the refusal explains already why it leaves the queue
        showRefusal(id, int(decided.code()), decided.message());
        setMode(Deciding);
        reload();
        return;
    }
    decidedHere_ = id;
    const ApprovalRequest &r = *decided;
    QString text =
        approve
            ? (edited ? tr("Approved %1 on %2 with edited arguments.") : tr("Approved %1 on %2."))
                  .arg(shown(r.tool), shown(r.target))
            : tr("Rejected %1 on %2: %3").arg(shown(r.tool), shown(r.target), shown(note));
    if (!willNotRun.isEmpty())
        text += u' ' + tr("It will not run: the policy now refuses this call (%1).")
                           .arg(displayText(detail_->context().policy.reason));
    if (grant)
        text += u' ' +
                tr("Calls like it may run without asking for %1 (see the connector's Grants tab).")
                    .arg(InboxModel::shortDuration(grant->validForSecs));
    showOutcome(text, int(!willNotRun.isEmpty() ? Tone::Warning
                          : approve             ? Tone::Good
                                                : Tone::Normal));
    setMode(Deciding);
    table_->setFocus();
    reload();
}

QString InboxPage::ownRequestWhy() const
{
    return tr("You (%1) requested this one; someone else must decide it.")
        .arg(shown(store_.actor()));
}

void InboxPage::showRefusal(const QString &id, int code, const QString &message)
{
    // Say what happened in the reviewer's terms, from what the store holds now.
    auto now = ApprovalQueue(store_).get(id);
    QString text;
    switch (ErrorCode(code)) {
    case ErrorCode::Conflict:
        text = now && now->isDecided()
                   ? tr("Already %1 by %2 at %3: your decision was not recorded.")
                         .arg(wordOf(now->status), shown(now->decidedBy), timeText(now->decidedAt))
                   : tr("Someone else decided it first: %1").arg(message);
        break;
    case ErrorCode::SelfApproval:
        text = ownRequestWhy();
        break;
    case ErrorCode::Expired:
        text = tr("Expired at %1: it can no longer be decided.")
                   .arg(now ? timeText(now->expiresAt) : QString());
        break;
    default:
        text = tr("Not recorded: %1").arg(shown(message));
        break;
    }
    showOutcome(text, int(Tone::Bad));
}

void InboxPage::showOutcome(const QString &text, int tone)
{
    message_->setText(text);
    applyTone(message_, Tone(tone), palette());
    message_->setVisible(true);
}

} // namespace airlock
