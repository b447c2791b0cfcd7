#pragma once

#include "domain/approvalrequest.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace airlock {

// The inbox queue: one row per request, in inbox order (sortInbox), over a list that a live
// update replaces. Age and time left are measured against now(), which the page ticks.
// Carries text and semantic roles only; the UI adds colours and fonts.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column {
        ConnectorColumn,
        ToolColumn,
        PowerColumn,
        TargetColumn,
        RequesterColumn,
        AgeColumn,
        TimeLeftColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        IdRole = Qt::UserRole + 1, // QString
        PowerRole,                 // int: Power
        StatusRole,                // int: ApprovalStatus
        SecondsLeftRole,           // qint64: until it expires (negative when past)
        OwnRequestRole,            // bool: the acting identity asked for it
        UrgentRole                 // bool: pending with less than kUrgentSecs left
    };
    Q_ENUM(Roles)
    static constexpr qint64 kUrgentSecs = 10 * 60;

    explicit InboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the rows (sorted here). When the same requests come back in the same order only
    // changed rows report dataChanged; otherwise rows are removed and inserted one by one, so
    // the view's current row survives a request arriving or leaving elsewhere in the queue.
    void setRequests(QList<ApprovalRequest> requests);
    const QList<ApprovalRequest> &requests() const { return rows_; }
    const ApprovalRequest *requestAt(int row) const;
    int rowOf(const QString &id) const;
    int pendingCount() const;

    void setActor(const QString &actor) { actor_ = actor; }
    // Moves the clock the age and time-left columns are measured against.
    void setNow(const QDateTime &now);
    QDateTime now() const { return now_; }

    // "4 min", "1 h 05 min", "2 d 3 h": how long, compactly, for a table cell.
    static QString shortDuration(qint64 secs);

private:
    QVariant display(const ApprovalRequest &r, int column) const;

    QList<ApprovalRequest> rows_;
    QString actor_;
    QDateTime now_;
};

} // namespace airlock
