#pragma once

#include "connectorsection.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace airlock {

class ColumnFitter;

// Grants: the standing approvals reviewers gave with "Approve for…" — what each covers (one
// run, or a tool on a target pattern), who gave it and when, until when it holds, and whether
// it is active, expired or revoked (by whom, why). An active grant can be revoked here; the
// page does it (with a reason) and records it as evidence.
class GrantsSection final : public ConnectorSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantsSection)

public:
    enum Column { CoversColumn, GrantedColumn, UntilColumn, StateColumn, NoteColumn, ColumnCount };

    explicit GrantsSection(QWidget *parent = nullptr);
    void showConnector(const ConnectorView &view) override;
    QString title() const override;

Q_SIGNALS:
    void revokeRequested(const QString &grantId);

private:
    void updateRevoke();

    QLabel *summary_ = nullptr;
    QTableWidget *table_ = nullptr;
    QPushButton *revoke_ = nullptr;
    ColumnFitter *fitter_ = nullptr;
};

} // namespace airlock
