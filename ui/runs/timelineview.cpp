#include "timelineview.h"

#include "domain/displaytext.h"

#include "runs/narrative.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr double kMinSpanMs = 200; // the closest zoom: a fifth of a second across the plot
constexpr int kClickSlop = 6;      // pixels around a mark that still select it
constexpr double kWheelStep = 0.8; // one wheel notch zooms in by this factor

struct Palette
{
    QColor text, faint, grid, stripe, normal, approval, approved, rejected, open, failure, blocked,
        selection;
};

Palette paletteFor(const QPalette &p)
{
    const bool dark = p.color(QPalette::Base).lightness() < 128;
    Palette c;
    c.text = p.color(QPalette::Text);
    c.faint = p.color(QPalette::PlaceholderText);
    c.grid = c.text;
    c.grid.setAlpha(40);
    c.stripe = p.color(QPalette::AlternateBase);
    c.normal = dark ? QColor(0xbd, 0xc1, 0xc6) : QColor(0x5f, 0x63, 0x68);
    c.approval = dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x73, 0xe8);
    c.approved = dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x18, 0x80, 0x38);
    c.rejected = dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc5, 0x22, 0x1f);
    c.open = dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0xb0, 0x60, 0x00);
    c.failure = c.rejected;
    c.blocked = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe3, 0x74, 0x00);
    c.selection = p.color(QPalette::Highlight);
    return c;
}

// A tick step that leaves at least minPx between labels.
qint64 tickStep(double msPerPx, int minPx)
{
    static const qint64 steps[] = {1,        2,        5,        10,        20,       50,
                                   100,      200,      500,      1000,      2000,     5000,
                                   10000,    15000,    30000,    60000,     120000,   300000,
                                   600000,   900000,   1800000,  3600000,   7200000,  10800000,
                                   21600000, 43200000, 86400000, 172800000, 604800000};
    for (qint64 s : steps) {
        if (s / msPerPx >= minPx)
            return s;
    }
    return 604800000;
}

QString offsetText(qint64 ms, qint64 step)
{
    if (step < 1000)
        return u"+%1 s"_s.arg(ms / 1000.0, 0, 'f', step < 100 ? 2 : 1);
    if (step < 60000)
        return u"+%1 s"_s.arg(ms / 1000);
    if (ms < 3600000)
        return u"+%1 min"_s.arg(ms / 60000);
    if (ms < 86400000)
        return u"+%1:%2 h"_s.arg(ms / 3600000).arg((ms % 3600000) / 60000, 2, 10, QLatin1Char('0'));
    return u"+%1 d %2 h"_s.arg(ms / 86400000).arg((ms % 86400000) / 3600000);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timelineView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setToolTip(tr("Wheel or +/− to zoom, drag to pan, 0 to fit; ←/→ step through the events"));
}

TimelineView::~TimelineView() = default;

void TimelineView::setTimeline(std::shared_ptr<const RunTimeline> timeline)
{
    timeline_ = std::move(timeline);
    selected_ = -1;
    zoomToFit();
    setFixedHeight(minimumSizeHint().height());
    updateGeometry();
    update();
}

QSize TimelineView::sizeHint() const
{
    const int lanes = timeline_ ? int(timeline_->lanes().size()) : 3;
    return {900, kAxisHeight + lanes * kLaneHeight + 6};
}

QSize TimelineView::minimumSizeHint() const
{
    const int lanes = timeline_ ? int(timeline_->lanes().size()) : 3;
    return {kLabelWidth + 200, kAxisHeight + lanes * kLaneHeight + 6};
}

double TimelineView::plotWidth() const
{
    return std::max(1, width() - kLabelWidth - 12);
}

double TimelineView::xOf(qint64 ms) const
{
    return kLabelWidth + (double(ms) - viewStart_) * plotWidth() / viewSpan_;
}

double TimelineView::msAt(double x) const
{
    return viewStart_ + (x - kLabelWidth) * viewSpan_ / plotWidth();
}

void TimelineView::zoomToFit()
{
    if (!timeline_) {
        viewStart_ = 0;
        viewSpan_ = 1000;
        return;
    }
    const double span =
        std::max<double>(kMinSpanMs * 5, double(timeline_->endMs() - timeline_->startMs()));
    viewSpan_ = span * 1.04;
    viewStart_ = double(timeline_->startMs()) - span * 0.02;
    update();
}

void TimelineView::clampView()
{
    if (!timeline_)
        return;
    const double full =
        std::max<double>(kMinSpanMs * 5, double(timeline_->endMs() - timeline_->startMs())) * 1.2;
    viewSpan_ = std::clamp(viewSpan_, kMinSpanMs, full);
    const double lo = double(timeline_->startMs()) - full * 0.1;
    const double hi = double(timeline_->endMs()) + full * 0.1 - viewSpan_;
    viewStart_ = std::clamp(viewStart_, lo, std::max(lo, hi));
}

