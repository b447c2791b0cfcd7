#pragma once

// A signed checkpoint: "this store's log had `size` events, whose Merkle root was `root` and
// whose last event was #headSeq with chain hash headHash, at `time`", signed with Ed25519.
// The signed bytes are a small fixed text (body()), so a third party checks it with
// `openssl pkeyutl -verify -rawin`:
//
//   airlock checkpoint 1
//   store <store id>
//   size <events>
//   root <hex Merkle root, RFC 9162>
//   head <seq> <hex chain hash of that event>
//   time <UTC, ISO 8601 with milliseconds>
//   key <hex SHA-256 of the signer's raw public key>
//
// The envelope (what the store's checkpoints table and a witness file keep) adds the
// signer's public key and the signature, base64, on two more lines.

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace airlock {

class SigningKey;

struct Checkpoint
{
    QString storeId;
    qint64 size = 0;
    QByteArray root;     // raw 32 bytes
    qint64 headSeq = 0;  // 0 for an empty log
    QByteArray headHash; // hex, as the evidence table stores it (the genesis link when empty)
    QDateTime time;      // UTC, milliseconds
    QByteArray publicKey; // raw 32 bytes
    QByteArray signature; // raw 64 bytes

    QString keyId() const;
    QByteArray body() const; // the signed bytes
    QByteArray envelope() const;
    bool signatureValid() const;
    // "checkpoint of 12 events made 2026-12-07 21:40:01 UTC"
    QString describe() const;

    Status signWith(const SigningKey &key);
    // Reads an envelope; lines starting with '#' are comments.
    static Result<Checkpoint> parse(const QByteArray &envelope);
};

} // namespace airlock
