#pragma once

#include "connectorsection.h"

class QLabel;
class QTableWidget;

namespace airlock {

class ColumnFitter;

// Activity: the connector's recent evidence events, blocked attempts first (they are what a
// lead looks for), then newest first. Each row is one recorded fact: when, what kind, which
// tool and target, the result, the summary and who acted.
class ActivitySection final : public ConnectorSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitySection)

public:
    enum Column {
        TimeColumn,
        KindColumn,
        ToolColumn,
        TargetColumn,
        ResultColumn,
        SummaryColumn,
        ActorColumn,
        ColumnCount
    };

    explicit ActivitySection(QWidget *parent = nullptr);
    void showConnector(const ConnectorView &view) override;
    QString title() const override;

private:
    QLabel *summary_ = nullptr;
    QLabel *empty_ = nullptr;
    QTableWidget *table_ = nullptr;
    ColumnFitter *fitter_ = nullptr;
};

} // namespace airlock
