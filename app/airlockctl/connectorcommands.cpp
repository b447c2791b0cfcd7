// airlockctl connector …: the inventory from a terminal.

#include "cli.h"
#include "output.h"

#include "domain/displaytext.h"

#include "clock.h"
#include "policy/calljudge.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/toolstore.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airlock::cli {

namespace {

int list(Context &ctx, const QStringList &args)
{
    Options o(u"connector list"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
        return rc;
    auto all = ConnectorStore(*ctx.store).list();
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json) {
        QJsonArray array;
        for (const Connector &c : *all)
            array.append(connectorToJson(c));
        printJson(ctx.out, array);
        return Ok;
    }
    Table t({u"NAME"_s, u"STATUS"_s, u"KIND"_s, u"MODE"_s, u"POWERS"_s, u"IDENTITY"_s, u"NEXT REVIEW"_s});
    for (const Connector &c : *all) {
        QString due = c.nextReviewDue.isValid() ? c.nextReviewDue.toUTC().date().toString(Qt::ISODate) : u"—"_s;
        if (c.nextReviewDue.isValid() && c.nextReviewDue < currentTime())
            due += u" OVERDUE"_s;
        t.addRow({c.name, wordOf(c.status), wordOf(c.kind), wordOf(c.mode), c.powers.toString(),
                  wordOf(c.identity.kind), due});
    }
    if (t.isEmpty()) {
        ctx.out << "No connectors. Add one with 'airlockctl connector apply FILE.json' or try 'airlockctl demo'." << Qt::endl;
        return Ok;
    }
    t.print(ctx.out);
    return Ok;
}

int show(Context &ctx, const QStringList &args)
{
    Options o(u"connector show NAME"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
        return rc;
    const QString name = o.positional().at(0);
    auto c = ConnectorStore(*ctx.store).get(name);
    if (!c)
        return ctx.fail(c.error());
    auto tools = ToolStore(*ctx.store).forConnector(name);
    if (!tools)
        return ctx.fail(tools.error());
    if (ctx.json) {
        QJsonObject obj = connectorToJson(*c);
        QJsonArray toolArray;
        for (const Tool &t : *tools)
            toolArray.append(toolToJson(t));
        obj[u"tools"_s] = toolArray;
        printJson(ctx.out, obj);
        return Ok;
    }
    QTextStream &out = ctx.out;
    const Identity &id = c->identity;
    out << displayText(c->name) << " — " << wordOf(c->status) << '\n'
        << "  purpose:         " << displayText(c->purpose) << '\n'
        << "  owner:           " << displayText(c->owner) << '\n'
        << "  target:          " << displayText(c->targetSystem) << " (" << wordOf(c->kind) << ", "
        << displayText(c->transport) << ")\n"
        << "  lifecycle:       " << wordOf(c->lifecycle) << ", trust stage " << wordOf(c->trust)
        << '\n'
        << "  powers:          " << (c->powers.isEmpty() ? u"none"_s : c->powers.toString()) << '\n'
        << "  permission mode: " << wordOf(c->mode) << '\n'
        << "  identity:        " << wordOf(id.kind) << ' ' << displayText(id.principal)
        << (id.onBehalfOf.isEmpty() ? QString() : u" on behalf of "_s + displayText(id.onBehalfOf))
        << (id.shared ? u" (SHARED with other systems)"_s : QString()) << '\n'
        << "  credential:      owner "
        << (id.credentialOwner.isEmpty() ? u"NONE"_s : displayText(id.credentialOwner))
        << ", rotated " << whenText(id.lastRotated) << ", expires " << whenText(id.expires) << '\n'
        << "  revoke:          " << displayText(id.revokePath) << '\n'
        << "  last review:     " << whenText(c->lastReviewAt)
        << (c->lastReviewBy.isEmpty() ? QString() : u" by "_s + displayText(c->lastReviewBy))
        << '\n'
        << "  next review due: " << whenText(c->nextReviewDue) << '\n'
        << "  last sync:       " << whenText(c->lastSyncAt);
    if (c->freshnessLimitSecs > 0)
        out << " (freshness limit " << spanText(c->freshnessLimitSecs) << ')';
    out << '\n'
        << "  disable path:    " << displayText(c->disablePath) << '\n'
        << "  rollback plan:   " << displayText(c->rollbackPlan) << '\n'
        << "  scope (last matching rule decides):\n";
    for (int i = 0; i < c->scope.size(); ++i)
        out << "    " << (i + 1) << ". " << effectWord(c->scope.at(i).effect) << ' '
            << displayText(c->scope.at(i).pattern) << '\n';
    if (c->scope.isEmpty())
        out << "    (none: nothing is in scope)\n";
    if (!c->triggers.isEmpty()) {
        out << "  approval triggers:\n";
        for (const TriggerRule &t : c->triggers)
            out << "    " << wordOf(t.trigger) << ' ' << displayText(t.pattern) << '\n';
    }
    out << "  tools:\n";
    for (const Tool &t : *tools) {
        out << "    " << displayText(t.name) << "  " << wordOf(t.effectivePower())
            << (t.powerOverride ? u" (set by a lead)"_s : QString())
            << (t.hasDrifted()
                    ? u"  DRIFT: "_s + wordOf(t.reviewState) + u", blocked until reviewed"_s
                    : QString())
            << '\n';
    }
    if (tools->isEmpty())
        out << "    (none recorded yet)\n";
    out.flush();
    return Ok;
}

int apply(Context &ctx, const QStringList &args)
{
    Options o(u"connector apply FILE.json|- [--reason TEXT]"_s);
    o.add(u"reason"_s, u"why"_s, u"TEXT"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    const QString path = o.positional().at(0);
    QByteArray text;
    if (path == u"-"_s) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(Error{ErrorCode::InvalidArgument, u"cannot read standard input"_s});
        text = in.readAll();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error{ErrorCode::InvalidArgument, u"cannot read %1: %2"_s.arg(path, file.errorString())});
        text = file.readAll();
    }
    auto doc = connectorDocumentFromText(text, path == u"-"_s ? u"standard input"_s : path);
    if (!doc)
        return ctx.fail(doc.error());
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    auto applied = ConnectorStore(*ctx.store).apply(*doc, o.value(u"reason"_s));
    if (!applied)
        return ctx.fail(applied.error());
    const QString name = doc->connector.name;
    switch (applied->applied) {
    case ConnectorStore::Applied::Added:
        ctx.out << "added " << displayText(name);
        break;
    case ConnectorStore::Applied::Changed:
        ctx.out << "changed " << displayText(name) << ": "
                << displayText(applied->changes.join(u"; "));
        break;
    case ConnectorStore::Applied::Unchanged:
        ctx.out << "unchanged " << displayText(name);
        break;
    }
    ctx.out << Qt::endl;
    return Ok;
}

int check(Context &ctx, const QStringList &args)
{
    Options o(u"connector check NAME --target PATH (--power P | --tool T)"_s);
    o.add(u"target"_s, u"resource path"_s, u"PATH"_s);
    o.add(u"power"_s, u"power"_s, u"P"_s);
    o.add(u"tool"_s, u"tool"_s, u"T"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    if (!o.isSet(u"target"_s))
        return ctx.usage(u"connector check needs --target PATH"_s);
    if (o.isSet(u"power"_s) == o.isSet(u"tool"_s))
        return ctx.usage(u"connector check needs exactly one of --power or --tool"_s);
    std::optional<Power> power;
    if (o.isSet(u"power"_s)) {
        power = parseWord<Power>(o.value(u"power"_s));
        if (!power)
            return ctx.usage(u"unknown power '%1' (one of: %2)"_s.arg(o.value(u"power"_s), allWords<Power>().join(u", ")));
    }
    if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
        return rc;
    const QString name = o.positional().at(0);
    auto c = ConnectorStore(*ctx.store).find(name);
    if (!c)
        return ctx.fail(c.error());
    CallToJudge call;
    call.connector = *c ? &**c : nullptr;
    if (o.isSet(u"tool"_s)) {
        auto tool = ToolStore(*ctx.store).find(name, o.value(u"tool"_s));
        if (!tool)
            return ctx.fail(tool.error());
        call.tool = *tool;
        call.toolName = o.value(u"tool"_s);
    } else {
        call.toolRequired = false;
        call.assertedPower = power;
    }
    call.target = o.value(u"target"_s);
    call.actor = ctx.actor;
    const CallDecision judged = judgeCall(call);
    const PolicyDecision &d = judged.decision;
    if (ctx.json) {
        printJson(ctx.out, QJsonObject{{u"verdict"_s, wordOf(d.verdict)},
                                       {u"reason"_s, d.reason},
                                       {u"rule"_s, d.rule},
                                       {u"power"_s, wordOf(d.power)},
                                       {u"target"_s, judged.target},
                                       {u"in_scope"_s, judged.scope.inScope},
                                       {u"scope_reason"_s, judged.scope.reason}});
    } else {
        ctx.out << wordOf(d.verdict) << ": " << displayText(d.reason) << Qt::endl;
    }
    return d.verdict == Verdict::Deny ? Denied : Ok;
}

int transition(Context &ctx, const QStringList &args, ConnectorStore::Transition t, bool reasonRequired)
{
    const QString word = transitionWord(t);
    Options o(u"connector %1 NAME %2"_s.arg(word, reasonRequired ? u"--reason TEXT"_s : u"[--reason TEXT]"_s));
    o.add(u"reason"_s, u"why"_s, u"TEXT"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    const QString reason = o.value(u"reason"_s).trimmed();
    if (reasonRequired && reason.isEmpty())
        return ctx.usage(u"connector %1 needs --reason TEXT: the reason is kept as evidence"_s.arg(word));
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    const QString name = o.positional().at(0);
    auto withdrawn = ConnectorStore(*ctx.store).transition(name, t, reason);
    if (!withdrawn) // "already disconnected" is a plain failure here, not a lost decision race
        return ctx.failWith(withdrawn.error(), withdrawn.code() == ErrorCode::Conflict ? int(Failure) : exitFor(withdrawn.code()));
    auto c = ConnectorStore(*ctx.store).get(name);
    if (!c)
        return ctx.fail(c.error());
    if (ctx.json) {
        printJson(ctx.out, QJsonObject{{u"connector"_s, name},
                                       {u"status"_s, wordOf(c->status)},
                                       {u"withdrawn_requests"_s, *withdrawn}});
    } else {
        ctx.out << displayText(name) << " is now " << wordOf(c->status);
        if (*withdrawn > 0)
            ctx.out << "; " << *withdrawn << " pending approval request(s) withdrawn";
        ctx.out << Qt::endl;
    }
    return Ok;
}

int review(Context &ctx, const QStringList &args)
{
    Options o(u"connector review NAME [--note TEXT] [--next-due-days N]"_s);
    o.add(u"note"_s, u"what was reviewed"_s, u"TEXT"_s);
    o.add(u"next-due-days"_s, u"days until the next review (default 90)"_s, u"N"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    int days = 90;
    if (o.isSet(u"next-due-days"_s)) {
        bool ok = false;
        days = o.value(u"next-due-days"_s).toInt(&ok);
        if (!ok || days < 1 || days > 3650)
            return ctx.usage(u"--next-due-days must be a whole number from 1 to 3650"_s);
    }
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    auto r = ConnectorStore(*ctx.store).recordReview(o.positional().at(0), o.value(u"note"_s), days);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json)
        printJson(ctx.out, QJsonObject{{u"review_id"_s, r->id}, {u"connector"_s, r->connector},
                                       {u"reviewed_by"_s, r->reviewedBy}, {u"reviewed_at"_s, isoTime(r->reviewedAt)}});
    else
        ctx.out << "review of " << displayText(r->connector) << " recorded by "
                << displayText(r->reviewedBy) << "; tools marked reviewed" << Qt::endl;
    return Ok;
}

} // namespace

int runConnectorCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(u"connector needs a subcommand: list, show, apply, check, disconnect, "
                         u"reconnect, pause, resume, retire, review"_s);
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    using T = ConnectorStore::Transition;
    if (sub == u"list"_s)
        return list(ctx, rest);
    if (sub == u"show"_s)
        return show(ctx, rest);
    if (sub == u"apply"_s)
        return apply(ctx, rest);
    if (sub == u"check"_s)
        return check(ctx, rest);
    if (sub == u"disconnect"_s)
        return transition(ctx, rest, T::Disconnect, true);
    if (sub == u"reconnect"_s)
        return transition(ctx, rest, T::Reconnect, true);
    if (sub == u"pause"_s)
        return transition(ctx, rest, T::Pause, false);
    if (sub == u"resume"_s)
        return transition(ctx, rest, T::Resume, false);
    if (sub == u"retire"_s)
        return transition(ctx, rest, T::Retire, true);
    if (sub == u"review"_s)
        return review(ctx, rest);
    return ctx.usage(u"unknown connector subcommand '%1'"_s.arg(sub));
}

} // namespace airlock::cli
