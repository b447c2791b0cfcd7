// Proofs a third party can check (issue #12): an evidence bundle carries a signed checkpoint
// and each event's RFC 9162 inclusion proof. The bundle's own verify.sh (run with the real
// bash, coreutils and openssl) and `airlockctl run verify-bundle` must each fail, naming the
// reason, on any changed byte of an event, a proof, the checkpoint text or its signature, a
// swapped signer key (when the reader pins the key), a missing file; with --store, on a store
// that no longer holds the run's events as the bundle has them, or that is another store.

#include "domain/run.h"
#include "export/bundleproofs.h"
#include "export/evidencebundle.h"
#include "proof/checkpointlog.h"
#include "proof/merkletree.h"
#include "proof/signingkey.h"
#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"
#include "logtamper.h"
#include "testassertions.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::backendUnderTest;
using airlock::test::CliResult;
using airlock::test::runCli;
using airlock::test::TempStore;

namespace {

constexpr qint64 kEvents = 62; // in the store fillStore() makes

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// One character of the file changed, as an attacker or a bad disk would: a hex digit becomes
// the next one (so a hash stays a well-formed hash), anything else another byte.
bool changeByte(const QString &path, qsizetype at)
{
    QByteArray bytes = fileBytes(path);
    if (at < 0 || at >= bytes.size())
        return false;
    static const QByteArray hex = "0123456789abcdef";
    const qsizetype digit = hex.indexOf(bytes.at(at));
    bytes[at] = digit >= 0 ? hex.at((digit + 1) % 16) : char(bytes.at(at) ^ 0x01);
    return writeBytes(path, bytes);
}

// Line i (0-based) of a file, and where it starts.
qsizetype lineStart(const QByteArray &bytes, int line)
{
    qsizetype at = 0;
    for (int i = 0; i < line; ++i)
        at = bytes.indexOf('\n', at) + 1;
    return at;
}

struct ScriptResult
{
    int exitCode = -1;
    QString out;
};

// The bundle's own verify.sh, run with the real bash from another folder.
ScriptResult runVerifyScript(const QString &dir, const QStringList &args = {})
{
    QProcess p;
    p.setWorkingDirectory(QDir::tempPath());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, QStringList{dir + u"/verify.sh"_s} + args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

// SHA256SUMS as a forger re-makes it after changing files.
bool remakeSums(const QString &dir)
{
    QByteArray sums;
    const QList<QByteArray> old = fileBytes(dir + u"/SHA256SUMS"_s).split('\n');
    for (const QByteArray &entry : old) {
        if (entry.size() < 67)
            continue;
        const QString name = QString::fromUtf8(entry.mid(66));
        if (!QFile::exists(dir + u'/' + name))
            continue;
        sums += QCryptographicHash::hash(fileBytes(dir + u'/' + name), QCryptographicHash::Sha256).toHex() + "  "
            + name.toUtf8() + '\n';
    }
    return writeBytes(dir + u"/SHA256SUMS"_s, sums);
}

EvidenceEvent eventOf(const QString &runId, int i)
{
    EvidenceEvent e;
    e.kind = EventKind::Read;
    e.connector = u"crm"_s;
    e.runId = runId;
    e.tool = u"get_account"_s;
    e.power = Power::Read;
    e.target = u"crm:accounts/acme-%1"_s.arg(i);
    e.summary = u"read account %1"_s.arg(i);
    e.payload = R"({"rows":1})";
    return e;
}

QString rawExec(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) ? QString() : q.lastError().text();
}

using airlock::test::switchGuardsOff;

// Event #from changed and every later hash recomputed with the published recipe: the chain
// walk alone calls that intact.
QString rewriteFrom(Store &store, qint64 from)
{
    QSqlQuery q(store.database());
    if (!q.exec(u"SELECT "_s + evidenceColumns() + u" FROM evidence ORDER BY seq"_s))
        return q.lastError().text();
    QList<EvidenceEvent> events;
    while (q.next())
        events << readEvidenceEvent(q);
    q.finish();
    QByteArray prev = kGenesisHash;
    for (EvidenceEvent &e : events) {
        if (e.seq == from)
            e.summary = u"nothing to see here"_s;
        if (e.seq >= from) {
            const QByteArray hash = chainHash(prev, e);
            QSqlQuery u(store.database());
            u.prepare(u"UPDATE evidence SET summary = ?, prev_hash = ?, hash = ? WHERE seq = ?"_s);
            u.addBindValue(e.summary);
            u.addBindValue(QString::fromLatin1(prev));
            u.addBindValue(QString::fromLatin1(hash));
            u.addBindValue(e.seq);
            if (!u.exec())
                return u.lastError().text();
            e.hash = hash;
        }
        prev = e.hash;
    }
    return {};
}

} // namespace

