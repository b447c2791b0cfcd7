// Evidence that proves itself (issue #12, first phase): the RFC 9162 Merkle tree and its
// proofs, Ed25519-signed checkpoints with the key outside the store, witnesses, and verify
// naming each attack — as the store file's owner on SQLite, as the tables' owner (not a
// superuser) on PostgreSQL — through the real airlockctl.
//
// Every attack test first shows that the chain walk alone (what verify was before this
// change) still calls the attacked store intact, then that verify names the attack.

#include "proof/checkpoint.h"
#include "proof/checkpointlog.h"
#include "proof/localtrust.h"
#include "proof/logaudit.h"
#include "proof/merkletree.h"
#include "proof/signingkey.h"
#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/store.h"
#include "logtamper.h"
#include "testassertions.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::backendUnderTest;
using airlock::test::CliResult;
using airlock::test::runCli;
using airlock::test::TempStore;

namespace {

// ---- RFC 9162 §2.1, transcribed as literally as possible, over the leaves' data ----------

QByteArray sha(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

qint64 largestPowerOfTwoBelow(qint64 n)
{
    qint64 k = 1;
    while (k << 1 < n)
        k <<= 1;
    return k;
}

QByteArray mth(const QList<QByteArray> &d)
{
    if (d.isEmpty())
        return sha({});
    if (d.size() == 1)
        return sha(QByteArray(1, '\0') + d.first());
    const qint64 k = largestPowerOfTwoBelow(d.size());
    return sha(QByteArray(1, '\1') + mth(d.mid(0, k)) + mth(d.mid(k)));
}

QList<QByteArray> path(qint64 m, const QList<QByteArray> &d)
{
    if (d.size() <= 1)
        return {};
    const qint64 k = largestPowerOfTwoBelow(d.size());
    if (m < k)
        return path(m, d.mid(0, k)) << mth(d.mid(k));
    return path(m - k, d.mid(k)) << mth(d.mid(0, k));
}

QList<QByteArray> subproof(qint64 m, const QList<QByteArray> &d, bool b)
{
    const qint64 n = d.size();
    if (m == n)
        return b ? QList<QByteArray>() : QList<QByteArray>{mth(d)};
    const qint64 k = largestPowerOfTwoBelow(n);
    if (m <= k)
        return subproof(m, d.mid(0, k), b) << mth(d.mid(k));
    return subproof(m - k, d.mid(k), false) << mth(d.mid(0, k));
}

QList<QByteArray> leafData(int n)
{
    QList<QByteArray> d;
    for (int i = 0; i < n; ++i)
        d << "leaf " + QByteArray::number(i);
    return d;
}

merkle::LeafReader readerOf(const QList<QByteArray> &data)
{
    return [data](qint64 begin, qint64 end) -> Result<QList<QByteArray>> {
        QList<QByteArray> hashes;
        for (qint64 i = begin; i < end && i < data.size(); ++i)
            hashes << merkle::leafHash(data.at(i));
        return hashes;
    };
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes.at(at) ^ 0x01);
    return bytes;
}

// ---- the store side ----------------------------------------------------------------------

const QString kTableOwner = u"proofs_table_owner"_s;

EvidenceEvent readEvent(int i, EventKind kind = EventKind::Read)
{
    EvidenceEvent e;
    e.kind = kind;
    e.connector = u"crm"_s;
    e.runId = u"run-1"_s;
    e.tool = u"get_account"_s;
    e.power = Power::Read;
    e.target = u"crm:accounts/acme"_s;
    e.summary = u"read #%1"_s.arg(i);
    e.payload = R"({"rows":1})";
    return e;
}

bool appendEvents(Store &store, int from, int to)
{
    EvidenceChain chain(store);
    for (int i = from; i <= to; ++i) {
        if (auto r = chain.append(readEvent(i)); !r) {
            qWarning("append failed: %s", qPrintable(r.message()));
            return false;
        }
    }
    return true;
}

QString rawExec(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) ? QString() : q.lastError().text();
}