void TimelineView::zoomAround(double factor, double anchorMs)
{
    const double frac = (anchorMs - viewStart_) / viewSpan_;
    viewSpan_ *= factor;
    clampView();
    viewStart_ = anchorMs - frac * viewSpan_;
    clampView();
    update();
}

void TimelineView::zoomBy(double factor)
{
    const double anchor = timeline_ && selected_ >= 0 ? double(timeline_->timeOf(selected_))
                                                      : viewStart_ + viewSpan_ / 2;
    zoomAround(factor, anchor);
}

void TimelineView::panByPixels(double dx)
{
    viewStart_ += dx * viewSpan_ / plotWidth();
    clampView();
    update();
}

void TimelineView::setSelectedEvent(int index)
{
    if (!timeline_ || timeline_->events().isEmpty())
        return;
    index = std::clamp(index, 0, int(timeline_->events().size()) - 1);
    if (index == selected_)
        return;
    selected_ = index;
    ensureVisible(index);
    update();
    Q_EMIT selectedEventChanged(index);
}

void TimelineView::stepBy(int delta)
{
    if (!timeline_ || timeline_->events().isEmpty())
        return;
    setSelectedEvent(selected_ < 0 ? (delta > 0 ? 0 : int(timeline_->events().size()) - 1)
                                   : selected_ + delta);
}

void TimelineView::ensureVisible(int index)
{
    // Scrolls just enough to keep the mark clear of the edge, so replay reads left to right.
    const double ms = double(timeline_->timeOf(index));
    const double margin = std::min(viewSpan_ * 0.1, 40.0 * viewSpan_ / plotWidth());
    if (ms < viewStart_ + margin)
        viewStart_ = ms - margin;
    else if (ms > viewStart_ + viewSpan_ - margin)
        viewStart_ = ms + margin - viewSpan_;
    clampView();
}

int TimelineView::laneAt(int y) const
{
    if (!timeline_ || y < kAxisHeight)
        return -1;
    const int lane = (y - kAxisHeight) / kLaneHeight;
    return lane < timeline_->lanes().size() ? lane : -1;
}

int TimelineView::eventAt(const QPoint &pos) const
{
    const int lane = laneAt(pos.y());
    if (lane < 0 || pos.x() < kLabelWidth)
        return -1;
    const QList<int> &evs = timeline_->laneEvents(lane);
    const int from =
        timeline_->firstInLaneAtOrAfter(lane, qint64(std::floor(msAt(pos.x() - kClickSlop))));
    int best = -1;
    double bestDist = kClickSlop + 1;
    for (int i = from; i < evs.size(); ++i) {
        const double x = xOf(timeline_->timeOf(evs.at(i)));
        if (x > pos.x() + kClickSlop)
            break;
        const double d = std::abs(x - pos.x());
        if (d < bestDist) {
            bestDist = d;
            best = evs.at(i);
        }
    }
    if (best < 0 && lane == timeline_->approvalsLane()) {
        // A click on a wait's bar selects its request.
        const double ms = msAt(pos.x());
        for (const ApprovalWait &w : timeline_->approvalWaits()) {
            if (ms >= w.fromMs && ms <= w.toMs)
                return w.requestEvent;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------- painting

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRect plot(kLabelWidth, 0, int(plotWidth()), height());
    if (!timeline_) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No run selected"));
        return;
    }
    paintLanes(p, plot);
    paintAxis(p, plot);
    p.save();
    p.setClipRect(QRect(kLabelWidth, kAxisHeight, plot.width() + 6, height() - kAxisHeight));
    paintWaits(p, plot);
    paintMarks(p, plot);
    paintStopAndSelection(p, plot);
    p.restore();
}

void TimelineView::paintLanes(QPainter &p, const QRect &plot)
{
    const Palette c = paletteFor(palette());
    const QStringList &lanes = timeline_->lanes();
    QFont bold = font();
    bold.setBold(true);
    for (int l = 0; l < lanes.size(); ++l) {
        const QRect row(0, kAxisHeight + l * kLaneHeight, width(), kLaneHeight);
        if (l % 2 == 1)
            p.fillRect(row, c.stripe);
        QString label = l == 0                            ? tr("Run")
                        : l == timeline_->approvalsLane() ? tr("Approvals")
                                                          : displayText(lanes.at(l));
        p.setFont(l == 0 || l == timeline_->approvalsLane() ? bold : font());
        p.setPen(c.text);
        const QRect text = row.adjusted(10, 0, -(width() - kLabelWidth) - 8, 0);
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, text.width()));
    }
    p.setFont(font());
    p.setPen(c.grid);
    p.drawLine(plot.left() - 1, kAxisHeight, plot.left() - 1,
               kAxisHeight + int(lanes.size()) * kLaneHeight);
}

