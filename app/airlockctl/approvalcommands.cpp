// airlockctl approval …: ask for a human decision, wait for it, and decide.

#include "cli.h"
#include "output.h"

#include "clock.h"
#include "domain/displaytext.h"
#include "store/approvalqueue.h"
#include "store/changenotifier.h"
#include "store/grantstore.h"
#include "store/holdlease.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace airlock::cli {

namespace {

int exitForStatus(ApprovalStatus s)
{
    switch (s) {
    case ApprovalStatus::Approved: return Ok;
    case ApprovalStatus::Rejected: return Rejected;
    case ApprovalStatus::Expired: return Expired;
    case ApprovalStatus::Withdrawn: return Withdrawn;
    case ApprovalStatus::Pending: return Failure;
    }
    return Failure;
}

// Records what readers already see (expiries, requests whose holder died) before reading:
// airlockctl is one of the processes that notice. Best effort: a login that may not write
// (an investigator) or a store that cannot be written leaves it to others; reads derive it.
void sweep(Context &ctx)
{
    if (!ctx.store->isReadOnly())
        (void)ApprovalQueue(*ctx.store).sweep();
}

void printOutcome(Context &ctx, const ApprovalRequest &r)
{
    if (ctx.json) {
        printJson(ctx.out, requestToJson(r));
        return;
    }
    if (r.status == ApprovalStatus::Approved) {
        // Scripts run exactly what was approved: the approved (possibly edited) arguments.
        ctx.out << QString::fromUtf8(r.approvedArguments) << Qt::endl;
        ctx.err << "approved by " << displayText(r.decidedBy)
                << (r.edited ? " with edited arguments" : "")
                << (r.decisionNote.isEmpty() ? QString() : u": "_s + displayText(r.decisionNote))
                << Qt::endl;
        return;
    }
    ctx.err << "request " << displayText(r.id) << " " << displayText(describeDecision(r))
            << (r.decisionNote.isEmpty() || r.status == ApprovalStatus::Withdrawn
                    ? QString()
                    : u": "_s + displayText(r.decisionNote))
            << Qt::endl;
}

// Blocks until the request is decided, expires, is withdrawn, or timeoutSecs pass, holding
// the request's lease meanwhile (renewed every third of its length: a waiter killed with
// SIGKILL leaves a request that ends when its lease runs out). Woken by the store's change
// notifier, and by a timer at the request's expiry; checking only reads, so waiting costs
// no CPU. At the timeout the request is withdrawn; a store that cannot be reached then exits
// StoreUnreachable, and the lease ends the request once the store is back.
int waitForDecision(Context &ctx, const QString &id, int timeoutSecs, const HoldLease &lease)
{
    ApprovalQueue queue(*ctx.store);
    ChangeNotifier notifier(*ctx.store);
    QEventLoop loop;
    int exitCode = -1;
    std::optional<ApprovalRequest> last;

    auto check = [&] {
        if (exitCode >= 0)
            return;
        auto r = queue.get(id); // reads only: a due request reads as expired
        if (!r && last && r.code() == ErrorCode::StoreUnavailable) {
            // The server restarted or the network dropped: keep waiting. The notifier
            // reconnects and announces a catch-all change when the server is back.
            ctx.err << "airlockctl: store unavailable (" << displayText(r.message())
                    << "); still waiting" << Qt::endl;
            return;
        }
        if (!r) {
            exitCode = ctx.fail(r.error());
            loop.quit();
            return;
        }
        last = *r;
        if (r->status != ApprovalStatus::Pending) {
            // Record what the read derived (an expiry, a lease's end); best effort.
            if (r->status == ApprovalStatus::Expired || r->status == ApprovalStatus::Withdrawn)
                (void)queue.sweep();
            exitCode = exitForStatus(r->status);
            loop.quit();
        }
    };
    QTimer renew;
    renew.setInterval(lease.renewIntervalMs());
    QObject::connect(&renew, &QTimer::timeout, &loop, [&] {
        // A refusal (decided, or the lease ran out while the store was away) shows at the next
        // check; an unreachable store is tried again at the next renewal.
        if (queue.renewLease(id, lease.holder, lease.leaseSecs).code() == ErrorCode::Conflict)
            check();
    });
    QTimer expiry;
    expiry.setSingleShot(true);
    QObject::connect(&expiry, &QTimer::timeout, &loop, check);
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, [&] {
        if (exitCode >= 0)
            return;
        auto w = queue.withdraw(id, u"the requester stopped waiting after %1 s"_s.arg(timeoutSecs));
        if (w) {
            exitCode = WaitTimedOut;
            ctx.err << "airlockctl: gave up waiting after " << timeoutSecs << " s; request "
                    << displayText(id) << " withdrawn" << Qt::endl;
        } else if (w.code() == ErrorCode::StoreUnavailable) {
            exitCode = StoreUnreachable;
            ctx.err << "airlockctl: gave up waiting after " << timeoutSecs << " s; the store is unreachable ("
                    << displayText(w.message()) << "), so request " << displayText(id) << " could not be withdrawn now: it ends when "
                    << "its lease runs out (" << lease.leaseSecs << " s after the last renewal), "
                    << "at the first read once the store is back" << Qt::endl;
        } else {
            check(); // decided in the meantime: report that instead
            if (exitCode < 0)
                exitCode = ctx.fail(w.error());
        }
        loop.quit();
    });
    QObject::connect(&notifier, &ChangeNotifier::changed, &loop, check);

