#pragma once

#include "store/runstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace airlock {

class BackgroundRead;
class RunListModel;
class RunTimelinePage;
class Store;

// The Runs screen, for investigators: every run in the store, newest first, with filters by
// status, workflow, connector, time range and flag; opening one shows its timeline. The list
// reads keyset pages of 200 on a worker thread as the table scrolls (no COUNT(*), no OFFSET),
// so a store of 1,000,000 runs opens as fast as one page.
class RunsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPage)

public:
    explicit RunsPage(Store &store, QWidget *parent = nullptr);
    ~RunsPage() override;

    static constexpr int kPageSize = 200;

    // Reads the first page again under the current filters (the store changed).
    void reload();
    // Shows the timeline of one run (read on a worker thread).
    void openRun(const QString &runId);
    void showList();
    bool isShowingTimeline() const;
    bool isLoading() const;

    RunListModel *model() const { return model_; }
    RunTimelinePage *timelinePage() const { return timeline_; }
    RunStore::Filter currentFilter() const;

Q_SIGNALS:
    void pageLoaded(int rows);

private:
    void loadPage(bool first, bool keepShown = false);
    void loadChoices();
    void updateSummary(const QString &error = QString());
    void openSelected();

    Store &store_;
    RunListModel *model_ = nullptr;
    BackgroundRead *pages_ = nullptr;
    BackgroundRead *choices_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    QWidget *list_ = nullptr;
    QTableView *table_ = nullptr;
    QComboBox *status_ = nullptr;
    QComboBox *workflow_ = nullptr;
    QComboBox *connector_ = nullptr;
    QComboBox *period_ = nullptr;
    QComboBox *flag_ = nullptr;
    QLabel *summary_ = nullptr;
    RunTimelinePage *timeline_ = nullptr;
};

} // namespace airlock
