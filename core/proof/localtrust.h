#pragma once

// What this machine knows about a store, outside the store: the public keys whose checkpoints
// it trusts, and its witness — the newest checkpoint it has seen for that store. Whoever
// rewrites the store cannot rewrite these (they live under the user's data folder), so a
// store that fell behind or changed since is caught.
//
// Every Airlock process — the console, airlockctl, airlock-gate — keeps them in ONE folder,
// whatever its application name, so a checkpoint any of them saw is a witness for all:
//
//   <trustFolder>/checkpoint-key.pem        this machine's signing key (0600)
//   <trustFolder>/trusted-keys/*.pem        public keys of other signers (PEM)
//   <trustFolder>/witnesses/<id>.checkpoint one per store: hash of the store's identity

#include "checkpoint.h"
#include "result.h"
#include "store/storeurl.h"

#include <QList>
#include <optional>

namespace airlock {

// <GenericDataLocation>/airlock/airlock (~/.local/share/airlock/airlock on Linux): the folder the
// console and airlockctl have always used (their AppDataLocation), now also the gate's, whose
// own application name would give it another one.
QString trustFolder();

// A store's identity for witnesses: the SQLite file's absolute path, or the PostgreSQL
// server and database (whoever logs in, it is one store).
QString storeIdentity(const StoreUrl &url);
QString witnessPath(const StoreUrl &url);

// The witness for url, if this machine has one. A file that cannot be read is an error.
Result<std::optional<Checkpoint>> readWitness(const StoreUrl &url);
// Makes checkpoint the witness for url (atomically, 0600).
Status rememberWitness(const StoreUrl &url, const Checkpoint &checkpoint);

struct TrustedKeys
{
    QList<QByteArray> keys; // raw Ed25519 public keys
    bool trusts(const QByteArray &publicKey) const { return keys.contains(publicKey); }
};
// This machine's own key (when it has one; a key file with a wide mode is an error) and the
// public keys under trusted-keys/.
Result<TrustedKeys> trustedKeys();

} // namespace airlock
