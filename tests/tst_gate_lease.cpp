// A held call's lifetime (issue #11, points 8 and 9): airlock-gate holds a write for a human in
// front of the reference filesystem server, with a real store under it. While it holds, it
// costs no CPU; when it is killed with SIGKILL its request does not stay approvable: the
// lease it renewed runs out, and whoever comes next (here a reviewer's airlockctl) ends the
// request and the run instead of approving what nothing will run.

#include "mcpdriver.h"
#include "processcpu.h"
#include "testassertions.h"
#include "teststore.h"

#include "store/approvalqueue.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/toolstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

const QString kConnector = u"Project Files"_s;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(AIRLOCK_SOURCE_DIR) + u'/' + relative;
}

} // namespace

class TstGateLease : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
    QString node_;
    QString scope_; // the folder the connector's scope includes (and the server serves)

    QStringList filesGate() const
    {
        return {QStringLiteral(AIRLOCK_GATE_PATH), u"--store"_s, temp_->urlText(), u"--connector"_s, kConnector,
                u"--"_s, node_,
                sourcePath(u"tests/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"_s), scope_};
    }

    // The connector: reads run, writes need a human; a first session lists the tools and the
    // lead reviews them.
    void setUpConnector()
    {
        const QJsonObject json{
            {u"name"_s, kConnector},
            {u"purpose"_s, u"Let the agent edit the project's documents"_s},
            {u"owner"_s, u"docs-team"_s},
            {u"kind"_s, u"document_source"_s},
            {u"permission_mode"_s, u"any_changes"_s},
            {u"powers"_s, QJsonArray{u"read"_s, u"search"_s, u"write"_s}},
            {u"scope"_s, QJsonArray{QJsonObject{{u"effect"_s, u"include"_s}, {u"pattern"_s, QString(scope_ + u"/**"_s)}}}},
            {u"identity"_s, QJsonObject{{u"kind"_s, u"service_principal"_s}, {u"principal"_s, u"svc-docs-agent"_s}}}};
        auto doc = connectorDocumentFromJson(json);
        QVERIFY_OK(doc);
        QVERIFY_OK(ConnectorStore(*store_).apply(*doc, u"set up for the lease suite"_s));
        McpDriver d;
        QString error;
        QVERIFY2(d.start(node_, filesGate(), &error), qPrintable(error));
        d.listTools();
        QVERIFY(d.close());
        QVERIFY_OK(ToolStore(*store_).markReviewed(kConnector));
    }

    // Starts the gate as a raw peer would and sends a write that waits for a human; returns
    // the request's id.
    QString holdWrite(QProcess &gate, const QString &leaseSecs = {})
    {
        if (!leaseSecs.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"AIRLOCK_HOLD_LEASE_SECS"_s, leaseSecs);
            gate.setProcessEnvironment(env);
        }
        const QStringList command = filesGate();
        gate.start(command.constFirst(), command.mid(1));
        if (!gate.waitForStarted(10000))
            return {};
        gate.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                   "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                   "\"clientInfo\":{\"name\":\"raw-peer\",\"version\":\"0\"}}}\n");
        gate.write("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"write_file\","
                   "\"arguments\":{\"path\":\"" + heldFile().toUtf8() + "\",\"content\":\"x\"}}}\n");
        for (int i = 0; i < 400; ++i) {
            auto pending = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
            if (pending && !pending->isEmpty())
                return pending->constFirst().id;
            QTest::qWait(50);
        }
        return {};
    }
    QString heldFile() const { return scope_ + u"/held.txt"_s; }

    // The request's status and note as stored (not as a reader derives them from its times).
    QString storedStatus(const QString &id)
    {
        QSqlQuery q(store_->database());
        q.prepare(u"SELECT status, decision_note FROM approvals WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return u"<none>"_s;
        return q.value(0).toString() + u": "_s + q.value(1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        node_ = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node_.isEmpty(), "node is not on PATH: the gate suites drive airlock-gate with the MCP SDK");
        QVERIFY2(QFileInfo::exists(sourcePath(u"tests/node_modules/@modelcontextprotocol/sdk/package.json"_s)),
                 "tests/node_modules is missing the MCP SDK: run `npm ci --prefix tests`");
    }
    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"lead"_s);
        QVERIFY(store_);
        scope_ = temp_->dir() + u"/files"_s;
        QVERIFY(QDir().mkpath(scope_));
    }
    void cleanup()
    {
        store_.reset();
        temp_.reset();
    }

    // Point 8: the bug spent a whole core while a call was held (a read that wrote, an empty
    // commit announced, the announcement waking the read again). CPU ticks from /proc, not the
    // wall clock: a loaded machine cannot make this fail, a busy loop always does.
    void aHeldCallCostsNoCpu()
    {
        setUpConnector();
        QProcess gate;
        const QString id = holdWrite(gate);
        QVERIFY2(!id.isEmpty(), gate.readAllStandardError().constData());
        const qint64 head = *EvidenceChain(*store_).headSeq();
        const double cpu0 = processCpuSeconds(gate.processId());
        QVERIFY(cpu0 >= 0);
        QTest::qWait(3000); // the window measured, not a synchronisation
        const double cpu = processCpuSeconds(gate.processId()) - cpu0;
        qInfo("holding a call for 3 s cost the gate %.2f CPU seconds", cpu);
        QVERIFY2(cpu < 0.3, qPrintable(u"holding a call for 3 s cost %1 CPU seconds"_s.arg(cpu)));
        QCOMPARE(*EvidenceChain(*store_).headSeq(), head); // and recorded nothing
        QCOMPARE(storedStatus(id), u"pending: "_s);
        gate.terminate();
        QVERIFY(gate.waitForFinished(20000));
    }

    // Point 9: SIGKILL leaves no live promise.
    void aGateKilledWithSigkillLeavesNoLivePromise()
    {
        setUpConnector();
        QProcess gate;
        const QString id = holdWrite(gate, u"2"_s);
        QVERIFY2(!id.isEmpty(), gate.readAllStandardError().constData());
        auto held = ApprovalQueue(*store_).get(id);
        QVERIFY_OK(held);
        const QString runId = held->runId;
        QVERIFY(!runId.isEmpty());
        QCOMPARE(RunStore(*store_).get(runId)->status, RunStatus::WaitingApproval);

        gate.kill(); // SIGKILL: the gate cannot withdraw anything on its way out
        QVERIFY(gate.waitForFinished(10000));
        // Once the lease has run out every reader sees the request ended, before anyone sweeps.
        QTRY_COMPARE_WITH_TIMEOUT(ApprovalQueue(*store_).get(id)->status, ApprovalStatus::Withdrawn, 15000);

        // A reviewer who approves it now is told why not, and nothing is approved.
        const CliResult approve = runCli({u"--store"_s, temp_->urlText(), u"--as"_s, u"reviewer"_s,
                                          u"approval"_s, u"decide"_s, id, u"approve"_s});
        QCOMPARE(approve.exitCode, 13);
        QVERIFY2(approve.errorText().contains(u"its gate stopped holding it (lease expired at"_s),
                 qPrintable(approve.errorText()));
        const QString stored = storedStatus(id);
        QVERIFY2(stored.startsWith(u"withdrawn: its gate stopped holding it (lease expired at"_s), qPrintable(stored));
        auto ended = ApprovalQueue(*store_).get(id);
        QVERIFY_OK(ended);
        QCOMPARE(ended->outcome, ApprovalOutcome::None);
        QVERIFY(!QFileInfo::exists(heldFile()));

        // The run is ended too, with the reason, and its evidence says so.
        auto run = RunStore(*store_).get(runId);
        QVERIFY_OK(run);
        QCOMPARE(run->status, RunStatus::Stopped);
        QVERIFY2(run->stopReason.contains(u"lease expired"_s), qPrintable(run->stopReason));
        auto events = EvidenceChain(*store_).forRun(runId);
        QVERIFY_OK(events);
        QCOMPARE(events->constLast().kind, EventKind::RunEnded);
        QStringList kinds;
        for (const EvidenceEvent &e : *events)
            kinds << wordOf(e.kind);
        QVERIFY2(kinds.contains(u"approval_withdrawn"_s) && !kinds.contains(u"approval_decided"_s),
                 qPrintable(kinds.join(u", ")));
        auto report = EvidenceChain(*store_).verify();
        QVERIFY_OK(report);
        QVERIFY2(report->intact, qPrintable(report->problem));
    }
};

QTEST_GUILESS_MAIN(TstGateLease)
#include "tst_gate_lease.moc"