void TimelineView::paintAxis(QPainter &p, const QRect &plot)
{
    const Palette c = paletteFor(palette());
    const double msPerPx = viewSpan_ / plotWidth();
    const qint64 step = tickStep(msPerPx, 90);
    const qint64 origin = timeline_->startMs();
    const qint64 firstOffset =
        qint64(std::ceil((viewStart_ - double(origin)) / double(step))) * step;
    const int bottom = kAxisHeight + int(timeline_->lanes().size()) * kLaneHeight;
    p.setPen(c.grid);
    p.drawLine(0, kAxisHeight - 1, width(), kAxisHeight - 1);
    for (qint64 off = firstOffset; double(origin + off) <= viewStart_ + viewSpan_; off += step) {
        const int x = int(std::lround(xOf(origin + off)));
        if (x < plot.left())
            continue;
        p.setPen(c.grid);
        p.drawLine(x, kAxisHeight - 5, x, bottom);
        p.setPen(c.faint);
        p.drawText(QRect(x + 3, 0, 120, kAxisHeight - 4), Qt::AlignLeft | Qt::AlignBottom,
                   off < 0 ? QString() : offsetText(off, step));
    }
    p.setPen(c.faint);
    p.drawText(QRect(10, 0, kLabelWidth - 16, kAxisHeight - 4), Qt::AlignLeft | Qt::AlignBottom,
               tr("since start"));
}

void TimelineView::paintWaits(QPainter &p, const QRect &plot)
{
    const Palette c = paletteFor(palette());
    const int lane = timeline_->approvalsLane();
    const int top = kAxisHeight + lane * kLaneHeight + 7;
    const int h = kLaneHeight - 14;
    const double viewEnd = viewStart_ + viewSpan_;
    for (const ApprovalWait &w : timeline_->approvalWaits()) {
        if (w.toMs < viewStart_ || w.fromMs > viewEnd)
            continue;
        const double x0 = std::max(double(plot.left()) - 2, xOf(w.fromMs));
        const double x1 = std::min(double(plot.right()) + 2, xOf(w.toMs));
        QColor color = w.outcome == u"approved"_s   ? c.approved
                       : w.outcome == u"rejected"_s ? c.rejected
                       : w.outcome.isEmpty()        ? c.open
                                                    : c.faint;
        QColor fill = color;
        fill.setAlpha(70);
        const QRectF bar(x0, top, std::max(3.0, x1 - x0), h);
        p.fillRect(bar, fill);
        p.setPen(QPen(color, 1.5));
        p.drawRect(bar);
        const QString label = w.outcome.isEmpty()     ? tr("waiting")
                              : w.decidedBy.isEmpty() ? w.outcome
                                                      : tr("%1 by %2").arg(w.outcome, w.decidedBy);
        if (bar.width() > p.fontMetrics().horizontalAdvance(label) + 12) {
            p.setPen(c.text);
            p.drawText(bar.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
        }
    }
}

void TimelineView::paintMarks(QPainter &p, const QRect &)
{
    const Palette c = paletteFor(palette());
    const double viewEnd = viewStart_ + viewSpan_;
    const double msPerPx = viewSpan_ / plotWidth();
    for (int lane = 0; lane < timeline_->lanes().size(); ++lane) {
        const QList<int> &evs = timeline_->laneEvents(lane);
        const int mid = kAxisHeight + lane * kLaneHeight + kLaneHeight / 2;
        int pos =
            timeline_->firstInLaneAtOrAfter(lane, qint64(std::floor(viewStart_ - msPerPx * 4)));
        while (pos < evs.size()) {
            const qint64 ms = timeline_->timeOf(evs.at(pos));
            if (double(ms) > viewEnd + msPerPx * 4)
                break;
            // Everything that falls in this pixel column becomes one mark.
            const double x = std::floor(xOf(ms));
            const int next = std::max(
                pos + 1, timeline_->firstInLaneAtOrAfter(lane, qint64(std::ceil(msAt(x + 1)))));
            const int count = next - pos;
            const bool blocked =
                timeline_->severeBetween(lane, pos, next, RunTimeline::Blocked) > 0;
            const bool failed = timeline_->severeBetween(lane, pos, next, RunTimeline::Failure) > 0;
            if (blocked || failed) {
                const QColor color = blocked ? c.blocked : c.failure;
                p.setPen(QPen(color.darker(130), 1));
                p.setBrush(color);
                const QPointF centre(x + 0.5, mid);
                const double r = 6;
                const QPointF diamond[] = {{centre.x(), centre.y() - r},
                                           {centre.x() + r, centre.y()},
                                           {centre.x(), centre.y() + r},
                                           {centre.x() - r, centre.y()}};
                p.drawPolygon(diamond, 4);
            } else {
                const QColor color = lane == timeline_->approvalsLane() ? c.approval : c.normal;
                const int h = count > 1 ? 18 : 14;
                p.fillRect(QRectF(x - 1, mid - h / 2.0, 3, h), color);
            }
            pos = next;
        }
    }
    p.setBrush(Qt::NoBrush);
}

void TimelineView::paintStopAndSelection(QPainter &p, const QRect &)
{
    const Palette c = paletteFor(palette());
    const int bottom = kAxisHeight + int(timeline_->lanes().size()) * kLaneHeight;
    if (const int stop = timeline_->stopEvent(); stop >= 0) {
        const double x = std::floor(xOf(timeline_->timeOf(stop))) + 0.5;
        p.setPen(QPen(c.failure, 2));
        p.drawLine(QPointF(x, kAxisHeight), QPointF(x, bottom));
        const int mid = kAxisHeight + timeline_->laneOf(stop) * kLaneHeight + kLaneHeight / 2;
        p.setPen(QPen(c.failure, 3));
        p.drawLine(QPointF(x - 7, mid - 7), QPointF(x + 7, mid + 7));
        p.drawLine(QPointF(x - 7, mid + 7), QPointF(x + 7, mid - 7));
        const QString label = timeline_->run().status == RunStatus::Stopped   ? tr("stopped here")
                              : timeline_->run().status == RunStatus::Blocked ? tr("blocked here")
                                                                              : tr("failed here");
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const int w = p.fontMetrics().horizontalAdvance(label) + 10;
        const bool left = x + w > width() - 4;
        const QRectF box(left ? x - w - 3 : x + 3, kAxisHeight + 2, w,
                         p.fontMetrics().height() + 2);
        p.fillRect(box, palette().color(QPalette::Base));
        p.setPen(c.failure);
        p.drawText(box, Qt::AlignCenter, label);
        p.setFont(font());
    }
    if (selected_ >= 0) {
        const double x = std::floor(xOf(timeline_->timeOf(selected_))) + 0.5;
        QPen pen(c.selection, 1, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, kAxisHeight), QPointF(x, bottom));
        const int mid = kAxisHeight + timeline_->laneOf(selected_) * kLaneHeight + kLaneHeight / 2;
        p.setPen(QPen(c.selection, 2.5));
        p.drawEllipse(QPointF(x, mid), 9, 9);
    }
}

