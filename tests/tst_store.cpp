// The store: opening and migrating, store URLs, the ways a store can be unusable (missing,
// not a store, read-only, locked), the connector inventory and its lifecycle, reviews and
// drift, and runs with keyset paging. Runs once per back end (AIRLOCK_TEST_BACKEND); where
// SQLite and PostgreSQL fail differently, each test asserts its back end's equivalent.

#include "clock.h"
#include "store/canonicaljson.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/migrations.h"
#include "store/runstore.h"
#include "store/store.h"
#include "store/toolstore.h"
#include "testassertions.h"
#include "teststore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::backendUnderTest;
using airlock::test::TempStore;

namespace {

// The tests' clock: fixed, so stored times can be compared exactly; tests move it.
const QDateTime kT0 = QDateTime(QDate(2026, 11, 21), QTime(9, 30, 0), Qt::UTC);
QDateTime g_now = kT0;

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(AIRLOCK_TEST_DATA) + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QJsonObject connectorJson()
{
    return QJsonDocument::fromJson(fixture(u"store_connector.json"_s)).object();
}

QByteArray textOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

ConnectorDocument documentOf(const QJsonObject &o)
{
    auto doc = connectorDocumentFromText(textOf(o), u"test.json"_s);
    if (!doc)
        qFatal("test document does not parse: %s", qPrintable(doc.message()));
    return *doc;
}

qint64 headOf(Store &store)
{
    auto head = EvidenceChain(store).headSeq();
    return head ? *head : -1;
}

QList<EvidenceEvent> eventsAfter(Store &store, qint64 seq)
{
    auto page = EvidenceChain(store).page(seq, 1000000);
    return page ? *page : QList<EvidenceEvent>();
}

QStringList kindsOf(const QList<EvidenceEvent> &events)
{
    QStringList kinds;
    for (const EvidenceEvent &e : events)
        kinds << wordOf(e.kind);
    return kinds;
}

QList<EvidenceEvent> ofKind(const QList<EvidenceEvent> &events, EventKind kind)
{
    QList<EvidenceEvent> found;
    for (const EvidenceEvent &e : events) {
        if (e.kind == kind)
            found << e;
    }
    return found;
}

bool chainIntact(Store &store, QString *problem)
{
    auto report = EvidenceChain(store).verify();
    if (!report) {
        *problem = report.message();
        return false;
    }
    *problem = report->problem;
    return report->intact;
}

// A plain QtSql connection to the same store, beside the Store under test: what another
// process (or an attacker with the file) would hold.
class RawConnection
{
public:
    explicit RawConnection(const StoreUrl &url)
        : name_(u"raw-"_s + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            url.backend == Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name_);
        if (url.backend == Backend::Sqlite) {
            db.setDatabaseName(url.path);
        } else {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setPassword(url.password);
            db.setDatabaseName(url.database);
        }
        if (!db.open())
            error_ = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name_, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name_);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool ok() const { return error_.isEmpty(); }
    const QString &error() const { return error_; }
    // Runs sql; returns the driver's error text, empty on success.
    QString exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString name_;
    QString error_;
};

QStringList tablesOf(Store &store)
{
    const QString sql =
        store.backend() == Backend::Sqlite
            ? u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s
            : u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
              u"current_schema() ORDER BY table_name"_s;
    QSqlQuery q(store.database());
    QStringList names;
    if (q.exec(sql)) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

ConnectorStore::Transition transitionOf(const QString &word)
{
    for (auto t : {ConnectorStore::Transition::Pause, ConnectorStore::Transition::Resume,
                   ConnectorStore::Transition::Disconnect, ConnectorStore::Transition::Reconnect,
                   ConnectorStore::Transition::Retire}) {
        if (transitionWord(t) == word)
            return t;
    }
    qFatal("bad transition in test table: %s", qPrintable(word));
}

QJsonObject toolNamed(const QJsonObject &connector, const QString &name)
{
    for (const QJsonValue &t : connector.value(u"tools"_s).toArray()) {
        if (t.toObject().value(u"name"_s).toString() == name)
            return t.toObject();
    }
    return {};
}

// The fixture with one tool's JSON replaced (or added when absent).
QJsonObject withTool(QJsonObject connector, const QJsonObject &tool)
{
    QJsonArray tools = connector.value(u"tools"_s).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < tools.size(); ++i) {
        if (tools.at(i).toObject().value(u"name"_s) == tool.value(u"name"_s)) {
            tools[i] = tool;
            replaced = true;
        }
    }
    if (!replaced)
        tools.append(tool);
    connector[u"tools"_s] = tools;
    return connector;
}

// Root ignores permission bits, so a chmod 0444 file is still writable for it. To test what
// a user sees, the read-only case drops the process's real and effective user to nobody for
// its duration; the saved user stays root, so the switch can be undone afterwards.
class UnprivilegedScope
{
public:
    static constexpr uid_t kNobody = 65534;
    UnprivilegedScope()
    {
        if (::geteuid() == 0)
            dropped_ = ::setresuid(kNobody, kNobody, 0) == 0;
    }
    ~UnprivilegedScope()
    {
        if (dropped_ && ::setresuid(0, 0, 0) != 0)
            qFatal("cannot return to root after the read-only test");
    }
    Q_DISABLE_COPY_MOVE(UnprivilegedScope)
    // False when still root: the permission bits are not enforced.
    bool permissionsApply() const { return ::geteuid() != 0; }

private:
    bool dropped_ = false;
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Opening and migrating
    void migratesAnEmptyStoreToTheLatestSchema();
    void reopeningKeepsDataAndDoesNotRerunMigrations();
    void twoStoresOnTheSameStoreSeeEachOthersWrites();
    void refusesAStoreWithANewerSchema();
    void refusesADatabaseWhoseTablesAreNotAirlocksAndLeavesItAlone();

    // Store URLs
    void parsesStoreUrls_data();
    void parsesStoreUrls();
    void refusesBadStoreUrlsNamingTheProblem_data();
    void refusesBadStoreUrlsNamingTheProblem();
    void displayedUrlHidesThePassword();

    // Stores that cannot be used
    void aMissingStoreIsUnavailableAndNamed();
    void somethingThatIsNotAStoreIsRefused();
    void aReadOnlyStoreRefusesWritesAndWritesNothing();
    void aLockedStoreFailsWithinTheBusyTimeoutAndWritesNothing();

    // Connectors
    void applyingANewConnectorAddsItWithEvidence();
    void reapplyingAnUnchangedDocumentChangesNothing();
    void applyingAChangeRecordsWhatChanged_data();
    void applyingAChangeRecordsWhatChanged();
    void applyingSeveralChangesRecordsOneEventPerKind();
    void applyCannotChangeTheStatus();
    void applyingADocumentThatStatesNoStatusKeepsTheCurrentOne();
    void badDocumentsAreRefusedNamingTheField_data();
    void badDocumentsAreRefusedNamingTheField();
    void aStaleRevisionIsAConflict();
    void lifecycleTransitionsFollowTheRules_data();
    void lifecycleTransitionsFollowTheRules();
    void transitionOfAnUnknownConnectorIsNotFound();

    // Reviews and drift
    void reviewSnapshotsTheConnectorAndMarksItsToolsReviewed();
    void aToolDefinitionChangedAfterReviewIsDrift_data();
    void aToolDefinitionChangedAfterReviewIsDrift();
    void aToolFirstSeenAfterReviewIsNew();

    // Runs
    void startingARunTwiceRecordsItOnce();
    void finishingARunRecordsWhereAndWhyItStopped();
    void pagingReturnsEveryRunOnceNewestFirst();
    void pagingFiltersByStatusAndWorkflow_data();
    void pagingFiltersByStatusAndWorkflow();
};

