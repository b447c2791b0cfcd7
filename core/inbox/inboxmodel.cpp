#include "inboxmodel.h"

#include "clock.h"
#include "domain/displaytext.h"
#include "inboxorder.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace airlock {

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
    , now_(currentTime())
{}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InboxModel::shortDuration(qint64 secs)
{
    secs = std::max<qint64>(0, secs);
    if (secs < 60)
        return tr("%1 s").arg(secs);
    if (secs < 3600)
        return tr("%1 min").arg(secs / 60);
    if (secs < 86400)
        return tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(secs / 86400).arg((secs % 86400) / 3600);
}

QVariant InboxModel::display(const ApprovalRequest &r, int column) const
{
    // What the agent or its client wrote is shown, never obeyed: control characters escaped.
    switch (Column(column)) {
    case ConnectorColumn:
        return displayText(r.connector);
    case ToolColumn:
        return displayText(r.tool);
    case PowerColumn:
        return wordOf(r.power);
    case TargetColumn:
        return displayText(r.target);
    case RequesterColumn:
        return displayText(r.requestedBy);
    case AgeColumn:
        return shortDuration(r.requestedAt.secsTo(now_));
    case TimeLeftColumn: {
        if (r.status != ApprovalStatus::Pending)
            return wordOf(r.status);
        const qint64 left = now_.secsTo(r.expiresAt);
        return left <= 0 ? tr("expired") : shortDuration(left);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApprovalRequest &r = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AgeColumn:
            return tr("Requested %1")
                .arg(r.requestedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
        case TimeLeftColumn:
            return tr("Expires %1")
                .arg(r.expiresAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
        case RequesterColumn:
            return r.requestedBy == actor_
                       ? tr("%1 (you: someone else must decide)").arg(displayText(r.requestedBy))
                       : displayText(r.requestedBy);
        default:
            return display(r, index.column());
        }
    case IdRole:
        return r.id;
    case PowerRole:
        return int(r.power);
    case StatusRole:
        return int(r.status);
    case SecondsLeftRole:
        return now_.secsTo(r.expiresAt);
    case OwnRequestRole:
        return !actor_.isEmpty() && r.requestedBy == actor_;
    case UrgentRole:
        return r.status == ApprovalStatus::Pending && now_.secsTo(r.expiresAt) < kUrgentSecs;
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ConnectorColumn:
        return tr("Connector");
    case ToolColumn:
        return tr("Tool");
    case PowerColumn:
        return tr("Power");
    case TargetColumn:
        return tr("Target");
    case RequesterColumn:
        return tr("Requester");
    case AgeColumn:
        return tr("Age");
    case TimeLeftColumn:
        return tr("Time left");
    case ColumnCount:
        break;
    }
    return {};
}

void InboxModel::setRequests(QList<ApprovalRequest> requests)
{
    sortInbox(requests);
    // Rows that left go first, back to front; then the new list is walked in order and each
    // request missing at its place is inserted there. Both lists share inbox order, so what
    // remains of the old one is a subsequence of the new one.
    QSet<QString> incoming;
    for (const ApprovalRequest &r : std::as_const(requests))
        incoming.insert(r.id);
    for (int row = int(rows_.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(rows_.at(row).id)) {
            beginRemoveRows({}, row, row);
            rows_.removeAt(row);
            endRemoveRows();
        }
    }
    // A request whose order changed (its expiry moved) cannot be kept in place: reset then.
    QSet<QString> kept;
    for (const ApprovalRequest &r : std::as_const(rows_))
        kept.insert(r.id);
    QList<ApprovalRequest> keptInNewOrder;
    for (const ApprovalRequest &r : std::as_const(requests)) {
        if (kept.contains(r.id))
            keptInNewOrder << r;
    }
    for (qsizetype i = 0; i < keptInNewOrder.size(); ++i) {
        if (keptInNewOrder.at(i).id != rows_.at(i).id) {
            beginResetModel();
            rows_ = std::move(requests);
            endResetModel();
            return;
        }
    }
    for (int row = 0; row < requests.size(); ++row) {
        const ApprovalRequest &r = requests.at(row);
        if (row < rows_.size() && rows_.at(row).id == r.id) {
            const ApprovalRequest &old = rows_.at(row);
            const bool changed = old.status != r.status || old.decidedAt != r.decidedAt ||
                                 old.expiresAt != r.expiresAt || old.target != r.target;
            rows_[row] = r;
            if (changed)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, row, row);
        rows_.insert(row, r);
        endInsertRows();
    }
}

const ApprovalRequest *InboxModel::requestAt(int row) const
{
    return row >= 0 && row < rows_.size() ? &rows_.at(row) : nullptr;
}

int InboxModel::rowOf(const QString &id) const
{
    for (int row = 0; row < rows_.size(); ++row) {
        if (rows_.at(row).id == id)
            return row;
    }
    return -1;
}

int InboxModel::pendingCount() const
{
    int n = 0;
    for (const ApprovalRequest &r : rows_)
        n += r.status == ApprovalStatus::Pending;
    return n;
}

void InboxModel::setNow(const QDateTime &now)
{
    now_ = now;
    if (!rows_.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(int(rows_.size()) - 1, TimeLeftColumn),
                           {Qt::DisplayRole, SecondsLeftRole, UrgentRole});
}

} // namespace airlock
