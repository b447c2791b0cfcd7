#include "democonnectors.h"

#include "demoworld.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace airlock::demo {

namespace {

QJsonObject hintsJson(Hints h)
{
    switch (h) {
    case Hints::None:
        return {};
    case Hints::ReadOnly:
        return {
            {u"readOnlyHint"_s, true}, {u"idempotentHint"_s, true}, {u"openWorldHint"_s, false}};
    case Hints::Additive:
        return {
            {u"readOnlyHint"_s, false}, {u"destructiveHint"_s, false}, {u"openWorldHint"_s, false}};
    case Hints::Destructive:
        return {{u"readOnlyHint"_s, false}, {u"destructiveHint"_s, true}};
    }
    return {};
}

ToolSpec tool(const QString &name, Hints hints, const QString &description, const QStringList &args,
              const QString &powerOverride = {})
{
    return {name, hints, description, args, powerOverride};
}

Identity identity(IdentityKind kind, const QString &principal, const QString &permissions)
{
    Identity i;
    i.kind = kind;
    i.principal = principal;
    i.permissions = permissions;
    return i;
}

QJsonObject toolJson(const ToolSpec &t)
{
    QJsonObject properties{{u"path"_s, QJsonObject{{u"type"_s, u"string"_s}}}};
    for (const QString &arg : t.args)
        properties.insert(arg, QJsonObject{{u"type"_s, u"string"_s}});
    QJsonObject o{{u"name"_s, t.name},
                  {u"description"_s, t.description},
                  {u"annotations"_s, hintsJson(t.hints)},
                  {u"target_arguments"_s, QJsonArray{u"path"_s}},
                  {u"input_schema"_s, QJsonObject{{u"type"_s, u"object"_s},
                                                  {u"properties"_s, properties},
                                                  {u"required"_s, QJsonArray{u"path"_s}}}}};
    if (!t.power.isEmpty())
        o.insert(u"power"_s, t.power);
    return o;
}

} // namespace

ScopeRule include(const QString &p)
{
    return {ScopeRule::Effect::Include, p};
}
ScopeRule exclude(const QString &p)
{
    return {ScopeRule::Effect::Exclude, p};
}

ConnectorSpec salesforce(const QDateTime &now)
{
    ConnectorSpec s;
    Connector &c = s.c;
    c.name = kCrm;
    c.purpose = u"Lets the CRM follow-up workflow read SMB account history and call notes, draft "
                u"account notes, create follow-up tasks for account executives and propose "
                u"opportunity updates."_s;
    c.owner = u"Revenue Operations (jordan.kim)"_s;
    c.targetSystem = u"Salesforce Sales Cloud, production org brightwater.my.salesforce.com"_s;
    c.kind = ConnectorKind::BusinessApp;
    c.mode = PermissionMode::ImportantActions;
    c.lifecycle = LifecycleStage::Monitored;
    c.trust = TrustStage::ActWithApproval;
    c.powers = {Power::Read, Power::Search, Power::Draft, Power::Write};
    c.scope = {include(u"crm:accounts/segment=smb/**"_s),
               include(u"crm:accounts/segment=mid_market/**"_s),
               exclude(u"crm:accounts/**/fields/ssn"_s),
               exclude(u"crm:accounts/**/fields/tax_id"_s),
               include(u"crm:opportunities/segment=smb/**"_s),
               include(u"crm:tasks/**"_s)};
    c.triggers = {{ApprovalTrigger::ProductionWrite, u"crm:opportunities/**"_s},
                  {ApprovalTrigger::CustomerVisibleEdit, u"crm:accounts/**/fields/*"_s},
                  {ApprovalTrigger::BeyondNormalScope, u"crm:accounts/**/contracts/**"_s}};
    c.identity = identity(IdentityKind::ServicePrincipal,
                          u"svc-airlock-crm@brightwater.example (integration user, profile "
                          u"'Airlock CRM - SMB')"_s,
                          u"Read Account, Contact, Opportunity, Task (SMB record types); create "
                          u"Task; edit Opportunity Next Step, Amount and Stage"_s);
    c.identity.approvedBy = kLead;
    c.identity.credentialOwner = u"IT identity team (raj.patel)"_s;
    c.identity.lastRotated = now.addDays(-18);
    c.identity.expires = now.addDays(345);
    c.identity.revokePath = u"Salesforce Setup → Connected Apps OAuth Usage → 'Airlock CRM' → "
                            u"Revoke, then freeze user svc-airlock-crm"_s;
    c.lastSyncAt = now.addSecs(-4 * 60);
    c.freshnessLimitSecs = 15 * 60;
    c.disablePath = u"Pause in Airlock (the gateway refuses every call at once); for a hard stop "
                    u"revoke the 'Airlock CRM' connected-app tokens in Salesforce Setup."_s;
    c.rollbackPlan = u"Tasks made by the workflow carry the tag 'airlock': delete them from the "
                     u"'Airlock tasks' list view. Opportunity edits are in field history, and each "
                     u"approved edit records its before-values."_s;
    s.tools = {
        tool(u"get_account"_s, Hints::ReadOnly, u"Fetch one account with its fields and notes."_s,
             {}),
        tool(u"search_accounts"_s, Hints::ReadOnly, u"Search accounts by name, owner or city."_s,
             {u"query"_s}),
        tool(u"get_call_notes"_s, Hints::ReadOnly,
             u"Fetch the transcript summary of a logged call."_s, {}),
        tool(u"draft_account_note"_s, Hints::Additive,
             u"Save a draft note on an account (not shared)."_s, {u"text"_s}),
        tool(u"create_followup_task"_s, Hints::Additive,
             u"Create a follow-up task for an account executive."_s,
             {u"owner"_s, u"subject"_s, u"due"_s}),
        tool(u"update_opportunity"_s, Hints::Destructive,
             u"Change an opportunity's amount, stage or next step."_s,
             {u"amount"_s, u"stage"_s, u"next_step"_s}),
    };
    s.addedDaysAgo = 90;
    s.approvedDaysAgo = 84;
    s.requestReason = u"requested by RevOps for call follow-ups (ticket GOV-112)"_s;
    s.approveReason = u"security review SR-031 passed; writes limited to tasks and opportunities"_s;
    s.reviewNote = u"Scope, identity and triggers match SR-031. Opportunity edits are production "
                   u"writes and need approval."_s;
    return s;
}

