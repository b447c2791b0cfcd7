#pragma once

#include "inventory/connectorview.h"

#include <QWidget>

namespace airlock {

// One section of the connector detail panel (Overview, Scope, Powers and approval, …).
// Sections render a ConnectorView; they never query the store themselves. The panel calls
// showConnector() whenever the selection or the store changes.
class ConnectorSection : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual void showConnector(const ConnectorView &view) = 0;
    virtual QString title() const = 0;
};

} // namespace airlock
