#include "auditeventmodel.h"

#include "domain/displaytext.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace airlock {

void AuditEventModel::setEvents(const QList<EvidenceEvent> &events)
{
    beginResetModel();
    events_ = events;
    endResetModel();
}

void AuditEventModel::appendEvents(const QList<EvidenceEvent> &events)
{
    if (events.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(events_.size()), int(events_.size() + events.size()) - 1);
    events_ += events;
    endInsertRows();
}

void AuditEventModel::setMarked(qint64 seq, const QString &why)
{
    marked_ = seq;
    markedWhy_ = why;
    if (!events_.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AuditEventModel::setMarkColor(const QColor &color)
{
    if (markColor_ == color)
        return;
    markColor_ = color;
    if (marked_ != 0 && !events_.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(events_.size());
}

int AuditEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceEvent &e = events_.at(index.row());
    const bool marked = marked_ != 0 && e.seq == marked_;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeqColumn:
            return QString(u'#' + QString::number(e.seq));
        case TimeColumn:
            return e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        // Recorded text is shown, never obeyed: control characters escaped.
        case ActorColumn:
            return displayText(e.actor);
        case ConnectorColumn:
            return displayText(e.connector);
        case WhatColumn:
            return kindText(e.kind);
        case SummaryColumn:
            return displayText(e.summary);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (marked)
            return markedWhy_;
        if (index.column() == TimeColumn)
            return e.at.toUTC().toString(Qt::ISODateWithMs);
        if (index.column() == SummaryColumn || index.column() == WhatColumn)
            return displayText(e.summary);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (marked) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (marked && markColor_.isValid())
            return markColor_;
        return {};
    case Qt::BackgroundRole:
        if (marked && markColor_.isValid()) {
            QColor tint = markColor_;
            tint.setAlpha(40);
            return tint;
        }
        return {};
    case SeqRole:
        return e.seq;
    case KindRole:
        return int(e.kind);
    case MarkedRole:
        return marked;
    default:
        return {};
    }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ConnectorColumn:
        return tr("Connector");
    case WhatColumn:
        return tr("What");
    case SummaryColumn:
        return tr("Change and why");
    case ColumnCount:
        break;
    }
    return {};
}

QString AuditEventModel::kindText(EventKind kind)
{
    switch (kind) {
    case EventKind::Trigger:
        return tr("Run triggered");
    case EventKind::Read:
        return tr("Read");
    case EventKind::Search:
        return tr("Search");
    case EventKind::Draft:
        return tr("Draft");
    case EventKind::Write:
        return tr("Write");
    case EventKind::Send:
        return tr("Send");
    case EventKind::TriggerAction:
        return tr("Action triggered");
    case EventKind::Output:
        return tr("Output");
    case EventKind::ApprovalRequested:
        return tr("Approval requested");
    case EventKind::ApprovalDecided:
        return tr("Approval decided");
    case EventKind::ApprovalExpired:
        return tr("Approval expired");
    case EventKind::ApprovalWithdrawn:
        return tr("Approval withdrawn");
    case EventKind::ActionExecuted:
        return tr("Approved action ran");
    case EventKind::Blocked:
        return tr("Blocked");
    case EventKind::Error:
        return tr("Error");
    case EventKind::RunStarted:
        return tr("Run started");
    case EventKind::RunEnded:
        return tr("Run ended");
    case EventKind::ConnectorAdded:
        return tr("Connector added");
    case EventKind::ConnectorChanged:
        return tr("Connector changed");
    case EventKind::ScopeChanged:
        return tr("Scope changed");
    case EventKind::PowersChanged:
        return tr("Powers changed");
    case EventKind::ModeChanged:
        return tr("Permission mode changed");
    case EventKind::ConnectorPaused:
        return tr("Paused");
    case EventKind::ConnectorResumed:
        return tr("Resumed");
    case EventKind::ConnectorDisconnected:
        return tr("Disconnected");
    case EventKind::ConnectorReconnected:
        return tr("Reconnected");
    case EventKind::ConnectorRetired:
        return tr("Retired");
    case EventKind::ReviewRecorded:
        return tr("Review recorded");
    case EventKind::ToolDiscovered:
        return tr("Tool discovered");
    case EventKind::ToolChanged:
        return tr("Tool definition changed");
    case EventKind::ToolReviewed:
        return tr("Tool reviewed");
    case EventKind::ApprovalGranted:
        return tr("Approval granted ahead");
    case EventKind::GrantRevoked:
        return tr("Grant revoked");
    case EventKind::RoleGranted:
        return tr("Role granted");
    case EventKind::RoleRevoked:
        return tr("Role revoked");
    }
    return wordOf(kind);
}

} // namespace airlock
