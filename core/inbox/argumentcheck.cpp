#include "argumentcheck.h"

#include "store/canonicaljson.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// QJsonParseError's words, said the way a person editing the text reads them.
QString problem(QJsonParseError::ParseError e)
{
    switch (e) {
    case QJsonParseError::UnterminatedObject:
        return u"an object is not closed with '}'"_s;
    case QJsonParseError::MissingNameSeparator:
        return u"a ':' is missing after a member name"_s;
    case QJsonParseError::UnterminatedArray:
        return u"an array is not closed with ']'"_s;
    case QJsonParseError::MissingValueSeparator:
        return u"a ',' is missing between values"_s;
    case QJsonParseError::IllegalValue:
        return u"this is not a JSON value (strings need double quotes)"_s;
    case QJsonParseError::TerminationByNumber:
        return u"the text ends inside a number"_s;
    case QJsonParseError::IllegalNumber:
        return u"this number is not valid JSON"_s;
    case QJsonParseError::IllegalEscapeSequence:
        return u"invalid escape sequence in a string"_s;
    case QJsonParseError::IllegalUTF8String:
        return u"invalid UTF-8 in a string"_s;
    case QJsonParseError::UnterminatedString:
        return u"a string is not closed with '\"'"_s;
    case QJsonParseError::MissingObject:
        return u"the arguments must be a JSON object { … }"_s;
    case QJsonParseError::DeepNesting:
        return u"the value is nested too deeply"_s;
    case QJsonParseError::DocumentTooLarge:
        return u"the text is too large"_s;
    case QJsonParseError::GarbageAtEnd:
        return u"there is more text after the end of the object"_s;
    case QJsonParseError::NoError:
        break;
    }
    return u"not valid JSON"_s;
}

} // namespace

Result<QByteArray> checkEditedArguments(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     u"the arguments are empty: write a JSON object, e.g. {}"_s};
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset is in UTF-8 bytes; count lines and characters up to it.
        const QString before = QString::fromUtf8(utf8.left(error.offset));
        const int line = int(before.count(u'\n')) + 1;
        const int column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
        return Error{ErrorCode::InvalidArgument,
                     u"line %1, column %2: %3"_s.arg(line).arg(column).arg(problem(error.error))};
    }
    if (!doc.isObject())
        return Error{ErrorCode::InvalidArgument,
                     u"the arguments must be a JSON object { … }, not %1"_s.arg(
                         doc.isArray() ? u"an array"_s : u"a single value"_s)};
    return canonicalJson(doc.object());
}

QString indentedJson(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return QString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return QString::fromUtf8(json);
    if ((doc.isObject() && doc.object().isEmpty()) || (doc.isArray() && doc.array().isEmpty()))
        return QString::fromUtf8(json.trimmed()); // "{}", not a brace on each line
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace airlock