ConnectorSpec zendesk(const QDateTime &now)
{
    ConnectorSpec s;
    Connector &c = s.c;
    c.name = kDesk;
    c.purpose =
        u"Lets the support-routing workflow read new tickets, suggest urgency and route them "
        u"to the right queue; every routing or priority change waits for a support lead."_s;
    c.owner = u"Customer Support (maria.lopez)"_s;
    c.targetSystem = u"Zendesk Suite, brightwater.zendesk.com"_s;
    c.kind = ConnectorKind::BusinessApp;
    c.mode = PermissionMode::AnyChanges;
    c.lifecycle = LifecycleStage::Monitored;
    c.trust = TrustStage::ActWithApproval;
    c.powers = {Power::Read, Power::Search, Power::Draft, Power::Write};
    c.scope = {include(u"zendesk:tickets/**"_s), exclude(u"zendesk:tickets/queue=legal/**"_s),
               exclude(u"zendesk:tickets/queue=hr/**"_s),
               exclude(u"zendesk:tickets/**/attachments/**"_s)};
    c.identity = identity(
        IdentityKind::ApiKey,
        u"Zendesk API token 'airlock-router' on agent seat support-bot@brightwater.example"_s,
        u"Full agent role: read and update every ticket, user and macro"_s);
    c.identity.shared = true; // also used by the Zapier escalation zap and the status-page sync
    c.identity.approvedBy = kLead;
    c.identity.credentialOwner = kMaria;
    c.identity.lastRotated = now.addDays(-41);
    c.identity.revokePath = u"Zendesk Admin Center → Apps and integrations → Zendesk API → delete "
                            u"token 'airlock-router' (also stops the Zapier escalation zap and the "
                            u"status-page sync, which share it)"_s;
    c.lastSyncAt = now.addSecs(-2 * 60);
    c.freshnessLimitSecs = 10 * 60;
    c.disablePath = u"Pause in Airlock; hard stop: delete API token 'airlock-router' — warn "
                    u"#support-leads first, the Zapier escalation zap uses the same token."_s;
    c.rollbackPlan =
        u"Routing and priority changes are in each ticket's audit log; the macro "
        u"'Undo Airlock routing' restores the queue and priority of the last approved change."_s;
    s.tools = {
        tool(u"get_ticket"_s, Hints::ReadOnly,
             u"Fetch a ticket with its comments (not attachments)."_s, {}),
        tool(u"search_tickets"_s, Hints::ReadOnly,
             u"Search tickets by requester, subject or tag."_s, {u"query"_s}),
        tool(u"route_ticket"_s, Hints::Additive,
             u"Move a ticket to a queue and set its priority."_s, {u"queue"_s, u"priority"_s}),
        tool(u"set_ticket_priority"_s, Hints::None, u"Set a ticket's priority."_s, {u"priority"_s}),
        tool(u"draft_internal_note"_s, Hints::Additive,
             u"Add an internal (agent-only) draft note."_s, {u"text"_s}),
    };
    s.addedDaysAgo = 75;
    s.approvedDaysAgo = 70;
    s.requestReason = u"requested by Customer Support to cut triage time (ticket GOV-118)"_s;
    s.approveReason =
        u"security review SR-034: routing only, every change approved by a support lead"_s;
    s.reviewNote = u"Accepted with a finding: the API token is shared with two other "
                   u"integrations. Replace it with a dedicated token by the next review."_s;
    return s;
}

