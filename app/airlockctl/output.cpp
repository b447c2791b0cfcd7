#include "output.h"

#include "clock.h"
#include "store/connectorjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace airlock::cli {

void Table::print(QTextStream &out, int maxCell) const
{
    auto cut = [maxCell](QString s) {
        s.replace(u'\n', u' ');
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

QJsonObject runToJson(const Run &r)
{
    return {{u"id"_s, r.id},
            {u"workflow"_s, r.workflow},
            {u"trigger"_s, r.trigger},
            {u"identity"_s, r.identity},
            {u"started_at"_s, isoTime(r.startedAt)},
            {u"ended_at"_s, isoTime(r.endedAt)},
            {u"status"_s, wordOf(r.status)},
            {u"stop_reason"_s, r.stopReason},
            {u"stopped_at_seq"_s, r.stoppedAtSeq},
            {u"tokens_in"_s, r.tokensIn},
            {u"tokens_out"_s, r.tokensOut},
            {u"cost"_s, r.cost},
            {u"model"_s, r.model}};
}

QJsonObject eventToJson(const EvidenceEvent &e)
{
    QJsonObject o{{u"seq"_s, e.seq},
                  {u"event_id"_s, e.eventId},
                  {u"at"_s, isoTime(e.at)},
                  {u"kind"_s, wordOf(e.kind)},
                  {u"actor"_s, e.actor},
                  {u"connector"_s, e.connector},
                  {u"run_id"_s, e.runId},
                  {u"tool"_s, e.tool},
                  {u"power"_s, e.power ? wordOf(*e.power) : QString()},
                  {u"target"_s, e.target},
                  {u"result"_s, wordOf(e.result)},
                  {u"summary"_s, e.summary},
                  {u"payload"_s, QString::fromUtf8(e.payload)},
                  {u"hash"_s, QString::fromLatin1(e.hash)}};
    return o;
}

QJsonObject requestToJson(const ApprovalRequest &r)
{
    auto json = [](const QByteArray &text) -> QJsonValue {
        if (text.isEmpty())
            return QJsonValue();
        const QJsonDocument d = QJsonDocument::fromJson('[' + text + ']');
        return d.isArray() ? d.array().at(0) : QJsonValue(QString::fromUtf8(text));
    };
    QJsonArray seqs;
    for (qint64 s : r.evidenceSeqs)
        seqs.append(s);
    return {{u"id"_s, r.id},
            {u"run_id"_s, r.runId},
            {u"connector"_s, r.connector},
            {u"tool"_s, r.tool},
            {u"power"_s, wordOf(r.power)},
            {u"target"_s, r.target},
            {u"arguments"_s, json(r.arguments)},
            {u"arguments_hash"_s, r.argumentsHash},
            {u"proposed_change"_s, json(r.proposedChange)},
            {u"evidence"_s, seqs},
            {u"rule"_s, r.rule},
            {u"permission_mode"_s, wordOf(r.mode)},
            {u"requested_by"_s, r.requestedBy},
            {u"requested_at"_s, isoTime(r.requestedAt)},
            {u"expires_at"_s, isoTime(r.expiresAt)},
            {u"status"_s, wordOf(r.status)},
            {u"decided_by"_s, r.decidedBy},
            {u"decided_at"_s, isoTime(r.decidedAt)},
            {u"decision_note"_s, r.decisionNote},
            {u"approved_arguments"_s, json(r.approvedArguments)},
            {u"approved_arguments_hash"_s, r.approvedArgumentsHash},
            {u"edited"_s, r.edited},
            {u"outcome"_s, wordOf(r.outcome)}};
}

} // namespace airlock::cli
