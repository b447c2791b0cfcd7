#include "mainwindow.h"

#include "auditpage.h"
#include "connectordelegate.h"
#include "connectorspage.h"
#include "credentials/storekeychain.h"
#include "credentials/storeopener.h"
#include "domain/displaytext.h"
#include "inboxpage.h"
#include "insightspage.h"
#include "jobs/chainverification.h"
#include "logstatus.h"
#include "openstoredialog.h"
#include "runs/runspage.h"
#include "sections/sectionsupport.h"
#include "store/changenotifier.h"
#include "store/connectorstore.h"
#include "store/store.h"
#include "store/storeroles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
constexpr int kMaxRecentStores = 8;
}

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Airlock"));
    setObjectName(u"mainWindow"_s);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    rail_ = new QListWidget(central);
    rail_->setObjectName(u"navigationRail"_s);
    rail_->setFixedWidth(180);
    rail_->setFrameShape(QFrame::NoFrame);
    rail_->setSpacing(2);
    pages_ = new QStackedWidget(central);
    pages_->setObjectName(u"pages"_s);

    const QList<std::pair<QString, QString>> screens = {
        {tr("Inbox"), tr("Agent actions waiting for a reviewer will be listed here, with the source evidence the agent read and exactly what will change.")},
        {tr("Connectors"), tr("The connector inventory: purpose, owner, scope, powers, identity, permission mode, review state, drift and readiness, with a kill switch.")},
        {tr("Runs"), tr("Every run reconstructed from its evidence: trigger, reads, outputs, approvals, actions, and where it stopped.")},
        {tr("Insights"), tr("The inventory and the approval flow at a glance.")},
        {tr("Audit"), tr("Every governance change, and verification of the whole evidence chain.")},
    };
    for (const auto &[title, text] : screens) {
        rail_->addItem(title);
        pages_->addWidget(placeholder(title, text));
    }
    connect(rail_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);

    // While the store's server cannot be reached, a banner over every screen says that what
    // it shows is kept but may be out of date.
    staleBanner_ = new QLabel(central);
    staleBanner_->setObjectName(u"staleBanner"_s);
    staleBanner_->setWordWrap(true);
    staleBanner_->setTextFormat(Qt::RichText);
    staleBanner_->setContentsMargins(12, 8, 12, 8);
    staleBanner_->hide();
    // While the store no longer matches a checkpoint or this machine's witness, a red banner
    // over every screen says what is wrong and what is missing, until the store matches again.
    evidenceBanner_ = new QLabel(central);
    evidenceBanner_->setObjectName(u"evidenceBanner"_s);
    evidenceBanner_->setWordWrap(true);
    evidenceBanner_->setTextFormat(Qt::RichText);
    evidenceBanner_->setContentsMargins(12, 8, 12, 8);
    evidenceBanner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    evidenceBanner_->hide();
    auto *content = new QVBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    content->addWidget(evidenceBanner_);
    content->addWidget(staleBanner_);
    content->addWidget(pages_, 1);

    layout->addWidget(rail_);
    layout->addLayout(content, 1);
    setCentralWidget(central);

    storeLabel_ = new QLabel(this);
    storeLabel_->setObjectName(u"storeLabel"_s);
    liveLabel_ = new QLabel(this);
    liveLabel_->setObjectName(u"liveLabel"_s);
    chainLabel_ = new QLabel(this);
    chainLabel_->setObjectName(u"chainLabel"_s);
    checkpointLabel_ = new QLabel(this);
    checkpointLabel_->setObjectName(u"checkpointLabel"_s);
    securityLabel_ = new QLabel(this);
    securityLabel_->setObjectName(u"securityLabel"_s);
    actorLabel_ = new QLabel(this);
    actorLabel_->setObjectName(u"actorLabel"_s);
    // The store's name gives way before the permanent fields (its tooltip and title keep it).
    storeLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    storeLabel_->setMinimumWidth(160);
    statusBar()->addWidget(storeLabel_, 1);
    statusBar()->addPermanentWidget(liveLabel_);
    statusBar()->addPermanentWidget(securityLabel_);
    statusBar()->addPermanentWidget(chainLabel_);
    statusBar()->addPermanentWidget(checkpointLabel_);
    statusBar()->addPermanentWidget(actorLabel_);

    verification_ = new ChainVerification(this);
    connect(verification_, &ChainVerification::progress, this, [this](qint64 done, qint64 total) {
        chainLabel_->setText(tr("Evidence chain: checking… %1%").arg(total > 0 ? done * 100 / total : 100));
    });
    connect(verification_, &ChainVerification::finished, this, &MainWindow::showChainReport);
    connect(verification_, &ChainVerification::audited, this, &MainWindow::showLogAudit);
    connect(verification_, &ChainVerification::failed, this, [this](const QString &message) {
        chainLabel_->setText(tr("Evidence chain: not yet checked"));
        chainLabel_->setToolTip(message);
    });
    // New evidence is re-checked soon after it arrives, not on every single event.
    reverify_ = new QTimer(this);
    reverify_->setSingleShot(true);
    reverify_->setInterval(3000);
    // Only what changed: the events after the last clean pass, and that pass's last event.
    connect(reverify_, &QTimer::timeout, this, [this] { verifyChain(ChainVerification::Scope::WhatChanged); });

    keychain_ = new StoreKeychain(this);

    buildMenus();
    setStore(std::move(store));

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    rail_->setCurrentRow(settings.value(u"window/screen"_s, 1).toInt());
}

