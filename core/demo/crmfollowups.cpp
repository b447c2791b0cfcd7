#include "demoseeder.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

// The crm-followups workflow: after an account executive logs a call, it reads the notes and
// the account, drafts notes and follow-up tasks, and proposes opportunity updates for approval.

namespace airlock::demo {

Status Seeder::followUpSecondLocation()
{
    if (Status s = at(192); !s)
        return s;
    const Account a = account(u"acct-1187"_s);
    auto run = startRun(kFollowUps, callTrigger(u"jordan.kim"_s, u"Copper Kettle Deli"_s), callTriggerDetails(u"call-5531"_s));
    if (!run)
        return run.status();
    Call notes{
        kCrm,
        u"get_call_notes"_s,
        accountPath(a.id) + u"/calls/call-5531"_s,
        u"read call notes: second location, bulk oat milk, 6am delivery"_s,
        {{u"summary"_s,
          u"Marta plans a second location in Midtown next month. Wants bulk pricing on oat "
          u"milk (about 40 cases a week) and a delivery window before 7am. Asked for a quote "
          u"by Tuesday."_s}}};
    Call history{kCrm, u"get_account"_s, accountPath(a.id), u"read account of %1"_s.arg(a.name),
                 accountContent(a, 0)};
    Call draft{
        kCrm,
        u"draft_account_note"_s,
        accountPath(a.id) + u"/notes/new"_s,
        u"drafted an account note"_s,
        {{u"text"_s, u"Second location (Midtown) opening next month; volume roughly doubles."_s}},
        {{u"text"_s, u"Second location (Midtown) opening next month; volume roughly doubles."_s}}};
    Call task{
        kCrm,
        u"create_followup_task"_s,
        u"crm:tasks/new"_s,
        u"created task for jordan.kim: quote by Tuesday"_s,
        {{u"task"_s, u"Send bulk oat-milk quote and 6am delivery options to Copper Kettle"_s}},
        {{u"owner"_s, u"jordan.kim"_s},
         {u"subject"_s, u"Send bulk oat-milk quote and 6am delivery options"_s},
         {u"due"_s, u"Tuesday"_s}}};
    for (const Call &c : {notes, history, draft, task}) {
        if (auto r = call(*run, c); !r)
            return r.status();
    }
    auto update =
        ask(*run, {kCrm,
                   u"update_opportunity"_s,
                   u"crm:opportunities/segment=smb/opp-7702"_s,
                   {{u"amount"_s, u"18600"_s},
                    {u"next_step"_s, u"Quote bulk oat milk (40 cs/wk) + 6am window by Tue"_s}},
                   {{u"amount"_s, 14200}, {u"next_step"_s, u"Check in after Q3 menu change"_s}},
                   {{u"amount"_s, 18600},
                    {u"next_step"_s, u"Quote bulk oat milk (40 cs/wk) + 6am window by Tue"_s}}});
    if (!update)
        return update.status();
    if (auto d = decide(*run, kSam, *update, {true, u"Amount matches the call."_s, {}, {}}); !d)
        return d.status();
    if (Status s = executed(*run, *update, u"opp-7702 amount $18,600, next step updated"_s); !s)
        return s;
    return finish(*run, RunStatus::Succeeded, {});
}

Status Seeder::followUpCreditTerms()
{
    if (Status s = at(156); !s)
        return s;
    const Account a = account(u"acct-1203"_s);
    auto run = startRun(kFollowUps, callTrigger(u"jordan.kim"_s, u"Alder & Finch Cafe"_s), callTriggerDetails(u"call-5560"_s));
    if (!run)
        return run.status();
    Call notes{kCrm,
               u"get_call_notes"_s,
               accountPath(a.id) + u"/calls/call-5560"_s,
               u"read call notes: asks to move to Net-30"_s,
               {{u"summary"_s,
                 u"Ruth asked to move from card payment to Net-30 terms for all three stores; she "
                 u"will fill in a credit application."_s}}};
    Call taxId{kCrm, u"get_account"_s, accountPath(a.id) + u"/fields/tax_id"_s, {}, {}};
    taxId.expect = Verdict::Deny; // to pre-fill the credit application: excluded
    Call task{kCrm,
              u"create_followup_task"_s,
              u"crm:tasks/new"_s,
              u"created task for jordan.kim: send credit application"_s,
              {{u"task"_s, u"Send Net-30 credit application to Alder & Finch"_s}},
              {{u"owner"_s, u"jordan.kim"_s},
               {u"subject"_s, u"Send Net-30 credit application"_s},
               {u"due"_s, u"Friday"_s}}};
    for (const Call &c : {notes, taxId, task}) {
        if (auto r = call(*run, c); !r)
            return r.status();
    }
    return finish(*run, RunStatus::Succeeded, {});
}

Status Seeder::followUpOutOfScopeAccount()
{
    if (Status s = at(82); !s)
        return s;
    auto run = startRun(kFollowUps, callTrigger(u"jordan.kim"_s, u"Sierra Market Group"_s), callTriggerDetails(u"call-5602"_s));
    if (!run)
        return run.status();
    Call notes{kCrm,
               u"get_call_notes"_s,
               u"crm:accounts/segment=mid_market/acct-2210/calls/call-5602"_s,
               {},
               {}};
    notes.expect = Verdict::Deny;
    auto blocked = call(*run, notes);
    if (!blocked)
        return blocked.status();
    return finish(
        *run, RunStatus::Blocked,
        u"Sierra Market Group (acct-2210) is a mid-market account, outside this connector's scope "
        u"since the scope reduction; jordan.kim follows up by hand"_s,
        *blocked);
}

Status Seeder::followUpUnreviewedTool()
{
    if (Status s = at(58); !s)
        return s;
    const Account a = account(u"acct-1276"_s);
    auto run = startRun(kFollowUps, callTrigger(u"jordan.kim"_s, u"Little Fern Grocery"_s), callTriggerDetails(u"call-5611"_s));
    if (!run)
        return run.status();
    Call notes{kCrm,
               u"get_call_notes"_s,
               accountPath(a.id) + u"/calls/call-5611"_s,
               u"read call notes: wants a standing Friday delivery"_s,
               {{u"summary"_s,
                 u"Sol wants a standing Friday delivery for market weekends and asked to talk to "
                 u"whoever handles contracts."_s}}};
    Call invite{kChat, u"invite_to_channel"_s,        u"slack:channels/revops-followups"_s, {},
                {},    {{u"user"_s, u"jordan.kim"_s}}};
    invite.expect = Verdict::Deny; // added to Slack two hours ago, not reviewed yet
    Call task{kCrm,
              u"create_followup_task"_s,
              u"crm:tasks/new"_s,
              u"created task for jordan.kim: standing Friday delivery"_s,
              {{u"task"_s, u"Offer Little Fern a standing Friday delivery"_s}},
              {{u"owner"_s, u"jordan.kim"_s},
               {u"subject"_s, u"Offer a standing Friday delivery"_s},
               {u"due"_s, u"Thursday"_s}}};
    for (const Call &c : {notes, invite, task}) {
        if (auto r = call(*run, c); !r)
            return r.status();
    }
    return finish(*run, RunStatus::Succeeded, {});
}

Status Seeder::followUpPendingClose()
{
    if (Status s = at(5); !s)
        return s;
    const Account a = account(u"acct-1090"_s);
    auto run = startRun(kFollowUps, callTrigger(u"jordan.kim"_s, u"Harbor Street Coffee"_s), callTriggerDetails(u"call-5640"_s));
    if (!run)
        return run.status();
    Call notes{kCrm,
               u"get_call_notes"_s,
               accountPath(a.id) + u"/calls/call-5640"_s,
               u"read call notes: agreed to the 12-month supply contract"_s,
               {{u"summary"_s,
                 u"Devin agreed to the 12-month supply contract at the quoted price ($26,400). "
                 u"Signed order form to follow by email this week."_s}}};
    Call history{kCrm, u"get_account"_s, accountPath(a.id), u"read account of %1"_s.arg(a.name),
                 accountContent(a, 0)};
    for (const Call &c : {notes, history}) {
        if (auto r = call(*run, c); !r)
            return r.status();
    }
    const Ask close{kCrm,
                    u"update_opportunity"_s,
                    u"crm:opportunities/segment=smb/opp-7740"_s,
                    {{u"stage"_s, u"Closed Won"_s}, {u"amount"_s, u"26400"_s}},
                    {{u"stage"_s, u"Negotiation"_s}, {u"amount"_s, 24000}},
                    {{u"stage"_s, u"Closed Won"_s}, {u"amount"_s, 26400}}};
    if (auto r = ask(*run, close, secsUntilRealNowPlus(6)); !r)
        return r.status();
    return leaveWaiting(*run);
}

Status Seeder::followUpPendingDigest()
{
    if (Status s = at(1.2); !s)
        return s;
    auto run = startRun(kFollowUps, u"scheduler: daily follow-up digest"_s,
                        {{u"source"_s, u"scheduler"_s}, {u"schedule"_s, u"weekdays, afternoon"_s}});
    if (!run)
        return run.status();
    Call tasks{kCrm,
               u"search_accounts"_s,
               u"crm:accounts/segment=smb"_s,
               u"found 3 accounts with follow-ups due"_s,
               {{u"due_today"_s, QJsonArray{u"Copper Kettle Deli"_s, u"Little Fern Grocery"_s,
                                            u"Harbor Street Coffee"_s}}},
               {{u"query"_s, u"follow-up tasks due today"_s}}};
    if (auto r = call(*run, tasks); !r)
        return r.status();
    const QString text =
        u"Follow-ups due today: Copper Kettle (oat-milk quote), Little Fern (standing Friday "
        u"delivery), Harbor Street (closing the 12-month contract; stage change "
        u"awaits approval)."_s;
    if (auto r = note(*run, EventKind::Output, u"wrote the daily follow-up digest"_s,
                      {{u"text"_s, text}});
        !r)
        return r.status();
    if (auto r = ask(*run,
                     {kChat,
                      u"post_message"_s,
                      u"slack:channels/revops-followups"_s,
                      {{u"text"_s, text}},
                      {},
                      {}},
                     secsUntilRealNowPlus(7.5));
        !r)
        return r.status();
    return leaveWaiting(*run);
}

Status Seeder::followUpRunning()
{
    if (Status s = at(0.15); !s)
        return s;
    const Account a = account(u"acct-1042"_s);
    auto run = startRun(kFollowUps, callTrigger(u"jordan.kim"_s, u"Juniper Bakery"_s), callTriggerDetails(u"call-5651"_s));
    if (!run)
        return run.status();
    Call notes{
        kCrm,
        u"get_call_notes"_s,
        accountPath(a.id) + u"/calls/call-5651"_s,
        u"read call notes: refund received, asks about holiday pre-orders"_s,
        {{u"summary"_s,
          u"Nora confirmed the duplicate-charge refund arrived. Asked when holiday pre-orders "
          u"open and whether butter prices will rise."_s}}};
    Call history{kCrm, u"get_account"_s, accountPath(a.id), u"read account of %1"_s.arg(a.name),
                 accountContent(a, 0)};
    for (const Call &c : {notes, history}) {
        if (auto r = call(*run, c); !r)
            return r.status();
    }
    return addUsage(store_, rng_, *run);
}

} // namespace airlock::demo
