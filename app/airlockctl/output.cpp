#include "output.h"

#include "clock.h"
#include "domain/displaytext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace airlock::cli {

TerminalSink::TerminalSink(FILE *file)
    : file_(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSink::writeData(const char *data, qint64 size)
{
    // The decoder keeps a character split between two writes for the next one.
    const QString text = decoder_.decode(QByteArrayView(data, size));
    const QByteArray bytes = escapeControls(text, TextShape::Block).toUtf8();
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), file_) != size_t(bytes.size()))
        return -1;
    std::fflush(file_);
    return size;
}

void Table::print(QTextStream &out, int maxCell) const
{
    auto cut = [maxCell](const QString &cell) {
        const QString s = displayText(cell, TextShape::Line);
        return s.size() > maxCell ? s.left(maxCell - 1) + u'…' : s;
    };
    QList<int> widths;
    for (const QString &h : headers_)
        widths << int(h.size());
    for (const QStringList &row : rows_) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(cut(row.at(i)).size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            const QString c = cut(cells.at(i));
            text += i + 1 < cells.size() ? c.leftJustified(widths.value(i) + 2) : c;
        }
        out << text.trimmed() << '\n';
    };
    line(headers_);
    for (const QStringList &row : rows_)
        line(row);
    out.flush();
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

QString spanText(qint64 secs)
{
    const qint64 s = qAbs(secs);
    if (s < 60)
        return u"%1s"_s.arg(s);
    if (s < 3600)
        return u"%1m"_s.arg(s / 60);
    if (s < 86400)
        return u"%1h %2m"_s.arg(s / 3600).arg((s % 3600) / 60);
    return u"%1d %2h"_s.arg(s / 86400).arg((s % 86400) / 3600);
}

QString whenText(const QDateTime &t)
{
    if (!t.isValid())
        return u"—"_s;
    const qint64 delta = currentTime().secsTo(t);
    if (qAbs(delta) < 5)
        return t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC' (just now)"_s);
    const QString rel = delta >= 0 ? u"in "_s + spanText(delta) : spanText(delta) + u" ago"_s;
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) + u" ("_s + rel + u')';
}

} // namespace airlock::cli
