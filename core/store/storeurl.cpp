#include "storeurl.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
// libpq connection parameters we pass through from the URL's query.
const QStringList kPgOptions = {u"sslmode"_s,     u"sslrootcert"_s, u"sslcert"_s,
                                u"sslkey"_s,      u"connect_timeout"_s, u"application_name"_s,
                                u"target_session_attrs"_s, u"passfile"_s};

Error badUrl(const QString &text, const QString &why)
{
    return {ErrorCode::InvalidArgument, u"invalid store URL '%1': %2"_s.arg(text, why)};
}
} // namespace

Result<StoreUrl> StoreUrl::parse(const QString &text)
{
    StoreUrl s;
    if (text.startsWith(u"sqlite://"_s)) {
        // sqlite:///abs/path, or sqlite://relative/path for convenience in scripts.
        QString path = text.mid(9);
        if (path.isEmpty())
            return badUrl(text, u"no file path after sqlite://"_s);
        path = QUrl::fromPercentEncoding(path.toUtf8());
        s.backend = Backend::Sqlite;
        s.path = QFileInfo(path).absoluteFilePath();
        return s;
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return badUrl(text, url.errorString());
        s.backend = Backend::Postgres;
        s.host = url.host().isEmpty() ? u"localhost"_s : url.host();
        s.port = url.port(5432);
        s.user = url.userName();
        s.password = url.password();
        s.database = url.path().mid(1);
        if (s.database.isEmpty())
            return badUrl(text, u"no database name (postgresql://user@host:port/DATABASE)"_s);
        QStringList opts;
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (!kPgOptions.contains(key))
                return badUrl(text, u"unknown option '%1' (known: %2)"_s.arg(key, kPgOptions.join(u", ")));
            opts << key + u'=' + value;
        }
        s.options = opts.join(u';');
        return s;
    }
    if (text.contains(u"://"_s) || hasScheme(text))
        return badUrl(
            text, u"unknown scheme '%1' (use sqlite:///path.db or postgresql://user@host/db)"_s.arg(
                      text.section(u':', 0, 0)));
    // A bare path is a SQLite file.
    s.backend = Backend::Sqlite;
    s.path = QFileInfo(text).absoluteFilePath();
    return s;
}

bool StoreUrl::hasScheme(const QString &text)
{
    // "mysql://…", "sqlite:/x", "file:x": a scheme of two or more characters and a colon. (One
    // letter and a colon is a Windows drive, C:\…)
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]+:"_s);
    return scheme.match(text).hasMatch();
}

StoreUrl StoreUrl::defaultLocal()
{
    StoreUrl s;
    s.backend = Backend::Sqlite;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    s.path = QDir(dir).filePath(u"evidence.db"_s);
    return s;
}

QString StoreUrl::display() const
{
    if (backend == Backend::Sqlite)
        return u"sqlite://"_s + path;
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += user + u'@';
    text += host + u':' + QString::number(port) + u'/' + database;
    if (!options.isEmpty())
        text += u'?' + QString(options).replace(u';', u'&');
    return text;
}

QString StoreUrl::shortName() const
{
    if (backend == Backend::Sqlite)
        return QFileInfo(path).fileName();
    return database + u'@' + host;
}

} // namespace airlock
