#include "displaytext.h"

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

// Characters that are never shown as themselves.
bool mustEscape(char16_t c, TextShape shape)
{
    if (c < 0x20)
        return shape == TextShape::Line || (c != u'\n' && c != u'\t');
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || isBidiControl(c);
}

// A backslash followed by one of these would read as an escape written by displayText().
bool startsEscape(char16_t next)
{
    return next == u'\\' || next == u'x' || next == u'u' || next == u'n' || next == u'r' ||
           next == u't';
}

QString hex(char16_t c, int width)
{
    return QString::number(c, 16).rightJustified(width, u'0');
}

QString escaped(QStringView text, TextShape shape, bool doubleBackslashes)
{
    QString shown;
    shown.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\\') {
            const bool ambiguous =
                doubleBackslashes && i + 1 < text.size() && startsEscape(text.at(i + 1).unicode());
            shown += ambiguous ? u"\\\\"_s : u"\\"_s;
        } else if (!mustEscape(c, shape)) {
            shown += QChar(c);
        } else if (c == u'\n') {
            shown += u"\\n"_s;
        } else if (c == u'\r') {
            shown += u"\\r"_s;
        } else if (c == u'\t') {
            shown += u"\\t"_s;
        } else if (c < 0x20) {
            shown += u"\\x"_s + hex(c, 2);
        } else {
            shown += u"\\u"_s + hex(c, 4);
        }
    }
    return shown;
}

} // namespace

bool needsEscaping(QStringView text, TextShape shape)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (mustEscape(c, shape))
            return true;
        if (c == u'\\' && i + 1 < text.size() && startsEscape(text.at(i + 1).unicode()))
            return true;
    }
    return false;
}

QString displayText(QStringView text, TextShape shape)
{
    if (!needsEscaping(text, shape))
        return text.toString();
    return escaped(text, shape, true);
}

QString escapeControls(QStringView text, TextShape shape)
{
    for (const QChar c : text) {
        if (mustEscape(c.unicode(), shape))
            return escaped(text, shape, false);
    }
    return text.toString();
}

} // namespace airlock
