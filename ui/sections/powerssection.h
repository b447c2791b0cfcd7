#pragma once

#include "connectorsection.h"

class QLabel;
class QTableWidget;

namespace airlock {

// Powers and approval: for each power, whether it is granted and what the core's
// decideForPower() says a call with it gets under the connector's permission mode (runs
// automatically, needs a human, or is blocked), with the decision's reason as tooltip; then the
// connector's trigger rules, which decide under important_actions. The verdict cells carry the
// verdict word (allow / needs_approval / deny) in Qt::UserRole.
class PowersSection final : public ConnectorFactsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PowersSection)

public:
    explicit PowersSection(QWidget *parent = nullptr);

    QString title() const override;

protected:
    void render() override;

private:
    void fillPowers();
    void fillTriggers();

    QLabel *mode_ = nullptr;
    QLabel *statusNote_ = nullptr;
    QTableWidget *powers_ = nullptr;
    QLabel *triggersCaption_ = nullptr;
    QTableWidget *triggers_ = nullptr;
};

} // namespace airlock
