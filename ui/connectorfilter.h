#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace airlock {

// Free-text search over every column's text, plus a status filter; sorts by SortRole so
// times and counts order numerically.
class ConnectorFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorFilter)

public:
    explicit ConnectorFilter(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    void setStatus(std::optional<int> status); // a ConnectorStatus, or all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString search_;
    std::optional<int> status_;
};

} // namespace airlock