ConnectorSpec netsuite(const QDateTime &now)
{
    ConnectorSpec s;
    Connector &c = s.c;
    c.name = kErp;
    c.purpose =
        u"Lets the invoice-checking workflow compare open vendor bills with purchase orders "
        u"and goods receipts, and put mismatches on hold for AP review. It never pays and "
        u"never changes vendor records."_s;
    c.owner = u"Finance / Accounts Payable (sam.okafor)"_s;
    c.targetSystem = u"NetSuite ERP account 5823117: nightly saved-search export 'AP Open "
                     u"Invoices' and vendor master"_s;
    c.kind = ConnectorKind::Database;
    c.mode = PermissionMode::AnyChanges;
    c.lifecycle = LifecycleStage::Limited;
    c.trust = TrustStage::Propose;
    c.powers = {Power::Read, Power::Search, Power::Draft, Power::Write};
    c.scope = {include(u"erp:exports/ap-open-invoices/**"_s),
               include(u"erp:invoices/**"_s),
               include(u"erp:purchase_orders/**"_s),
               include(u"erp:receipts/**"_s),
               include(u"erp:vendors/**"_s),
               exclude(u"erp:vendors/*/payment_details/**"_s),
               exclude(u"erp:vendors/*/tax/**"_s)};
    c.identity = identity(IdentityKind::OauthApp,
                          u"NetSuite integration record 'Airlock AP' (token-based auth, role 'AP "
                          u"Clerk - Airlock')"_s,
                          u"Vendor Bill view/edit, Vendor view/edit, run saved searches"_s);
    c.identity.approvedBy = kSam;
    // No credential owner: the integration was set up by a contractor who has left.
    c.identity.lastRotated = now.addDays(-62);
    c.identity.expires = now.addDays(303);
    c.identity.revokePath =
        u"NetSuite → Setup → Users/Roles → Access Tokens → revoke 'Airlock AP'; "
        u"then disable the integration record"_s;
    c.lastSyncAt = now.addSecs(-71 * 3600); // the nightly export has been failing: stale
    c.freshnessLimitSecs = 24 * 3600;
    c.disablePath = u"Pause in Airlock; revoke the 'Airlock AP' access token in NetSuite. The "
                    u"nightly export job itself is not affected."_s;
    c.rollbackPlan =
        u"Holds placed by the workflow use hold reason 'AIRLOCK'; release them from "
        u"the saved search 'Airlock holds'. Vendor payment details are out of scope."_s;
    s.tools = {
        tool(u"get_ap_export"_s, Hints::ReadOnly, u"Read the latest 'AP Open Invoices' export."_s,
             {}),
        tool(u"get_invoice"_s, Hints::ReadOnly,
             u"Fetch one vendor bill with its lines and remit-to."_s, {}),
        tool(u"get_vendor"_s, Hints::ReadOnly, u"Fetch a vendor's master record."_s, {}),
        tool(u"search_transactions"_s, Hints::ReadOnly, u"Search purchase orders and receipts."_s,
             {u"query"_s}),
        tool(u"flag_invoice_exception"_s, Hints::Additive,
             u"Put a vendor bill on hold with an exception reason."_s,
             {u"exception"_s, u"hold"_s, u"note"_s}),
        tool(u"update_vendor_payment_details"_s, Hints::None,
             u"Change a vendor's remit-to bank account."_s,
             {u"bank"_s, u"routing"_s, u"account"_s}),
    };
    s.addedDaysAgo = 45;
    s.approvedDaysAgo = 40;
    s.nextReviewDays = 60;
    s.requestReason =
        u"requested by AP to pre-check vendor bills before the payment run (GOV-127)"_s;
    s.approveReason =
        u"security review SR-040: read and hold only; bank details carved out of scope"_s;
    s.reviewNote = u"Limited use. Finding: the token has no named credential owner since the "
                   u"contractor who set it up left."_s;
    return s;
}