void TestStore::initTestCase()
{
    TempStore temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
}

void TestStore::init()
{
    g_now = kT0;
    setClockForTesting([] { return g_now; });
}

void TestStore::cleanup()
{
    setClockForTesting({});
}

// --- Opening and migrating ------------------------------------------------------------------

void TestStore::migratesAnEmptyStoreToTheLatestSchema()
{
    TempStore temp;
    auto store = temp.open();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 1);

    const QStringList tables = tablesOf(*store);
    for (const QString &table :
         {u"schema_migrations"_s, u"connectors"_s, u"scope_rules"_s, u"trigger_rules"_s, u"tools"_s,
          u"runs"_s, u"evidence"_s, u"approvals"_s, u"reviews"_s}) {
        QVERIFY2(tables.contains(table),
                 qPrintable(u"no table %1 in %2"_s.arg(table, tables.join(u", "))));
    }
    QSqlQuery q(store->database());
    QVERIFY(q.exec(u"SELECT count(*), max(version) FROM schema_migrations"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(migrations().size()));
    QCOMPARE(q.value(1).toInt(), latestSchemaVersion());
    QCOMPARE(headOf(*store), 0);
}

void TestStore::reopeningKeepsDataAndDoesNotRerunMigrations()
{
    TempStore temp;
    QList<qint64> appliedAt;
    {
        auto store = temp.open(u"lead"_s);
        QVERIFY(store);
        QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"first"_s));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(u"SELECT applied_at FROM schema_migrations ORDER BY version"_s));
        while (q.next())
            appliedAt << q.value(0).toLongLong();
    }
    // Migrations stamp applied_at with the wall clock: a re-run would show a later time.
    QTest::qWait(5);
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), latestSchemaVersion());
    QSqlQuery q(store->database());
    QVERIFY(q.exec(u"SELECT applied_at FROM schema_migrations ORDER BY version"_s));
    QList<qint64> again;
    while (q.next())
        again << q.value(0).toLongLong();
    QCOMPARE(again, appliedAt);

    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->revision, 1);
    QCOMPARE(crm->scope.size(), 2);
    auto tools = ToolStore(*store).forConnector(u"crm"_s);
    QVERIFY_OK(tools);
    QCOMPARE(tools->size(), 2);
    QString problem;
    QVERIFY2(chainIntact(*store, &problem), qPrintable(problem));
}

void TestStore::twoStoresOnTheSameStoreSeeEachOthersWrites()
{
    TempStore temp;
    auto a = temp.open(u"alice"_s);
    auto b = temp.open(u"bob"_s);
    QVERIFY(a);
    QVERIFY(b);

    QVERIFY_OK(ConnectorStore(*a).apply(documentOf(connectorJson()), u"added by alice"_s));
    auto seenByB = ConnectorStore(*b).get(u"crm"_s);
    QVERIFY_OK(seenByB);
    QVERIFY_OK(
        ConnectorStore(*b).transition(u"crm"_s, ConnectorStore::Transition::Pause, u"by bob"_s));
    auto seenByA = ConnectorStore(*a).get(u"crm"_s);
    QVERIFY_OK(seenByA);
    QCOMPARE(wordOf(seenByA->status), u"paused"_s);

    // Both writers extended one chain: gapless, each event by its own actor.
    const auto events = eventsAfter(*a, 0);
    const auto added = ofKind(events, EventKind::ConnectorAdded);
    const auto paused = ofKind(events, EventKind::ConnectorPaused);
    QCOMPARE(added.size(), 1);
    QCOMPARE(paused.size(), 1);
    QCOMPARE(added.constFirst().actor, u"alice"_s);
    QCOMPARE(paused.constFirst().actor, u"bob"_s);
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).seq, qint64(i + 1));
    QString problem;
    QVERIFY2(chainIntact(*b, &problem), qPrintable(problem));
}

void TestStore::refusesAStoreWithANewerSchema()
{
    TempStore temp;
    const int future = latestSchemaVersion() + 1;
    {
        auto store = temp.open();
        QVERIFY(store);
        QSqlQuery q(store->database());
        QVERIFY2(q.exec(u"INSERT INTO schema_migrations (version, applied_at, description) "
                        u"VALUES (%1, 0, 'from a newer Airlock')"_s.arg(future)),
                 qPrintable(q.lastError().text()));
    }
    auto opened = Store::open(temp.url());
    QVERIFY_ERROR(opened, ErrorCode::StoreUnavailable, u"newer"_s);
    QVERIFY2(opened.message().contains(QString::number(future)), qPrintable(opened.message()));
    QVERIFY2(opened.message().contains(u"upgrade"_s), qPrintable(opened.message()));

    // Without migrating, the mismatch is still refused and says which versions.
    Store::Options noMigrate;
    noMigrate.migrate = false;
    auto plain = Store::open(temp.url(), noMigrate);
    QVERIFY_ERROR(plain, ErrorCode::StoreUnavailable, QString::number(future));

    // Refusing changed nothing: the store still says the newer version.
    RawConnection raw(temp.url());
    QVERIFY2(raw.ok(), qPrintable(raw.error()));
    QCOMPARE(raw.value(u"SELECT max(version) FROM schema_migrations"_s).toInt(), future);
}

void TestStore::refusesADatabaseWhoseTablesAreNotAirlocksAndLeavesItAlone()
{
    TempStore temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
    {
        RawConnection raw(temp.url());
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QCOMPARE(raw.exec(u"CREATE TABLE evidence (id INTEGER PRIMARY KEY, note TEXT)"_s),
                 QString());
        QCOMPARE(raw.exec(u"INSERT INTO evidence (id, note) VALUES (1, 'somebody else''s')"_s),
                 QString());
    }
    auto opened = Store::open(temp.url());
    QVERIFY(!opened);
    QVERIFY2(opened.message().contains(u"evidence"_s), qPrintable(opened.message()));

    // The failed migration was one transaction: nothing of Airlock's is left behind.
    RawConnection raw(temp.url());
    const QString tableCount =
        temp.url().backend == Backend::Sqlite
            ? u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s
            : u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"_s;
    QCOMPARE(raw.value(tableCount).toInt(), 1);
    QCOMPARE(raw.value(u"SELECT note FROM evidence WHERE id = 1"_s).toString(),
             u"somebody else's"_s);
}

// --- Store URLs ----------------------------------------------------------------------------

void TestStore::parsesStoreUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");

    const QString cwd = QDir::currentPath();
    QTest::newRow("sqlite absolute")
        << u"sqlite:///var/lib/airlock/evidence.db"_s << true << u"/var/lib/airlock/evidence.db"_s
        << QString() << 5432 << QString() << QString() << QString() << QString();
    QTest::newRow("sqlite percent-encoded")
        << u"sqlite:///srv/my%20store/evidence.db"_s << true << u"/srv/my store/evidence.db"_s
        << QString() << 5432 << QString() << QString() << QString() << QString();
    QTest::newRow("bare absolute path")
        << u"/srv/airlock/evidence.db"_s << true << u"/srv/airlock/evidence.db"_s << QString()
        << 5432 << QString() << QString() << QString() << QString();
    QTest::newRow("bare relative path")
        << u"evidence.db"_s << true << cwd + u"/evidence.db"_s << QString() << 5432 << QString()
        << QString() << QString() << QString();
    QTest::newRow("postgresql with everything")
        << u"postgresql://u:p@h:1/db?sslmode=verify-full"_s << false << QString() << u"h"_s << 1
        << u"u"_s << u"p"_s << u"db"_s << u"sslmode=verify-full"_s;
    QTest::newRow("postgres scheme, default port")
        << u"postgres://alice@db.example.com/airlock"_s << false << QString() << u"db.example.com"_s
        << 5432 << u"alice"_s << QString() << u"airlock"_s << QString();
    QTest::newRow("two options in order")
        << u"postgresql://alice@h:5433/airlock?sslmode=verify-full&sslrootcert=/etc/ca.pem"_s
        << false << QString() << u"h"_s << 5433 << u"alice"_s << QString() << u"airlock"_s
        << u"sslmode=verify-full;sslrootcert=/etc/ca.pem"_s;
}

