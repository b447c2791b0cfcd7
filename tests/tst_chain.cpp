// The evidence chain (DESIGN §5): gapless sequence numbers, each link covering the previous
// hash, idempotent appends, verification, the store's own refusal to change evidence, and
// tampering that verification must catch. The canonical bytes are pinned here by hand,
// because a third party recomputes them without Airlock.

#include "clock.h"
#include "store/canonicaljson.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/store.h"
#include "testassertions.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::backendUnderTest;
using airlock::test::TempStore;

namespace {

const QByteArray kGenesis(64, '0');

EvidenceEvent sampleEvent(const QString &summary, EventKind kind = EventKind::Read)
{
    EvidenceEvent e;
    e.kind = kind;
    e.connector = u"crm"_s;
    e.runId = u"run-1"_s;
    e.tool = u"get_account"_s;
    e.power = Power::Read;
    e.target = u"crm:accounts/segment=smb/acme"_s;
    e.summary = summary;
    e.payload = R"({"rows":1})";
    return e;
}

// Appends n events in transactions of up to batch events each.
bool appendMany(Store &store, int n, int batch = 250)
{
    EvidenceChain chain(store);
    for (int done = 0; done < n;) {
        const int upto = qMin(n, done + batch);
        const Status s = store.write([&]() -> Status {
            for (int i = done; i < upto; ++i) {
                if (auto r = chain.append(sampleEvent(u"read #%1"_s.arg(i + 1))); !r)
                    return r.status();
            }
            return {};
        });
        if (!s) {
            qWarning("append failed: %s", qPrintable(s.message()));
            return false;
        }
        done = upto;
    }
    return true;
}

struct StoredRow
{
    qint64 seq = 0;
    QString summary;
    QString prevHash;
    QString hash;
};

QList<StoredRow> storedRows(Store &store)
{
    QList<StoredRow> rows;
    QSqlQuery q(store.database());
    if (!q.exec(u"SELECT seq, summary, prev_hash, hash FROM evidence ORDER BY seq"_s))
        return rows;
    while (q.next())
        rows << StoredRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString()};
    return rows;
}

// Runs raw SQL on the store's own connection; returns the driver's error, empty on success.
QString rawExec(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) ? QString() : q.lastError().text();
}

// The attacker's first step: remove the triggers that make evidence append-only.
QString dropAppendOnlyTriggers(Store &store)
{
    if (store.backend() == Backend::Sqlite) {
        const QString e = rawExec(store, u"DROP TRIGGER evidence_no_update"_s);
        return e.isEmpty() ? rawExec(store, u"DROP TRIGGER evidence_no_delete"_s) : e;
    }
    // PostgreSQL: and the database's check of every new link (migration 8), which the
    // tables' owner can drop as well; tst_sealed_log attacks it with the check in place.
    const QString e = rawExec(store, u"DROP TRIGGER evidence_no_change ON evidence"_s);
    return e.isEmpty() ? rawExec(store, u"DROP TRIGGER evidence_append_checked ON evidence"_s) : e;
}

} // namespace

class TestChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void appendAssignsGaplessSequenceNumbersLinkedByHash();
    void appendFillsInIdTimeAndActor();
    void appendingTheSameEventIdTwiceRecordsItOnce();
    void anEventNeedsAnActor();
    void verifyIsIntactOnAnEmptyStore();
    void verifyIsIntactAfterTwoThousandAppends();
    void verifyCanBeCancelledFromProgress();
    void theStoreRefusesToChangeEvidence_data();
    void theStoreRefusesToChangeEvidence();
    void theStoreRefusesToChangeReviews_data();
    void theStoreRefusesToChangeReviews();
    void tamperingIsFoundAtTheFirstBadLink_data();
    void tamperingIsFoundAtTheFirstBadLink();
    void canonicalBytesAndHashesMatchTheDocumentedFormat();
};

void TestChain::initTestCase()
{
    TempStore temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
}

void TestChain::cleanup()
{
    setClockForTesting({});
}

