#include "store.h"

#include "migrations.h"
#include "storeroles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QRandomGenerator>
#include <QThread>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
constexpr auto kNotifyChannel = "airlock_changes";

bool isSqliteBusy(const QSqlError &e)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), including extended codes (code & 0xff).
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}
} // namespace

QVariant toDb(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFromDb(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Store::Store(const StoreUrl &url)
    : url_(url)
    , dialect_{url.backend}
    , connectionName_(u"airlock-"_s + newId())
{
}

Store::~Store()
{
    prepared_.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName_, false);
        if (db.isOpen()) {
            if (writeDepth_ > 0)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName_);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(connectionName_, false);
}

Result<std::unique_ptr<Store>> Store::open(const StoreUrl &url, const Options &options)
{
    std::unique_ptr<Store> store(new Store(url));
    if (Status s = store->connect(options); !s)
        return s.error();
    if (Status s = store->refreshIdentity(); !s)
        return s.error();
    // Read first, and take the writer lock only when the schema is behind: a read-only
    // store (or a role without DDL rights) that is up to date opens fine.
    if (Status s = store->readSchemaVersion(); !s)
        return s.error();
    if (options.migrate && !store->readOnly_ && store->schemaVersion_ < latestSchemaVersion()) {
        // One transaction: a shared store's roles cover the tables and columns the migrations
        // add, or neither is applied (a later open then tries both again).
        Store &s = *store;
        const Status migrated = s.write([&s]() -> Status {
            if (Status m = s.migrate(); !m)
                return m;
            return s.isShared() ? setupRoles(s) : Status(); // known since refreshIdentity()
        });
        if (!migrated)
            return migrated.error();
    }
    if (store->schemaVersion_ > latestSchemaVersion()) {
        return Error{ErrorCode::StoreUnavailable,
                     u"store %1 has schema version %2, newer than this Airlock understands (%3): "
                     u"upgrade Airlock"_s.arg(url.display(), QString::number(store->schemaVersion_),
                                              QString::number(latestSchemaVersion()))};
    }
    if (store->schemaVersion_ != latestSchemaVersion()) {
        return Error{ErrorCode::StoreUnavailable,
                     u"store %1 has schema version %2, this Airlock needs %3%4"_s.arg(
                         url.display(), QString::number(store->schemaVersion_),
                         QString::number(latestSchemaVersion()),
                         store->readOnly_ ? u" and cannot migrate a read-only store"_s : QString())};
    }
    return store;
}

Status Store::connect(const Options &options)
{
    options_ = options;
    if (!QSqlDatabase::isDriverAvailable(dialect_.driverName())) {
        return Status::failure(ErrorCode::StoreUnavailable,
                               u"the Qt SQL driver %1 is not installed (Debian package %2)"_s.arg(
                                   dialect_.driverName(), url_.backend == Backend::Sqlite
                                                              ? u"libqt6sql6-sqlite"_s
                                                              : u"libqt6sql6-psql"_s));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect_.driverName(), connectionName_);
    if (url_.backend == Backend::Sqlite) {
        const QFileInfo file(url_.path);
        const QDir dir = file.absoluteDir();
        if (!dir.exists()) {
            if (!options.createDirectory || !QDir().mkpath(dir.absolutePath()))
                return Status::failure(ErrorCode::StoreUnavailable,
                                       u"cannot open store %1: folder %2 does not exist"_s.arg(
                                           url_.path, dir.absolutePath()));
        }
        if (file.exists() && !file.isFile())
            return Status::failure(ErrorCode::StoreUnavailable,
                                   u"cannot open store %1: not a file"_s.arg(url_.path));
        if (!file.exists() && (!options.create || !options.migrate))
            return Status::failure(
                ErrorCode::NotFound,
                u"store %1 does not exist (nothing was created)"_s.arg(url_.path));
        readOnly_ = file.exists() ? !file.isWritable()
                                  : !QFileInfo(dir.absolutePath()).isWritable();
        if (readOnly_ && !file.exists())
            return Status::failure(ErrorCode::StoreUnavailable,
                                   u"cannot create store %1: folder is read-only"_s.arg(url_.path));
        QString opts = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs);
        if (readOnly_)
            opts += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(opts);
        db.setDatabaseName(url_.path);
    } else {
        db.setHostName(url_.host);
        db.setPort(url_.port);
        db.setDatabaseName(url_.database);
        db.setUserName(url_.user);
        db.setPassword(url_.password);
        QString opts = url_.options;
        // A network that drops without a reset would leave any statement waiting for an answer
        // for as long as the kernel retransmits (about 15 minutes), on whichever thread runs it
        // (a console's UI thread too): TCP keepalives and a user timeout make the kernel give up
        // on a silent peer within about 10 s, and the statement fails as StoreUnavailable.
        // What the URL says wins.
        const QList<QPair<QString, QString>> defaults = {
            {u"connect_timeout"_s, u"10"_s}, {u"keepalives"_s, u"1"_s}, {u"keepalives_idle"_s, u"5"_s},
            {u"keepalives_interval"_s, u"2"_s}, {u"keepalives_count"_s, u"2"_s},
            {u"tcp_user_timeout"_s, u"10000"_s}};
        for (const auto &[name, value] : defaults) {
            bool given = false;
            for (const QString &o : opts.split(u';', Qt::SkipEmptyParts))
                given = given || o.section(u'=', 0, 0).trimmed() == name;
            if (!given)
                opts += (opts.isEmpty() ? u""_s : u";"_s) + name + u'=' + value;
        }
        db.setConnectOptions(opts);
    }
    if (!db.open())
        return Status(errorFrom(db.lastError(), u"cannot open store %1"_s.arg(url_.display())));
    if (url_.backend == Backend::Sqlite) {
        if (Status s = configureSqlite(); !s)
            return s;
        return rememberFile();
    }
    return configurePostgres();
}