class TstBundleProofs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // the proofs themselves
    void batchProofsEqualTheRfcsOneLeafProofs();
    // what a bundle carries, and that it verifies
    void aBundleCarriesACheckpointAndProofsThatVerifyOffline();
    void theNewestCheckpointCoveringTheRunIsUsed();
    void aBundleExportedBeforeCheckpointsStillVerifiesAsTheChainOfItsRun();
    // the attacks, through verify.sh and through run verify-bundle
    void aBundleWithOneChangedByteInAnEventFailsNamingTheEvent();
    void aBundleWithOneChangedByteInAProofFailsNamingTheEvent();
    void aBundleWithAChangedCheckpointTextFails();
    void aBundleWithAChangedSignatureFails();
    void aSwappedSignerKeyIsCaughtByThePinnedKey();
    void aBundleWithARemovedFileFailsNamingIt();
    // against the store
    void aBundleFromAnotherStoreIsNamed();
    void anEventRewrittenInTheStoreIsNamed();
    void aStoreTruncatedBelowTheCheckpointIsNamed();
    void aRewriteOutsideTheRunIsNamedByTheCheckpointsRoot();
    void aRunEventLeftOutOfTheBundleIsNamedByTheStore();

private:
    // 62 events: two run_started, then run A's 20 interleaved with run B's 40 (A has every
    // third). Returns run A's id and fills seqs with its 21 events' sequence numbers.
    static QString fillStore(Store &store, QList<qint64> &seqs);
    QString exportBundle(const QString &name);
    CliResult verifyBundle(const QString &dir, const QStringList &more = {})
    {
        return runCli(QStringList{u"run"_s, u"verify-bundle"_s, dir} + more);
    }
    CliResult cli(const QStringList &args) { return runCli(QStringList{u"--store"_s, temp_->urlText()} + args); }

    QTemporaryDir home_;
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
    QString runA_;
    QList<qint64> seqsA_;
};

void TstBundleProofs::initTestCase()
{
    if (backendUnderTest() == Backend::Postgres)
        QVERIFY2(!qEnvironmentVariableIsEmpty("AIRLOCK_TEST_PG_URL"), "run through scripts/with-postgres.sh");
    // This process and every airlockctl it starts share one private data folder: one
    // checkpoint key and one set of witnesses, none of them the user's own.
    QVERIFY(home_.isValid());
    qputenv("XDG_DATA_HOME", home_.path().toUtf8());
    QCoreApplication::setOrganizationName(u"airlock"_s);
    QCoreApplication::setApplicationName(u"airlock"_s);
}

void TstBundleProofs::init()
{
    temp_ = std::make_unique<TempStore>();
    QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
    store_ = temp_->open(u"gateway"_s);
    QVERIFY(store_);
    runA_ = fillStore(*store_, seqsA_);
    QVERIFY(!runA_.isEmpty());
    QCOMPARE(seqsA_.size(), 21);
    QCOMPARE(EvidenceChain(*store_).headSeq().value(), kEvents);
}

void TstBundleProofs::cleanup()
{
    store_.reset();
    temp_.reset();
    seqsA_.clear();
}

QString TstBundleProofs::fillStore(Store &store, QList<qint64> &seqs)
{
    Run a;
    a.workflow = u"invoice-sync"_s;
    a.trigger = u"schedule"_s;
    a.identity = u"svc-invoices"_s;
    auto startedA = RunStore(store).start(a);
    Run b = a;
    b.workflow = u"crm-followups"_s;
    auto startedB = RunStore(store).start(b);
    if (!startedA || !startedB)
        return {};
    EvidenceChain chain(store);
    for (int i = 0; i < 60; ++i) {
        if (!chain.append(eventOf(i % 3 == 1 ? startedA->id : startedB->id, i)))
            return {};
    }
    auto events = chain.forRun(startedA->id);
    if (!events)
        return {};
    for (const EvidenceEvent &e : std::as_const(*events))
        seqs << e.seq;
    return startedA->id;
}