void TestStore::parsesStoreUrls()
{
    QFETCH(QString, text);
    QFETCH(bool, sqlite);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, options);

    auto url = StoreUrl::parse(text);
    QVERIFY_OK(url);
    QCOMPARE(url->backend == Backend::Sqlite, sqlite);
    QCOMPARE(url->path, path);
    if (!sqlite) {
        QCOMPARE(url->host, host);
        QCOMPARE(url->port, port);
        QCOMPARE(url->user, user);
        QCOMPARE(url->password, password);
        QCOMPARE(url->database, database);
        QCOMPARE(url->options, options);
    }
}

void TestStore::refusesBadStoreUrlsNamingTheProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("unknown option")
        << u"postgresql://u@h/db?sslmode=require&colour=blue"_s << u"unknown option 'colour'"_s;
    QTest::newRow("unknown scheme") << u"mysql://u@h/db"_s << u"unknown scheme"_s;
    QTest::newRow("missing database") << u"postgresql://u@h:5432/"_s << u"no database name"_s;
    QTest::newRow("missing database, no slash")
        << u"postgresql://u@h:5432"_s << u"no database name"_s;
    QTest::newRow("sqlite without a path") << u"sqlite://"_s << u"no file path"_s;
    QTest::newRow("port is not a number")
        << u"postgresql://u@h:port/db"_s << u"invalid store URL"_s;
}

void TestStore::refusesBadStoreUrlsNamingTheProblem()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    auto url = StoreUrl::parse(text);
    QVERIFY_ERROR(url, ErrorCode::InvalidArgument, fragment);
    QVERIFY2(url.message().contains(text), qPrintable(url.message()));
}

void TestStore::displayedUrlHidesThePassword()
{
    auto url = StoreUrl::parse(u"postgresql://alice:s3cret@h:5433/airlock?sslmode=verify-full"_s);
    QVERIFY_OK(url);
    QVERIFY(!url->display().contains(u"s3cret"_s));
    QCOMPARE(url->display(), u"postgresql://alice@h:5433/airlock?sslmode=verify-full"_s);
    QCOMPARE(url->shortName(), u"airlock@h"_s);
}

// --- Stores that cannot be used --------------------------------------------------------------

void TestStore::aMissingStoreIsUnavailableAndNamed()
{
    TempStore temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
    if (backendUnderTest() == Backend::Sqlite) {
        const QString folder = temp.dir() + u"/no-such-folder"_s;
        StoreUrl url;
        url.path = folder + u"/evidence.db"_s;
        auto opened = Store::open(url);
        QVERIFY_ERROR(opened, ErrorCode::StoreUnavailable, folder);
        QVERIFY2(opened.message().contains(u"does not exist"_s), qPrintable(opened.message()));
        QVERIFY2(!QFileInfo::exists(folder), "opening created the folder");

        // Asked to, the store creates its folder.
        Store::Options create;
        create.createDirectory = true;
        auto created = Store::open(url, create);
        QVERIFY_OK(created);
        QVERIFY(QFileInfo::exists(url.path));
    } else {
        // PostgreSQL's equivalent of a missing folder is a missing database.
        StoreUrl url = temp.url();
        url.database = u"airlock_no_such_database"_s;
        auto opened = Store::open(url);
        QVERIFY_ERROR(opened, ErrorCode::StoreUnavailable, u"airlock_no_such_database"_s);
    }
}

void TestStore::somethingThatIsNotAStoreIsRefused()
{
    TempStore temp;
    QVERIFY2(temp.ok(), qPrintable(temp.error()));
    if (backendUnderTest() == Backend::Sqlite) {
        QFile junk(temp.url().path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        QByteArray bytes = "This is a shopping list, not a database.\n";
        bytes = bytes.repeated(200);
        junk.write(bytes);
        junk.close();

        auto opened = Store::open(temp.url());
        QVERIFY_ERROR(opened, ErrorCode::StoreUnavailable, u"not an Airlock store"_s);
        QVERIFY2(opened.message().contains(temp.url().path), qPrintable(opened.message()));
        QFile check(temp.url().path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), bytes);
    } else {
        // PostgreSQL's equivalent: the URL names something that does not answer as a server.
        StoreUrl url = temp.url();
        url.host = u"127.0.0.1"_s;
        url.port = 1;
        auto opened = Store::open(url);
        QVERIFY_ERROR(opened, ErrorCode::StoreUnavailable, url.display());
    }
}

