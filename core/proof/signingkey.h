#pragma once

// The Ed25519 key that signs checkpoints (OpenSSL's libcrypto). It lives OUTSIDE the store:
// whoever can write the store must not be able to sign for it. A 0600 PEM file, made on
// first use; a file anyone but its owner can read or write is refused.

#include "result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace airlock {

class SigningKey
{
public:
    ~SigningKey();
    SigningKey(SigningKey &&) noexcept;
    SigningKey &operator=(SigningKey &&) noexcept;
    Q_DISABLE_COPY(SigningKey)

    // <trustFolder()>/checkpoint-key.pem (localtrust.h)
    static QString defaultPath();
    // Reads the key at path; refuses a file whose mode is wider than 0600.
    static Result<SigningKey> load(const QString &path);
    // Reads the key at path, or makes a new one there (mode 0600) when there is none.
    static Result<SigningKey> loadOrCreate(const QString &path);

    const QString &path() const { return path_; }
    // The 32 raw bytes of the public key.
    QByteArray publicKey() const { return publicKey_; }
    // The 64-byte Ed25519 signature of message.
    Result<QByteArray> sign(const QByteArray &message) const;

private:
    struct Key;
    SigningKey(std::unique_ptr<Key> key, QString path, QByteArray publicKey);

    std::unique_ptr<Key> key_;
    QString path_;
    QByteArray publicKey_;
};

// True when signature is publicKey's (32 raw bytes) Ed25519 signature of message.
bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
// A public key's name: hex SHA-256 of its 32 raw bytes.
QString keyIdOf(const QByteArray &publicKey);
// The raw public key in a PEM "PUBLIC KEY" file (for keys trusted from other machines).
Result<QByteArray> readPublicKeyPem(const QString &path);
// The PEM "PUBLIC KEY" text of a raw Ed25519 public key (what `openssl pkeyutl` reads).
QByteArray publicKeyPem(const QByteArray &publicKey);

} // namespace airlock
