#include "evidenceevent.h"

namespace airlock {

bool isGovernanceEvent(EventKind kind)
{
    return kind >= EventKind::ConnectorAdded;
}

EventKind eventKindFor(Power power)
{
    switch (power) {
    case Power::Read:
        return EventKind::Read;
    case Power::Search:
        return EventKind::Search;
    case Power::Draft:
        return EventKind::Draft;
    case Power::Write:
        return EventKind::Write;
    case Power::Send:
        return EventKind::Send;
    case Power::Trigger:
        return EventKind::TriggerAction;
    }
    return EventKind::TriggerAction;
}

} // namespace airlock