void TestStore::aReadOnlyStoreRefusesWritesAndWritesNothing()
{
    TempStore temp;
    qint64 headBefore = 0;
    {
        auto store = temp.open(u"lead"_s);
        QVERIFY(store);
        QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"before"_s));
        headBefore = headOf(*store);
    }
    QJsonObject other = connectorJson();
    other[u"name"_s] = u"files"_s;

    if (backendUnderTest() == Backend::Sqlite) {
        QVERIFY(QFile::setPermissions(temp.url().path,
                                      QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        // The folder stays writable (as a user's own folder is) so SQLite can keep its
        // shared-memory file beside the database; open to all so nobody can reach it.
        QVERIFY(QFile::setPermissions(temp.dir(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
        {
            UnprivilegedScope unprivileged;
            auto opened = Store::open(temp.url());
            QVERIFY_OK(opened);
            auto &store = *opened;
            store->setActor(u"lead"_s);
            if (!unprivileged.permissionsApply()) {
                // Still root (the user could not be switched): permission bits do not stop
                // root, so the file is writable and the store rightly does not call itself
                // read-only. Nothing more is true to test here.
                QVERIFY(!store->isReadOnly());
                return;
            }
            QVERIFY(store->isReadOnly());
            auto listed = ConnectorStore(*store).list();
            QVERIFY_OK(listed);
            QCOMPARE(listed->size(), 1);
            QVERIFY_ERROR(ConnectorStore(*store).apply(documentOf(other), u"while read-only"_s),
                          ErrorCode::StoreUnavailable, u"read-only"_s);
            QVERIFY_ERROR(ConnectorStore(*store).transition(
                              u"crm"_s, ConnectorStore::Transition::Pause, u"x"_s),
                          ErrorCode::StoreUnavailable, u"read-only"_s);
            QVERIFY_ERROR(EvidenceChain(*store).append(EvidenceEvent()),
                          ErrorCode::StoreUnavailable, u"read-only"_s);
        }
        QVERIFY(QFile::setPermissions(temp.url().path, QFile::ReadOwner | QFile::WriteOwner));
    } else {
        // PostgreSQL's equivalent: a database whose transactions are read-only (a standby, or
        // a database an administrator froze). The store must still open for reading.
        {
            RawConnection raw(temp.url());
            QVERIFY2(raw.ok(), qPrintable(raw.error()));
            QCOMPARE(raw.exec(u"ALTER DATABASE %1 SET default_transaction_read_only = on"_s.arg(
                         temp.url().database)),
                     QString());
        }
        auto opened = Store::open(temp.url());
        QVERIFY_OK(opened);
        auto &store = *opened;
        store->setActor(u"lead"_s);
        auto listed = ConnectorStore(*store).list();
        QVERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        QVERIFY_ERROR(ConnectorStore(*store).apply(documentOf(other), u"while read-only"_s),
                      ErrorCode::StoreUnavailable, u"read-only"_s);
        QVERIFY_ERROR(
            ConnectorStore(*store).transition(u"crm"_s, ConnectorStore::Transition::Pause, u"x"_s),
            ErrorCode::StoreUnavailable, u"read-only"_s);
        RawConnection raw(temp.url());
        // This session starts read-only too: make it read-write before undoing the setting.
        QCOMPARE(raw.exec(u"SET default_transaction_read_only = off"_s), QString());
        QCOMPARE(raw.exec(u"ALTER DATABASE %1 SET default_transaction_read_only = off"_s.arg(
                     temp.url().database)),
                 QString());
    }

    // Nothing was written.
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QCOMPARE(headOf(*store), headBefore);
    auto all = ConnectorStore(*store).list();
    QVERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(wordOf(all->constFirst().status), u"active"_s);
}

void TestStore::aLockedStoreFailsWithinTheBusyTimeoutAndWritesNothing()
{
    TempStore temp;
    {
        auto store = temp.open();
        QVERIFY(store);
    }
    Store::Options options;
    options.busyTimeoutMs = 200;
    auto opened = Store::open(temp.url(), options);
    QVERIFY_OK(opened);
    auto &store = *opened;
    store->setActor(u"lead"_s);
    const ConnectorDocument doc = documentOf(connectorJson());

    QElapsedTimer waited;
    std::optional<Result<ConnectorStore::ApplyResult>> applied;
    if (backendUnderTest() == Backend::Sqlite) {
        // Another connection is in the middle of a write transaction.
        RawConnection other(temp.url());
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QCOMPARE(other.exec(u"BEGIN IMMEDIATE"_s), QString());
        QCOMPARE(other.exec(u"INSERT INTO runs (id, workflow, started_at, status) "
                            u"VALUES ('other-run', 'other', 0, 'running')"_s),
                 QString());
        waited.start();
        applied = ConnectorStore(*store).apply(doc, u"while locked"_s);
        const qint64 ms = waited.elapsed();
        QCOMPARE(other.exec(u"ROLLBACK"_s), QString());
        QVERIFY2(ms < 3000,
                 qPrintable(u"the write waited %1 ms with a 200 ms busy timeout"_s.arg(ms)));
    } else {
        // PostgreSQL's equivalent: another session is inside a write and holds the writer
        // lock. It lets go after 5 s at the latest, so a writer that ignores the busy timeout
        // makes this test fail instead of hanging it.
        std::atomic<bool> holding{false};
        std::atomic<bool> release{false};
        const StoreUrl url = temp.url();
        std::unique_ptr<QThread> holder(QThread::create([&] {
            RawConnection other(url);
            other.exec(u"BEGIN"_s);
            other.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriterLockKey));
            holding = true;
            QElapsedTimer held;
            held.start();
            while (!release && held.elapsed() < 5000)
                QThread::msleep(10);
            other.exec(u"ROLLBACK"_s);
        }));
        holder->start();
        QTRY_VERIFY_WITH_TIMEOUT(holding.load(), 10000);
        waited.start();
        applied = ConnectorStore(*store).apply(doc, u"while locked"_s);
        const qint64 ms = waited.elapsed();
        release = true;
        holder->wait();
        QVERIFY2(ms < 3000,
                 qPrintable(u"the write waited %1 ms with a 200 ms busy timeout"_s.arg(ms)));
    }
    QVERIFY_ERROR(*applied, ErrorCode::StoreUnavailable, u"locked"_s);

    // Nothing half-written, and the same store writes again once the lock is gone.
    auto listed = ConnectorStore(*store).list();
    QVERIFY_OK(listed);
    QVERIFY(listed->isEmpty());
    QCOMPARE(headOf(*store), 0);
    auto retried = ConnectorStore(*store).apply(doc, u"after the lock"_s);
    QVERIFY_OK(retried);
    QCOMPARE(retried->applied, ConnectorStore::Applied::Added);
}

// --- Connectors ----------------------------------------------------------------------------

void TestStore::applyingANewConnectorAddsItWithEvidence()
{
    TempStore temp;
    auto store = temp.open(u"lead@example.com"_s);
    QVERIFY(store);
    auto applied = ConnectorStore(*store).apply(documentOf(connectorJson()), u"pilot for sales"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->applied, ConnectorStore::Applied::Added);

    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->purpose, u"Lets the sales assistant read and update small-business accounts"_s);
    QCOMPARE(crm->owner, u"sales-ops@example.com"_s);
    QCOMPARE(wordOf(crm->kind), u"business_app"_s);
    QCOMPARE(wordOf(crm->status), u"active"_s);
    QCOMPARE(wordOf(crm->lifecycle), u"limited"_s);
    QCOMPARE(wordOf(crm->mode), u"any_changes"_s);
    QCOMPARE(crm->powers.toString(), u"read,search,write"_s);
    QCOMPARE(crm->scope.size(), 2);
    QCOMPARE(crm->scope.at(1).pattern, u"crm:accounts/*/fields/ssn"_s);
    QCOMPARE(crm->scope.at(1).effect, ScopeRule::Effect::Exclude);
    QCOMPARE(crm->identity.principal, u"svc-sales-assistant"_s);
    QCOMPARE(crm->identity.lastRotated, QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(crm->freshnessLimitSecs, 3600);
    QCOMPARE(crm->createdAt, kT0);
    QCOMPARE(crm->revision, 1);

    const auto events = eventsAfter(*store, 0);
    const auto added = ofKind(events, EventKind::ConnectorAdded);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().actor, u"lead@example.com"_s);
    QCOMPARE(added.constFirst().connector, u"crm"_s);
    QCOMPARE(added.constFirst().at, kT0);
    QVERIFY2(added.constFirst().summary.contains(u"pilot for sales"_s),
             qPrintable(added.constFirst().summary));
    QCOMPARE(ofKind(events, EventKind::ToolDiscovered).size(), 2);

    auto tools = ToolStore(*store).forConnector(u"crm"_s);
    QVERIFY_OK(tools);
    QCOMPARE(tools->size(), 2);
    QCOMPARE(wordOf(tools->at(0).effectivePower()), u"read"_s);  // get_account, read-only
    QCOMPARE(wordOf(tools->at(1).effectivePower()), u"write"_s); // update_account
    for (const Tool &t : *tools)
        QCOMPARE(wordOf(t.reviewState), u"new"_s);
}

void TestStore::reapplyingAnUnchangedDocumentChangesNothing()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"first"_s));
    const qint64 head = headOf(*store);

    g_now = kT0.addSecs(60);
    auto again = ConnectorStore(*store).apply(documentOf(connectorJson()), u"again"_s);
    QVERIFY_OK(again);
    QCOMPARE(again->applied, ConnectorStore::Applied::Unchanged);
    QVERIFY2(again->changes.isEmpty(), qPrintable(again->changes.join(u"; ")));
    QCOMPARE(headOf(*store), head);
    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->revision, 1);
}

