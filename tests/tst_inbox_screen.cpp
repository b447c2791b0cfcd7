// The Inbox screen driven like a reviewer would, from the keyboard, on the offscreen platform,
// against a demo store: requests written by another process (the real airlockctl) appear by
// themselves; approve, reject and edit from the keyboard; a decision someone else made first
// is explained with who won; one's own request cannot be decided and says why; "Approve for…"
// gives a grant that shows in the connector's panel and can be revoked there.

#include "testassertions.h"
#include "testsettings.h"
#include "teststore.h"

#include "approvefordialog.h"
#include "connectorspage.h"
#include "demo/demogenerator.h"
#include "inbox/inboxmodel.h"
#include "inboxpage.h"
#include "mainwindow.h"
#include "requestdetail.h"
#include "store/approvalqueue.h"
#include "store/connectorstore.h"
#include "store/grantstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {
const QString kReviewer = u"dana.whitfield"_s;
}

class TstInboxScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<MainWindow> window_;

    InboxPage *page() const { return window_->inboxPage(); }
    InboxModel *model() const { return page()->model(); }
    QTableView *table() const { return window_->findChild<QTableView *>(u"inboxTable"_s); }
    QString message() const { return page()->message(); }
    ApprovalRequest stored(const QString &id) const
    {
        auto r = ApprovalQueue(window_->store()).get(id);
        return r ? *r : ApprovalRequest{};
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : table();
        QTest::keyClick(target, k, m);
    }
    // Waits until the page has read the queue and the selected request's context.
    bool settled() const
    {
        return !page()->isLoading() &&
               (page()->currentRequestId().isEmpty() ||
                window_->findChild<RequestDetail *>()->context().request.id ==
                    page()->currentRequestId());
    }
    // A request written by another process, as the gateway or a workflow would: like template
    // (same connector, tool, target, run and evidence), with other arguments.
    QString requestFromOtherProcess(const ApprovalRequest &like, const QString &as,
                                    const QString &args, int expiresIn = 3600)
    {
        QStringList seqs;
        for (qint64 s : like.evidenceSeqs)
            seqs << QString::number(s);
        QStringList cli = {u"--store"_s,      temp_->urlText(),
                           u"--as"_s,         as,
                           u"approval"_s,     u"request"_s,
                           u"--connector"_s,  like.connector,
                           u"--tool"_s,       like.tool,
                           u"--target"_s,     like.target,
                           u"--args"_s,       args,
                           u"--expires-in"_s, QString::number(expiresIn)};
        if (!like.runId.isEmpty())
            cli << u"--run"_s << like.runId;
        if (!seqs.isEmpty())
            cli << u"--evidence"_s << seqs.join(u',');
        const CliResult r = runCli(cli);
        if (r.exitCode != 0)
            qWarning("airlockctl failed: %s", r.err.constData());
        return r.text().trimmed();
    }
    ApprovalRequest firstPending() const { return *model()->requestAt(0); }