void TestChain::appendAssignsGaplessSequenceNumbersLinkedByHash()
{
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    EvidenceChain chain(*store);
    QList<EvidenceEvent> returned;
    for (int i = 1; i <= 12; ++i) {
        auto e = chain.append(sampleEvent(u"read #%1"_s.arg(i)));
        QVERIFY_OK(e);
        QCOMPARE(e->seq, qint64(i));
        returned << *e;
    }
    auto head = chain.headSeq();
    QVERIFY_OK(head);
    QCOMPARE(*head, qint64(12));

    const QList<StoredRow> rows = storedRows(*store);
    QCOMPARE(rows.size(), 12);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).seq, qint64(i + 1));
        const QString expectedPrev = i == 0 ? QString::fromLatin1(kGenesis) : rows.at(i - 1).hash;
        QCOMPARE(rows.at(i).prevHash, expectedPrev);
        QCOMPARE(rows.at(i).hash.size(), 64);
        QCOMPARE(rows.at(i).hash, QString::fromLatin1(returned.at(i).hash));
        QCOMPARE(rows.at(i).summary, u"read #%1"_s.arg(i + 1));
    }
    // Every hash is distinct: each covers its own event and everything before it.
    QSet<QString> hashes;
    for (const StoredRow &r : rows)
        hashes.insert(r.hash);
    QCOMPARE(hashes.size(), rows.size());
}

void TestChain::appendFillsInIdTimeAndActor()
{
    const QDateTime t = QDateTime(QDate(2026, 11, 21), QTime(9, 30, 12, 345), Qt::UTC);
    setClockForTesting([t] { return t; });
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    auto e = EvidenceChain(*store).append(sampleEvent(u"filled in"_s));
    QVERIFY_OK(e);
    QCOMPARE(e->at, t);
    QCOMPARE(e->actor, u"gateway"_s);
    QVERIFY(!e->eventId.isEmpty());
    auto stored = EvidenceChain(*store).bySeq(e->seq);
    QVERIFY_OK(stored);
    QCOMPARE(stored->at, t);
    QCOMPARE(stored->eventId, e->eventId);
    QCOMPARE(stored->actor, u"gateway"_s);
    QCOMPARE(stored->payload, QByteArray(R"({"rows":1})"));
}

