#include "runstrip.h"

#include "sections/sectionsupport.h"
#include "sections/sectiontext.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
constexpr qreal kMark = 12;
constexpr qreal kGap = 4;
constexpr qreal kMinMark = 3;

QColor mixForStrip(const EvidenceEvent &e, const QPalette &palette, const QColor &text)
{
    if (emphasisOf(e) != Emphasis::None || e.kind == EventKind::Error)
        return toneColor(Tone::Bad, palette);
    switch (e.kind) {
    case EventKind::ApprovalRequested:
    case EventKind::ApprovalDecided:
    case EventKind::ApprovalExpired:
    case EventKind::ApprovalWithdrawn:
        return toneColor(Tone::Warning, palette);
    case EventKind::Write:
    case EventKind::Send:
    case EventKind::TriggerAction:
    case EventKind::ActionExecuted:
        return toneColor(Tone::Good, palette);
    default:
        return text;
    }
}
} // namespace

RunStrip::RunStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"runStrip"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RunStrip::setEvents(const QList<EvidenceEvent> &events, qint64 highlightSeq)
{
    events_ = events;
    highlight_ = highlightSeq;
    update();
}

QSize RunStrip::sizeHint() const
{
    return {int(events_.size() * (kMark + kGap)) + 8, int(kMark) + 12};
}

QSize RunStrip::minimumSizeHint() const
{
    return {60, int(kMark) + 12};
}

QRectF RunStrip::markRect(int i) const
{
    const qreal available = width() - 8;
    const qreal n = qreal(std::max<qsizetype>(1, events_.size()));
    // Shrink the marks when the run is longer than the strip is wide.
    const qreal step = std::min(kMark + kGap, available / n);
    const qreal w = std::max(kMinMark, step - std::min(kGap, step / 3));
    return {4 + i * step, 6, w, kMark};
}

void RunStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor line = toneColor(Tone::Dim, pal);
    p.setPen(QPen(line, 1));
    p.drawLine(QPointF(4, 6 + kMark / 2), QPointF(width() - 4, 6 + kMark / 2));
    for (int i = 0; i < events_.size(); ++i) {
        const EvidenceEvent &e = events_.at(i);
        QColor fill = mixForStrip(e, pal, text);
        const QRectF r = markRect(i);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(r, 2, 2);
        if (e.seq == highlight_) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), 3, 3);
        }
    }
}

bool RunStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < events_.size(); ++i) {
            if (markRect(i).adjusted(-1, -4, 1, 4).contains(help->pos())) {
                const EvidenceEvent &e = events_.at(i);
                QToolTip::showText(help->globalPos(),
                                   tr("#%1 · %2 · %3\n%4")
                                       .arg(QString::number(e.seq), SectionText::time(e.at),
                                            ActivityText::kind(e.kind), e.summary),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace airlock
