#pragma once

#include "result.h"
#include "sqldialect.h"
#include "storeurl.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>
#include <memory>

class QSqlError;

namespace airlock {

// One open evidence store: a connection for the thread that opened it, the schema brought up
// to date, and the single way to write (one transaction holding the writer lock).
// Not thread-safe: every thread opens its own Store (one named connection per thread).
class Store final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)

public:
    struct Options
    {
        int busyTimeoutMs = 5000; // how long a writer waits for the lock before "locked"
        bool migrate = true;      // bring the schema up to date on open
        bool createDirectory = false; // create the SQLite file's folder if missing
        // Create the SQLite file if it does not exist. Without migrate it is never created:
        // an empty file is of no use to a reader, and would stand where a deleted store was.
        bool create = true;
    };

    static Result<std::unique_ptr<Store>> open(const StoreUrl &url, const Options &options);
    static Result<std::unique_ptr<Store>> open(const StoreUrl &url) { return open(url, Options()); }
    ~Store() override;

    const StoreUrl &url() const { return url_; }
    Backend backend() const { return url_.backend; }
    QSqlDatabase database() const;
    int schemaVersion() const { return schemaVersion_; }
    bool isReadOnly() const { return readOnly_; }

    // The identity recorded as the actor of this store's writes. In shared mode (a PostgreSQL
    // store where `airlockctl admin setup-roles` has been run) it is always the database
    // login (session_user): setActor() is ignored there, and the database refuses any other name.
    QString actor() const { return actor_; }
    void setActor(const QString &actor)
    {
        if (!shared_)
            actor_ = actor;
    }
    // Shared mode: who may do what is enforced by the database (core/store/storeroles.h).
    bool isShared() const { return shared_; }
    // The database login of this connection (session_user); empty on SQLite.
    const QString &sessionUser() const { return sessionUser_; }
    // Re-reads the login and whether the store is in shared mode (after setup-roles).
    Status refreshIdentity();

    // Runs body inside one write transaction holding the writer lock (BEGIN IMMEDIATE on
    // SQLite, an advisory transaction lock on PostgreSQL). Commits when body succeeds,
    // rolls back and returns its error otherwise. Nested calls join the outer transaction.
    // SqlDialect::Lock::None is for appending evidence on PostgreSQL, which needs no lock.
    Status write(const std::function<Status()> &body,
                 SqlDialect::Lock lock = SqlDialect::Lock::Exclusive);
    bool inWrite() const { return writeDepth_ > 0; }

    // PostgreSQL: evidence waits in evidence_intake until the database seals it into the log
    // (migration 8). seal() seals what waits now and tells where `eventId` (if given) is.
    // Outside a write it is its own short transaction; inside one it joins it (and holds the
    // seal lock until that commits). An error is a failed statement (inside a write, the
    // transaction is lost); a log that cannot be sealed is `problem`, and nothing is lost.
    struct SealedLink
    {
        qint64 seq = 0; // 0: not (yet) in the log
        QByteArray prevHash;
        QByteArray hash;
        QString problem; // why nothing could be sealed (a head poisoned past the guards)
    };
    Result<SealedLink> seal(const QString &eventId = {});

    // The evidence chain's head as last written inside the current write transaction, so a
    // batch of appends reads it once. Valid only while the writer lock is held.
    struct ChainHead
    {
        qint64 seq = -1; // -1: unknown, read it from the table
        QByteArray hash;
    };
    ChainHead &chainHead() { return chainHead_; }

    // Marks a topic ("connectors", "approvals", "runs", "evidence") as changed by the
    // current write; other processes are told on commit (NOTIFY on PostgreSQL; SQLite
    // readers see the WAL change).
    void touch(const QString &topic) { touched_.insert(topic); }
    // Tells this process's subscribers about a change committed outside write() (a CALL that
    // commits by itself); other processes were told by the database.
    void announce(const QStringList &topics) { Q_EMIT committed(topics); }

    // Prepares (once per connection, then cached) and executes sql with positional binds.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds = {});
    // For one-off statements that must not be cached (DDL, PRAGMA).
    Status execDirect(const QString &sql);

    // PostgreSQL: whether this session's connection is encrypted, as the server reports it
    // (pg_stat_ssl for this backend), not as the URL asks. SQLite: false (a local file).
    Result<bool> sessionEncrypted();

    // PostgreSQL: closes and reopens the connection (after a server restart or a network
    // drop). exec() does this by itself, once, when a statement outside a write fails on a
    // dead connection; write() does it when its BEGIN fails so. A write that fails half way
    // is never retried: its error reaches the caller.
    Status reconnect();
    // True when the connection can still run a statement (a cheap round trip).
    bool connectionAlive();

    // SQLite: whether the file at the store's path is still the one this Store opened (same
    // device and inode). A deleted or replaced file fails with StoreUnavailable and says so;
    // write() checks it inside every write transaction, before anything is written, so
    // nothing is recorded into a file nobody will read again. PostgreSQL: always fine.
    Status checkFile() const;

    // Turns a driver error into a value with a message a user can act on.
    Error errorFrom(const QSqlError &error, const QString &what) const;

Q_SIGNALS:
    // A write transaction of this Store committed a change; topics are what it touched.
    // A transaction that changed nothing (no topic touched, no row changed) is not announced.
    void committed(const QStringList &topics);

private:
    explicit Store(const StoreUrl &url);
    Status connect(const Options &options);
    Status configureSqlite();
    Status configurePostgres();
    Status migrate();
    Status readSchemaVersion();

    Status rememberFile();

    StoreUrl url_;
    Options options_;
    struct FileId
    {
        quint64 device = 0;
        quint64 inode = 0;
        bool known = false;
    } file_; // SQLite: the file this Store opened
    SqlDialect dialect_;
    QString connectionName_;
    QString actor_;
    QString sessionUser_;
    bool shared_ = false;
    int schemaVersion_ = 0;
    bool readOnly_ = false;
    int writeDepth_ = 0;
    bool retrying_ = false; // exec() is running a statement again after a reconnect
    ChainHead chainHead_;
    QSet<QString> touched_;
    bool changed_ = false; // the current write changed rows (announced even without a topic)
    QHash<QString, std::shared_ptr<QSqlQuery>> prepared_;
};

// Converts between the store's representation (milliseconds, '' for none) and Qt types.
QVariant toDb(const QDateTime &t);
// SQL NULL. (A null QString is bound as '' by Store::exec, so text columns never get NULL by accident.)
inline QVariant sqlNull() { return QVariant(); }
QDateTime timeFromDb(const QVariant &v);
QString newId(); // a client-made id: a UUID without braces

// Reads every row of an executed statement with read(row) and releases the statement.
template<typename T, typename Read>
Result<QList<T>> collectRows(Result<QSqlQuery *> query, Read read)
{
    if (!query)
        return query.error();
    QList<T> rows;
    while ((*query)->next())
        rows << read(**query);
    (*query)->finish();
    return rows;
}

} // namespace airlock
