#include "evidencebundle.h"

#include "clock.h"
#include "export/recordjson.h"
#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

const QString kFormat = u"airlock-evidence-bundle/1"_s;
const QStringList kSummed = {u"events.jsonl"_s, u"hashes.txt"_s, u"run.json"_s, u"manifest.json"_s,
                             u"verify.sh"_s};

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Status::failure(ErrorCode::InvalidArgument,
                               u"cannot write %1: %2"_s.arg(path, f.errorString()));
    return {};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidArgument,
                     u"cannot read %1: %2"_s.arg(path, f.errorString())};
    return f.readAll();
}

QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

QByteArray bundleVerifyScript()
{
    return QByteArrayLiteral(R"SH(#!/usr/bin/env bash
# Checks this Airlock evidence bundle with sha256sum alone. Run it inside the bundle's folder.
# For each line of events.jsonl and the same line of hashes.txt ("seq prev_hash hash"):
#   printf '%s%s' "$prev_hash" "$line" | sha256sum   must print hash;
# the first event's prev_hash must be manifest.json's link_before_hash, and an event whose
# seq follows the previous line's seq must carry that line's hash as its prev_hash.
set -uo pipefail
bad=0
sha256sum --quiet -c SHA256SUMS || { echo "SHA256SUMS: a file of the bundle changed"; bad=1; }
link=$(sed -n 's/.*"link_before_hash": *"\([0-9a-f]*\)".*/\1/p' manifest.json)
n=0; last_seq=""; last_hash=""
while IFS= read -r line <&3 && IFS=' ' read -r seq prev hash <&4; do
    n=$((n + 1))
    got=$(printf '%s%s' "$prev" "$line" | sha256sum | cut -d' ' -f1)
    [ "$got" = "$hash" ] || { echo "line $n (event #$seq): its bytes do not hash to its recorded hash"; bad=1; }
    if [ "$n" -eq 1 ] && [ "$prev" != "$link" ]; then
        echo "event #$seq does not link to link_before_hash"; bad=1
    fi
    if [ -n "$last_seq" ] && [ "$seq" -eq $((last_seq + 1)) ] && [ "$prev" != "$last_hash" ]; then
        echo "event #$seq does not link to event #$last_seq"; bad=1
    fi
    last_seq=$seq; last_hash=$hash
done 3<events.jsonl 4<hashes.txt
if [ "$bad" -eq 0 ]; then echo "OK: $n events verified"; else exit 1; fi
)SH");
}

