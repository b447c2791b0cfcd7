// airlockctl admin …: shared mode on PostgreSQL — the roles the database enforces, and who has them.

#include "cli.h"
#include "output.h"

#include "domain/displaytext.h"

#include "store/storeroles.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace airlock::cli {

namespace {

int setupRolesCommand(Context &ctx, const QStringList &args)
{
    Options o(u"admin setup-roles"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(false); rc != Ok)
        return rc;
    if (Status s = setupRoles(*ctx.store); !s)
        return ctx.fail(s);
    ctx.out << "roles set up on " << ctx.store->url().display() << ": ";
    QStringList names;
    for (StoreRole r : allStoreRoles())
        names << databaseRoleOf(r);
    ctx.out << names.join(u", "_s) << Qt::endl
            << "the store is now shared: every write is recorded as its database login; "
               "give people roles with 'airlockctl admin grant LOGIN ROLE'" << Qt::endl;
    return Ok;
}

int membershipCommand(Context &ctx, const QStringList &args, bool grant)
{
    const QString line = grant ? u"admin grant LOGIN ROLE"_s : u"admin revoke LOGIN ROLE"_s;
    Options o(line);
    QString error;
    if (!o.parse(args, 2, 2, &error))
        return ctx.usage(error);
    const QString login = o.positional().at(0);
    const auto role = parseStoreRole(o.positional().at(1));
    if (!role)
        return ctx.usage(u"unknown role '%1': use agent, reviewer, lead, investigator or owner"_s.arg(
            o.positional().at(1)));
    if (int rc = ctx.openStore(false); rc != Ok)
        return rc;
    const auto changed = grant ? grantStoreRole(*ctx.store, login, *role)
                               : revokeStoreRole(*ctx.store, login, *role);
    if (!changed)
        return ctx.fail(changed.status());
    if (!*changed)
        ctx.out << displayText(login) << (grant ? " already has the " : " does not have the ")
                << wordOf(*role) << " role: nothing changed" << Qt::endl;
    else
        ctx.out << (grant ? "granted " : "revoked ") << wordOf(*role) << (grant ? " to " : " from ")
                << displayText(login) << " (recorded as evidence)" << Qt::endl;
    return Ok;
}

int rolesCommand(Context &ctx, const QStringList &args)
{
    Options o(u"admin roles"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(false, StoreMissing::Refuse); rc != Ok)
        return rc;
    auto members = storeRoleMembers(*ctx.store);
    if (!members)
        return ctx.fail(members.error());
    if (ctx.json) {
        QJsonArray rows;
        for (const auto &[login, roles] : *members)
            rows.append(QJsonObject{{u"login"_s, login}, {u"roles"_s, QJsonArray::fromStringList(roles)}});
        printJson(ctx.out, rows);
        return Ok;
    }
    if (members->isEmpty())
        ctx.out << "nobody has an Airlock role yet" << Qt::endl;
    for (const auto &[login, roles] : *members)
        ctx.out << displayText(login) << "  " << displayText(roles.join(u", "_s)) << Qt::endl;
    return Ok;
}

int whoamiCommand(Context &ctx, const QStringList &args)
{
    Options o(u"admin whoami"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(false, StoreMissing::Refuse); rc != Ok)
        return rc;
    auto roles = readSessionRoles(*ctx.store);
    if (!roles)
        return ctx.fail(roles.error());
    if (ctx.json) {
        QJsonArray words;
        for (StoreRole r : allStoreRoles()) {
            if (roles->has(r))
                words.append(wordOf(r));
        }
        printJson(ctx.out, QJsonObject{{u"actor"_s, ctx.store->actor()}, {u"login"_s, roles->login},
                                       {u"shared"_s, roles->shared}, {u"roles"_s, words}});
        return Ok;
    }
    ctx.out << "acting as " << displayText(ctx.store->actor())
            << (roles->shared ? " (the database login; shared store)" : "") << Qt::endl
            << "roles: " << roles->describe() << Qt::endl;
    return Ok;
}

} // namespace

int runAdminCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(u"admin needs a subcommand: setup-roles, grant, revoke, roles or whoami"_s);
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub == u"setup-roles"_s)
        return setupRolesCommand(ctx, rest);
    if (sub == u"grant"_s)
        return membershipCommand(ctx, rest, true);
    if (sub == u"revoke"_s)
        return membershipCommand(ctx, rest, false);
    if (sub == u"roles"_s)
        return rolesCommand(ctx, rest);
    if (sub == u"whoami"_s)
        return whoamiCommand(ctx, rest);
    return ctx.usage(u"unknown admin subcommand '%1'"_s.arg(sub));
}

} // namespace airlock::cli