QString TstBundleProofs::exportBundle(const QString &name)
{
    const QString dir = temp_->dir() + u'/' + name;
    const CliResult r = cli({u"run"_s, u"export-bundle"_s, runA_, u"--output"_s, dir});
    if (r.exitCode != 0) {
        qWarning("export-bundle failed: %s", qPrintable(r.errorText()));
        return {};
    }
    return dir;
}

// ---- the proofs themselves ---------------------------------------------------------------

void TstBundleProofs::batchProofsEqualTheRfcsOneLeafProofs()
{
    QList<QByteArray> leaves;
    const merkle::LeafReader reader = [&leaves](qint64 begin, qint64 end) -> Result<QList<QByteArray>> {
        return leaves.mid(begin, qMin<qint64>(end, leaves.size()) - begin);
    };
    for (int n = 1; n <= 70; ++n) {
        leaves << merkle::leafHash("leaf " + QByteArray::number(n));
        // Every index set shape: all, every third, the last, the first and the last.
        QList<QList<qint64>> sets = {{}, {}, {n - 1}, {0}};
        for (qint64 i = 0; i < n; ++i) {
            sets[0] << i;
            if (i % 3 == 1)
                sets[1] << i;
        }
        if (n > 1)
            sets[3] << n - 1;
        for (const QList<qint64> &set : std::as_const(sets)) {
            // A page of 4 makes the page cache turn over many times.
            auto batch = merkle::inclusionProofs(reader, set, n, 4);
            QVERIFY_OK(batch);
            QCOMPARE(batch->root, merkle::rootOf(leaves));
            QCOMPARE(batch->paths.size(), set.size());
            for (qsizetype k = 0; k < set.size(); ++k) {
                auto one = merkle::inclusionProof(reader, set.at(k), n);
                QVERIFY_OK(one);
                QCOMPARE(batch->paths.at(k), *one);
            }
        }
    }
    QVERIFY(!merkle::inclusionProofs(reader, {3, 2}, 70));
    QVERIFY(!merkle::inclusionProofs(reader, {70}, 70));
}

// ---- what a bundle carries ---------------------------------------------------------------