ConnectorSpec slack(const QDateTime &now)
{
    ConnectorSpec s;
    Connector &c = s.c;
    c.name = kChat;
    c.purpose = u"Lets workflows read threads they are mentioned in and post routing summaries and "
                u"AP exception digests to internal channels."_s;
    c.owner = u"IT Collaboration (alex.romero)"_s;
    c.targetSystem = u"Slack workspace brightwater-goods.slack.com"_s;
    c.kind = ConnectorKind::Communication;
    c.mode = PermissionMode::AnyChanges;
    c.lifecycle = LifecycleStage::Monitored;
    c.trust = TrustStage::ActWithApproval;
    c.powers = {Power::Read, Power::Search, Power::Draft, Power::Send};
    c.scope = {include(u"slack:channels/support-*/**"_s),
               exclude(u"slack:channels/support-ext-*/**"_s),
               include(u"slack:channels/finance-ap/**"_s),
               include(u"slack:channels/revops-followups/**"_s)};
    c.identity =
        identity(IdentityKind::OauthApp, u"Slack app 'Airlock Notifier' (bot token)"_s,
                 u"channels:history, channels:read, chat:write, search:read, users:read"_s);
    c.identity.approvedBy = kLead;
    c.identity.credentialOwner = kDev;
    c.identity.lastRotated = now.addDays(-20);
    c.identity.revokePath = u"Slack admin → Manage apps → Airlock Notifier → Remove app"_s;
    c.lastSyncAt = now.addSecs(-60);
    c.disablePath = u"Pause in Airlock; or remove the 'Airlock Notifier' app in Slack admin, which "
                    u"takes the bot out of every channel."_s;
    c.rollbackPlan =
        u"Workspace admins can delete the bot's posts; each post's evidence event holds "
        u"its channel and text."_s;
    s.tools = {
        tool(u"read_thread"_s, Hints::ReadOnly, u"Read a thread the bot was mentioned in."_s, {}),
        tool(u"search_messages"_s, Hints::ReadOnly, u"Search messages in channels the bot is in."_s,
             {u"query"_s}),
        tool(u"prepare_digest"_s, Hints::Additive,
             u"Prepare a digest message for review (not posted)."_s, {u"text"_s}),
        tool(u"post_message"_s, Hints::Additive, u"Post a message to a channel."_s, {u"text"_s}),
    };
    s.addedDaysAgo = 35;
    s.approvedDaysAgo = 30;
    s.requestReason = u"requested by Support and AP for digests in their channels (GOV-131)"_s;
    s.approveReason =
        u"security review SR-044: internal channels only; Slack Connect channels excluded"_s;
    s.reviewNote =
        u"Every post needs approval. Shared (Slack Connect) support channels are carved out."_s;
    return s;
}

ToolSpec slackInviteTool()
{
    return tool(u"invite_to_channel"_s, Hints::None, u"Invite a user to a channel."_s, {u"user"_s});
}

ConnectorSpec sharepoint(const QDateTime &now)
{
    ConnectorSpec s;
    Connector &c = s.c;
    c.name = kDocs;
    c.purpose = u"Lets every workflow search and cite approved customer and finance policies "
                u"(refunds, credits, cancellations, promotions, vendor changes)."_s;
    c.owner = u"Compliance (priya.nair)"_s;
    c.targetSystem = u"SharePoint Online site /sites/policies, library 'Approved'"_s;
    c.kind = ConnectorKind::DocumentSource;
    c.mode = PermissionMode::NeverAsk;
    c.lifecycle = LifecycleStage::Monitored;
    c.trust = TrustStage::ScopedAutonomy;
    c.powers = {Power::Read, Power::Search};
    c.scope = {include(u"sharepoint:sites/policies/approved/**"_s),
               exclude(u"sharepoint:sites/policies/approved/hr/**"_s),
               exclude(u"sharepoint:sites/policies/approved/**/drafts/**"_s)};
    c.identity = identity(IdentityKind::DelegatedUser,
                          u"Entra app 'Airlock Policies' (delegated, Sites.Read.All)"_s,
                          u"Sites.Read.All (delegated): reaches every site the signed-in user can "
                          u"read, not only /sites/policies"_s);
    // Delegated, but on behalf of whom is not recorded: a gap for the governance screen.
    c.identity.approvedBy = kLead;
    c.identity.credentialOwner = kDev;
    c.identity.lastRotated = now.addDays(-30);
    c.identity.expires = now.addDays(150);
    c.identity.revokePath = u"Entra admin center → Enterprise apps → Airlock Policies → revoke "
                            u"admin consent and user sessions"_s;
    c.lastSyncAt = now.addSecs(-3 * 3600);
    c.freshnessLimitSecs = 24 * 3600;
    c.disablePath = u"Pause in Airlock; revoke admin consent for 'Airlock Policies' in Entra."_s;
    c.rollbackPlan = u"Read-only: nothing to roll back."_s;
    s.tools = {
        tool(u"search_documents"_s, Hints::ReadOnly, u"Full-text search of the policy library."_s,
             {u"query"_s}),
        tool(u"get_document"_s, Hints::ReadOnly, u"Fetch a document's text and metadata."_s, {}),
        tool(u"list_folder"_s, Hints::ReadOnly, u"List the documents in a folder."_s, {}),
        tool(u"get_document_versions"_s, Hints::None, u"List a document's published versions."_s,
             {}, u"read"_s),
    };
    s.addedDaysAgo = 100;
    s.approvedDaysAgo = 95;
    s.nextReviewDays = 180;
    s.requestReason = u"requested by Compliance so that workflows cite current policy (GOV-104)"_s;
    s.approveReason = u"security review SR-027: read-only on the Approved library, HR carved out"_s;
    s.reviewNote = u"Read and search only; get_document_versions is unannotated and judged as "
                   u"read by override."_s;
    return s;
}

