// airlockctl run …: browse runs, and let a workflow script record its own run.

#include "cli.h"
#include "output.h"

#include "domain/displaytext.h"

#include "export/bundlestorecheck.h"
#include "export/evidencebundle.h"
#include "proof/localtrust.h"
#include "proof/signingkey.h"
#include "runs/narrative.h"
#include "runs/runflags.h"
#include "runs/timeline.h"
#include "store/evidencechain.h"
#include "store/runstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airlock::cli {

namespace {

int list(Context &ctx, const QStringList &args)
{
    Options o(u"run list [--status S] [--workflow W] [--connector C] [--flag F] [--limit N]"_s);
    o.add(u"status"_s, u"status"_s, u"S"_s);
    o.add(u"workflow"_s, u"workflow"_s, u"W"_s);
    o.add(u"connector"_s, u"only runs that touched this connector"_s, u"C"_s);
    o.add(u"flag"_s, u"only runs where this went wrong: blocked, rejected, failed, stopped"_s, u"F"_s);
    o.add(u"limit"_s, u"rows (default 50)"_s, u"N"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    RunStore::Filter filter;
    if (o.isSet(u"status"_s)) {
        filter.status = parseWord<RunStatus>(o.value(u"status"_s));
        if (!filter.status)
            return ctx.usage(u"unknown run status '%1' (one of: %2)"_s.arg(o.value(u"status"_s), allWords<RunStatus>().join(u", ")));
    }
    filter.workflow = o.value(u"workflow"_s);
    filter.connector = o.value(u"connector"_s);
    if (o.isSet(u"flag"_s)) {
        const int bit = int(runFlagWords(kAllRunFlags).indexOf(o.value(u"flag"_s)));
        if (bit < 0)
            return ctx.usage(u"unknown run flag '%1' (one of: %2)"_s.arg(o.value(u"flag"_s), runFlagWords(kAllRunFlags).join(u", ")));
        filter.flags = 1 << bit;
    }
    int limit = 50;
    if (o.isSet(u"limit"_s)) {
        bool ok = false;
        limit = o.value(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0 || limit > 100000)
            return ctx.usage(u"--limit must be a whole number from 1 to 100000"_s);
    }
    if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
        return rc;
    // Keyset pages of at most RunStore::kMaxPage, up to the limit.
    Result<QList<Run>> runs = QList<Run>();
    RunStore::Cursor after;
    while (runs->size() < limit) {
        auto page = RunStore(*ctx.store).page(filter, after, qMin(RunStore::kMaxPage, limit - int(runs->size())));
        if (!page)
            return ctx.fail(page.error());
        *runs += *page;
        if (page->isEmpty() || page->size() < qMin(RunStore::kMaxPage, limit))
            break;
        after = {page->constLast().startedAt, page->constLast().id};
    }
    if (ctx.json) {
        QJsonArray array;
        for (const Run &r : *runs)
            array.append(runToJson(r));
        printJson(ctx.out, array);
        return Ok;
    }
    Table t({u"ID"_s, u"WORKFLOW"_s, u"STATUS"_s, u"STARTED"_s, u"DURATION"_s, u"TOKENS"_s, u"FLAGS"_s,
             u"STOPPED BECAUSE"_s});
    for (const Run &r : *runs) {
        const QString duration = r.endedAt.isValid() ? spanText(r.startedAt.secsTo(r.endedAt)) : u"running"_s;
        t.addRow({r.id, r.workflow, wordOf(r.status), r.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s),
                  duration, QString::number(r.tokensIn + r.tokensOut), runFlagWords(r.flags).join(u','), r.stopReason});
    }
    if (t.isEmpty())
        ctx.out << "No runs." << Qt::endl;
    else
        t.print(ctx.out);
    return Ok;
}

int show(Context &ctx, const QStringList &args)
{
    Options o(u"run show ID"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
        return rc;
    const QString id = o.positional().at(0);
    auto run = RunStore(*ctx.store).get(id);
    if (!run)
        return ctx.fail(run.error());
    auto events = EvidenceChain(*ctx.store).forRun(id);
    if (!events)
        return ctx.fail(events.error());
    if (ctx.json) {
        QJsonObject obj = runToJson(*run);
        QJsonArray array;
        for (const EvidenceEvent &e : *events)
            array.append(eventToJson(e));
        obj[u"events"_s] = array;
        printJson(ctx.out, obj);
        return Ok;
    }
    ctx.out << displayText(run->workflow) << " — " << wordOf(run->status) << '\n'
            << "  run:      " << displayText(run->id) << '\n'
            << "  trigger:  " << displayText(run->trigger) << '\n'
            << "  identity: " << displayText(run->identity) << '\n'
            << "  started:  " << whenText(run->startedAt) << '\n'
            << "  ended:    " << whenText(run->endedAt) << '\n';
    if (!run->stopReason.isEmpty())
        ctx.out << "  stopped:  " << displayText(run->stopReason)
                << (run->stoppedAtSeq > 0
                        ? u" (at event #"_s + QString::number(run->stoppedAtSeq) + u')'
                        : QString())
                << '\n';
    ctx.out << "  usage:    " << run->tokensIn << " tokens in, " << run->tokensOut << " out, cost "
            << QString::number(run->cost, 'f', 4)
            << (run->model.isEmpty() ? QString() : u", model "_s + displayText(run->model))
            << "\n\n";
    Table t({u"SEQ"_s, u"TIME"_s, u"KIND"_s, u"CONNECTOR"_s, u"TOOL"_s, u"TARGET"_s, u"RESULT"_s, u"SUMMARY"_s});
    for (const EvidenceEvent &e : *events) {
        t.addRow({QString::number(e.seq), e.at.toUTC().toString(u"HH:mm:ss"_s), wordOf(e.kind), e.connector,
                  e.tool, e.target, wordOf(e.result), e.summary});
    }
    t.print(ctx.out, 60);
    return Ok;
}

int start(Context &ctx, const QStringList &args)
{
    Options o(u"run start --workflow W [--trigger T] [--identity I] [--id ID] [--model M]"_s);
    for (const QString &n : {u"workflow"_s, u"trigger"_s, u"identity"_s, u"id"_s, u"model"_s})
        o.add(n, n, n.toUpper());
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    if (o.value(u"workflow"_s).trimmed().isEmpty())
        return ctx.usage(u"run start needs --workflow"_s);
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    Run r;
    r.id = o.value(u"id"_s);
    r.workflow = o.value(u"workflow"_s).trimmed();
    r.trigger = o.isSet(u"trigger"_s) ? o.value(u"trigger"_s) : ctx.actor;
    r.identity = o.isSet(u"identity"_s) ? o.value(u"identity"_s) : ctx.actor;
    r.model = o.value(u"model"_s);
    auto started = RunStore(*ctx.store).start(r);
    if (!started)
        return ctx.fail(started.error());
    if (ctx.json)
        printJson(ctx.out, runToJson(*started));
    else
        ctx.out << displayText(started->id) << Qt::endl;
    return Ok;
}

int finish(Context &ctx, const QStringList &args)
{
    Options o(u"run finish ID --status S [--reason TEXT]"_s);
    o.add(u"status"_s, u"final status"_s, u"S"_s);
    o.add(u"reason"_s, u"where and why it stopped"_s, u"TEXT"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    const auto status = parseWord<RunStatus>(o.value(u"status"_s));
    if (!status || *status == RunStatus::Running || *status == RunStatus::WaitingApproval)
        return ctx.usage(u"run finish needs --status succeeded, failed, blocked or stopped"_s);
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    const QString id = o.positional().at(0);
    if (Status s = RunStore(*ctx.store).finish(id, *status, o.value(u"reason"_s)); !s)
        return ctx.failWith(s.error(), s.code() == ErrorCode::Conflict ? int(Failure) : exitFor(s.code()));
    ctx.out << displayText(id) << ' ' << wordOf(*status) << Qt::endl;
    return Ok;
}

int exportBundle(Context &ctx, const QStringList &args)
{
    Options o(u"run export-bundle ID --output DIR"_s);
    o.add(u"output"_s, u"folder to create (must not exist or be empty)"_s, u"DIR"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    if (o.value(u"output"_s).trimmed().isEmpty())
        return ctx.usage(u"run export-bundle needs --output DIR"_s);
    if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
        return rc;
    auto bundle = writeEvidenceBundle(*ctx.store, o.positional().at(0), o.value(u"output"_s));
    if (!bundle)
        return ctx.fail(bundle.error());
    if (ctx.json) {
        QJsonObject result{{u"directory"_s, bundle->directory},
                           {u"run_id"_s, bundle->runId},
                           {u"events"_s, bundle->events},
                           {u"first_seq"_s, bundle->firstSeq},
                           {u"last_seq"_s, bundle->lastSeq},
                           {u"chain_head_seq"_s, bundle->headSeq},
                           {u"chain_head_hash"_s, QString::fromLatin1(bundle->headHash)}};
        if (bundle->proofs) {
            const Checkpoint &c = bundle->proofs->checkpoint;
            result.insert(u"checkpoint"_s, QJsonObject{{u"size"_s, c.size},
                                                       {u"root"_s, QString::fromLatin1(c.root.toHex())},
                                                       {u"key_fingerprint"_s, c.keyId()},
                                                       {u"made_on_export"_s, bundle->proofs->madeOnExport},
                                                       {u"kept_in_store"_s, bundle->proofs->inStore}});
        }
        printJson(ctx.out, result);
        return Ok;
    }
    ctx.out << "Wrote " << bundle->events << " events (#" << bundle->firstSeq << " to #" << bundle->lastSeq
            << ") to " << bundle->directory << Qt::endl;
    if (bundle->proofs) {
        const RunProofs &p = *bundle->proofs;
        ctx.out << "with their inclusion proofs in the " << p.checkpoint.describe()
                << (p.madeOnExport ? u" (made now)"_s : QString()) << ", signed by key " << p.checkpoint.keyId()
                << Qt::endl;
        if (!p.inStore)
            ctx.err << "airlockctl: note: the store did not keep the new checkpoint ("
                    << displayText(p.notInStoreBecause) << "); it is in the bundle and this machine's witness"
                    << Qt::endl;
    } else {
        ctx.out << "without a checkpoint: the store has no checkpoints table yet (airlockctl init)" << Qt::endl;
    }
    ctx.out << "check it with: cd " << bundle->directory << " && bash verify.sh";
    if (bundle->proofs)
        ctx.out << " --fingerprint " << bundle->proofs->checkpoint.keyId();
    ctx.out << Qt::endl;
    return Ok;
}

int verifyBundle(Context &ctx, const QStringList &args)
{
    Options o(u"run verify-bundle DIR [--store URL] [--key SIGNER.pem | --fingerprint HEX]"_s);
    o.add(u"key"_s, u"the public key (PEM) that must have signed the bundle's checkpoint"_s, u"SIGNER.pem"_s);
    o.add(u"fingerprint"_s, u"the hex SHA-256 of the signer's raw public key"_s, u"HEX"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    BundlePin pin;
    if (o.isSet(u"key"_s)) {
        auto key = readPublicKeyPem(o.value(u"key"_s));
        if (!key)
            return ctx.fail(key.error());
        pin.publicKey = *key;
    }
    pin.fingerprint = o.value(u"fingerprint"_s).remove(u':').trimmed();
    auto check = checkEvidenceBundle(o.positional().at(0), pin);
    if (!check)
        return ctx.fail(check.error());
    if (!check->intact) {
        ctx.err << "airlockctl: bundle is not intact: " << displayText(check->problem) << Qt::endl;
        return ChainBroken;
    }
    std::optional<BundleStoreCheck> inStore;
    if (ctx.storeGiven) {
        if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
            return rc;
        auto s = checkBundleAgainstStore(*ctx.store, *check);
        if (!s)
            return ctx.fail(s.error());
        if (!s->consistent) {
            ctx.err << "airlockctl: the store " << ctx.store->url().display()
                    << " does not hold the bundle's events: " << displayText(s->problem) << Qt::endl;
            return ChainBroken;
        }
        inStore = *s;
    }
    ctx.out << "OK: " << check->checked << " events verified";
    if (check->checkpoint) {
        const Checkpoint &c = *check->checkpoint;
        auto keys = trustedKeys();
        const QString trust = pin.isSet() ? u"the key you pinned"_s
                            : keys && keys->trusts(c.publicKey) ? u"trusted on this machine"_s
                                                                : u"not a key this machine trusts: pin it with --fingerprint"_s;
        ctx.out << "; each is in the " << c.describe() << " (" << check->proofsChecked
                << " inclusion proofs reach its root), signed by key " << c.keyId() << " (" << trust << ')';
    } else {
        ctx.out << "; no checkpoint: the chain of this run only";
    }
    if (inStore)
        ctx.out << "; the store " << ctx.store->url().display() << " still holds them"
                << (check->checkpoint ? u", and its first %1 events give the checkpoint's root"_s.arg(check->checkpoint->size)
                                      : QString());
    ctx.out << Qt::endl;
    return Ok;
}

int timeline(Context &ctx, const QStringList &args)
{
    Options o(u"run story ID"_s);
    QString error;
    if (!o.parse(args, 1, 1, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(true, StoreMissing::Refuse); rc != Ok)
        return rc;
    auto t = RunTimeline::load(*ctx.store, o.positional().at(0));
    if (!t)
        return ctx.fail(t.error());
    const RunNarrative story = narrate(*t);
    if (ctx.json) {
        QJsonObject obj;
        for (const RunNarrative::Line &l : story.lines)
            obj[l.topic] = l.text;
        printJson(ctx.out, obj);
        return Ok;
    }
    // Each sentence quotes the run's own text (its trigger, targets, reasons): one line each.
    for (const RunNarrative::Line &l : story.lines)
        ctx.out << displayText(l.text) << '\n';
    const RunTotals &tot = t->totals();
    ctx.out << "\nDuration " << durationText(tot.durationMs) << ", waiting for people "
            << durationText(tot.waitingMs) << ", " << tot.tokensIn << " tokens in, " << tot.tokensOut
            << " out, cost " << QString::number(tot.cost, 'f', 4) << Qt::endl;
    return Ok;
}

} // namespace

int runRunCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(u"run needs a subcommand: list, show, story, start, finish, export-bundle, verify-bundle"_s);
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub == u"list"_s)
        return list(ctx, rest);
    if (sub == u"show"_s)
        return show(ctx, rest);
    if (sub == u"start"_s)
        return start(ctx, rest);
    if (sub == u"finish"_s)
        return finish(ctx, rest);
    if (sub == u"export-bundle"_s)
        return exportBundle(ctx, rest);
    if (sub == u"verify-bundle"_s)
        return verifyBundle(ctx, rest);
    if (sub == u"story"_s)
        return timeline(ctx, rest);
    return ctx.usage(u"unknown run subcommand '%1'"_s.arg(sub));
}

} // namespace airlock::cli
