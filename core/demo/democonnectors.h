#pragma once

#include "domain/connector.h"
#include "result.h"
#include "store/connectorjson.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The connector and tool tables: each connected system as its owner describes it once approved
// for use (scope, identity, mode, tools), and when and why it was requested, approved and reviewed.

namespace airlock::demo {

// MCP annotations as a server would declare them; None means unannotated (MCP defaults:
// destructive and open-world), which the policy treats as the worst case.
enum class Hints { None, ReadOnly, Additive, Destructive };

struct ToolSpec
{
    QString name;
    Hints hints;
    QString description;
    QStringList args;   // arguments besides "path", the call's target
    QString power = {}; // a governance lead's override, if any
};

struct ConnectorSpec
{
    Connector c; // the description once approved for use
    QList<ToolSpec> tools;
    double addedDaysAgo = 0;
    double approvedDaysAgo = 0; // approved and reviewed
    int nextReviewDays = 90;
    QString requestReason;
    QString approveReason;
    QString reviewNote;
};

ScopeRule include(const QString &p);
ScopeRule exclude(const QString &p);

// The six connected systems; their times (rotations, expiries, syncs) are relative to now.
ConnectorSpec salesforce(const QDateTime &now);
ConnectorSpec zendesk(const QDateTime &now);
ConnectorSpec netsuite(const QDateTime &now);
ConnectorSpec slack(const QDateTime &now);
ConnectorSpec sharepoint(const QDateTime &now);
ConnectorSpec facility(const QDateTime &now);

// The tool a later Slack app manifest adds, after the connector was reviewed.
ToolSpec slackInviteTool();

// The same document `airlockctl connector apply` reads, so hashes and powers are derived alike.
Result<ConnectorDocument> document(const Connector &c, const QList<ToolSpec> &tools);

} // namespace airlock::demo
