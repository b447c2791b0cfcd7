#pragma once

#include "domain/run.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>
#include <memory>

namespace airlock {

class ChangeNotifier;
class Store;

namespace demo {
struct RunHandle;
struct Scenario;
} // namespace demo

// A living demo: the demo's three workflows (support routing, invoice checking, CRM
// follow-ups) run against a store, one new run every interval. Each run reads, drafts and,
// when its workflow calls for it, asks for approval and waits for a human's decision (woken by
// the store's change notifier), then acts on it: an approved action is executed and the run
// succeeds; a rejected, expired or withdrawn one stops the run, saying where and why; a call
// the policy refuses blocks it. The simulator never decides a request (and could not: the
// requester may not approve its own request). Headless; the CLI drives it.
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    struct Options
    {
        quint32 seed = 1;        // the same seed gives the same runs, in the same order
        int intervalMs = 15000;  // between two run starts
        int runs = 0;            // start this many, then finish once they end; 0: no limit
        int durationSecs = 0;    // stop (as by stop()) after this long; 0: no limit
        int expiresInSecs = 600; // how long a request waits for a human
        int maxWaiting = 3;      // runs waiting for approval at once; new starts pause beyond
    };
    struct Tally
    {
        int runs = 0, succeeded = 0, stopped = 0, blocked = 0;
        int requests = 0, approved = 0, rejected = 0, expired = 0, withdrawn = 0;
    };

    Simulator(Store &store, const Options &options, QObject *parent = nullptr);
    ~Simulator() override;

    // The demo's connectors must be in the store (seed an empty one with seedDemo() first).
    Status checkStore();
    void start();
    // Ends the simulation cleanly: each pending request of its own is withdrawn and its run
    // finished as stopped, in one transaction per run. Emits finished().
    void stop(const QString &why);

    const Tally &tally() const { return tally_; }
    int waiting() const { return int(waiting_.size()); }
    bool isFinished() const { return finished_; }
    const Status &outcome() const { return outcome_; } // why it ended, when it failed

Q_SIGNALS:
    void progress(const QString &line); // one line per step a person watching would notice
    void finished();

private:
    struct Waiting;
    void startNext();
    demo::Scenario nextScenario();
    Status begin(const demo::Scenario &scenario);
    void checkWaiting();
    Status settle(const QString &requestId);
    Status end(Waiting &w, RunStatus to, const QString &reason, qint64 stoppedAtSeq);
    Status stopWaiting(const QString &requestId, const QString &why);
    void fail(const Status &s);
    void finishIfDone();
    void wrapUp();
    bool runLimitReached() const;
    void armExpiry();
    qint64 decisionSeq(const QString &runId, const QString &requestId);

    Store &store_;
    Options options_;
    QRandomGenerator rng_;      // what runs: drawn only when a run starts, so decisions
    QRandomGenerator usageRng_; // (whose timing is people's) never change the sequence
    std::unique_ptr<ChangeNotifier> notifier_;
    QTimer next_;
    QTimer deadline_;
    QTimer expiry_;
    QHash<QString, std::shared_ptr<Waiting>> waiting_; // by request id
    Tally tally_;
    Status outcome_;
    bool stopping_ = false;
    bool finished_ = false;
    bool checking_ = false;
    int ticketNumber_ = 0;
    int invoiceNumber_ = 0;
    int callNumber_ = 0;
    int opportunityNumber_ = 0;
};

} // namespace airlock
