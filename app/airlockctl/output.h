#pragma once

#include "export/recordjson.h"

#include <QIODevice>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringDecoder>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace airlock::cli {

// Where airlockctl's text goes: a FILE (stdout, stderr) behind a last guard. Whatever a
// command prints, no control character but a line break or a tab reaches the terminal: an
// escape sequence, carriage return, backspace, DEL, C1 control or bidirectional override that
// a command did not escape itself is written out visibly (escapeControls(), shape Block). The
// commands still escape every stored field with TextShape::Line, so a line break in a field
// cannot start a forged line; this guard is for what they miss. The escapes it writes for
// characters a JSON text may hold raw (DEL, C1, bidi) are JSON escapes, so --json output
// stays valid and means the same.
class TerminalSink final : public QIODevice
{
public:
    explicit TerminalSink(FILE *file);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *file_;
    QStringDecoder decoder_{QStringDecoder::Utf8};
};

// A plain text table: columns padded to their widest cell, long cells cut with "…"; every
// cell is shown as one line with its control characters escaped (displayText()).
class Table
{
public:
    explicit Table(QStringList headers) : headers_(std::move(headers)) {}
    void addRow(QStringList cells) { rows_ << std::move(cells); }
    void print(QTextStream &out, int maxCell = 48) const;
    bool isEmpty() const { return rows_.isEmpty(); }

private:
    QStringList headers_;
    QList<QStringList> rows_;
};

void printJson(QTextStream &out, const QJsonValue &value);

// "3h 12m", "2d 4h", "45s"
QString spanText(qint64 secs);
// "2026-11-21 09:30 UTC (3h ago)"
QString whenText(const QDateTime &t);

} // namespace airlock::cli
