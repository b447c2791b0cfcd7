#include "teststore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace airlock::test {

Backend backendUnderTest()
{
    return qEnvironmentVariable("AIRLOCK_TEST_BACKEND") == u"postgres"_s ? Backend::Postgres
                                                                         : Backend::Sqlite;
}

QString adminExec(const StoreUrl &admin, const QString &sql)
{
    const QString name = u"airlock-test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        db.setDatabaseName(admin.database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

TempStore::TempStore()
{
    if (!dir_.isValid()) {
        error_ = u"cannot create a temporary folder"_s;
        return;
    }
    if (backendUnderTest() == Backend::Sqlite) {
        url_.backend = Backend::Sqlite;
        url_.path = dir_.filePath(u"evidence.db"_s);
        return;
    }
    const QString adminText = qEnvironmentVariable("AIRLOCK_TEST_PG_URL");
    if (adminText.isEmpty()) {
        error_ = u"AIRLOCK_TEST_PG_URL is not set: run the suite through scripts/with-postgres.sh "
                 u"(scripts/test.sh does)"_s;
        return;
    }
    auto admin = StoreUrl::parse(adminText);
    if (!admin) {
        error_ = admin.message();
        return;
    }
    database_ = u"airlock_t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    error_ = adminExec(*admin, u"CREATE DATABASE %1"_s.arg(database_));
    url_ = *admin;
    url_.database = database_;
}

TempStore::~TempStore()
{
    if (!database_.isEmpty()) {
        StoreUrl admin = url_;
        admin.database = StoreUrl::parse(qEnvironmentVariable("AIRLOCK_TEST_PG_URL"))->database;
        adminExec(admin, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database_));
    }
}

QString TempStore::urlText() const
{
    if (url_.backend == Backend::Sqlite)
        return u"sqlite://"_s + url_.path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(url_.user, url_.host, QString::number(url_.port),
                                             url_.database);
}

std::unique_ptr<Store> TempStore::open(const QString &actor)
{
    if (!ok()) {
        qWarning("temporary store unavailable: %s", qPrintable(error_));
        return nullptr;
    }
    auto store = Store::open(url_);
    if (!store) {
        qWarning("cannot open %s: %s", qPrintable(urlText()), qPrintable(store.message()));
        return nullptr;
    }
    (*store)->setActor(actor);
    return std::move(*store);
}

QString airlockctlPath()
{
    return QStringLiteral(AIRLOCKCTL_PATH);
}

CliResult runCli(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.start(airlockctlPath(), args);
    CliResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "cannot start airlockctl: " + p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "airlockctl timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace airlock::test