void TstBundleProofs::aBundleCarriesACheckpointAndProofsThatVerifyOffline()
{
    QVERIFY(CheckpointLog(*store_).all()->isEmpty());
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    // No checkpoint covered the run: one was made on export, kept in the store, signed by
    // this machine's key.
    auto kept = CheckpointLog(*store_).all();
    QVERIFY_OK(kept);
    QCOMPARE(kept->size(), 1);
    const Checkpoint &c = *kept->constFirst().checkpoint;
    QCOMPARE(c.size, kEvents);
    auto key = SigningKey::load(SigningKey::defaultPath());
    QVERIFY_OK(key);
    QCOMPARE(c.publicKey, key->publicKey());
    QCOMPARE(fileBytes(dir + u"/checkpoint.txt"_s), c.body());
    QCOMPARE(fileBytes(dir + u"/checkpoint.sig"_s), c.signature);
    auto signer = readPublicKeyPem(dir + u"/signer.pem"_s);
    QVERIFY_OK(signer);
    QCOMPARE(*signer, c.publicKey);
    const QList<QByteArray> proofs = fileBytes(dir + u"/proofs.txt"_s).trimmed().split('\n');
    QCOMPARE(proofs.size(), seqsA_.size());
    QVERIFY(proofs.constFirst().startsWith(QByteArray(QByteArray::number(seqsA_.constFirst()) + ' ')));
    const QJsonObject manifest = QJsonDocument::fromJson(fileBytes(dir + u"/manifest.json"_s)).object();
    QCOMPARE(manifest.value(u"format"_s).toString(), u"airlock-evidence-bundle/2"_s);
    QCOMPARE(manifest.value(u"checkpoint"_s).toObject().value(u"key_fingerprint"_s).toString(), c.keyId());

    // openssl alone verifies the signature, as the README says.
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(u"openssl"_s, {u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s, u"signer.pem"_s, u"-rawin"_s,
                                 u"-in"_s, u"checkpoint.txt"_s, u"-sigfile"_s, u"checkpoint.sig"_s});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);

    const ScriptResult script = runVerifyScript(dir);
    QVERIFY2(script.exitCode == 0, qPrintable(script.out));
    QVERIFY2(script.out.contains(u"signature verified with key "_s + c.keyId()), qPrintable(script.out));
    QVERIFY2(script.out.contains(u"proofs: all 21 events are in the log of 62 events"_s), qPrintable(script.out));
    QVERIFY2(script.out.contains(u"OK: 21 events verified"_s), qPrintable(script.out));
    const ScriptResult pinned = runVerifyScript(dir, {u"--fingerprint"_s, c.keyId()});
    QVERIFY2(pinned.exitCode == 0 && pinned.out.contains(u"(the key you pinned)"_s), qPrintable(pinned.out));

    CliResult r = verifyBundle(dir);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    QVERIFY2(r.text().contains(u"21 inclusion proofs reach its root"_s) && r.text().contains(u"trusted on this machine"_s),
             qPrintable(r.text()));
    r = verifyBundle(dir, {u"--store"_s, temp_->urlText()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    QVERIFY2(r.text().contains(u"still holds them"_s), qPrintable(r.text()));

    // A second export finds the checkpoint that now covers the run and makes none.
    QVERIFY(!exportBundle(u"again"_s).isEmpty());
    QCOMPARE(CheckpointLog(*store_).all()->size(), 1);
    QCOMPARE(fileBytes(temp_->dir() + u"/again/checkpoint.txt"_s), c.body());
}

void TstBundleProofs::theNewestCheckpointCoveringTheRunIsUsed()
{
    QCOMPARE(cli({u"checkpoint"_s}).exitCode, 0); // 62 events
    EvidenceChain chain(*store_);
    for (int i = 60; i < 70; ++i)
        QVERIFY_OK(chain.append(eventOf(u"other"_s, i)));
    QCOMPARE(cli({u"checkpoint"_s}).exitCode, 0); // 72 events
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    QVERIFY2(fileBytes(dir + u"/checkpoint.txt"_s).contains("\nsize 72\n"), fileBytes(dir + u"/checkpoint.txt"_s).constData());
    QCOMPARE(CheckpointLog(*store_).all()->size(), 2);
    const ScriptResult script = runVerifyScript(dir);
    QVERIFY2(script.exitCode == 0, qPrintable(script.out));
}

void TstBundleProofs::aBundleExportedBeforeCheckpointsStillVerifiesAsTheChainOfItsRun()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    // The layout of format /1: no checkpoint, no proofs, no store id; SHA256SUMS of the five.
    for (const QString &name : {u"checkpoint.txt"_s, u"checkpoint.sig"_s, u"signer.pem"_s, u"proofs.txt"_s})
        QVERIFY(QFile::remove(dir + u'/' + name));
    QJsonObject manifest = QJsonDocument::fromJson(fileBytes(dir + u"/manifest.json"_s)).object();
    manifest.insert(u"format"_s, u"airlock-evidence-bundle/1"_s);
    manifest.remove(u"checkpoint"_s);
    manifest.remove(u"store_id"_s);
    manifest.remove(u"proof_rule"_s);
    QVERIFY(writeBytes(dir + u"/manifest.json"_s, QJsonDocument(manifest).toJson(QJsonDocument::Indented)));
    QVERIFY(remakeSums(dir));

    const ScriptResult script = runVerifyScript(dir);
    QVERIFY2(script.exitCode == 0, qPrintable(script.out));
    QVERIFY2(script.out.contains(u"no checkpoint"_s) && script.out.contains(u"the chain of this run only"_s),
             qPrintable(script.out));
    CliResult r = verifyBundle(dir);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    QVERIFY2(r.text().contains(u"no checkpoint: the chain of this run only"_s), qPrintable(r.text()));
    r = verifyBundle(dir, {u"--store"_s, temp_->urlText()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    // Whoever pins a key wants a signature: a bundle without one cannot satisfy it (nor can a
    // new bundle stripped down to look old).
    const QString fingerprint = keyIdOf(SigningKey::load(SigningKey::defaultPath())->publicKey());
    const ScriptResult pinned = runVerifyScript(dir, {u"--fingerprint"_s, fingerprint});
    QCOMPARE(pinned.exitCode, 1);
    QVERIFY2(pinned.out.contains(u"FAILED: no checkpoint"_s), qPrintable(pinned.out));
    r = verifyBundle(dir, {u"--fingerprint"_s, fingerprint});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(u"no checkpoint"_s), qPrintable(r.errorText()));
    // And the old chain checks still bite.
    QVERIFY(changeByte(dir + u"/events.jsonl"_s, lineStart(fileBytes(dir + u"/events.jsonl"_s), 4) + 20));
    QVERIFY(remakeSums(dir));
    const ScriptResult changed = runVerifyScript(dir);
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(changed.out.contains(u"line 5 (event #%1)"_s.arg(seqsA_.at(4))), qPrintable(changed.out));
}

// ---- the attacks -------------------------------------------------------------------------

void TstBundleProofs::aBundleWithOneChangedByteInAnEventFailsNamingTheEvent()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    const QByteArray events = fileBytes(dir + u"/events.jsonl"_s);
    const qsizetype at = events.indexOf("read account", lineStart(events, 6)) + 5;
    QVERIFY(changeByte(dir + u"/events.jsonl"_s, at));
    QVERIFY(remakeSums(dir)); // as a forger would: SHA256SUMS is no defence
    const QString named = u"line 7 (event #%1)"_s.arg(seqsA_.at(6));

    const ScriptResult script = runVerifyScript(dir);
    QCOMPARE(script.exitCode, 1);
    QVERIFY2(script.out.contains(u"FAILED: "_s + named + u": its bytes changed"_s), qPrintable(script.out));
    const CliResult r = verifyBundle(dir);
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(named), qPrintable(r.errorText()));
}

