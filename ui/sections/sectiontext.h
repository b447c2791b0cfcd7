#pragma once

// The words the connector detail sections and the printed audit report share, so that a page
// of the report says what the panel says. Each class translates in the context of the section
// that first said its words, where the catalogs have them.

#include "domain/connector.h"
#include "domain/evidenceevent.h"
#include "domain/identity.h"
#include "domain/power.h"
#include "domain/tool.h"
#include "inventory/drift.h"
#include "inventory/readiness.h"
#include "policy/policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace airlock {

// The vocabulary in words a reader understands, and times in the user's locale.
class SectionText
{
    Q_DECLARE_TR_FUNCTIONS(airlock::SectionText)

public:
    static QString power(Power p);
    static QString identityKind(IdentityKind k);
    static QString notRecorded();
    // The user's locale, local time, short format; "Not recorded" for an invalid time.
    static QString time(const QDateTime &t);
    static QString date(const QDateTime &t);
    // "in 3 days", "12 days ago", "today", relative to now.
    static QString relativeDays(const QDateTime &t, const QDateTime &now);
};

// What the connector is, where it stands, and whether its data is fresh.
class OverviewText
{
    Q_DECLARE_TR_FUNCTIONS(airlock::OverviewSection)

public:
    // "Active", or what the status means: "Paused — every call is refused until it is resumed".
    static QString status(ConnectorStatus s);
    static QString kind(ConnectorKind k);
    static QString transport(const QString &transport);
    // "CRM — business app, via MCP (HTTP)".
    static QString target(const Connector &c);

    // Seed 002's lifecycle path, and the steps [first, last] of it a stage stands on. "maintain"
    // has no stage of its own: it is the steady state of a monitored connector, so a monitored
    // connector stands on both monitor and maintain.
    static QStringList lifecycleSteps();
    static std::pair<int, int> lifecycleStepsOf(LifecycleStage stage);
    // Seed 001's trust path, in TrustStage's order.
    static QStringList trustSteps();

    // A length of time: "2 days", "1.5 h", "10 min", "30 s".
    static QString duration(qint64 secs);
    // How long ago: "just now", "3 minutes ago", "5 hours ago", "4 days ago".
    static QString age(qint64 secs);

    // How the last sync is told: how long ago (on screen), or when (on paper).
    enum class SyncTime { Ago, At };
    struct Freshness
    {
        QString text; // "fresh: last sync 5 minutes ago, limit 1 h"
        bool stale = false;
    };
    static Freshness freshness(const Connector &c, const QDateTime &now, SyncTime shown);
};

// The identity a connector acts as.
class IdentityText
{
    Q_DECLARE_TR_FUNCTIONS(airlock::IdentitySection)

public:
    static QString shared(bool shared);
    // When it was last rotated and how long ago; empty when that is not recorded.
    static QString lastRotated(const Identity &id, const QDateTime &now);
    // When it expires and in how long, or how long ago it expired; empty when not recorded.
    static QString expiry(const Identity &id, const QDateTime &now);
};

// The permission mode and what a call with each power gets under it.
class PowersText
{
    Q_DECLARE_TR_FUNCTIONS(airlock::PowersSection)

public:
    static QString mode(PermissionMode m);
    // What the mode means, as a sentence's end: "every call needs a human."
    static QString modeMeaning(PermissionMode m);
    static QString trigger(ApprovalTrigger t);
    // What decideForPower() says a call with a power gets: "Runs automatically" (or "…, except
    // on targets of trigger rule 2", the rules triggerRulesAskingFor() names), "Needs a human",
    // "Blocked: not granted" or "Blocked".
    static QString verdict(const PolicyDecision &decision, const QList<qsizetype> &askingRules);
    // What the connector's trigger rules do under its mode, or that there are none.
    static QString triggerRulesCaption(bool hasRules, bool importantActions);
};

// The tools' annotations and review state.
class ToolText
{
    Q_DECLARE_TR_FUNCTIONS(airlock::ToolsSection)

public:
    // The hints a server claims, in short words. A hint that only repeats MCP's default (not
    // read-only, not idempotent) says nothing and is left out.
    static QStringList claims(const ToolAnnotations &a);
    // Why a tool that claims nothing is treated as destructive and open-world; empty when it
    // claims something.
    static QString noClaims(const ToolAnnotations &a);
    static QString reviewState(ToolReviewState state);
};

// Evidence events.
class ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(airlock::ActivitySection)

public:
    static QString kind(EventKind kind);
    static QString result(EventResult result);
};

// Seed 002's readiness checklist.
class ReadinessText
{
    Q_DECLARE_TR_FUNCTIONS(airlock::ReadinessSection)

public:
    static QString result(ReadinessResult result);
    static QString area(const QString &area);
    // The seed's question for each area.
    static QString areaQuestion(const QString &area);
    // "Ready: all 8 checks pass.", "Ready with warnings. To look at: …", "Not ready. Fails: …".
    static QString overall(const QList<ReadinessCheck> &checks);
};

// Drift since the last review.
class DriftText
{
    Q_DECLARE_TR_FUNCTIONS(airlock::DriftSection)

public:
    static QString kind(DriftKind kind);
    // A value before or after the change: "not present", a definition hash's first twelve
    // digits, an identity time in local time, or the value itself.
    static QString value(const DriftItem &item, const QString &value);
};

} // namespace airlock
