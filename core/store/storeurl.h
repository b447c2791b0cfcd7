#pragma once

#include "result.h"

#include <QString>
#include <QUrlQuery>

namespace airlock {

enum class Backend { Sqlite, Postgres };

// Names an evidence store: sqlite:///path/evidence.db or
// postgresql://user[:password]@host[:port]/db[?sslmode=…&sslrootcert=…].
struct StoreUrl
{
    Backend backend = Backend::Sqlite;
    QString path;     // SQLite file
    QString host;     // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString options;  // libpq options for QPSQL, "k=v;k=v"

    static Result<StoreUrl> parse(const QString &text);
    // sqlite:///<AppDataLocation>/evidence.db
    static StoreUrl defaultLocal();
    // Whether text starts with a URL scheme ("mysql://", "sqlite:/", "file:"), which parse()
    // refuses unless it is sqlite:// or postgresql://, instead of taking it for a file name.
    static bool hasScheme(const QString &text);

    // The URL without the password, for display and logs.
    QString display() const;
    // A short human name: the file name, or database@host.
    QString shortName() const;
};

} // namespace airlock
