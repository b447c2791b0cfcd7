#pragma once

#include "inventory/disconnectimpact.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace airlock {

// The kill switch's confirmation: shows what disconnecting will do before anything happens
// (pending approvals withdrawn, runs in flight, tools that stop) and requires a reason.
class DisconnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectDialog)

public:
    explicit DisconnectDialog(const DisconnectImpact &impact, QWidget *parent = nullptr);
    QString reason() const;

private:
    QPlainTextEdit *reason_ = nullptr;
    QPushButton *disconnect_ = nullptr;
};

} // namespace airlock