namespace {
struct FileStat
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
};

FileStat statFile(const QString &path)
{
    FileStat f;
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        f.exists = true;
        f.device = quint64(st.st_dev);
        f.inode = quint64(st.st_ino);
    }
#else
    f.exists = QFileInfo::exists(path); // no inode to compare: a deleted file is still caught
#endif
    return f;
}
} // namespace

Status Store::rememberFile()
{
    // The file exists now (SQLite created it, or it was there): remember which one it is.
    const FileStat f = statFile(url_.path);
    if (!f.exists)
        return Status::failure(ErrorCode::StoreUnavailable,
                               u"store %1 disappeared while it was being opened"_s.arg(url_.path));
    file_ = {f.device, f.inode, true};
    return {};
}

Status Store::checkFile() const
{
    if (url_.backend != Backend::Sqlite || !file_.known)
        return {};
    const FileStat now = statFile(url_.path);
    if (!now.exists)
        return Status::failure(ErrorCode::StoreUnavailable,
                               u"the store file %1 was deleted since it was opened; nothing was "
                               u"recorded"_s.arg(url_.path));
    if (now.device != file_.device || now.inode != file_.inode)
        return Status::failure(
            ErrorCode::StoreUnavailable,
            u"the store file %1 was replaced by another file since it was opened; "
            u"nothing was recorded"_s.arg(url_.path));
    return {};
}

Status Store::configurePostgres()
{
    if (Status s = execDirect(u"SET client_min_messages TO warning"_s); !s)
        return s;
    // The PostgreSQL counterpart of SQLite's busy timeout: a writer waiting for the writer
    // lock gives up after the same time instead of waiting forever.
    if (Status s = execDirect(u"SET lock_timeout = %1"_s.arg(options_.busyTimeoutMs)); !s)
        return s;
    QSqlQuery ro(database());
    if (ro.exec(u"SHOW transaction_read_only"_s) && ro.next())
        readOnly_ = ro.value(0).toString() == u"on"_s;
    return {};
}

Status Store::refreshIdentity()
{
    if (url_.backend != Backend::Postgres)
        return {};
    QSqlQuery q(database());
    if (!q.exec(u"SELECT session_user::text, to_regprocedure('airlock_shared_mode()') IS NOT NULL"_s) || !q.next())
        return Status(errorFrom(q.lastError(), u"cannot read the session's login on %1"_s.arg(url_.display())));
    sessionUser_ = q.value(0).toString();
    shared_ = q.value(1).toBool();
    if (shared_)
        actor_ = sessionUser_;
    return {};
}

bool Store::connectionAlive()
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(u"SELECT 1"_s) && q.next();
}

