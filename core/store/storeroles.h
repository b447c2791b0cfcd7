#pragma once

#include "result.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace airlock {

class Store;

// Shared mode (DESIGN: a team's store on PostgreSQL): who may do what is enforced by the
// database with group roles, GRANTs, row-level security and triggers that hold every
// recorded identity (actor, requested_by, decided_by, granted_by…) to the session's login.
enum class StoreRole { Agent, Reviewer, Lead, Investigator, Owner };

QString wordOf(StoreRole role);              // "agent", "reviewer", …
QString databaseRoleOf(StoreRole role);      // "airlock_agent", …
std::optional<StoreRole> parseStoreRole(const QString &text); // either spelling
const QList<StoreRole> &allStoreRoles();

// What the session may do. On SQLite, and on a PostgreSQL store that is not in shared mode,
// the session has every role (nothing is enforced beyond the store's own constraints).
struct SessionRoles
{
    bool shared = false;  // setup-roles has been run on this database
    QString login;        // the database login (session_user); empty on SQLite
    QSet<StoreRole> roles;

    bool has(StoreRole r) const { return roles.contains(r); }
    bool canDecide() const { return has(StoreRole::Reviewer) || has(StoreRole::Lead); }
    bool canEditConnectors() const { return has(StoreRole::Lead); }
    bool canChangeConnectorStatus() const { return has(StoreRole::Lead) || has(StoreRole::Owner); }
    // The roles in words, e.g. "reviewer, owner", or "no Airlock role".
    QString describe() const;
    // Why an action needing one of these roles is not offered, in words, for tooltips.
    QString whyNot(const QString &action, const QList<StoreRole> &needed) const;
};

// Reads the session's roles (membership, direct or inherited, in the airlock_* roles;
// a superuser or the owner of the schema's tables has every role).
Result<SessionRoles> readSessionRoles(Store &store);

// True when the database has the shared-mode guards installed (setup-roles was run).
Result<bool> isSharedStore(Store &store);

// Creates (if missing) the airlock_* group roles and (re)applies their privileges, row-level
// security and identity guards on this database. Safe to run again. PostgreSQL only; needs
// the owner of the tables (or a superuser) with CREATEROLE for the first run.
Status setupRoles(Store &store);

// Adds / removes an existing login to / from a role's group.
// Both record a role_granted / role_revoked evidence event with the change. The result is
// false when there was nothing to change (the login already had, or did not have, the role).
Result<bool> grantStoreRole(Store &store, const QString &login, StoreRole role);
Result<bool> revokeStoreRole(Store &store, const QString &login, StoreRole role);

// Members of each airlock role: login → roles, for `admin roles`.
Result<QList<QPair<QString, QStringList>>> storeRoleMembers(Store &store);

} // namespace airlock