void TestChain::appendingTheSameEventIdTwiceRecordsItOnce()
{
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    EvidenceChain chain(*store);
    QVERIFY_OK(chain.append(sampleEvent(u"before"_s)));

    EvidenceEvent first = sampleEvent(u"the first telling"_s);
    first.eventId = u"call-7f3a:read"_s;
    auto recorded = chain.append(first);
    QVERIFY_OK(recorded);
    QCOMPARE(recorded->seq, qint64(2));

    // A retry, possibly with other details, returns the recorded event and writes nothing.
    EvidenceEvent retry = sampleEvent(u"a different telling"_s, EventKind::Write);
    retry.eventId = first.eventId;
    auto again = chain.append(retry);
    QVERIFY_OK(again);
    QCOMPARE(again->seq, qint64(2));
    QCOMPARE(again->summary, u"the first telling"_s);
    QCOMPARE(wordOf(again->kind), u"read"_s);
    QCOMPARE(again->hash, recorded->hash);

    auto head = chain.headSeq();
    QVERIFY_OK(head);
    QCOMPARE(*head, qint64(2));
    QSqlQuery q(store->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM evidence WHERE event_id = 'call-7f3a:read'"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // The next new event still follows on directly.
    auto next = chain.append(sampleEvent(u"after"_s));
    QVERIFY_OK(next);
    QCOMPARE(next->seq, qint64(3));
}

void TestChain::anEventNeedsAnActor()
{
    TempStore temp;
    auto store = temp.open(QString());
    QVERIFY(store);
    auto e = EvidenceChain(*store).append(sampleEvent(u"who?"_s));
    QVERIFY(!e);
    QCOMPARE(e.code(), ErrorCode::InvalidArgument);
    QVERIFY2(e.message().contains(u"actor"_s), qPrintable(e.message()));
    QCOMPARE(storedRows(*store).size(), 0);
}

void TestChain::verifyIsIntactOnAnEmptyStore()
{
    TempStore temp;
    auto store = temp.open();
    QVERIFY(store);
    auto report = EvidenceChain(*store).verify();
    QVERIFY_OK(report);
    QVERIFY(report->intact);
    QCOMPARE(report->checked, qint64(0));
    QCOMPARE(report->firstBadSeq, qint64(0));
    QVERIFY(report->problem.isEmpty());
}

void TestChain::verifyIsIntactAfterTwoThousandAppends()
{
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    QVERIFY(appendMany(*store, 2000));
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    auto report = EvidenceChain(*store).verify([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY_OK(report);
    QVERIFY2(report->intact, qPrintable(report->problem));
    QCOMPARE(report->checked, qint64(2000));
    QCOMPARE(lastDone, qint64(2000));
    QCOMPARE(lastTotal, qint64(2000));

    // One more crosses verify's internal page boundary.
    QVERIFY_OK(EvidenceChain(*store).append(sampleEvent(u"number 2001"_s)));
    report = EvidenceChain(*store).verify();
    QVERIFY_OK(report);
    QVERIFY2(report->intact, qPrintable(report->problem));
    QCOMPARE(report->checked, qint64(2001));
}

void TestChain::verifyCanBeCancelledFromProgress()
{
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    QVERIFY(appendMany(*store, 10));
    auto report = EvidenceChain(*store).verify([](qint64, qint64) { return false; });
    QVERIFY_OK(report);
    QVERIFY(report->cancelled);
}

void TestChain::theStoreRefusesToChangeEvidence_data()
{
    QTest::addColumn<QString>("sql");

    QTest::newRow("edit a summary")
        << u"UPDATE evidence SET summary = 'nothing happened' WHERE seq = 2"_s;
    QTest::newRow("edit every hash") << u"UPDATE evidence SET hash = prev_hash"_s;
    QTest::newRow("renumber") << u"UPDATE evidence SET seq = seq + 100 WHERE seq = 3"_s;
    QTest::newRow("delete one row") << u"DELETE FROM evidence WHERE seq = 2"_s;
    QTest::newRow("delete everything") << u"DELETE FROM evidence"_s;
    if (backendUnderTest() == Backend::Postgres)
        QTest::newRow("truncate") << u"TRUNCATE evidence"_s;
}

void TestChain::theStoreRefusesToChangeEvidence()
{
    QFETCH(QString, sql);
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    QVERIFY(appendMany(*store, 3));
    const QList<StoredRow> before = storedRows(*store);

    const QString error = rawExec(*store, sql);
    QVERIFY2(!error.isEmpty(), "the store accepted a change to evidence");
    QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));

    const QList<StoredRow> after = storedRows(*store);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).seq, before.at(i).seq);
        QCOMPARE(after.at(i).summary, before.at(i).summary);
        QCOMPARE(after.at(i).hash, before.at(i).hash);
    }
    auto report = EvidenceChain(*store).verify();
    QVERIFY_OK(report);
    QVERIFY2(report->intact, qPrintable(report->problem));
}

void TestChain::theStoreRefusesToChangeReviews_data()
{
    QTest::addColumn<QString>("sql");

    QTest::newRow("rewrite a snapshot") << u"UPDATE reviews SET snapshot = '{}'"_s;
    QTest::newRow("change the reviewer") << u"UPDATE reviews SET reviewed_by = 'someone else'"_s;
    QTest::newRow("delete a review") << u"DELETE FROM reviews"_s;
    if (backendUnderTest() == Backend::Postgres)
        QTest::newRow("truncate") << u"TRUNCATE reviews"_s;
}

void TestChain::theStoreRefusesToChangeReviews()
{
    QFETCH(QString, sql);
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QFile f(QStringLiteral(AIRLOCK_TEST_DATA) + u"/chain_connector.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto doc = connectorDocumentFromText(f.readAll(), f.fileName());
    QVERIFY_OK(doc);
    QVERIFY_OK(ConnectorStore(*store).apply(*doc, u"for the review"_s));
    auto review = ConnectorStore(*store).recordReview(u"files"_s, u"looks fine"_s);
    QVERIFY_OK(review);

    const QString error = rawExec(*store, sql);
    QVERIFY2(!error.isEmpty(), "the store accepted a change to a review");
    QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));

    auto latest = ConnectorStore(*store).latestReview(u"files"_s);
    QVERIFY_OK(latest);
    QVERIFY(latest->has_value());
    QCOMPARE((*latest)->snapshot, review->snapshot);
    QCOMPARE((*latest)->reviewedBy, u"lead"_s);
}

