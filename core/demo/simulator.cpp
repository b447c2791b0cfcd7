#include "simulator.h"

#include "workflowsteps.h"

#include "clock.h"
#include "store/approvalqueue.h"
#include "store/changenotifier.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"

#include <QJsonArray>
#include <QLocale>
#include <optional>

using namespace Qt::StringLiterals;

// The simulator's runs follow the seeded story's workflows with tickets, invoices and calls of
// their own, drawn from the seed; the steps and records are the seeder's (workflowsteps.h).

namespace airlock {

namespace demo {

// One run as the simulator plays it: its opening (trigger, calls, output), then the action it
// asks a human for, if any.
struct Scenario
{
    const Workflow *workflow = nullptr;
    QString title; // for the console's progress lines
    QString trigger;
    QJsonObject details;
    QList<Call> calls;
    QString outputSummary;
    QJsonObject output;
    std::optional<Ask> ask;
    QString executedSummary; // once the asked action ran
};

namespace {

struct TicketIdea
{
    QString account, subject, body, queue, priority, why;
};

const QList<TicketIdea> &ticketIdeas()
{
    static const QList<TicketIdea> list = {
        {u"acct-1311"_s, u"Two cases missing from this morning's delivery"_s,
         u"Our standing order came two cases of heirloom tomatoes short. We need them before "
         u"Saturday's lunch rush. - Ana"_s,
         u"fulfillment"_s, u"high"_s,
         u"Short delivery on a standing order; stock needed before the weekend."_s},
        {u"acct-1042"_s, u"Invoice shows the wrong delivery fee"_s,
         u"Invoice for SO-79012 charges the $45 rush fee but we booked the normal Tuesday run. "
         u"Can you fix it before we pay? - Nora"_s,
         u"billing"_s, u"normal"_s, u"Billing correction before payment; no deadline stated."_s},
        {u"acct-1090"_s, u"Can we move Thursday deliveries to Wednesday?"_s,
         u"Our roaster changes its schedule next month. Could our Thursday drop move to "
         u"Wednesday mornings? - Devin"_s,
         u"fulfillment"_s, u"normal"_s, u"Schedule change a month ahead."_s},
        {u"acct-1276"_s, u"Ordering portal shows last week's prices"_s,
         u"The portal still lists the old price for glass jars even though your email said "
         u"they went down. Which one is right? - Sol"_s,
         u"support-tier1"_s, u"normal"_s, u"Price display question; no order blocked."_s},
        {u"acct-1187"_s, u"Card declined, but the money left our account"_s,
         u"The portal said our card was declined for SO-79230 but the bank shows the charge. "
         u"Did the order go through? - Marta"_s,
         u"billing"_s, u"high"_s, u"Possible charge without an order; customer out of pocket."_s},
        {u"acct-1203"_s, u"Frozen goods arrived thawed at two stores"_s,
         u"Today's frozen pastry delivery was soft at our Elm St and Harbor stores. The driver "
         u"said the truck's freezer alarm went off. - Ruth"_s,
         u"fulfillment"_s, u"urgent"_s, u"Cold-chain failure at two sites; food safety."_s},
    };
    return list;
}

struct VarianceIdea
{
    QString vendor, line, invoiced, contract, percent;
};

const QList<VarianceIdea> &varianceIdeas()
{
    static const QList<VarianceIdea> list = {
        {u"Sierra Dairy Supply (v-10418)"_s, u"96 cases oat milk 12x1 L"_s, u"$27.40"_s,
         u"$25.90"_s, u"+5.8%"_s},
        {u"Greenline Packaging (v-10377)"_s, u"3,000 kraft takeout boxes"_s, u"$0.41"_s, u"$0.38"_s,
         u"+7.9%"_s},
        {u"Northfield Grains (v-10152)"_s, u"40 sacks bread flour 25 kg"_s, u"$31.80"_s,
         u"$29.50"_s, u"+7.8%"_s},
    };
    return list;
}

struct CallIdea
{
    QString account, notes, words;
    int amountBefore, amountAfter;
    QString nextStepBefore, nextStep;
};

const QList<CallIdea> &callIdeas()
{
    static const QList<CallIdea> list = {
        {u"acct-1042"_s,
         u"Nora wants to add a weekly pastry-butter order (about 30 cases) from next month."_s,
         u"weekly pastry-butter order"_s, 38400, 44100, u"Quarterly check-in"_s,
         u"Send butter pricing tiers by Friday"_s},
        {u"acct-1276"_s,
         u"Sol asked for a standing Friday delivery for the farmers-market stall."_s,
         u"standing Friday delivery"_s, 52300, 55800, u"Renewal in spring"_s,
         u"Confirm a Friday route slot with logistics"_s},
        {u"acct-1090"_s,
         u"Devin will sign the 12-month supply contract if oat milk keeps its current price."_s,
         u"ready to sign with a price lock"_s, 21900, 26500, u"Contract in negotiation"_s,
         u"Send the contract with an oat-milk price lock"_s},
        {u"acct-1311"_s,
         u"Ana is weighing other suppliers after the produce complaints; wants a quality "
         u"guarantee in writing."_s,
         u"churn risk, wants a quality guarantee"_s, 44800, 40000, u"Weekly standing order"_s,
         u"Draft a produce quality guarantee; call back Monday"_s},
    };
    return list;
}

int pick(QRandomGenerator &rng, qsizetype n)
{
    return int(rng.bounded(quint32(n)));
}

} // namespace

} // namespace demo

using namespace demo;

struct Simulator::Waiting
{
    RunHandle run;
    QString title;
    QString tool;
    QString executedSummary;
    QDateTime expiresAt;
};

Simulator::Simulator(Store &store, const Options &options, QObject *parent)
    : QObject(parent)
    , store_(store)
    , options_(options)
    , rng_(options.seed)
    , usageRng_(options.seed ^ 0x5eed5eedu)
{
    ticketNumber_ = 49000 + int(rng_.bounded(500));
    invoiceNumber_ = 21000 + int(rng_.bounded(500));
    callNumber_ = 5700 + int(rng_.bounded(200));
    opportunityNumber_ = 7800 + int(rng_.bounded(100));
    next_.setSingleShot(true);
    connect(&next_, &QTimer::timeout, this, &Simulator::startNext);
    deadline_.setSingleShot(true);
    connect(&deadline_, &QTimer::timeout, this,
            [this] { stop(u"its time (--duration) was up"_s); });
    expiry_.setSingleShot(true);
    connect(&expiry_, &QTimer::timeout, this, &Simulator::checkWaiting);
}

Simulator::~Simulator() = default;

Status Simulator::checkStore()
{
    for (const QString &name : {kDesk, kCrm, kErp}) {
        auto c = ConnectorStore(store_).get(name);
        if (!c) {
            if (c.code() != ErrorCode::NotFound)
                return c.status();
            return Status::failure(
                ErrorCode::InvalidArgument,
                u"the store %1 has no connector '%2': simulate runs the demo's workflows, so it "
                u"needs the demo's connectors (seed an empty store with 'airlockctl demo')"_s.arg(
                    store_.url().display(), name));
        }
    }
    return {};
}

void Simulator::start()
{
    notifier_ = std::make_unique<ChangeNotifier>(store_);
    notifier_->setPollInterval(1000);
    connect(notifier_.get(), &ChangeNotifier::changed, this, &Simulator::checkWaiting);
    if (options_.durationSecs > 0)
        deadline_.start(options_.durationSecs * 1000);
    Q_EMIT progress(u"simulating the demo's workflows on %1 (seed %2)"_s.arg(
        store_.url().display(), QString::number(options_.seed)));
    startNext();
}

Scenario Simulator::nextScenario()
{
    Scenario s;
    const int which = pick(rng_, 4); // support routing comes twice as often
    if (which <= 1) {
        const TicketIdea &idea = ticketIdeas().at(pick(rng_, ticketIdeas().size()));
        ticketNumber_ += 1 + int(rng_.bounded(6));
        const int number = ticketNumber_;
        const Account a = account(idea.account);
        const Ticket t{0, idea.account, idea.subject, idea.body};
        s.workflow = &kSupport;
        s.title = u"ticket #%1 \"%2\""_s.arg(number).arg(idea.subject);
        s.trigger = ticketTrigger(number);
        s.details = ticketTriggerDetails(number);
        s.calls << Call{kDesk, u"get_ticket"_s, ticketPath(number),
                        u"read ticket #%1: \"%2\""_s.arg(number).arg(idea.subject),
                        ticketContent(number, t, a)}
                << Call{kCrm, u"get_account"_s, accountPath(a.id),
                        u"read account history of %1"_s.arg(a.name),
                        accountContent(a, 1 + int(rng_.bounded(2)))};
        s.outputSummary = u"suggests %1 queue, %2 urgency"_s.arg(idea.queue, idea.priority);
        s.output = {{u"suggestion"_s, QJsonObject{{u"urgency"_s, idea.priority},
                                                  {u"queue"_s, idea.queue},
                                                  {u"why"_s, idea.why}}}};
        s.ask = routingAsk(number, idea.queue, idea.priority);
        s.executedSummary =
            u"ticket #%1 moved to %2, priority %3"_s.arg(number).arg(idea.queue, idea.priority);
    } else if (which == 2) {
        s.workflow = &kInvoices;
        s.trigger = kInvoiceTrigger;
        s.details = invoiceSchedule();
        const int rows = 8 + int(rng_.bounded(15));
        const QDateTime now = currentTime();
        s.calls << Call{kErp, u"get_ap_export"_s, kApExport,
                        u"read AP open-invoices export (%1 rows)"_s.arg(rows),
                        exportContent(rows, now.addSecs(-3600 * (1 + int(rng_.bounded(6)))), now)};
        const bool variance = rng_.bounded(2) == 0;
        if (!variance) {
            s.title = u"AP check of %1 invoices"_s.arg(rows);
            s.calls << Call{
                kErp,
                u"search_transactions"_s,
                u"erp:purchase_orders"_s,
                u"matched %1 invoices to purchase orders and goods receipts"_s.arg(rows),
                {{u"matched"_s, rows}, {u"tolerance"_s, u"±2% price, exact quantity"_s}},
                {{u"query"_s, u"open POs and receipts for the %1 exported invoices"_s.arg(rows)}}};
            s.outputSummary =
                u"%1 of %1 invoices match PO and receipt; nothing to hold"_s.arg(rows);
            s.output = {{u"checked"_s, rows}, {u"exceptions"_s, 0}};
        } else {
            const VarianceIdea &idea = varianceIdeas().at(pick(rng_, varianceIdeas().size()));
            invoiceNumber_ += 1 + int(rng_.bounded(9));
            const QString inv = u"INV-%1"_s.arg(invoiceNumber_);
            const QString po = u"PO-%1"_s.arg(5600 + invoiceNumber_ % 400);
            s.title = u"AP check, %1 from %2"_s.arg(inv, idea.vendor);
            s.calls << Call{kErp,
                            u"get_invoice"_s,
                            invoicePath(inv),
                            u"read %1 from %2"_s.arg(inv, idea.vendor),
                            {{u"invoice"_s, inv},
                             {u"vendor"_s, idea.vendor},
                             {u"lines"_s, QJsonArray{u"%1 @ %2"_s.arg(idea.line, idea.invoiced)}},
                             {u"po"_s, po}}}
                    << Call{kErp,
                            u"search_transactions"_s,
                            u"erp:purchase_orders/"_s + po,
                            u"read %1 and its receipt"_s.arg(po),
                            {{u"po"_s, po}, {u"contract_price"_s, idea.contract}},
                            {{u"query"_s, po}}};
            const QString detail = u"%1 invoiced vs %2 contract (%3, tolerance 2%)"_s.arg(
                idea.invoiced, idea.contract, idea.percent);
            s.outputSummary = u"%1 of %2 match; %3 unit price %4 over %5"_s.arg(
                QString::number(rows - 1), QString::number(rows), inv, idea.percent, po);
            s.output = {
                {u"exception"_s, u"price_variance"_s}, {u"invoice"_s, inv}, {u"detail"_s, detail}};
            s.ask = Ask{kErp,
                        u"flag_invoice_exception"_s,
                        invoicePath(inv),
                        {{u"exception"_s, u"price_variance"_s},
                         {u"hold"_s, true},
                         {u"note"_s, u"Unit price %1 vs %2 %3 (%4)"_s.arg(
                                         idea.invoiced, po, idea.contract, idea.percent)}},
                        {{u"hold"_s, false}},
                        {{u"hold"_s, true}, {u"exception"_s, u"price_variance"_s}}};
            s.executedSummary = u"%1 on hold (AIRLOCK: price_variance)"_s.arg(inv);
        }
    } else {
        const CallIdea &idea = callIdeas().at(pick(rng_, callIdeas().size()));
        const Account a = account(idea.account);
        callNumber_ += 1 + int(rng_.bounded(7));
        opportunityNumber_ += 1 + int(rng_.bounded(5));
        const QString callId = u"call-%1"_s.arg(callNumber_);
        const QString opp = u"opp-%1"_s.arg(opportunityNumber_);
        s.workflow = &kFollowUps;
        s.title = u"call with %1"_s.arg(a.name);
        s.trigger = callTrigger(u"jordan.kim"_s, a.name);
        s.details = callTriggerDetails(callId);
        s.calls << Call{kCrm,
                        u"get_call_notes"_s,
                        accountPath(a.id) + u"/calls/"_s + callId,
                        u"read call notes: "_s + idea.words,
                        {{u"summary"_s, idea.notes}}}
                << Call{kCrm, u"get_account"_s, accountPath(a.id),
                        u"read account of %1"_s.arg(a.name), accountContent(a, 0)}
                << Call{kCrm,
                        u"create_followup_task"_s,
                        u"crm:tasks/new"_s,
                        u"created task for jordan.kim: "_s + idea.nextStep,
                        {{u"task"_s, idea.nextStep}},
                        {{u"owner"_s, u"jordan.kim"_s}, {u"subject"_s, idea.nextStep}}};
        s.outputSummary = u"proposes updating %1: amount %2 → %3"_s.arg(
            opp, QString::number(idea.amountBefore), QString::number(idea.amountAfter));
        s.output = {{u"opportunity"_s, opp}, {u"why"_s, idea.notes}};
        s.ask =
            Ask{kCrm,
                u"update_opportunity"_s,
                u"crm:opportunities/segment=smb/"_s + opp,
                {{u"amount"_s, QString::number(idea.amountAfter)}, {u"next_step"_s, idea.nextStep}},
                {{u"amount"_s, idea.amountBefore}, {u"next_step"_s, idea.nextStepBefore}},
                {{u"amount"_s, idea.amountAfter}, {u"next_step"_s, idea.nextStep}}};
        s.executedSummary =
            u"%1 amount $%2, next step updated"_s.arg(opp, QLocale::c().toString(idea.amountAfter));
    }
    return s;
}

void Simulator::startNext()
{
    if (stopping_ || finished_)
        return;
    if (runLimitReached()) {
        finishIfDone();
        return;
    }
    if (waiting() < options_.maxWaiting) {
        if (Status s = begin(nextScenario()); !s) {
            fail(s);
            return;
        }
    }
    if (runLimitReached())
        finishIfDone();
    else
        next_.start(options_.intervalMs);
}

Status Simulator::begin(const Scenario &sc)
{
    const Workflow &w = *sc.workflow;
    auto run = openRun(store_, w, newId(), sc.trigger, sc.details);
    if (!run)
        return run.status();
    ++tally_.runs;
    Q_EMIT progress(u"%1 started: %2 (run %3)"_s.arg(w.name, sc.title, run->id));
    auto waiting = std::make_shared<Waiting>();
    waiting->run = *run;
    waiting->title = sc.title;
    for (const Call &c : sc.calls) {
        auto d = judgeStep(store_, c.connector, c.tool, c.target);
        if (!d)
            return d.status();
        auto seq = recordCall(store_, waiting->run, c, *d);
        if (!seq)
            return seq.status();
        if (d->verdict == Verdict::Deny)
            return end(*waiting, RunStatus::Blocked,
                       u"%1 on %2 refused: %3"_s.arg(c.tool, c.target, d->reason), *seq);
        if (d->verdict == Verdict::NeedsApproval)
            return end(*waiting, RunStatus::Stopped,
                       u"%1 on %2 now needs approval (%3); this workflow does not ask before a "
                       u"read"_s.arg(c.tool, c.target, d->reason),
                       *seq);
    }
    if (auto r = noteEvent(store_, waiting->run, EventKind::Output, sc.outputSummary, sc.output);
        !r)
        return r.status();
    if (!sc.ask)
        return end(*waiting, RunStatus::Succeeded, {}, 0);

    auto request = requestApproval(store_, waiting->run, *sc.ask, newId(), options_.expiresInSecs);
    if (!request) {
        if (request.code() != ErrorCode::Denied)
            return request.status();
        auto head = EvidenceChain(store_).headSeq(); // the blocked attempt the queue recorded
        if (!head)
            return head.status();
        return end(*waiting, RunStatus::Blocked,
                   u"%1 on %2 refused: %3"_s.arg(sc.ask->tool, sc.ask->target, request.message()),
                   *head);
    }
    ++tally_.requests;
    waiting->tool = request->tool;
    waiting->executedSummary = sc.executedSummary;
    waiting->expiresAt = request->expiresAt;
    waiting_.insert(request->id, waiting);
    Q_EMIT progress(u"%1 asks to %2 %3 and waits (request %4, expires in %5 s)"_s.arg(
        w.name, request->tool, request->target, request->id,
        QString::number(options_.expiresInSecs)));
    if (request->status != ApprovalStatus::Pending)
        return settle(request->id); // a reviewer's standing grant answered it ahead
    armExpiry();
    return {};
}

// Ends a run: usage, final status, and what the console shows as where and why it stopped.
Status Simulator::end(Waiting &w, RunStatus to, const QString &reason, qint64 stoppedAtSeq)
{
    store_.setActor(w.run.workflow->agent);
    const Status s = store_.write([&]() -> Status {
        if (Status u = addUsage(store_, usageRng_, w.run); !u)
            return u;
        return RunStore(store_).finish(w.run.id, to, reason, stoppedAtSeq);
    });
    if (!s)
        return s;
    switch (to) {
    case RunStatus::Succeeded:
        ++tally_.succeeded;
        break;
    case RunStatus::Blocked:
        ++tally_.blocked;
        break;
    default:
        ++tally_.stopped;
        break;
    }
    Q_EMIT progress(u"%1 %2: %3%4"_s.arg(w.run.workflow->name, wordOf(to), w.title,
                                         reason.isEmpty() ? QString() : u" — "_s + reason));
    return {};
}

qint64 Simulator::decisionSeq(const QString &runId, const QString &requestId)
{
    auto events = EvidenceChain(store_).forRun(runId);
    if (!events)
        return 0;
    for (const EvidenceEvent &e : *events) {
        if (e.eventId == requestId + u":decided"_s || e.eventId == requestId + u":ended"_s)
            return e.seq;
    }
    return 0;
}

void Simulator::checkWaiting()
{
    if (checking_ || finished_)
        return;
    checking_ = true;
    const QStringList ids = waiting_.keys();
    for (const QString &id : ids) {
        if (Status s = settle(id); !s) {
            checking_ = false;
            fail(s);
            return;
        }
    }
    checking_ = false;
    armExpiry();
    if (!stopping_ && runLimitReached())
        finishIfDone();
    else if (!stopping_ && !next_.isActive() && waiting() < options_.maxWaiting)
        next_.start(options_.intervalMs);
}

// Acts on a request that is no longer pending; leaves a pending one waiting.
Status Simulator::settle(const QString &requestId)
{
    const std::shared_ptr<Waiting> w = waiting_.value(requestId);
    if (!w)
        return {};
    store_.setActor(w->run.workflow->agent);
    auto r = ApprovalQueue(store_).get(requestId);
    if (!r)
        return r.status();
    // Reads never write: like a gateway, the simulator records the expiry its read derived,
    // so the run can end at that event.
    if (r->status == ApprovalStatus::Expired) {
        if (auto swept = ApprovalQueue(store_).expireDue(); !swept)
            return swept.status();
    }
    const QString name = w->run.workflow->name;
    switch (r->status) {
    case ApprovalStatus::Pending:
        return {};
    default:
        break;
    }
    waiting_.remove(requestId); // w keeps it alive while its run is finished
    switch (r->status) {
    case ApprovalStatus::Pending:
        return {};
    case ApprovalStatus::Approved: {
        ++tally_.approved;
        Q_EMIT progress(u"%1: %2 approved by %3%4"_s.arg(
            name, r->tool, r->decidedBy, r->edited ? u" with edited arguments"_s : QString()));
        // The gateway runs exactly what was approved, once, and records that it did.
        const QString done =
            w->executedSummary + (r->edited ? u" (edited arguments)"_s : QString());
        return store_.write([&]() -> Status {
            if (Status s = RunStore(store_).setStatus(w->run.id, RunStatus::Running); !s)
                return s;
            if (Status s = ApprovalQueue(store_).recordOutcome(requestId, true, done); !s)
                return s;
            return end(*w, RunStatus::Succeeded, {}, 0);
        });
    }
    case ApprovalStatus::Rejected:
        ++tally_.rejected;
        return end(*w, RunStatus::Stopped,
                   u"%1 rejected by %2%3"_s.arg(
                       r->tool, r->decidedBy,
                       r->decisionNote.isEmpty() ? QString() : u": "_s + r->decisionNote),
                   decisionSeq(w->run.id, requestId));
    case ApprovalStatus::Expired:
        ++tally_.expired;
        return end(*w, RunStatus::Stopped,
                   u"%1 request expired undecided after %2 s; left for a human"_s.arg(
                       r->tool, QString::number(r->requestedAt.secsTo(r->expiresAt))),
                   decisionSeq(w->run.id, requestId));
    case ApprovalStatus::Withdrawn:
        ++tally_.withdrawn;
        return end(*w, RunStatus::Stopped,
                   u"%1 request withdrawn: %2"_s.arg(r->tool, r->decisionNote),
                   decisionSeq(w->run.id, requestId));
    }
    return {};
}

void Simulator::armExpiry()
{
    if (waiting_.isEmpty()) {
        expiry_.stop();
        return;
    }
    QDateTime first;
    for (const auto &w : std::as_const(waiting_)) {
        if (!first.isValid() || w->expiresAt < first)
            first = w->expiresAt;
    }
    const qint64 ms =
        qBound<qint64>(0, currentTime().msecsTo(first) + 50, qint64(24) * 3600 * 1000);
    expiry_.start(int(ms));
}

// Withdraws one pending request and finishes its run as stopped, together; a request decided
// in the meantime is acted on instead.
Status Simulator::stopWaiting(const QString &requestId, const QString &why)
{
    const std::shared_ptr<Waiting> w = waiting_.value(requestId);
    if (!w)
        return {};
    store_.setActor(w->run.workflow->agent);
    bool withdrawn = false;
    const Status s = store_.write([&]() -> Status {
        auto r = ApprovalQueue(store_).withdraw(requestId, u"the simulator stopped: "_s + why);
        if (!r)
            return r.status();
        if (Status u = addUsage(store_, usageRng_, w->run); !u)
            return u;
        auto head = EvidenceChain(store_).headSeq();
        if (!head)
            return head.status();
        withdrawn = true;
        return RunStore(store_).finish(
            w->run.id, RunStatus::Stopped,
            u"the simulator stopped (%1) while %2 waited for approval; request withdrawn"_s.arg(
                why, r->tool),
            *head);
    });
    if (withdrawn && s) {
        ++tally_.withdrawn;
        ++tally_.stopped;
        waiting_.remove(requestId);
        Q_EMIT progress(u"%1 stopped: %2 — request %3 withdrawn"_s.arg(w->run.workflow->name,
                                                                       w->title, requestId));
        return {};
    }
    if (s.code() != ErrorCode::Conflict && s.code() != ErrorCode::Expired)
        return s;
    // Decided or expired just before: finish the run as that decision says.
    if (Status settled = settle(requestId); !settled)
        return settled;
    return {};
}

void Simulator::stop(const QString &why)
{
    if (finished_ || stopping_)
        return;
    stopping_ = true;
    next_.stop();
    deadline_.stop();
    expiry_.stop();
    Q_EMIT progress(u"stopping: %1"_s.arg(why));
    Status first;
    const QStringList ids = waiting_.keys();
    for (const QString &id : ids) {
        if (Status s = stopWaiting(id, why); !s && first)
            first = s;
    }
    outcome_ = first;
    wrapUp();
}

// Nothing more starts, waits or is announced; subscribers learn the simulation is over.
void Simulator::wrapUp()
{
    next_.stop();
    deadline_.stop();
    expiry_.stop();
    finished_ = true;
    if (notifier_)
        notifier_->disconnect(this); // may be stopping inside its own signal: deleted later
    Q_EMIT finished();
}

bool Simulator::runLimitReached() const
{
    return options_.runs > 0 && tally_.runs >= options_.runs;
}

void Simulator::fail(const Status &s)
{
    Q_EMIT progress(u"error: %1"_s.arg(s.message()));
    stop(u"an error: "_s + s.message());
    if (outcome_)
        outcome_ = s;
}

void Simulator::finishIfDone()
{
    if (finished_ || stopping_ || !waiting_.isEmpty())
        return;
    if (options_.runs > 0 && !runLimitReached())
        return;
    Q_EMIT progress(u"done: %1 runs"_s.arg(tally_.runs));
    wrapUp();
}

} // namespace airlock