void TestStore::applyingAChangeRecordsWhatChanged_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("change");

    QJsonArray scope = connectorJson().value(u"scope"_s).toArray();
    scope.append(
        QJsonObject{{u"effect"_s, u"exclude"_s}, {u"pattern"_s, u"crm:accounts/*/fields/iban"_s}});
    QJsonObject identity = connectorJson().value(u"identity"_s).toObject();
    identity[u"principal"_s] = u"svc-other"_s;

    QTest::newRow("scope") << u"scope"_s << QJsonValue(scope) << u"scope_changed"_s
                           << u"scope rules"_s;
    QTest::newRow("powers") << u"powers"_s << QJsonValue(QJsonArray{u"read"_s, u"search"_s})
                            << u"powers_changed"_s << u"powers read,search,write → read,search"_s;
    QTest::newRow("mode") << u"permission_mode"_s << QJsonValue(u"always_ask"_s)
                          << u"mode_changed"_s << u"permission mode any_changes → always_ask"_s;
    QTest::newRow("triggers") << u"triggers"_s
                              << QJsonValue(
                                     QJsonArray{QJsonObject{{u"trigger"_s, u"production_write"_s},
                                                            {u"pattern"_s, u"crm:**"_s}}})
                              << u"mode_changed"_s << u"approval triggers"_s;
    QTest::newRow("purpose") << u"purpose"_s << QJsonValue(u"Read accounts only"_s)
                             << u"connector_changed"_s << u"purpose"_s;
    QTest::newRow("identity") << u"identity"_s << QJsonValue(identity) << u"connector_changed"_s
                              << u"identity"_s;
}

void TestStore::applyingAChangeRecordsWhatChanged()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, kind);
    QFETCH(QString, change);

    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"first"_s));
    const qint64 head = headOf(*store);

    QJsonObject changed = connectorJson();
    changed[field] = value;
    store->setActor(u"owner"_s);
    auto applied = ConnectorStore(*store).apply(documentOf(changed), u"ticket 42"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->applied, ConnectorStore::Applied::Changed);
    QCOMPARE(applied->changes, QStringList{change});

    const auto events = eventsAfter(*store, head);
    QCOMPARE(kindsOf(events), QStringList{kind});
    QCOMPARE(events.constFirst().actor, u"owner"_s);
    QCOMPARE(events.constFirst().connector, u"crm"_s);
    QVERIFY2(events.constFirst().summary.contains(change), qPrintable(events.constFirst().summary));
    QVERIFY2(events.constFirst().summary.contains(u"ticket 42"_s),
             qPrintable(events.constFirst().summary));

    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->revision, 2);
    if (field == u"identity"_s)
        QCOMPARE(crm->identity.principal, u"svc-other"_s);
    else
        QCOMPARE(connectorToJson(*crm).value(field), value);
}

void TestStore::applyingSeveralChangesRecordsOneEventPerKind()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"first"_s));
    const qint64 head = headOf(*store);

    QJsonObject changed = connectorJson();
    changed[u"scope"_s] = QJsonArray{QJsonObject{
        {u"effect"_s, u"include"_s}, {u"pattern"_s, u"crm:accounts/segment=smb/acme/**"_s}}};
    changed[u"powers"_s] = QJsonArray{u"read"_s};
    changed[u"permission_mode"_s] = u"always_ask"_s;
    auto applied = ConnectorStore(*store).apply(documentOf(changed), u"narrowed after incident"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->applied, ConnectorStore::Applied::Changed);
    QStringList kinds = kindsOf(eventsAfter(*store, head));
    kinds.sort();
    QCOMPARE(kinds, (QStringList{u"mode_changed"_s, u"powers_changed"_s, u"scope_changed"_s}));
    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->revision, 2);
    QCOMPARE(crm->scope.size(), 1);
    QCOMPARE(crm->powers.toString(), u"read"_s);
}

void TestStore::applyCannotChangeTheStatus()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"first"_s));
    const qint64 head = headOf(*store);

    QJsonObject paused = connectorJson();
    paused[u"status"_s] = u"paused"_s;
    paused[u"purpose"_s] = u"also change something allowed"_s;
    QVERIFY_ERROR(ConnectorStore(*store).apply(documentOf(paused), u"sneaky"_s),
                  ErrorCode::InvalidArgument, u"'status'"_s);
    QCOMPARE(headOf(*store), head);
    auto crm = ConnectorStore(*store).get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(wordOf(crm->status), u"active"_s);
    QCOMPARE(crm->revision, 1);
    QCOMPARE(crm->purpose, connectorJson().value(u"purpose"_s).toString());
}

void TestStore::applyingADocumentThatStatesNoStatusKeepsTheCurrentOne()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));
    QVERIFY_OK(connectors.transition(u"crm"_s, ConnectorStore::Transition::Pause, u"incident"_s));
    QVERIFY(!connectorJson().contains(u"status"_s));

    // The description file says nothing about status: editing it while the connector is
    // paused must not be read as a request to make it active.
    QJsonObject edited = connectorJson();
    edited[u"purpose"_s] = u"Read accounts only, while the incident is open"_s;
    auto applied = connectors.apply(documentOf(edited), u"narrowed while paused"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->applied, ConnectorStore::Applied::Changed);
    auto crm = connectors.get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(wordOf(crm->status), u"paused"_s);
    QCOMPARE(crm->purpose, u"Read accounts only, while the incident is open"_s);

    // Stating the current status is not a change either.
    edited[u"status"_s] = u"paused"_s;
    auto again = connectors.apply(documentOf(edited), u"same again"_s);
    QVERIFY_OK(again);
    QCOMPARE(again->applied, ConnectorStore::Applied::Unchanged);
}

void TestStore::badDocumentsAreRefusedNamingTheField_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fragment");

    const QJsonObject good = connectorJson();
    auto with = [&](const QString &key, const QJsonValue &v) {
        QJsonObject o = good;
        o[key] = v;
        return textOf(o);
    };
    QJsonObject noName = good;
    noName.remove(u"name"_s);
    QJsonObject noKind = good;
    noKind.remove(u"kind"_s);
    QJsonObject badExpiry = good.value(u"identity"_s).toObject();
    badExpiry[u"expires"_s] = u"soon"_s;
    QJsonArray badScope = good.value(u"scope"_s).toArray();
    badScope[1] = QJsonObject{{u"effect"_s, u"maybe"_s}, {u"pattern"_s, u"crm:**"_s}};
    QJsonArray namelessTool{QJsonObject{{u"description"_s, u"no name"_s}}};

    QTest::newRow("malformed JSON") << textOf(good).left(60) << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[\"crm\"]") << u"one JSON object"_s;
    QTest::newRow("unknown field") << with(u"colour"_s, u"blue"_s) << u"unknown field 'colour'"_s;
    QTest::newRow("bad power word")
        << with(u"powers"_s, QJsonArray{u"read"_s, u"teleport"_s}) << u"'powers[1]'"_s;
    QTest::newRow("missing name") << textOf(noName) << u"'name' is required"_s;
    QTest::newRow("blank name") << with(u"name"_s, u"   "_s) << u"'name'"_s;
    QTest::newRow("name with a slash") << with(u"name"_s, u"crm/prod"_s) << u"'name'"_s;
    QTest::newRow("missing kind") << textOf(noKind) << u"'kind' is required"_s;
    QTest::newRow("bad kind") << with(u"kind"_s, u"spaceship"_s) << u"'kind'"_s;
    QTest::newRow("bad time") << with(u"next_review_due"_s, u"next tuesday"_s)
                              << u"'next_review_due'"_s;
    QTest::newRow("bad identity time") << with(u"identity"_s, badExpiry) << u"'identity.expires'"_s;
    QTest::newRow("bad scope effect") << with(u"scope"_s, badScope) << u"'scope[1].effect'"_s;
    QTest::newRow("negative freshness")
        << with(u"freshness_limit_s"_s, -5) << u"'freshness_limit_s'"_s;
    QTest::newRow("tool without a name") << with(u"tools"_s, namelessTool) << u"'tools[0].name'"_s;
    QTest::newRow("bad mode") << with(u"permission_mode"_s, u"sometimes"_s)
                              << u"'permission_mode'"_s;
}