Status Store::reconnect()
{
    if (url_.backend != Backend::Postgres)
        return {};
    if (writeDepth_ > 0)
        return Status::failure(ErrorCode::StoreUnavailable,
                               u"the connection to %1 was lost during a write: nothing of it was "
                               u"committed"_s.arg(url_.display()));
    prepared_.clear(); // statements belong to the old connection
    QSqlDatabase db = database();
    db.close();
    if (!db.open())
        return Status(errorFrom(db.lastError(), u"cannot reconnect to store %1"_s.arg(url_.display())));
    return configurePostgres();
}

Result<bool> Store::sessionEncrypted()
{
    if (url_.backend != Backend::Postgres)
        return false;
    auto q = exec(u"SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)"_s);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{ErrorCode::StoreUnavailable, u"the server did not report the session's encryption"_s};
    const bool encrypted = (*q)->value(0).toBool();
    (*q)->finish();
    return encrypted;
}

Status Store::configureSqlite()
{
    // Any first statement proves the file is a SQLite database.
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA schema_version"_s))
        return Status(errorFrom(q.lastError(), u"cannot open store %1"_s.arg(url_.path)));
    if (!readOnly_) {
        if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next())
            return Status(errorFrom(q.lastError(), u"cannot switch %1 to WAL"_s.arg(url_.path)));
        // Setting WAL can silently fail (e.g. on some network file systems): check it.
        if (q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return Status::failure(ErrorCode::StoreUnavailable,
                                   u"store %1 cannot use WAL journaling (got '%2')"_s.arg(
                                       url_.path, q.value(0).toString()));
    }
    for (const auto &pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (Status s = execDirect(pragma); !s)
            return s;
    }
    return {};
}

Status Store::readSchemaVersion()
{
    QSqlQuery q(database());
    const QString probe = url_.backend == Backend::Sqlite
        ? u"SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_migrations'"_s
        // Whether the table exists, whatever the login may read: a login without a role then
        // gets "permission denied" below instead of trying to create the schema.
        : u"SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
          u"WHERE n.nspname = current_schema() AND c.relname = 'schema_migrations'"_s;
    if (!q.exec(probe) || !q.next())
        return Status(errorFrom(q.lastError(), u"cannot read the schema of %1"_s.arg(url_.display())));
    if (q.value(0).toInt() == 0) {
        schemaVersion_ = 0;
        return {};
    }
    if (!q.exec(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s) || !q.next())
        return Status(errorFrom(q.lastError(), u"cannot read the schema version"_s));
    schemaVersion_ = q.value(0).toInt();
    return {};
}

Status Store::migrate()
{
    return write([this]() -> Status {
        if (Status s = execDirect(uR"(CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL,
                description TEXT NOT NULL))"_s);
            !s)
            return s;
        if (Status s = readSchemaVersion(); !s)
            return s;
        if (schemaVersion_ > latestSchemaVersion()) {
            return Status::failure(ErrorCode::StoreUnavailable,
                                   u"store %1 has schema version %2, newer than this Airlock "
                                   u"understands (%3): upgrade Airlock"_s.arg(
                                       url_.display(), QString::number(schemaVersion_),
                                       QString::number(latestSchemaVersion())));
        }
        for (const Migration &m : migrations()) {
            if (m.version <= schemaVersion_)
                continue;
            for (const QString &sql : m.statements(url_.backend)) {
                if (Status s = execDirect(sql); !s)
                    return Status::failure(ErrorCode::Integrity,
                                           u"migration %1 failed: %2"_s.arg(m.version).arg(s.message()));
            }
            QSqlQuery q(database());
            q.prepare(u"INSERT INTO schema_migrations (version, applied_at, description) VALUES (?, ?, ?)"_s);
            q.addBindValue(m.version);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            q.addBindValue(m.description);
            if (!q.exec())
                return Status(errorFrom(q.lastError(), u"cannot record migration %1"_s.arg(m.version)));
            schemaVersion_ = m.version;
            touch(u"schema"_s);
        }
        return {};
    });
}

