#pragma once

#include "inventory/connectorview.h"

#include <QWidget>

#include <optional>

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

// A section drawn from the connector alone: it keeps the connector it was last shown and
// renders it again when the palette (its tones) or the language changes.
class ConnectorFactsSection : public ConnectorSection
{
    Q_OBJECT

public:
    using ConnectorSection::ConnectorSection;
    void showConnector(const ConnectorView &view) final;

protected:
    void changeEvent(QEvent *event) override;
    // Shows connector(), which is empty until the first showConnector().
    virtual void render() = 0;
    const std::optional<Connector> &connector() const { return connector_; }

private:
    std::optional<Connector> connector_;
};

} // namespace airlock