MainWindow::~MainWindow()
{
    delete notifier_; // before the store it watches
    notifier_ = nullptr;
}

void MainWindow::setStore(std::unique_ptr<Store> store)
{
    delete notifier_;
    notifier_ = nullptr;
    // Whatever was said about the previous store's server does not carry over.
    unreachableSince_ = {};
    staleBanner_->hide();
    evidenceBanner_->hide();
    checkpointLabel_->clear();
    // Screens hold a reference to the store: replace them before the old store goes.
    auto replacement = std::move(store);
    inboxPage_ = new InboxPage(*replacement, pages_);
    connect(inboxPage_, &InboxPage::pendingCountChanged, this, [this](int n) {
        rail_->item(0)->setText(n > 0 ? tr("Inbox") + u" (%1)"_s.arg(n) : tr("Inbox"));
        rail_->item(0)->setToolTip(tr("%n request(s) waiting for a decision", nullptr, n));
    });
    connect(inboxPage_, &InboxPage::requestsArrived, this, &MainWindow::announceRequests);
    connect(inboxPage_, &InboxPage::runRequested, this, &MainWindow::showRun);
    replacePage(0, inboxPage_);
    connectorsPage_ = new ConnectorsPage(*replacement, pages_);
    connect(connectorsPage_, &ConnectorsPage::countChanged, this,
            [this](int n) { rail_->item(1)->setText(tr("Connectors") + u" (%1)"_s.arg(n)); });
    replacePage(1, connectorsPage_);
    runsPage_ = new RunsPage(*replacement, pages_);
    replacePage(2, runsPage_);
    insightsPage_ = new InsightsPage(*replacement, pages_);
    replacePage(3, insightsPage_);
    auditPage_ = new AuditPage(*replacement, pages_);
    replacePage(4, auditPage_);
    pages_->setCurrentIndex(rail_->currentRow() < 0 ? 1 : rail_->currentRow());
    store_ = std::move(replacement);
    notifier_ = new ChangeNotifier(*store_, this);
    connect(notifier_, &ChangeNotifier::changed, this, [this](const QStringList &topics) {
        // The inbox first: a waiting request is the most time-critical thing on screen.
        if (topics.isEmpty() || topics.contains(u"approvals"_s) || topics.contains(u"connectors"_s))
            inboxPage_->reload();
        connectorsPage_->reload();
        if (topics.isEmpty() || topics.contains(u"runs"_s) || topics.contains(u"evidence"_s))
            runsPage_->reload();
        insightsPage_->reload();
        auditPage_->reload();
        if (topics.isEmpty() || topics.contains(u"evidence"_s))
            reverify_->start();
    });
    const StoreUrl &url = store_->url();
    storeLabel_->setText(tr("Store: %1").arg(url.display()));
    storeLabel_->setToolTip(url.display() + u"\n"_s
                            + (url.backend == Backend::Sqlite ? tr("A local file on this computer")
                                                              : tr("A shared PostgreSQL server")));
    connect(notifier_, &ChangeNotifier::connectionChanged, this, &MainWindow::showConnection);
    connect(notifier_, &ChangeNotifier::storeFileLost, this, &MainWindow::showStoreFileLost);
    showConnection(notifier_->isConnected(), notifier_->connectionProblem());
    showSecurity();
    actorLabel_->setText(tr("Signed in as %1").arg(store_->actor()));
    actorLabel_->setToolTip(tr("The name recorded on everything you do in this store"));
    if (store_->isShared()) {
        // Shared store: the database login and the roles it grants, as the server says.
        if (auto roles = readSessionRoles(*store_)) {
            actorLabel_->setText(tr("Signed in as %1 (%2)").arg(roles->login, roles->describe()));
            actorLabel_->setToolTip(tr("Your database login and its Airlock roles on this shared store; "
                                       "the database refuses anything these roles do not allow."));
        }
    }
    setWindowTitle(tr("Airlock") + u" — "_s + url.shortName());
    rememberStore(url.display());
    connectorsPage_->reload();
    verifyChain();
}

