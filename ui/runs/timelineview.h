#pragma once

#include "runs/timeline.h"

#include <QWidget>
#include <memory>

namespace airlock {

// The timeline of one run: a lane per connector (the run's own events first, approvals
// last) on a time axis, each event a mark, each approval wait a bar from request to decision,
// failures and blocked calls in warning colours and the stop point as a line across all lanes.
// Wheel or +/- zooms around the pointer or the selected event, dragging or Shift+arrows pans,
// 0 fits the run; arrows, Home and End step through the events (replay) and the view follows.
// Painting walks pixel columns, not events: each lane asks the timeline for the first event at
// or after a column's start, so a frame costs the same at 10,000 events as at 1,000.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setTimeline(std::shared_ptr<const RunTimeline> timeline);
    const RunTimeline *timeline() const { return timeline_.get(); }

    int selectedEvent() const { return selected_; }
    void setSelectedEvent(int index);
    void stepBy(int delta);

    // The visible time range, in milliseconds since the epoch.
    qint64 viewStart() const { return qint64(viewStart_); }
    qint64 viewEnd() const { return qint64(viewStart_ + viewSpan_); }
    void zoomBy(double factor); // < 1 zooms in, around the selected event or the centre
    void zoomToFit();
    void panByPixels(double dx);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr int kLabelWidth = 170;
    static constexpr int kAxisHeight = 26;
    static constexpr int kLaneHeight = 30;

Q_SIGNALS:
    void selectedEventChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    double plotWidth() const;
    double xOf(qint64 ms) const;
    double msAt(double x) const;
    void zoomAround(double factor, double anchorMs);
    void clampView();
    void ensureVisible(int index);
    int eventAt(const QPoint &pos) const;
    int laneAt(int y) const;
    void paintAxis(QPainter &p, const QRect &plot);
    void paintLanes(QPainter &p, const QRect &plot);
    void paintWaits(QPainter &p, const QRect &plot);
    void paintMarks(QPainter &p, const QRect &plot);
    void paintStopAndSelection(QPainter &p, const QRect &plot);

    std::shared_ptr<const RunTimeline> timeline_;
    double viewStart_ = 0;
    double viewSpan_ = 1000;
    int selected_ = -1;
    QPoint pressPos_;
    double pressViewStart_ = 0;
    bool dragging_ = false;
};

} // namespace airlock
