#include "signingkey.h"

#include "localtrust.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace airlock {

struct SigningKey::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return u"unknown OpenSSL error"_s;
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

struct Bio
{
    BIO *bio;
    explicit Bio(BIO *b) : bio(b) {}
    ~Bio() { BIO_free(bio); }
    Q_DISABLE_COPY_MOVE(Bio)
};

// The file's permission bits as the octal mode ls shows (owner/group/others).
int modeOf(QFileDevice::Permissions p)
{
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01}};
    for (const auto &[flag, bit] : bits) {
        if (p.testFlag(flag))
            mode |= bit;
    }
    return mode;
}

Result<QByteArray> rawPublicKey(EVP_PKEY *pkey)
{
    QByteArray raw(32, '\0');
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(pkey, reinterpret_cast<unsigned char *>(raw.data()), &length) != 1
        || length != 32)
        return Error{ErrorCode::Integrity, u"cannot read the Ed25519 public key: %1"_s.arg(opensslError())};
    return raw;
}

} // namespace

SigningKey::SigningKey(std::unique_ptr<Key> key, QString path, QByteArray publicKey)
    : key_(std::move(key))
    , path_(std::move(path))
    , publicKey_(std::move(publicKey))
{
}

SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey &&) noexcept = default;
SigningKey &SigningKey::operator=(SigningKey &&) noexcept = default;

QString SigningKey::defaultPath()
{
    // Beside the witnesses, in the one folder every Airlock process shares (localtrust.h).
    return QDir(trustFolder()).filePath(u"checkpoint-key.pem"_s);
}

Result<SigningKey> SigningKey::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::NotFound, u"no checkpoint key at %1"_s.arg(path)};
    // Before reading a byte: a key others can read may already be someone else's too.
    if (const int mode = modeOf(file.permissions()); (mode & 077) != 0)
        return Error{ErrorCode::Denied,
                     u"the checkpoint key %1 has mode %2: others could read or replace it, so it "
                     u"cannot vouch for the store (make it 0600: chmod 600 '%1')"_s.arg(
                         path, u"0"_s + QString::number(mode, 8))};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::StoreUnavailable, u"cannot read the checkpoint key %1: %2"_s.arg(path, file.errorString())};
    const QByteArray pem = file.readAll();
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    auto key = std::make_unique<Key>();
    key->pkey = PEM_read_bio_PrivateKey(bio.bio, nullptr, nullptr, nullptr);
    if (!key->pkey)
        return Error{ErrorCode::Integrity, u"the checkpoint key %1 is not a PEM private key: %2"_s.arg(path, opensslError())};
    if (EVP_PKEY_get_id(key->pkey) != EVP_PKEY_ED25519)
        return Error{ErrorCode::Integrity, u"the checkpoint key %1 is not an Ed25519 key"_s.arg(path)};
    auto pub = rawPublicKey(key->pkey);
    if (!pub)
        return pub.error();
    return SigningKey(std::move(key), path, *pub);
}

Result<SigningKey> SigningKey::loadOrCreate(const QString &path)
{
    if (QFile::exists(path))
        return load(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{ErrorCode::StoreUnavailable, u"cannot create the folder of %1"_s.arg(path)};
    auto key = std::make_unique<Key>();
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    const bool made = ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &key->pkey) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!made)
        return Error{ErrorCode::Integrity, u"cannot make an Ed25519 key: %1"_s.arg(opensslError())};
    Bio bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.bio, key->pkey, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return Error{ErrorCode::Integrity, u"cannot encode the checkpoint key: %1"_s.arg(opensslError())};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.bio, &data);
    const QByteArray pem(data, length);
    // NewOnly: two processes making the key at once must not overwrite each other's. The
    // file is narrowed to 0600 while still empty, before the key is written into it.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFile::exists(path))
            return load(path);
        return Error{ErrorCode::StoreUnavailable, u"cannot create the checkpoint key %1: %2"_s.arg(path, file.errorString())};
    }
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(pem) != pem.size()
        || !file.flush()) {
        file.remove();
        return Error{ErrorCode::StoreUnavailable, u"cannot write the checkpoint key %1: %2"_s.arg(path, file.errorString())};
    }
    file.close();
    auto pub = rawPublicKey(key->pkey);
    if (!pub)
        return pub.error();
    return SigningKey(std::move(key), path, *pub);
}

Result<QByteArray> SigningKey::sign(const QByteArray &message) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature(64, '\0');
    size_t length = size_t(signature.size());
    const bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, key_->pkey) == 1
        && EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                          reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok || length != 64)
        return Error{ErrorCode::Integrity, u"cannot sign with %1: %2"_s.arg(path_, opensslError())};
    return signature;
}

bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    EVP_PKEY *pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                 reinterpret_cast<const unsigned char *>(publicKey.constData()), 32);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = pkey && ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pkey) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()), 64,
                            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    ERR_clear_error();
    return ok;
}

QString keyIdOf(const QByteArray &publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> readPublicKeyPem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, u"cannot read the public key %1: %2"_s.arg(path, file.errorString())};
    const QByteArray pem = file.readAll();
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio.bio, nullptr, nullptr, nullptr);
    if (!pkey || EVP_PKEY_get_id(pkey) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(pkey);
        ERR_clear_error();
        return Error{ErrorCode::InvalidArgument, u"%1 is not an Ed25519 public key (PEM)"_s.arg(path)};
    }
    auto raw = rawPublicKey(pkey);
    EVP_PKEY_free(pkey);
    return raw;
}

QByteArray publicKeyPem(const QByteArray &publicKey)
{
    EVP_PKEY *pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                 reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                                 size_t(publicKey.size()));
    if (!pkey)
        return {};
    Bio bio(BIO_new(BIO_s_mem()));
    QByteArray pem;
    if (PEM_write_bio_PUBKEY(bio.bio, pkey) == 1) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio.bio, &data);
        pem = QByteArray(data, length);
    }
    EVP_PKEY_free(pkey);
    return pem;
}

} // namespace airlock
