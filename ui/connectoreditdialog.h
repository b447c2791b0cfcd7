#pragma once

#include "domain/connector.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace airlock {

// Edits what a connector may do: its permission mode, granted powers and ordered scope
// rules. Returns the edited connector; the page applies it with a reason (kept as
// evidence) and the revision it started from, so a concurrent edit is refused, not lost.
class ConnectorEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorEditDialog)

public:
    explicit ConnectorEditDialog(const Connector &connector, QWidget *parent = nullptr);

    Connector edited() const;
    QString reason() const;

private:
    void addRule(ScopeRule::Effect effect, const QString &pattern);
    void moveRule(int delta);
    void updateState();

    Connector original_;
    QComboBox *mode_ = nullptr;
    QList<QCheckBox *> powers_;
    QTableWidget *rules_ = nullptr;
    QLineEdit *reason_ = nullptr;
    QPushButton *save_ = nullptr;
};

} // namespace airlock