using airlock::test::rehashFrom;
using airlock::test::switchGuardsOff;

// Today's verify: the chain walk alone.
bool chainWalkSaysIntact(Store &store)
{
    auto report = EvidenceChain(store).verify();
    return report && report->intact;
}

} // namespace

class TestProofs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // the Merkle tree (RFC 9162)
    void merkleRootsAgreeWithTheRfcOnEverySizeFrom1To70();
    void inclusionProofsVerifyAndFailWhenAnythingChanges();
    void consistencyProofsVerifyAndFailWhenAnythingChanges();
    // keys and signatures
    void theKeyIsMadeOnFirstUseReadableOnlyByItsOwner();
    void aKeyFileOthersCanReadIsRefusedNamingItsMode();
    void aCheckpointFailsOnAnyChangedByte();
    // the attacks
    void verifyChecksTheLogAgainstACheckpointAndRemembersIt();
    void anEventEditedWithEveryLaterHashRecomputedIsNamedRewritten();
    void theWitnessAloneCatchesARewriteWhoseCheckpointsWereDeleted();
    void deletingTheNewestEventsIsNamedTruncated_data();
    void deletingTheNewestEventsIsNamedTruncated();
    void aForgedDecisionInPlaceOfACheckpointedEventIsNamedRewritten();
    void aFlippedSignatureByteIsNamedSignatureInvalid();
    void aCheckpointSignedByAnUnknownKeyIsNamedAndNotTrusted();
    void twoCheckpointsThatDisagreeAreNamedForked();
    void checkpointRefusesToSignARewrittenLog();
    void aBadRowInsertedEarlierDoesNotHideLaterTampering();
    void aLostWriteAheadLogIsNamedTruncated();
    void aRowAtTheLargestSequenceNumberIsReportedAndTheWalkEnds();

private:
    // The store of one test, opened as whoever owns its tables (a non-superuser on PostgreSQL).
    std::unique_ptr<Store> openAsOwner(TempStore &temp);
    QString cliUrl(const TempStore &temp) const;
    CliResult cli(const TempStore &temp, const QStringList &args) { return runCli(QStringList{u"--store"_s, cliUrl(temp)} + args); }

    QTemporaryDir home_;
};

void TestProofs::initTestCase()
{
    if (backendUnderTest() == Backend::Postgres)
        QVERIFY2(!qEnvironmentVariableIsEmpty("AIRLOCK_TEST_PG_URL"), "run through scripts/with-postgres.sh");
    // This process and every airlockctl it starts share one private data folder, so they
    // share the checkpoint key and the witnesses — and nothing touches the user's own.
    QVERIFY(home_.isValid());
    qputenv("XDG_DATA_HOME", home_.path().toUtf8());
    QCoreApplication::setOrganizationName(u"airlock"_s);
    QCoreApplication::setApplicationName(u"airlock"_s);
    QCOMPARE(SigningKey::defaultPath(), home_.path() + u"/airlock/airlock/checkpoint-key.pem"_s);
}

std::unique_ptr<Store> TestProofs::openAsOwner(TempStore &temp)
{
    if (!temp.ok())
        return nullptr;
    if (backendUnderTest() == Backend::Sqlite)
        return temp.open(u"gateway"_s);
    // The tables' owner, not a superuser: it owns the database and so creates the tables.
    StoreUrl admin = temp.url();
    const QString created = test::adminExec(admin, uR"(DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN
                CREATE ROLE %1 LOGIN NOSUPERUSER;
            END IF; END $$)"_s.arg(kTableOwner));
    if (!created.isEmpty() || !test::adminExec(admin, u"ALTER DATABASE %1 OWNER TO %2"_s.arg(admin.database, kTableOwner)).isEmpty()) {
        qWarning("cannot make the tables' owner: %s", qPrintable(created));
        return nullptr;
    }
    StoreUrl url = temp.url();
    url.user = kTableOwner;
    url.password.clear();
    auto store = Store::open(url);
    if (!store) {
        qWarning("cannot open as %s: %s", qPrintable(kTableOwner), qPrintable(store.message()));
        return nullptr;
    }
    QSqlQuery q((*store)->database());
    if (!q.exec(u"SELECT rolsuper FROM pg_roles WHERE rolname = session_user"_s) || !q.next() || q.value(0).toBool()) {
        qWarning("the tables' owner must not be a superuser");
        return nullptr;
    }
    (*store)->setActor(u"gateway"_s);
    return std::move(*store);
}

