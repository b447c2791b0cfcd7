#include "connectorsection.h"

#include <QEvent>

namespace airlock {

void ConnectorFactsSection::showConnector(const ConnectorView &view)
{
    connector_ = view.connector;
    render();
}

void ConnectorFactsSection::changeEvent(QEvent *event)
{
    ConnectorSection::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        render();
}

} // namespace airlock
