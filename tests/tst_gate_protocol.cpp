// Calls around the policy through the gate (issue 11, point 7): every message that returns
// data or changes something is judged and recorded, or refused, never relayed blind. The
// attacks come from a raw JSON-RPC peer (an SDK client is too polite to send them) and the
// official SDK client, in front of a hand-written hostile server (tests/gate/hostileserver.mjs)
// that logs everything it receives and runs, so a test can prove what did not run.

#include "mcpdriver.h"
#include "testassertions.h"
#include "teststore.h"

#include "store/approvalqueue.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/toolstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

const QString kConnector = u"Records"_s;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(AIRLOCK_SOURCE_DIR) + u'/' + relative;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// An MCP client that writes JSON-RPC lines straight to airlock-gate's stdin and reads what
// comes back, in order: everything the gate sends to the client is kept in received().
class RawPeer
{
public:
    ~RawPeer()
    {
        if (process_.state() != QProcess::NotRunning) {
            process_.kill();
            process_.waitForFinished(5000);
        }
    }

    bool start(const QStringList &command, const QJsonObject &capabilities = {})
    {
        process_.start(command.constFirst(), command.mid(1));
        if (!process_.waitForStarted(10000))
            return false;
        send({{u"jsonrpc"_s, u"2.0"_s},
              {u"id"_s, u"init"_s},
              {u"method"_s, u"initialize"_s},
              {u"params"_s, QJsonObject{{u"protocolVersion"_s, u"2025-11-25"_s},
                                        {u"capabilities"_s, capabilities},
                                        {u"clientInfo"_s, QJsonObject{{u"name"_s, u"raw-peer"_s},
                                                                      {u"version"_s, u"0"_s}}}}}});
        if (!reply(u"init"_s).contains(u"result"_s))
            return false;
        send({{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/initialized"_s}});
        return true;
    }

    void send(const QJsonObject &message)
    {
        process_.write(compact(message) + '\n');
        process_.waitForBytesWritten(5000);
    }

    QJsonObject call(const QJsonValue &id, const QJsonObject &params)
    {
        send({{u"jsonrpc"_s, u"2.0"_s},
              {u"id"_s, id},
              {u"method"_s, u"tools/call"_s},
              {u"params"_s, params}});
        return {};
    }

    // The gate's answer to the request with this id (waits for it); empty on timeout.
    QJsonObject reply(const QJsonValue &id, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            for (const QJsonObject &m : received_) {
                if (!m.contains(u"method"_s) && m.value(u"id"_s) == id)
                    return m;
            }
            if (t.elapsed() > timeoutMs || !readMore(int(timeoutMs - t.elapsed())))
                return {};
        }
    }

    // The first message from the server side with this method (a request or notification).
    QJsonObject message(const QString &method, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            for (const QJsonObject &m : received_) {
                if (m.value(u"method"_s).toString() == method)
                    return m;
            }
            if (t.elapsed() > timeoutMs || !readMore(int(timeoutMs - t.elapsed())))
                return {};
        }
    }

    // Everything the gate has sent so far has been read: a ping sent now is answered after it.
    bool sync()
    {
        const QString id = u"sync-%1"_s.arg(++syncs_);
        send({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, u"ping"_s}});
        return !reply(id).isEmpty();
    }

    int answersTo(const QJsonValue &id) const
    {
        int n = 0;
        for (const QJsonObject &m : received_)
            n += !m.contains(u"method"_s) && m.value(u"id"_s) == id;
        return n;
    }
    const QList<QJsonObject> &received() const { return received_; }

