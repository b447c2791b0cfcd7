// The database validates every append on a shared store (issue #12, THREATS.md row 4): no
// login can insert a link that breaks, gaps or poisons the log, a row poisoned past the
// database's guards never stops later appends, and writers no longer wait for each other's
// commits — the log is ordered, hashed and sealed just after, in batches, by the database.
//
// Each attack is tried through raw SQL as the login that would try it: an agent login, and the
// tables' owner (not a superuser) with the triggers on; and, where the attack needs them off,
// with DISABLE TRIGGER ALL, after which verify names it and appends still go on.

#include "store/canonicaljson.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"
#include "testassertions.h"
#include "teststore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::TempStore;

namespace {

// Logins are cluster-wide: the names are this suite's own.
const QString kAgent = u"sl_agent"_s;
const QString kOwner = u"sl_table_owner"_s;

QString rawExec(Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.database());
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    return ok ? QString() : q.lastError().text();
}

EvidenceEvent readEvent(const QString &summary, const QString &runId = {})
{
    EvidenceEvent e;
    e.kind = EventKind::Read;
    e.connector = u"crm"_s;
    e.runId = runId;
    e.tool = u"get_account"_s;
    e.power = Power::Read;
    e.target = u"crm:accounts/acme"_s;
    e.summary = summary;
    e.payload = R"({"rows":1})";
    return e;
}

struct Head
{
    qint64 seq = 0;
    QString hash;
};

Head headOf(Store &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(u"SELECT seq, hash FROM evidence ORDER BY seq DESC LIMIT 1"_s) || !q.next())
        return {0, QString(64, u'0')};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

// An INSERT of one evidence row with the given link, as whoever `store` is logged in as.
QString insertLink(Store &store, qint64 seq, const QString &prev, const QString &hash,
                   const QString &actor, const QString &eventId)
{
    return rawExec(store,
                   u"INSERT INTO evidence (seq, event_id, at, kind, actor, connector, run_id, tool, "
                   u"power, target, result, summary, payload, prev_hash, hash) VALUES "
                   u"(?, ?, 1700000000000, 'read', ?, 'crm', '', 'get_account', 'read', "
                   u"'crm:accounts/acme', 'success', 'a forged read', '{}', ?, ?)"_s,
                   {seq, eventId, actor, prev, hash});
}

// What the core would compute for that row: the "published recipe".
QString recipeHash(qint64 seq, const QString &prev, const QString &actor, const QString &eventId)
{
    EvidenceEvent e;
    e.seq = seq;
    e.eventId = eventId;
    e.at = QDateTime::fromMSecsSinceEpoch(1700000000000);
    e.kind = EventKind::Read;
    e.actor = actor;
    e.connector = u"crm"_s;
    e.tool = u"get_account"_s;
    e.power = Power::Read;
    e.target = u"crm:accounts/acme"_s;
    e.result = EventResult::Success;
    e.summary = u"a forged read"_s;
    e.payload = "{}";
    return QString::fromLatin1(chainHash(prev.toLatin1(), e));
}

} // namespace

class TestSealedLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // The database validates every append
    void anAgentCannotInsertALinkOfItsOwn();
    void theTablesOwnerCannotInsertABrokenLink_data();
    void theTablesOwnerCannotInsertABrokenLink();
    void aLinkThatFollowsTheRecipeIsAcceptedFromTheOwner();
    void theDatabaseHashesExactlyAsTheCoreDoes();
    // A poisoned row never stops appends
    void aRowPoisonedWithTheTriggersOffDoesNotStopLaterAppends();
    // Writers do not wait for each other's commits
    void aWriterInTheMiddleOfItsTransactionDoesNotHoldUpAnother();
    void anAppendInsideALargerWriteIsSealedWithIt();
    void anAppendInsideARolledBackWriteLeavesNothing();
    void aRetriedEventIdRecordsNothingNew();
    // Verify accounts for events not yet sealed
    void verifySealsWhatWaitsAndCountsWhatCannotBe();

private:
    std::unique_ptr<Store> openAs(const QString &login);
    std::unique_ptr<Store> openAsOwner(TempStore &temp);
    QString ownerUrl(const TempStore &temp) const;

    QTemporaryDir home_; // airlockctl's key and witnesses: never the user's own
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> admin_; // the tables' owner
};

