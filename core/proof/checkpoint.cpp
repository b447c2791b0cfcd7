#include "checkpoint.h"

#include "signingkey.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

const QByteArray kMagic = "airlock checkpoint 1";

QByteArray timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

bool isHex(const QByteArray &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

Error unreadable(const QString &why)
{
    return Error{ErrorCode::Integrity, u"not a readable checkpoint: %1"_s.arg(why)};
}

} // namespace

QString Checkpoint::keyId() const
{
    return keyIdOf(publicKey);
}

QByteArray Checkpoint::body() const
{
    QByteArray b = kMagic + '\n';
    b += "store " + storeId.toUtf8() + '\n';
    b += "size " + QByteArray::number(size) + '\n';
    b += "root " + root.toHex() + '\n';
    b += "head " + QByteArray::number(headSeq) + ' ' + headHash + '\n';
    b += "time " + timeText(time) + '\n';
    b += "key " + keyId().toLatin1() + '\n';
    return b;
}

QByteArray Checkpoint::envelope() const
{
    return body() + "public-key " + publicKey.toBase64() + '\n' + "signature " + signature.toBase64() + '\n';
}

bool Checkpoint::signatureValid() const
{
    return verifyEd25519(publicKey, body(), signature);
}

QString Checkpoint::describe() const
{
    return u"checkpoint of %1 events made %2"_s.arg(QString::number(size),
                                                     time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz 'UTC'"_s));
}

Status Checkpoint::signWith(const SigningKey &key)
{
    publicKey = key.publicKey();
    auto signed_ = key.sign(body());
    if (!signed_)
        return signed_.status();
    signature = *signed_;
    return {};
}

Result<Checkpoint> Checkpoint::parse(const QByteArray &envelope)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : envelope.split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            lines << line;
    }
    if (lines.size() != 9 || lines.at(0) != kMagic)
        return unreadable(u"expected the 9 lines of '%1'"_s.arg(QString::fromLatin1(kMagic)));
    auto field = [&](int i, const QByteArray &name) -> std::optional<QByteArray> {
        const QByteArray &line = lines.at(i);
        if (!line.startsWith(QByteArray(name + ' ')))
            return std::nullopt;
        return line.mid(name.size() + 1);
    };
    Checkpoint c;
    const auto store = field(1, "store"), size = field(2, "size"), root = field(3, "root"),
               head = field(4, "head"), time = field(5, "time"), key = field(6, "key"),
               pub = field(7, "public-key"), sig = field(8, "signature");
    if (!store || !size || !root || !head || !time || !key || !pub || !sig)
        return unreadable(u"a line is missing or out of order"_s);
    c.storeId = QString::fromUtf8(*store);
    bool ok = false;
    c.size = size->toLongLong(&ok);
    if (!ok || c.size < 0)
        return unreadable(u"size '%1'"_s.arg(QString::fromLatin1(*size)));
    if (!isHex(*root, 64))
        return unreadable(u"root is not 64 hex digits"_s);
    c.root = QByteArray::fromHex(*root);
    const QList<QByteArray> headParts = head->split(' ');
    if (headParts.size() != 2 || !isHex(headParts.at(1), 64))
        return unreadable(u"head is not '<seq> <64 hex digits>'"_s);
    c.headSeq = headParts.at(0).toLongLong(&ok);
    if (!ok || c.headSeq < 0)
        return unreadable(u"head sequence '%1'"_s.arg(QString::fromLatin1(headParts.at(0))));
    c.headHash = headParts.at(1);
    c.time = QDateTime::fromString(QString::fromLatin1(*time), Qt::ISODateWithMs);
    if (!c.time.isValid())
        return unreadable(u"time '%1'"_s.arg(QString::fromLatin1(*time)));
    c.time = c.time.toUTC();
    c.publicKey = QByteArray::fromBase64(*pub, QByteArray::AbortOnBase64DecodingErrors);
    c.signature = QByteArray::fromBase64(*sig, QByteArray::AbortOnBase64DecodingErrors);
    if (c.publicKey.size() != 32 || c.signature.size() != 64)
        return unreadable(u"the public key or the signature is not Ed25519's size"_s);
    // One spelling only: base64's unused bits must not let two texts carry one signature.
    if (c.publicKey.toBase64() != *pub || c.signature.toBase64() != *sig)
        return unreadable(u"the public key or the signature is not in canonical base64"_s);
    if (c.keyId().toLatin1() != *key)
        return unreadable(u"its key line does not name its public key"_s);
    // What was signed must be exactly what body() rebuilds, or the signature check is moot.
    if (!envelope.contains(c.body()))
        return unreadable(u"its text is not in the canonical form"_s);
    return c;
}

} // namespace airlock
