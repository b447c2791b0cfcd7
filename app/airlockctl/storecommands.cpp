// airlockctl init, demo, verify, export: the store as a whole.

#include "cli.h"
#include "output.h"

#include "domain/displaytext.h"

#include "demo/demogenerator.h"
#include "export/exporter.h"
#include "store/evidencechain.h"
#include "store/migrations.h"

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

int runVerify(Context &ctx, const QStringList &args)
{
    Options o(u"verify"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);
    if (int rc = ctx.openStore(false, StoreMissing::Refuse); rc != Ok)
        return rc;
    auto report = EvidenceChain(*ctx.store).verify();
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json) {
        printJson(ctx.out, QJsonObject{{u"intact"_s, report->intact},
                                       {u"checked"_s, report->checked},
                                       {u"first_bad_seq"_s, report->firstBadSeq},
                                       {u"problem"_s, report->problem}});
    } else if (report->intact) {
        ctx.out << "evidence chain intact: " << report->checked << " events checked" << Qt::endl;
    } else {
        ctx.out << "evidence chain BROKEN at #" << report->firstBadSeq << ": "
                << displayText(report->problem) << " (" << report->checked
                << " events before it are intact)" << Qt::endl;
    }
    return report->intact ? Ok : ChainBroken;
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