QString TestProofs::cliUrl(const TempStore &temp) const
{
    if (backendUnderTest() == Backend::Sqlite)
        return temp.urlText();
    const StoreUrl &u = temp.url();
    return u"postgresql://%1@%2:%3/%4"_s.arg(kTableOwner, u.host, QString::number(u.port), u.database);
}

// ---- the Merkle tree ----------------------------------------------------------------------

void TestProofs::merkleRootsAgreeWithTheRfcOnEverySizeFrom1To70()
{
    for (int n = 0; n <= 70; ++n) {
        const QList<QByteArray> d = leafData(n);
        QList<QByteArray> hashes;
        merkle::CompactRange range;
        for (const QByteArray &leaf : d) {
            hashes << merkle::leafHash(leaf);
            range.add(hashes.last());
        }
        const QByteArray expected = mth(d);
        QCOMPARE(range.size(), qint64(n));
        QCOMPARE(range.root().toHex(), expected.toHex());
        QCOMPARE(merkle::rootOf(hashes).toHex(), expected.toHex());
        auto paged = merkle::subtreeRoot(readerOf(d), 0, n, 3); // pages of 3 leaves
        QVERIFY_OK(paged);
        QCOMPARE(paged->toHex(), expected.toHex());
    }
    // Not the same tree as a plain hash list: a leaf and a node are told apart (0x00 / 0x01).
    QVERIFY(merkle::leafHash("x") != sha("x"));
}

void TestProofs::inclusionProofsVerifyAndFailWhenAnythingChanges()
{
    for (int n = 1; n <= 70; ++n) {
        const QList<QByteArray> d = leafData(n);
        const QByteArray root = mth(d);
        for (int m = 0; m < n; ++m) {
            auto proof = merkle::inclusionProof(readerOf(d), m, n);
            QVERIFY_OK(proof);
            QCOMPARE(*proof, path(m, d));
            const QByteArray leaf = merkle::leafHash(d.at(m));
            QVERIFY2(merkle::verifyInclusion(m, n, leaf, *proof, root), qPrintable(u"leaf %1 of %2"_s.arg(m).arg(n)));
            // Each way of lying fails.
            QVERIFY(!merkle::verifyInclusion(m, n, flipped(leaf, 0), *proof, root));
            QVERIFY(!merkle::verifyInclusion(m, n, leaf, *proof, flipped(root, 31)));
            for (qsizetype i = 0; i < proof->size(); ++i) {
                QList<QByteArray> bad = *proof;
                bad[i] = flipped(bad.at(i), int(i) % 32);
                QVERIFY2(!merkle::verifyInclusion(m, n, leaf, bad, root), qPrintable(u"changed proof %1/%2/%3"_s.arg(m).arg(n).arg(i)));
            }
            if (n > 1) {
                QVERIFY(!merkle::verifyInclusion((m + 1) % n, n, leaf, *proof, root));
                QVERIFY(!merkle::verifyInclusion(m, n, leaf, proof->mid(0, proof->size() - 1), root));
            }
            QVERIFY(!merkle::verifyInclusion(m, n, leaf, *proof << QByteArray(32, 'x'), root));
        }
        QVERIFY(!merkle::inclusionProof(readerOf(d), n, n));
    }
}