// ------------------------------------------------------------------------------ input

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!timeline_)
        return;
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        panByPixels(-d / 120.0 * plotWidth() / 10);
    } else if (delta.y() != 0) {
        const double factor = std::pow(kWheelStep, delta.y() / 120.0);
        zoomAround(factor, msAt(event->position().x()));
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !timeline_)
        return QWidget::mousePressEvent(event);
    pressPos_ = event->position().toPoint();
    pressViewStart_ = viewStart_;
    dragging_ = false;
    setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !timeline_)
        return;
    const int dx = event->position().toPoint().x() - pressPos_.x();
    if (std::abs(dx) > 3)
        dragging_ = true;
    if (dragging_) {
        viewStart_ = pressViewStart_ - dx * viewSpan_ / plotWidth();
        clampView();
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    unsetCursor();
    if (event->button() == Qt::LeftButton && timeline_ && !dragging_) {
        const int hit = eventAt(event->position().toPoint());
        if (hit >= 0)
            setSelectedEvent(hit);
    }
    dragging_ = false;
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Right:
        shift ? panByPixels(plotWidth() / 8) : stepBy(1);
        break;
    case Qt::Key_Left:
        shift ? panByPixels(-plotWidth() / 8) : stepBy(-1);
        break;
    case Qt::Key_Home:
        setSelectedEvent(0);
        break;
    case Qt::Key_End:
        if (timeline_)
            setSelectedEvent(int(timeline_->events().size()) - 1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5);
        break;
    case Qt::Key_Minus:
        zoomBy(2.0);
        break;
    case Qt::Key_0:
        zoomToFit();
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

bool TimelineView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip && timeline_) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int hit = eventAt(help->pos());
        if (hit >= 0) {
            const EvidenceEvent &ev = timeline_->events().at(hit);
            QToolTip::showText(help->globalPos(),
                               u"#%1 · %2 · +%3\n%4"_s.arg(
                                   QString::number(ev.seq), wordOf(ev.kind),
                                   durationText(timeline_->timeOf(hit) - timeline_->startMs()),
                                   displayText(ev.summary)),
                               this);
            return true;
        }
    }
    return QWidget::event(e);
}

} // namespace airlock
