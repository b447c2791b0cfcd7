#include "demogenerator.h"

#include "demoseeder.h"

#include "clock.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

// The demo is the seeds' world: a small food and kitchen-goods wholesaler ("Brightwater Goods")
// whose support-routing, invoice-checking and CRM follow-up workflows reach six connected
// systems. Everything is written through the store's own classes, in time order, so the
// evidence chain reads like a real history: onboarding and reviews months ago, then ten days
// of runs with approvals, blocked attempts, a pause, a scope reduction, drift and one bad run.
//
// demoworld.h holds the people, workflows and customers; democonnectors.cpp the six systems;
// demoseeder.cpp the clock, ids, policy and run helpers; connectorgovernance.cpp,
// supportrouting.cpp, invoicecheck.cpp and crmfollowups.cpp the chapters.

namespace airlock {

namespace demo {

// ------------------------------------------------------------------------------ the story

Status Seeder::seed()
{
    struct Chapter
    {
        QString name;
        Step step;
    };
    const QList<Chapter> chapters = {
        {u"onboarding the connectors"_s, &Seeder::onboardConnectors},
        {u"invoice check, all matched"_s, &Seeder::invoicesAllMatched},
        {u"support routing, duplicate charge"_s, &Seeder::supportDuplicateCharge},
        {u"support routing, password reset"_s, &Seeder::supportPasswordReset},
        {u"CRM follow-up, second location"_s, &Seeder::followUpSecondLocation},
        {u"invoice check, price variance"_s, &Seeder::invoicesPriceVariance},
        {u"support routing, discount question"_s, &Seeder::supportDiscountQuestion},
        {u"CRM follow-up, credit terms"_s, &Seeder::followUpCreditTerms},
        {u"support routing, cold room alarm"_s, &Seeder::supportColdRoom},
        {u"pausing the facility dashboard"_s, &Seeder::pauseFacilityDashboard},
        {u"reducing the CRM scope"_s, &Seeder::reduceCrmScope},
        {u"invoice check, export timeout"_s, &Seeder::invoicesExportTimeout},
        {u"support routing, edited approval"_s, &Seeder::supportCancellationEdited},
        {u"CRM follow-up, out-of-scope account"_s, &Seeder::followUpOutOfScopeAccount},
        {u"Slack tool added after review"_s, &Seeder::slackToolAdded},
        {u"CRM follow-up, unreviewed tool"_s, &Seeder::followUpUnreviewedTool},
        {u"support routing, expired approval"_s, &Seeder::supportExpiredRouting},
        {u"invoice check, stale export"_s, &Seeder::invoicesStaleExport},
        {u"CRM follow-up, pending close"_s, &Seeder::followUpPendingClose},
        {u"support routing, pending damaged shipment"_s, &Seeder::supportPendingDamaged},
        {u"CRM follow-up, pending digest"_s, &Seeder::followUpPendingDigest},
        {u"support routing, pending outage"_s, &Seeder::supportPendingOutage},
        {u"CRM follow-up, running"_s, &Seeder::followUpRunning},
    };
    for (const Chapter &chapter : chapters) {
        if (Status s = (this->*chapter.step)(); !s)
            return Status::failure(s.code(),
                                   u"demo step '%1' failed: %2"_s.arg(chapter.name, s.message()));
    }
    auto head = EvidenceChain(store_).headSeq();
    if (!head)
        return head.status();
    summary_.events = int(*head);
    return {};
}

} // namespace demo

namespace {

// --------------------------------------------------------------------------------- guards

// Seeding runs on a simulated clock so events land in the past; the real clock always comes back.
class SimulatedClock
{
public:
    explicit SimulatedClock(const QDateTime *now)
    {
        setClockForTesting([now] { return *now; });
    }
    ~SimulatedClock() { setClockForTesting({}); }
    Q_DISABLE_COPY_MOVE(SimulatedClock)
};

class ActorRestorer
{
public:
    explicit ActorRestorer(Store &store)
        : store_(store)
        , actor_(store.actor())
    {}
    ~ActorRestorer() { store_.setActor(actor_); }
    Q_DISABLE_COPY_MOVE(ActorRestorer)

private:
    Store &store_;
    QString actor_;
};

} // namespace

Result<DemoSummary> seedDemo(Store &store, quint32 seed)
{
    auto existing = ConnectorStore(store).list();
    if (!existing)
        return Error{existing.code(), u"cannot seed the demo: "_s + existing.message()};
    if (!existing->isEmpty())
        return Error{
            ErrorCode::InvalidArgument,
            u"the store %1 already has %2 connector(s); the demo only seeds an empty store"_s.arg(
                store.url().display(), QString::number(existing->size()))};

    ActorRestorer actor(store);
    demo::Seeder seeder(store, seed, currentTime());
    SimulatedClock clock(seeder.clock());
    // One transaction: the demo appears whole or not at all.
    const Status s = store.write([&]() -> Status {
        auto again = ConnectorStore(store).list();
        if (!again)
            return again.status();
        if (!again->isEmpty())
            return Status::failure(
                ErrorCode::InvalidArgument,
                u"the store gained connectors while the demo was being seeded"_s);
        return seeder.seed();
    });
    if (!s)
        return s.error();
    return seeder.summary();
}

} // namespace airlock
