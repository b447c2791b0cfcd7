#pragma once

#include "connectorsection.h"
#include "inventory/readiness.h"

#include <QIcon>

class QLabel;
class QTableWidget;

namespace airlock {

// Readiness: seed 002's checklist (purpose, scope, access level, identity, permissions,
// logging, approval, recovery), each pass / warn / fail with the reason, as the core's
// readinessChecklist() judges the connector's data now; the overall result on top.
class ReadinessSection final : public ConnectorSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessSection)

public:
    enum Column { AreaColumn, ResultColumn, ReasonColumn, ColumnCount };

    explicit ReadinessSection(QWidget *parent = nullptr);
    void showConnector(const ConnectorView &view) override;
    QString title() const override;

    // The checklist's words, as ReadinessText has them.
    static QString resultText(ReadinessResult result);
    static QString areaText(const QString &area);
    static QString areaQuestion(const QString &area);

private:
    QIcon resultIcon(ReadinessResult result) const;

    QLabel *overallIcon_ = nullptr;
    QLabel *overall_ = nullptr;
    QTableWidget *table_ = nullptr;
};

} // namespace airlock
