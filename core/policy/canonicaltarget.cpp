#include "canonicaltarget.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

Error refused(const QString &why)
{
    return Error{ErrorCode::InvalidArgument, why};
}

QString codePoint(char32_t c)
{
    return u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f); // C0, DEL, C1
}

// Characters that reorder what a reviewer sees ("Trojan Source").
bool isBidiFormatting(char32_t c)
{
    return c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

// Why s may not be a target (or part of one once decoded), if it may not.
std::optional<QString> forbiddenCharacter(QStringView s, const QString &where)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (isControl(c))
            return u"%1 a control character (%2) at position %3"_s.arg(where, codePoint(c),
                                                                       QString::number(i + 1));
        if (isBidiFormatting(c))
            return u"%1 a bidirectional formatting character (%2) at position %3"_s.arg(
                where, codePoint(c), QString::number(i + 1));
        if (c == u'\\')
            return u"%1 a backslash at position %2 (servers may take it for '/')"_s.arg(
                where, QString::number(i + 1));
    }
    return std::nullopt;
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isUnreserved(char16_t c) // RFC 3986 §2.3
{
    return isAsciiAlnum(c) || c == u'-' || c == u'.' || c == u'_' || c == u'~';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Where a piece of a target sits, which decides what may stand in it unencoded.
enum class Part { UrlPath, UrlQuery, ResourcePath };

bool allowedRaw(char16_t c, Part part)
{
    if (isUnreserved(c) || c == u':' || c == u'@' || c == u'/')
        return true;
    if (u"!$&'()*+,;="_s.contains(QChar(c))) // sub-delims
        return true;
    return part == Part::UrlQuery && c == u'?';
}

// RFC 3986 §6.2.2: percent-encoded unreserved characters decoded, the hex of the others in
// upper case; in URLs, characters that may not stand raw are percent-encoded (as a browser
// or a server's URL parser does). An encoded '/' or '\' in a path is refused: decoding it
// would change the path's segments, and servers disagree on whether they do. What the
// server sees once it decodes may not hold a control character either.
Result<QString> normalisePercent(QStringView s, Part part)
{
    const bool url = part != Part::ResourcePath;
    QString out;
    QByteArray decoded;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'%') {
            const int hi = i + 1 < s.size() ? hexValue(s[i + 1]) : -1;
            const int lo = i + 2 < s.size() ? hexValue(s[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                if (url)
                    return refused(u"a '%' at position %1 is not followed by two hex digits"_s.arg(
                        QString::number(i + 1)));
                out += c; // a resource path's literal '%'
                decoded += '%';
                continue;
            }
            const char byte = char(hi * 16 + lo);
            if (byte == '/' && part != Part::UrlQuery)
                return refused(u"an encoded '/' (%2F) in the path"_s);
            if (byte == '\\')
                return refused(u"an encoded backslash (%5C)"_s);
            if (isUnreserved(char16_t(uchar(byte)))) {
                out += QChar(char16_t(uchar(byte)));
            } else {
                out += u'%';
                out += s.mid(i + 1, 2).toString().toUpper();
            }
            decoded += byte;
            i += 2;
            continue;
        }
        if (!url || allowedRaw(c.unicode(), part)) {
            out += c;
            decoded += QString(c).toUtf8();
            continue;
        }
        QString character(c);
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
            character += s[++i];
        else if (c.isSurrogate())
            return refused(u"an unpaired surrogate at position %1"_s.arg(QString::number(i + 1)));
        out += QString::fromLatin1(QUrl::toPercentEncoding(character));
        decoded += character.toUtf8();
    }
    if (auto why = forbiddenCharacter(QString::fromUtf8(decoded), u"once decoded, it holds"_s))
        return refused(*why);
    return out;
}

// "." and ".." and empty segments ("//") removed from a '/'-separated path; ".." above the
// start is refused. *trailing says whether the path ended in a directory ("a/", "a/.").
Result<QStringList> withoutDotSegments(QStringView path, const QString &root, bool *trailing)
{
    QStringList kept;
    const QList<QStringView> segments = path.split(u'/');
    for (const QStringView segment : segments) {
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            if (kept.isEmpty())
                return refused(u"'..' climbs above %1"_s.arg(root));
            kept.removeLast();
            continue;
        }
        kept << segment.toString();
    }
    const QStringView last = segments.constLast();
    *trailing = last.isEmpty() || last == u"." || last == u"..";
    return kept;
}

Result<QString> canonicalFilePath(QStringView path)
{
    bool trailing = false;
    auto kept = withoutDotSegments(path, u"the root '/'"_s, &trailing);
    if (!kept)
        return kept.error();
    return QString(u'/' + kept->join(u'/')); // a directory is named without its trailing '/'
}

