#pragma once

#include "runs/timeline.h"

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace airlock {

class BackgroundRead;
class Store;
class TimelineView;

// One run replayed from its evidence: what it was and how it ended, the story in plain words,
// the totals, the timeline, and the selected event in full with its place in the evidence
// chain checked. Replay steps event by event (buttons, or ←/→ on the timeline) and the
// timeline follows. The run can be exported as an evidence bundle or a printable PDF report.
class RunTimelinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTimelinePage)

public:
    explicit RunTimelinePage(Store &store, QWidget *parent = nullptr);
    ~RunTimelinePage() override;

    void load(const QString &runId);
    // Reads the run again when it may still change (running or waiting).
    void reloadIfLive();
    QString runId() const { return runId_; }
    bool isLoading() const;
    std::shared_ptr<const RunTimeline> timeline() const { return timeline_; }
    TimelineView *view() const { return view_; }

    // Where the exports go; by default a dialog asks. Tests answer directly.
    void setBundleDirectoryProvider(std::function<QString()> provider)
    {
        bundleDir_ = std::move(provider);
    }
    void setReportPathProvider(std::function<QString()> provider)
    {
        reportPath_ = std::move(provider);
    }
    void exportBundle();
    void printReport();

Q_SIGNALS:
    void backRequested();
    void loaded(const QString &runId);
    void exported(const QString &path);

private:
    void present(std::shared_ptr<const RunTimeline> timeline);
    void describeEvent(int index);
    void showLoadError(const QString &message);
    void updatePosition();

    Store &store_;
    QString runId_;
    std::shared_ptr<const RunTimeline> timeline_;
    BackgroundRead *reader_ = nullptr;
    BackgroundRead *exporter_ = nullptr;
    QPushButton *back_ = nullptr;
    QLabel *title_ = nullptr;
    QLabel *outcome_ = nullptr;
    QLabel *totals_ = nullptr;
    QLabel *narrative_ = nullptr;
    TimelineView *view_ = nullptr;
    QWidget *upper_ = nullptr;
    QSplitter *split_ = nullptr;
    QPushButton *first_ = nullptr;
    QPushButton *previous_ = nullptr;
    QPushButton *next_ = nullptr;
    QPushButton *last_ = nullptr;
    QPushButton *stop_ = nullptr;
    QLabel *position_ = nullptr;
    QLabel *detail_ = nullptr;
    QLabel *chain_ = nullptr;
    QPlainTextEdit *payload_ = nullptr;
    QPushButton *bundle_ = nullptr;
    QPushButton *report_ = nullptr;
    std::function<QString()> bundleDir_;
    std::function<QString()> reportPath_;
};

} // namespace airlock
