#pragma once

#include "connectorsection.h"

class QLabel;
class QTableWidget;

namespace airlock {

class ColumnFitter;

// Tools: each tool of the connector with its MCP annotations (untrusted hints), the power
// derived from them, the power that applies (a lead may have set it), and whether its
// definition is reviewed, new or changed since review. New and changed tools are refused by
// the policy until they are reviewed, so they stand out.
class ToolsSection final : public ConnectorSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolsSection)

public:
    // The review state comes right after the name: on a narrow panel it stays in view.
    enum Column {
        NameColumn,
        ReviewColumn,
        DescriptionColumn,
        AnnotationsColumn,
        DerivedPowerColumn,
        EffectivePowerColumn,
        ColumnCount
    };

    explicit ToolsSection(QWidget *parent = nullptr);
    void showConnector(const ConnectorView &view) override;
    QString title() const override;

private:
    QLabel *summary_ = nullptr;
    QTableWidget *table_ = nullptr;
    ColumnFitter *fitter_ = nullptr;
};

} // namespace airlock
