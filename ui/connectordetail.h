#pragma once

#include "inventory/connectorview.h"
#include "store/storeroles.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace airlock {

class ConnectorSection;

// The detail panel of one connector: a header with its name, status and the lifecycle
// actions (Disconnect first), and the sections in tabs. Actions are requested by signal; the
// page performs them against the store.
class ConnectorDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorDetail)

public:
    explicit ConnectorDetail(QWidget *parent = nullptr);
    void showConnector(const ConnectorView &view);
    void clear();
    const ConnectorView *current() const { return hasView_ ? &view_ : nullptr; }
    // What the login may do (shared mode): actions it may not take are disabled, with why.
    void setRoles(const SessionRoles &roles);
    // Why this login may not pause, resume or disconnect (shared store), in words.
    static QString statusChangeRefused(const SessionRoles &roles);
    const std::optional<SessionRoles> &roles() const { return roles_; }

Q_SIGNALS:
    void disconnectRequested(const QString &name);
    void reconnectRequested(const QString &name);
    void pauseRequested(const QString &name);
    void resumeRequested(const QString &name);
    void retireRequested(const QString &name);
    void reviewRequested(const QString &name);
    void editRequested(const QString &name);
    void revokeGrantRequested(const QString &connector, const QString &grantId);

private:
    void applyRoles();

    ConnectorView view_;
    bool hasView_ = false;
    std::optional<SessionRoles> roles_;
    QLabel *title_ = nullptr;
    QLabel *subtitle_ = nullptr;
    QPushButton *disconnect_ = nullptr;
    QPushButton *reconnect_ = nullptr;
    QPushButton *pause_ = nullptr;
    QPushButton *resume_ = nullptr;
    QPushButton *review_ = nullptr;
    QPushButton *edit_ = nullptr;
    QPushButton *retire_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    QList<ConnectorSection *> sections_;
    QWidget *empty_ = nullptr;
    QWidget *body_ = nullptr;
};

} // namespace airlock
