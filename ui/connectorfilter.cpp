#include "connectorfilter.h"

#include "inventory/connectortablemodel.h"

namespace airlock {

ConnectorFilter::ConnectorFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectorTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ConnectorFilter::setSearchText(const QString &text)
{
    search_ = text.trimmed();
    invalidateRowsFilter();
}

void ConnectorFilter::setStatus(std::optional<int> status)
{
    status_ = status;
    invalidateRowsFilter();
}

bool ConnectorFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (status_ && m->index(sourceRow, 0, sourceParent).data(ConnectorTableModel::StatusRole).toInt() != *status_)
        return false;
    if (search_.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c) {
        const QModelIndex i = m->index(sourceRow, c, sourceParent);
        if (i.data(Qt::DisplayRole).toString().contains(search_, Qt::CaseInsensitive)
            || i.data(Qt::ToolTipRole).toString().contains(search_, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace airlock
