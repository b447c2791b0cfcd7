// airlock-gate with real peers: the official MCP SDK client (tests/gate/driver.mjs) in front,
// the reference filesystem server (or a small SDK-built server) behind, a real store under
// both, and reviewers acting through airlockctl in other processes.

#include "mcpdriver.h"
#include "testassertions.h"
#include "teststore.h"

#include "store/approvalqueue.h"
#include "store/canonicaljson.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/grantstore.h"
#include "store/runstore.h"
#include "store/toolstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

// One MCP client session (tests/support/mcpdriver.h).
using Driver = McpDriver;

QString resultText(const QJsonObject &answer)
{
    QString text;
    for (const QJsonValue &item :
         answer.value(u"result"_s).toObject().value(u"content"_s).toArray())
        text += item.toObject().value(u"text"_s).toString();
    return text;
}

bool isToolError(const QJsonObject &answer)
{
    return answer.value(u"result"_s).toObject().value(u"isError"_s).toBool();
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return u"<missing>"_s;
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TstGate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
    QString node_;
    QString root_;  // the folder the filesystem server may serve
    QString scope_; // the part of it the connector's scope includes

    QString inScope(const QString &relative) const { return scope_ + u'/' + relative; }
    QString inRoot(const QString &relative) const { return root_ + u'/' + relative; }

    QString fsServer() const
    {
        return sourcePath(
            u"tests/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"_s);
    }
    QString testServer() const { return sourcePath(u"tests/gate/testserver.mjs"_s); }

    QStringList gate(const QStringList &server, const QStringList &options = {}) const
    {
        return QStringList{QStringLiteral(AIRLOCK_GATE_PATH), u"--store"_s, temp_->urlText(),
                           u"--connector"_s, kConnector} +
               options + QStringList{u"--"_s, node_} + server;
    }
    QStringList filesGate(const QStringList &options = {}) const
    {
        return gate({fsServer(), root_}, options);
    }

    CliResult cli(const QString &actor, const QStringList &args)
    {
        return runCli(QStringList{u"--store"_s, temp_->urlText(), u"--as"_s, actor} + args);
    }

    // The connector: reads and searches run, writes need a human, only scope_ is in scope.
    void applyConnector(PermissionMode mode = PermissionMode::AnyChanges)
    {
        const QJsonObject json{
            {u"name"_s, kConnector},
            {u"purpose"_s, u"Let the agent read and edit the project's documents"_s},
            {u"owner"_s, u"docs-team"_s},
            {u"target_system"_s, u"Project folder"_s},
            {u"kind"_s, u"document_source"_s},
            {u"permission_mode"_s, wordOf(mode)},
            {u"powers"_s, QJsonArray{u"read"_s, u"search"_s, u"write"_s}},
            {u"scope"_s,
             QJsonArray{QJsonObject{{u"effect"_s, u"include"_s}, {u"pattern"_s, inScope(u"**"_s)}},
                        QJsonObject{{u"effect"_s, u"exclude"_s},
                                    {u"pattern"_s, inScope(u"private/**"_s)}}}},
            {u"identity"_s, QJsonObject{{u"kind"_s, u"service_principal"_s},
                                        {u"principal"_s, u"svc-docs-agent"_s},
                                        {u"credential_owner"_s, u"it-ops"_s}}}};
        auto doc = connectorDocumentFromJson(json);
        QVERIFY_OK(doc);
        QVERIFY_OK(ConnectorStore(*store_).apply(*doc, u"set up for the gate suite"_s));
    }

    // A first session lists the server's tools (recording them as new), and the lead reviews them.
    void discoverAndReview(const QStringList &command)
    {
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, command, &error), qPrintable(error));
        const QStringList before = d.listTools();
        QVERIFY2(before.isEmpty(),
                 qPrintable(u"unreviewed tools were listed: "_s + before.join(u", ")));
        QVERIFY(d.close());
        auto tools = ToolStore(*store_).forConnector(kConnector);
        QVERIFY_OK(tools);
        QVERIFY(!tools->isEmpty());
        for (const Tool &t : *tools)
            QCOMPARE(t.reviewState, ToolReviewState::New);
        QVERIFY_OK(ToolStore(*store_).markReviewed(kConnector));
    }

    Run newestRun()
    {
        auto runs = RunStore(*store_).page({}, {}, 1);
        if (!runs || runs->isEmpty())
            return {};
        return runs->constFirst();
    }

    QList<EvidenceEvent> eventsOf(const QString &runId)
    {
        auto events = EvidenceChain(*store_).forRun(runId);
        return events ? *events : QList<EvidenceEvent>();
    }

    QList<EvidenceEvent> ofKind(const QList<EvidenceEvent> &events, EventKind kind)
    {
        QList<EvidenceEvent> out;
        for (const EvidenceEvent &e : events) {
            if (e.kind == kind)
                out << e;
        }
        return out;
    }

    // The run's evidence tells its whole story: it starts, ends, and the chain verifies.
    void verifyRunComplete(const Run &run, RunStatus status)
    {
        QCOMPARE(run.status, status);
        QVERIFY(run.endedAt.isValid());
        QCOMPARE(run.identity, u"svc-docs-agent"_s);
        const QList<EvidenceEvent> events = eventsOf(run.id);
        QVERIFY(events.size() >= 2);
        QCOMPARE(events.constFirst().kind, EventKind::RunStarted);
        QCOMPARE(events.constLast().kind, EventKind::RunEnded);
        // Each of the run's events is a link of the one chain: the event just before it in the
        // chain (whichever run that is) carries the hash it names as previous; and the order the
        // chain gives them is the order they happened in, within the run's own start and end.
        EvidenceChain chain(*store_);
        QDateTime previous = run.startedAt;
        for (const EvidenceEvent &e : events) {
            QByteArray before = kGenesisHash;
            if (e.seq > 1) {
                auto link = chain.bySeq(e.seq - 1);
                QVERIFY_OK(link);
                before = link->hash;
            }
            QVERIFY2(e.prevHash == before,
                     qPrintable(u"event #%1 does not link to #%2"_s.arg(e.seq).arg(e.seq - 1)));
            QVERIFY2(e.at >= previous,
                     qPrintable(
                         u"event #%1 (%2) is recorded before what came before it"_s.arg(e.seq).arg(
                             wordOf(e.kind))));
            previous = e.at;
        }
        QVERIFY(previous <= run.endedAt);
        auto report = EvidenceChain(*store_).verify();
        QVERIFY_OK(report);
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Starts a session with reviewed tools, and a call that waits for a human.
    QString holdWrite(Driver &d, const QString &file, const QString &content)
    {
        QString error;
        if (!d.start(node_, filesGate(), &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        d.call(u"read"_s, u"read_text_file"_s, {{u"path"_s, inScope(u"notes.txt"_s)}});
        if (resultText(d.answer(u"read"_s)) != u"first notes\n"_s)
            return {};
        d.call(u"write"_s, u"write_file"_s, {{u"path"_s, file}, {u"content"_s, content}});
        for (int i = 0; i < 400; ++i) {
            auto pending = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
            if (pending && !pending->isEmpty())
                return pending->constFirst().id;
            QTest::qWait(50);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        node_ = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(
            !node_.isEmpty(),
            "node is not on PATH: the gate suite drives airlock-gate with the official MCP SDK "
            "under Node.js (scripts/install-deps.sh installs nodejs and npm)");
        QVERIFY2(QFileInfo::exists(
                     sourcePath(u"tests/node_modules/@modelcontextprotocol/sdk/package.json"_s)) &&
                     QFileInfo::exists(fsServer()),
                 "tests/node_modules is missing the MCP SDK or the reference servers: "
                 "run `npm ci --prefix tests` (scripts/test.sh does)");
    }

    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"lead"_s);
        QVERIFY(store_);
        root_ = temp_->dir() + u"/files"_s;
        scope_ = inRoot(u"project"_s);
        QVERIFY(QDir().mkpath(inScope(u"private"_s)));
        QVERIFY(QDir().mkpath(inRoot(u"elsewhere"_s)));
        for (const auto &[path, text] : {std::pair{inScope(u"notes.txt"_s), "first notes\n"},
                                         {inScope(u"private/salaries.txt"_s), "confidential\n"},
                                         {inRoot(u"elsewhere/secret.txt"_s), "not yours\n"}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
    }
    void cleanup()
    {
        store_.reset();
        temp_.reset();
    }

    void aReviewDuringTheSessionIsAnnouncedToTheClient()
    {
        applyConnector();
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, filesGate(), &error), qPrintable(error));
        QCOMPARE(d.listTools(), QStringList());
        const CliResult reviewed = cli(u"lead"_s, {u"connector"_s, u"review"_s, kConnector});
        QVERIFY2(reviewed.exitCode == 0, qPrintable(reviewed.errorText()));
        QVERIFY2(!d.answer(u"tools-changed"_s, 15000).isEmpty(),
                 "the client was not told that its tools changed");
        const QStringList tools = d.listTools();
        QVERIFY2(tools.contains(u"read_text_file"_s) && tools.contains(u"write_file"_s),
                 qPrintable(tools.join(u", ")));
        d.call(u"r"_s, u"read_text_file"_s, {{u"path"_s, inScope(u"notes.txt"_s)}});
        QCOMPARE(resultText(d.answer(u"r"_s)), u"first notes\n"_s);
        QVERIFY(d.close());
        verifyRunComplete(newestRun(), RunStatus::Succeeded);
    }

    void unreviewedToolsAreHiddenAndRefused()
    {
        applyConnector();
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, filesGate(), &error), qPrintable(error));
        QCOMPARE(d.serverName(),
                 u"secure-filesystem-server"_s); // the real server answered initialize
        QCOMPARE(d.listTools(), QStringList());
        d.call(u"r"_s, u"read_text_file"_s, {{u"path"_s, inScope(u"notes.txt"_s)}});
        const QJsonObject r = d.answer(u"r"_s);
        QVERIFY(isToolError(r));
        QVERIFY2(resultText(r).contains(u"is new and has not been reviewed"_s),
                 qPrintable(resultText(r)));
        QVERIFY(d.close());
        // Every tool is inventory now, with the power its annotations give it.
        auto read = ToolStore(*store_).find(kConnector, u"read_text_file"_s);
        QVERIFY_OK(read);
        QVERIFY(read->has_value());
        QCOMPARE((*read)->derivedPower, Power::Read);
        QCOMPARE((*read)->annotations.readOnly, std::optional<bool>(true));
        QCOMPARE((*read)->definitionHash.size(), 64);
        auto write = ToolStore(*store_).find(kConnector, u"write_file"_s);
        QVERIFY_OK(write);
        QCOMPARE((*write)->derivedPower, Power::Write);
        const Run run = newestRun();
        verifyRunComplete(run, RunStatus::Succeeded);
        QCOMPARE(ofKind(eventsOf(run.id), EventKind::Blocked).size(), 1);
    }

    void readsInScopeRunAndReadsOutsideAreBlocked()
    {
        applyConnector();
        discoverAndReview(filesGate());
        // search_files is granted; create_directory (write) too; nothing is hidden by power.
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, filesGate(), &error), qPrintable(error));
        const QStringList tools = d.listTools();
        QVERIFY2(tools.contains(u"read_text_file"_s) && tools.contains(u"write_file"_s),
                 qPrintable(tools.join(u", ")));
        d.call(u"in"_s, u"read_text_file"_s, {{u"path"_s, inScope(u"notes.txt"_s)}});
        d.call(u"out"_s, u"read_text_file"_s, {{u"path"_s, inRoot(u"elsewhere/secret.txt"_s)}});
        d.call(u"dots"_s, u"read_text_file"_s,
               {{u"path"_s, inScope(u"../elsewhere/secret.txt"_s)}});
        d.call(u"excluded"_s, u"read_text_file"_s,
               {{u"path"_s, inScope(u"private/salaries.txt"_s)}});
        d.call(
            u"many"_s, u"read_multiple_files"_s,
            {{u"paths"_s, QJsonArray{inScope(u"notes.txt"_s), inRoot(u"elsewhere/secret.txt"_s)}}});
        const QJsonObject in = d.answer(u"in"_s);
        QVERIFY2(!isToolError(in), qPrintable(resultText(in)));
        QCOMPARE(resultText(in), u"first notes\n"_s);
        for (const QString &tag : {u"out"_s, u"dots"_s, u"excluded"_s, u"many"_s}) {
            const QJsonObject a = d.answer(tag);
            QVERIFY2(isToolError(a), qPrintable(tag));
            QVERIFY2(resultText(a).startsWith(u"Airlock refused this call: "_s) &&
                         resultText(a).contains(u"out of scope"_s),
                     qPrintable(tag + u": "_s + resultText(a)));
            QVERIFY2(!resultText(a).contains(u"not yours"_s) &&
                         !resultText(a).contains(u"confidential"_s),
                     qPrintable(tag));
        }
        QVERIFY(d.close());

        const Run run = newestRun();
        verifyRunComplete(run, RunStatus::Succeeded);
        const QList<EvidenceEvent> events = eventsOf(run.id);
        const QList<EvidenceEvent> reads = ofKind(events, EventKind::Read);
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.at(0).target, inScope(u"notes.txt"_s));
        QCOMPARE(reads.at(0).tool, u"read_text_file"_s);
        QVERIFY(reads.at(0).payload.contains("notes.txt"));
        // A read is one event, written before its result is handed on: arguments, result, duration.
        QCOMPARE(ofKind(events, EventKind::Output).size(), 0);
        QCOMPARE(reads.at(0).result, EventResult::Success);
        QVERIFY2(reads.at(0).summary.contains(u"first notes"_s), qPrintable(reads.at(0).summary));
        QVERIFY(QJsonDocument::fromJson(reads.at(0).payload).object().contains(u"duration_ms"_s));
        const QList<EvidenceEvent> blocked = ofKind(events, EventKind::Blocked);
        QCOMPARE(blocked.size(), 4);
        QStringList targets;
        for (const EvidenceEvent &e : blocked) {
            QCOMPARE(e.result, EventResult::Blocked);
            targets << e.target;
        }
        QVERIFY(targets.contains(
            inRoot(u"elsewhere/secret.txt"_s))); // ".." resolved before the scope check
        QVERIFY(targets.contains(inScope(u"private/salaries.txt"_s)));
    }

    void aWriteWaitsForApprovalFromAnotherProcess()
    {
        applyConnector();
        discoverAndReview(filesGate());
        Driver d;
        const QString file = inScope(u"report.txt"_s);
        const QString id = holdWrite(d, file, u"approved text"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(d.stderr()));
        // Held: nothing written, the run waits, the request carries what the agent read.
        QTest::qWait(300);
        QVERIFY(!d.hasAnswer(u"write"_s));
        QVERIFY(!QFileInfo::exists(file));
        auto request = ApprovalQueue(*store_).get(id);
        QVERIFY_OK(request);
        QCOMPARE(request->tool, u"write_file"_s);
        QCOMPARE(request->target, file);
        QCOMPARE(request->power, Power::Write);
        QCOMPARE(request->requestedBy, u"svc-docs-agent"_s);
        QVERIFY(request->rule.contains(u"any_changes"_s));
        QCOMPARE(
            QJsonDocument::fromJson(request->arguments).object().value(u"content"_s).toString(),
            u"approved text"_s);
        QCOMPARE(request->evidenceSeqs.size(), 1);
        auto cited = EvidenceChain(*store_).bySeq(request->evidenceSeqs.at(0));
        QVERIFY_OK(cited);
        QCOMPARE(cited->kind, EventKind::Read);
        QCOMPARE(newestRun().status, RunStatus::WaitingApproval);

        const CliResult decided =
            cli(u"reviewer"_s, {u"approval"_s, u"decide"_s, id, u"approve"_s});
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.errorText()));
        const QJsonObject w = d.answer(u"write"_s);
        QVERIFY2(!isToolError(w), qPrintable(resultText(w)));
        QCOMPARE(readFile(file), u"approved text"_s);
        QVERIFY(d.close());

        request = ApprovalQueue(*store_).get(id);
        QCOMPARE(request->status, ApprovalStatus::Approved);
        QCOMPARE(request->outcome, ApprovalOutcome::Executed);
        const Run run = newestRun();
        verifyRunComplete(run, RunStatus::Succeeded);
        const QStringList kinds = [&] {
            QStringList k;
            for (const EvidenceEvent &e : eventsOf(run.id))
                k << wordOf(e.kind);
            return k;
        }();
        QCOMPARE(kinds, (QStringList{u"run_started"_s, u"read"_s, u"approval_requested"_s,
                                     u"approval_decided"_s, u"action_executed"_s, u"run_ended"_s}));
    }

    void aHeldCallKeepsTheClientWaitingWithProgress()
    {
        applyConnector();
        discoverAndReview(filesGate());
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, filesGate({u"--progress-interval"_s, u"1"_s}), &error),
                 qPrintable(error));
        // The client gives up after 2.5 s without news; the review takes longer than that.
        const QString file = inScope(u"slow.txt"_s);
        d.send(
            {{u"tag"_s, u"w"_s},
             {u"op"_s, u"call"_s},
             {u"name"_s, u"write_file"_s},
             {u"arguments"_s, QJsonObject{{u"path"_s, file}, {u"content"_s, u"worth the wait"_s}}},
             {u"progress"_s, true},
             {u"timeoutMs"_s, 2500}});
        QString id;
        for (int i = 0; i < 400 && id.isEmpty(); ++i) {
            auto pending = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
            if (pending && !pending->isEmpty())
                id = pending->constFirst().id;
            else
                QTest::qWait(50);
        }
        QVERIFY(!id.isEmpty());
        QTest::qWait(5000);
        QVERIFY2(!d.hasAnswer(u"w"_s), "the client gave up on the held call");
        QCOMPARE(cli(u"reviewer"_s, {u"approval"_s, u"decide"_s, id, u"approve"_s}).exitCode, 0);
        const QJsonObject w = d.answer(u"w"_s);
        QVERIFY2(!isToolError(w) && !w.contains(u"error"_s),
                 qPrintable(QString::fromUtf8(QJsonDocument(w).toJson())));
        QCOMPARE(readFile(file), u"worth the wait"_s);
        QVERIFY(d.close());
        verifyRunComplete(newestRun(), RunStatus::Succeeded);
    }

    void anEditedApprovalWritesTheEditedContent()
    {
        applyConnector();
        discoverAndReview(filesGate());
        Driver d;
        const QString file = inScope(u"report.txt"_s);
        const QString id = holdWrite(d, file, u"what the agent wanted"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(d.stderr()));
        const QString edited = QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{u"path"_s, file}, {u"content"_s, u"what the reviewer allowed"_s}})
                .toJson(QJsonDocument::Compact));
        const CliResult decided =
            cli(u"reviewer"_s, {u"approval"_s, u"decide"_s, id, u"approve"_s, u"--args"_s, edited,
                                u"--note"_s, u"toned down"_s});
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.errorText()));
        const QJsonObject w = d.answer(u"write"_s);
        QVERIFY2(!isToolError(w), qPrintable(resultText(w)));
        QCOMPARE(readFile(file), u"what the reviewer allowed"_s);
        QVERIFY(d.close());
        auto request = ApprovalQueue(*store_).get(id);
        QVERIFY(request->edited);
        QCOMPARE(request->outcome, ApprovalOutcome::Executed);
        verifyRunComplete(newestRun(), RunStatus::Succeeded);
    }

    void aStandingGrantRunsCallsLikeTheApprovedOneWithoutHolding()
    {
        applyConnector();
        discoverAndReview(filesGate());
        Driver d;
        const QString id = holdWrite(d, inScope(u"one.txt"_s), u"first"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(d.stderr()));
        // "Approve for…" this run: the reviewer approves and grants writes under the scope.
        auto reviewer = temp_->open(u"reviewer"_s);
        QVERIFY(reviewer);
        ApprovalQueue::Decision decision;
        decision.grant = GrantStore::NewGrant{};
        decision.grant->targetPattern = scope_ + u"/**"_s;
        decision.grant->runId = newestRun().id;
        decision.grant->validForSecs = 600;
        QVERIFY_OK(ApprovalQueue(*reviewer).decide(id, decision));
        QVERIFY(!isToolError(d.answer(u"write"_s)));
        d.call(u"two"_s, u"write_file"_s,
               {{u"path"_s, inScope(u"two.txt"_s)}, {u"content"_s, u"second"_s}});
        const QJsonObject two = d.answer(u"two"_s);
        QVERIFY2(!isToolError(two), qPrintable(resultText(two)));
        QCOMPARE(readFile(inScope(u"two.txt"_s)), u"second"_s);
        QVERIFY(d.close());
        auto all = ApprovalQueue(*store_).list(std::nullopt);
        QVERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        for (const ApprovalRequest &r : *all) {
            QCOMPARE(r.status, ApprovalStatus::Approved);
            QCOMPARE(r.decidedBy, u"reviewer"_s);
            QCOMPARE(r.outcome, ApprovalOutcome::Executed);
        }
        verifyRunComplete(newestRun(), RunStatus::Succeeded);
    }

    void anEditThatLeavesTheScopeIsNotRun()
    {
        applyConnector();
        discoverAndReview(filesGate());
        Driver d;
        const QString file = inScope(u"report.txt"_s);
        const QString id = holdWrite(d, file, u"text"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(d.stderr()));
        const QString outside = inRoot(u"elsewhere/report.txt"_s);
        const QString edited = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"path"_s, outside}, {u"content"_s, u"text"_s}})
                .toJson(QJsonDocument::Compact));
        QCOMPARE(
            cli(u"reviewer"_s, {u"approval"_s, u"decide"_s, id, u"approve"_s, u"--args"_s, edited})
                .exitCode,
            0);
        const QJsonObject w = d.answer(u"write"_s);
        QVERIFY(isToolError(w));
        QVERIFY2(resultText(w).contains(u"out of scope"_s), qPrintable(resultText(w)));
        QVERIFY(!QFileInfo::exists(outside));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(d.close());
        QCOMPARE(ApprovalQueue(*store_).get(id)->outcome, ApprovalOutcome::NotExecuted);
        verifyRunComplete(newestRun(), RunStatus::Succeeded);
    }

    void aRejectionLeavesTheFileAloneAndSaysWhy()
    {
        applyConnector();
        discoverAndReview(filesGate());
        Driver d;
        const QString file = inScope(u"notes.txt"_s);
        const QString id = holdWrite(d, file, u"overwritten"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(d.stderr()));
        const CliResult decided = cli(u"reviewer"_s, {u"approval"_s, u"decide"_s, id, u"reject"_s,
                                                      u"--note"_s, u"keep the original notes"_s});
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.errorText()));
        const QJsonObject w = d.answer(u"write"_s);
        QVERIFY(isToolError(w));
        QVERIFY2(resultText(w).contains(u"rejected by reviewer"_s) &&
                     resultText(w).contains(u"keep the original notes"_s),
                 qPrintable(resultText(w)));
        QCOMPARE(readFile(file), u"first notes\n"_s);
        QVERIFY(d.close());
        verifyRunComplete(newestRun(), RunStatus::Succeeded);
        QCOMPARE(ApprovalQueue(*store_).get(id)->outcome, ApprovalOutcome::None);
    }

    void whatCannotBeRecordedDoesNotRun()
    {
        applyConnector(PermissionMode::NeverAsk);
        discoverAndReview(filesGate());
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, filesGate(), &error), qPrintable(error));
        d.call(u"w1"_s, u"write_file"_s,
               {{u"path"_s, inScope(u"free.txt"_s)}, {u"content"_s, u"no human needed"_s}});
        const QJsonObject w1 = d.answer(u"w1"_s);
        QVERIFY2(!isToolError(w1), qPrintable(resultText(w1)));
        QCOMPARE(readFile(inScope(u"free.txt"_s)), u"no human needed"_s);
        // From now on the store refuses to record reads and writes.
        if (temp_->url().backend == Backend::Sqlite) {
            QVERIFY_OK(store_->execDirect(
                u"CREATE TRIGGER test_refuse BEFORE INSERT ON evidence WHEN NEW.kind IN ('read', "
                u"'write') "
                u"BEGIN SELECT RAISE(ABORT, 'the evidence disk is full'); END"_s));
        } else {
            QVERIFY_OK(store_->execDirect(
                u"CREATE FUNCTION test_refuse() RETURNS trigger AS $$ BEGIN IF NEW.kind IN "
                u"('read', 'write') THEN "
                u"RAISE EXCEPTION 'the evidence disk is full'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"_s));
            // Evidence is recorded in evidence_intake, then sealed into the log (migration 8).
            QVERIFY_OK(store_->execDirect(
                u"CREATE TRIGGER test_refuse BEFORE INSERT ON evidence_intake FOR EACH ROW "
                u"EXECUTE FUNCTION test_refuse()"_s));
        }
        d.call(u"w2"_s, u"write_file"_s,
               {{u"path"_s, inScope(u"unrecorded.txt"_s)}, {u"content"_s, u"x"_s}});
        const QJsonObject w2 = d.answer(u"w2"_s);
        QVERIFY(isToolError(w2));
        QVERIFY2(resultText(w2).contains(u"evidence could not be recorded"_s) &&
                     resultText(w2).contains(u"disk is full"_s),
                 qPrintable(resultText(w2)));
        QVERIFY(!QFileInfo::exists(inScope(u"unrecorded.txt"_s)));
        d.call(u"r"_s, u"read_text_file"_s, {{u"path"_s, inScope(u"notes.txt"_s)}});
        const QJsonObject r = d.answer(u"r"_s);
        QVERIFY(isToolError(r));
        QVERIFY2(resultText(r).contains(u"withheld"_s) && !resultText(r).contains(u"first notes"_s),
                 qPrintable(resultText(r)));
        QVERIFY(d.close());
        const Run run = newestRun();
        verifyRunComplete(run, RunStatus::Succeeded);
        const QList<EvidenceEvent> events = eventsOf(run.id);
        QCOMPARE(ofKind(events, EventKind::Write).size(), 1);
        QCOMPARE(ofKind(events, EventKind::Write).at(0).target, inScope(u"free.txt"_s));
        QCOMPARE(ofKind(events, EventKind::Output).size(), 1);
        QCOMPARE(ofKind(events, EventKind::Read).size(), 0);
    }

    void aDisconnectWithdrawsTheHeldCallAndRefusesTheNext()
    {
        applyConnector();
        discoverAndReview(filesGate());
        Driver d;
        const QString file = inScope(u"report.txt"_s);
        const QString id = holdWrite(d, file, u"text"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(d.stderr()));
        const CliResult off = cli(u"owner"_s, {u"connector"_s, u"disconnect"_s, kConnector,
                                               u"--reason"_s, u"the agent misbehaves"_s});
        QVERIFY2(off.exitCode == 0, qPrintable(off.errorText()));
        const QJsonObject w = d.answer(u"write"_s, 10000);
        QVERIFY(isToolError(w));
        QVERIFY2(resultText(w).contains(u"withdrawn"_s), qPrintable(resultText(w)));
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(ApprovalQueue(*store_).get(id)->status, ApprovalStatus::Withdrawn);
        d.call(u"next"_s, u"read_text_file"_s, {{u"path"_s, inScope(u"notes.txt"_s)}});
        const QJsonObject next = d.answer(u"next"_s);
        QVERIFY(isToolError(next));
        QVERIFY2(resultText(next).contains(u"is disconnected"_s), qPrintable(resultText(next)));
        QVERIFY(d.close());
        const Run run = newestRun();
        verifyRunComplete(run, RunStatus::Succeeded);
        const QList<EvidenceEvent> events = eventsOf(run.id);
        QCOMPARE(ofKind(events, EventKind::ApprovalWithdrawn).size(), 1);
        QCOMPARE(ofKind(events, EventKind::Blocked).size(), 1);
    }

    void aChangedToolIsDriftUntilReviewed()
    {
        applyConnector();
        discoverAndReview(gate({testServer(), u"--edition"_s, u"first"_s}));
        {
            Driver d;
            QString error;
            QVERIFY2(d.start(node_, gate({testServer(), u"--edition"_s, u"first"_s}), &error),
                     qPrintable(error));
            QVERIFY(d.listTools().contains(u"lookup"_s));
            d.call(u"a"_s, u"lookup"_s, {{u"id"_s, inScope(u"notes.txt"_s)}});
            QCOMPARE(resultText(d.answer(u"a"_s)), u"record %1/notes.txt (first)"_s.arg(scope_));
            QVERIFY(d.close());
        }
        // The server now describes lookup differently: drift, hidden and refused.
        {
            Driver d;
            QString error;
            QVERIFY2(d.start(node_, gate({testServer(), u"--edition"_s, u"second"_s}), &error),
                     qPrintable(error));
            const QStringList tools = d.listTools();
            QVERIFY2(!tools.contains(u"lookup"_s) && tools.contains(u"hang"_s),
                     qPrintable(tools.join(u", ")));
            d.call(u"b"_s, u"lookup"_s, {{u"id"_s, inScope(u"notes.txt"_s)}});
            const QJsonObject b = d.answer(u"b"_s);
            QVERIFY(isToolError(b));
            QVERIFY2(resultText(b).contains(u"changed since its last review"_s),
                     qPrintable(resultText(b)));
            QVERIFY(d.close());
        }
        auto lookup = ToolStore(*store_).find(kConnector, u"lookup"_s);
        QCOMPARE((*lookup)->reviewState, ToolReviewState::Changed);
        auto changed = EvidenceChain(*store_).forConnector(kConnector, 100);
        QVERIFY_OK(changed);
        QCOMPARE(ofKind(*changed, EventKind::ToolChanged).size(), 1);
        verifyRunComplete(newestRun(), RunStatus::Succeeded);
        // Reviewed: usable again.
        QCOMPARE(cli(u"lead"_s, {u"connector"_s, u"review"_s, kConnector}).exitCode, 0);
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, gate({testServer(), u"--edition"_s, u"second"_s}), &error),
                 qPrintable(error));
        d.call(u"c"_s, u"lookup"_s, {{u"id"_s, inScope(u"x"_s)}});
        QCOMPARE(resultText(d.answer(u"c"_s)), u"record %1/x (second)"_s.arg(scope_));
        QVERIFY(d.close());
    }

    void malformedAndOversizedInputIsAnsweredAndTheSessionGoesOn()
    {
        applyConnector();
        discoverAndReview(filesGate());
        // A raw peer: lines an SDK client would never send.
        QProcess g;
        // The limit leaves room for the server's tool list (13 kB), which the gate reads itself.
        const QStringList command = filesGate({u"--max-message-bytes"_s, u"16384"_s});
        g.start(command.constFirst(), command.mid(1));
        QVERIFY(g.waitForStarted(10000));
        const auto line = [&](int timeoutMs = 30000) {
            QElapsedTimer t;
            t.start();
            while (!g.canReadLine() && t.elapsed() < timeoutMs)
                g.waitForReadyRead(100);
            return QJsonDocument::fromJson(g.readLine()).object();
        };
        g.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                "\"protocolVersion\":\"2025-11-25\","
                "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw-peer\",\"version\":\"0\"}}}\n");
        const QJsonObject init = line();
        QCOMPARE(init.value(u"id"_s).toInt(), 1);
        QCOMPARE(init.value(u"result"_s).toObject().value(u"protocolVersion"_s).toString(),
                 u"2025-11-25"_s);
        g.write("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n");
        g.write("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"\n"); // cut short
        const QJsonObject parse = line();
        QCOMPARE(parse.value(u"error"_s).toObject().value(u"code"_s).toInt(), -32700);
        QVERIFY(parse.value(u"id"_s).isNull());
        g.write("{\"jsonrpc\":\"2.0\",\"method\":\"tools/"
                "call\",\"params\":{\"name\":\"write_file\",\"arguments\":{\"path\":\"" +
                scope_.toUtf8() + "/big.txt\",\"content\":\"" + QByteArray(20000, 'x') +
                "\"}},\"id\":3}\n");
        const QJsonObject big = line();
        QCOMPARE(big.value(u"id"_s).toInt(), 3); // the refusal names the request it refuses
        QVERIFY2(big.value(u"error"_s)
                     .toObject()
                     .value(u"message"_s)
                     .toString()
                     .contains(u"limit of 16384 bytes"_s),
                 qPrintable(QString::fromUtf8(QJsonDocument(big).toJson())));
        QVERIFY(!QFileInfo::exists(inScope(u"big.txt"_s)));
        g.write("[{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}]\n");
        QCOMPARE(line().value(u"error"_s).toObject().value(u"code"_s).toInt(), -32600);
        // Still relaying: an unknown method reaches the server and its answer comes back.
        g.write("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"airlock/unknown\"}\n");
        const QJsonObject unknown = line();
        QCOMPARE(unknown.value(u"id"_s).toInt(), 5);
        QCOMPARE(unknown.value(u"error"_s).toObject().value(u"code"_s).toInt(),
                 -32601); // the server's answer
        g.write("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/"
                "call\",\"params\":{\"name\":\"read_text_file\","
                "\"arguments\":{\"path\":\"" +
                scope_.toUtf8() + "/notes.txt\"}}}\n");
        const QJsonObject read = line();
        QCOMPARE(read.value(u"id"_s).toInt(), 6);
        QCOMPARE(read.value(u"result"_s)
                     .toObject()
                     .value(u"content"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"text"_s)
                     .toString(),
                 u"first notes\n"_s);
        g.closeWriteChannel();
        QVERIFY(g.waitForFinished(20000));
        QCOMPARE(g.exitCode(), 0);

        const Run run = newestRun();
        verifyRunComplete(run, RunStatus::Succeeded);
        QVERIFY2(run.workflow.contains(u"raw-peer"_s), qPrintable(run.workflow));
        const QList<EvidenceEvent> problems = ofKind(eventsOf(run.id), EventKind::Error);
        QCOMPARE(problems.size(), 3); // the parse error, the oversized message, the batch
        for (const EvidenceEvent &e : problems)
            QCOMPARE(e.result, EventResult::ValidationError);
    }

    void aGateStoppedBySigtermWithdrawsAndRecordsTheRunAsStopped()
    {
        applyConnector();
        discoverAndReview(filesGate());
        QProcess g;
        const QStringList command = filesGate();
        g.start(command.constFirst(), command.mid(1));
        QVERIFY(g.waitForStarted(10000));
        g.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                "\"protocolVersion\":\"2025-11-25\","
                "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw-peer\",\"version\":\"0\"}}}\n");
        g.write("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/"
                "call\",\"params\":{\"name\":\"write_file\","
                "\"arguments\":{\"path\":\"" +
                inScope(u"held.txt"_s).toUtf8() + "\",\"content\":\"x\"}}}\n");
        QString id;
        for (int i = 0; i < 400 && id.isEmpty(); ++i) {
            auto pending = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
            if (pending && !pending->isEmpty())
                id = pending->constFirst().id;
            else
                QTest::qWait(50);
        }
        QVERIFY(!id.isEmpty());
        g.terminate(); // SIGTERM, as many clients end a stdio server
        QVERIFY(g.waitForFinished(20000));
        QCOMPARE(g.exitStatus(), QProcess::NormalExit);
        QCOMPARE(g.exitCode(), 0);
        QByteArray answered;
        for (const QByteArray &line : g.readAllStandardOutput().split('\n')) {
            if (QJsonDocument::fromJson(line).object().value(u"id"_s).toInt() == 2)
                answered = line;
        }
        QVERIFY2(answered.contains("withdrawn") && answered.contains("SIGTERM"),
                 answered.constData());
        QCOMPARE(ApprovalQueue(*store_).get(id)->status, ApprovalStatus::Withdrawn);
        const Run run = newestRun();
        verifyRunComplete(run, RunStatus::Stopped);
        QVERIFY2(run.stopReason.contains(u"SIGTERM"_s), qPrintable(run.stopReason));
        QVERIFY(!QFileInfo::exists(inScope(u"held.txt"_s)));
    }

    void aServerThatDiesFailsTheRunAndThePendingCall()
    {
        applyConnector();
        discoverAndReview(gate({testServer()}));
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, gate({testServer()}), &error), qPrintable(error));
        d.call(u"c"_s, u"crash"_s, {{u"id"_s, inScope(u"notes.txt"_s)}});
        const QJsonObject c = d.answer(u"c"_s);
        QVERIFY(isToolError(c));
        QVERIFY2(resultText(c).contains(u"exited with code 3"_s), qPrintable(resultText(c)));
        // The gate outlives its server: the next call is answered, not lost.
        d.call(u"after"_s, u"lookup"_s, {{u"id"_s, inScope(u"notes.txt"_s)}});
        const QJsonObject after = d.answer(u"after"_s);
        QVERIFY(isToolError(after));
        QVERIFY2(resultText(after).contains(u"no longer"_s) ||
                     resultText(after).contains(u"exited"_s),
                 qPrintable(resultText(after)));
        QVERIFY(d.close());
        const Run run = newestRun();
        verifyRunComplete(run, RunStatus::Failed);
        QVERIFY2(run.stopReason.contains(u"exited with code 3"_s), qPrintable(run.stopReason));
        const QList<EvidenceEvent> errors = ofKind(eventsOf(run.id), EventKind::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(run.stoppedAtSeq, errors.at(0).seq);
    }

    void aServerThatNeverAnswersIsTimedOut()
    {
        applyConnector();
        discoverAndReview(gate({testServer()}));
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, gate({testServer()}, {u"--server-timeout"_s, u"1"_s}), &error),
                 qPrintable(error));
        d.call(u"h"_s, u"hang"_s, {{u"id"_s, inScope(u"notes.txt"_s)}});
        const QJsonObject h = d.answer(u"h"_s);
        QVERIFY(isToolError(h));
        QVERIFY2(resultText(h).contains(u"did not answer tools/call within 1 s"_s),
                 qPrintable(resultText(h)));
        d.call(u"l"_s, u"lookup"_s, {{u"id"_s, inScope(u"notes.txt"_s)}});
        QVERIFY(!isToolError(d.answer(u"l"_s)));
        QVERIFY(d.close());
        const Run run = newestRun();
        verifyRunComplete(run, RunStatus::Succeeded);
        const QList<EvidenceEvent> errors = ofKind(eventsOf(run.id), EventKind::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).result, EventResult::Timeout);
    }

    void whatTheGateDoesNotGovernPassesThroughUntouched()
    {
        // The reference "everything" server: progress notifications during a call, resources,
        // and tools whose only target is the server itself (scope "**").
        const QJsonObject json{{u"name"_s, kConnector},
                               {u"purpose"_s, u"MCP feature tour"_s},
                               {u"owner"_s, u"qa"_s},
                               {u"target_system"_s, u"MCP reference server"_s},
                               {u"kind"_s, u"workflow_tool"_s},
                               {u"permission_mode"_s, u"any_changes"_s},
                               {u"powers"_s, QJsonArray{u"read"_s, u"search"_s}},
                               {u"scope"_s, QJsonArray{QJsonObject{{u"effect"_s, u"include"_s},
                                                                   {u"pattern"_s, u"**"_s}}}},
                               {u"identity"_s, QJsonObject{{u"kind"_s, u"service_principal"_s},
                                                           {u"principal"_s, u"svc-docs-agent"_s},
                                                           {u"credential_owner"_s, u"it-ops"_s}}}};
        auto doc = connectorDocumentFromJson(json);
        QVERIFY_OK(doc);
        QVERIFY_OK(ConnectorStore(*store_).apply(*doc, u"set up"_s));
        const QString everything = sourcePath(
            u"tests/node_modules/@modelcontextprotocol/server-everything/dist/index.js"_s);
        QVERIFY(QFileInfo::exists(everything));
        discoverAndReview(gate({everything}));
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, gate({everything}), &error), qPrintable(error));
        const QStringList tools = d.listTools();
        QVERIFY2(tools.contains(u"echo"_s) && tools.contains(u"trigger-long-running-operation"_s),
                 qPrintable(tools.join(u", ")));
        QVERIFY2(!tools.contains(u"toggle-simulated-logging"_s),
                 "a write tool was listed to a read-only connector");
        d.call(u"echo"_s, u"echo"_s, {{u"message"_s, u"through the gate"_s}});
        QVERIFY2(resultText(d.answer(u"echo"_s)).contains(u"through the gate"_s),
                 "echo did not come back");
        d.send({{u"tag"_s, u"long"_s},
                {u"op"_s, u"call"_s},
                {u"name"_s, u"trigger-long-running-operation"_s},
                {u"arguments"_s, QJsonObject{{u"duration"_s, 1}, {u"steps"_s, 3}}},
                {u"progress"_s, true}});
        const QJsonObject longRun = d.answer(u"long"_s);
        QVERIFY2(!isToolError(longRun), qPrintable(resultText(longRun)));
        // The server's three progress notifications, relayed. The SDK client handles
        // notifications a microtask late, so the last one, read in the same chunk as the
        // result, can find its handler already gone: 2 or 3 arrive, never fewer.
        const int progress = longRun.value(u"progress"_s).toInt();
        QVERIFY2(progress >= 2 && progress <= 3, qPrintable(QString::number(progress)));
        d.send({{u"tag"_s, u"res"_s}, {u"op"_s, u"resources"_s}});
        QVERIFY(!d.answer(u"res"_s).value(u"resources"_s).toArray().isEmpty());
        QVERIFY(d.close());
        const Run run = newestRun();
        verifyRunComplete(run, RunStatus::Succeeded);
        QCOMPARE(ofKind(eventsOf(run.id), EventKind::Read).size(), 2);
    }

    void powersNotGrantedAreHiddenAndRefused()
    {
        applyConnector();
        discoverAndReview(filesGate());
        auto c = ConnectorStore(*store_).get(kConnector);
        QVERIFY_OK(c);
        ConnectorDocument doc;
        doc.connector = *c;
        doc.connector.powers = PowerSet{Power::Read, Power::Search};
        QVERIFY_OK(ConnectorStore(*store_).apply(doc, u"read only for now"_s));
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, filesGate(), &error), qPrintable(error));
        const QStringList tools = d.listTools();
        QVERIFY(tools.contains(u"read_text_file"_s));
        QVERIFY2(!tools.contains(u"write_file"_s) && !tools.contains(u"edit_file"_s),
                 qPrintable(tools.join(u", ")));
        d.call(u"w"_s, u"write_file"_s, {{u"path"_s, inScope(u"x.txt"_s)}, {u"content"_s, u"x"_s}});
        const QJsonObject w = d.answer(u"w"_s);
        QVERIFY(isToolError(w));
        QVERIFY2(resultText(w).contains(u"power 'write' is not granted"_s),
                 qPrintable(resultText(w)));
        QVERIFY(!QFileInfo::exists(inScope(u"x.txt"_s)));
        QVERIFY(d.close());
        verifyRunComplete(newestRun(), RunStatus::Succeeded);
    }

    void theRunLabelIsTheTrigger()
    {
        applyConnector();
        Driver d;
        QString error;
        QVERIFY2(d.start(node_, filesGate({u"--run-label"_s, u"nightly docs sweep"_s}), &error),
                 qPrintable(error));
        QVERIFY(d.close());
        const Run run = newestRun();
        QCOMPARE(run.trigger, u"nightly docs sweep"_s);
        QVERIFY2(run.workflow.contains(u"airlock-test-client"_s), qPrintable(run.workflow));
        verifyRunComplete(run, RunStatus::Succeeded);
    }

    void anUnknownConnectorIsRefusedAtStart()
    {
        QProcess g;
        g.start(QStringLiteral(AIRLOCK_GATE_PATH),
                {u"--store"_s, temp_->urlText(), u"--connector"_s, u"Nobody"_s, u"--"_s, node_,
                 fsServer(), root_});
        QVERIFY(g.waitForFinished(20000));
        QCOMPARE(g.exitCode(), 3);
        QVERIFY(
            QString::fromUtf8(g.readAllStandardError()).contains(u"no connector named 'Nobody'"_s));
        QProcess bad;
        bad.start(QStringLiteral(AIRLOCK_GATE_PATH), {u"--connector"_s, kConnector});
        QVERIFY(bad.waitForFinished(20000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(u"no server command"_s));
    }
};

QTEST_GUILESS_MAIN(TstGate)
#include "tst_gate.moc"
