#include "demoseeder.h"

#include "store/approvalqueue.h"
#include "store/evidencechain.h"
#include "store/store.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

// The support-routing workflow: a new help-desk ticket is read with its account history, and
// every routing or priority change it suggests waits for a support lead.

namespace airlock::demo {

Result<RunHandle> Seeder::triage(const Ticket &t, const QJsonObject &suggestion,
                                 const QString &words)
{
    const int number = ticket(t);
    const Account a = account(t.account);
    auto run = startRun(kSupport, ticketTrigger(number), ticketTriggerDetails(number));
    if (!run)
        return run;
    Call read{kDesk, u"get_ticket"_s, ticketPath(number),
              u"read ticket #%1: \"%2\""_s.arg(number).arg(t.subject), ticketContent(number, t, a)};
    if (auto r = call(*run, read); !r)
        return r.error();
    Call history{kCrm, u"get_account"_s, accountPath(a.id),
                 u"read account history of %1"_s.arg(a.name),
                 accountContent(a, 1 + int(rng_.bounded(2)))};
    if (auto r = call(*run, history); !r)
        return r.error();
    if (!suggestion.isEmpty()) {
        if (auto r = note(*run, EventKind::Output, words, {{u"suggestion"_s, suggestion}}); !r)
            return r.error();
    }
    return run;
}

Status Seeder::supportDuplicateCharge()
{
    if (Status s = at(221); !s)
        return s;
    const Ticket t{
        0, u"acct-1042"_s, u"Charged twice for order SO-77120"_s,
        u"Hi, our card was charged $1,284.60 twice on the 3rd for order SO-77120. The bank "
        u"shows two identical charges. Can you refund one? We're a small shop and this lands "
        u"in our payroll week. Thanks, Nora"_s};
    auto run = triage(t, {}, {});
    if (!run)
        return run.status();
    Call policy{
        kDocs,
        u"get_document"_s,
        kPolicies + u"customer/refunds-and-credits.pdf"_s,
        u"read Refunds and credits policy (CS-04)"_s,
        {{u"title"_s, u"Refunds and credits (CS-04), v7"_s},
         {u"excerpt"_s, u"2.1 Duplicate or incorrect charges are refunded by Billing within two "
                        u"business days of confirmation. 2.3 Credits above $500 need a Billing "
                        u"lead's approval."_s}}};
    if (auto r = call(*run, policy); !r)
        return r.status();
    const QJsonObject suggestion{
        {u"urgency"_s, u"high"_s},
        {u"queue"_s, u"billing"_s},
        {u"why"_s, u"Two identical charges for one order; CS-04 2.1 sends duplicate "
                   u"charges to Billing; the customer mentions cash-flow impact."_s}};
    if (auto r = note(*run, EventKind::Output, u"suggests billing queue, high urgency"_s,
                      {{u"suggestion"_s, suggestion}});
        !r)
        return r.status();
    auto request = ask(*run, routing(t, u"billing"_s, u"high"_s));
    if (!request)
        return request.status();
    if (auto d =
            decide(*run, kMaria, *request, {true, u"Duplicate charge: Billing owns it."_s, {}, {}});
        !d)
        return d.status();
    if (Status s = executed(*run, *request,
                            u"ticket #%1 moved to billing, priority high"_s.arg(ticket(t)));
        !s)
        return s;
    return finish(*run, RunStatus::Succeeded, {});
}

Status Seeder::supportPasswordReset()
{
    if (Status s = at(202); !s)
        return s;
    const Ticket t{
        23, u"acct-1090"_s, u"Password reset email never arrives"_s,
        u"I've been trying to log into the ordering portal since yesterday. The reset email "
        u"never shows up (checked spam). I need to place Thursday's order. - Devin"_s};
    auto run =
        triage(t,
               {{u"urgency"_s, u"normal"_s},
                {u"queue"_s, u"support-tier1"_s},
                {u"why"_s, u"Portal login problem, no outage signal; order due in two days."_s}},
               u"suggests tier-1 support, normal urgency"_s);
    if (!run)
        return run.status();
    auto request = ask(*run, routing(t, u"support-tier1"_s, u"normal"_s));
    if (!request)
        return request.status();
    if (auto d = decide(*run, kMaria, *request, {true, {}, {}, {}}); !d)
        return d.status();
    if (Status s = executed(*run, *request, u"ticket #%1 moved to support-tier1"_s.arg(ticket(t)));
        !s)
        return s;
    return finish(*run, RunStatus::Succeeded, {});
}

Status Seeder::supportDiscountQuestion()
{
    if (Status s = at(165); !s)
        return s;
    const Ticket t{
        61, u"acct-1090"_s, u"Employee discount for family businesses?"_s,
        u"My cousin works at your Reno warehouse. Do employee discounts extend to family "
        u"businesses? Also, is there a first-year discount for new cafes? We open a second "
        u"shop in spring."_s};
    auto run = triage(t, {}, {});
    if (!run)
        return run.status();
    Call search{
        kDocs,
        u"search_documents"_s,
        kPolicies.chopped(1),
        u"searched policies for \"discount\" (2 hits)"_s,
        {{u"query"_s, u"employee discount family; new customer discount"_s},
         {u"hits"_s, QJsonArray{QString(kPolicies + u"hr/employee-discount-policy.pdf"_s),
                                QString(kPolicies + u"customer/discounts-and-promotions.pdf"_s)}}},
        {{u"query"_s, u"discount"_s}}};
    if (auto r = call(*run, search); !r)
        return r.status();
    Call hr{kDocs, u"get_document"_s, kPolicies + u"hr/employee-discount-policy.pdf"_s, {}, {}};
    hr.expect = Verdict::Deny;
    if (auto r = call(*run, hr); !r)
        return r.status();
    Call promo{kDocs,
               u"get_document"_s,
               kPolicies + u"customer/discounts-and-promotions.pdf"_s,
               u"read Discounts and promotions (CS-09)"_s,
               {{u"title"_s, u"Discounts and promotions (CS-09), v3"_s},
                {u"excerpt"_s,
                 u"New cafe and grocery accounts get 5% off their first three months of "
                 u"orders. Discounts are not combined. Employee benefits are an HR matter."_s}}};
    if (auto r = call(*run, promo); !r)
        return r.status();
    if (auto r = note(*run, EventKind::Output,
                      u"drafted an answer for the tier-1 agent; no routing change"_s,
                      {{u"draft_reply"_s,
                        u"Welcome news on the second shop! New cafe accounts get 5% off their "
                        u"first three months (CS-09). Questions about employee benefits go "
                        u"to our HR team, so we can't answer those here."_s},
                       {u"routing"_s, u"unchanged (tier-1)"_s}});
        !r)
        return r.status();
    return finish(*run, RunStatus::Succeeded, {});
}

Status Seeder::supportColdRoom()
{
    if (Status s = at(146); !s)
        return s;
    const Ticket t{
        84, u"acct-1042"_s, u"Cold room 2 door alarm - is Juniper's pickup safe?"_s,
        u"Night shift reported the cold room 2 door alarm twice in the last hour. Juniper "
        u"Bakery's butter and cream pickup (order SO-77402) is in that room for the morning. Is it "
        u"safe to "
        u"release? - Tom (Facilities)"_s};
    auto run = triage(t, {}, {});
    if (!run)
        return run.status();
    const QString room = u"facility:sites/reno-dc/sensors/cold-room-2"_s;
    auto readAsk =
        ask(*run, {kFacility, u"get_sensor_readings"_s, room, {{u"window"_s, u"2h"_s}}, {}, {}});
    if (!readAsk)
        return readAsk.status();
    if (auto d = decide(*run, kMaria, *readAsk, {true, u"Read only, go ahead."_s, {}, {}}); !d)
        return d.status();
    if (Status s = executed(*run, *readAsk, u"read cold room 2 sensors (2 h window)"_s); !s)
        return s;
    Call readings{kFacility,
                  u"get_sensor_readings"_s,
                  room,
                  u"read cold room 2: 4.9 °C and rising, door open 34 min"_s,
                  {{u"room"_s, u"cold-room-2"_s},
                   {u"limit_c"_s, 5.0},
                   {u"door"_s, u"open, alarm active 34 min"_s},
                   {u"temperature_c"_s, QJsonArray{2.1, 3.2, 3.8, 4.6, 4.9}},
                   {u"sampled_every_min"_s, 15}},
                  {{u"window"_s, u"2h"_s}}};
    readings.expect = Verdict::NeedsApproval; // approved just above
    if (auto r = call(*run, readings); !r)
        return r.status();
    if (auto r =
            note(*run, EventKind::Output,
                 u"proposes acknowledging the door alarm and routing to facilities"_s,
                 {{u"assessment"_s,
                   u"Door open 34 min; temperature 4.9 °C against a 5.0 °C limit. Product "
                   u"not yet out of range. Acknowledge the alarm to stop the repeat page."_s}});
        !r)
        return r.status();
    auto ack = ask(*run, {kFacility,
                          u"acknowledge_alarm"_s,
                          u"facility:sites/reno-dc/alarms/cr2-door"_s,
                          {},
                          {{u"alarm"_s, u"active, paging on-call every 15 min"_s}},
                          {{u"alarm"_s, u"acknowledged, paging stopped"_s}}});
    if (!ack)
        return ack.status();
    auto rejected =
        decide(*run, kSam, *ack,
               {false,
                u"No. Acknowledging silences the page while the door is still open and the "
                u"room is warming. Agents never acknowledge facility alarms; on-call must "
                u"close the door and check the seal first."_s,
                {},
                {}});
    if (!rejected)
        return rejected.status();
    return finish(*run, RunStatus::Stopped,
                  u"acknowledge_alarm rejected by sam.okafor; ticket left for facilities on-call"_s,
                  *rejected);
}

Status Seeder::supportCancellationEdited()
{
    if (Status s = at(100); !s)
        return s;
    const Ticket t{
        137, u"acct-1311"_s, u"Cancel our standing order and refund last month"_s,
        u"Please cancel our weekly standing order effective now and refund last month's "
        u"delivery. Half the produce was unusable again. We're switching suppliers. - Ana"_s};
    auto run =
        triage(t,
               {{u"urgency"_s, u"urgent"_s},
                {u"queue"_s, u"billing"_s},
                {u"why"_s, u"Refund request plus cancellation; long-time customer, churn risk."_s}},
               u"suggests billing queue, urgent"_s);
    if (!run)
        return run.status();
    auto request = ask(*run, routing(t, u"billing"_s, u"urgent"_s));
    if (!request)
        return request.status();
    const QJsonObject edited{{u"path"_s, ticketPath(ticket(t))},
                             {u"queue"_s, u"retention"_s},
                             {u"priority"_s, u"high"_s}};
    auto d =
        decide(*run, kMaria, *request,
               {true,
                u"Cancellations go to Retention first (CS-12); an unhappy customer, not an outage: "
                u"high, not urgent."_s,
                compact(edited),
                {}});
    if (!d)
        return d.status();
    if (Status s =
            executed(*run, *request,
                     u"ticket #%1 moved to retention, priority high (edited)"_s.arg(ticket(t)));
        !s)
        return s;
    return finish(*run, RunStatus::Succeeded, {});
}

Status Seeder::supportExpiredRouting()
{
    if (Status s = at(50); !s)
        return s;
    const Ticket t{
        190, u"acct-1187"_s, u"Wrong item delivered: oat milk instead of almond"_s,
        u"Saturday's delivery had 12 cases of oat milk instead of the almond milk we ordered "
        u"(SO-78102). Can you swap them on Monday's run? - Marta"_s};
    auto run = triage(t,
                      {{u"urgency"_s, u"normal"_s},
                       {u"queue"_s, u"fulfillment"_s},
                       {u"why"_s, u"Mis-pick; swap can ride the next scheduled delivery."_s}},
                      u"suggests fulfillment queue, normal urgency"_s);
    if (!run)
        return run.status();
    auto request = ask(*run, routing(t, u"fulfillment"_s, u"normal"_s), 4 * 3600);
    if (!request)
        return request.status();
    // Nobody was watching the inbox, and silence is never approval: the gateway's sweep expires it.
    if (Status s = at(45.5); !s)
        return s;
    store_.setActor(u"airlock-gate"_s);
    auto expired = ApprovalQueue(store_).expireDue();
    if (!expired)
        return expired.status();
    if (*expired != 1)
        return storyError(u"expected one expired request, got %1"_s.arg(*expired));
    auto head = EvidenceChain(store_).headSeq();
    if (!head)
        return head.status();
    store_.setActor(kSupport.agent);
    return finish(
        *run, RunStatus::Stopped,
        u"route_ticket request expired undecided after 4 h; ticket #%1 left in triage for a human"_s
            .arg(ticket(t)),
        *head);
}

Status Seeder::supportPendingDamaged()
{
    if (Status s = at(3); !s)
        return s;
    const Ticket t{
        251, u"acct-1276"_s, u"Shipment arrived damaged - need replacement before Saturday"_s,
        u"The pallet from order SO-78411 arrived with 9 crushed cases of glass jars (photos "
        u"attached). We need replacements by Friday for our Saturday market stall. - Sol"_s,
        3};
    auto run = triage(
        t,
        {{u"urgency"_s, u"high"_s},
         {u"queue"_s, u"fulfillment"_s},
         {u"why"_s, u"Damaged goods with a hard deadline (Friday); photos not read (attachments "
                    u"are out of scope), reviewer should check them."_s}},
        u"suggests fulfillment queue, high urgency"_s);
    if (!run)
        return run.status();
    if (auto r = ask(*run, routing(t, u"fulfillment"_s, u"high"_s), secsUntilRealNowPlus(1.5)); !r)
        return r.status();
    return leaveWaiting(*run);
}

Status Seeder::supportPendingOutage()
{
    if (Status s = at(0.7); !s)
        return s;
    const Ticket t{263, u"acct-1203"_s, u"Checkout down for all 3 of our stores"_s,
                   u"Since this morning the ordering portal checkout spins and then fails for "
                   u"every one of our store "
                   u"accounts. We can't place tomorrow's order. Is it down? - Ruth"_s};
    auto run = triage(
        t,
        {{u"urgency"_s, u"urgent"_s},
         {u"queue"_s, u"support-tier1"_s},
         {u"why"_s, u"Checkout failing for all stores of one customer; possible portal outage."_s}},
        u"suggests urgent priority: possible portal outage"_s);
    if (!run)
        return run.status();
    const Ask priority{kDesk,
                       u"set_ticket_priority"_s,
                       ticketPath(ticket(t)),
                       {{u"priority"_s, u"urgent"_s}},
                       {{u"priority"_s, u"normal"_s}},
                       {{u"priority"_s, u"urgent"_s}}};
    if (auto r = ask(*run, priority, secsUntilRealNowPlus(3)); !r)
        return r.status();
    return leaveWaiting(*run);
}

} // namespace airlock::demo