void TestProofs::consistencyProofsVerifyAndFailWhenAnythingChanges()
{
    const QList<QByteArray> all = leafData(70);
    for (int n = 1; n <= 70; ++n) {
        const QList<QByteArray> d = all.mid(0, n);
        const QByteArray newRoot = mth(d);
        for (int m = 1; m <= n; ++m) {
            const QByteArray oldRoot = mth(d.mid(0, m));
            auto proof = merkle::consistencyProof(readerOf(d), m, n);
            QVERIFY_OK(proof);
            QCOMPARE(*proof, m == n ? QList<QByteArray>() : subproof(m, d, true));
            QVERIFY2(merkle::verifyConsistency(m, n, oldRoot, newRoot, *proof), qPrintable(u"%1 → %2"_s.arg(m).arg(n)));
            QVERIFY(!merkle::verifyConsistency(m, n, flipped(oldRoot, 5), newRoot, *proof));
            QVERIFY(!merkle::verifyConsistency(m, n, oldRoot, flipped(newRoot, 7), *proof));
            for (qsizetype i = 0; i < proof->size(); ++i) {
                QList<QByteArray> bad = *proof;
                bad[i] = flipped(bad.at(i), 3);
                QVERIFY2(!merkle::verifyConsistency(m, n, oldRoot, newRoot, bad), qPrintable(u"changed %1 → %2 at %3"_s.arg(m).arg(n).arg(i)));
            }
            if (m < n) {
                // A tree whose first m leaves differ is not an extension.
                QList<QByteArray> forked = d;
                forked[0] = "forged";
                QVERIFY(!merkle::verifyConsistency(m, n, oldRoot, mth(forked), *proof));
            }
        }
    }
}

// ---- keys and signatures -----------------------------------------------------------------

void TestProofs::theKeyIsMadeOnFirstUseReadableOnlyByItsOwner()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keys/checkpoint-key.pem"_s);
    auto made = SigningKey::loadOrCreate(path);
    QVERIFY_OK(made);
    QCOMPARE(QFile(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(made->publicKey().size(), 32);
    auto again = SigningKey::loadOrCreate(path);
    QVERIFY_OK(again);
    QCOMPARE(again->publicKey(), made->publicKey());
    auto signature = made->sign("hello");
    QVERIFY_OK(signature);
    QVERIFY(verifyEd25519(again->publicKey(), "hello", *signature));
    QVERIFY(!verifyEd25519(again->publicKey(), "hellO", *signature));
}

void TestProofs::aKeyFileOthersCanReadIsRefusedNamingItsMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checkpoint-key.pem"_s);
    QVERIFY_OK(SigningKey::loadOrCreate(path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    auto refused = SigningKey::load(path);
    QVERIFY_ERROR(refused, ErrorCode::Denied, u"has mode 0644"_s);
    QVERIFY2(refused.message().contains(path), qPrintable(refused.message()));
    QVERIFY_ERROR(SigningKey::loadOrCreate(path), ErrorCode::Denied, u"0644"_s);
}

void TestProofs::aCheckpointFailsOnAnyChangedByte()
{
    QTemporaryDir dir;
    auto key = SigningKey::loadOrCreate(dir.filePath(u"k.pem"_s));
    QVERIFY_OK(key);
    Checkpoint c;
    c.storeId = u"0123456789abcdef0123456789abcdef"_s;
    c.size = 12;
    c.root = sha("root");
    c.headSeq = 12;
    c.headHash = sha("head").toHex();
    c.time = QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1795253412345), Qt::UTC);
    QVERIFY_OK(c.signWith(*key));
    const QByteArray envelope = c.envelope();
    auto parsed = Checkpoint::parse(envelope);
    QVERIFY_OK(parsed);
    QVERIFY(parsed->signatureValid());
    QCOMPARE(parsed->envelope(), envelope);
    QVERIFY(envelope.startsWith("airlock checkpoint 1\nstore 0123456789abcdef0123456789abcdef\nsize 12\n"));
    QVERIFY(envelope.contains("\ntime 2026-11-21T09:30:12.345Z\n"));
    // Every byte of the signed text and of the signature matters.
    const qsizetype signedEnd = envelope.indexOf("\npublic-key ");
    const qsizetype signatureAt = envelope.indexOf("signature ") + 10;
    for (qsizetype i = 0; i < envelope.size() - 1; ++i) {
        if (envelope.at(i) == '\n' || (i > signedEnd && i < signatureAt))
            continue;
        QByteArray changed = envelope;
        changed[i] = changed.at(i) == 'A' ? 'B' : 'A';
        auto read = Checkpoint::parse(changed);
        QVERIFY2(!read || !read->signatureValid(), qPrintable(u"byte %1 changed and still valid"_s.arg(i)));
    }
}

