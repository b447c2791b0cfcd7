// The size and the checking time of an evidence bundle's proofs (issue #12): a run of
// 10,000 events among other runs' (100,000 events in all) is exported as a bundle with its
// signed checkpoint and one RFC 9162 inclusion proof per event; the figures are the proof
// bytes, in total and per event, against the events' own bytes (events.jsonl), and the time
// the bundle's verify.sh (bash, coreutils, openssl) takes to check it all offline.
//
//   bench_bundle [--events N] [--run-events M] [--dir PATH]
//
// The store is a fresh SQLite file; the checkpoint key and the witness live in a private data
// folder (XDG_DATA_HOME), never the user's.

#include "export/bundlestorecheck.h"
#include "export/evidencebundle.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace airlock;

namespace {

EvidenceEvent sampleEvent(const QString &runId, qint64 i)
{
    EvidenceEvent e;
    e.kind = EventKind::Read;
    e.actor = u"bench@agents"_s;
    e.connector = u"Salesforce CRM"_s;
    e.runId = runId;
    e.tool = u"get_account"_s;
    e.power = Power::Read;
    e.target = u"crm:accounts/segment=smb/%1"_s.arg(i);
    e.summary = u"read account %1 for the follow-up draft"_s.arg(i);
    e.payload = R"({"rows":1,"fields":["name","owner","segment","last_contact"]})";
    return e;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"events"_s, u"events in the store (default 100000)"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"run-events"_s, u"events of the exported run (default 10000)"_s, u"M"_s, u"10000"_s});
    parser.addOption({u"dir"_s, u"folder for the store and the bundle (default: a temporary one)"_s, u"PATH"_s});
    parser.process(app);
    const qint64 total = parser.value(u"events"_s).toLongLong();
    const qint64 runEvents = parser.value(u"run-events"_s).toLongLong();
    if (total <= 0 || runEvents <= 0 || runEvents > total)
        qFatal("need 0 < --run-events <= --events");

    QTemporaryDir temp;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temp.path();
    QDir().mkpath(dir + u"/data"_s);
    qputenv("XDG_DATA_HOME", QByteArray(dir.toUtf8() + "/data"));
    QCoreApplication::setOrganizationName(u"airlock-bench"_s);
    QCoreApplication::setApplicationName(u"airlock-bench"_s);

    auto opened = Store::open(StoreUrl::parse(u"sqlite://"_s + dir + u"/bundle.db"_s).value());
    if (!opened)
        qFatal("open: %s", qPrintable(opened.message()));
    Store &store = **opened;
    store.setActor(u"bench"_s);

    // The run's events spread evenly through the log, the rest in ten other runs.
    Run r;
    r.workflow = u"invoice-sync"_s;
    r.trigger = u"bench"_s;
    r.identity = u"bench"_s;
    const QString runId = RunStore(store).start(r).value().id;
    QStringList others;
    for (int i = 0; i < 10; ++i) {
        r.workflow = u"other-%1"_s.arg(i);
        others << RunStore(store).start(r).value().id;
    }
    const qint64 every = total / runEvents;
    QElapsedTimer t;
    t.start();
    EvidenceChain chain(store);
    for (qint64 from = 0; from < total; from += 1000) {
        Status s = store.write([&]() -> Status {
            for (qint64 i = from; i < qMin(total, from + 1000); ++i) {
                const bool ofRun = i % every == every / 2 && i / every < runEvents;
                auto e = chain.append(sampleEvent(ofRun ? runId : others.at(int(i * 10 / total)), i));
                if (!e)
                    return e.status();
            }
            return {};
        });
        if (!s)
            qFatal("append: %s", qPrintable(s.message()));
    }
    std::printf("store: %lld events (%lld of the run) appended in %.1f s\n", static_cast<long long>(total),
                static_cast<long long>(runEvents), t.nsecsElapsed() / 1e9);

    const QString bundleDir = dir + u"/bundle"_s;
    QDir(bundleDir).removeRecursively();
    t.start();
    auto bundle = writeEvidenceBundle(store, runId, bundleDir);
    if (!bundle || !bundle->proofs)
        qFatal("export: %s", bundle ? "no proofs" : qPrintable(bundle.message()));
    const double exportS = t.nsecsElapsed() / 1e9;

    qint64 hashes = 0;
    QSet<QByteArray> distinct;
    for (const QList<QByteArray> &path : bundle->proofs->paths) {
        hashes += path.size();
        for (const QByteArray &h : path)
            distinct.insert(h);
    }
    const qint64 eventBytes = fileSize(bundleDir + u"/events.jsonl"_s);
    const qint64 proofFile = fileSize(bundleDir + u"/proofs.txt"_s);
    const qint64 proofRaw = hashes * 32;
    const qint64 checkpointBytes = fileSize(bundleDir + u"/checkpoint.txt"_s) + fileSize(bundleDir + u"/checkpoint.sig"_s)
        + fileSize(bundleDir + u"/signer.pem"_s);
    const double n = double(bundle->events);
    std::printf("export: %d events, checkpoint of %lld events made on export, %.2f s\n", bundle->events,
                static_cast<long long>(bundle->proofs->checkpoint.size), exportS);
    std::printf("events.jsonl: %lld bytes, %.0f per event\n", static_cast<long long>(eventBytes), eventBytes / n);
    std::printf("proofs: %lld hashes, %.1f per event; raw %lld bytes (%.0f per event, %.2fx the events' bytes); "
                "proofs.txt %lld bytes (%.0f per event, %.2fx)\n",
                static_cast<long long>(hashes), hashes / n, static_cast<long long>(proofRaw), proofRaw / n,
                double(proofRaw) / double(eventBytes), static_cast<long long>(proofFile), proofFile / n,
                double(proofFile) / double(eventBytes));
    std::printf("  of which distinct hashes: %lld (%lld bytes raw, %.2fx the events' bytes: what one shared "
                "multi-proof would carry)\n",
                static_cast<long long>(distinct.size()), static_cast<long long>(distinct.size() * 32),
                double(distinct.size() * 32) / double(eventBytes));
    std::printf("checkpoint files: %lld bytes\n", static_cast<long long>(checkpointBytes));

    t.start();
    auto check = checkEvidenceBundle(bundleDir);
    if (!check || !check->intact)
        qFatal("check: %s", check ? qPrintable(check->problem) : qPrintable(check.message()));
    const double checkS = t.nsecsElapsed() / 1e9;
    t.start();
    auto inStore = checkBundleAgainstStore(store, *check);
    if (!inStore || !inStore->consistent)
        qFatal("store check: %s", inStore ? qPrintable(inStore->problem) : qPrintable(inStore.message()));
    const double storeS = t.nsecsElapsed() / 1e9;

    QProcess bash;
    bash.setProcessChannelMode(QProcess::MergedChannels);
    t.start();
    bash.start(u"bash"_s, {bundleDir + u"/verify.sh"_s});
    if (!bash.waitForFinished(-1) || bash.exitCode() != 0)
        qFatal("verify.sh failed: %s", bash.readAll().constData());
    const double scriptS = t.nsecsElapsed() / 1e9;
    std::printf("verify.sh (bash, coreutils, openssl): %.2f s; airlockctl's check: %.2f s offline, %.2f s more "
                "against the store\n",
                scriptS, checkS, storeS);
    return 0;
}