Status Store::write(const std::function<Status()> &body, SqlDialect::Lock lock)
{
    if (readOnly_) {
        return Status::failure(ErrorCode::StoreUnavailable,
                               u"store %1 is read-only: nothing was written"_s.arg(url_.display()));
    }
    if (writeDepth_ > 0)
        return body();

    QSqlDatabase db = database();
    QSqlQuery q(db);
    // SQLite's busy handler is not fair: a writer that just committed can take the lock
    // straight back while others sleep. A few retries after a random pause let them in.
    for (int attempt = 0;; ++attempt) {
        bool begun = true;
        for (const QString &sql : dialect_.beginWrite(lock)) {
            if (q.exec(sql))
                continue;
            begun = false;
            const QSqlError error = q.lastError();
            if (url_.backend == Backend::Postgres && attempt == 0 && !connectionAlive()) {
                // Nothing was done yet: after a server restart, a fresh connection may begin.
                if (Status s = reconnect(); !s)
                    return s;
                db = database();
                q = QSqlQuery(db);
                break;
            }
            if (url_.backend == Backend::Postgres)
                QSqlQuery(db).exec(u"ROLLBACK"_s);
            if (url_.backend == Backend::Sqlite && isSqliteBusy(error) && attempt < 3) {
                QThread::msleep(1 + QRandomGenerator::global()->bounded(25));
                break;
            }
            return Status(errorFrom(error, u"cannot start a write on %1"_s.arg(url_.display())));
        }
        if (begun)
            break;
    }
    // Holding the writer lock: a file deleted or replaced under this Store is noticed before
    // anything is written into it (the write would go to a file nobody reads again).
    if (Status file = checkFile(); !file) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return file;
    }
    touched_.clear();
    changed_ = false;
    chainHead_ = {};
    ++writeDepth_;
    Status result = body();
    --writeDepth_;
    chainHead_ = {}; // another process may append as soon as the lock is released
    if (result && url_.backend == Backend::Postgres && !touched_.isEmpty()) {
        // Delivered at commit only; the payload is a hint, readers always re-query.
        QStringList topics(touched_.cbegin(), touched_.cend());
        topics.sort();
        QSqlQuery notify(db);
        notify.prepare(u"SELECT pg_notify('%1', ?)"_s.arg(QLatin1String(kNotifyChannel)));
        notify.addBindValue(topics.join(u','));
        if (!notify.exec())
            result = Status(errorFrom(notify.lastError(), u"cannot announce the change"_s));
    }
    if (!result) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        touched_.clear();
        return result;
    }
    if (!q.exec(u"COMMIT"_s)) {
        const Error e = errorFrom(q.lastError(), u"cannot commit to %1"_s.arg(url_.display()));
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        touched_.clear();
        return Status(e);
    }
    QStringList topics(touched_.cbegin(), touched_.cend());
    topics.sort();
    touched_.clear();
    // A transaction that changed nothing announces nothing: an announcement wakes every
    // subscriber into a re-read, and a subscriber whose re-read wrote would never rest.
    if (!topics.isEmpty() || changed_)
        Q_EMIT committed(topics);
    return {};
}

Result<Store::SealedLink> Store::seal(const QString &eventId)
{
    if (url_.backend != Backend::Postgres)
        return SealedLink{};
    auto q = exec(u"SELECT sealed_seq, sealed_prev, sealed_hash, problem FROM airlock_seal(?)"_s, {eventId});
    if (!q)
        return Error{q.code(), u"the evidence log cannot be sealed: %1"_s.arg(q.message())};
    SealedLink link;
    if ((*q)->next()) {
        if (!(*q)->value(0).isNull())
            link = {(*q)->value(0).toLongLong(), (*q)->value(1).toString().toLatin1(),
                    (*q)->value(2).toString().toLatin1(), QString()};
        link.problem = (*q)->value(3).toString();
    }
    (*q)->finish();
    return link;
}