// ---- the attacks -------------------------------------------------------------------------

void TestProofs::verifyChecksTheLogAgainstACheckpointAndRemembersIt()
{
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY(appendEvents(*store, 1, 12));
    CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.text().contains(u"no checkpoint to check it against"_s), qPrintable(r.text()));
    QVERIFY(!QFile::exists(witnessPath(store->url())));

    r = cli(temp, {u"checkpoint"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    auto printed = Checkpoint::parse(r.out);
    QVERIFY_OK(printed);
    QCOMPARE(printed->size, qint64(12));
    QCOMPARE(printed->headSeq, qint64(12));
    QVERIFY(printed->signatureValid());
    // The root is the RFC 9162 root over the events' chain hashes.
    QSqlQuery q(store->database());
    QVERIFY(q.exec(u"SELECT hash FROM evidence ORDER BY seq"_s));
    QList<QByteArray> leaves;
    while (q.next())
        leaves << QByteArray::fromHex(q.value(0).toString().toLatin1());
    QCOMPARE(printed->root.toHex(), mth(leaves).toHex());
    // Kept in the store and remembered outside it, 0600.
    auto stored = CheckpointLog(*store).all();
    QVERIFY_OK(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().envelope, printed->envelope());
    auto witness = readWitness(store->url());
    QVERIFY_OK(witness);
    QVERIFY(witness->has_value());
    QCOMPARE((*witness)->envelope(), printed->envelope());
    QCOMPARE(QFile(witnessPath(store->url())).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QVERIFY(appendEvents(*store, 13, 15));
    r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.text().contains(u"intact: 15 events checked; consistent with 2 checkpoint(s)"_s), qPrintable(r.text()));
    r = cli(temp, {u"checkpoint"_s, u"list"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.text().contains(u"12 events  head #12"_s) && r.text().contains(u"signed by a trusted key"_s), qPrintable(r.text()));
}

void TestProofs::anEventEditedWithEveryLaterHashRecomputedIsNamedRewritten()
{
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    // Checkpoints made periodically: after #6 and after #20; events up to #30.
    QVERIFY(appendEvents(*store, 1, 6));
    QCOMPARE(cli(temp, {u"checkpoint"_s}).exitCode, 0);
    QVERIFY(appendEvents(*store, 7, 20));
    QCOMPARE(cli(temp, {u"checkpoint"_s}).exitCode, 0);
    QVERIFY(appendEvents(*store, 21, 30));

    const QString off = switchGuardsOff(*store);
    QVERIFY2(off.isEmpty(), qPrintable(off));
    QCOMPARE(rawExec(*store, u"UPDATE evidence SET summary = 'nothing to see' WHERE seq = 7"_s), QString());
    QCOMPARE(rehashFrom(*store, 7), QString());
    QVERIFY2(chainWalkSaysIntact(*store), "the attack must get past the chain walk (it did before checkpoints)");

    const CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(u"BROKEN at #7: rewritten from #7: events #7…#20 no longer match the checkpoint of 20 events"_s),
             qPrintable(r.text()));
    // And as JSON, for scripts.
    const CliResult j = cli(temp, {u"--json"_s, u"verify"_s});
    QCOMPARE(j.exitCode, 20);
    QVERIFY2(j.text().contains(u"\"kind\": \"rewritten\""_s), qPrintable(j.text()));
}

void TestProofs::theWitnessAloneCatchesARewriteWhoseCheckpointsWereDeleted()
{
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY(appendEvents(*store, 1, 20));
    QCOMPARE(cli(temp, {u"checkpoint"_s}).exitCode, 0);

    QVERIFY(switchGuardsOff(*store).isEmpty());
    QCOMPARE(rawExec(*store, u"UPDATE evidence SET actor = 'someone else' WHERE seq = 9"_s), QString());
    QCOMPARE(rehashFrom(*store, 9), QString());
    QCOMPARE(rawExec(*store, u"DELETE FROM checkpoints"_s), QString());
    QVERIFY(chainWalkSaysIntact(*store));

    const CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    // One checkpoint: the change is somewhere in #1…#20, and the witness says so.
    QVERIFY2(r.text().contains(u"rewritten from #1: events #1…#20 no longer match this machine's witness"_s), qPrintable(r.text()));
    QVERIFY2(r.text().contains(u"one of #1…#20"_s), qPrintable(r.text()));
}

void TestProofs::deletingTheNewestEventsIsNamedTruncated_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("the newest 5") << u"DELETE FROM evidence WHERE seq > 15"_s << u"truncated after #15"_s;
    QTest::newRow("all of them") << u"DELETE FROM evidence"_s << u"truncated after #0"_s;
}