// A path below a resource root: "accounts/x/../y" (crm:), "docs/./a" (relative).
Result<QString> canonicalResourcePath(const QString &prefix, QStringView path)
{
    auto normal = normalisePercent(path, Part::ResourcePath);
    if (!normal)
        return normal.error();
    const bool rooted = normal->startsWith(u'/');
    bool trailing = false;
    auto kept = withoutDotSegments(*normal,
                                   prefix.isEmpty() ? u"where the path starts"_s
                                                    : u"the resource root '%1'"_s.arg(prefix),
                                   &trailing);
    if (!kept)
        return kept.error();
    if (prefix.isEmpty() && kept->isEmpty())
        return refused(u"the path names nothing once '.' and '..' are resolved"_s);
    QString out = prefix + (rooted ? u"/"_s : QString()) + kept->join(u'/');
    if (trailing && !kept->isEmpty())
        out += u'/';
    return out;
}

Result<QString> canonicalUrlPath(QStringView path)
{
    auto normal = normalisePercent(path, Part::UrlPath);
    if (!normal)
        return normal.error();
    bool trailing = false;
    // Dot-segments go after decoding, so "%2e%2e" and ".%2E" act as ".." (as WHATWG URL
    // parsers treat them); "//" goes too, as many servers merge slashes.
    auto kept = withoutDotSegments(*normal, u"the URL's root"_s, &trailing);
    if (!kept)
        return kept.error();
    QString out = u'/' + kept->join(u'/');
    if (trailing && !kept->isEmpty())
        out += u'/';
    return out;
}

// A host in lower case without a trailing dot; an IPv4 address only as four decimal numbers
// (a URL parser reads "0x7f.1" or "2130706433" as 127.0.0.1).
Result<QString> canonicalHost(QStringView text)
{
    QString host = text.toString().toLower();
    if (host.startsWith(u'[')) {
        for (const QChar c : QStringView(host).mid(1, host.size() - 2)) {
            if (hexValue(c) < 0 && c != u':' && c != u'.')
                return refused(u"the IPv6 address '%1' holds '%2'"_s.arg(host, QString(c)));
        }
        return host;
    }
    if (host.endsWith(u'.'))
        host.chop(1);
    for (const QChar c : std::as_const(host)) {
        if (c == u'%')
            return refused(u"a percent-encoded host"_s);
        if (!isUnreserved(c.unicode()))
            return refused(u"the host holds '%1'"_s.arg(c));
    }
    const QStringList labels = host.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty() && host.size() > 0)
            return refused(u"the host '%1' has an empty label"_s.arg(host));
    }
    const QString &last = labels.constLast();
    const bool numeric = !last.isEmpty() && (last.startsWith(u"0x"_s) ||
                                             std::all_of(last.cbegin(), last.cend(), [](QChar c) {
                                                 return c.unicode() >= u'0' && c.unicode() <= u'9';
                                             }));
    if (numeric) {
        bool fourDecimals = labels.size() == 4;
        for (const QString &label : labels) {
            bool ok = false;
            const int v = label.toInt(&ok, 10);
            fourDecimals = fourDecimals && ok && v >= 0 && v <= 255 && label == QString::number(v);
        }
        if (!fourDecimals)
            return refused(
                u"the IPv4 address '%1' is not written as four decimal numbers"_s.arg(host));
    }
    return host;
}