void TestStore::badDocumentsAreRefusedNamingTheField()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fragment);

    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    auto doc = connectorDocumentFromText(text, u"crm.json"_s);
    QVERIFY_ERROR(doc, ErrorCode::InvalidArgument, fragment);
    QVERIFY2(doc.message().startsWith(u"crm.json"_s), qPrintable(doc.message()));
    auto listed = ConnectorStore(*store).list();
    QVERIFY_OK(listed);
    QVERIFY(listed->isEmpty());
    QCOMPARE(headOf(*store), 0);
}

void TestStore::aStaleRevisionIsAConflict()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));

    QJsonObject first = connectorJson();
    first[u"purpose"_s] = u"edited by the first editor"_s;
    auto ok = connectors.apply(documentOf(first), u"edit 1"_s, qint64(1));
    QVERIFY_OK(ok);
    const qint64 head = headOf(*store);

    // A second editor started from revision 1 too.
    QJsonObject second = connectorJson();
    second[u"purpose"_s] = u"edited by the second editor"_s;
    QVERIFY_ERROR(connectors.apply(documentOf(second), u"edit 2"_s, qint64(1)), ErrorCode::Conflict,
                  u"revision 2"_s);
    QCOMPARE(headOf(*store), head);
    auto crm = connectors.get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->purpose, u"edited by the first editor"_s);
    QCOMPARE(crm->revision, 2);

    // Editing a connector that is not there (any more) is a conflict too.
    QJsonObject gone = connectorJson();
    gone[u"name"_s] = u"gone"_s;
    QVERIFY_ERROR(connectors.apply(documentOf(gone), u"edit"_s, qint64(3)), ErrorCode::Conflict,
                  u"gone"_s);
    auto found = connectors.find(u"gone"_s);
    QVERIFY_OK(found);
    QVERIFY(!found->has_value());
}

void TestStore::lifecycleTransitionsFollowTheRules_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QString>("transition");
    QTest::addColumn<QString>("status"); // the status afterwards, or the one named by the refusal
    QTest::addColumn<QString>("kind");   // the event recorded; empty when refused

    QTest::newRow("pause an active one")
        << QStringList() << u"pause"_s << u"paused"_s << u"connector_paused"_s;
    QTest::newRow("resume a paused one")
        << QStringList{u"pause"_s} << u"resume"_s << u"active"_s << u"connector_resumed"_s;
    QTest::newRow("disconnect an active one")
        << QStringList() << u"disconnect"_s << u"disconnected"_s << u"connector_disconnected"_s;
    QTest::newRow("disconnect a paused one") << QStringList{u"pause"_s} << u"disconnect"_s
                                             << u"disconnected"_s << u"connector_disconnected"_s;
    QTest::newRow("reconnect") << QStringList{u"disconnect"_s} << u"reconnect"_s << u"active"_s
                               << u"connector_reconnected"_s;
    QTest::newRow("retire an active one")
        << QStringList() << u"retire"_s << u"retired"_s << u"connector_retired"_s;
    QTest::newRow("retire a disconnected one")
        << QStringList{u"disconnect"_s} << u"retire"_s << u"retired"_s << u"connector_retired"_s;

    QTest::newRow("resume an active one")
        << QStringList() << u"resume"_s << u"active"_s << QString();
    QTest::newRow("pause a paused one")
        << QStringList{u"pause"_s} << u"pause"_s << u"paused"_s << QString();
    QTest::newRow("reconnect an active one")
        << QStringList() << u"reconnect"_s << u"active"_s << QString();
    QTest::newRow("pause a disconnected one")
        << QStringList{u"disconnect"_s} << u"pause"_s << u"disconnected"_s << QString();
    QTest::newRow("resume a disconnected one")
        << QStringList{u"disconnect"_s} << u"resume"_s << u"disconnected"_s << QString();
    QTest::newRow("reconnect a retired one")
        << QStringList{u"retire"_s} << u"reconnect"_s << u"retired"_s << QString();
    QTest::newRow("resume a retired one")
        << QStringList{u"retire"_s} << u"resume"_s << u"retired"_s << QString();
    QTest::newRow("retire a retired one")
        << QStringList{u"retire"_s} << u"retire"_s << u"retired"_s << QString();
}

void TestStore::lifecycleTransitionsFollowTheRules()
{
    QFETCH(QStringList, before);
    QFETCH(QString, transition);
    QFETCH(QString, status);
    QFETCH(QString, kind);

    TempStore temp;
    auto store = temp.open(u"owner"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));
    for (const QString &t : before)
        QVERIFY_OK(connectors.transition(u"crm"_s, transitionOf(t), u"setting up"_s));
    auto was = connectors.get(u"crm"_s);
    QVERIFY_OK(was);
    const qint64 head = headOf(*store);

    g_now = kT0.addSecs(300);
    const QString reason = u"suspicious export at 02:00"_s;
    auto done = connectors.transition(u"crm"_s, transitionOf(transition), reason);
    auto now = connectors.get(u"crm"_s);
    QVERIFY_OK(now);
    if (kind.isEmpty()) {
        QVERIFY_ERROR(done, ErrorCode::Conflict, u"it is "_s + status);
        QVERIFY2(done.message().contains(transition), qPrintable(done.message()));
        QCOMPARE(wordOf(now->status), status);
        QCOMPARE(now->revision, was->revision);
        QCOMPARE(headOf(*store), head);
        return;
    }
    QVERIFY_OK(done);
    QCOMPARE(*done, 0); // no pending approvals to withdraw
    QCOMPARE(wordOf(now->status), status);
    QCOMPARE(now->revision, was->revision + 1);
    QCOMPARE(now->updatedAt, g_now);
    if (status == u"retired"_s)
        QCOMPARE(wordOf(now->lifecycle), u"retired"_s);

    const auto events = eventsAfter(*store, head);
    QCOMPARE(kindsOf(events), QStringList{kind});
    const EvidenceEvent &e = events.constFirst();
    QCOMPARE(e.actor, u"owner"_s);
    QCOMPARE(e.connector, u"crm"_s);
    QCOMPARE(e.at, g_now);
    QVERIFY2(e.summary.contains(reason), qPrintable(e.summary));
    const QJsonObject payload = QJsonDocument::fromJson(e.payload).object();
    QCOMPARE(payload.value(u"reason"_s).toString(), reason);
    QCOMPARE(payload.value(u"from"_s).toString(), wordOf(was->status));
    QCOMPARE(payload.value(u"to"_s).toString(), status);
}

void TestStore::transitionOfAnUnknownConnectorIsNotFound()
{
    TempStore temp;
    auto store = temp.open(u"owner"_s);
    QVERIFY(store);
    QVERIFY_ERROR(ConnectorStore(*store).transition(u"nope"_s,
                                                    ConnectorStore::Transition::Disconnect, u"x"_s),
                  ErrorCode::NotFound, u"'nope'"_s);
    QCOMPARE(headOf(*store), 0);
}

// --- Reviews and drift ----------------------------------------------------------------------