void TstBundleProofs::aBundleWithOneChangedByteInAProofFailsNamingTheEvent()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    const QByteArray proofs = fileBytes(dir + u"/proofs.txt"_s);
    // A hash deep in the proof of the run's 10th event.
    const qsizetype line = lineStart(proofs, 9);
    const qsizetype at = proofs.indexOf(' ', proofs.indexOf(' ', line) + 1) + 7;
    QVERIFY(at > line && at < proofs.indexOf('\n', line));
    QVERIFY(changeByte(dir + u"/proofs.txt"_s, at));
    QVERIFY(remakeSums(dir));
    const QString named = u"event #%1's inclusion proof (proofs.txt line 10) does not reach the checkpoint's root"_s.arg(
        seqsA_.at(9));

    const ScriptResult script = runVerifyScript(dir);
    QCOMPARE(script.exitCode, 1);
    QVERIFY2(script.out.contains(u"FAILED: "_s + named), qPrintable(script.out));
    const CliResult r = verifyBundle(dir);
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(named), qPrintable(r.errorText()));
}

void TstBundleProofs::aBundleWithAChangedCheckpointTextFails()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    // The root, so that forged proofs could reach it — were the text not signed.
    const QByteArray text = fileBytes(dir + u"/checkpoint.txt"_s);
    QVERIFY(changeByte(dir + u"/checkpoint.txt"_s, text.indexOf("\nroot ") + 10));

    const ScriptResult script = runVerifyScript(dir);
    QCOMPARE(script.exitCode, 1);
    QVERIFY2(script.out.contains(u"FAILED: checkpoint text changed"_s), qPrintable(script.out));
    CliResult r = verifyBundle(dir);
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(u"checkpoint text changed"_s), qPrintable(r.errorText()));
    // With SHA256SUMS re-made, nothing says which file changed: the signature still fails.
    QVERIFY(remakeSums(dir));
    const ScriptResult forged = runVerifyScript(dir);
    QCOMPARE(forged.exitCode, 1);
    QVERIFY2(forged.out.contains(u"FAILED: signature invalid"_s), qPrintable(forged.out));
    r = verifyBundle(dir);
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(u"signature invalid"_s), qPrintable(r.errorText()));
}

