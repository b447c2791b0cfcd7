#include "localtrust.h"

#include "signingkey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

QString dataDir()
{
    return trustFolder();
}

} // namespace

QString trustFolder()
{
    // Not AppDataLocation: that one follows the process's organisation and application names,
    // which differ between the console ("airlock"), airlockctl and the gate ("airlock-gate").
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"airlock/airlock"_s);
}

QString storeIdentity(const StoreUrl &url)
{
    if (url.backend == Backend::Sqlite) {
        const QFileInfo file(url.path);
        const QString canonical = file.canonicalFilePath();
        return u"sqlite://"_s + (canonical.isEmpty() ? file.absoluteFilePath() : canonical);
    }
    return u"postgresql://%1:%2/%3"_s.arg(url.host.toLower(), QString::number(url.port), url.database);
}

QString witnessPath(const StoreUrl &url)
{
    const QByteArray id = QCryptographicHash::hash(storeIdentity(url).toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(dataDir()).filePath(u"witnesses/%1.checkpoint"_s.arg(QString::fromLatin1(id.left(32))));
}

Result<std::optional<Checkpoint>> readWitness(const StoreUrl &url)
{
    const QString path = witnessPath(url);
    QFile file(path);
    if (!file.exists())
        return std::optional<Checkpoint>();
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::StoreUnavailable, u"cannot read the witness %1: %2"_s.arg(path, file.errorString())};
    auto parsed = Checkpoint::parse(file.readAll());
    if (!parsed)
        return Error{ErrorCode::Integrity, u"the witness %1 is damaged: %2"_s.arg(path, parsed.message())};
    return std::optional<Checkpoint>(*parsed);
}

Status rememberWitness(const StoreUrl &url, const Checkpoint &checkpoint)
{
    const QString path = witnessPath(url);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(ErrorCode::StoreUnavailable, u"cannot create the folder of %1"_s.arg(path));
    QSaveFile file(path);
    const QByteArray text = "# the newest checkpoint this machine has seen of " + storeIdentity(url).toUtf8() + '\n'
        + checkpoint.envelope();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(text) != text.size() || !file.commit())
        return Status::failure(ErrorCode::StoreUnavailable, u"cannot write the witness %1: %2"_s.arg(path, file.errorString()));
    return {};
}

Result<TrustedKeys> trustedKeys()
{
    TrustedKeys trusted;
    const QString own = SigningKey::defaultPath();
    if (QFile::exists(own)) {
        auto key = SigningKey::load(own);
        if (!key)
            return key.error();
        trusted.keys << key->publicKey();
    }
    const QDir dir(QDir(dataDir()).filePath(u"trusted-keys"_s));
    for (const QString &name : dir.entryList({u"*.pem"_s}, QDir::Files, QDir::Name)) {
        auto key = readPublicKeyPem(dir.filePath(name));
        if (!key)
            return key.error();
        if (!trusted.keys.contains(*key))
            trusted.keys << *key;
    }
    return trusted;
}

} // namespace airlock
