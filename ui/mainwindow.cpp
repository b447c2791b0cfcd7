#include "mainwindow.h"

#include "store/changenotifier.h"
#include "store/connectorstore.h"
#include "store/store.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace airlock {

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : QMainWindow(parent)
    , store_(std::move(store))
{
    setWindowTitle(tr("Airlock"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    rail_ = new QListWidget(central);
    rail_->setObjectName(QStringLiteral("navigationRail"));
    rail_->setFixedWidth(160);
    rail_->setFrameShape(QFrame::NoFrame);
    pages_ = new QStackedWidget(central);
    pages_->setObjectName(QStringLiteral("pages"));

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
    rail_->setCurrentRow(1);

    layout->addWidget(rail_);
    layout->addWidget(pages_, 1);
    setCentralWidget(central);

    storeLabel_ = new QLabel(this);
    storeLabel_->setObjectName(QStringLiteral("storeLabel"));
    liveLabel_ = new QLabel(this);
    liveLabel_->setObjectName(QStringLiteral("liveLabel"));
    chainLabel_ = new QLabel(this);
    chainLabel_->setObjectName(QStringLiteral("chainLabel"));
    actorLabel_ = new QLabel(this);
    actorLabel_->setObjectName(QStringLiteral("actorLabel"));
    statusBar()->addWidget(storeLabel_, 1);
    statusBar()->addPermanentWidget(liveLabel_);
    statusBar()->addPermanentWidget(chainLabel_);
    statusBar()->addPermanentWidget(actorLabel_);

    notifier_ = new ChangeNotifier(*store_, this);
    connect(notifier_, &ChangeNotifier::changed, this, &MainWindow::refreshStatus);
    buildMenus();
    refreshStatus();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    delete notifier_; // before the store it watches
    notifier_ = nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
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

void MainWindow::refreshStatus()
{
    const StoreUrl &url = store_->url();
    storeLabel_->setText(tr("Store: %1").arg(url.display()));
    liveLabel_->setText(notifier_->isLive() ? tr("Live") : tr("Not live"));
    chainLabel_->setText(tr("Evidence chain: not yet checked"));
    actorLabel_->setText(tr("Signed in as %1").arg(store_->actor()));
    auto connectors = ConnectorStore(*store_).list();
    if (connectors)
        rail_->item(1)->setText(tr("Connectors") + QStringLiteral(" (%1)").arg(connectors->size()));
}

} // namespace airlock