void TestChain::tamperingIsFoundAtTheFirstBadLink_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("firstBadSeq");
    QTest::addColumn<QString>("problem");

    QTest::newRow("summary edited")
        << u"UPDATE evidence SET summary = 'nothing to see' WHERE seq = 5"_s << qint64(5)
        << u"changed"_s;
    QTest::newRow("payload edited")
        << u"UPDATE evidence SET payload = '{\"rows\":0}' WHERE seq = 7"_s << qint64(7)
        << u"changed"_s;
    QTest::newRow("actor edited") << u"UPDATE evidence SET actor = 'someone else' WHERE seq = 1"_s
                                  << qint64(1) << u"changed"_s;
    QTest::newRow("time edited") << u"UPDATE evidence SET at = at - 3600000 WHERE seq = 9"_s
                                 << qint64(9) << u"changed"_s;
    QTest::newRow("middle row deleted")
        << u"DELETE FROM evidence WHERE seq = 5"_s << qint64(5) << u"#5 is missing"_s;
    QTest::newRow("first row deleted")
        << u"DELETE FROM evidence WHERE seq = 1"_s << qint64(1) << u"#1 is missing"_s;
    QTest::newRow("prev_hash edited")
        << u"UPDATE evidence SET prev_hash = '%1' WHERE seq = 6"_s.arg(QString(64, u'f'))
        << qint64(6) << u"does not link"_s;
    QTest::newRow("hash edited") << u"UPDATE evidence SET hash = '%1' WHERE seq = 4"_s.arg(
                                        QString(64, u'a'))
                                 << qint64(4) << u"changed"_s;
    QTest::newRow("kind outside the vocabulary")
        << u"UPDATE evidence SET kind = 'teleport' WHERE seq = 8"_s << qint64(8) << u"changed"_s;
    QTest::newRow("kind swapped for another word")
        << u"UPDATE evidence SET kind = 'write' WHERE seq = 8"_s << qint64(8) << u"changed"_s;
    QTest::newRow("result outside the vocabulary")
        << u"UPDATE evidence SET result = 'fine' WHERE seq = 3"_s << qint64(3) << u"changed"_s;
    QTest::newRow("power outside the vocabulary")
        << u"UPDATE evidence SET power = 'root' WHERE seq = 2"_s << qint64(2) << u"changed"_s;
    QTest::newRow("two rows swapped") << u"UPDATE evidence SET seq = 1000 WHERE seq = 3; UPDATE "
                                         u"evidence SET seq = 3 WHERE seq = 4; "
                                         u"UPDATE evidence SET seq = 4 WHERE seq = 1000"_s
                                      << qint64(3) << u"does not link"_s;
    QTest::newRow("a row inserted after the fact")
        << u"INSERT INTO evidence (seq, event_id, at, kind, actor, connector, run_id, tool, power, "
           u"target, result, summary, payload, prev_hash, hash) SELECT 11, 'forged', at, kind, "
           u"actor, "
           u"connector, run_id, tool, power, target, result, 'forged', payload, hash, hash FROM "
           u"evidence WHERE seq = 10"_s
        << qint64(11) << u"changed"_s;
}

void TestChain::tamperingIsFoundAtTheFirstBadLink()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBadSeq);
    QFETCH(QString, problem);

    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    QVERIFY(appendMany(*store, 10));
    auto before = EvidenceChain(*store).verify();
    QVERIFY_OK(before);
    QVERIFY(before->intact);

    const QString dropped = dropAppendOnlyTriggers(*store);
    QVERIFY2(dropped.isEmpty(), qPrintable(dropped));
    for (const QString &statement : sql.split(u"; "_s)) {
        const QString error = rawExec(*store, statement);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    auto report = EvidenceChain(*store).verify();
    QVERIFY_OK(report);
    QVERIFY2(!report->intact, "verify did not notice the tampering");
    QCOMPARE(report->firstBadSeq, firstBadSeq);
    QVERIFY2(report->problem.contains(u"#%1"_s.arg(firstBadSeq)), qPrintable(report->problem));
    QVERIFY2(report->problem.contains(problem), qPrintable(report->problem));
}

