#pragma once

// The Audit screen's checkpoints: every signed checkpoint in the store (and this machine's
// witness when the store no longer holds it), each with its number, log size, root, signer,
// time, whether this machine trusts the key and whether the store still matches it — and the
// events appended since the newest one, not yet vouched for.

#include "proof/logaudit.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace airlock {

class CheckpointList final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointList)

public:
    explicit CheckpointList(QWidget *parent = nullptr);
    void showAudit(const LogAudit &audit);
    void showFailure(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QTableWidget *table_ = nullptr;
    QLabel *summary_ = nullptr;
    LogAudit shown_;
};

} // namespace airlock
