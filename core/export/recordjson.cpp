#include "recordjson.h"

#include "store/connectorjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace airlock {

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
                  {u"prev_hash"_s, QString::fromLatin1(e.prevHash)},
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

QJsonObject grantToJson(const ApprovalGrant &g)
{
    return {{u"id"_s, g.id},
            {u"connector"_s, g.connector},
            {u"tool"_s, g.tool},
            {u"target_pattern"_s, g.targetPattern},
            {u"run_id"_s, g.runId},
            {u"granted_by"_s, g.grantedBy},
            {u"granted_at"_s, isoTime(g.grantedAt)},
            {u"expires_at"_s, isoTime(g.expiresAt)},
            {u"from_request"_s, g.fromRequest},
            {u"note"_s, g.note},
            {u"revoked_by"_s, g.revokedBy},
            {u"revoked_at"_s, isoTime(g.revokedAt)},
            {u"revoke_reason"_s, g.revokeReason}};
}

} // namespace airlock