Result<EvidenceBundle> writeEvidenceBundle(Store &store, const QString &runId,
                                           const QString &directory)
{
    if (directory.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, u"an evidence bundle needs an output folder"_s};
    const QFileInfo target(directory);
    if (target.exists() &&
        (!target.isDir() ||
         !QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return Error{ErrorCode::InvalidArgument,
                     u"%1 exists and is not an empty folder"_s.arg(directory)};

    auto run = RunStore(store).get(runId);
    if (!run)
        return run.error();
    auto events = EvidenceChain(store).forRun(runId);
    if (!events)
        return events.error();
    if (events->isEmpty())
        return Error{ErrorCode::NotFound, u"run %1 has no evidence to export"_s.arg(runId)};
    auto headSeq = EvidenceChain(store).headSeq();
    if (!headSeq)
        return headSeq.error();
    auto head = EvidenceChain(store).bySeq(*headSeq);
    if (!head)
        return head.error();

    EvidenceBundle b;
    b.directory = QDir(directory).absolutePath();
    b.runId = runId;
    b.events = int(events->size());
    b.firstSeq = events->constFirst().seq;
    b.lastSeq = events->constLast().seq;
    b.linkBefore = events->constFirst().prevHash;
    b.headSeq = head->seq;
    b.headHash = head->hash;
    // The link before the run must be what the store holds for the event before it.
    QByteArray before = kGenesisHash;
    if (b.firstSeq > 1) {
        auto e = EvidenceChain(store).bySeq(b.firstSeq - 1);
        if (!e)
            return e.error();
        before = e->hash;
    }
    if (before != b.linkBefore)
        return Error{ErrorCode::Integrity,
                     u"event #%1 does not link to event #%2 in the store: the chain is broken, "
                     u"run airlockctl verify"_s.arg(b.firstSeq)
                         .arg(b.firstSeq - 1)};

    QByteArray jsonl, hashes;
    for (const EvidenceEvent &e : std::as_const(*events)) {
        const QByteArray line = canonicalEventBytes(e);
        if (chainHash(e.prevHash, e) != e.hash)
            return Error{ErrorCode::Integrity,
                         u"event #%1 does not hash to its recorded hash: it was changed, "
                         u"run airlockctl verify"_s.arg(e.seq)};
        jsonl += line + '\n';
        hashes += QByteArray::number(e.seq) + ' ' + e.prevHash + ' ' + e.hash + '\n';
    }
    const QByteArray script = bundleVerifyScript();
    QJsonObject manifest{
        {u"format"_s, kFormat},
        {u"run_id"_s, runId},
        {u"workflow"_s, run->workflow},
        {u"status"_s, wordOf(run->status)},
        {u"stop_reason"_s, run->stopReason},
        {u"stopped_at_seq"_s, run->stoppedAtSeq},
        {u"exported_at"_s, currentTime().toUTC().toString(Qt::ISODateWithMs)},
        {u"exported_by"_s, store.actor()},
        {u"store"_s, store.url().display()},
        {u"events"_s, b.events},
        {u"first_seq"_s, b.firstSeq},
        {u"last_seq"_s, b.lastSeq},
        {u"link_before_seq"_s, b.firstSeq - 1},
        {u"link_before_hash"_s, QString::fromLatin1(b.linkBefore)},
        {u"chain_head_seq"_s, b.headSeq},
        {u"chain_head_hash"_s, QString::fromLatin1(b.headHash)},
        {u"hash_rule"_s,
         u"hash = hex(sha256(prev_hash || line)), line = the event's line of events.jsonl "
         u"without its newline; prev_hash of event #1 is 64 zeros"_s},
        {u"verify"_s,
         QJsonArray{
             u"sha256sum -c SHA256SUMS"_s,
             u"for each line i: printf '%s%s' \"$prev_hash_i\" \"$line_i\" | sha256sum  "
             u"=> hash_i (columns 2 and 3 of hashes.txt, line i)"_s,
             u"the first line's prev_hash equals link_before_hash; where seq_i = seq_(i-1) + 1, "
             u"prev_hash_i equals hash_(i-1)"_s,
             u"or run: bash verify.sh"_s,
             u"gaps in seq are other runs' events: airlockctl verify on the store checks them, "
             u"and chain_head_hash pins the chain as it was at export"_s}},
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    const QByteArray runBytes = QJsonDocument(runToJson(*run)).toJson(QJsonDocument::Indented);

    // Written beside the target and moved into place, so a failure leaves nothing behind.
    const QString parent = QFileInfo(b.directory).absolutePath();
    if (!QDir().mkpath(parent))
        return Error{ErrorCode::InvalidArgument, u"cannot create %1"_s.arg(parent)};
    const QString partial =
        parent + u"/.%1.partial-%2"_s.arg(QFileInfo(b.directory).fileName(),
                                          QUuid::createUuid().toString(QUuid::Id128).left(8));
    if (!QDir().mkpath(partial))
        return Error{ErrorCode::InvalidArgument, u"cannot create %1"_s.arg(partial)};
    auto cleanup = [&] {
        QDir(partial).removeRecursively();
    };
    const QList<std::pair<QString, QByteArray>> files = {{u"events.jsonl"_s, jsonl},
                                                         {u"hashes.txt"_s, hashes},
                                                         {u"run.json"_s, runBytes},
                                                         {u"manifest.json"_s, manifestBytes},
                                                         {u"verify.sh"_s, script}};
    QByteArray sums;
    for (const auto &[name, bytes] : files) {
        if (Status s = writeFile(partial + u'/' + name, bytes); !s) {
            cleanup();
            return s.error();
        }
        sums += sha256Hex(bytes) + "  " + name.toUtf8() + '\n';
    }
    if (Status s = writeFile(partial + u"/SHA256SUMS"_s, sums); !s) {
        cleanup();
        return s.error();
    }
    QFile::setPermissions(partial + u"/verify.sh"_s,
                          QFile::permissions(partial + u"/verify.sh"_s) | QFile::ExeOwner);
    if (target.exists())
        QDir().rmdir(b.directory);
    if (!QDir().rename(partial, b.directory)) {
        cleanup();
        return Error{ErrorCode::InvalidArgument,
                     u"cannot move the bundle into %1"_s.arg(b.directory)};
    }
    return b;
}

Result<BundleCheck> checkEvidenceBundle(const QString &directory)
{
    BundleCheck c;
    auto manifestBytes = readFile(directory + u"/manifest.json"_s);
    if (!manifestBytes)
        return manifestBytes.error();
    auto jsonl = readFile(directory + u"/events.jsonl"_s);
    if (!jsonl)
        return jsonl.error();
    auto hashes = readFile(directory + u"/hashes.txt"_s);
    if (!hashes)
        return hashes.error();
    auto sums = readFile(directory + u"/SHA256SUMS"_s);
    if (!sums)
        return sums.error();
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestBytes).object();
    if (manifest.value(u"format"_s).toString() != kFormat)
        return Error{ErrorCode::InvalidArgument,
                     u"%1 is not an Airlock evidence bundle (no manifest.json of format %2)"_s.arg(
                         directory, kFormat)};

    for (const QByteArray &entry : linesOf(*sums)) {
        const qsizetype gap = entry.indexOf("  ");
        const QString name = QString::fromUtf8(entry.mid(gap + 2));
        auto bytes = readFile(directory + u'/' + name);
        if (!bytes)
            return bytes.error();
        if (gap != 64 || sha256Hex(*bytes) != entry.left(64)) {
            c.problem = u"%1 does not match its SHA256SUMS entry"_s.arg(name);
            return c;
        }
    }
    const QList<QByteArray> lines = linesOf(*jsonl);
    const QList<QByteArray> links = linesOf(*hashes);
    if (lines.size() != links.size() || lines.size() != manifest.value(u"events"_s).toInt()) {
        c.problem =
            u"events.jsonl has %1 lines, hashes.txt %2, the manifest says %3"_s.arg(lines.size())
                .arg(links.size())
                .arg(manifest.value(u"events"_s).toInt());
        return c;
    }
    qint64 lastSeq = 0;
    QByteArray lastHash;
    for (int i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> f = links.at(i).split(' ');
        if (f.size() != 3) {
            c.problem = u"hashes.txt line %1 is not \"seq prev_hash hash\""_s.arg(i + 1);
            return c;
        }
        const qint64 seq = f.at(0).toLongLong();
        if (sha256Hex(f.at(1) + lines.at(i)) != f.at(2)) {
            c.problem =
                u"line %1 (event #%2) does not hash to its recorded hash"_s.arg(i + 1).arg(seq);
            return c;
        }
        if (i == 0 && f.at(1) != manifest.value(u"link_before_hash"_s).toString().toLatin1()) {
            c.problem = u"event #%1 does not link to the manifest's link_before_hash"_s.arg(seq);
            return c;
        }
        if (i > 0 && seq == lastSeq + 1 && f.at(1) != lastHash) {
            c.problem = u"event #%1 does not link to event #%2"_s.arg(seq).arg(lastSeq);
            return c;
        }
        lastSeq = seq;
        lastHash = f.at(2);
        ++c.checked;
    }
    c.intact = true;
    return c;
}

} // namespace airlock