void TestStore::reviewSnapshotsTheConnectorAndMarksItsToolsReviewed()
{
    TempStore temp;
    auto store = temp.open(u"owner"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));
    const qint64 head = headOf(*store);

    g_now = kT0.addSecs(3600);
    store->setActor(u"lead"_s);
    auto review = connectors.recordReview(u"crm"_s, u"quarterly review, scope is fine"_s, 30);
    QVERIFY_OK(review);
    QCOMPARE(review->connector, u"crm"_s);
    QCOMPARE(review->reviewedBy, u"lead"_s);
    QCOMPARE(review->reviewedAt, g_now);
    QCOMPARE(review->note, u"quarterly review, scope is fine"_s);

    const QJsonObject snapshot = QJsonDocument::fromJson(review->snapshot).object();
    QCOMPARE(snapshot.value(u"name"_s).toString(), u"crm"_s);
    QCOMPARE(snapshot.value(u"powers"_s).toArray(),
             (QJsonArray{u"read"_s, u"search"_s, u"write"_s}));
    QCOMPARE(snapshot.value(u"scope"_s).toArray().size(), 2);
    QStringList toolNames;
    for (const QJsonValue &t : snapshot.value(u"tools"_s).toArray()) {
        toolNames << t.toObject().value(u"name"_s).toString();
        QCOMPARE(t.toObject().value(u"review_state"_s).toString(), u"reviewed"_s);
        QVERIFY(!t.toObject().value(u"definition_hash"_s).toString().isEmpty());
    }
    QCOMPARE(toolNames, (QStringList{u"get_account"_s, u"update_account"_s}));

    auto latest = connectors.latestReview(u"crm"_s);
    QVERIFY_OK(latest);
    QVERIFY(latest->has_value());
    QCOMPARE((*latest)->id, review->id);
    QCOMPARE((*latest)->snapshot, review->snapshot);

    auto tools = ToolStore(*store).forConnector(u"crm"_s);
    QVERIFY_OK(tools);
    for (const Tool &t : *tools) {
        QCOMPARE(wordOf(t.reviewState), u"reviewed"_s);
        QCOMPARE(t.reviewedHash, t.definitionHash);
        QVERIFY(!t.hasDrifted());
    }
    auto crm = connectors.get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->lastReviewBy, u"lead"_s);
    QCOMPARE(crm->lastReviewAt, g_now);
    QCOMPARE(crm->nextReviewDue, g_now.addDays(30));

    const auto events = eventsAfter(*store, head);
    QCOMPARE(kindsOf(events), QStringList{u"review_recorded"_s});
    const QJsonObject payload = QJsonDocument::fromJson(events.constFirst().payload).object();
    QCOMPARE(payload.value(u"review_id"_s).toString(), review->id);
    QCOMPARE(payload.value(u"snapshot_sha256"_s).toString(),
             QString::fromLatin1(sha256Hex(review->snapshot)));

    // Applying the same document again keeps the review facts (they come from reviews).
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"again"_s));
    crm = connectors.get(u"crm"_s);
    QVERIFY_OK(crm);
    QCOMPARE(crm->lastReviewBy, u"lead"_s);
    QCOMPARE(crm->nextReviewDue, g_now.addDays(30));
}

void TestStore::aToolDefinitionChangedAfterReviewIsDrift_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("description")
        << u"description"_s
        << QJsonValue(u"Change fields of one account; also deletes it when asked"_s);
    QTest::newRow("annotations") << u"annotations"_s
                                 << QJsonValue(QJsonObject{{u"readOnlyHint"_s, false}});
    QTest::newRow("input schema")
        << u"input_schema"_s
        << QJsonValue(QJsonObject{
               {u"type"_s, u"object"_s},
               {u"properties"_s, QJsonObject{{u"sql"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}});
}

void TestStore::aToolDefinitionChangedAfterReviewIsDrift()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);

    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));
    QVERIFY_OK(connectors.recordReview(u"crm"_s, u"ok"_s));
    const qint64 head = headOf(*store);

    QJsonObject tool = toolNamed(connectorJson(), u"update_account"_s);
    tool[key] = value;
    store->setActor(u"gateway"_s);
    auto applied = connectors.apply(documentOf(withTool(connectorJson(), tool)), u"tools/list"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->applied, ConnectorStore::Applied::Changed);
    QCOMPARE(applied->changes, QStringList{u"tool update_account changed"_s});

    auto changed = ToolStore(*store).find(u"crm"_s, u"update_account"_s);
    QVERIFY_OK(changed);
    QVERIFY(changed->has_value());
    QCOMPARE(wordOf((*changed)->reviewState), u"changed"_s);
    QVERIFY((*changed)->hasDrifted());
    QVERIFY((*changed)->definitionHash != (*changed)->reviewedHash);
    auto untouched = ToolStore(*store).find(u"crm"_s, u"get_account"_s);
    QVERIFY_OK(untouched);
    QCOMPARE(wordOf((*untouched)->reviewState), u"reviewed"_s);
    QVERIFY(!(*untouched)->hasDrifted());

    // The tool's drift, and the connector change that carries the reason.
    const auto events = eventsAfter(*store, head);
    const auto toolChanged = ofKind(events, EventKind::ToolChanged);
    QCOMPARE(toolChanged.size(), 1);
    QCOMPARE(toolChanged.constFirst().tool, u"update_account"_s);
    QCOMPARE(toolChanged.constFirst().actor, u"gateway"_s);
    const auto connectorChanged = ofKind(events, EventKind::ConnectorChanged);
    QCOMPARE(connectorChanged.size(), 1);
    QVERIFY2(connectorChanged.constFirst().summary.contains(u"tools/list"_s),
             qPrintable(connectorChanged.constFirst().summary));
    QCOMPARE(events.size(), 2);

    // Going back to exactly what was reviewed is no longer drift.
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"reverted"_s));
    changed = ToolStore(*store).find(u"crm"_s, u"update_account"_s);
    QVERIFY_OK(changed);
    QCOMPARE(wordOf((*changed)->reviewState), u"reviewed"_s);
}

void TestStore::aToolFirstSeenAfterReviewIsNew()
{
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    ConnectorStore connectors(*store);
    QVERIFY_OK(connectors.apply(documentOf(connectorJson()), u"first"_s));
    QVERIFY_OK(connectors.recordReview(u"crm"_s, u"ok"_s));
    const qint64 head = headOf(*store);

    const QJsonObject added{{u"name"_s, u"delete_account"_s},
                            {u"description"_s, u"Delete one account"_s},
                            {u"annotations"_s, QJsonObject{{u"destructiveHint"_s, true}}}};
    auto applied = connectors.apply(documentOf(withTool(connectorJson(), added)), u"tools/list"_s);
    QVERIFY_OK(applied);
    QCOMPARE(applied->changes, QStringList{u"tool delete_account added"_s});
    auto tool = ToolStore(*store).find(u"crm"_s, u"delete_account"_s);
    QVERIFY_OK(tool);
    QVERIFY(tool->has_value());
    QCOMPARE(wordOf((*tool)->reviewState), u"new"_s);
    QVERIFY((*tool)->hasDrifted());
    const auto events = eventsAfter(*store, head);
    QCOMPARE(ofKind(events, EventKind::ToolDiscovered).size(), 1);
    QCOMPARE(ofKind(events, EventKind::ToolDiscovered).constFirst().tool, u"delete_account"_s);
    QCOMPARE(ofKind(events, EventKind::ConnectorChanged).size(), 1);
    QCOMPARE(events.size(), 2);

    // The next review covers it.
    QVERIFY_OK(connectors.recordReview(u"crm"_s, u"delete reviewed"_s));
    tool = ToolStore(*store).find(u"crm"_s, u"delete_account"_s);
    QVERIFY_OK(tool);
    QCOMPARE(wordOf((*tool)->reviewState), u"reviewed"_s);
}