std::unique_ptr<Store> TestSealedLog::openAs(const QString &login)
{
    StoreUrl url = temp_->url();
    url.user = login;
    url.password.clear();
    auto store = Store::open(url);
    if (!store) {
        qWarning("cannot open the store as %s: %s", qPrintable(login), qPrintable(store.message()));
        return nullptr;
    }
    return std::move(*store);
}

void TestSealedLog::initTestCase()
{
    QVERIFY2(test::backendUnderTest() == Backend::Postgres,
             "tst_sealed_log attacks a shared PostgreSQL store: run it with "
             "AIRLOCK_TEST_BACKEND=postgres under scripts/with-postgres.sh");
    QVERIFY(home_.isValid());
    qputenv("XDG_DATA_HOME", home_.path().toUtf8());
    temp_ = std::make_unique<TempStore>();
    QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
    // The owner may make the Airlock roles (CREATEROLE), as a team's database admin would.
    for (const auto &[login, extra] : {std::pair{kAgent, u""_s}, std::pair{kOwner, u" CREATEROLE"_s}}) {
        const QString e = test::adminExec(temp_->url(), uR"(DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN
                    CREATE ROLE %1 LOGIN NOSUPERUSER%2;
                END IF; END $$)"_s.arg(login, extra));
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    admin_ = openAsOwner(*temp_);
    QVERIFY(admin_);
    auto r = test::runCli({u"--store"_s, ownerUrl(*temp_), u"admin"_s, u"setup-roles"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    r = test::runCli({u"--store"_s, ownerUrl(*temp_), u"admin"_s, u"grant"_s, kAgent, u"agent"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errorText()));
    admin_ = openAs(kOwner);
    QVERIFY(admin_);
    QVERIFY(admin_->isShared());
}

// The tables' owner, not a superuser, as on a team's server: it owns the database and so
// creates the tables on its first open. It is the attacker who can switch triggers off.
std::unique_ptr<Store> TestSealedLog::openAsOwner(TempStore &temp)
{
    if (const QString e = test::adminExec(temp.url(), u"ALTER DATABASE %1 OWNER TO %2"_s.arg(
                                                          temp.url().database, kOwner));
        !e.isEmpty()) {
        qWarning("cannot make the tables' owner: %s", qPrintable(e));
        return nullptr;
    }
    StoreUrl url = temp.url();
    url.user = kOwner;
    url.password.clear();
    auto store = Store::open(url);
    if (!store) {
        qWarning("cannot open as %s: %s", qPrintable(kOwner), qPrintable(store.message()));
        return nullptr;
    }
    (*store)->setActor(kOwner);
    return std::move(*store);
}

void TestSealedLog::cleanupTestCase()
{
    admin_.reset();
    temp_.reset();
}

QString TestSealedLog::ownerUrl(const TempStore &temp) const
{
    const StoreUrl url = temp.url();
    return u"postgresql://%1@%2:%3/%4"_s.arg(kOwner, url.host, QString::number(url.port), url.database);
}

void TestSealedLog::anAgentCannotInsertALinkOfItsOwn()
{
    auto agent = openAs(kAgent);
    QVERIFY(agent);
    QVERIFY_OK(EvidenceChain(*admin_).append(readEvent(u"before the attack"_s)));
    const Head head = headOf(*admin_);
    // A row with a wrong hash at the head (the issue: verify said BROKEN forever after it), and
    // one at the largest sequence number (every later append failed).
    const QString wrong = insertLink(*agent, head.seq + 1, head.hash, QString(64, u'a'), kAgent, u"sl-wrong"_s);
    QVERIFY2(wrong.contains(u"permission denied for table evidence"_s), qPrintable(wrong));
    const QString poison = insertLink(*agent, std::numeric_limits<qint64>::max(), head.hash,
                                      QString(64, u'b'), kAgent, u"sl-poison"_s);
    QVERIFY2(poison.contains(u"permission denied for table evidence"_s), qPrintable(poison));
    // Even a link made exactly by the recipe: only the database places links.
    const QString exact = insertLink(*agent, head.seq + 1, head.hash,
                                     recipeHash(head.seq + 1, head.hash, kAgent, u"sl-exact"_s),
                                     kAgent, u"sl-exact"_s);
    QVERIFY2(exact.contains(u"permission denied for table evidence"_s), qPrintable(exact));
    // What an agent may do: append through the core, and its event lands at the head.
    auto appended = EvidenceChain(*agent).append(readEvent(u"the agent's read"_s));
    QVERIFY_OK(appended);
    QCOMPARE(appended->seq, head.seq + 1);
    auto report = EvidenceChain(*admin_).verify();
    QVERIFY_OK(report);
    QVERIFY2(report->intact, qPrintable(report->problem));
}

void TestSealedLog::theTablesOwnerCannotInsertABrokenLink_data()
{
    QTest::addColumn<int>("seqOffset"); // from head + 1
    QTest::addColumn<bool>("largest");
    QTest::addColumn<bool>("wrongPrev");
    QTest::addColumn<bool>("wrongHash");
    QTest::addColumn<QString>("named");
    QTest::newRow("a wrong hash") << 0 << false << false << true << u"does not match its content"_s;
    QTest::newRow("a wrong previous hash") << 0 << false << true << false << u"does not link to event #"_s;
    QTest::newRow("a gap") << 5 << false << false << false << u"the next event is #"_s;
    QTest::newRow("an old number again") << -1 << false << false << false << u"the next event is #"_s;
    QTest::newRow("the largest sequence number") << 0 << true << false << false << u"the next event is #"_s;
}

void TestSealedLog::theTablesOwnerCannotInsertABrokenLink()
{
    QFETCH(int, seqOffset);
    QFETCH(bool, largest);
    QFETCH(bool, wrongPrev);
    QFETCH(bool, wrongHash);
    QFETCH(QString, named);
    QVERIFY_OK(EvidenceChain(*admin_).append(readEvent(u"before the attack"_s)));
    const Head head = headOf(*admin_);
    const qint64 seq = largest ? std::numeric_limits<qint64>::max() : head.seq + 1 + seqOffset;
    const QString prev = wrongPrev ? QString(64, u'c') : head.hash;
    const QString id = u"sl-owner-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    const QString hash = wrongHash ? QString(64, u'd') : recipeHash(seq, prev, kOwner, id);
    const QString refused = insertLink(*admin_, seq, prev, hash, kOwner, id);
    QVERIFY2(refused.contains(named), qPrintable(refused));
    QCOMPARE(headOf(*admin_).seq, head.seq);
    // …and the log goes on.
    auto appended = EvidenceChain(*admin_).append(readEvent(u"after the attack"_s));
    QVERIFY_OK(appended);
    QCOMPARE(appended->seq, head.seq + 1);
}

void TestSealedLog::aLinkThatFollowsTheRecipeIsAcceptedFromTheOwner()
{
    // The guard refuses what breaks the log, not the owner's tools: a correct link is a link.
    const Head head = headOf(*admin_);
    const QString id = u"sl-owner-exact"_s;
    QCOMPARE(insertLink(*admin_, head.seq + 1, head.hash, recipeHash(head.seq + 1, head.hash, kOwner, id),
                        kOwner, id),
             QString());
    auto report = EvidenceChain(*admin_).verify();
    QVERIFY_OK(report);
    QVERIFY2(report->intact, qPrintable(report->problem));
}

void TestSealedLog::theDatabaseHashesExactlyAsTheCoreDoes()
{
    // Everything the canonical line escapes, and what it passes through.
    QList<EvidenceEvent> events;
    EvidenceEvent quoted = readEvent(u"a \"quoted\" \\ back\\slash\ttab\nnewline\r\b\f and \x01\x1f"_s);
    quoted.payload = "{\"note\":\"\\u0000 stays text\"}";
    events << quoted;
    EvidenceEvent unicode = readEvent(u"Grüße, 東京, 🚀 and \u2028"_s);
    unicode.target = u"files:/srv/Ä/ö.txt"_s;
    events << unicode;
    EvidenceEvent bare;
    bare.kind = EventKind::Output;
    bare.result = EventResult::Failure;
    events << bare; // no power, no connector, no run: empty strings in the line
    const Head before = headOf(*admin_);
    for (const EvidenceEvent &e : std::as_const(events)) {
        auto appended = EvidenceChain(*admin_).append(e);
        QVERIFY_OK(appended);
        QVERIFY(appended->seq > before.seq);
        // The hash the database made is the core's recipe over the row as stored.
        auto stored = EvidenceChain(*admin_).bySeq(appended->seq);
        QVERIFY_OK(stored);
        QCOMPARE(stored->hash, chainHash(stored->prevHash, *stored));
        QCOMPARE(stored->summary, e.summary);
    }
    auto report = EvidenceChain(*admin_).verify();
    QVERIFY_OK(report);
    QVERIFY2(report->intact, qPrintable(report->problem));
}

void TestSealedLog::aRowPoisonedWithTheTriggersOffDoesNotStopLaterAppends()
{
    // Its own store: the poison stays.
    TempStore temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
    auto store = openAsOwner(temp);
    QVERIFY(store);
    QVERIFY_OK(EvidenceChain(*store).append(readEvent(u"first"_s)));
    const Head head = headOf(*store);
    QCOMPARE(rawExec(*store, u"ALTER TABLE evidence DISABLE TRIGGER ALL"_s), QString());
    QCOMPARE(insertLink(*store, std::numeric_limits<qint64>::max(), head.hash, QString(64, u'e'),
                        kOwner, u"sl-poisoned"_s),
             QString());
    QCOMPARE(rawExec(*store, u"ALTER TABLE evidence ENABLE TRIGGER ALL"_s), QString());
    // The issue: every later append failed, and every gate refused every call. Now the event
    // is durable and the caller goes on; it waits to be sealed and verify says why.
    for (int i = 0; i < 3; ++i) {
        auto appended = EvidenceChain(*store).append(readEvent(u"after the poison %1"_s.arg(i)));
        QVERIFY_OK(appended);
        QCOMPARE(appended->seq, qint64(0)); // recorded, not yet in the log
    }
    auto pending = EvidenceChain(*store).pendingCount();
    QVERIFY_OK(pending);
    QCOMPARE(*pending, qint64(3));
    auto report = EvidenceChain(*store).verify();
    QVERIFY_OK(report);
    QVERIFY(!report->intact);
    QVERIFY2(report->problem.contains(u"jumps from #1 to #9223372036854775807"_s), qPrintable(report->problem));
    QCOMPARE(report->pending, qint64(3));
    QVERIFY2(report->sealProblem.contains(u"cannot be sealed"_s), qPrintable(report->sealProblem));
    const auto r = test::runCli({u"--store"_s, ownerUrl(temp), u"verify"_s});
    QCOMPARE(r.exitCode, 20);
    QVERIFY2(r.text().contains(u"3 events are recorded but not yet sealed"_s), qPrintable(r.text()));
}

void TestSealedLog::aWriterInTheMiddleOfItsTransactionDoesNotHoldUpAnother()
{
    // Before: every write took one lock until it committed, so a second writer could record
    // nothing while the first one's transaction was open (here it gives up after 3 s, as the
    // old code did with "canceling statement due to lock timeout"). Now its event is recorded
    // and durable at once; only its place in the log follows the open transaction's commit.
    auto other = openAs(kOwner);
    auto reader = openAs(kOwner);
    QVERIFY(other && reader);
    QCOMPARE(rawExec(*other, u"SET lock_timeout = '3s'"_s), QString());
    QString quickId;
    const Status outer = admin_->write([&]() -> Status {
        if (auto first = EvidenceChain(*admin_).append(readEvent(u"the slow writer's event"_s)); !first)
            return first.status();
        // While this transaction is open, another writer appends.
        auto second = EvidenceChain(*other).append(readEvent(u"the quick writer's event"_s));
        if (!second)
            return second.status();
        quickId = second->eventId;
        // Committed: a third connection sees it, though the first transaction is still open.
        QSqlQuery q(reader->database());
        if (!q.exec(u"SELECT count(*) FROM evidence_intake WHERE event_id = '%1'"_s.arg(quickId))
            || !q.next() || q.value(0).toInt() != 1)
            return Status::failure(ErrorCode::Integrity, u"the quick writer's event is not durable"_s);
        return {};
    });
    QVERIFY_OK(outer);
    QVERIFY(!quickId.isEmpty());
    // The next seal (here: verify's) places it.
    auto report = EvidenceChain(*admin_).verify();
    QVERIFY_OK(report);
    QVERIFY2(report->intact, qPrintable(report->problem));
    QCOMPARE(report->pending, qint64(0));
    QSqlQuery q(admin_->database());
    QVERIFY(q.exec(u"SELECT seq FROM evidence WHERE event_id = '%1'"_s.arg(quickId)) && q.next());
}

void TestSealedLog::anAppendInsideALargerWriteIsSealedWithIt()
{
    // Inside a caller's write the event is placed within it, so the caller can cite it.
    QString eventId;
    qint64 seq = 0;
    const Status s = admin_->write([&]() -> Status {
        auto e = EvidenceChain(*admin_).append(readEvent(u"inside a larger write"_s));
        if (!e)
            return e.status();
        eventId = e->eventId;
        seq = e->seq;
        return {};
    });
    QVERIFY_OK(s);
    QVERIFY(seq > 0);
    QSqlQuery q(admin_->database());
    QVERIFY(q.exec(u"SELECT seq FROM evidence WHERE event_id = '%1'"_s.arg(eventId)));
    QVERIFY2(q.next(), "the event was not in the log after its write committed");
    QCOMPARE(q.value(0).toLongLong(), seq);
    auto pending = EvidenceChain(*admin_).pendingCount();
    QVERIFY_OK(pending);
    QCOMPARE(*pending, qint64(0));
}

void TestSealedLog::anAppendInsideARolledBackWriteLeavesNothing()
{
    const Head before = headOf(*admin_);
    const Status s = admin_->write([&]() -> Status {
        if (auto e = EvidenceChain(*admin_).append(readEvent(u"never happened"_s)); !e)
            return e.status();
        return Status::failure(ErrorCode::Conflict, u"the caller changes its mind"_s);
    });
    QVERIFY(!s);
    QCOMPARE(headOf(*admin_).seq, before.seq);
    auto pending = EvidenceChain(*admin_).pendingCount();
    QVERIFY_OK(pending);
    QCOMPARE(*pending, qint64(0));
    auto appended = EvidenceChain(*admin_).append(readEvent(u"after the rollback"_s));
    QVERIFY_OK(appended);
    QCOMPARE(appended->seq, before.seq + 1);
}

void TestSealedLog::aRetriedEventIdRecordsNothingNew()
{
    EvidenceEvent e = readEvent(u"retried"_s);
    e.eventId = u"sl-retried"_s;
    auto first = EvidenceChain(*admin_).append(e);
    QVERIFY_OK(first);
    auto again = EvidenceChain(*admin_).append(e);
    QVERIFY_OK(again);
    QCOMPARE(again->seq, first->seq);
    QCOMPARE(again->hash, first->hash);
    QSqlQuery q(admin_->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM evidence WHERE event_id = 'sl-retried'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestSealedLog::verifySealsWhatWaitsAndCountsWhatCannotBe()
{
    // An event recorded by a writer that died between its commit and the seal.
    QCOMPARE(rawExec(*admin_, u"INSERT INTO evidence_intake (event_id, at, kind, actor, result, summary) "
                              u"VALUES ('sl-orphan', 1700000000000, 'output', '%1', 'success', 'left behind')"_s
                                  .arg(kOwner)),
             QString());
    auto pending = EvidenceChain(*admin_).pendingCount();
    QVERIFY_OK(pending);
    QCOMPARE(*pending, qint64(1));
    const auto r = test::runCli({u"--store"_s, ownerUrl(*temp_), u"verify"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.text() + r.errorText()));
    QVERIFY2(r.text().contains(u"intact"_s), qPrintable(r.text()));
    pending = EvidenceChain(*admin_).pendingCount();
    QVERIFY_OK(pending);
    QCOMPARE(*pending, qint64(0));
    QSqlQuery q(admin_->database());
    QVERIFY(q.exec(u"SELECT seq FROM evidence WHERE event_id = 'sl-orphan'"_s) && q.next());
}

QTEST_MAIN(TestSealedLog)
#include "tst_sealed_log.moc"
