#pragma once

#include "domain/evidenceevent.h"

#include <QList>
#include <QWidget>

namespace airlock {

// The run so far in one line: each evidence event a small mark in order, reads in the text
// colour, approvals amber, refusals and errors red, and the request under review ringed.
// Hovering a mark tells the event; the full story is one click away on the Runs screen.
class RunStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStrip)

public:
    explicit RunStrip(QWidget *parent = nullptr);
    void setEvents(const QList<EvidenceEvent> &events, qint64 highlightSeq);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int markCount() const { return int(events_.size()); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF markRect(int i) const;

    QList<EvidenceEvent> events_;
    qint64 highlight_ = 0;
};

} // namespace airlock
