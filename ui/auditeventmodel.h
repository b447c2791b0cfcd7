#pragma once

#include "domain/evidenceevent.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace airlock {

// Evidence events as table rows: the governance record on the Audit screen, and the events
// around a broken link of the chain, where one event can be marked as the bad one.
class AuditEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEventModel)

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ConnectorColumn,
        WhatColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role { SeqRole = Qt::UserRole + 1, KindRole, MarkedRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const QList<EvidenceEvent> &events);
    void appendEvents(const QList<EvidenceEvent> &events);
    const QList<EvidenceEvent> &events() const { return events_; }

    // Marks the event with this sequence number (0: none), e.g. the first bad link.
    void setMarked(qint64 seq, const QString &why);
    // The colour marked rows are drawn in; follows the view's palette.
    void setMarkColor(const QColor &color);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Scope changed", "Connector disconnected", … for every kind of event.
    static QString kindText(EventKind kind);

private:
    QList<EvidenceEvent> events_;
    qint64 marked_ = 0;
    QString markedWhy_;
    QColor markColor_;
};

} // namespace airlock
