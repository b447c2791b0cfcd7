#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace airlock {

class Store;
class ChangeNotifier;

// The console shell: a navigation rail (Inbox, Connectors, Runs, Insights, Audit) beside
// the selected screen, and a status bar that always says which store is open, whether it is
// live, the evidence chain's state and who is acting.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void buildMenus();
    QWidget *placeholder(const QString &title, const QString &text);
    void refreshStatus();

    std::unique_ptr<Store> store_;
    ChangeNotifier *notifier_ = nullptr;
    QListWidget *rail_ = nullptr;
    QStackedWidget *pages_ = nullptr;
    QLabel *storeLabel_ = nullptr;
    QLabel *liveLabel_ = nullptr;
    QLabel *chainLabel_ = nullptr;
    QLabel *actorLabel_ = nullptr;
};

} // namespace airlock