void MainWindow::showConnection(bool connected, const QString &problem)
{
    if (!connected) {
        // What the screens show stays, marked stale; the notifier reconnects by itself and
        // every screen re-queries when it is back.
        if (!unreachableSince_.isValid())
            unreachableSince_ = QDateTime::currentDateTime();
        liveLabel_->setText(tr("Reconnecting… (showing stale data)"));
        liveLabel_->setToolTip(tr("The store's server cannot be reached: %1\n"
                                  "Airlock keeps trying and catches up when it is back.").arg(problem));
        liveLabel_->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(warningColor(palette()).name()));
        const QColor warning = warningColor(palette());
        staleBanner_->setStyleSheet(u"QLabel#staleBanner { background: rgba(%1, %2, %3, 28); "
                                    u"border-left: 5px solid %4; padding: 6px 10px; }"_s
                                        .arg(warning.red()).arg(warning.green()).arg(warning.blue())
                                        .arg(warning.name()));
        staleBanner_->setText(
            tr("<b>The store's server cannot be reached (since %1).</b> What you see was true then "
               "and may be out of date; decisions cannot be recorded until it is back. Airlock "
               "reconnects by itself and catches up.<br><small>%2</small>")
                .arg(QLocale().toString(unreachableSince_.time(), QLocale::ShortFormat),
                     problem.toHtmlEscaped()));
        staleBanner_->show();
        return;
    }
    if (unreachableSince_.isValid()) {
        statusBar()->showMessage(tr("Reconnected to the store: every screen is being brought up to date."), 8000);
        unreachableSince_ = {};
    }
    staleBanner_->hide();
    liveLabel_->setStyleSheet(QString());
    liveLabel_->setText(notifier_->isLive() ? tr("Live") : tr("Not live"));
    liveLabel_->setToolTip(notifier_->isLive() ? tr("Changes by other programs appear as they happen")
                                               : tr("Changes by other programs appear within a few seconds"));
    showSecurity();
}

void MainWindow::showStoreFileLost(const QString &problem)
{
    // For good, unlike a server that comes back: this console's store is a file nobody else
    // reads any more, so it must not look as if anything could still be recorded in it.
    liveLabel_->setText(tr("Store file gone: nothing can be recorded"));
    liveLabel_->setToolTip(problem);
    liveLabel_->setStyleSheet(
        u"color: %1; font-weight: bold;"_s.arg(toneColor(Tone::Bad, palette()).name()));
    const QColor bad = toneColor(Tone::Bad, palette());
    staleBanner_->setStyleSheet(u"QLabel#staleBanner { background: rgba(%1, %2, %3, 28); "
                                u"border-left: 5px solid %4; padding: 6px 10px; }"_s.arg(bad.red())
                                    .arg(bad.green())
                                    .arg(bad.blue())
                                    .arg(bad.name()));
    staleBanner_->setText(
        tr("<b>The store file was deleted or replaced since this window opened it.</b> What you "
           "see is what it held then; no decision or change can be recorded. Open the store "
           "again (File ▸ Open Store…) to see what is at that path now.<br><small>%1</small>")
            .arg(problem.toHtmlEscaped()));
    staleBanner_->show();
}

