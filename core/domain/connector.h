#pragma once

#include "identity.h"
#include "power.h"
#include "scoperule.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace airlock {

enum class ConnectorKind {
    DocumentSource,
    BusinessApp,
    Database,
    Communication,
    WorkflowTool,
    DeviceFacility
};
AIRLOCK_VOCABULARY(ConnectorKind, "document_source", "business_app", "database", "communication",
                   "workflow_tool", "device_facility")

enum class ConnectorStatus { Active, Paused, Disconnected, Retired };
AIRLOCK_VOCABULARY(ConnectorStatus, "active", "paused", "disconnected", "retired")

// Where the connector stands in its lifecycle (seed 002: request → review → limit →
// monitor → maintain → reassess → reduce → retire).
enum class LifecycleStage { Requested, InReview, Limited, Monitored, Reassess, Reduced, Retired };
AIRLOCK_VOCABULARY(LifecycleStage, "requested", "in_review", "limited", "monitored", "reassess",
                   "reduced", "retired")

// Seed 001: observe → draft → propose → act with approval → scoped autonomy.
enum class TrustStage { Observe, Draft, Propose, ActWithApproval, ScopedAutonomy };
AIRLOCK_VOCABULARY(TrustStage, "observe", "draft", "propose", "act_with_approval",
                   "scoped_autonomy")

// When a human must approve a call.
enum class PermissionMode { AlwaysAsk, AnyChanges, ImportantActions, NeverAsk };
AIRLOCK_VOCABULARY(PermissionMode, "always_ask", "any_changes", "important_actions", "never_ask")

// The triggers that make an action "important" (seed 001's list).
enum class ApprovalTrigger {
    ExternalSend,
    DestructiveChange,
    PrivilegedChange,
    ProductionWrite,
    CustomerVisibleEdit,
    Purchase,
    BeyondNormalScope
};
AIRLOCK_VOCABULARY(ApprovalTrigger, "external_send", "destructive_change", "privileged_change",
                   "production_write", "customer_visible_edit", "purchase", "beyond_normal_scope")

// A target pattern that marks calls as important under the important_actions mode,
// e.g. {production_write, "erp:ledger/**"}.
struct TriggerRule
{
    ApprovalTrigger trigger = ApprovalTrigger::DestructiveChange;
    QString pattern;
    friend bool operator==(const TriggerRule &a, const TriggerRule &b)
    {
        return a.trigger == b.trigger && a.pattern == b.pattern;
    }
};

struct Connector
{
    QString name;
    QString purpose;
    QString owner;
    QString targetSystem;
    ConnectorKind kind = ConnectorKind::BusinessApp;
    QString transport = QStringLiteral("mcp_stdio");
    ConnectorStatus status = ConnectorStatus::Active;
    LifecycleStage lifecycle = LifecycleStage::Requested;
    TrustStage trust = TrustStage::Observe;
    PermissionMode mode = PermissionMode::AlwaysAsk;
    PowerSet powers;
    QList<ScopeRule> scope;
    QList<TriggerRule> triggers;
    Identity identity;
    QDateTime lastReviewAt;
    QString lastReviewBy;
    QDateTime nextReviewDue;
    QDateTime lastSyncAt;
    qint64 freshnessLimitSecs = 0; // 0 = no limit stated
    QString disablePath;
    QString rollbackPlan;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 revision = 0; // bumped by every change; guards concurrent edits
};

} // namespace airlock
