#pragma once

#include "result.h"
#include "store/store.h"

#include <QCoreApplication>
#include <memory>

namespace airlock {

class StoreKeychain;

// Where the password of a PostgreSQL store came from, in the order they are tried.
enum class PasswordSource {
    None,     // a SQLite store: no password
    Given,    // in the URL, or typed in the Open Store dialog: this session only
    Keychain, // saved in the OS keychain
    PassFile, // none given or saved: libpq reads PGPASSFILE or ~/.pgpass (or the server needs none)
};

// Opens a store the way the console does: a PostgreSQL URL without a password takes the one
// saved in the OS keychain when there is one; otherwise libpq's PGPASSFILE / ~/.pgpass applies
// as always. A failure says where the password came from, so the user knows where to fix it.
class StoreOpener final
{
    Q_DECLARE_TR_FUNCTIONS(airlock::StoreOpener)

public:
    explicit StoreOpener(StoreKeychain &keychain) : keychain_(keychain) {}

    Result<std::unique_ptr<Store>> open(StoreUrl url, const Store::Options &options = {});

    // Of the last open(): where the password came from, and (PassFile) why not from the keychain.
    PasswordSource source() const { return source_; }
    const QString &keychainProblem() const { return keychainProblem_; }

private:
    StoreKeychain &keychain_;
    PasswordSource source_ = PasswordSource::None;
    QString keychainProblem_;
};

} // namespace airlock
