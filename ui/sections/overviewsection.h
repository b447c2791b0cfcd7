#pragma once

#include "connectorsection.h"

class QLabel;

namespace airlock {

class StepPath;

// Overview: what the connector is for and who owns it, what it talks to, where it stands on
// the lifecycle and trust paths, how to switch it off and undo it, and whether its data is
// fresh. The paths mark each step with the dynamic property "stepState" (past / current /
// future) and name the current steps in their own "currentSteps" property.
class OverviewSection final : public ConnectorFactsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewSection)

public:
    explicit OverviewSection(QWidget *parent = nullptr);
    ~OverviewSection() override;

    QString title() const override;

protected:
    void changeEvent(QEvent *event) override;
    void render() override;

private:
    void showText(QLabel *label, const QString &text);
    void showFreshness();
    void retranslateRowNames();

    QList<QLabel *> rowNames_;
    QLabel *purpose_ = nullptr;
    QLabel *owner_ = nullptr;
    QLabel *target_ = nullptr;
    QLabel *status_ = nullptr;
    StepPath *lifecycle_ = nullptr;
    StepPath *trust_ = nullptr;
    QLabel *disablePath_ = nullptr;
    QLabel *rollbackPlan_ = nullptr;
    QLabel *freshness_ = nullptr;
};

} // namespace airlock
