#pragma once

#include "store/storeurl.h"

#include <QString>

namespace airlock::test {

// keychain: a PostgreSQL login that must give its password (SCRAM over TCP) on the server of
// scripts/with-postgres.sh, which trusts every other login: the login is made a member of
// AIRLOCK_TEST_PG_PASSWORD_GROUP. It owns a fresh database; both are dropped again.
class PasswordLogin
{
public:
    PasswordLogin();
    ~PasswordLogin();
    Q_DISABLE_COPY_MOVE(PasswordLogin)

    bool ok() const { return error_.isEmpty(); }
    const QString &error() const { return error_; }
    // The store of this login, without its password.
    const StoreUrl &url() const { return url_; }
    QString urlText() const;
    const QString &password() const { return password_; }
    // A line for a PGPASSFILE that gives this login password.
    QString passFileLine(const QString &password) const;

private:
    StoreUrl admin_;
    StoreUrl url_;
    QString password_;
    QString error_;
};

// Everything the settings file holds, as bytes: a password must not be anywhere in it.
QByteArray settingsFileBytes();
// Writes a PGPASSFILE readable by its owner only (libpq ignores one that others may read).
bool writePassFile(const QString &path, const QString &content);

} // namespace airlock::test