void MainWindow::showSecurity()
{
    if (store_->backend() != Backend::Postgres) {
        securityLabel_->hide();
        return;
    }
    securityLabel_->show();
    const Result<bool> encrypted = store_->sessionEncrypted();
    if (encrypted && *encrypted) {
        securityLabel_->setText(tr("Encrypted"));
        securityLabel_->setToolTip(tr("The server reports this session as encrypted (TLS)."));
        securityLabel_->setStyleSheet(QString());
    } else {
        securityLabel_->setText(encrypted ? tr("Not encrypted") : tr("Encryption unknown"));
        securityLabel_->setToolTip(
            encrypted ? tr("Warning: the server reports this session as NOT encrypted: passwords and "
                           "evidence cross the network in clear. Use sslmode=verify-full in the store URL.")
                      : tr("Could not ask the server: %1").arg(encrypted.message()));
        securityLabel_->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(warningColor(palette()).name()));
    }
}

bool MainWindow::showScreen(const QString &name)
{
    static const QStringList names = {u"inbox"_s, u"connectors"_s, u"runs"_s, u"insights"_s, u"audit"_s};
    const auto index = names.indexOf(name.toLower());
    if (index < 0)
        return false;
    rail_->setCurrentRow(int(index));
    return true;
}

void MainWindow::showRun(const QString &runId)
{
    showScreen(u"runs"_s);
    runsPage_->openRun(runId);
}

void MainWindow::announceRequests(const QList<ApprovalRequest> &requests)
{
    // A person looking at the console sees the row arrive; one who is elsewhere is told.
    if (requests.isEmpty() || isActiveWindow() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!tray_) {
        tray_ = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(), this);
        tray_->setObjectName(u"trayIcon"_s);
        tray_->setToolTip(tr("Airlock"));
        connect(tray_, &QSystemTrayIcon::messageClicked, this, [this] {
            showScreen(u"inbox"_s);
            showNormal();
            raise();
            activateWindow();
        });
        tray_->show();
    }
    const ApprovalRequest &r = requests.constFirst();
    // The requester's words, control characters escaped.
    auto shown = [](const QString &text) {
        return displayText(text);
    };
    const QString body =
        requests.size() == 1
            ? tr("%1 wants to %2 on %3 (%4).")
                  .arg(shown(r.requestedBy), shown(r.tool), shown(r.target), shown(r.connector))
            : tr("%1 wants to %2 on %3, and %n more.", nullptr, int(requests.size() - 1))
                  .arg(shown(r.requestedBy), shown(r.tool), shown(r.target));
    tray_->showMessage(tr("Approval needed"), body, QSystemTrayIcon::Information, 10000);
}

void MainWindow::replacePage(int index, QWidget *page)
{
    QWidget *old = pages_->widget(index);
    pages_->removeWidget(old);
    pages_->insertWidget(index, page);
    delete old;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(u"openStoreAction"_s);
    QAction *verify = file->addAction(tr("&Verify Evidence Chain"), this, [this] { verifyChain(); });
    verify->setShortcut(QKeySequence(u"Ctrl+Shift+V"_s));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < rail_->count(); ++i) {
        QAction *a = go->addAction(rail_->item(i)->text(), this, [this, i] { rail_->setCurrentRow(i); });
        a->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(i + 1)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Airlock"), this, [this] {
        QMessageBox::about(this, tr("About Airlock"),
                           tr("Airlock %1 — a governance console for AI connectors.")
                               .arg(QApplication::applicationVersion()));
    });
}

QWidget *MainWindow::placeholder(const QString &title, const QString &text)
{
    auto *page = new QWidget(pages_);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(32, 24, 32, 24);
    auto *heading = new QLabel(title, page);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    auto *body = new QLabel(text, page);
    body->setWordWrap(true);
    v->addWidget(heading);
    v->addWidget(body);
    v->addStretch(1);
    return page;
}

void MainWindow::verifyChain(ChainVerification::Scope scope)
{
    // A short pass keeps what the status bar says until it has something new to say.
    if (scope == ChainVerification::Scope::Everything) {
        chainLabel_->setText(tr("Evidence chain: not yet checked"));
        chainLabel_->setToolTip({});
    }
    verification_->start(store_->url(), scope);
}

