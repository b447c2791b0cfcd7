// Issue 6, "Done when", end to end: three people with three roles on three consoles, one
// gateway and one script share a PostgreSQL store, each limited by the database to their role,
// live, surviving a server restart. One scenario, in order (each step builds on the last):
//   1. the store's owner creates the store, runs `airlockctl admin setup-roles` and grants
//      five logins their roles; the lead defines the connector from their own login;
//   2. three consoles (MainWindow, each on its own login: reviewer rhea, lead leo, owner omar)
//      offer only what the role may do, and the database refuses the rest in words;
//   3. a real airlock-gate, as the agent login gate_bot, in front of the reference filesystem
//      server, driven by the official MCP SDK client, holds a write that needs approval, and
//      the request appears live in the reviewer's and the lead's inboxes;
//   4. the server is stopped and started while the gate holds the call and the consoles are
//      open: the consoles say so and keep what they show, then reconnect; the gate still holds;
//   5. the lead's network path is cut; meanwhile the reviewer approves in her console and the
//      gate runs exactly the approved call once; when the path is back the lead's console
//      catches up (nothing decided while it was away is missed);
//   6. the investigator's script reads, verifies and exports, and is refused every write;
//   7. the owner disconnects from the console: the held call is withdrawn, the next refused;
//      the chain verifies and the gate's run shows the approval.
// PostgreSQL only (scripts/with-postgres.sh); it restarts the server, so it runs alone.

#include "mcpdriver.h"
#include "pgserver.h"
#include "tcprelay.h"
#include "testassertions.h"
#include "testsettings.h"
#include "teststore.h"

#include "connectorspage.h"
#include "disconnectdialog.h"
#include "inbox/inboxmodel.h"
#include "inboxpage.h"
#include "mainwindow.h"
#include "requestdetail.h"
#include "store/approvalqueue.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/storeroles.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

const QString kConnector = u"Project Files"_s;
// The team. Logins are cluster-wide: these names are this suite's own.
const QString kReviewer = u"rhea"_s;
const QString kLead = u"leo"_s;
const QString kOwner = u"omar"_s;
const QString kAgent = u"gate_bot"_s;
const QString kInvestigator = u"ivan"_s;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(AIRLOCK_SOURCE_DIR) + u'/' + relative;
}

QString resultText(const QJsonObject &answer)
{
    QString text;
    for (const QJsonValue &item : answer.value(u"result"_s).toObject().value(u"content"_s).toArray())
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
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : u"<missing>"_s;
}

} // namespace

