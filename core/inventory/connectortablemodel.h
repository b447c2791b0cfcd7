#pragma once

#include "connectorsummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace airlock {

// The Connectors table: one row per connector, over an immutable list of summaries that a
// live update replaces. Carries text and semantic roles only; colours, icons and fonts are
// added in ui/ by delegates or proxy models (core stays headless).
class ConnectorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorTableModel)

public:
    enum Column {
        NameColumn,
        TargetColumn, // target system and kind
        StatusColumn,
        PowersColumn,
        ModeColumn,
        IdentityColumn,
        ScopeColumn,
        ReadinessColumn, // the readiness checklist in brief: "ready", "1 fail, 2 warn"
        LastReviewColumn,
        NextReviewColumn,
        LastActivityColumn,
        Blocked7dColumn,
        ActionColumn, // the kill switch: "Disconnect…" (or "Reconnect…"), painted as a button
        ColumnCount
    };
    Q_ENUM(Column)

    // The same value in every column of a row, except SortRole.
    enum Roles {
        NameRole = Qt::UserRole + 1, // QString
        StatusRole,                  // int: ConnectorStatus
        PowersRole,                  // int: bit (1 << Power) for each granted power
        HighestPowerRole,            // int: the highest granted Power, -1 when none
        OverdueRole,                 // bool: the next review was due before now
        DriftRole,                   // int: tools changed or new since the last review
        BlockedRole,                 // int: blocked attempts in the last 7 days
        SortRole,      // per column: times as ms (qint64, never = lowest), counts and enums as int
        ReadinessRole, // int: the worst ReadinessResult of the checklist
        PendingApprovalsRole // int: pending approval requests
    };
    Q_ENUM(Roles)

    explicit ConnectorTableModel(QObject *parent = nullptr);
    ~ConnectorTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows. When the same connectors come back (in any order) the rows keep their
    // places and only changed rows report dataChanged, so selections and the current index
    // survive live updates; when a connector comes or goes, the model resets once.
    void setSummaries(QList<ConnectorSummary> summaries);
    const QList<ConnectorSummary> &summaries() const { return rows_; }

    const ConnectorSummary *summaryAt(int row) const; // null when out of range
    int rowOf(const QString &name) const;             // -1 when absent
    static QString actionText(ConnectorStatus status); // the kill-switch column's words
    static QString statusName(ConnectorStatus status); // "active", translated

private:
    QVariant display(const ConnectorSummary &s, int column) const;
    QVariant toolTip(const ConnectorSummary &s, int column) const;
    QVariant sortValue(const ConnectorSummary &s, int column) const;

    QList<ConnectorSummary> rows_;
    QHash<QString, int> rowByName_;
};

} // namespace airlock
