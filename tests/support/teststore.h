#pragma once

#include "store/store.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace airlock::test {

// The back end a suite runs against: AIRLOCK_TEST_BACKEND=sqlite|postgres (ctest registers
// each store suite once per back end). PostgreSQL needs AIRLOCK_TEST_PG_URL, which
// scripts/with-postgres.sh sets; without it the suite fails — it never skips silently.
Backend backendUnderTest();

// Runs one admin statement as admin (e.g. AIRLOCK_TEST_PG_URL); returns the error, or "".
QString adminExec(const StoreUrl &admin, const QString &sql);

// A fresh, empty store for one test: a file in a temporary folder, or a new PostgreSQL
// database that is dropped again when this object goes.
class TempStore
{
public:
    TempStore();
    ~TempStore();
    Q_DISABLE_COPY_MOVE(TempStore)

    bool ok() const { return error_.isEmpty(); }
    const QString &error() const { return error_; }
    const StoreUrl &url() const { return url_; }
    QString urlText() const;
    QString dir() const { return dir_.path(); }

    // Opens (and migrates) the store as actor; fails the test on error (returns null).
    std::unique_ptr<Store> open(const QString &actor = QStringLiteral("tester"));

private:
    QTemporaryDir dir_;
    StoreUrl url_;
    QString database_;
    QString error_;
};

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString text() const { return QString::fromUtf8(out); }
    QString errorText() const { return QString::fromUtf8(err); }
};

// Runs the real airlockctl binary built beside the tests.
CliResult runCli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000);
QString airlockctlPath();

} // namespace airlock::test