void TestProofs::deletingTheNewestEventsIsNamedTruncated()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY(appendEvents(*store, 1, 20));
    QCOMPARE(cli(temp, {u"checkpoint"_s}).exitCode, 0);

    QVERIFY(switchGuardsOff(*store).isEmpty());
    QCOMPARE(rawExec(*store, sql), QString());
    QVERIFY(chainWalkSaysIntact(*store));
    CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(named + u": the checkpoint of 20 events"_s), qPrintable(r.text()));

    // Deleting the checkpoints as well leaves the witness, which names the same.
    QCOMPARE(rawExec(*store, u"DELETE FROM checkpoints"_s), QString());
    r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(named + u": this machine's witness"_s), qPrintable(r.text()));
}

void TestProofs::aForgedDecisionInPlaceOfACheckpointedEventIsNamedRewritten()
{
    // Appending a forged decision with a valid hash AFTER the newest checkpoint is not
    // detectable by checkpoints (it extends the log); replacing a checkpointed event with
    // one — truncating back and appending the forgery with a valid hash — is.
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY(appendEvents(*store, 1, 19));
    QCOMPARE(cli(temp, {u"checkpoint"_s}).exitCode, 0);
    QVERIFY(appendEvents(*store, 20, 20));
    QCOMPARE(cli(temp, {u"checkpoint"_s}).exitCode, 0);

    QVERIFY(switchGuardsOff(*store).isEmpty());
    QCOMPARE(rawExec(*store, u"DELETE FROM evidence WHERE seq = 20"_s), QString());
    store->chainHead() = {};
    // (On PostgreSQL the database places the forgery's link: the core appends it like anyone's.)
    EvidenceEvent forged = readEvent(20, EventKind::ApprovalDecided);
    forged.result = EventResult::Success;
    forged.summary = u"approved by security-team"_s;
    auto appended = EvidenceChain(*store).append(forged);
    QVERIFY_OK(appended);
    QCOMPARE(appended->seq, qint64(20));
    QVERIFY(chainWalkSaysIntact(*store));

    const CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(u"rewritten from #20: events #20…#20 no longer match"_s), qPrintable(r.text()));
}

void TestProofs::aFlippedSignatureByteIsNamedSignatureInvalid()
{
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY(appendEvents(*store, 1, 10));
    QCOMPARE(cli(temp, {u"checkpoint"_s}).exitCode, 0);
    auto stored = CheckpointLog(*store).all();
    QVERIFY_OK(stored);
    QCOMPARE(stored->size(), 1);
    QVERIFY_OK(stored->first().checkpoint);
    Checkpoint c = *stored->first().checkpoint;
    c.signature[10] = char(c.signature.at(10) ^ 0x20);

    QVERIFY(switchGuardsOff(*store).isEmpty());
    QSqlQuery q(store->database());
    q.prepare(u"UPDATE checkpoints SET envelope = ?"_s);
    q.addBindValue(QString::fromLatin1(c.envelope()));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    const CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(u"checkpoint signature invalid: the checkpoint of 10 events"_s), qPrintable(r.text()));
    const CliResult list = cli(temp, {u"checkpoint"_s, u"list"_s});
    QVERIFY2(list.text().contains(u"signature invalid"_s), qPrintable(list.text()));
}