void TstBundleProofs::aBundleWithAChangedSignatureFails()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    QVERIFY(changeByte(dir + u"/checkpoint.sig"_s, 17));
    for (bool sumsRemade : {false, true}) {
        if (sumsRemade)
            QVERIFY(remakeSums(dir));
        const ScriptResult script = runVerifyScript(dir);
        QCOMPARE(script.exitCode, 1);
        QVERIFY2(script.out.contains(u"FAILED: signature invalid"_s), qPrintable(script.out));
        const CliResult r = verifyBundle(dir);
        QCOMPARE(r.exitCode, 20);
        QVERIFY2(r.errorText().contains(u"signature invalid"_s), qPrintable(r.errorText()));
    }
}

void TstBundleProofs::aSwappedSignerKeyIsCaughtByThePinnedKey()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    // What the third party got from the signer, out of band.
    const QString trustedPem = temp_->dir() + u"/trusted.pem"_s;
    QVERIFY(QFile::copy(dir + u"/signer.pem"_s, trustedPem));
    const QString trusted = keyIdOf(*readPublicKeyPem(trustedPem));

    // The forger signs a checkpoint of their own (another time, their key) and ships their key.
    auto forger = SigningKey::loadOrCreate(temp_->dir() + u"/forger/key.pem"_s);
    QVERIFY_OK(forger);
    auto original = Checkpoint::parse(fileBytes(dir + u"/checkpoint.txt"_s) + "public-key "
                                      + readPublicKeyPem(trustedPem)->toBase64() + "\nsignature "
                                      + fileBytes(dir + u"/checkpoint.sig"_s).toBase64() + '\n');
    QVERIFY_OK(original);
    Checkpoint forged = *original;
    forged.time = forged.time.addSecs(3600);
    QVERIFY_OK(forged.signWith(*forger));
    QVERIFY(writeBytes(dir + u"/checkpoint.txt"_s, forged.body()));
    QVERIFY(writeBytes(dir + u"/checkpoint.sig"_s, forged.signature));
    QVERIFY(writeBytes(dir + u"/signer.pem"_s, publicKeyPem(forged.publicKey)));
    QVERIFY(remakeSums(dir));

    // Unpinned, the bundle is self-consistent: the script says whose key it verified with.
    const ScriptResult unpinned = runVerifyScript(dir);
    QVERIFY2(unpinned.exitCode == 0, qPrintable(unpinned.out));
    QVERIFY2(unpinned.out.contains(u"with key "_s + forged.keyId()) && unpinned.out.contains(u"key not pinned"_s),
             qPrintable(unpinned.out));
    const QString named = u"signed with key %1, not the key you trust (%2)"_s.arg(forged.keyId(), trusted);
    for (const QStringList &pin : {QStringList{u"--fingerprint"_s, trusted}, QStringList{u"--key"_s, trustedPem}}) {
        const ScriptResult script = runVerifyScript(dir, pin);
        QCOMPARE(script.exitCode, 1);
        QVERIFY2(script.out.contains(u"FAILED: the checkpoint is "_s + named), qPrintable(script.out));
        const CliResult r = verifyBundle(dir, pin);
        QCOMPARE(r.exitCode, 20);
        QVERIFY2(r.errorText().contains(named), qPrintable(r.errorText()));
    }
    // The forger's key is no key this machine trusts, and airlockctl says so.
    const CliResult r = verifyBundle(dir);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.text().contains(u"not a key this machine trusts"_s), qPrintable(r.text()));
}

void TstBundleProofs::aBundleWithARemovedFileFailsNamingIt()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    for (const QString &name : {u"events.jsonl"_s, u"proofs.txt"_s, u"checkpoint.sig"_s, u"signer.pem"_s, u"run.json"_s}) {
        const QString path = dir + u'/' + name;
        const QByteArray kept = fileBytes(path);
        QVERIFY(QFile::remove(path));
        const ScriptResult script = runVerifyScript(dir);
        QCOMPARE(script.exitCode, 1);
        QVERIFY2(script.out.contains(u"FAILED: a file of the bundle is missing: "_s + name), qPrintable(script.out));
        const CliResult r = verifyBundle(dir);
        QCOMPARE(r.exitCode, 20);
        QVERIFY2(r.errorText().contains(u"a file of the bundle is missing: "_s + name), qPrintable(r.errorText()));
        QVERIFY(writeBytes(path, kept));
    }
    QCOMPARE(runVerifyScript(dir).exitCode, 0);
}

