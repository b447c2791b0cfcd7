#pragma once

#include "result.h"
#include "store/storeurl.h"

#include <QObject>
#include <functional>
#include <optional>

namespace airlock {

// What the OS keychain is on this machine, as far as Airlock can use it.
struct KeychainStatus
{
    bool usable = false;
    QString backend; // e.g. "GNOME Keyring", "KWallet", "KeePassXC"; empty when not usable
    QString problem; // why not usable, in QtKeychain's words
};

// The passwords of PostgreSQL stores in the OS keychain, through QtKeychain (the Secret Service
// on Linux: GNOME Keyring, KWallet, KeePassXC…). An entry is named by the store without its
// password (user@host:port/database), so one login on one server has one saved password.
// Nothing is ever written anywhere else: QtKeychain's plain-text fallback stays off.
//
// QtKeychain answers asynchronously; every operation has a callback form, which runs on this
// object's thread (never after this object is gone), and a blocking form that waits in a local
// event loop without user input. Both give up after timeout() milliseconds: a keychain that
// asks to be unlocked and nobody answers must not hold the console.
class StoreKeychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreKeychain)

public:
    explicit StoreKeychain(QObject *parent = nullptr);

    // The keychain service name under which Airlock's entries are kept.
    static QString serviceName();
    // The entry's name for a store: user@host:port/database; empty for a SQLite store.
    static QString accountFor(const StoreUrl &url);

    int timeout() const { return timeoutMs_; }
    void setTimeout(int milliseconds) { timeoutMs_ = milliseconds; }

    using StatusCallback = std::function<void(const KeychainStatus &)>;
    using PasswordCallback = std::function<void(const Result<std::optional<QString>> &)>;
    using DoneCallback = std::function<void(const Status &)>;

    // Whether the keychain answers at all (a real read of a probe entry).
    void probe(const StatusCallback &done);
    // The saved password of a store: a value, nullopt when none is saved, or an error when the
    // keychain cannot be used (its reason).
    void lookUp(const StoreUrl &url, const PasswordCallback &done);
    void save(const StoreUrl &url, const QString &password, const DoneCallback &done);
    // Removes the store's saved password; forgetting one that is not saved is not an error.
    void forget(const StoreUrl &url, const DoneCallback &done);

    KeychainStatus probeNow();
    Result<std::optional<QString>> lookUpNow(const StoreUrl &url);
    Status saveNow(const StoreUrl &url, const QString &password);
    Status forgetNow(const StoreUrl &url);

    // The keychain program behind the Secret Service (or KWallet) on the session bus, for
    // saying where a password is; "the system keychain" when it cannot be told.
    static QString backendName();

private:
    QString noAnswer() const; // what a call that timed out says
    int timeoutMs_ = 15000;
};

} // namespace airlock