void TestProofs::aCheckpointSignedByAnUnknownKeyIsNamedAndNotTrusted()
{
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY(appendEvents(*store, 1, 10));
    auto id = CheckpointLog(*store).storeId();
    QVERIFY_OK(id);
    // The attacker's own key signs a checkpoint of a log (which would
    // make its history look vouched for).
    QTemporaryDir dir;
    auto attackerKey = SigningKey::loadOrCreate(dir.filePath(u"attacker.pem"_s));
    QVERIFY_OK(attackerKey);
    auto audit = auditLog(*store, AuditOptions{false});
    QVERIFY_OK(audit);
    Checkpoint forged;
    forged.storeId = *id;
    forged.size = 10;
    forged.root = audit->root;
    forged.headSeq = 10;
    forged.headHash = audit->headHash;
    forged.time = QDateTime::currentDateTimeUtc();
    QVERIFY_OK(forged.signWith(*attackerKey));
    QVERIFY_OK(CheckpointLog(*store).record(forged));

    const CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(u"is signed by an unknown key %1"_s.arg(forged.keyId().left(16))), qPrintable(r.text()));
    // Not an anchor: it did not become this machine's witness.
    QVERIFY(!QFile::exists(witnessPath(store->url())));
}

void TestProofs::twoCheckpointsThatDisagreeAreNamedForked()
{
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY(appendEvents(*store, 1, 10));
    QCOMPARE(cli(temp, {u"checkpoint"_s}).exitCode, 0);
    // Rewritten, then signed again by someone holding the key without checking first.
    QVERIFY(switchGuardsOff(*store).isEmpty());
    QCOMPARE(rawExec(*store, u"UPDATE evidence SET summary = 'other history' WHERE seq = 4"_s), QString());
    QCOMPARE(rehashFrom(*store, 4), QString());
    auto key = SigningKey::load(SigningKey::defaultPath());
    QVERIFY_OK(key);
    auto audit = auditLog(*store, AuditOptions{false});
    QVERIFY_OK(audit);
    Checkpoint again;
    again.storeId = audit->storeId;
    again.size = audit->size;
    again.root = audit->root;
    again.headSeq = audit->headSeq;
    again.headHash = audit->headHash;
    again.time = QDateTime::currentDateTimeUtc();
    QVERIFY_OK(again.signWith(*key));
    QVERIFY_OK(CheckpointLog(*store).record(again));

    const CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(u"forked: "_s) && r.text().contains(u"both cover 10 events but with different roots"_s),
             qPrintable(r.text()));
}

void TestProofs::checkpointRefusesToSignARewrittenLog()
{
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY(appendEvents(*store, 1, 8));
    QCOMPARE(cli(temp, {u"checkpoint"_s}).exitCode, 0);
    QVERIFY(switchGuardsOff(*store).isEmpty());
    QCOMPARE(rawExec(*store, u"DELETE FROM evidence WHERE seq > 5"_s), QString());

    const CliResult r = cli(temp, {u"checkpoint"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.errorText().contains(u"refusing to checkpoint"_s) && r.errorText().contains(u"truncated after #5"_s),
             qPrintable(r.errorText()));
    auto stored = CheckpointLog(*store).all();
    QVERIFY_OK(stored);
    QCOMPARE(stored->size(), 1);
}

void TestProofs::aBadRowInsertedEarlierDoesNotHideLaterTampering()
{
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY(appendEvents(*store, 1, 20));
    QVERIFY(switchGuardsOff(*store).isEmpty());
    // A row with a wrong hash at #5 (what an agent could insert) and, later, a real edit of #15.
    QCOMPARE(rawExec(*store, u"UPDATE evidence SET hash = '%1' WHERE seq = 5"_s.arg(QString(64, u'a'))), QString());
    QVERIFY(!chainWalkSaysIntact(*store));
    QCOMPARE(rawExec(*store, u"UPDATE evidence SET summary = 'hidden' WHERE seq = 15"_s), QString());

    const CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(u"BROKEN at #5"_s), qPrintable(r.text()));
    QVERIFY2(r.text().contains(u"also: event #15 does not match its hash"_s), qPrintable(r.text()));
}

