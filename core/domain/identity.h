#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QString>

namespace airlock {

enum class IdentityKind { ServicePrincipal, DelegatedUser, ApiKey, OauthApp, PlatformManaged };
AIRLOCK_VOCABULARY(IdentityKind, "service_principal", "delegated_user", "api_key", "oauth_app",
                   "platform_managed")

// What a connector acts as (seed 002, "Connector identity matters").
struct Identity
{
    IdentityKind kind = IdentityKind::ServicePrincipal;
    QString principal;
    QString onBehalfOf;
    QString approvedBy;
    QString permissions;
    bool shared = false;
    QString credentialOwner;
    QDateTime lastRotated;
    QDateTime expires;
    QString revokePath;
};

} // namespace airlock
