#pragma once

#include "domain/identity.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace airlock {

// One place where a connector's identity stops being trustworthy (seed 002, "Connector
// identity matters"): the code is a stable word for tests and exports, the text one plain
// sentence for a governance lead.
struct IdentityWarning
{
    QString code; // shared_identity, no_principal, no_credential_owner, not_rotated, expired,
                  // expires_soon, delegated_without_user, no_revoke_path, no_approver
    QString text;
};

// A credential older than this many days should have been rotated.
inline constexpr int kRotationMaxDays = 90;
// A credential that expires within this many days is flagged before it breaks.
inline constexpr int kExpirySoonDays = 14;

// The warnings for an identity as of now, in the order of the codes above; empty when none.
QList<IdentityWarning> identityWarnings(const Identity &id, const QDateTime &now);

} // namespace airlock