void TestProofs::aLostWriteAheadLogIsNamedTruncated()
{
    if (backendUnderTest() != Backend::Sqlite)
        QSKIP("a write-ahead log file is SQLite's");
    TempStore temp;
    QString dbPath;
    {
        auto store = openAsOwner(temp);
        QVERIFY(store);
        dbPath = store->url().path;
        QVERIFY(appendEvents(*store, 1, 10));
        QCOMPARE(rawExec(*store, u"PRAGMA wal_checkpoint(TRUNCATE)"_s), QString());
        // Keep the later commits in the log: this connection stays open, so no one folds it back.
        QCOMPARE(rawExec(*store, u"PRAGMA wal_autocheckpoint = 0"_s), QString());
        QVERIFY(appendEvents(*store, 11, 24));
        QCOMPARE(cli(temp, {u"checkpoint"_s}).exitCode, 0); // the witness sees 24 events
        QVERIFY(QFileInfo(dbPath + u"-wal"_s).size() > 0);
        // The crash: the file as it is on disk, without its -wal.
        QVERIFY(QFile::copy(dbPath, dbPath + u".crashed"_s));
    }
    QVERIFY(QFile::remove(dbPath));
    QFile::remove(dbPath + u"-wal"_s);
    QFile::remove(dbPath + u"-shm"_s);
    QVERIFY(QFile::rename(dbPath + u".crashed"_s, dbPath));
    {
        auto store = temp.open();
        QVERIFY(store);
        QVERIFY(chainWalkSaysIntact(*store));
        auto events = EvidenceChain(*store).headSeq();
        QVERIFY_OK(events);
        QCOMPARE(*events, qint64(10));
    }
    const CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(u"truncated after #10: this machine's witness"_s), qPrintable(r.text()));
    QVERIFY2(r.text().contains(u"WAL lost?"_s) && r.text().contains(u"#11…#24"_s), qPrintable(r.text()));
}

void TestProofs::aRowAtTheLargestSequenceNumberIsReportedAndTheWalkEnds()
{
    // What an agent could insert on SQLite, and the tables' owner on PostgreSQL with the
    // triggers off: verify names it, checks the rows before it, and does not step past the
    // largest sequence number.
    TempStore temp;
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY(appendEvents(*store, 1, 5));
    // On PostgreSQL the database refuses such a link (tst_sealed_log); its owner gets it in
    // with the triggers off.
    if (backendUnderTest() == Backend::Postgres)
        QCOMPARE(rawExec(*store, u"ALTER TABLE evidence DISABLE TRIGGER ALL"_s), QString());
    QCOMPARE(rawExec(*store, u"INSERT INTO evidence (seq, event_id, at, kind, actor, connector, run_id, tool, "
                             u"power, target, result, summary, payload, prev_hash, hash) SELECT "
                             u"9223372036854775807, 'poison', at, kind, actor, connector, run_id, tool, power, "
                             u"target, result, summary, payload, hash, hash FROM evidence WHERE seq = 5"_s),
             QString());
    const CliResult r = cli(temp, {u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(u"BROKEN at #6: event #6 is missing (the chain jumps from #5 to #9223372036854775807)"_s),
             qPrintable(r.text()));
    QVERIFY2(r.text().contains(u"(6 events checked)"_s), qPrintable(r.text()));
}

QTEST_MAIN(TestProofs)
#include "tst_proofs.moc"
