#include "identitywarnings.h"

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr qint64 kSecsPerDay = 24 * 60 * 60;

QString dateOf(const QDateTime &t)
{
    return t.toUTC().date().toString(Qt::ISODate);
}

bool blank(const QString &s)
{
    return s.trimmed().isEmpty();
}

} // namespace

QList<IdentityWarning> identityWarnings(const Identity &id, const QDateTime &now)
{
    QList<IdentityWarning> warnings;
    const auto warn = [&warnings](const QString &code, const QString &text) {
        warnings.append(IdentityWarning{code, text});
    };

    if (id.shared)
        warn(u"shared_identity"_s,
             u"Shared with other systems: a change made through it cannot be told apart from "
             u"theirs."_s);
    if (blank(id.principal))
        warn(u"no_principal"_s, u"Does not say which account or key it acts as."_s);
    if (blank(id.credentialOwner))
        warn(u"no_credential_owner"_s,
             u"No credential owner: nobody is named to rotate or revoke it."_s);

    if (!id.lastRotated.isValid()) {
        warn(u"not_rotated"_s, u"No credential rotation is recorded."_s);
    } else if (id.lastRotated.secsTo(now) > kRotationMaxDays * kSecsPerDay) {
        warn(u"not_rotated"_s,
             u"Credential not rotated for %1 days (last on %2); the limit is %3."_s.arg(
                 QString::number(id.lastRotated.secsTo(now) / kSecsPerDay), dateOf(id.lastRotated),
                 QString::number(kRotationMaxDays)));
    }

    if (id.expires.isValid()) {
        const qint64 left = now.secsTo(id.expires);
        if (left <= 0) {
            warn(u"expired"_s, u"Credential expired on %1."_s.arg(dateOf(id.expires)));
        } else if (left <= kExpirySoonDays * kSecsPerDay) {
            const qint64 days = left / kSecsPerDay;
            warn(u"expires_soon"_s,
                 days == 0 ? u"Credential expires within a day (%1)."_s.arg(dateOf(id.expires))
                           : u"Credential expires in %1 days (%2)."_s.arg(QString::number(days),
                                                                          dateOf(id.expires)));
        }
    }

    if (id.kind == IdentityKind::DelegatedUser && blank(id.onBehalfOf))
        warn(u"delegated_without_user"_s, u"Acts as a user without saying which."_s);
    if (blank(id.revokePath))
        warn(u"no_revoke_path"_s, u"No revoke path: nobody has written down how to cut it off."_s);
    if (blank(id.approvedBy))
        warn(u"no_approver"_s, u"Nobody is recorded as having approved this identity."_s);
    return warnings;
}

} // namespace airlock