void TestChain::canonicalBytesAndHashesMatchTheDocumentedFormat()
{
    // 2026-11-21T09:30:12.345Z
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1795253412345), Qt::UTC);
    QCOMPARE(at, QDateTime(QDate(2026, 11, 21), QTime(9, 30, 12, 345), Qt::UTC));
    TempStore temp;
    auto store = temp.open(u"alice"_s);
    QVERIFY(store);

    EvidenceEvent first;
    first.eventId = u"0f8e2a9c-1b2d-4e5f-8a7b-6c5d4e3f2a1b"_s;
    first.at = at;
    first.kind = EventKind::Write;
    first.actor = u"alice"_s;
    first.connector = u"crm"_s;
    first.runId = u"run-1"_s;
    first.tool = u"update_account"_s;
    first.power = Power::Write;
    first.target = u"crm:accounts/segment=smb/acme"_s;
    first.result = EventResult::Success;
    first.summary = u"set \"tier\" → gold\tfor Acme\\EMEA\n(line two)\x01"_s;
    first.payload = R"({"fields":{"tier":"gold"},"note":"ça va"})";
    auto one = EvidenceChain(*store).append(first);
    QVERIFY_OK(one);

    EvidenceEvent second;
    second.eventId = u"e2"_s;
    second.at = at.addMSecs(1);
    second.kind = EventKind::ApprovalRequested;
    second.actor = u"bob"_s;
    second.result = EventResult::ApprovalNeeded;
    auto two = EvidenceChain(*store).append(second);
    QVERIFY_OK(two);

    // The documented line, written out by hand: fixed key order, integers in decimal,
    // strings escaped per RFC 8259 (control characters as \u00XX), other text raw UTF-8,
    // the payload as a JSON string, an absent power as "".
    const QByteArray line1 =
        "{\"seq\":1,\"event_id\":\"0f8e2a9c-1b2d-4e5f-8a7b-6c5d4e3f2a1b\",\"at\":1795253412345,"
        "\"kind\":\"write\",\"actor\":\"alice\",\"connector\":\"crm\",\"run_id\":\"run-1\","
        "\"tool\":\"update_account\",\"power\":\"write\",\"target\":\"crm:accounts/segment=smb/"
        "acme\","
        "\"result\":\"success\","
        "\"summary\":\"set \\\"tier\\\" \xe2\x86\x92 gold\\tfor Acme\\\\EMEA\\n(line two)\\u0001\","
        "\"payload\":\"{\\\"fields\\\":{\\\"tier\\\":\\\"gold\\\"},\\\"note\\\":\\\"\xc3\xa7"
        "a va\\\"}\"}";
    const QByteArray line2 =
        "{\"seq\":2,\"event_id\":\"e2\",\"at\":1795253412346,\"kind\":\"approval_requested\","
        "\"actor\":\"bob\",\"connector\":\"\",\"run_id\":\"\",\"tool\":\"\",\"power\":\"\","
        "\"target\":\"\",\"result\":\"approval_needed\",\"summary\":\"\",\"payload\":\"\"}";

    // What is stored, read back raw.
    const QList<StoredRow> rows = storedRows(*store);
    QCOMPARE(rows.size(), 2);
    const QByteArray hash1 =
        QCryptographicHash::hash(QByteArray(kGenesis + line1), QCryptographicHash::Sha256).toHex();
    const QByteArray hash2 =
        QCryptographicHash::hash(QByteArray(hash1 + line2), QCryptographicHash::Sha256).toHex();
    QCOMPARE(rows.at(0).prevHash, QString::fromLatin1(kGenesis));
    QCOMPARE(rows.at(0).hash, QString::fromLatin1(hash1));
    QCOMPARE(rows.at(1).prevHash, QString::fromLatin1(hash1));
    QCOMPARE(rows.at(1).hash, QString::fromLatin1(hash2));

    // The library's functions agree with the hand-written format for events read back.
    auto stored1 = EvidenceChain(*store).bySeq(1);
    QVERIFY_OK(stored1);
    QCOMPARE(canonicalEventBytes(*stored1), line1);
    QCOMPARE(chainHash(kGenesis, *stored1), hash1);
    auto stored2 = EvidenceChain(*store).bySeq(2);
    QVERIFY_OK(stored2);
    QCOMPARE(canonicalEventBytes(*stored2), line2);
    QCOMPARE(chainHash(hash1, *stored2), hash2);
    QCOMPARE(sha256Hex("abc"),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
