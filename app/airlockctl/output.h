#pragma once

#include "export/recordjson.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace airlock::cli {

// A plain text table: columns padded to their widest cell, long cells cut with "…".
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
