#include "evidenceevent.h"

namespace airlock {

bool isGovernanceEvent(EventKind kind)
{
    return kind >= EventKind::ConnectorAdded;
}

} // namespace airlock
