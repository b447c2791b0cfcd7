#pragma once

#include "connectorsection.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace airlock {

// Scope: the connector's ordered include/exclude rules, and a tester that says, as the user
// types a resource path, whether it is in scope and which rule decided, by asking the core's
// judgeCall() (so the path is made canonical as every call's target is, and one that cannot
// be is refused). The deciding rule's row is selected; the result label carries the dynamic
// properties "inScope" (bool), "decidingRule" (row index, -1 when no rule matched) and
// "canonicalTarget" (the target judged; invalid when it was refused).
class ScopeSection final : public ConnectorSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeSection)

public:
    explicit ScopeSection(QWidget *parent = nullptr);

    void showConnector(const ConnectorView &view) override;
    QString title() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRules();
    void testPath();

    QString connectorName_;
    Connector connector_;
    QList<ScopeRule> rules_;
    QLabel *note_ = nullptr;
    QTableWidget *table_ = nullptr;
    QLineEdit *path_ = nullptr;
    QLabel *result_ = nullptr;
};

} // namespace airlock