Result<QSqlQuery *> Store::exec(const QString &sql, const QVariantList &binds)
{
    auto &slot = prepared_[sql];
    if (!slot) {
        auto q = std::make_shared<QSqlQuery>(database());
        if (!q->prepare(sql)) {
            const Error e = errorFrom(q->lastError(), u"cannot prepare a statement"_s);
            prepared_.remove(sql);
            return e;
        }
        slot = q;
    }
    QSqlQuery *q = slot.get();
    q->finish();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // Qt binds a null QString as NULL; Airlock's text columns mean "" by it.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q->bindValue(i, QString(u""_s));
        else
            q->bindValue(i, v);
    }
    if (!q->exec()) {
        const Error e = errorFrom(q->lastError(), u"statement failed"_s);
        // A read after a server restart or a network drop: reconnect once and run it again.
        // Inside a write the transaction is gone with the connection: report the error.
        if (url_.backend == Backend::Postgres && writeDepth_ == 0 && !retrying_ && !connectionAlive()) {
            if (Status s = reconnect(); !s)
                return s.error();
            retrying_ = true; // one more attempt on the fresh connection, no more
            auto again = exec(sql, binds);
            retrying_ = false;
            return again;
        }
        return e;
    }
    if (writeDepth_ > 0 && !q->isSelect() && q->numRowsAffected() > 0)
        changed_ = true; // a change its writer did not name a topic for still counts
    return q;
}

Status Store::execDirect(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return Status(errorFrom(q.lastError(), u"statement failed on %1"_s.arg(url_.display())));
    if (writeDepth_ > 0)
        changed_ = true; // DDL and PRAGMAs inside a write: assume they changed something
    return {};
}

Error Store::errorFrom(const QSqlError &error, const QString &what) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString native = error.nativeErrorCode();
    if (url_.backend == Backend::Sqlite) {
        bool ok = false;
        const int code = native.toInt(&ok) & 0xff;
        if (isSqliteBusy(error))
            return {ErrorCode::StoreUnavailable,
                    u"%1: the store is locked by another process (gave up waiting)"_s.arg(what)};
        if (ok && code == 8)
            return {ErrorCode::StoreUnavailable, u"%1: the store is read-only"_s.arg(what)};
        if (ok && (code == 26 || code == 11))
            return {ErrorCode::StoreUnavailable,
                    u"%1: %2 is not an Airlock store or is damaged (%3)"_s.arg(what, url_.path, detail)};
        if (ok && code == 14)
            return {ErrorCode::StoreUnavailable, u"%1: cannot open the file (%2)"_s.arg(what, detail)};
        if (ok && code == 19) {
            if (detail.contains(u"no_self_approval"_s))
                return {ErrorCode::SelfApproval, u"%1: a requester cannot decide their own request"_s.arg(what)};
            return {ErrorCode::InvalidArgument, u"%1: %2"_s.arg(what, detail)};
        }
        if (detail.contains(u"append-only"_s))
            return {ErrorCode::Integrity, u"%1: %2"_s.arg(what, detail)};
    } else {
        // SQLSTATE classes: 08 connection, 23 integrity, 42501 privilege, 57 operator intervention.
        if (native.startsWith(u"08"_s) || native.startsWith(u"57"_s) || native.isEmpty())
            return {ErrorCode::StoreUnavailable, u"%1: %2"_s.arg(what, detail.trimmed())};
        if (native == u"23514"_s && detail.contains(u"no_self_approval"_s))
            return {ErrorCode::SelfApproval, u"%1: a requester cannot decide their own request"_s.arg(what)};
        if (native.startsWith(u"23"_s) || native.startsWith(u"22"_s))
            return {ErrorCode::InvalidArgument, u"%1: %2"_s.arg(what, detail.trimmed())};
        if (native == u"55P03"_s)
            return {ErrorCode::StoreUnavailable,
                    u"%1: the store is locked by another process (gave up waiting)"_s.arg(what)};
        if (native == u"25006"_s)
            return {ErrorCode::StoreUnavailable, u"%1: the store is read-only"_s.arg(what)};
        if (native == u"42501"_s) {
            // Privileges (GRANT), row-level security and the shared-mode guards all say 42501.
            QString why = detail.trimmed();
            if (why.startsWith(u"ERROR:"_s))
                why = why.mid(6).trimmed();
            if (why.endsWith(u"(42501)"_s))
                why = why.chopped(7).trimmed();
            if (why.startsWith(u"permission denied"_s) || why.contains(u"row-level security"_s))
                why = u"your login '%1' has no role that allows this (%2)"_s.arg(sessionUser_, why);
            return {ErrorCode::Denied, u"%1: the database refused: %2"_s.arg(what, why)};
        }
    }
    return {ErrorCode::StoreUnavailable, u"%1: %2"_s.arg(what, detail.trimmed())};
}

} // namespace airlock
