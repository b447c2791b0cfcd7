// The Connectors screen driven like a person would, on the offscreen platform, against a
// demo store: search and filter, open a connector, test a path against its scope, pull the
// kill switch with a reason, and see a change made by another process appear by itself.

#include "testsettings.h"
#include "teststore.h"

#include "connectorspage.h"
#include "demo/demogenerator.h"
#include "inventory/connectortablemodel.h"
#include "connectoreditdialog.h"
#include "disconnectdialog.h"
#include "store/connectorstore.h"
#include "mainwindow.h"
#include "store/approvalqueue.h"
#include "store/evidencechain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

class TstConnectorsScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<MainWindow> window_;

    QTableView *table() const { return window_->findChild<QTableView *>(u"connectorTable"_s); }
    ConnectorsPage *page() const { return window_->connectorsPage(); }
    QString statusOf(const QString &name) const
    {
        QAbstractItemModel *m = table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data().toString() == name)
                return m->index(r, 2).data().toString();
        }
        return {};
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        removeThrowawaySettings();
    }

    void initTestCase()
    {
        useThrowawaySettings();
    }

    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        auto store = temp_->open(u"dana.whitfield"_s);
        QVERIFY(store);
        QVERIFY(seedDemo(*store, 1).ok());
        window_ = std::make_unique<MainWindow>(std::move(store));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        // The inventory is read on a worker thread; the table fills a moment later.
        QTRY_COMPARE(table()->model()->rowCount(), 6);
        QTRY_VERIFY(!page()->isLoading());
    }

    void cleanup()
    {
        window_.reset();
        temp_.reset();
    }

    void theTableListsTheInventoryAndItsModelsAreSound()
    {
        QCOMPARE(table()->model()->rowCount(), 6);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table()->model());
        QVERIFY(proxy);
        // The table's model and the model under it, each under a tester that lives until the
        // asynchronous reloads below have landed: every row inserted, changed or moved by them
        // is checked as it happens (a tester gone before the worker answers checks nothing).
        QAbstractItemModelTester proxyTester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sourceTester(
            proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Another process pauses one connector and retires another: the page hears of it
        // and reloads on a worker thread.
        auto other = temp_->open(u"lena.lead"_s);
        QVERIFY(other);
        QVERIFY(ConnectorStore(*other)
                    .transition(u"Slack Team Chat"_s, ConnectorStore::Transition::Pause,
                                u"quiet week"_s)
                    .ok());
        QTRY_COMPARE(statusOf(u"Slack Team Chat"_s), u"paused"_s);
        QVERIFY(
            ConnectorStore(*other)
                .transition(u"Salesforce CRM"_s, ConnectorStore::Transition::Retire, u"replaced"_s)
                .ok());
        QTRY_COMPARE(statusOf(u"Salesforce CRM"_s), u"retired"_s);
        QTRY_VERIFY(!page()->isLoading());
        // And a refresh that changes nothing, under the testers too.
        page()->reload();
        QTRY_VERIFY(!page()->isLoading());
        QCOMPARE(proxy->rowCount(), proxy->sourceModel()->rowCount());
        QCOMPARE(statusOf(u"Slack Team Chat"_s), u"paused"_s);
    }

    void searchAndStatusFilterNarrowTheTable()
    {
        auto *search = window_->findChild<QLineEdit *>(u"connectorSearch"_s);
        QTest::keyClicks(search, u"slack"_s);
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, 0).data().toString(), u"Slack Team Chat"_s);
        search->clear();
        auto *status = window_->findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findText(u"paused"_s));
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, 0).data().toString(), u"Facility Dashboard"_s);
    }

    void selectingAConnectorShowsItAndTheScopeBoxAnswers()
    {
        page()->selectConnector(u"Salesforce CRM"_s);
        QCOMPARE(window_->findChild<QLabel *>(u"detailTitle"_s)->text(), u"Salesforce CRM"_s);
        auto *path = window_->findChild<QLineEdit *>(u"scopeTestPath"_s);
        auto *result = window_->findChild<QLabel *>(u"scopeTestResult"_s);
        QVERIFY(path && result);
        QTest::keyClicks(path, u"crm:accounts/segment=smb/acct-1042/fields/ssn"_s);
        QVERIFY2(result->text().contains(u"excluded by rule 2"_s), qPrintable(result->text()));
        path->clear();
        QTest::keyClicks(path, u"crm:accounts/segment=smb/acct-1042"_s);
        QVERIFY2(result->text().contains(u"included by rule 1"_s), qPrintable(result->text()));
        path->clear();
        QTest::keyClicks(path, u"crm:accounts/segment=enterprise/acct-1"_s);
        QVERIFY2(result->text().contains(u"Out of scope"_s) && result->text().contains(u"no rule includes it"_s), qPrintable(result->text()));
    }

    void disconnectShowsTheImpactAndTakesEffectEverywhere()
    {
        const QString name = u"Zendesk Help Desk"_s;
        auto pendingBefore = ApprovalQueue(window_->store()).list(ApprovalStatus::Pending);
        QVERIFY(pendingBefore.ok());
        int pendingOnIt = 0;
        for (const ApprovalRequest &r : *pendingBefore)
            pendingOnIt += r.connector == name;
        QVERIFY(pendingOnIt > 0);
        page()->selectConnector(name);

        // Answer the confirmation when it opens: check the impact, give a reason, confirm.
        int listedWithdrawals = -1;
        bool confirmEnabledWithoutReason = true;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<DisconnectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            listedWithdrawals = dialog->findChild<QListWidget *>(u"withdrawnApprovals"_s)->count();
            auto *confirm = dialog->findChild<QPushButton *>(u"confirmDisconnect"_s);
            confirmEnabledWithoutReason = confirm->isEnabled();
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"disconnectReason"_s), u"vendor breach notice"_s);
            QTest::mouseClick(confirm, Qt::LeftButton);
        });
        QTest::mouseClick(window_->findChild<QPushButton *>(u"disconnectButton"_s), Qt::LeftButton);

        QCOMPARE(listedWithdrawals, pendingOnIt);
        QVERIFY(!confirmEnabledWithoutReason);
        QTRY_COMPARE(statusOf(name), u"disconnected"_s);
        auto pendingAfter = ApprovalQueue(window_->store()).list(ApprovalStatus::Pending);
        for (const ApprovalRequest &r : *pendingAfter)
            QVERIFY(r.connector != name);
        auto head = EvidenceChain(window_->store()).headSeq();
        bool found = false;
        for (qint64 seq = *head; seq > *head - 10 && seq > 0 && !found; --seq) {
            auto e = EvidenceChain(window_->store()).bySeq(seq);
            if (e->kind == EventKind::ConnectorDisconnected) {
                found = true;
                QCOMPARE(e->actor, u"dana.whitfield"_s);
                QVERIFY(e->summary.contains(u"vendor breach notice"_s));
            }
        }
        QVERIFY(found);
        // And the command line sees it at once.
        const CliResult show = runCli({u"--store"_s, temp_->urlText(), u"--json"_s, u"connector"_s, u"show"_s, name});
        QVERIFY(show.text().contains(u"\"status\": \"disconnected\""_s));
    }

    void everyRowCarriesAKillSwitch()
    {
        QAbstractItemModel *m = table()->model();
        int slackRow = -1;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString action = m->index(r, ConnectorTableModel::ActionColumn).data().toString();
            QCOMPARE(action, u"Disconnect…"_s); // every demo connector is active or paused
            if (m->index(r, 0).data().toString() == u"Slack Team Chat"_s)
                slackRow = r;
        }
        QVERIFY(slackRow >= 0);
        const QModelIndex cell = m->index(slackRow, ConnectorTableModel::ActionColumn);
        table()->scrollTo(cell);
        QString dialogTitle;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<DisconnectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogTitle = dialog->windowTitle();
            dialog->reject(); // changed my mind: nothing may happen
        });
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(cell).center());
        QCOMPARE(dialogTitle, u"Disconnect Slack Team Chat"_s);
        QCOMPARE(statusOf(u"Slack Team Chat"_s), u"active"_s);
    }

    void editingModePowersAndScopeIsRecordedWithTheReason()
    {
        const QString name = u"Slack Team Chat"_s;
        page()->selectConnector(name);
        const qint64 before = *EvidenceChain(window_->store()).headSeq();
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConnectorEditDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *save = dialog->findChild<QPushButton *>(u"saveEdit"_s);
            QVERIFY(!save->isEnabled()); // nothing changed yet
            auto *mode = dialog->findChild<QComboBox *>(u"editMode"_s);
            mode->setCurrentIndex(mode->findData(int(PermissionMode::AlwaysAsk)));
            dialog->findChild<QCheckBox *>(u"editPower_send"_s)->setChecked(false);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"addExclude"_s), Qt::LeftButton);
            auto *rules = dialog->findChild<QTableWidget *>(u"editScopeRules"_s);
            rules->item(rules->rowCount() - 1, 1)->setText(u"slack:channels/exec-*/**"_s);
            QVERIFY(!save->isEnabled()); // no reason yet
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"editReason"_s), u"quarterly access review"_s);
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(window_->findChild<QPushButton *>(u"editButton"_s), Qt::LeftButton);

        auto c = ConnectorStore(window_->store()).get(name);
        QVERIFY(c.ok());
        QCOMPARE(c->mode, PermissionMode::AlwaysAsk);
        QVERIFY(!c->powers.has(Power::Send));
        QCOMPARE(c->scope.constLast().pattern, u"slack:channels/exec-*/**"_s);
        QSet<EventKind> kinds;
        for (qint64 seq = before + 1; seq <= *EvidenceChain(window_->store()).headSeq(); ++seq) {
            auto e = EvidenceChain(window_->store()).bySeq(seq);
            kinds.insert(e->kind);
            QCOMPARE(e->actor, u"dana.whitfield"_s);
            QVERIFY(e->summary.contains(u"quarterly access review"_s));
        }
        QVERIFY(kinds.contains(EventKind::ModeChanged));
        QVERIFY(kinds.contains(EventKind::PowersChanged));
        QVERIFY(kinds.contains(EventKind::ScopeChanged));
    }

    void aChangeByAnotherProcessAppearsWithoutRefresh()
    {
        QCOMPARE(statusOf(u"Salesforce CRM"_s), u"active"_s);
        const CliResult r = runCli({u"--store"_s, temp_->urlText(), u"--as"_s, u"priya.nair"_s, u"connector"_s,
                                    u"disconnect"_s, u"Salesforce CRM"_s, u"--reason"_s, u"contract ended"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"Salesforce CRM"_s), u"disconnected"_s, 10000);
    }
};

QTEST_MAIN(TstConnectorsScreen)
#include "tst_connectors_screen.moc"
