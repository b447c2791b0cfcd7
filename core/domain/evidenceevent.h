#pragma once

#include "power.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace airlock {

enum class EventKind {
    Trigger,
    Read,
    Search,
    Draft,
    Write,
    Send,
    TriggerAction,
    Output,
    ApprovalRequested,
    ApprovalDecided,
    ApprovalExpired,
    ApprovalWithdrawn,
    ActionExecuted,
    Blocked,
    Error,
    RunStarted,
    RunEnded,
    ConnectorAdded,
    ConnectorChanged,
    ScopeChanged,
    PowersChanged,
    ModeChanged,
    ConnectorPaused,
    ConnectorResumed,
    ConnectorDisconnected,
    ConnectorReconnected,
    ConnectorRetired,
    ReviewRecorded,
    ToolDiscovered,
    ToolChanged,
    ToolReviewed,
    ApprovalGranted,
    GrantRevoked,
    RoleGranted, // shared store: a login was given an Airlock role
    RoleRevoked
};
AIRLOCK_VOCABULARY(EventKind, "trigger", "read", "search", "draft", "write", "send",
                   "trigger_action", "output", "approval_requested", "approval_decided",
                   "approval_expired", "approval_withdrawn", "action_executed", "blocked", "error",
                   "run_started", "run_ended", "connector_added", "connector_changed",
                   "scope_changed", "powers_changed", "mode_changed", "connector_paused",
                   "connector_resumed", "connector_disconnected", "connector_reconnected",
                   "connector_retired", "review_recorded", "tool_discovered", "tool_changed",
                   "tool_reviewed", "approval_granted", "grant_revoked", "role_granted",
                   "role_revoked")

// True for events that record a change to governance rather than a run's work.
bool isGovernanceEvent(EventKind kind);
// The kind of event that records a call made with this power (read → read, trigger →
// trigger_action, …).
EventKind eventKindFor(Power power);

enum class EventResult { Success, Failure, Blocked, Timeout, ValidationError, ApprovalNeeded };
AIRLOCK_VOCABULARY(EventResult, "success", "failure", "blocked", "timeout", "validation_error",
                   "approval_needed")

// One recorded fact. seq, prevHash and hash are assigned by the store under its writer lock.
struct EvidenceEvent
{
    qint64 seq = 0;
    QString eventId; // client-made (UUID): appending the same id twice records it once
    QDateTime at;
    EventKind kind = EventKind::Output;
    QString actor;
    QString connector;
    QString runId;
    QString tool;
    std::optional<Power> power;
    QString target;
    EventResult result = EventResult::Success;
    QString summary;
    QByteArray payload; // JSON text, stored as given
    QByteArray prevHash; // hex
    QByteArray hash;     // hex
};

} // namespace airlock
