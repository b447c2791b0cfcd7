#pragma once

#include "approvalwatch.h"
#include "clientchannel.h"
#include "runrecorder.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace airlock {
class ChangeNotifier;
}

namespace airlock::gate {

// One MCP client session relayed to one server process under the store's policy. Messages
// pass in both directions as the peers wrote them, in order; the gate steps in where
// governance needs it: tools/list (inventory, hidden tools), tools/call (decide, hold for
// approval, record), resources/read, resources/subscribe and prompts/get (judged as reads,
// recorded), the client's roots (only those in scope pass), the server's answers (only to
// requests in flight), its own listing of the server's tools, and its own refusals and errors
// (sessionguards.cpp holds the guards around the policy).
class Session final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString connector;
        QString actor;
        qsizetype maxMessageBytes = 16 * 1024 * 1024;
        int serverTimeoutSecs = 300;
        int approvalExpirySecs = 4 * 3600;
        int progressSecs = 10; // how often a held call tells the client it is still waiting
    };
    Session(Store &store, Settings settings, RunRecorder::Session run, QObject *parent = nullptr);

    bool start(const QString &program, const QStringList &arguments, QString *error);
    // Ends the session from outside (a signal): held calls are withdrawn, the server is
    // stopped, the run is recorded as stopped with why. finished() follows.
    void stop(const QString &why);

    // Exit codes of airlock-gate (README, "airlock-gate").
    enum Exit : int { Ok = 0, StoreFailed = 1, Usage = 2, CannotStart = 3, ServerFailed = 4 };

Q_SIGNALS:
    void finished(int exitCode);

private:
    // A request forwarded to the server and not answered yet.
    struct InFlight
    {
        QJsonValue id;
        QString method;
        QElapsedTimer timer;
        std::optional<RunRecorder::Call> call; // tools/call
        QString approvalId;                    // an approved call
        std::optional<RunRecorder::Call> read; // resources/read, resources/subscribe, prompts/get
        bool gateOwned = false;                // the gate's own tools/list
    };
    // A tools/call waiting for a reviewer.
    struct Held
    {
        QJsonObject message;
        RunRecorder::Call call;
        QString approvalId;
        int progress = 0; // progress notifications sent so far
    };

    void fromClient(const LineFramer::Frame &frame);
    void clientClosed();
    void endSession(const QString &why, bool interrupted);
    void handleCall(const QJsonObject &message, const QByteArray &line);
    void handleCancel(const QJsonObject &message, const QByteArray &line);
    void executeApproved(Held held, const ApprovalRequest &request);
    void settled(const ApprovalRequest &request);
    void watchFailed(const QString &requestId, const Error &error);

    void fromServer(const LineFramer::Frame &frame);
    void serverAnswered(InFlight flight, const QJsonObject &message, const QByteArray &line);
    void serverExited(const QString &why, bool clean);
    void sweepTimeouts();
    void reportWaiting();
    void storeChanged(const QStringList &topics);

    bool ensureRun(const QJsonObject &clientInfo, QString *error);
    void forward(const QJsonValue &id, const QString &method, const QByteArray &line,
                 std::optional<RunRecorder::Call> call = std::nullopt,
                 const QString &approvalId = {});
    void toClient(const QByteArray &message);
    void replyToolError(const QJsonValue &id, const QString &text);
    void recordProblem(EventResult result, const QString &summary, const QJsonObject &payload = {},
                       const QString &tool = {});
    Status recordApprovedOutcome(const QString &approvalId, bool executed, const QString &summary);
    void withdrawHeld(const QString &reason);
    void note(const QString &text);

    // sessionguards.cpp: what would otherwise go around the policy.
    // Every policy question the guards ask, in one place (the core's judge takes it over).
    CallDecision judgeRead(const QString &target);
    void refuseNotification(const QJsonObject &message);
    void handleRead(const QJsonObject &message, const QByteArray &line);
    void readAnswered(const InFlight &flight, const QJsonObject &message, const QByteArray &line);
    QByteArray rootsWithinScope(const QJsonObject &answer, const QByteArray &line);
    void strayAnswer(const QJsonObject &message, const QByteArray &line);
    bool refuseUnboundParameters(const RunRecorder::Call &call, const QJsonValue &id);
    // The gate's own tools/list: after initialize and on the server's list_changed, so that
    // every tools/call is judged against the server's current definitions.
    void listServerTools(const QString &cursor = {});
    void serverToolsListed(const InFlight &flight, const QJsonObject &message);
    bool callWaitsForListing(const QJsonObject &message, const QByteArray &line);
    void callListedTool(const QJsonObject &message, const QByteArray &line);
    void endListing(const QString &failure);

    Store &store_;
    Settings settings_;
    RunRecorder recorder_;
    ClientChannel client_;
    ServerProcess server_;
    ChangeNotifier *notifier_;
    ApprovalWatch approvals_;
    QTimer sweep_;
    QTimer waiting_;
    QHash<QString, InFlight> inFlight_; // by idKey
    QHash<QString, Held> held_;         // by idKey
    QHash<QString, QString> heldByApproval_;
    QSet<QString> abandoned_; // requests the gate answered itself; late answers are dropped
    bool closing_ = false;
    bool serverGone_ = false;
    QString serverGoneReason_;
    bool clientGone_ = false;
    // The server's last tool list and the names the client was given from it, so that a
    // review or a power change in the store can be announced (tools/list_changed).
    QJsonObject lastToolList_;
    QStringList listedTools_;

    // The gate's own listing of the server's tools.
    enum class Listing { NotYet, Running, Current };
    Listing listing_ = Listing::NotYet;
    bool relist_ = false;    // list_changed arrived while listing: list again
    int ownIds_ = 0;         // the gate's own request ids, "airlock-gate/N"
    QJsonArray serverTools_; // the pages of the listing running now
    int listingPages_ = 0;
    QSet<QString> listedByServer_; // the tools of the gate's last complete listing
    QList<std::pair<QJsonObject, QByteArray>>
        waitingForListing_;                  // tools/call that arrived meanwhile
    QHash<QString, QString> serverRequests_; // the server's requests to the client, by idKey
};

} // namespace airlock::gate
