#include "passwordlogin.h"

#include <QSettings>

#include <QFile>

#include "teststore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace airlock::test {

PasswordLogin::PasswordLogin()
{
    const QString group = qEnvironmentVariable("AIRLOCK_TEST_PG_PASSWORD_GROUP");
    auto admin = StoreUrl::parse(qEnvironmentVariable("AIRLOCK_TEST_PG_URL"));
    if (group.isEmpty() || qEnvironmentVariableIsEmpty("AIRLOCK_TEST_PG_URL") || !admin) {
        error_ = u"AIRLOCK_TEST_PG_URL and AIRLOCK_TEST_PG_PASSWORD_GROUP are not set: run the suite "
                 u"through scripts/with-postgres.sh (scripts/test.sh does)"_s;
        return;
    }
    admin_ = *admin;
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    // Characters a password file and a URL must carry as they are.
    password_ = u"pw:"_s + QUuid::createUuid().toString(QUuid::Id128).left(16) + u" \\'q"_s;
    url_ = admin_;
    url_.user = u"airlock_pw_"_s + id;
    url_.password.clear();
    url_.database = u"airlock_pwdb_"_s + id;
    QString quoted = password_;
    quoted.replace(u'\'', u"''"_s);
    error_ = adminExec(admin_, u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3"_s.arg(url_.user, quoted, group));
    if (error_.isEmpty())
        error_ = adminExec(admin_, u"CREATE DATABASE %1 OWNER %2"_s.arg(url_.database, url_.user));
}

PasswordLogin::~PasswordLogin()
{
    if (url_.user.isEmpty())
        return;
    adminExec(admin_, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(url_.database));
    adminExec(admin_, u"DROP ROLE IF EXISTS %1"_s.arg(url_.user));
}

QString PasswordLogin::urlText() const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(url_.user, url_.host, QString::number(url_.port), url_.database);
}

QString PasswordLogin::passFileLine(const QString &password) const
{
    // hostname:port:database:username:password, with ':' and '\' escaped by '\'.
    QString escaped = password;
    escaped.replace(u'\\', u"\\\\"_s).replace(u':', u"\\:"_s);
    return u"%1:%2:%3:%4:%5\n"_s.arg(url_.host, QString::number(url_.port), url_.database, url_.user, escaped);
}

QByteArray settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePassFile(const QString &path, const QString &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(content.toUtf8());
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace airlock::test
