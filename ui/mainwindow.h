#pragma once

#include "domain/approvalrequest.h"
#include "jobs/chainverification.h"
#include "store/evidencechain.h"

#include <QDateTime>
#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;

namespace airlock {

class ChangeNotifier;
class AuditPage;
class ConnectorsPage;
class InboxPage;
class InsightsPage;
class RunsPage;
class Store;
class StoreKeychain;

// The console shell: a navigation rail (Inbox, Connectors, Runs, Insights, Audit) beside
// the selected screen, and a status bar that always says which store is open, whether it is
// live, the evidence chain's state and who is acting. Settings and window state persist.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return *store_; }
    ConnectorsPage *connectorsPage() const { return connectorsPage_; }
    InboxPage *inboxPage() const { return inboxPage_; }
    // Switches to another store; on failure keeps the current one and says why. A PostgreSQL
    // URL without a password takes the one saved in the OS keychain, else PGPASSFILE/.pgpass.
    bool openStore(const QString &urlText);
    // keychain: with a password typed in the Open Store dialog (this session only), saved in
    // the OS keychain once the store opened with it when remember is set.
    bool openStore(const QString &urlText, const QString &password, bool remember);
    static QStringList recentStores();
    // Shows a screen by its name: inbox, connectors, runs, insights or audit.
    bool showScreen(const QString &name);
    RunsPage *runsPage() const { return runsPage_; }

public Q_SLOTS:
    // Opens the Runs screen on the timeline of one run.
    void showRun(const QString &runId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setStore(std::unique_ptr<Store> store);
    void replacePage(int index, QWidget *page);
    void buildMenus();
    QWidget *placeholder(const QString &title, const QString &text);
    // Everything at start and on demand; after a change, only what changed (verifiedpoint.h).
    void verifyChain(ChainVerification::Scope scope = ChainVerification::Scope::Everything);
    void showChainReport(const EvidenceChain::VerifyReport &report);
    // The newest checkpoint in the status bar; a red banner while the store contradicts one.
    void showLogAudit(const LogAudit &audit);
    void chooseStore();
    void announceRequests(const QList<ApprovalRequest> &requests);
    static void rememberStore(const QString &url);

    std::unique_ptr<Store> store_;
    ChangeNotifier *notifier_ = nullptr;
    ChainVerification *verification_ = nullptr;
    QTimer *reverify_ = nullptr;
    QListWidget *rail_ = nullptr;
    QStackedWidget *pages_ = nullptr;
    ConnectorsPage *connectorsPage_ = nullptr;
    InboxPage *inboxPage_ = nullptr;
    QSystemTrayIcon *tray_ = nullptr;
    AuditPage *auditPage_ = nullptr;
    InsightsPage *insightsPage_ = nullptr;
    RunsPage *runsPage_ = nullptr;
    QLabel *storeLabel_ = nullptr;
    QLabel *liveLabel_ = nullptr;
    QLabel *securityLabel_ = nullptr; // resilience: encrypted or not, as the server says
    void showConnection(bool connected, const QString &problem);
    void showStoreFileLost(const QString &problem);
    void showSecurity();
    QLabel *chainLabel_ = nullptr;
    QLabel *checkpointLabel_ = nullptr;
    QLabel *evidenceBanner_ = nullptr; // over every screen while the store contradicts a checkpoint
    QLabel *actorLabel_ = nullptr;
    QLabel *staleBanner_ = nullptr; // over every screen while the store's server is away
    QDateTime unreachableSince_;
    StoreKeychain *keychain_ = nullptr; // keychain: saved passwords of PostgreSQL stores
};

} // namespace airlock
