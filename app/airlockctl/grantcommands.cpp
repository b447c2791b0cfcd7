// airlockctl grant …: the scoped, expiring approvals given with "Approve for…", and their end.

#include "cli.h"
#include "output.h"

#include "domain/displaytext.h"

#include "clock.h"
#include "export/recordjson.h"
#include "store/grantstore.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace airlock::cli {

std::optional<int> parseDurationSecs(const QString &text)
{
    static const QRegularExpression form(u"^(\\d{1,6})([smhd])$"_s);
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 secs = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
    if (secs <= 0 || secs > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(secs);
}

namespace {

void printGrant(Context &ctx, const ApprovalGrant &g)
{
    const QString state = g.isRevoked()
        ? u"revoked by %1: %2"_s.arg(g.revokedBy, g.revokeReason)
        : g.isActiveAt(currentTime()) ? u"active"_s : u"expired"_s;
    ctx.out << displayText(g.id) << "  " << displayText(g.connector) << "  "
            << displayText(describeGrant(g)) << "  granted by " << displayText(g.grantedBy) << "  ["
            << displayText(state) << "]\n";
}

int list(Context &ctx, const QStringList &args)
{
    Options o(u"grant list [--connector C] [--all]"_s);
    o.add(u"connector"_s, u"only this connector's grants"_s, u"C"_s);
    o.add(u"all"_s, u"include revoked and expired grants"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    if (o.isSet(u"all"_s) && !o.isSet(u"connector"_s))
        return ctx.usage(u"--all needs --connector C"_s);
    if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
        return rc;
    GrantStore grants(*ctx.store);
    auto found = o.isSet(u"connector"_s)
        ? grants.forConnector(o.value(u"connector"_s), o.isSet(u"all"_s))
        : grants.active();
    if (!found)
        return ctx.fail(found.error());
    if (ctx.json) {
        QJsonArray a;
        for (const ApprovalGrant &g : *found)
            a.append(grantToJson(g));
        printJson(ctx.out, a);
        return Ok;
    }
    if (found->isEmpty())
        ctx.out << "no active grants\n";
    for (const ApprovalGrant &g : *found)
        printGrant(ctx, g);
    ctx.out.flush();
    return Ok;
}

int revoke(Context &ctx, const QStringList &args)
{
    Options o(u"grant revoke ID --reason TEXT"_s);
    o.add(u"reason"_s, u"why"_s, u"TEXT"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    if (o.value(u"reason"_s).trimmed().isEmpty())
        return ctx.usage(u"grant revoke needs --reason TEXT"_s);
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    auto g = GrantStore(*ctx.store).revoke(o.positional().at(0), o.value(u"reason"_s));
    if (!g)
        return ctx.fail(g.error());
    if (ctx.json)
        printJson(ctx.out, grantToJson(*g));
    else
        printGrant(ctx, *g);
    ctx.out.flush();
    return Ok;
}

} // namespace

int runGrantCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(u"grant needs a subcommand: list, revoke"_s);
    const QString sub = args.constFirst();
    if (sub == u"list"_s)
        return list(ctx, args.mid(1));
    if (sub == u"revoke"_s)
        return revoke(ctx, args.mid(1));
    return ctx.usage(u"unknown grant subcommand '%1'"_s.arg(sub));
}

} // namespace airlock::cli