ConnectorSpec facility(const QDateTime &now)
{
    ConnectorSpec s;
    Connector &c = s.c;
    c.name = kFacility;
    c.purpose = u"Lets the support router answer 'is the product in the cold room safe?' tickets "
                u"from the Reno DC temperature and door sensors."_s;
    c.owner = u"Facilities, Reno DC (tom.brandt)"_s;
    c.targetSystem = u"ColdTrack facility dashboard, Reno distribution centre"_s;
    c.kind = ConnectorKind::DeviceFacility;
    c.mode = PermissionMode::AlwaysAsk;
    c.lifecycle = LifecycleStage::Limited;
    c.trust = TrustStage::Observe;
    c.powers = {Power::Read, Power::Write};
    c.scope = {include(u"facility:sites/reno-dc/sensors/**"_s),
               exclude(u"facility:sites/*/sensors/access-control/**"_s),
               include(u"facility:sites/reno-dc/alarms/**"_s),
               exclude(u"facility:sites/*/alarms/fire/**"_s)};
    c.identity = identity(
        IdentityKind::ApiKey, u"Dashboard API key 'ops-readonly'"_s,
        u"Sensor reads and alarm acknowledge (the key's name says read-only; it is not)"_s);
    c.identity.approvedBy = kOwner;
    c.identity.credentialOwner = u"tom.brandt"_s;
    c.identity.lastRotated = now.addDays(-433); // never rotated since it was issued
    c.identity.revokePath = u"ColdTrack admin → API keys → revoke 'ops-readonly' (the lobby "
                            u"display uses the same key and will go blank)"_s;
    c.lastSyncAt = now.addSecs(-6 * 86400);
    c.disablePath = u"Pause in Airlock; revoke API key 'ops-readonly' in ColdTrack admin."_s;
    c.rollbackPlan =
        u"An acknowledged alarm can only be re-armed at the panel on site; there is no "
        u"remote undo, which is why acknowledging needs a human."_s;
    s.tools = {
        tool(u"get_sensor_readings"_s, Hints::ReadOnly,
             u"Temperature and door readings of one room."_s, {u"window"_s}),
        tool(u"list_alarms"_s, Hints::ReadOnly, u"Active and recent alarms of a site."_s, {}),
        tool(u"acknowledge_alarm"_s, Hints::None,
             u"Acknowledge an active alarm (stops the repeat page)."_s, {}),
    };
    s.addedDaysAgo = 130;
    s.approvedDaysAgo = 118;
    s.requestReason = u"requested by Support for after-hours cold-room questions (GOV-097)"_s;
    s.approveReason = u"security review SR-022: observe only, every call asks"_s;
    s.reviewNote = u"Every call asks. Finding: the API key has never been rotated."_s;
    return s;
}

Result<ConnectorDocument> document(const Connector &c, const QList<ToolSpec> &tools)
{
    QJsonObject o = connectorToJson(c);
    for (const QString &key : {u"created_at"_s, u"updated_at"_s, u"revision"_s, u"last_review_at"_s,
                               u"last_review_by"_s})
        o.remove(key);
    QJsonArray list;
    for (const ToolSpec &t : tools)
        list.append(toolJson(t));
    o.insert(u"tools"_s, list);
    return connectorDocumentFromJson(o);
}

} // namespace airlock::demo