// --- Runs ----------------------------------------------------------------------------------

void TestStore::startingARunTwiceRecordsItOnce()
{
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    RunStore runs(*store);

    Run run;
    run.id = u"run-0001"_s;
    run.workflow = u"renewals"_s;
    run.trigger = u"cron 06:00"_s;
    run.identity = u"svc-sales-assistant"_s;
    auto first = runs.start(run);
    QVERIFY_OK(first);
    QCOMPARE(first->startedAt, kT0);

    // A retry (perhaps with a different view of things) returns what was recorded.
    g_now = kT0.addSecs(5);
    Run retry = run;
    retry.workflow = u"something else"_s;
    auto second = runs.start(retry);
    QVERIFY_OK(second);
    QCOMPARE(second->workflow, u"renewals"_s);
    QCOMPARE(second->startedAt, kT0);

    auto page = runs.page({}, {}, 10);
    QVERIFY_OK(page);
    QCOMPARE(page->size(), 1);
    auto events = EvidenceChain(*store).forRun(u"run-0001"_s);
    QVERIFY_OK(events);
    QCOMPARE(kindsOf(*events), QStringList{u"run_started"_s});
    QCOMPARE(events->constFirst().actor, u"gateway"_s);

    Run nameless;
    nameless.id = u"run-0002"_s;
    QVERIFY_ERROR(runs.start(nameless), ErrorCode::InvalidArgument, u"workflow"_s);
}

void TestStore::finishingARunRecordsWhereAndWhyItStopped()
{
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    RunStore runs(*store);
    Run run;
    run.id = u"run-0001"_s;
    run.workflow = u"renewals"_s;
    QVERIFY_OK(runs.start(run));
    const qint64 stoppedAt = headOf(*store);

    g_now = kT0.addSecs(42);
    QVERIFY_OK(
        runs.finish(run.id, RunStatus::Stopped, u"approval for send_email expired"_s, stoppedAt));
    auto ended = runs.get(run.id);
    QVERIFY_OK(ended);
    QCOMPARE(wordOf(ended->status), u"stopped"_s);
    QCOMPARE(ended->endedAt, g_now);
    QCOMPARE(ended->stopReason, u"approval for send_email expired"_s);
    QCOMPARE(ended->stoppedAtSeq, stoppedAt);

    auto events = EvidenceChain(*store).forRun(run.id);
    QVERIFY_OK(events);
    QCOMPARE(kindsOf(*events), (QStringList{u"run_started"_s, u"run_ended"_s}));
    const EvidenceEvent &e = events->constLast();
    QVERIFY2(e.summary.contains(u"approval for send_email expired"_s), qPrintable(e.summary));
    QVERIFY2(e.summary.contains(u"stopped"_s), qPrintable(e.summary));
    QCOMPARE(wordOf(e.result), u"failure"_s);

    // Finishing again the same way is a harmless retry; another ending is a conflict.
    const qint64 head = headOf(*store);
    QVERIFY_OK(
        runs.finish(run.id, RunStatus::Stopped, u"approval for send_email expired"_s, stoppedAt));
    QVERIFY_ERROR(runs.finish(run.id, RunStatus::Succeeded, QString()), ErrorCode::Conflict,
                  u"already ended as stopped"_s);
    QCOMPARE(headOf(*store), head);
    QVERIFY_ERROR(runs.finish(run.id, RunStatus::Running, QString()), ErrorCode::InvalidArgument,
                  u"running"_s);
    QVERIFY_ERROR(runs.finish(u"run-9999"_s, RunStatus::Failed, QString()), ErrorCode::NotFound,
                  u"run-9999"_s);
}

namespace {
struct SeededRun
{
    QString id;
    QString workflow;
    QString status;
    QDateTime startedAt;
};

// 25 runs, three to a start time (so the id must break ties), two workflows, mixed ends.
QList<SeededRun> seedRuns(Store &store)
{
    QList<SeededRun> seeded;
    RunStore runs(store);
    for (int i = 0; i < 25; ++i) {
        Run run;
        run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        run.workflow = i % 2 == 0 ? u"renewals"_s : u"onboarding"_s;
        run.startedAt = kT0.addSecs(-600 * (i / 3));
        if (!runs.start(run))
            qFatal("cannot seed runs");
        QString status = u"running"_s;
        if (i % 3 == 1) {
            status = u"succeeded"_s;
            if (!runs.finish(run.id, RunStatus::Succeeded, QString()))
                qFatal("cannot finish a seeded run");
        } else if (i % 5 == 0) {
            status = u"failed"_s;
            if (!runs.finish(run.id, RunStatus::Failed, u"tool error"_s))
                qFatal("cannot finish a seeded run");
        }
        seeded << SeededRun{run.id, run.workflow, status, run.startedAt};
    }
    // What the pages must show, worked out here: newest first, ties by id descending.
    std::sort(seeded.begin(), seeded.end(), [](const SeededRun &a, const SeededRun &b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
    });
    return seeded;
}

// Walks every page of size limit; fails (returns what it has) on a runaway.
QStringList walkPages(RunStore &runs, const RunStore::Filter &filter, int limit, QString *error)
{
    QStringList ids;
    RunStore::Cursor cursor;
    for (int pages = 0; pages < 100; ++pages) {
        auto page = runs.page(filter, cursor, limit);
        if (!page) {
            *error = page.message();
            return ids;
        }
        if (page->size() > limit) {
            *error = u"a page held %1 rows, more than its limit %2"_s.arg(page->size()).arg(limit);
            return ids;
        }
        for (const Run &r : *page)
            ids << r.id;
        if (page->size() < limit)
            return ids;
        cursor = {page->constLast().startedAt, page->constLast().id};
    }
    *error = u"paging did not end"_s;
    return ids;
}
} // namespace

void TestStore::pagingReturnsEveryRunOnceNewestFirst()
{
    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    const QList<SeededRun> seeded = seedRuns(*store);
    QStringList expected;
    for (const SeededRun &r : seeded)
        expected << r.id;

    RunStore runs(*store);
    for (int limit : {1, 3, 7, 25, 100}) {
        QString error;
        const QStringList ids = walkPages(runs, {}, limit, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ids.size(), 25);
        QCOMPARE(ids, expected);
    }
}

void TestStore::pagingFiltersByStatusAndWorkflow_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("workflow");

    QTest::newRow("succeeded") << u"succeeded"_s << QString();
    QTest::newRow("running") << u"running"_s << QString();
    QTest::newRow("failed") << u"failed"_s << QString();
    QTest::newRow("renewals") << QString() << u"renewals"_s;
    QTest::newRow("onboarding and succeeded") << u"succeeded"_s << u"onboarding"_s;
    QTest::newRow("no such workflow") << QString() << u"payroll"_s;
    QTest::newRow("blocked (none)") << u"blocked"_s << QString();
}

void TestStore::pagingFiltersByStatusAndWorkflow()
{
    QFETCH(QString, status);
    QFETCH(QString, workflow);

    TempStore temp;
    auto store = temp.open(u"gateway"_s);
    QVERIFY(store);
    const QList<SeededRun> seeded = seedRuns(*store);
    QStringList expected;
    for (const SeededRun &r : seeded) {
        if ((status.isEmpty() || r.status == status) &&
            (workflow.isEmpty() || r.workflow == workflow))
            expected << r.id;
    }
    RunStore::Filter filter;
    if (!status.isEmpty())
        filter.status = parseWord<RunStatus>(status);
    filter.workflow = workflow;
    RunStore runs(*store);
    QString error;
    const QStringList ids = walkPages(runs, filter, 4, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
