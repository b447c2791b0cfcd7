#include "demoworld.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace airlock::demo {

const QString kLead = u"priya.nair"_s;
const QString kOwner = u"dana.whitfield"_s;
const QString kMaria = u"maria.lopez"_s;
const QString kSam = u"sam.okafor"_s;
const QString kDev = u"alex.romero"_s;

const QString kCrm = u"Salesforce CRM"_s;
const QString kDesk = u"Zendesk Help Desk"_s;
const QString kErp = u"NetSuite Finance"_s;
const QString kChat = u"Slack Team Chat"_s;
const QString kDocs = u"SharePoint Policies"_s;
const QString kFacility = u"Facility Dashboard"_s;

const Workflow kSupport{u"support-routing"_s,
                        u"support-router@agents"_s,
                        u"Zendesk API token 'airlock-router' (shared)"_s,
                        u"claude-haiku-4-5"_s,
                        1.0,
                        5.0,
                        6000,
                        600};
const Workflow kInvoices{u"invoice-check"_s,
                         u"invoice-checker@agents"_s,
                         u"NetSuite token-based auth 'Airlock AP'"_s,
                         u"gpt-4.1"_s,
                         2.0,
                         8.0,
                         38000,
                         2200};
const Workflow kFollowUps{u"crm-followups"_s,
                          u"crm-followup@agents"_s,
                          u"svc-airlock-crm@brightwater.example"_s,
                          u"claude-sonnet-4-5"_s,
                          3.0,
                          15.0,
                          14000,
                          1400};

namespace {

const QList<Account> &accounts()
{
    static const QList<Account> list = {
        {u"acct-1042"_s, u"Juniper Bakery"_s, u"Nora Whitcomb (owner)"_s, u"Wholesale Net-15"_s,
         u"2021"_s, u"$38,400"_s, u"Two stores. Pays on time. Prefers email over phone."_s},
        {u"acct-1090"_s, u"Harbor Street Coffee"_s, u"Devin Shah (manager)"_s, u"Cafe Standard"_s,
         u"2023"_s, u"$21,900"_s,
         u"Orders Mon/Thu through the portal. Negotiating a 12-month supply contract."_s},
        {u"acct-1187"_s, u"Copper Kettle Deli"_s, u"Marta Kowalski (owner)"_s,
         u"Wholesale Net-15"_s, u"2022"_s, u"$14,200"_s,
         u"Opening a second location (Midtown) next month."_s},
        {u"acct-1203"_s, u"Alder & Finch Cafe"_s, u"Ruth Alder (owner)"_s,
         u"Cafe Standard (card on file)"_s, u"2024"_s, u"$17,600"_s,
         u"Three stores. Asked about moving to Net-30 terms."_s},
        {u"acct-1276"_s, u"Little Fern Grocery"_s, u"Sol Reyes (buyer)"_s, u"Grocer Net-30"_s,
         u"2022"_s, u"$52,300"_s, u"Saturday farmers-market stall; mostly glass-jar goods."_s},
        {u"acct-1311"_s, u"Saltgrass Market"_s, u"Ana Ferreira (owner)"_s,
         u"Weekly standing order"_s, u"2020"_s, u"$44,800"_s,
         u"Complained about produce quality twice this quarter."_s},
    };
    return list;
}

} // namespace

Account account(const QString &id)
{
    for (const Account &a : accounts()) {
        if (a.id == id)
            return a;
    }
    return {};
}

QString accountPath(const QString &id)
{
    return u"crm:accounts/segment=smb/"_s + id;
}

QJsonObject accountContent(const Account &a, int openTickets)
{
    return {{u"account"_s, a.id},         {u"name"_s, a.name},
            {u"segment"_s, u"smb"_s},     {u"primary_contact"_s, a.contact},
            {u"plan"_s, a.plan},          {u"customer_since"_s, a.since},
            {u"annual_value"_s, a.value}, {u"open_tickets"_s, openTickets},
            {u"notes"_s, a.notes}};
}

} // namespace airlock::demo