void MainWindow::showLogAudit(const LogAudit &audit)
{
    if (audit.report.cancelled)
        return;
    auditPage_->showLogAudit(audit);
    checkpointLabel_->setText(LogStatus::statusText(audit));
    checkpointLabel_->setToolTip(LogStatus::statusToolTip(audit));
    const AnchorStatus *newest = LogStatus::newestCheckpoint(audit);
    const bool contradicted = newest && newest->state != AnchorStatus::State::Matches;
    checkpointLabel_->setStyleSheet(
        contradicted ? u"color: %1; font-weight: bold;"_s.arg(toneColor(Tone::Bad, palette()).name()) : QString());
    if (!LogStatus::needsBanner(audit)) {
        evidenceBanner_->hide();
        return;
    }
    const QColor bad = toneColor(Tone::Bad, palette());
    evidenceBanner_->setStyleSheet(u"QLabel#evidenceBanner { background: rgba(%1, %2, %3, 40); "
                                   u"border-left: 5px solid %4; padding: 6px 10px; }"_s.arg(bad.red())
                                       .arg(bad.green())
                                       .arg(bad.blue())
                                       .arg(bad.name()));
    evidenceBanner_->setText(LogStatus::bannerText(audit));
    evidenceBanner_->show();
}

void MainWindow::showChainReport(const EvidenceChain::VerifyReport &report)
{
    if (report.cancelled)
        chainLabel_->setText(tr("Evidence chain: not yet checked"));
    else if (report.intact)
        chainLabel_->setText(tr("Evidence chain: intact"));
    else if (report.findings.isEmpty() || report.findings.constFirst().kind == EvidenceChain::Finding::Kind::BrokenLink)
        chainLabel_->setText(tr("Evidence chain: broken at #%1").arg(report.firstBadSeq));
    else if (report.findings.constFirst().kind == EvidenceChain::Finding::Kind::Truncated)
        chainLabel_->setText(tr("Evidence chain: events missing from #%1").arg(report.firstBadSeq));
    else if (report.findings.constFirst().kind == EvidenceChain::Finding::Kind::Rewritten)
        chainLabel_->setText(tr("Evidence chain: rewritten"));
    else
        chainLabel_->setText(tr("Evidence chain: contradicts a checkpoint"));
    chainLabel_->setToolTip(report.intact ? tr("%n event(s) checked", nullptr, int(report.checked))
                                          : report.problem);
    chainLabel_->setStyleSheet(report.intact || report.cancelled ? QString() : u"color: #c5221f; font-weight: bold;"_s);
}

bool MainWindow::openStore(const QString &urlText)
{
    return openStore(urlText, QString(), false);
}

bool MainWindow::openStore(const QString &urlText, const QString &password, bool remember)
{
    auto url = StoreUrl::parse(urlText);
    if (!url) {
        QMessageBox::warning(this, tr("Open Store"), url.message());
        return false;
    }
    if (!password.isEmpty() && url->backend == Backend::Postgres)
        url->password = password;
    StoreOpener opener(*keychain_);
    auto opened = opener.open(*url);
    if (!opened) {
        QMessageBox::warning(this, tr("Open Store"), opened.message());
        return false;
    }
    (*opened)->setActor(store_->actor());
    setStore(std::move(*opened));
    if (remember && !password.isEmpty()) {
        // Only a password the server accepted is kept, and only in the keychain.
        if (Status saved = keychain_->saveNow(*url, password); !saved)
            QMessageBox::warning(this, tr("Open Store"),
                                 tr("The store is open, but its password was not saved: %1").arg(saved.message()));
    }
    return true;
}

void MainWindow::chooseStore()
{
    OpenStoreDialog dialog(recentStores(), this);
    if (dialog.exec() == QDialog::Accepted)
        openStore(dialog.storeUrl(), dialog.password(), dialog.rememberPassword());
}

QStringList MainWindow::recentStores()
{
    return QSettings().value(u"stores/recent"_s).toStringList();
}

void MainWindow::rememberStore(const QString &url)
{
    QSettings settings;
    QStringList recent = settings.value(u"stores/recent"_s).toStringList();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > kMaxRecentStores)
        recent.removeLast();
    settings.setValue(u"stores/recent"_s, recent);
    settings.setValue(u"stores/last"_s, url);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/screen"_s, rail_->currentRow());
    verification_->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace airlock