    bool finish()
    {
        process_.closeWriteChannel();
        return process_.waitForFinished(20000) && process_.exitCode() == 0;
    }
    QString stderr() { return QString::fromUtf8(process_.readAllStandardError()); }

private:
    bool readMore(int timeoutMs)
    {
        while (!process_.canReadLine()) {
            if (process_.state() == QProcess::NotRunning)
                return false;
            if (!process_.waitForReadyRead(qBound(1, timeoutMs, 200)) && timeoutMs <= 200)
                return process_.canReadLine();
            timeoutMs -= 200;
        }
        while (process_.canReadLine())
            received_ << QJsonDocument::fromJson(process_.readLine()).object();
        return true;
    }

    QProcess process_;
    QList<QJsonObject> received_;
    int syncs_ = 0;
};

QString resultText(const QJsonObject &reply)
{
    QString text;
    for (const QJsonValue &item : reply.value(u"result"_s).toObject().value(u"content"_s).toArray())
        text += item.toObject().value(u"text"_s).toString();
    return text;
}

bool isToolError(const QJsonObject &reply)
{
    return reply.value(u"result"_s).toObject().value(u"isError"_s).toBool();
}

} // namespace

class TstGateProtocol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
    QString node_;
    QString log_;   // what the hostile server received and ran
    QString scope_; // a folder the connector's scope includes

    QString inScope(const QString &relative) const { return scope_ + u'/' + relative; }
    QString hostile() const { return sourcePath(u"tests/gate/hostileserver.mjs"_s); }
    QStringList gate(const QStringList &server) const
    {
        return QStringList{QStringLiteral(AIRLOCK_GATE_PATH),
                           u"--store"_s,
                           temp_->urlText(),
                           u"--connector"_s,
                           kConnector,
                           u"--"_s,
                           node_} +
               server;
    }
    QStringList hostileGate(const QStringList &options = {}) const
    {
        return gate(QStringList{hostile(), u"--log"_s, log_} + options);
    }

    // The connector: reads run; writes need a human; records under "res:public/" and the
    // prompts named "public-…" are in scope, "res:public/private/" is excluded.
    void applyConnector(const QStringList &powers = {u"read"_s, u"search"_s, u"write"_s})
    {
        QJsonArray scope;
        for (const auto &[effect, pattern] :
             {std::pair{u"include"_s, inScope(u"**"_s)},
              {u"include"_s, u"res:public/**"_s},
              {u"include"_s, u"prompt:public-*"_s},
              {u"exclude"_s, u"res:public/private/**"_s}}) // the last matching rule decides
            scope.append(QJsonObject{{u"effect"_s, effect}, {u"pattern"_s, pattern}});
        const QJsonObject json{{u"name"_s, kConnector},
                               {u"purpose"_s, u"Let the agent read and file records"_s},
                               {u"owner"_s, u"records-team"_s},
                               {u"target_system"_s, u"Record system"_s},
                               {u"kind"_s, u"business_app"_s},
                               {u"permission_mode"_s, u"any_changes"_s},
                               {u"powers"_s, QJsonArray::fromStringList(powers)},
                               {u"scope"_s, scope},
                               {u"identity"_s, QJsonObject{{u"kind"_s, u"service_principal"_s},
                                                           {u"principal"_s, u"svc-records-agent"_s},
                                                           {u"credential_owner"_s, u"it-ops"_s}}}};
        auto doc = connectorDocumentFromJson(json);
        QVERIFY_OK(doc);
        QVERIFY_OK(ConnectorStore(*store_).apply(*doc, u"set up for the protocol suite"_s));
    }

    // A first session lists the server's tools (new), and the lead reviews them.
    void discoverAndReview(const QStringList &command)
    {
        McpDriver d;
        QString error;
        QVERIFY2(d.start(node_, command, &error), qPrintable(error));
        QCOMPARE(d.listTools(), QStringList());
        QVERIFY(d.close());
        auto tools = ToolStore(*store_).forConnector(kConnector);
        QVERIFY_OK(tools);
        QVERIFY(!tools->isEmpty());
        QVERIFY_OK(ToolStore(*store_).markReviewed(kConnector));
        QFile::remove(
            log_); // what the hostile server saw while it was discovered is not the attack
    }

    // The hostile server's log: every message it received, everything it ran.
    QList<QJsonObject> logged(const QString &key)
    {
        QList<QJsonObject> out;
        QFile f(log_);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.contains(key))
                out << o;
        }
        return out;
    }
    QStringList executed()
    {
        QStringList out;
        for (const QJsonObject &o : logged(u"executed"_s))
            out << o.value(u"executed"_s).toString();
        return out;
    }

    Run newestRun()
    {
        auto runs = RunStore(*store_).page({}, {}, 1);
        if (!runs || runs->isEmpty())
            return {};
        return runs->constFirst();
    }
    QList<EvidenceEvent> eventsOf(const QString &runId, std::optional<EventKind> kind = {})
    {
        QList<EvidenceEvent> out;
        auto events = EvidenceChain(*store_).forRun(runId);
        if (!events)
            return out;
        for (const EvidenceEvent &e : *events) {
            if (!kind || e.kind == *kind)
                out << e;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        node_ = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node_.isEmpty(), "node is not on PATH: the gate suites need Node.js");
        QVERIFY2(QFileInfo::exists(
                     sourcePath(u"tests/node_modules/@modelcontextprotocol/sdk/package.json"_s)),
                 "tests/node_modules is missing the MCP SDK: run `npm ci --prefix tests`");
    }

    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"lead"_s);
        QVERIFY(store_);
        log_ = temp_->dir() + u"/hostile.log"_s;
        scope_ = temp_->dir() + u"/project"_s;
        QVERIFY(QDir().mkpath(scope_));
    }
    void cleanup()
    {
        store_.reset();
        temp_.reset();
    }

    // 1. A tools/call without an id is a notification: nothing answers it, so a gate that
    // relays notifications blind lets it run with no decision and no record.
    void aToolsCallSentAsANotificationIsRefusedAndRecorded()
    {
        applyConnector();
        discoverAndReview(hostileGate());
        RawPeer peer;
        QVERIFY2(peer.start(hostileGate()), qPrintable(peer.stderr()));
        for (const QString &method : {u"tools/call"_s, u"resources/read"_s, u"prompts/get"_s})
            peer.send({{u"jsonrpc"_s, u"2.0"_s},
                       {u"method"_s, method},
                       {u"params"_s,
                        QJsonObject{{u"name"_s, u"put"_s},
                                    {u"uri"_s, u"res:public/a"_s},
                                    {u"arguments"_s, QJsonObject{{u"id"_s, u"res:public/a"_s},
                                                                 {u"text"_s, u"unseen"_s}}}}}});
        QVERIFY(peer.sync());
        QVERIFY(peer.finish());
        QVERIFY2(executed().isEmpty(), qPrintable(executed().join(u", ")));
        const Run run = newestRun();
        const QList<EvidenceEvent> blocked = eventsOf(run.id, EventKind::Blocked);
        QCOMPARE(blocked.size(), 3);
        QCOMPARE(blocked.at(0).tool, u"put"_s);
        QVERIFY2(blocked.at(0).summary.contains(u"notification"_s),
                 qPrintable(blocked.at(0).summary));
        for (const EvidenceEvent &e : blocked)
            QCOMPARE(e.result, EventResult::Blocked);
    }

    // 2. resources/read, resources/subscribe and prompts/get return data: they are judged
    // as reads (the resource's uri, "prompt:NAME") and recorded, or refused.
    void aConnectorWithoutReadPowerGetsNoResourcesOrPrompts()
    {
        applyConnector({u"write"_s});
        RawPeer peer;
        QVERIFY2(peer.start(hostileGate()), qPrintable(peer.stderr()));
        const auto request = [&](const QString &id, const QString &method,
                                 const QJsonObject &params) {
            peer.send({{u"jsonrpc"_s, u"2.0"_s},
                       {u"id"_s, id},
                       {u"method"_s, method},
                       {u"params"_s, params}});
        };
        request(u"r"_s, u"resources/read"_s, {{u"uri"_s, u"res:public/a"_s}});
        request(u"s"_s, u"resources/subscribe"_s, {{u"uri"_s, u"res:public/a"_s}});
        request(u"p"_s, u"prompts/get"_s, {{u"name"_s, u"public-greeting"_s}});
        for (const QString &id : {u"r"_s, u"s"_s, u"p"_s}) {
            const QJsonObject r = peer.reply(id);
            QVERIFY2(r.contains(u"error"_s) && !r.contains(u"result"_s), qPrintable(id));
            QVERIFY2(r.value(u"error"_s)
                         .toObject()
                         .value(u"message"_s)
                         .toString()
                         .contains(u"power 'read' is not granted"_s),
                     qPrintable(QString::fromUtf8(compact(r))));
        }
        QVERIFY(peer.finish());
        QVERIFY2(executed().isEmpty(), qPrintable(executed().join(u", ")));
        const QList<EvidenceEvent> blocked = eventsOf(newestRun().id, EventKind::Blocked);
        QCOMPARE(blocked.size(), 3);
        QCOMPARE(blocked.at(0).target, u"res:public/a"_s);
        QCOMPARE(blocked.at(2).target, u"prompt:public-greeting"_s);
    }

    void resourceReadsOutOfScopeAreRefusedAndInScopeReadsAreEvidence()
    {
        applyConnector();
        RawPeer peer;
        QVERIFY2(peer.start(hostileGate()), qPrintable(peer.stderr()));
        const auto request = [&](const QString &id, const QString &method,
                                 const QJsonObject &params) {
            peer.send({{u"jsonrpc"_s, u"2.0"_s},
                       {u"id"_s, id},
                       {u"method"_s, method},
                       {u"params"_s, params}});
        };
        request(u"in"_s, u"resources/read"_s, {{u"uri"_s, u"res:public/a"_s}});
        request(u"excluded"_s, u"resources/read"_s, {{u"uri"_s, u"res:public/private/pay"_s}});
        request(u"sub"_s, u"resources/subscribe"_s, {{u"uri"_s, u"res:public/private/pay"_s}});
        request(u"other"_s, u"resources/read"_s, {{u"uri"_s, u"res:internal/x"_s}});
        request(u"prompt"_s, u"prompts/get"_s, {{u"name"_s, u"public-greeting"_s}});
        request(u"secret-prompt"_s, u"prompts/get"_s, {{u"name"_s, u"admin-override"_s}});
        const QJsonObject in = peer.reply(u"in"_s);
        QCOMPARE(in.value(u"result"_s)
                     .toObject()
                     .value(u"contents"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"text"_s)
                     .toString(),
                 u"contents of res:public/a"_s);
        QVERIFY(peer.reply(u"prompt"_s).contains(u"result"_s));
        for (const QString &id : {u"excluded"_s, u"sub"_s, u"other"_s, u"secret-prompt"_s}) {
            const QJsonObject r = peer.reply(id);
            QVERIFY2(r.value(u"error"_s)
                         .toObject()
                         .value(u"message"_s)
                         .toString()
                         .contains(u"out of scope"_s),
                     qPrintable(QString::fromUtf8(compact(r))));
        }
        QVERIFY(peer.finish());
        QCOMPARE(executed(), (QStringList{u"resources/read"_s, u"prompts/get"_s}));
        const Run run = newestRun();
        const QList<EvidenceEvent> reads = eventsOf(run.id, EventKind::Read);
        QCOMPARE(reads.size(), 2);
        QCOMPARE(reads.at(0).target, u"res:public/a"_s);
        QVERIFY2(reads.at(0).summary.contains(u"contents of res:public/a"_s),
                 qPrintable(reads.at(0).summary));
        QCOMPARE(reads.at(1).target, u"prompt:public-greeting"_s);
        QStringList refused;
        for (const EvidenceEvent &e : eventsOf(run.id, EventKind::Blocked))
            refused << e.target;
        QCOMPARE(refused, (QStringList{u"res:public/private/pay"_s, u"res:public/private/pay"_s,
                                       u"res:internal/x"_s, u"prompt:admin-override"_s}));
    }

    // 3. A file server takes the client's roots as the folders it may touch: the gate passes
    // on only the roots within the connector's scope.
    void aClientsRootsCannotWidenWhatTheServerMayTouch()
    {
        applyConnector();
        RawPeer peer;
        QVERIFY2(peer.start(hostileGate({u"--ask-roots"_s}),
                            {{u"roots"_s, QJsonObject{{u"listChanged"_s, false}}}}),
                 qPrintable(peer.stderr()));
        const QJsonObject ask = peer.message(u"roots/list"_s);
        QVERIFY2(!ask.isEmpty(), "the server's roots/list did not reach the client");
        const QString inside = QUrl::fromLocalFile(inScope(u"docs"_s)).toString();
        const QString wider = QUrl::fromLocalFile(temp_->dir()).toString();
        const QString dotted = QUrl::fromLocalFile(scope_).toString() + u"/../../"_s;
        peer.send({{u"jsonrpc"_s, u"2.0"_s},
                   {u"id"_s, ask.value(u"id"_s)},
                   {u"result"_s,
                    QJsonObject{{u"roots"_s, QJsonArray{QJsonObject{{u"uri"_s, inside}},
                                                        QJsonObject{{u"uri"_s, wider}},
                                                        QJsonObject{{u"uri"_s, u"file:///"_s}},
                                                        QJsonObject{{u"uri"_s, dotted}}}}}}});
        QTRY_VERIFY_WITH_TIMEOUT(!logged(u"roots"_s).isEmpty(), 20000);
        QVERIFY(peer.finish());
        const QJsonArray roots = logged(u"roots"_s).at(0).value(u"roots"_s).toArray();
        QCOMPARE(roots.size(), 1);
        QCOMPARE(roots.at(0).toObject().value(u"uri"_s).toString(), inside);
        const QList<EvidenceEvent> blocked = eventsOf(newestRun().id, EventKind::Blocked);
        QCOMPARE(blocked.size(), 1);
        QVERIFY2(blocked.at(0).summary.contains(u"3 roots"_s), qPrintable(blocked.at(0).summary));
        QVERIFY(blocked.at(0).payload.contains(wider.toUtf8()));
    }

    // 4. Answers for ids the gate is not waiting for (unknown, duplicate, a held call's) are
    // forgeries: dropped and recorded.
    void answersForIdsNotInFlightAreDroppedAndRecorded()
    {
        applyConnector();
        discoverAndReview(hostileGate());
        RawPeer peer;
        QVERIFY2(peer.start(hostileGate()), qPrintable(peer.stderr()));
        peer.call(7, {{u"name"_s, u"put"_s},
                      {u"arguments"_s,
                       QJsonObject{{u"id"_s, inScope(u"r1"_s)}, {u"text"_s, u"held"_s}}}});
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto p = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
                return p && !p->isEmpty();
            }(),
            20000);
        peer.call(8,
                  {{u"name"_s, u"stray"_s},
                   {u"arguments"_s, QJsonObject{{u"id"_s, inScope(u"r2"_s)}, {u"held_id"_s, 7}}}});
        const QJsonObject stray = peer.reply(8);
        QCOMPARE(resultText(stray), u"stray ran (first)"_s);
        QVERIFY(peer.sync()); // the duplicate answer came before the ping's
        QCOMPARE(peer.answersTo(8), 1);
        QCOMPARE(peer.answersTo(999), 0);
        QCOMPARE(peer.answersTo(7), 0); // the held call is still held, not answered by the server
        QVERIFY(peer.finish());
        QVERIFY(!executed().contains(u"put"_s));
        const QList<EvidenceEvent> errors = eventsOf(newestRun().id, EventKind::Error);
        QCOMPARE(errors.size(), 3);
        for (const EvidenceEvent &e : errors) {
            QCOMPARE(e.result, EventResult::ValidationError);
            QVERIFY2(e.summary.contains(u"not in flight"_s), qPrintable(e.summary));
        }
    }

    // 5. Parameters beside name/arguments/_meta reach the server but not the reviewer.
    void parametersOutsideArgumentsCannotRideOnAnApproval()
    {
        applyConnector();
        discoverAndReview(hostileGate());
        RawPeer peer;
        QVERIFY2(peer.start(hostileGate()), qPrintable(peer.stderr()));
        peer.call(1, {{u"name"_s, u"put"_s},
                      {u"arguments"_s,
                       QJsonObject{{u"id"_s, inScope(u"r1"_s)}, {u"text"_s, u"harmless"_s}}},
                      {u"requestState"_s, u"overwrite-all"_s},
                      {u"inputResponses"_s, QJsonObject{{u"confirm"_s, true}}}});
        const QJsonObject refused = peer.reply(1);
        QVERIFY(isToolError(refused));
        QVERIFY2(resultText(refused).contains(u"inputResponses, requestState"_s),
                 qPrintable(resultText(refused)));
        auto requests = ApprovalQueue(*store_).list(std::nullopt);
        QVERIFY_OK(requests);
        QVERIFY2(requests->isEmpty(), "an approval was asked for a call it could not bind");
        // Without them the call waits for a human and runs with exactly what was approved.
        peer.call(2, {{u"name"_s, u"put"_s},
                      {u"arguments"_s,
                       QJsonObject{{u"id"_s, inScope(u"r1"_s)}, {u"text"_s, u"harmless"_s}}},
                      {u"_meta"_s, QJsonObject{{u"progressToken"_s, 5}}}});
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto p = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
                if (p && !p->isEmpty())
                    id = p->constFirst().id;
                return !id.isEmpty();
            }(),
            20000);
        auto reviewer = temp_->open(u"reviewer"_s);
        QVERIFY(reviewer);
        QVERIFY_OK(ApprovalQueue(*reviewer).decide(id, ApprovalQueue::Decision{}));
        QVERIFY(!isToolError(peer.reply(2)));
        QVERIFY(peer.finish());
        const QList<QJsonObject> ran = logged(u"executed"_s);
        QCOMPARE(ran.size(), 1);
        QCOMPARE(ran.at(0).value(u"params"_s).toObject().keys(),
                 (QStringList{u"_meta"_s, u"arguments"_s, u"name"_s}));
        const QList<EvidenceEvent> blocked = eventsOf(newestRun().id, EventKind::Blocked);
        QCOMPARE(blocked.size(), 1);
        QVERIFY(blocked.at(0).payload.contains("overwrite-all"));
    }

    void parametersOutsideArgumentsOfAnAllowedCallAreEvidence()
    {
        applyConnector();
        discoverAndReview(hostileGate());
        RawPeer peer;
        QVERIFY2(peer.start(hostileGate()), qPrintable(peer.stderr()));
        peer.call(1, {{u"name"_s, u"lookup"_s},
                      {u"arguments"_s, QJsonObject{{u"id"_s, inScope(u"r1"_s)}}},
                      {u"requestState"_s, u"page-2"_s}});
        QCOMPARE(resultText(peer.reply(1)), u"lookup ran (first)"_s);
        QVERIFY(peer.finish());
        const QList<EvidenceEvent> searches = eventsOf(newestRun().id, EventKind::Search);
        QCOMPARE(searches.size(), 1); // lookup is judged as a search
        QCOMPARE(searches.at(0).tool, u"lookup"_s);
        const QJsonObject payload = QJsonDocument::fromJson(searches.at(0).payload).object();
        QCOMPARE(payload.value(u"other_params"_s).toObject(),
                 (QJsonObject{{u"requestState"_s, u"page-2"_s}}));
    }

    // 6. A client that calls from a tool list it cached in an earlier session never lists
    // through the gate: the gate lists the server's tools itself.
    void aClientCallingFromACachedListCannotRunAChangedTool()
    {
        applyConnector();
        discoverAndReview(hostileGate());
        McpDriver d;
        QString error;
        QVERIFY2(d.start(node_, hostileGate({u"--edition"_s, u"second"_s}), &error),
                 qPrintable(error));
        d.call(u"c"_s, u"lookup"_s, {{u"id"_s, inScope(u"r1"_s)}}); // no tools/list first
        const QJsonObject c = d.answer(u"c"_s);
        QVERIFY(isToolError(c));
        QVERIFY2(resultText(c).contains(u"changed since its last review"_s),
                 qPrintable(resultText(c)));
        QVERIFY(d.close());
        QVERIFY2(!executed().contains(u"lookup"_s), qPrintable(executed().join(u", ")));
        auto lookup = ToolStore(*store_).find(kConnector, u"lookup"_s);
        QVERIFY_OK(lookup);
        QCOMPARE((*lookup)->reviewState, ToolReviewState::Changed);
        QCOMPARE(eventsOf(newestRun().id, EventKind::Blocked).size(), 1);
    }

    // A tool the server no longer lists has no current definition to judge; the store still
    // has it as reviewed, and the server still runs it when called.
    void aToolTheServerNoLongerListsIsRefused()
    {
        applyConnector();
        discoverAndReview(hostileGate());
        McpDriver d;
        QString error;
        QVERIFY2(d.start(node_, hostileGate({u"--hide"_s, u"lookup"_s}), &error),
                 qPrintable(error));
        d.call(u"c"_s, u"lookup"_s, {{u"id"_s, inScope(u"r1"_s)}});
        const QJsonObject c = d.answer(u"c"_s);
        QVERIFY(isToolError(c));
        QVERIFY2(resultText(c).contains(u"not in the server's current tool list"_s),
                 qPrintable(resultText(c)));
        QVERIFY(d.close());
        QVERIFY2(!executed().contains(u"lookup"_s), qPrintable(executed().join(u", ")));
        QCOMPARE(eventsOf(newestRun().id, EventKind::Blocked).size(), 1);
    }

    void aToolChangedMidSessionIsRefusedOnceTheServerAnnouncesIt()
    {
        applyConnector();
        discoverAndReview(hostileGate());
        RawPeer peer;
        QVERIFY2(peer.start(hostileGate({u"--change-after-first-list"_s, u"--announce"_s})),
                 qPrintable(peer.stderr()));
        // The client never lists; the server changes lookup after the gate's first listing
        // and says so.
        QVERIFY(!peer.message(u"notifications/tools/list_changed"_s).isEmpty());
        peer.call(1, {{u"name"_s, u"lookup"_s},
                      {u"arguments"_s, QJsonObject{{u"id"_s, inScope(u"r1"_s)}}}});
        const QJsonObject r = peer.reply(1);
        QVERIFY(isToolError(r));
        QVERIFY2(resultText(r).contains(u"changed since its last review"_s),
                 qPrintable(resultText(r)));
        QVERIFY(peer.finish());
        QVERIFY(!executed().contains(u"lookup"_s));
        QCOMPARE(logged(u"received"_s).size() > 0, true);
        int listings = 0;
        for (const QJsonObject &o : logged(u"received"_s))
            listings += o.value(u"received"_s).toObject().value(u"method"_s) == u"tools/list"_s;
        QCOMPARE(listings, 2); // the gate's own, and again on list_changed
    }
};

QTEST_GUILESS_MAIN(TstGateProtocol)
#include "tst_gate_protocol.moc"
