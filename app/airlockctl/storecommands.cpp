// airlockctl init, demo, verify, export: the store as a whole.

#include "cli.h"
#include "output.h"

#include "domain/displaytext.h"

#include "demo/demogenerator.h"
#include "export/exporter.h"
#include "store/evidencechain.h"
#include "store/migrations.h"
#include "clock.h"
#include "proof/checkpointing.h"
#include "proof/checkpointlog.h"
#include "proof/localtrust.h"
#include "proof/logaudit.h"
#include "proof/signingkey.h"

#include <QJsonArray>

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace airlock::cli {

int runInit(Context &ctx, const QStringList &args)
{
    Options o(u"init"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    if (ctx.json)
        printJson(ctx.out, QJsonObject{{u"store"_s, ctx.store->url().display()},
                                       {u"schema_version"_s, ctx.store->schemaVersion()}});
    else
        ctx.out << "store ready: " << ctx.store->url().display() << " (schema version "
                << ctx.store->schemaVersion() << ')' << Qt::endl;
    return Ok;
}

int runDemo(Context &ctx, const QStringList &args)
{
    Options o(u"demo [--seed N]"_s);
    o.add(u"seed"_s, u"seed of the generator (default 1)"_s, u"N"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    quint32 seed = 1;
    if (o.isSet(u"seed"_s)) {
        bool ok = false;
        seed = o.value(u"seed"_s).toUInt(&ok);
        if (!ok)
            return ctx.usage(u"--seed must be a whole number ≥ 0, not '%1'"_s.arg(o.value(u"seed"_s)));
    }
    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    auto summary = seedDemo(*ctx.store, seed);
    if (!summary)
        return ctx.failWith(summary.error(), summary.code() == ErrorCode::InvalidArgument ? int(Failure)
                                                                                       : exitFor(summary.code()));
    if (ctx.json)
        printJson(ctx.out, QJsonObject{{u"connectors"_s, summary->connectors}, {u"runs"_s, summary->runs},
                                       {u"events"_s, summary->events}, {u"approvals"_s, summary->approvals}});
    else
        ctx.out << "demo ready in " << ctx.store->url().display() << ": " << summary->connectors
                << " connectors, " << summary->runs << " runs, " << summary->events << " evidence events, "
                << summary->approvals << " approval requests" << Qt::endl;
    return Ok;
}

namespace {

QJsonArray findingsJson(const EvidenceChain::VerifyReport &report)
{
    QJsonArray list;
    for (const EvidenceChain::Finding &f : report.findings)
        list << QJsonObject{{u"kind"_s, findingWord(f.kind)}, {u"seq"_s, f.seq}, {u"problem"_s, f.problem}};
    return list;
}

void printFindings(QTextStream &out, const EvidenceChain::VerifyReport &report)
{
    for (qsizetype i = 1; i < report.findings.size(); ++i)
        out << "  also: " << displayText(report.findings.at(i).problem) << Qt::endl;
    if (report.omitted > 0)
        out << "  and " << report.omitted << " more broken links" << Qt::endl;
}

QJsonObject checkpointJson(const Checkpoint &c)
{
    return QJsonObject{{u"store_id"_s, c.storeId},
                       {u"size"_s, c.size},
                       {u"root"_s, QString::fromLatin1(c.root.toHex())},
                       {u"head_seq"_s, c.headSeq},
                       {u"head_hash"_s, QString::fromLatin1(c.headHash)},
                       {u"time"_s, c.time.toString(Qt::ISODateWithMs)},
                       {u"key_id"_s, c.keyId()},
                       {u"envelope"_s, QString::fromLatin1(c.envelope())}};
}

} // namespace

int runVerify(Context &ctx, const QStringList &args)
{
    Options o(u"verify"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(false, StoreMissing::Refuse); rc != Ok)
        return rc;
    auto audit = auditLog(*ctx.store);
    if (!audit)
        return ctx.fail(audit.error());
    const EvidenceChain::VerifyReport &report = audit->report;
    if (ctx.json) {
        QJsonObject result{{u"intact"_s, report.intact},
                      {u"checked"_s, report.checked},
                      {u"first_bad_seq"_s, report.firstBadSeq},
                      {u"problem"_s, report.problem},
                      {u"findings"_s, findingsJson(report)},
                      {u"omitted"_s, report.omitted},
                      {u"log_size"_s, audit->size},
                      {u"root"_s, QString::fromLatin1(audit->root.toHex())},
                      {u"checkpoints_checked"_s, audit->anchors},
                      {u"pending"_s, report.pending}};
        if (!report.sealProblem.isEmpty())
            result.insert(u"seal_problem"_s, report.sealProblem);
        if (audit->newestVouched)
            result.insert(u"newest_checkpoint"_s, checkpointJson(*audit->newestVouched));
        printJson(ctx.out, result);
    } else if (report.intact) {
        ctx.out << "evidence chain intact: " << report.checked << " events checked";
        if (audit->newestVouched)
            ctx.out << "; consistent with " << audit->anchors << " checkpoint(s) and witness, the newest the "
                    << audit->newestVouched->describe();
        else
            ctx.out << "; no checkpoint to check it against yet ('airlockctl checkpoint' makes one)";
        ctx.out << Qt::endl;
    } else {
        if (report.firstBadSeq > 0)
            ctx.out << "evidence chain BROKEN at #" << report.firstBadSeq << ": ";
        else
            ctx.out << "evidence chain BROKEN: ";
        ctx.out << displayText(report.problem) << " (" << report.checked << " events checked)" << Qt::endl;
        printFindings(ctx.out, report);
    }
    if (!ctx.json && report.pending > 0) {
        // Recorded and durable, not yet in the log: not tampering, but not vouched for either.
        ctx.out << report.pending << (report.pending == 1 ? " event is" : " events are")
                << " recorded but not yet sealed into the log";
        if (!report.sealProblem.isEmpty())
            ctx.out << ": " << displayText(report.sealProblem);
        ctx.out << Qt::endl;
    }
    return report.intact ? Ok : ChainBroken;
}

int runCheckpoint(Context &ctx, const QStringList &args)
{
    Options o(u"checkpoint [list]"_s);
    QString error;
    if (!o.parse(args, 0, 1, &error))
        return ctx.usage(error);
    const bool list = !o.positional().isEmpty();
    if (list && o.positional().constFirst() != u"list"_s)
        return ctx.usage(u"checkpoint what? 'list', or nothing to make one — not '%1'"_s.arg(o.positional().constFirst()));
    if (int rc = ctx.openStore(false); rc != Ok)
        return rc;
    if (ctx.store->schemaVersion() < kCheckpointsSchemaVersion)
        return ctx.fail(Error{ErrorCode::StoreUnavailable, u"the store %1 has no checkpoints table yet (schema "
                                                            u"version %2): run 'airlockctl init' as its owner"_s.arg(
                                                                ctx.store->url().display(), QString::number(ctx.store->schemaVersion()))});
    if (list) {
        auto keys = trustedKeys();
        if (!keys)
            return ctx.fail(keys.error());
        auto stored = CheckpointLog(*ctx.store).all();
        if (!stored)
            return ctx.fail(stored.error());
        QJsonArray rows;
        for (const StoredCheckpoint &row : std::as_const(*stored)) {
            const QString state = !row.checkpoint                      ? u"unreadable"_s
                                : !row.checkpoint->signatureValid()    ? u"signature invalid"_s
                                : !keys->trusts(row.checkpoint->publicKey) ? u"unknown key"_s
                                                                          : u"signed by a trusted key"_s;
            if (ctx.json) {
                QJsonObject entry = row.checkpoint ? checkpointJson(*row.checkpoint) : QJsonObject{{u"size"_s, row.logSize}};
                entry.insert(u"id"_s, row.id);
                entry.insert(u"state"_s, state);
                rows << entry;
            } else if (row.checkpoint) {
                const Checkpoint &c = *row.checkpoint;
                ctx.out << c.time.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) << "  " << c.size << " events  head #"
                        << c.headSeq << ' ' << c.headHash.left(12) << "…  root " << c.root.toHex().left(12)
                        << "…  key " << c.keyId().left(16) << "…  " << state << Qt::endl;
            } else {
                ctx.out << "row " << row.id << "  " << row.logSize << " events  " << state << ": "
                        << displayText(row.checkpoint.message()) << Qt::endl;
            }
        }
        if (ctx.json)
            printJson(ctx.out, rows);
        else if (stored->isEmpty())
            ctx.out << "no checkpoints yet ('airlockctl checkpoint' makes one)" << Qt::endl;
        return Ok;
    }
    auto key = SigningKey::loadOrCreate(SigningKey::defaultPath());
    if (!key)
        return ctx.fail(key.error());
    // Never sign a log that contradicts an earlier checkpoint or this machine's witness: the
    // new checkpoint would launder the rewrite.
    auto audit = auditLog(*ctx.store);
    if (!audit)
        return ctx.fail(audit.error());
    if (!audit->anchorsHold()) {
        ctx.err << "airlockctl: refusing to checkpoint " << ctx.store->url().display()
                << ": it contradicts what was checkpointed before: " << displayText(audit->report.problem) << Qt::endl;
        printFindings(ctx.err, audit->report);
        return ChainBroken;
    }
    auto made = checkpointAudited(*ctx.store, *audit, *key);
    if (!made)
        return ctx.fail(made.error());
    const Checkpoint &c = made->checkpoint;
    if (ctx.json) {
        printJson(ctx.out, checkpointJson(c));
    } else {
        ctx.out << c.envelope();
        if (!audit->report.intact)
            ctx.err << "airlockctl: note: the chain has broken links (" << displayText(audit->report.problem)
                    << "); the checkpoint records the log as it is" << Qt::endl;
    }
    return Ok;
}

int runExport(Context &ctx, const QStringList &args)
{
    Options o(u"export connectors|runs|run ID [--format csv|json] [--output FILE]"_s);
    o.add(u"format"_s, u"csv or json (default csv)"_s, u"FORMAT"_s);
    o.add(u"output"_s, u"file to write (default: standard output)"_s, u"FILE"_s);
    o.add(u"limit"_s, u"runs to export (default 100000)"_s, u"N"_s);
    QString error;
    if (!o.parse(args, 1, 2, &error))
        return ctx.usage(error);
    const QString what = o.positional().at(0);
    if (what != u"connectors"_s && what != u"runs"_s && what != u"run"_s)
        return ctx.usage(u"export what? connectors, runs or run ID — not '%1'"_s.arg(what));
    if ((what == u"run"_s) != (o.positional().size() == 2))
        return ctx.usage(what == u"run"_s ? u"export run needs the run's ID"_s : u"unexpected argument '%1'"_s.arg(o.positional().value(1)));
    ExportFormat format = ExportFormat::Csv;
    if (o.isSet(u"format"_s)) {
        const auto f = parseWord<ExportFormat>(o.value(u"format"_s));
        if (!f)
            return ctx.usage(u"unknown format '%1' (csv or json)"_s.arg(o.value(u"format"_s)));
        format = *f;
    }
    int limit = 100000;
    if (o.isSet(u"limit"_s)) {
        bool ok = false;
        limit = o.value(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0)
            return ctx.usage(u"--limit must be a whole number > 0"_s);
    }
    if (int rc = ctx.openStore(false, StoreMissing::Refuse); rc != Ok)
        return rc;
    Result<QByteArray> data = what == u"connectors"_s ? exportConnectors(*ctx.store, format)
                            : what == u"runs"_s       ? exportRuns(*ctx.store, format, {}, limit)
                                                      : exportRunEvidence(*ctx.store, o.positional().at(1), format);
    if (!data)
        return ctx.fail(data.error());
    if (!o.isSet(u"output"_s)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*data) != data->size())
            return ctx.fail(Error{ErrorCode::StoreUnavailable, u"cannot write to standard output"_s});
        return Ok;
    }
    // All or nothing: a failed export leaves no half-written file behind.
    QSaveFile file(o.value(u"output"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit())
        return ctx.fail(Error{ErrorCode::StoreUnavailable, u"cannot write %1: %2"_s.arg(o.value(u"output"_s), file.errorString())});
    ctx.err << "wrote " << data->size() << " bytes to " << o.value(u"output"_s) << Qt::endl;
    return Ok;
}

} // namespace airlock::cli