private Q_SLOTS:
    void initTestCase()
    {
        useThrowawaySettings();
    }

    void cleanupTestCase()
    {
        removeThrowawaySettings();
    }

    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        auto store = temp_->open(kReviewer);
        QVERIFY(store);
        QVERIFY_OK(seedDemo(*store, 1));
        window_ = std::make_unique<MainWindow>(std::move(store));
        window_->showScreen(u"inbox"_s);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        QTRY_COMPARE(model()->rowCount(), 4);
        QTRY_VERIFY(settled());
        table()->setFocus();
    }

    void cleanup()
    {
        window_.reset();
        temp_.reset();
    }

    void theQueueIsOrderedAndTheModelIsSound()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int row = 1; row < model()->rowCount(); ++row)
            QVERIFY(model()->requestAt(row - 1)->expiresAt <= model()->requestAt(row)->expiresAt);
        QCOMPARE(window_->findChild<QListWidget *>(u"navigationRail"_s)->item(0)->text(),
                 u"Inbox (4)"_s);
        page()->reload(); // a live refresh under the tester
        QTRY_VERIFY(settled());
        // The first request is selected and its detail shown, with the time left ticking.
        const RequestDetail *detail = window_->findChild<RequestDetail *>();
        QCOMPARE(detail->context().request.id, firstPending().id);
        QVERIFY2(detail->timeLeftText().startsWith(u"Time left:"_s),
                 qPrintable(detail->timeLeftText()));
        QCOMPARE(window_->findChild<QLabel *>(u"requestTitle"_s)->text(),
                 u"%1 on %2"_s.arg(firstPending().tool, firstPending().target));
    }

    void aRequestWrittenByAnotherProcessAppearsByItself()
    {
        const ApprovalRequest like = firstPending();
        const QString id =
            requestFromOtherProcess(like, u"support-router@agents"_s, u"{\"queue\": \"vip\"}"_s);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(model()->rowOf(id) >= 0);
        QTRY_COMPARE(window_->findChild<QListWidget *>(u"navigationRail"_s)->item(0)->text(),
                     u"Inbox (5)"_s);
        // And withdrawn elsewhere, it leaves.
        const CliResult w = runCli({u"--store"_s, temp_->urlText(), u"approval"_s, u"withdraw"_s,
                                    id, u"--reason"_s, u"workflow cancelled"_s});
        QCOMPARE(w.exitCode, 0);
        QTRY_COMPARE(model()->rowOf(id), -1);
        QTRY_COMPARE(window_->findChild<QListWidget *>(u"navigationRail"_s)->item(0)->text(),
                     u"Inbox (4)"_s);
    }

    void approveAndRejectFromTheKeyboard()
    {
        const QString first = page()->currentRequestId();
        key(Qt::Key_J);
        QTRY_VERIFY(settled());
        const QString second = page()->currentRequestId();
        QVERIFY(second != first);
        QCOMPARE(second, model()->requestAt(1)->id);
        key(Qt::Key_K);
        QTRY_VERIFY(settled());
        QCOMPARE(page()->currentRequestId(), first);

        key(Qt::Key_A);
        ApprovalRequest r = stored(first);
        QCOMPARE(r.status, ApprovalStatus::Approved);
        QCOMPARE(r.decidedBy, kReviewer);
        QVERIFY2(message().startsWith(u"Approved"_s), qPrintable(message()));
        QTRY_COMPARE(model()->rowOf(first), -1);
        QTRY_VERIFY(settled());

        // The next request took its place, but the reviewer has not chosen it: R does nothing
        // until they do (Enter opens its evidence, and chooses it).
        const QString next = page()->currentRequestId();
        QVERIFY(!next.isEmpty());
        QVERIFY(!page()->decisionsArmed());
        key(Qt::Key_R);
        QVERIFY(QApplication::focusWidget() != window_->findChild<QLineEdit *>(u"rejectReason"_s));
        key(Qt::Key_Return);
        QVERIFY(page()->decisionsArmed());
        // R puts the focus on the reason; Enter without one records nothing.
        key(Qt::Key_R);
        auto *reason = window_->findChild<QLineEdit *>(u"rejectReason"_s);
        QCOMPARE(QApplication::focusWidget(), reason);
        key(Qt::Key_Return);
        QCOMPARE(stored(next).status, ApprovalStatus::Pending);
        QVERIFY2(message().contains(u"needs a reason"_s), qPrintable(message()));
        QTest::keyClicks(
            reason, u"customer asked us to wait"_s); // letters go to the reason, not the shortcuts
        QCOMPARE(stored(next).status, ApprovalStatus::Pending);
        key(Qt::Key_Return);
        r = stored(next);
        QCOMPARE(r.status, ApprovalStatus::Rejected);
        QCOMPARE(r.decisionNote, u"customer asked us to wait"_s);
        QTRY_COMPARE(model()->rowOf(next), -1);
        QTRY_COMPARE(window_->findChild<QListWidget *>(u"navigationRail"_s)->item(0)->text(),
                     u"Inbox (2)"_s);
    }

    void aDecisionSomeoneElseMadeFirstSaysWhoWon()
    {
        const QString id = page()->currentRequestId();
        // Another reviewer decides in another process; this console has not heard yet.
        const CliResult other =
            runCli({u"--store"_s, temp_->urlText(), u"--as"_s, u"sam.okafor"_s, u"approval"_s,
                    u"decide"_s, id, u"reject"_s, u"--note"_s, u"not today"_s});
        QCOMPARE(other.exitCode, 0);
        key(Qt::Key_A);
        QVERIFY2(message().contains(u"Already rejected by sam.okafor at"_s), qPrintable(message()));
        QCOMPARE(stored(id).status, ApprovalStatus::Rejected);
        QCOMPARE(stored(id).decidedBy, u"sam.okafor"_s);
        QTRY_COMPARE(model()->rowOf(id), -1);
        // The explanation stays while the queue moves on.
        QTRY_VERIFY(settled());
        QVERIFY2(message().contains(u"sam.okafor"_s), qPrintable(message()));
    }

    void aRequestDecidedElsewhereWhileSelectedIsExplained()
    {
        const QString id = page()->currentRequestId();
        const CliResult other = runCli({u"--store"_s, temp_->urlText(), u"--as"_s, u"sam.okafor"_s,
                                        u"approval"_s, u"decide"_s, id, u"approve"_s});
        QCOMPARE(other.exitCode, 0);
        QTRY_COMPARE(model()->rowOf(id), -1);
        QTRY_VERIFY2(message().contains(u"approved by sam.okafor"_s), qPrintable(message()));
    }

    void ownRequestsCannotBeDecidedAndSayWhy()
    {
        const QString id =
            requestFromOtherProcess(firstPending(), kReviewer, u"{\"queue\": \"mine\"}"_s, 60);
        QTRY_VERIFY(model()->rowOf(id) >= 0);
        QVERIFY(page()->selectRequest(id));
        QTRY_VERIFY(settled());
        auto *approve = window_->findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(u"someone else must decide"_s),
                 qPrintable(approve->toolTip()));
        key(Qt::Key_A);
        QVERIFY2(message().contains(
                     u"You (dana.whitfield) requested this one; someone else must decide it"_s),
                 qPrintable(message()));
        QCOMPARE(stored(id).status, ApprovalStatus::Pending);
    }

    void editedArgumentsAreCheckedAndWhatWasApprovedIsRecorded()
    {
        const QString id = page()->currentRequestId();
        key(Qt::Key_E);
        auto *editor = window_->findChild<QPlainTextEdit *>(u"argumentsEditor"_s);
        auto *error = window_->findChild<QLabel *>(u"argumentsError"_s);
        auto *confirm = window_->findChild<QPushButton *>(u"confirmEdit"_s);
        QCOMPARE(QApplication::focusWidget(), editor);
        editor->setPlainText(u"{\n  \"queue\": \"billing\"\n  \"priority\": \"low\"\n}"_s);
        QVERIFY2(error->text().contains(u"line 3"_s), qPrintable(error->text()));
        QVERIFY(!confirm->isEnabled());
        key(Qt::Key_Return, Qt::ControlModifier); // refused while invalid
        QCOMPARE(stored(id).status, ApprovalStatus::Pending);
        editor->setPlainText(u"{\"queue\": \"billing\", \"priority\": \"low\"}"_s);
        QVERIFY(confirm->isEnabled());
        editor->setFocus();
        key(Qt::Key_Return, Qt::ControlModifier);
        const ApprovalRequest r = stored(id);
        QCOMPARE(r.status, ApprovalStatus::Approved);
        QVERIFY(r.edited);
        QCOMPARE(r.approvedArguments, QByteArray(R"({"priority":"low","queue":"billing"})"));
        QVERIFY(r.approvedArgumentsHash != r.argumentsHash);
        QVERIFY2(message().contains(u"edited arguments"_s), qPrintable(message()));
    }

    void openEvidenceExpandsTheSourceEvents()
    {
        const RequestDetail *detail = window_->findChild<RequestDetail *>();
        QVERIFY(!detail->context().evidence.isEmpty());
        const auto items = detail->findChildren<QFrame *>(u"evidenceItem"_s);
        QCOMPARE(items.size(), detail->context().evidence.size());
        const auto expanders = detail->findChildren<QPushButton *>(u"evidenceExpand"_s);
        key(Qt::Key_O);
        for (QPushButton *b : expanders)
            QVERIFY(b->isChecked());
        const auto freshness = detail->findChildren<QLabel *>(u"evidenceFreshness"_s);
        QVERIFY(!freshness.isEmpty());
        for (QLabel *l : freshness)
            QVERIFY2(l->text().contains(u"fresh"_s) || l->text().contains(u"STALE"_s) ||
                         l->text().contains(u"no freshness limit"_s),
                     qPrintable(l->text()));
    }

    void approveForGivesAGrantThatTheConnectorPanelShowsAndRevokes()
    {
        const ApprovalRequest r = firstPending();
        QString preview;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ApproveForDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QRadioButton *>(u"grantToolAndTargets"_s)->setChecked(true);
            auto *pattern = dialog->findChild<QLineEdit *>(u"grantPattern"_s);
            auto *ok = dialog->findChild<QPushButton *>(u"confirmGrant"_s);
            pattern->setText(u"somewhere:else/*"_s);
            const bool refusedWrongPattern = !ok->isEnabled();
            preview = dialog->findChild<QLabel *>(u"grantPreview"_s)->text();
            pattern->setText(u"**"_s);
            QVERIFY(refusedWrongPattern);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        key(Qt::Key_G);
        QVERIFY2(preview.contains(u"does not cover"_s), qPrintable(preview));
        QCOMPARE(stored(r.id).status, ApprovalStatus::Approved);
        auto grants = GrantStore(window_->store()).forConnector(r.connector);
        QVERIFY_OK(grants);
        QCOMPARE(grants->size(), 1);
        const ApprovalGrant g = grants->constFirst();
        QCOMPARE(g.tool, r.tool);
        QCOMPARE(g.targetPattern, u"**"_s);
        QCOMPARE(g.fromRequest, r.id);
        QCOMPARE(g.grantedBy, kReviewer);

        // The connector's panel lists it, and revokes it with a reason.
        window_->showScreen(u"connectors"_s);
        window_->connectorsPage()->selectConnector(r.connector);
        auto *grantsTable = window_->findChild<QTableWidget *>(u"grantsTable"_s);
        QVERIFY(grantsTable);
        QTRY_COMPARE(grantsTable->rowCount(), 1);
        QVERIFY(grantsTable->item(0, 0)->text().contains(r.tool));
        QCOMPARE(grantsTable->item(0, 3)->text(), u"active"_s);
        grantsTable->setCurrentCell(0, 0);
        QTimer::singleShot(0, this, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            input->setTextValue(u"too broad"_s);
            input->accept();
        });
        QTest::mouseClick(window_->findChild<QPushButton *>(u"revokeGrantButton"_s),
                          Qt::LeftButton);
        auto after = GrantStore(window_->store()).get(g.id);
        QVERIFY_OK(after);
        QVERIFY(after->isRevoked());
        QCOMPARE(after->revokedBy, kReviewer);
        QCOMPARE(after->revokeReason, u"too broad"_s);
        QTRY_VERIFY(grantsTable->item(0, 3)->text().startsWith(u"revoked by dana.whitfield"_s));
    }

    // #11.12: the reviewer has the first request open; someone else decides it in another
    // process; the selection moves by itself to the next one. Pressing A (meant for the one
    // they had open) must not approve a request they never chose.
    void aRequestDecidedElsewhereDoesNotHandTheKeysToTheNextOne()
    {
        auto other = temp_->open(u"sam.okafor"_s);
        QVERIFY(other);
        // Two requests: the first (selected) and the second.
        const QString first = page()->currentRequestId();
        QCOMPARE(first, model()->requestAt(0)->id);
        const QString second = model()->requestAt(1)->id;
        for (int row : {2, 3}) {
            QVERIFY_OK(ApprovalQueue(*other).decide(
                model()->requestAt(row)->id, {false, u"not now"_s, std::nullopt, std::nullopt}));
        }
        QTRY_COMPARE(model()->rowCount(), 2);
        QTRY_VERIFY(settled());
        QCOMPARE(page()->currentRequestId(), first);
        QVERIFY(page()->decisionsArmed());

        QVERIFY_OK(
            ApprovalQueue(*other).decide(first, {true, u"fine"_s, std::nullopt, std::nullopt}));
        QTRY_COMPARE(model()->rowOf(first), -1);
        QTRY_VERIFY(settled());
        QCOMPARE(page()->currentRequestId(), second);
        // The detail says what happened to the one they had open, and that nothing else was.
        QTRY_VERIFY2(message().contains(u"approved by sam.okafor"_s) &&
                         message().contains(u"elsewhere"_s),
                     qPrintable(message()));
        auto *approve = window_->findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY(!page()->decisionsArmed());
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(u"Choose this one first"_s),
                 qPrintable(approve->toolTip()));
        key(Qt::Key_A);
        key(Qt::Key_R);
        QCOMPARE(QApplication::focusWidget() == window_->findChild<QLineEdit *>(u"rejectReason"_s),
                 false);
        QCOMPARE(stored(second).status, ApprovalStatus::Pending);
        QVERIFY2(message().contains(u"approved by sam.okafor"_s), qPrintable(message()));

        // A deliberate move (J, here at the end of the queue) chooses it; now A approves it.
        key(Qt::Key_J);
        QVERIFY(page()->decisionsArmed());
        QTRY_VERIFY(approve->isEnabled());
        key(Qt::Key_A);
        QCOMPARE(stored(second).status, ApprovalStatus::Approved);
        QCOMPARE(stored(second).decidedBy, kReviewer);
    }

    // #11.12: approving a call the policy now refuses is allowed (it records the decision) but
    // says, before and after the click, that the call will not run.
    void approvingACallThePolicyNowRefusesSaysItWillNotRun()
    {
        const ApprovalRequest r = firstPending();
        auto lead = temp_->open(u"lena.lead"_s);
        QVERIFY(lead);
        QVERIFY_OK(ConnectorStore(*lead).transition(r.connector, ConnectorStore::Transition::Pause,
                                                    u"incident"_s));
        auto *note = window_->findChild<QLabel *>(u"decisionNote"_s);
        QVERIFY(note);
        QTRY_VERIFY2(note->isVisible() && note->text().contains(u"will not make it run"_s),
                     qPrintable(note->text()));
        auto *approve = window_->findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY2(approve->toolTip().contains(u"will not make it run"_s),
                 qPrintable(approve->toolTip()));
        QCOMPARE(page()->currentRequestId(), r.id);
        key(Qt::Key_A);
        QCOMPARE(stored(r.id).status, ApprovalStatus::Approved);
        QVERIFY2(message().contains(u"It will not run"_s), qPrintable(message()));
    }

    // #11.10: a requester's name with a terminal escape, a carriage return, a line break and a
    // right-to-left override is shown escaped, never obeyed; such a target is refused outright.
    void agentTextIsShownEscapedInTheQueueAndTheDetail()
    {
        const QString hostile = u"\x1b[2J\rstatus    approved by security-team\n\u202e"_s;
        const ApprovalRequest like = firstPending();
        ApprovalRequest hostileLike = like;
        hostileLike.target = like.target + hostile;
        // A target with control characters cannot be made canonical: it never reaches the queue.
        QVERIFY(requestFromOtherProcess(hostileLike, u"mallory"_s, u"{\"queue\": \"y\"}"_s)
                    .isEmpty());
        // A requester's name can carry them: it is shown, not obeyed.
        const QString id = requestFromOtherProcess(like, u"mallory"_s + hostile.left(5) + u"x"_s,
                                                   u"{\"queue\": \"x\"}"_s);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(model()->rowOf(id) >= 0);
        QVERIFY(page()->selectRequest(id));
        QTRY_VERIFY(settled());
        auto raw = [](const QString &text) {
            return text.contains(u'\x1b') || text.contains(u'\r') || text.contains(u'\n') ||
                   text.contains(QChar(0x202E));
        };
        const int row = model()->rowOf(id);
        for (int column = 0; column < model()->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = model()->index(row, column).data(role).toString();
                QVERIFY2(!raw(text),
                         qPrintable(u"column %1 role %2: %3"_s.arg(column).arg(role).arg(
                             text.toHtmlEscaped())));
            }
        }
        QCOMPARE(model()->index(row, InboxModel::TargetColumn).data().toString(), like.target);
        QVERIFY(model()
                    ->index(row, InboxModel::RequesterColumn)
                    .data()
                    .toString()
                    .startsWith(u"mallory\\x1b[2J"_s));
        for (const char *name : {"requestTitle", "requestSubtitle", "actionTarget", "whoText"}) {
            auto *label = window_->findChild<QLabel *>(QString::fromLatin1(name));
            QVERIFY2(label, name);
            // whoText is several lines of the page's own; each quoted name stays on its line.
            QString text = label->text();
            if (qstrcmp(name, "whoText") == 0)
                text = text.section(u'\n', 0, 0);
            QVERIFY2(!raw(text), qPrintable(QString::fromLatin1(name) + u": "_s +
                                            label->text().toHtmlEscaped()));
            QVERIFY2(label->textFormat() == Qt::PlainText, name);
        }
        QVERIFY2(window_->findChild<QLabel *>(u"whoText"_s)
                     ->text()
                     .startsWith(u"Requested by mallory\\x1b[2J\\rx"_s),
                 qPrintable(window_->findChild<QLabel *>(u"whoText"_s)->text()));
        QVERIFY(window_->findChild<QLabel *>(u"requestSubtitle"_s)
                    ->text()
                    .contains(u"mallory\\x1b[2J"_s));
    }

    // #11.13: the store file is deleted under the open console. Approve must not report success
    // for a decision that went into a file nobody will read again; the console says so.
    void aDecisionIntoADeletedStoreFileSaysNothingWasRecorded()
    {
        if (backendUnderTest() != Backend::Sqlite)
            QSKIP("a PostgreSQL store is not a file");
        const QString id = page()->currentRequestId();
        QVERIFY(page()->decisionsArmed());
        const QString path = temp_->url().path;
        QVERIFY(QFile::remove(path));
        key(Qt::Key_A);
        QVERIFY2(message().startsWith(u"Not recorded"_s) &&
                     message().contains(u"was deleted since it was opened"_s),
                 qPrintable(message()));
        QVERIFY2(!message().contains(u"Approved"_s), qPrintable(message()));
        // Over every screen, a banner says the store is gone; nothing appeared at its path.
        auto *banner = window_->findChild<QLabel *>(u"staleBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"deleted or replaced"_s), qPrintable(banner->text()));
        QVERIFY2(!QFileInfo::exists(path), "a new file appeared at the store's path");
        Q_UNUSED(id);
    }

    void anExpiredRequestLeavesWithoutAnyoneDecidingIt()
    {
        const QString id = requestFromOtherProcess(firstPending(), u"support-router@agents"_s,
                                                   u"{\"queue\": \"soon\"}"_s, 2);
        QTRY_VERIFY(model()->rowOf(id) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(id) < 0, 15000);
        QCOMPARE(stored(id).status, ApprovalStatus::Expired);
    }
};

QTEST_MAIN(TstInboxScreen)
#include "tst_inbox_screen.moc"