    check();
    if (exitCode >= 0 && exitCode != Ok && exitCode != Rejected && exitCode != Expired && exitCode != Withdrawn)
        return exitCode;
    if (exitCode < 0) {
        const qint64 msLeft = currentTime().msecsTo(last->expiresAt) + 20;
        expiry.start(int(qBound<qint64>(0, msLeft, qint64(std::numeric_limits<int>::max()))));
        if (timeoutSecs > 0)
            giveUp.start(timeoutSecs * 1000);
        renew.start();
        ctx.err << "waiting for a decision on " << displayText(id) << " (expires "
                << whenText(last->expiresAt) << ")…" << Qt::endl;
        loop.exec();
    }
    if (last && exitCode != WaitTimedOut && exitCode != StoreUnreachable && exitCode != Failure &&
        exitCode != Usage)
        printOutcome(ctx, *last);
    return exitCode;
}

int request(Context &ctx, const QStringList &args)
{
    Options o(u"approval request --connector C --tool T --target X [--power P] [--args JSON] "
              u"[--change JSON] [--run ID] [--evidence SEQ,...] [--id ID] [--expires-in SECONDS] "
              u"[--wait [--timeout SECONDS]]"_s);
    for (const auto &[name, value] : {std::pair{u"connector"_s, u"C"_s}, {u"tool"_s, u"T"_s},
                                      {u"target"_s, u"X"_s}, {u"power"_s, u"P"_s},
                                      {u"args"_s, u"JSON"_s}, {u"change"_s, u"JSON"_s},
                                      {u"run"_s, u"ID"_s}, {u"evidence"_s, u"SEQ,..."_s},
                                      {u"id"_s, u"ID"_s}, {u"expires-in"_s, u"SECONDS"_s},
                                      {u"timeout"_s, u"SECONDS"_s}}) {
        o.add(name, name, value);
    }
    o.add(u"wait"_s, u"block until decided"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    for (const QString &required : {u"connector"_s, u"tool"_s, u"target"_s}) {
        if (o.value(required).trimmed().isEmpty())
            return ctx.usage(u"approval request needs --%1"_s.arg(required));
    }
    ApprovalQueue::NewRequest r;
    r.connector = o.value(u"connector"_s);
    r.tool = o.value(u"tool"_s);
    r.target = o.value(u"target"_s);
    r.runId = o.value(u"run"_s);
    r.id = o.value(u"id"_s);
    if (o.isSet(u"power"_s)) {
        r.power = parseWord<Power>(o.value(u"power"_s));
        if (!r.power)
            return ctx.usage(u"unknown power '%1' (one of: %2)"_s.arg(o.value(u"power"_s), allWords<Power>().join(u", ")));
    }
    if (o.isSet(u"args"_s))
        r.arguments = o.value(u"args"_s).toUtf8();
    if (o.isSet(u"change"_s))
        r.proposedChange = o.value(u"change"_s).toUtf8();
    for (const QString &s : o.value(u"evidence"_s).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 seq = s.trimmed().toLongLong(&ok);
        if (!ok || seq <= 0)
            return ctx.usage(u"--evidence takes sequence numbers like 12,15; '%1' is not one"_s.arg(s));
        r.evidenceSeqs << seq;
    }
    if (o.isSet(u"expires-in"_s)) {
        bool ok = false;
        r.expiresInSecs = o.value(u"expires-in"_s).toInt(&ok);
        if (!ok || r.expiresInSecs <= 0)
            return ctx.usage(u"--expires-in must be a whole number of seconds > 0"_s);
    }
    int timeout = 0;
    if (o.isSet(u"timeout"_s)) {
        if (!o.isSet(u"wait"_s))
            return ctx.usage(u"--timeout goes with --wait"_s);
        bool ok = false;
        timeout = o.value(u"timeout"_s).toInt(&ok);
        if (!ok || timeout <= 0)
            return ctx.usage(u"--timeout must be a whole number of seconds > 0"_s);
    }
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    // A waiter holds its request open: without --wait nobody does (the request waits for a
    // decision whoever asks later).
    const HoldLease lease = HoldLease::forThisProcess();
    if (o.isSet(u"wait"_s)) {
        r.holder = lease.holder;
        r.leaseSecs = lease.leaseSecs;
    }
    auto made = ApprovalQueue(*ctx.store).request(r);
    if (!made && made.code() == ErrorCode::Conflict && made.message().contains(u"client-made id"_s))
        return ctx.failWith(made.error(), IdInUse);
    if (!made)
        return ctx.fail(made.error());
    if (!o.isSet(u"wait"_s)) {
        if (ctx.json)
            printJson(ctx.out, requestToJson(*made));
        else
            ctx.out << displayText(made->id) << Qt::endl;
        return Ok;
    }
    // The id goes to stderr first so a person (or a log) can find the request while waiting.
    ctx.err << "request " << displayText(made->id) << " is pending: " << displayText(made->rule)
            << Qt::endl;
    return waitForDecision(ctx, made->id, timeout, lease);
}

int list(Context &ctx, const QStringList &args)
{
    Options o(u"approval list [--status S] [--limit N]"_s);
    o.add(u"status"_s, u"status"_s, u"S"_s);
    o.add(u"limit"_s, u"rows"_s, u"N"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    std::optional<ApprovalStatus> status;
    if (o.isSet(u"status"_s)) {
        status = parseWord<ApprovalStatus>(o.value(u"status"_s));
        if (!status)
            return ctx.usage(u"unknown status '%1' (one of: %2)"_s.arg(o.value(u"status"_s), allWords<ApprovalStatus>().join(u", ")));
    }
    int limit = 200;
    if (o.isSet(u"limit"_s)) {
        bool ok = false;
        limit = o.value(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0)
            return ctx.usage(u"--limit must be a whole number > 0"_s);
    }
    if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
        return rc;
    sweep(ctx);
    auto all = ApprovalQueue(*ctx.store).list(status, limit);
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json) {
        QJsonArray array;
        for (const ApprovalRequest &r : *all)
            array.append(requestToJson(r));
        printJson(ctx.out, array);
        return Ok;
    }
    Table t({u"ID"_s, u"STATUS"_s, u"CONNECTOR"_s, u"TOOL"_s, u"POWER"_s, u"TARGET"_s, u"REQUESTER"_s, u"WHEN"_s});
    const QDateTime now = currentTime();
    for (const ApprovalRequest &r : *all) {
        const QString when = r.status == ApprovalStatus::Pending
            ? spanText(now.secsTo(r.expiresAt)) + u" left"_s
            : describeDecision(r);
        t.addRow({r.id, wordOf(r.status), r.connector, r.tool, wordOf(r.power), r.target, r.requestedBy, when});
    }
    if (t.isEmpty())
        ctx.out << "No approval requests" << (status ? u" with status "_s + wordOf(*status) : QString()) << '.' << Qt::endl;
    else
        t.print(ctx.out, 60);
    return Ok;
}

int show(Context &ctx, const QStringList &args)
{
    Options o(u"approval show ID"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
        return rc;
    sweep(ctx);
    auto r = ApprovalQueue(*ctx.store).get(o.positional().at(0));
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json) {
        printJson(ctx.out, requestToJson(*r));
        return Ok;
    }
    QStringList seqs;
    for (qint64 s : r->evidenceSeqs)
        seqs << u"#"_s + QString::number(s);
    // Every stored field is the agent's or another person's text: each is shown on its own
    // line with its control characters escaped, so none can forge a line of this listing.
    ctx.out << "request   " << displayText(r->id) << '\n'
            << "status    " << displayText(describeDecision(*r)) << '\n'
            << "action    " << displayText(r->tool) << " (" << wordOf(r->power) << ") on "
            << displayText(r->target) << " via " << displayText(r->connector) << '\n'
            << "arguments " << displayText(QString::fromUtf8(r->arguments)) << '\n'
            << "sha256    " << displayText(r->argumentsHash) << '\n';
    if (!r->proposedChange.isEmpty())
        ctx.out << "change    " << displayText(QString::fromUtf8(r->proposedChange)) << '\n';
    ctx.out << "why       " << displayText(r->rule) << '\n'
            << "evidence  " << (seqs.isEmpty() ? u"none cited"_s : seqs.join(u", ")) << '\n'
            << "requester " << displayText(r->requestedBy)
            << (r->runId.isEmpty() ? QString() : u" in run "_s + displayText(r->runId)) << '\n'
            << "requested " << whenText(r->requestedAt) << '\n'
            << "expires   " << whenText(r->expiresAt) << '\n';
    if (r->status == ApprovalStatus::Approved)
        ctx.out << "approved  " << displayText(QString::fromUtf8(r->approvedArguments))
                << (r->edited ? " (edited)" : "") << '\n';
    if (!r->decisionNote.isEmpty())
        ctx.out << "note      " << displayText(r->decisionNote) << '\n';
    ctx.out.flush();
    return Ok;
}

int decideCommand(Context &ctx, const QStringList &args)
{
    Options o(u"approval decide ID approve|reject [--note TEXT] [--args JSON] "
              u"[--grant run|tool [--pattern GLOB] [--for DURATION]]"_s);
    o.add(u"note"_s, u"why"_s, u"TEXT"_s);
    o.add(u"args"_s, u"edited arguments"_s, u"JSON"_s);
    o.add(u"grant"_s, u"also approve calls like this one ahead: in this run, or of this tool"_s,
          u"run|tool"_s);
    o.add(u"pattern"_s, u"targets the grant covers (glob; default: every target for run, "
                        u"this target for tool)"_s, u"GLOB"_s);
    o.add(u"for"_s, u"how long the grant lasts, e.g. 30m, 4h, 7d (default 1h)"_s, u"DURATION"_s);
    QString error;
    if (!o.parse(args, 2, 2, &error))
        return ctx.usage(error);
    const QString verb = o.positional().at(1);
    if (verb != u"approve"_s && verb != u"reject"_s)
        return ctx.usage(u"the decision must be approve or reject, not '%1'"_s.arg(verb));
    ApprovalQueue::Decision d;
    d.approve = verb == u"approve"_s;
    d.note = o.value(u"note"_s);
    if (o.isSet(u"args"_s))
        d.editedArguments = o.value(u"args"_s).toUtf8();
    const QString grantKind = o.value(u"grant"_s);
    if (!o.isSet(u"grant"_s) && (o.isSet(u"pattern"_s) || o.isSet(u"for"_s)))
        return ctx.usage(u"--pattern and --for describe a grant: add --grant run|tool"_s);
    if (o.isSet(u"grant"_s) && grantKind != u"run"_s && grantKind != u"tool"_s)
        return ctx.usage(u"--grant must be run or tool, not '%1'"_s.arg(grantKind));
    std::optional<int> grantSecs = 3600;
    if (o.isSet(u"for"_s) && !(grantSecs = parseDurationSecs(o.value(u"for"_s))))
        return ctx.usage(u"--for must be a duration such as 90s, 30m, 4h or 7d, not '%1'"_s.arg(
            o.value(u"for"_s)));
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    ApprovalQueue queue(*ctx.store);
    if (o.isSet(u"grant"_s)) {
        // The grant's defaults come from the request: its run, or exactly its target.
        auto pending = queue.get(o.positional().at(0));
        if (!pending)
            return ctx.fail(pending.error());
        GrantStore::NewGrant g;
        g.validForSecs = *grantSecs;
        g.note = d.note;
        if (grantKind == u"run"_s) {
            if (pending->runId.isEmpty())
                return ctx.usage(u"request %1 belongs to no run: use --grant tool"_s.arg(pending->id));
            g.runId = pending->runId;
            g.targetPattern = o.isSet(u"pattern"_s) ? o.value(u"pattern"_s) : u"**"_s;
        } else {
            g.targetPattern = o.isSet(u"pattern"_s) ? o.value(u"pattern"_s) : pending->target;
        }
        d.grant = g;
    }
    auto r = queue.decide(o.positional().at(0), d);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json)
        printJson(ctx.out, requestToJson(*r));
    else
        ctx.out << displayText(r->id) << ' ' << displayText(describeDecision(*r))
                << (r->edited ? " with edited arguments" : "") << Qt::endl;
    if (d.grant && !ctx.json) {
        auto grants = GrantStore(*ctx.store).forConnector(r->connector);
        for (const ApprovalGrant &g : grants ? *grants : QList<ApprovalGrant>()) {
            if (g.fromRequest == r->id)
                ctx.out << "granted ahead: " << displayText(describeGrant(g)) << " (grant " << g.id
                        << ")" << Qt::endl;
        }
    }
    return Ok;
}

int withdrawCommand(Context &ctx, const QStringList &args)
{
    Options o(u"approval withdraw ID --reason TEXT"_s);
    o.add(u"reason"_s, u"why"_s, u"TEXT"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    if (o.value(u"reason"_s).trimmed().isEmpty())
        return ctx.usage(u"approval withdraw needs --reason TEXT"_s);
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    auto r = ApprovalQueue(*ctx.store).withdraw(o.positional().at(0), o.value(u"reason"_s));
    if (!r)
        return ctx.fail(r.error());
    ctx.out << displayText(r->id) << ' ' << displayText(describeDecision(*r)) << Qt::endl;
    return Ok;
}

} // namespace

int runApprovalCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(u"approval needs a subcommand: request, list, show, decide, withdraw"_s);
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub == u"request"_s)
        return request(ctx, rest);
    if (sub == u"list"_s)
        return list(ctx, rest);
    if (sub == u"show"_s)
        return show(ctx, rest);
    if (sub == u"decide"_s)
        return decideCommand(ctx, rest);
    if (sub == u"withdraw"_s)
        return withdrawCommand(ctx, rest);
    return ctx.usage(u"unknown approval subcommand '%1'"_s.arg(sub));
}

} // namespace airlock::cli
