#include "demoseeder.h"

#include "store/connectorstore.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

// The governance side of the story: the connectors are requested, approved and reviewed months
// before the runs; later the facility dashboard is paused, the CRM scope reduced, and a tool
// appears in Slack after its review.

namespace airlock::demo {

// ------------------------------------------------------------------------------ connectors

Status Seeder::apply(const Connector &c, const QList<ToolSpec> &tools, const QString &reason)
{
    auto doc = document(c, tools);
    if (!doc)
        return doc.status();
    return ConnectorStore(store_).apply(*doc, reason).status();
}

// Requested (in review, every call asks), then approved for use and reviewed.
Status Seeder::onboard(const ConnectorSpec &spec)
{
    if (Status s = at(spec.addedDaysAgo * 24); !s)
        return s;
    store_.setActor(kLead);
    Connector requested = spec.c;
    requested.lifecycle = LifecycleStage::InReview;
    requested.trust = TrustStage::Observe;
    requested.mode = PermissionMode::AlwaysAsk;
    requested.lastSyncAt = {};
    if (Status s = apply(requested, spec.tools, spec.requestReason); !s)
        return s;
    if (Status s = at(spec.approvedDaysAgo * 24); !s)
        return s;
    if (Status s = apply(spec.c, spec.tools, spec.approveReason); !s)
        return s;
    pass(60, 600);
    ++summary_.connectors;
    return ConnectorStore(store_)
        .recordReview(spec.c.name, spec.reviewNote, spec.nextReviewDays)
        .status();
}

Status Seeder::onboardConnectors()
{
    for (const ConnectorSpec &spec :
         {facility(realNow_), sharepoint(realNow_), salesforce(realNow_), zendesk(realNow_),
          netsuite(realNow_), slack(realNow_)}) {
        specs_.insert(spec.c.name, spec);
        if (Status s = onboard(spec); !s)
            return Status::failure(s.code(), u"%1: %2"_s.arg(spec.c.name, s.message()));
    }
    return {};
}

// ------------------------------------------------------------------------------ later changes

Status Seeder::pauseFacilityDashboard()
{
    if (Status s = at(140); !s)
        return s;
    store_.setActor(kOwner);
    auto paused =
        ConnectorStore(store_).transition(kFacility, ConnectorStore::Transition::Pause,
                                          u"an agent proposed acknowledging the cold-room door "
                                          u"alarm (rejected). No agent touches alarms "
                                          u"until facilities reassesses this connector."_s);
    if (!paused)
        return paused.status();
    pass(15 * 60, 60 * 60);
    store_.setActor(kLead);
    Connector c = specs_.value(kFacility).c;
    c.status = ConnectorStatus::Paused;
    c.lifecycle = LifecycleStage::Reassess;
    return apply(c, specs_.value(kFacility).tools,
                 u"reassess with facilities: drop alarm acknowledge, rotate the API key"_s);
}

Status Seeder::reduceCrmScope()
{
    if (Status s = at(138); !s)
        return s;
    store_.setActor(kLead);
    Connector c = specs_.value(kCrm).c;
    c.scope.removeAll(include(u"crm:accounts/segment=mid_market/**"_s));
    c.lifecycle = LifecycleStage::Reduced;
    if (Status s = apply(
            c, specs_.value(kCrm).tools,
            u"least privilege: the follow-up workflow serves the SMB book only; no mid-market "
            u"reads in 60 days"_s);
        !s)
        return s;
    pass(5 * 60, 20 * 60);
    return ConnectorStore(store_)
        .recordReview(kCrm, u"Re-reviewed after the scope reduction: SMB accounts only."_s)
        .status();
}

Status Seeder::slackToolAdded()
{
    if (Status s = at(60); !s)
        return s;
    store_.setActor(kDev);
    QList<ToolSpec> tools = specs_.value(kChat).tools;
    tools << slackInviteTool();
    return apply(specs_.value(kChat).c, tools,
                 u"Slack app manifest v1.4: adds invite_to_channel for RevOps deal rooms"_s);
}

} // namespace airlock::demo
