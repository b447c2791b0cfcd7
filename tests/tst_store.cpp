// The store itself: opening and migrating, store URLs, and the ways a store can be unusable
// (missing, not a store, read-only, locked). Runs once per back end (AIRLOCK_TEST_BACKEND);
// where SQLite and PostgreSQL fail differently, each test asserts its back end's equivalent.
// What is kept in a store has its own suites: tst_connectors and tst_runs.

#include "clock.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store/toolstore.h"
#include "testassertions.h"
#include "testfixtures.h"
#include "teststore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <atomic>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::backendUnderTest;
using airlock::test::chainIntact;
using airlock::test::connectorJson;
using airlock::test::documentOf;
using airlock::test::eventsAfter;
using airlock::test::g_now;
using airlock::test::headOf;
using airlock::test::kT0;
using airlock::test::ofKind;
using airlock::test::TempStore;

namespace {

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

    // The environment: a store file deleted or replaced under an open Store
    void aWriteIntoADeletedStoreFileIsRefusedAndCreatesNothing();
    void aWriteIntoAReplacedStoreFileIsRefusedAndLeavesTheNewFileAlone();
    void aStoreThatMustExistIsNotCreated();
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
    // Not file names: a URL with one slash too few, or another database's scheme.
    QTest::newRow("sqlite with one slash")
        << u"sqlite:/tmp/evidence.db"_s << u"unknown scheme 'sqlite'"_s;
    QTest::newRow("file scheme") << u"file:evidence.db"_s << u"unknown scheme 'file'"_s;
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

// --- The environment: deleted and replaced store files --------------------------------------

void TestStore::aWriteIntoADeletedStoreFileIsRefusedAndCreatesNothing()
{
    if (backendUnderTest() != Backend::Sqlite)
        QSKIP("a PostgreSQL store is not a file: a dropped database is refused by the server");
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"before"_s));
    // Someone deletes the store (as `rm evidence.db` does: the WAL and its index stay).
    QVERIFY(QFile::remove(temp.url().path));
    QVERIFY(!QFileInfo::exists(temp.url().path));

    QJsonObject other = connectorJson();
    other[u"name"_s] = u"files"_s;
    auto applied = ConnectorStore(*store).apply(documentOf(other), u"after the file was deleted"_s);
    QVERIFY_ERROR(applied, ErrorCode::StoreUnavailable, u"was deleted since it was opened"_s);
    QVERIFY2(applied.message().contains(temp.url().path), qPrintable(applied.message()));
    QVERIFY2(applied.message().contains(u"nothing was recorded"_s), qPrintable(applied.message()));
    QVERIFY_ERROR(store->checkFile(), ErrorCode::StoreUnavailable, u"deleted"_s);
    // Nothing appeared where the store was, not even after another process tries to read it.
    QVERIFY2(!QFileInfo::exists(temp.url().path), "a new file appeared at the store's path");
    Store::Options reader;
    reader.migrate = false;
    QVERIFY_ERROR(Store::open(temp.url(), reader), ErrorCode::NotFound, u"does not exist"_s);
    QVERIFY2(!QFileInfo::exists(temp.url().path),
             "a reader created a new file at the store's path");
}

void TestStore::aWriteIntoAReplacedStoreFileIsRefusedAndLeavesTheNewFileAlone()
{
    if (backendUnderTest() != Backend::Sqlite)
        QSKIP("a PostgreSQL store is not a file");
    TempStore temp;
    auto store = temp.open(u"lead"_s);
    QVERIFY(store);
    QVERIFY_OK(ConnectorStore(*store).apply(documentOf(connectorJson()), u"before"_s));
    // Another, valid Airlock store is moved over the path (a restore from backup, a sync tool).
    const QString otherPath = temp.dir() + u"/other.db"_s;
    qint64 otherHead = 0;
    {
        StoreUrl url;
        url.path = otherPath;
        auto other = Store::open(url);
        QVERIFY_OK(other);
        (*other)->setActor(u"lead"_s);
        QJsonObject doc = connectorJson();
        doc[u"name"_s] = u"restored"_s;
        QVERIFY_OK(ConnectorStore(**other).apply(documentOf(doc), u"in the other store"_s));
        QVERIFY_OK((*other)->execDirect(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        otherHead = headOf(**other);
    }
    // (Its own WAL checkpointed first: SQLite would replay a WAL left beside the path into
    // whatever file stands there, which is not what this test is about.)
    QVERIFY_OK(store->execDirect(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    QVERIFY(::rename(QFile::encodeName(otherPath).constData(),
                     QFile::encodeName(temp.url().path).constData()) == 0);

    QJsonObject third = connectorJson();
    third[u"name"_s] = u"files"_s;
    auto applied =
        ConnectorStore(*store).apply(documentOf(third), u"after the file was replaced"_s);
    QVERIFY_ERROR(applied, ErrorCode::StoreUnavailable,
                  u"was replaced by another file since it was opened"_s);
    QVERIFY2(applied.message().contains(u"nothing was recorded"_s), qPrintable(applied.message()));

    // The file now at the path is the other store, untouched.
    auto reopened = Store::open(temp.url());
    QVERIFY_OK(reopened);
    QCOMPARE(headOf(**reopened), otherHead);
    auto names = ConnectorStore(**reopened).list();
    QVERIFY_OK(names);
    QCOMPARE(names->size(), 1);
    QCOMPARE(names->constFirst().name, u"restored"_s);
}

void TestStore::aStoreThatMustExistIsNotCreated()
{
    if (backendUnderTest() != Backend::Sqlite)
        QSKIP("a PostgreSQL store is a database the server has or has not: nothing is created");
    TempStore temp;
    StoreUrl url;
    url.path = temp.dir() + u"/typo.db"_s;
    Store::Options mustExist;
    mustExist.create = false;
    auto opened = Store::open(url, mustExist);
    QVERIFY_ERROR(opened, ErrorCode::NotFound, url.path);
    QVERIFY2(opened.message().contains(u"does not exist"_s), qPrintable(opened.message()));
    QVERIFY(!QFileInfo::exists(url.path));
    // Asked to create (the default, as `airlockctl init` does), it does.
    QVERIFY_OK(Store::open(url));
    QVERIFY(QFileInfo::exists(url.path));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
