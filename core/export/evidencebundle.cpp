#include "evidencebundle.h"

#include "clock.h"
#include "export/recordjson.h"
#include "proof/checkpointlog.h"
#include "proof/merkletree.h"
#include "proof/signingkey.h"
#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// /2 adds the signed checkpoint and the inclusion proofs; /1 bundles still verify.
const QString kFormat = u"airlock-evidence-bundle/2"_s;
const QString kFormatWithoutCheckpoint = u"airlock-evidence-bundle/1"_s;

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

Result<EvidenceBundle> writeEvidenceBundle(Store &store, const QString &runId,
                                           const QString &directory, const BundleOptions &options)
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
    // The head first: the bundle holds exactly the run's events up to it, so an event the run
    // appends meanwhile is not half in (in a checkpoint made on export, but not in the bundle).
    auto headSeq = EvidenceChain(store).headSeq();
    if (!headSeq)
        return headSeq.error();
    auto events = EvidenceChain(store).forRun(runId);
    if (!events)
        return events.error();
    events->removeIf([&](const EvidenceEvent &e) { return e.seq > *headSeq; });
    if (events->isEmpty())
        return Error{ErrorCode::NotFound, u"run %1 has no evidence to export"_s.arg(runId)};
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
    // Before migration 7 there is nothing to sign with: the bundle is the chain of the run only.
    if (store.schemaVersion() >= kCheckpointsSchemaVersion) {
        auto proofs = proveRunEvents(store, *events, options);
        if (!proofs)
            return proofs.error();
        b.proofs = *proofs;
    }
    const QByteArray script = bundleVerifyScript();
    QJsonObject manifest{
        {u"format"_s, b.proofs ? kFormat : kFormatWithoutCheckpoint},
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
    QList<std::pair<QString, QByteArray>> proofFiles;
    if (b.proofs) {
        const Checkpoint &c = b.proofs->checkpoint;
        manifest.insert(u"store_id"_s, c.storeId);
        manifest.insert(u"checkpoint"_s,
                        QJsonObject{{u"size"_s, c.size},
                                    {u"root"_s, QString::fromLatin1(c.root.toHex())},
                                    {u"head_seq"_s, c.headSeq},
                                    {u"head_hash"_s, QString::fromLatin1(c.headHash)},
                                    {u"time"_s, c.time.toString(Qt::ISODateWithMs)},
                                    {u"key_fingerprint"_s, c.keyId()},
                                    {u"made_on_export"_s, b.proofs->madeOnExport},
                                    {u"kept_in_store"_s, b.proofs->inStore}});
        manifest.insert(u"proof_rule"_s,
                        u"leaf = sha256(0x00 || the 32 bytes of hash), node = sha256(0x01 || left || right) "
                        u"(RFC 9162 2.1); proofs.txt line i: seq_i, then the audit path of leaf seq_i - 1 in "
                        u"the tree of the checkpoint's size, leaf side first (RFC 9162 2.1.3); it must reach "
                        u"the root in checkpoint.txt"_s);
        QJsonArray steps = manifest.value(u"verify"_s).toArray();
        steps.insert(1, u"openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in checkpoint.txt "
                        u"-sigfile checkpoint.sig  (pin the key: compare its fingerprint, sha256 of its 32 "
                        u"raw bytes, with the one you trust, or verify with your own copy of the key)"_s);
        steps.insert(3, u"for each line i of proofs.txt: the leaf of hash_i with its audit path reaches "
                        u"checkpoint.txt's root"_s);
        manifest.insert(u"verify"_s, steps);
        proofFiles = {{bundlefile::checkpointText, c.body()},
                      {bundlefile::checkpointSignature, c.signature},
                      {bundlefile::signerKey, publicKeyPem(c.publicKey)},
                      {bundlefile::proofs, proofsText(*events, b.proofs->paths)}};
    }
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
    const QList<std::pair<QString, QByteArray>> files =
        QList<std::pair<QString, QByteArray>>{{u"events.jsonl"_s, jsonl},
                                              {u"hashes.txt"_s, hashes},
                                              {u"run.json"_s, runBytes},
                                              {u"manifest.json"_s, manifestBytes}}
        + proofFiles + QList<std::pair<QString, QByteArray>>{{u"verify.sh"_s, script}};
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

Result<BundleCheck> checkEvidenceBundle(const QString &directory, const BundlePin &pin)
{
    BundleCheck c;
    auto fail = [&c](const QString &problem) {
        c.problem = problem;
        return c;
    };
    if (!QFileInfo(directory).isDir())
        return Error{ErrorCode::NotFound, u"%1 is not a folder"_s.arg(directory)};
    if (!QFileInfo::exists(directory + u"/manifest.json"_s))
        return fail(u"a file of the bundle is missing: manifest.json"_s);
    auto manifestBytes = readFile(directory + u"/manifest.json"_s);
    if (!manifestBytes)
        return manifestBytes.error();
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestBytes).object();
    const QString format = manifest.value(u"format"_s).toString();
    if (format != kFormat && format != kFormatWithoutCheckpoint)
        return Error{ErrorCode::InvalidArgument,
                     u"%1 is not an Airlock evidence bundle (no manifest.json of format %2)"_s.arg(
                         directory, kFormat)};
    const bool signed_ = format == kFormat;
    QStringList required = {u"events.jsonl"_s, u"hashes.txt"_s, u"SHA256SUMS"_s};
    if (signed_)
        required << bundlefile::checkpointText << bundlefile::checkpointSignature << bundlefile::signerKey
                 << bundlefile::proofs;
    QHash<QString, QByteArray> file;
    for (const QString &name : std::as_const(required)) {
        if (!QFileInfo::exists(directory + u'/' + name))
            return fail(u"a file of the bundle is missing: %1"_s.arg(name));
        auto bytes = readFile(directory + u'/' + name);
        if (!bytes)
            return bytes.error();
        file.insert(name, *bytes);
    }
    c.runId = manifest.value(u"run_id"_s).toString();
    c.headSeq = manifest.value(u"chain_head_seq"_s).toInteger();
    c.headHash = manifest.value(u"chain_head_hash"_s).toString().toLatin1();
    // What SHA256SUMS says of a file: used only to say which file changed, never as proof.
    QHash<QString, QByteArray> summed;
    for (const QByteArray &entry : linesOf(file.value(u"SHA256SUMS"_s))) {
        const qsizetype gap = entry.indexOf("  ");
        summed.insert(QString::fromUtf8(entry.mid(gap + 2)), entry.left(gap));
    }
    auto changedSinceExport = [&](const QString &name) {
        return summed.contains(name) && summed.value(name) != sha256Hex(file.value(name));
    };

    // 1. The checkpoint: signed by the key in the bundle, or by the one the caller pins.
    if (!signed_ && pin.isSet())
        return fail(u"no checkpoint: nothing in this bundle is signed, so it cannot be checked against "
                    u"the key you trust"_s);
    if (signed_) {
        auto key = readPublicKeyPem(directory + u'/' + bundlefile::signerKey);
        if (!key)
            return fail(u"signer.pem is not an Ed25519 public key (PEM)"_s);
        const QString fingerprint = keyIdOf(*key);
        const QString pinned = !pin.publicKey.isEmpty() ? keyIdOf(pin.publicKey) : pin.fingerprint.toLower();
        if (pin.isSet() && fingerprint != pinned)
            return fail(u"the checkpoint is signed with key %1, not the key you trust (%2): signer.pem was "
                        u"replaced"_s.arg(fingerprint, pinned));
        const QByteArray text = file.value(bundlefile::checkpointText);
        const QByteArray signature = file.value(bundlefile::checkpointSignature);
        if (signature.size() != 64)
            return fail(u"checkpoint.sig is not a 64-byte Ed25519 signature"_s);
        static const QRegularExpression keyLine(u"^key ([0-9a-f]{64})$"_s, QRegularExpression::MultilineOption);
        const QString named = keyLine.match(QString::fromLatin1(text)).captured(1);
        if (named != fingerprint)
            return fail(u"checkpoint.txt names key %1, but signer.pem is key %2"_s.arg(
                named.isEmpty() ? u"(none)"_s : named, fingerprint));
        if (!verifyEd25519(*key, text, signature)) {
            if (changedSinceExport(bundlefile::checkpointText))
                return fail(u"checkpoint text changed: checkpoint.txt is not what was signed (its signature "
                            u"does not verify)"_s);
            if (changedSinceExport(bundlefile::checkpointSignature))
                return fail(u"signature invalid: checkpoint.sig changed since export"_s);
            return fail(u"signature invalid: checkpoint.sig is not key %1's signature of checkpoint.txt"_s.arg(
                fingerprint));
        }
        auto checkpoint = Checkpoint::parse(text + "public-key " + key->toBase64() + "\nsignature "
                                            + signature.toBase64() + '\n');
        if (!checkpoint)
            return fail(u"checkpoint.txt: %1"_s.arg(checkpoint.message()));
        c.checkpoint = *checkpoint;
    }

    // 2. Every event's bytes, and the links between them.
    const QList<QByteArray> lines = linesOf(file.value(u"events.jsonl"_s));
    const QList<QByteArray> links = linesOf(file.value(u"hashes.txt"_s));
    if (lines.size() != links.size() || lines.size() != manifest.value(u"events"_s).toInt())
        return fail(u"events.jsonl has %1 lines, hashes.txt %2, the manifest says %3"_s.arg(lines.size())
                        .arg(links.size())
                        .arg(manifest.value(u"events"_s).toInt()));
    qint64 lastSeq = 0;
    QByteArray lastHash;
    for (int i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> f = links.at(i).split(' ');
        if (f.size() != 3)
            return fail(u"hashes.txt line %1 is not \"seq prev_hash hash\""_s.arg(i + 1));
        const qint64 seq = f.at(0).toLongLong();
        if (sha256Hex(f.at(1) + lines.at(i)) != f.at(2))
            return fail(u"line %1 (event #%2) does not hash to its recorded hash: the event's bytes "
                        u"changed"_s.arg(i + 1).arg(seq));
        if (i == 0 && f.at(1) != manifest.value(u"link_before_hash"_s).toString().toLatin1())
            return fail(u"event #%1 does not link to the manifest's link_before_hash"_s.arg(seq));
        if (i > 0 && seq <= lastSeq)
            return fail(u"hashes.txt line %1: event #%2 comes after #%3"_s.arg(i + 1).arg(seq).arg(lastSeq));
        if (i > 0 && seq == lastSeq + 1 && f.at(1) != lastHash)
            return fail(u"event #%1 does not link to event #%2"_s.arg(seq).arg(lastSeq));
        lastSeq = seq;
        lastHash = f.at(2);
        c.seqs << seq;
        c.hashes << f.at(2);
        ++c.checked;
    }

    // 3. Every event is in the log the checkpoint commits to.
    if (c.checkpoint) {
        const QList<QByteArray> proofs = linesOf(file.value(bundlefile::proofs));
        if (proofs.size() != lines.size())
            return fail(u"proofs.txt has %1 lines, events.jsonl %2"_s.arg(proofs.size()).arg(lines.size()));
        for (int i = 0; i < proofs.size(); ++i) {
            const QList<QByteArray> f = proofs.at(i).split(' ');
            const qint64 seq = c.seqs.at(i);
            if (f.constFirst().toLongLong() != seq)
                return fail(u"proofs.txt line %1 is not event #%2's proof"_s.arg(i + 1).arg(seq));
            if (seq > c.checkpoint->size)
                return fail(u"event #%1 is beyond the checkpoint, which covers %2 events"_s.arg(seq).arg(
                    c.checkpoint->size));
            QList<QByteArray> path;
            for (qsizetype k = 1; k < f.size(); ++k)
                path << QByteArray::fromHex(f.at(k));
            if (!merkle::verifyInclusion(seq - 1, c.checkpoint->size, merkle::eventLeafHash(c.hashes.at(i)),
                                         path, c.checkpoint->root))
                return fail(u"event #%1's inclusion proof (proofs.txt line %2) does not reach the checkpoint's "
                            u"root"_s.arg(seq).arg(i + 1));
            ++c.proofsChecked;
        }
    }

    // 4. Nothing else of the folder changed (run.json, manifest.json, verify.sh).
    for (auto it = summed.cbegin(); it != summed.cend(); ++it) {
        if (!QFileInfo::exists(directory + u'/' + it.key()))
            return fail(u"a file of the bundle is missing: %1"_s.arg(it.key()));
        auto bytes = readFile(directory + u'/' + it.key());
        if (!bytes)
            return bytes.error();
        if (sha256Hex(*bytes) != it.value())
            return fail(u"%1 does not match its SHA256SUMS entry"_s.arg(it.key()));
    }
    c.intact = true;
    return c;
}

} // namespace airlock