class TstSharedTeam : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> owner_; // the store's owner (the test server's superuser)
    QTemporaryDir files_;          // what the filesystem server serves
    QTemporaryDir home_;           // XDG_DATA_HOME: the checkpoint key and witnesses
    QString node_;
    TcpRelay relay_;               // the lead's path to the server
    std::unique_ptr<MainWindow> rhea_, leo_, omar_;
    std::unique_ptr<McpDriver> client_;
    QString heldId_;  // the request of the held write
    QString secondId_; // a second held write, withdrawn by the owner's disconnect
    QString runId_;   // the gate's run
    QString gateErr_; // what the gate said on stderr so far

    QString scope() const { return files_.filePath(u"project"_s); }
    QString inScope(const QString &relative) const { return scope() + u'/' + relative; }

    QString urlTextAs(const QString &login, quint16 port = 0) const
    {
        const StoreUrl &url = temp_->url();
        return u"postgresql://%1@%2:%3/%4"_s.arg(login, url.host, QString::number(port ? port : url.port),
                                                 url.database);
    }
    std::unique_ptr<Store> openAs(const QString &login, quint16 port = 0)
    {
        auto url = StoreUrl::parse(urlTextAs(login, port));
        auto store = url ? Store::open(*url) : Result<std::unique_ptr<Store>>(url.error());
        if (!store) {
            qWarning("cannot open the store as %s: %s", qPrintable(login), qPrintable(store.message()));
            return nullptr;
        }
        return std::move(*store);
    }
    CliResult cliAs(const QString &login, const QStringList &args)
    {
        return runCli(QStringList{u"--store"_s, urlTextAs(login)} + args);
    }
    std::unique_ptr<MainWindow> console(const QString &login, quint16 port = 0)
    {
        auto store = openAs(login, port);
        if (!store)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(store));
        window->setWindowTitle(window->windowTitle() + u" ("_s + login + u')');
        window->showScreen(u"inbox"_s);
        window->show();
        return window;
    }
    static QString liveText(MainWindow &w) { return w.findChild<QLabel *>(u"liveLabel"_s)->text(); }
    static bool bannerShown(MainWindow &w) { return !w.findChild<QLabel *>(u"staleBanner"_s)->isHidden(); }
    // The console says the server cannot be reached, in the status bar and over every screen.
    static bool stale(MainWindow &w) { return liveText(w).contains(u"Reconnecting"_s) && bannerShown(w); }
    static bool live(MainWindow &w) { return liveText(w) == u"Live"_s && !bannerShown(w); }
    static bool shows(MainWindow &w, const QString &id) { return w.inboxPage()->model()->rowOf(id) >= 0; }
    static QPushButton *button(QWidget *in, const QString &name) { return in->findChild<QPushButton *>(name); }
    // The inbox has the request selected, its detail read and the buttons set from it.
    static bool selected(MainWindow &w, const QString &id)
    {
        InboxPage *page = w.inboxPage();
        if (page->currentRequestId() != id)
            page->selectRequest(id);
        return !page->isLoading() && page->currentRequestId() == id &&
               page->findChild<RequestDetail *>()->context().request.id == id;
    }
    // The connector's detail on the Connectors screen, read afresh.
    static bool connectorShown(MainWindow &w)
    {
        ConnectorsPage *page = w.connectorsPage();
        if (page->selectedName() != kConnector)
            page->selectConnector(kConnector);
        return !page->isLoading() && page->selectedName() == kConnector;
    }
    ApprovalRequest stored(const QString &id) { return ApprovalQueue(*owner_).get(id).value(); }
    QList<EvidenceEvent> runEvents()
    {
        auto events = EvidenceChain(*owner_).forRun(runId_);
        return events ? *events : QList<EvidenceEvent>();
    }
    // Reads the gate's (and the client's) stderr so far.
    QString gateLog()
    {
        if (client_)
            gateErr_ += client_->stderr();
        return gateErr_;
    }
    // The newest pending request on the connector other than the ones given.
    QString waitForNewRequest(const QStringList &known)
    {
        for (int i = 0; i < 400; ++i) {
            auto pending = ApprovalQueue(*owner_).list(ApprovalStatus::Pending);
            if (pending) {
                for (const ApprovalRequest &r : *pending) {
                    if (r.connector == kConnector && !known.contains(r.id))
                        return r.id;
                }
            }
            QTest::qWait(50);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        useThrowawaySettings();
        // The investigator's bundle is signed with a checkpoint key made on first use: the
        // airlockctl processes share a private data folder, not the user's.
        QVERIFY(home_.isValid());
        qputenv("XDG_DATA_HOME", home_.path().toUtf8());
        QVERIFY2(backendUnderTest() == Backend::Postgres,
                 "tst_shared_team needs AIRLOCK_TEST_BACKEND=postgres (scripts/with-postgres.sh)");
        const QString missing = missingPgServerVariables();
        QVERIFY2(missing.isEmpty(), qPrintable(missing + u" not set: run under scripts/with-postgres.sh"_s));
        node_ = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node_.isEmpty(), "node is not on PATH: the gateway is driven by the official MCP SDK client");
        QVERIFY2(QFileInfo::exists(sourcePath(
                     u"tests/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"_s)),
                 "tests/node_modules is missing the reference servers: run `npm ci --prefix tests`");
        QVERIFY(files_.isValid());
        QVERIFY(QDir().mkpath(scope()));
        QFile notes(inScope(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Q3 plan: ship the shared store\n");
        notes.close();
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
    }

    void cleanupTestCase()
    {
        client_.reset();
        rhea_.reset();
        leo_.reset();
        omar_.reset();
        owner_.reset();
        temp_.reset();
        removeThrowawaySettings();
    }

    // 1. From zero: the schema, the roles, the people; the lead defines the connector.
    void theOwnerSetsUpTheStoreAndGrantsTheTeam()
    {
        const QString admin = temp_->urlText();
        CliResult r = runCli({u"--store"_s, admin, u"init"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        r = runCli({u"--store"_s, admin, u"admin"_s, u"setup-roles"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        owner_ = Store::open(temp_->url()).value();
        QVERIFY(owner_->isShared());
        for (const QString &login : {kReviewer, kLead, kOwner, kAgent, kInvestigator}) {
            QSqlQuery q(owner_->database());
            QVERIFY2(q.exec(uR"(DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN
                        CREATE ROLE %1 LOGIN;
                    END IF; END $$)"_s.arg(login)),
                     qPrintable(q.lastError().text()));
        }
        const QList<QPair<QString, QString>> team = {{kReviewer, u"reviewer"_s}, {kLead, u"lead"_s},
                                                     {kOwner, u"owner"_s},       {kAgent, u"agent"_s},
                                                     {kInvestigator, u"investigator"_s}};
        for (const auto &[login, role] : team) {
            r = runCli({u"--store"_s, admin, u"admin"_s, u"grant"_s, login, role});
            QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        }
        r = runCli({u"--store"_s, admin, u"admin"_s, u"roles"_s});
        for (const auto &[login, role] : team)
            QVERIFY2(r.text().contains(login + u"  "_s + role), qPrintable(r.text()));
        // Everyone is who they logged in as, whatever they claim.
        r = cliAs(kAgent, {u"admin"_s, u"whoami"_s});
        QVERIFY2(r.exitCode == 0 && r.text().contains(u"acting as gate_bot"_s) && r.text().contains(u"roles: agent"_s),
                 qPrintable(r.text() + r.errorText()));

        // The lead, from their own login, defines what the agent may do: reads run, writes
        // need a human, only project/ is in scope.
        const QJsonObject json{
            {u"name"_s, kConnector},
            {u"purpose"_s, u"Let the planning agent read and edit the project's documents"_s},
            {u"owner"_s, kOwner},
            {u"target_system"_s, u"Project folder"_s},
            {u"kind"_s, u"document_source"_s},
            {u"permission_mode"_s, u"any_changes"_s},
            {u"powers"_s, QJsonArray{u"read"_s, u"search"_s, u"write"_s}},
            {u"scope"_s, QJsonArray{QJsonObject{{u"effect"_s, u"include"_s}, {u"pattern"_s, inScope(u"**"_s)}}}},
            {u"identity"_s, QJsonObject{{u"kind"_s, u"service_principal"_s},
                                        {u"principal"_s, u"svc-planning-agent"_s},
                                        {u"credential_owner"_s, u"it-ops"_s}}}};
        const QString file = files_.filePath(u"connector.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(json).toJson());
        f.close();
        r = cliAs(kLead, {u"connector"_s, u"apply"_s, file, u"--reason"_s, u"pilot for the planning agent"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        // The reviewer may not change it (here: grant the agent the power to send).
        QJsonObject wider = json;
        wider[u"powers"_s] = QJsonArray{u"read"_s, u"search"_s, u"write"_s, u"send"_s};
        const QString widerFile = files_.filePath(u"wider.json"_s);
        QFile w(widerFile);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(QJsonDocument(wider).toJson());
        w.close();
        r = cliAs(kReviewer, {u"connector"_s, u"apply"_s, widerFile, u"--reason"_s, u"widen it"_s});
        QCOMPARE(r.exitCode, 16);
        QVERIFY2(r.errorText().contains(u"the database refused"_s) && r.errorText().contains(kReviewer),
                 qPrintable(r.errorText()));
        const auto last = EvidenceChain(*owner_).bySeq(EvidenceChain(*owner_).headSeq().value());
        QVERIFY_OK(last);
        QCOMPARE(last->actor, kLead);
    }

    // 2. Three consoles, each showing only what its login may do.
    void threeConsolesOfferOnlyWhatEachRoleMayDo()
    {
        QString error;
        QVERIFY2(relay_.start(temp_->url().host, quint16(temp_->url().port), &error), qPrintable(error));
        rhea_ = console(kReviewer);
        leo_ = console(kLead, relay_.port()); // the lead's network path can be cut (step 5)
        omar_ = console(kOwner);
        QVERIFY(rhea_ && leo_ && omar_);
        for (MainWindow *w : {rhea_.get(), leo_.get(), omar_.get()}) {
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QTRY_VERIFY(live(*w));
        }
        QCOMPARE(rhea_->findChild<QLabel *>(u"actorLabel"_s)->text(), u"Signed in as rhea (reviewer)"_s);
        QCOMPARE(leo_->findChild<QLabel *>(u"actorLabel"_s)->text(), u"Signed in as leo (lead)"_s);
        QCOMPARE(omar_->findChild<QLabel *>(u"actorLabel"_s)->text(), u"Signed in as omar (owner)"_s);
        QVERIFY(relay_.connections() > 0); // the lead's console really goes through the relay

        struct Expect
        {
            MainWindow *window;
            QString login;
            bool edit;
            bool status;
        };
        for (const Expect &x : {Expect{rhea_.get(), kReviewer, false, false}, Expect{leo_.get(), kLead, true, true},
                                Expect{omar_.get(), kOwner, false, true}}) {
            x.window->showScreen(u"connectors"_s);
            QTRY_VERIFY(connectorShown(*x.window));
            ConnectorsPage *page = x.window->connectorsPage();
            QPushButton *edit = button(page, u"editButton"_s);
            QPushButton *disconnect = button(page, u"disconnectButton"_s);
            QPushButton *pause = button(page, u"pauseButton"_s);
            QVERIFY(edit && disconnect && pause);
            QCOMPARE(edit->isEnabled(), x.edit);
            QCOMPARE(disconnect->isEnabled(), x.status);
            QCOMPARE(pause->isEnabled(), x.status);
            if (!x.edit)
                QVERIFY2(edit->toolTip().contains(x.login) && edit->toolTip().contains(u"needs the lead role"_s),
                         qPrintable(edit->toolTip()));
            if (!x.status)
                QVERIFY2(disconnect->toolTip().contains(u"need the owner or lead role"_s), qPrintable(disconnect->toolTip()));
            x.window->showScreen(u"inbox"_s);
        }
        // Behind the console, the database refuses what the screen does not offer, in words.
        const auto paused = ConnectorStore(rhea_->store()).transition(kConnector, ConnectorStore::Transition::Pause,
                                                                      u"trying anyway"_s);
        QVERIFY(!paused);
        QCOMPARE(paused.code(), ErrorCode::Denied);
        QVERIFY2(paused.message().contains(u"the database refused: your login 'rhea' has no role that allows this"_s),
                 qPrintable(paused.message()));
        QCOMPARE(ConnectorStore(*owner_).get(kConnector)->status, ConnectorStatus::Active);
    }

    // 3. The gateway, as the agent login, holds a write; it appears live in the inboxes.
    void theGatewayHoldsAWriteAndTheInboxesShowItLive()
    {
        client_ = std::make_unique<McpDriver>();
        QString error;
        const QStringList gate{QStringLiteral(AIRLOCK_GATE_PATH), u"--store"_s, urlTextAs(kAgent),
                               u"--connector"_s, kConnector, u"--"_s, node_,
                               sourcePath(u"tests/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"_s),
                               files_.path()};
        QVERIFY2(client_->start(node_, gate, &error), qPrintable(error));
        QCOMPARE(client_->serverName(), u"secure-filesystem-server"_s);
        // New tools are recorded by the gate (as gate_bot) and hidden until the lead reviews
        // them, from the lead's console; the client is told its tools changed.
        QCOMPARE(client_->listTools(), QStringList());
        auto review = ConnectorStore(leo_->store()).recordReview(kConnector, u"tools of the filesystem server checked"_s);
        QVERIFY_OK(review);
        QCOMPARE(review->reviewedBy, kLead);
        QVERIFY2(!client_->answer(u"tools-changed"_s, 15000).isEmpty(), qPrintable(gateLog()));
        const QStringList tools = client_->listTools();
        QVERIFY2(tools.contains(u"read_text_file"_s) && tools.contains(u"write_file"_s), qPrintable(tools.join(u", ")));

        client_->call(u"read"_s, u"read_text_file"_s, {{u"path"_s, inScope(u"notes.txt"_s)}});
        const QJsonObject read = client_->answer(u"read"_s);
        QVERIFY2(!isToolError(read), qPrintable(resultText(read) + gateLog()));
        QCOMPARE(resultText(read), u"Q3 plan: ship the shared store\n"_s);

        client_->call(u"write"_s, u"write_file"_s,
                      {{u"path"_s, inScope(u"plan.txt"_s)}, {u"content"_s, u"Q3 plan, approved by a human\n"_s}});
        heldId_ = waitForNewRequest({});
        QVERIFY2(!heldId_.isEmpty(), qPrintable(gateLog()));
        const ApprovalRequest req = stored(heldId_);
        QCOMPARE(req.requestedBy, kAgent); // the database login, not a name the gate chose
        QCOMPARE(req.tool, u"write_file"_s);
        QCOMPARE(req.target, inScope(u"plan.txt"_s));
        runId_ = req.runId;
        QVERIFY(!runId_.isEmpty());
        QCOMPARE(RunStore(*owner_).get(runId_)->status, RunStatus::WaitingApproval);

        // Live: the reviewer and the lead see it arrive without a refresh; so does the owner,
        // who is told why they cannot decide it.
        for (MainWindow *w : {rhea_.get(), leo_.get(), omar_.get()})
            QTRY_VERIFY_WITH_TIMEOUT(shows(*w, heldId_), 10000);
        for (MainWindow *w : {rhea_.get(), leo_.get()}) {
            QTRY_VERIFY(selected(*w, heldId_));
            QTRY_VERIFY(button(w->inboxPage(), u"approveButton"_s)->isEnabled());
        }
        QTRY_VERIFY(selected(*omar_, heldId_));
        QPushButton *ownerApprove = button(omar_->inboxPage(), u"approveButton"_s);
        QVERIFY(!ownerApprove->isEnabled());
        QTRY_VERIFY2(omar_->inboxPage()->message().contains(u"deciding needs the reviewer or lead role"_s),
                     qPrintable(omar_->inboxPage()->message()));
        // Trying anyway, under the console: the database says no, and why.
        const auto forced = ApprovalQueue(omar_->store()).decide(heldId_, {true, u"looks fine"_s, std::nullopt, std::nullopt});
        QVERIFY(!forced);
        QCOMPARE(forced.code(), ErrorCode::Denied);
        QVERIFY2(forced.message().contains(u"the database refused"_s) && forced.message().contains(u"omar"_s),
                 qPrintable(forced.message()));
        QCOMPARE(stored(heldId_).status, ApprovalStatus::Pending);
        QVERIFY(!client_->hasAnswer(u"write"_s));
        QVERIFY(!QFileInfo::exists(inScope(u"plan.txt"_s)));
    }

    // 4. The server goes away and comes back while the call is held and the consoles are open.
    void everyoneSurvivesAServerRestart()
    {
        QCOMPARE(stopPgServer(), QString());
        for (MainWindow *w : {rhea_.get(), leo_.get(), omar_.get()}) {
            QTRY_VERIFY_WITH_TIMEOUT(stale(*w), 10000);
            QVERIFY2(w->findChild<QLabel *>(u"liveLabel"_s)->toolTip().contains(u"cannot be reached"_s),
                     qPrintable(w->findChild<QLabel *>(u"liveLabel"_s)->toolTip()));
            QVERIFY(shows(*w, heldId_)); // kept, marked stale, not emptied
        }
        // A decision that cannot be committed is never shown as done.
        QPushButton *approve = button(rhea_->inboxPage(), u"approveButton"_s);
        QVERIFY(selected(*rhea_, heldId_));
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY2(rhea_->inboxPage()->message().startsWith(u"Not recorded"_s), qPrintable(rhea_->inboxPage()->message()));
        // The gate keeps holding: the client has no answer, the transport is open, nothing ran.
        QTest::qWait(1500);
        QVERIFY(!client_->hasAnswer(u"write"_s));
        QVERIFY2(!client_->transportClosed(), qPrintable(gateLog()));
        QVERIFY(!QFileInfo::exists(inScope(u"plan.txt"_s)));

        QCOMPARE(startPgServer(), QString());
        for (MainWindow *w : {rhea_.get(), leo_.get(), omar_.get()}) {
            QTRY_VERIFY_WITH_TIMEOUT(live(*w), 20000);
            QTRY_VERIFY(shows(*w, heldId_)); // re-queried: still waiting
        }
        QCOMPARE(stored(heldId_).status, ApprovalStatus::Pending);
        QCOMPARE(RunStore(*owner_).get(runId_)->status, RunStatus::WaitingApproval);
        QVERIFY(!client_->hasAnswer(u"write"_s));
        QVERIFY2(!client_->transportClosed(), qPrintable(gateLog()));
        QVERIFY(!QFileInfo::exists(inScope(u"plan.txt"_s)));
        const QString log = gateLog();
        QVERIFY2(!log.contains(u"cannot be read"_s) && !log.contains(u"did not run"_s), qPrintable(log));
    }

    // 5. The lead's path is cut; the reviewer approves; the gate runs the call once; the lead's
    //    console, back, has missed nothing.
    void aDecisionMadeWhileTheLeadIsAwayRunsOnceAndIsSeenLater()
    {
        relay_.setOpen(false);
        QTRY_VERIFY_WITH_TIMEOUT(stale(*leo_), 10000);
        QVERIFY(live(*rhea_));

        QTRY_VERIFY(selected(*rhea_, heldId_));
        QPushButton *approve = button(rhea_->inboxPage(), u"approveButton"_s);
        QTRY_VERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY2(rhea_->inboxPage()->message().startsWith(u"Approved write_file"_s),
                 qPrintable(rhea_->inboxPage()->message()));
        const ApprovalRequest decided = stored(heldId_);
        QCOMPARE(decided.status, ApprovalStatus::Approved);
        QCOMPARE(decided.decidedBy, kReviewer); // the session user, checked by the database

        // The gate runs exactly the approved call, once, and hands the result to the client.
        const QJsonObject written = client_->answer(u"write"_s, 30000);
        QVERIFY2(!written.isEmpty() && !isToolError(written), qPrintable(resultText(written) + gateLog()));
        QCOMPARE(readFile(inScope(u"plan.txt"_s)), u"Q3 plan, approved by a human\n"_s);
        QTRY_COMPARE(stored(heldId_).outcome, ApprovalOutcome::Executed);
        int executed = 0;
        for (const EvidenceEvent &e : runEvents())
            executed += e.kind == EventKind::ActionExecuted;
        QCOMPARE(executed, 1);
        QTRY_VERIFY(!shows(*rhea_, heldId_));
        QTRY_VERIFY_WITH_TIMEOUT(!shows(*omar_, heldId_), 10000);

        // The lead saw none of it: the row stays, marked stale.
        QVERIFY(stale(*leo_));
        QVERIFY(shows(*leo_, heldId_));
        relay_.setOpen(true);
        QTRY_VERIFY_WITH_TIMEOUT(live(*leo_), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!shows(*leo_, heldId_), 10000);
    }

    // 6. The investigator's script: reads, verifies, exports; every write refused by the database.
    void theInvestigatorsScriptReadsButCannotWrite()
    {
        // Another write waits, for the investigator to try deciding.
        client_->call(u"write2"_s, u"write_file"_s,
                      {{u"path"_s, inScope(u"budget.txt"_s)}, {u"content"_s, u"more money\n"_s}});
        secondId_ = waitForNewRequest({heldId_});
        const QString second = secondId_;
        QVERIFY2(!second.isEmpty(), qPrintable(gateLog()));
        QTRY_VERIFY(shows(*omar_, second));

        CliResult r = cliAs(kInvestigator, {u"run"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0 && r.text().contains(runId_.left(8)), qPrintable(r.text() + r.errorText()));
        r = cliAs(kInvestigator, {u"verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text() + r.errorText()));
        const QString bundle = files_.filePath(u"bundle"_s);
        r = cliAs(kInvestigator, {u"run"_s, u"export-bundle"_s, runId_, u"--output"_s, bundle});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        r = runCli({u"run"_s, u"verify-bundle"_s, bundle});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text() + r.errorText()));
        QVERIFY2(r.text().contains(u"inclusion proofs reach its root"_s), qPrintable(r.text()));
        // And the store still holds the run's events as the bundle has them.
        r = cliAs(kInvestigator, {u"run"_s, u"verify-bundle"_s, bundle});
        QVERIFY2(r.exitCode == 0 && r.text().contains(u"still holds them"_s), qPrintable(r.text() + r.errorText()));

        const qint64 head = EvidenceChain(*owner_).headSeq().value();
        r = cliAs(kInvestigator, {u"approval"_s, u"decide"_s, second, u"approve"_s});
        QCOMPARE(r.exitCode, 16);
        QVERIFY2(r.errorText().contains(u"the database refused"_s) && r.errorText().contains(kInvestigator),
                 qPrintable(r.errorText()));
        r = cliAs(kInvestigator, {u"connector"_s, u"disconnect"_s, kConnector, u"--reason"_s, u"just looking"_s});
        QCOMPARE(r.exitCode, 16);
        QVERIFY2(r.errorText().contains(u"the database refused"_s), qPrintable(r.errorText()));
        // Nor can it name someone else.
        r = cliAs(kInvestigator, {u"--as"_s, kReviewer, u"approval"_s, u"list"_s});
        QCOMPARE(r.exitCode, 16);
        QCOMPARE(EvidenceChain(*owner_).headSeq().value(), head);
        QCOMPARE(stored(second).status, ApprovalStatus::Pending);
        QCOMPARE(ConnectorStore(*owner_).get(kConnector)->status, ConnectorStatus::Active);
    }

    // 7. The owner pulls the plug from the console; the story holds together.
    void theOwnerDisconnectsAndTheChainTellsTheWholeStory()
    {
        const QString second = secondId_;
        QVERIFY(!second.isEmpty());
        omar_->showScreen(u"connectors"_s);
        QTRY_VERIFY(connectorShown(*omar_));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<DisconnectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"disconnectReason"_s), u"budget writes are not for agents"_s);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmDisconnect"_s), Qt::LeftButton);
            answered = true;
        });
        QTest::mouseClick(button(omar_->connectorsPage(), u"disconnectButton"_s), Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(ConnectorStore(*owner_).get(kConnector)->status, ConnectorStatus::Disconnected);
        const ApprovalRequest withdrawn = stored(second);
        QCOMPARE(withdrawn.status, ApprovalStatus::Withdrawn);
        QCOMPARE(withdrawn.decidedBy, kOwner);

        // The held call is answered, not run; the next one is refused.
        const QJsonObject w2 = client_->answer(u"write2"_s, 30000);
        QVERIFY2(isToolError(w2) && resultText(w2).contains(u"withdrawn"_s), qPrintable(resultText(w2) + gateLog()));
        QVERIFY(!QFileInfo::exists(inScope(u"budget.txt"_s)));
        client_->call(u"read2"_s, u"read_text_file"_s, {{u"path"_s, inScope(u"notes.txt"_s)}});
        const QJsonObject refused = client_->answer(u"read2"_s);
        QVERIFY2(isToolError(refused) && resultText(refused).contains(u"disconnected"_s), qPrintable(resultText(refused)));
        // The other consoles see it live.
        for (MainWindow *w : {rhea_.get(), leo_.get()})
            QTRY_VERIFY_WITH_TIMEOUT(!shows(*w, second), 10000);
        QVERIFY(client_->close());
        // Nothing the gate had to record was lost on the way, the restart included.
        const QString log = gateLog();
        QVERIFY2(log.contains(u"approved by rhea"_s) && !log.contains(u"could not"_s), qPrintable(log));

        // The run the gate recorded tells the story, with the reviewer's approval in it.
        const Run run = RunStore(*owner_).get(runId_).value();
        QVERIFY(run.endedAt.isValid());
        QCOMPARE(run.startedBy, kAgent); // the login, recorded by the database
        QStringList kinds;
        QStringList deciders;
        for (const EvidenceEvent &e : runEvents()) {
            kinds << wordOf(e.kind);
            if (e.kind == EventKind::ApprovalDecided)
                deciders << e.actor;
            if (e.kind == EventKind::ApprovalRequested || e.kind == EventKind::ActionExecuted)
                QCOMPARE(e.actor, kAgent);
        }
        QVERIFY2(deciders.contains(kReviewer), qPrintable(deciders.join(u", ")));
        QVERIFY2(kinds.indexOf(u"approval_requested"_s) >= 0 &&
                     kinds.indexOf(u"approval_decided"_s) > kinds.indexOf(u"approval_requested"_s) &&
                     kinds.indexOf(u"action_executed"_s) > kinds.indexOf(u"approval_decided"_s),
                 qPrintable(kinds.join(u", ")));
        QCOMPARE(kinds.constFirst(), u"run_started"_s);
        QCOMPARE(kinds.constLast(), u"run_ended"_s);
        CliResult r = cliAs(kInvestigator, {u"run"_s, u"story"_s, runId_});
        QVERIFY2(r.exitCode == 0 && r.text().contains(kReviewer), qPrintable(r.text() + r.errorText()));
        // The chain verifies, for the owner and the investigator.
        r = runCli({u"--store"_s, temp_->urlText(), u"verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text() + r.errorText()));
        r = cliAs(kInvestigator, {u"verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text() + r.errorText()));
    }
};

QTEST_MAIN(TstSharedTeam)
#include "tst_shared_team.moc"