// ---- against the store -------------------------------------------------------------------

void TstBundleProofs::aBundleFromAnotherStoreIsNamed()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    // Another store with the same kind of history (same events, other ids and times).
    TempStore other;
    QVERIFY(other.ok());
    {
        auto otherStore = other.open(u"gateway"_s);
        QVERIFY(otherStore);
        QList<qint64> seqs;
        QVERIFY(!fillStore(*otherStore, seqs).isEmpty());
    }
    const CliResult r = verifyBundle(dir, {u"--store"_s, other.urlText()});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(u"does not hold the bundle's events: another store"_s), qPrintable(r.errorText()));
    QVERIFY2(runVerifyScript(dir).exitCode == 0, "offline, the bundle itself is intact");
}

void TstBundleProofs::anEventRewrittenInTheStoreIsNamed()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    const QString off = switchGuardsOff(*store_);
    QVERIFY2(off.isEmpty(), qPrintable(off));
    const qint64 target = seqsA_.at(5);
    QCOMPARE(rewriteFrom(*store_, target), QString());
    QVERIFY2(EvidenceChain(*store_).verify()->intact, "the chain walk alone must not see the rewrite");

    const CliResult r = verifyBundle(dir, {u"--store"_s, temp_->urlText()});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(u"event #%1 rewritten"_s.arg(target)), qPrintable(r.errorText()));
}

void TstBundleProofs::aStoreTruncatedBelowTheCheckpointIsNamed()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    const QString off = switchGuardsOff(*store_);
    QVERIFY2(off.isEmpty(), qPrintable(off));
    QCOMPARE(rawExec(*store_, u"DELETE FROM evidence WHERE seq > 55"_s), QString());

    const CliResult r = verifyBundle(dir, {u"--store"_s, temp_->urlText()});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(u"store truncated below the checkpoint: the store has 55 events"_s),
             qPrintable(r.errorText()));
}

void TstBundleProofs::aRewriteOutsideTheRunIsNamedByTheCheckpointsRoot()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    const QString off = switchGuardsOff(*store_);
    QVERIFY2(off.isEmpty(), qPrintable(off));
    // The last event (run B's), rewritten: the run's own events are untouched.
    QVERIFY(!seqsA_.contains(kEvents));
    QCOMPARE(rewriteFrom(*store_, kEvents), QString());

    const CliResult r = verifyBundle(dir, {u"--store"_s, temp_->urlText()});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(u"the store's log was rewritten: its first 62 events no longer give the root"_s),
             qPrintable(r.errorText()));
}

void TstBundleProofs::aRunEventLeftOutOfTheBundleIsNamedByTheStore()
{
    const QString dir = exportBundle(u"bundle"_s);
    QVERIFY(!dir.isEmpty());
    // Event 8 of the run taken out of every file, the count fixed, SHA256SUMS re-made.
    for (const QString &name : {u"events.jsonl"_s, u"hashes.txt"_s, u"proofs.txt"_s}) {
        QList<QByteArray> lines = fileBytes(dir + u'/' + name).split('\n');
        lines.removeAt(7);
        QVERIFY(writeBytes(dir + u'/' + name, lines.join('\n')));
    }
    QJsonObject manifest = QJsonDocument::fromJson(fileBytes(dir + u"/manifest.json"_s)).object();
    manifest.insert(u"events"_s, manifest.value(u"events"_s).toInt() - 1);
    QVERIFY(writeBytes(dir + u"/manifest.json"_s, QJsonDocument(manifest).toJson(QJsonDocument::Indented)));
    QVERIFY(remakeSums(dir));

    // Nothing signed says how many events the run had: offline, the rest still proves itself.
    const ScriptResult script = runVerifyScript(dir);
    QVERIFY2(script.exitCode == 0, qPrintable(script.out));
    // The store knows.
    const CliResult r = verifyBundle(dir, {u"--store"_s, temp_->urlText()});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(u"the bundle lacks event #%1 of run %2"_s.arg(seqsA_.at(7)).arg(runA_)),
             qPrintable(r.errorText()));
}

QTEST_GUILESS_MAIN(TstBundleProofs)
#include "tst_bundle_proofs.moc"