// http, https and file URLs, per RFC 3986 §6.2.2-6.2.3: scheme and host in lower case, the
// default port dropped, percent-encoding normalised, dot-segments removed; the fragment is
// dropped (it is never sent to a server), the query kept.
Result<QString> canonicalUrl(const QString &scheme, QStringView rest)
{
    const bool file = scheme == u"file";
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.left(hash);
    std::optional<QStringView> query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QStringView authority;
    QStringView path;
    if (rest.startsWith(u"//")) {
        rest = rest.mid(2);
        const qsizetype slash = rest.indexOf(u'/');
        authority = slash < 0 ? rest : rest.left(slash);
        path = slash < 0 ? QStringView() : rest.mid(slash);
    } else if (file && rest.startsWith(u'/')) {
        path = rest; // file:/srv/x is file:///srv/x
    } else {
        return refused(file ? u"a file: URL needs an absolute path (file:///…)"_s
                            : u"an %1 URL needs '//' and a host"_s.arg(scheme));
    }
    if (authority.contains(u'@'))
        return refused(u"a URL with a user name ('…@') hides which host is meant"_s);

    QStringView hostText = authority;
    std::optional<QStringView> portText;
    const qsizetype close = authority.startsWith(u'[') ? authority.indexOf(u']') : -1;
    if (authority.startsWith(u'[') && close < 0)
        return refused(u"an IPv6 address without its closing ']'"_s);
    const qsizetype colon = authority.lastIndexOf(u':');
    if (colon > close) {
        hostText = authority.left(colon);
        portText = authority.mid(colon + 1);
    } else if (close >= 0 && close + 1 < authority.size()) {
        return refused(u"text after the IPv6 address"_s);
    }
    auto host = canonicalHost(hostText);
    if (!host)
        return host.error();
    QString port;
    if (portText && !portText->isEmpty()) {
        bool ok = std::all_of(portText->cbegin(), portText->cend(),
                              [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
        const uint number = ok ? portText->toUInt(&ok) : 0;
        if (!ok || number > 65535)
            return refused(u"the port '%1' is not a number from 0 to 65535"_s.arg(*portText));
        const uint standard = scheme == u"https" ? 443 : 80;
        if (file)
            return refused(u"a file: URL with a port"_s);
        if (number != standard)
            port = u':' + QString::number(number);
    }
    if (file) {
        if (*host == u"localhost")
            host->clear();
        if (!host->isEmpty())
            return refused(u"a file: URL on another host ('%1'): only local files (file:///…) "
                           u"can be judged"_s.arg(*host));
    } else if (host->isEmpty()) {
        return refused(u"an %1 URL without a host"_s.arg(scheme));
    }
    auto canonicalPath = canonicalUrlPath(path);
    if (!canonicalPath)
        return canonicalPath.error();
    QString out = scheme + u"://"_s + *host + port + *canonicalPath;
    if (query) {
        auto q = normalisePercent(*query, Part::UrlQuery);
        if (!q)
            return q.error();
        out += u'?' + *q;
    }
    return out;
}

// Another scheme with an authority (s3://bucket/key, postgres://db/table): the scheme in
// lower case, the authority as written, the path and what follows it like a URL's.
Result<QString> canonicalUri(const QString &scheme, QStringView rest)
{
    rest = rest.mid(2);
    const qsizetype end = rest.indexOf(u'/');
    const QStringView authority = end < 0 ? rest : rest.left(end);
    QStringView path = end < 0 ? QStringView() : rest.mid(end);
    QStringView tail;
    if (const qsizetype q = path.indexOf(u'?'); q >= 0) {
        tail = path.mid(q);
        path = path.left(q);
    }
    auto canonicalPath = canonicalUrlPath(path);
    if (!canonicalPath)
        return canonicalPath.error();
    auto canonicalTail = normalisePercent(tail, Part::UrlQuery);
    if (!canonicalTail)
        return canonicalTail.error();
    return QString(scheme + u"://"_s + authority.toString() + *canonicalPath + *canonicalTail);
}

// "crm:" in "crm:accounts/…": RFC 3986's scheme syntax; -1 when the target has none.
qsizetype schemeEnd(QStringView target)
{
    if (target.isEmpty() ||
        !((target[0] >= u'a' && target[0] <= u'z') || (target[0] >= u'A' && target[0] <= u'Z')))
        return -1;
    for (qsizetype i = 1; i < target.size(); ++i) {
        const char16_t c = target[i].unicode();
        if (c == u':')
            return i;
        if (!isAsciiAlnum(c) && c != u'+' && c != u'-' && c != u'.')
            return -1;
    }
    return -1;
}

} // namespace

Result<QString> canonicalTarget(const QString &target)
{
    if (target.isEmpty())
        return QString();
    if (auto why = forbiddenCharacter(target, u"it holds"_s))
        return refused(*why);
    if (target.front().isSpace() || target.back().isSpace())
        return refused(u"it begins or ends with white space"_s);
    if (target.startsWith(u'/'))
        return canonicalFilePath(target);

    const qsizetype colon = schemeEnd(target);
    const QString scheme = colon > 0 ? target.left(colon).toLower() : QString();
    const QStringView rest = colon > 0 ? QStringView(target).mid(colon + 1) : QStringView(target);
    if (scheme == u"http" || scheme == u"https" || scheme == u"file")
        return canonicalUrl(scheme, rest);
    if (colon > 0 && rest.startsWith(u"//"))
        return canonicalUri(scheme, rest);
    if (!rest.contains(u'/')) {
        // An opaque identifier (an id, an e-mail address, tickets:42) stays as written; but
        // an encoded '/' would make it a path once decoded, and a bare "." or ".." (however
        // spelled) means a place relative to another.
        auto decoded = normalisePercent(rest, Part::ResourcePath);
        if (!decoded)
            return decoded.error();
        if (*decoded == u"." || *decoded == u"..")
            return refused(u"a bare '%1' names no resource"_s.arg(*decoded));
        return target;
    }
    return canonicalResourcePath(colon > 0 ? scheme + u':' : QString(), rest);
}

} // namespace airlock
