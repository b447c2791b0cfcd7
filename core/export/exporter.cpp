#include "exporter.h"

#include "recordjson.h"

#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/store.h"
#include "store/toolstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace airlock {

QByteArray csvRow(const QStringList &cells)
{
    QByteArray line;
    for (int i = 0; i < cells.size(); ++i) {
        QString cell = cells.at(i);
        if (!cell.isEmpty() && QStringView(u"=+-@").contains(cell.at(0)) )
            cell.prepend(u'\'');
        if (i > 0)
            line += ',';
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
            cell.replace(u"\""_s, u"\"\""_s);
            line += '"' + cell.toUtf8() + '"';
        } else {
            line += cell.toUtf8();
        }
    }
    line += "\r\n";
    return line;
}

namespace {

QString scopeText(const QList<ScopeRule> &rules)
{
    QStringList parts;
    for (const ScopeRule &r : rules)
        parts << (r.effect == ScopeRule::Effect::Include ? u"+"_s : u"-"_s) + r.pattern;
    return parts.join(u' ');
}

QByteArray jsonArrayText(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

} // namespace

Result<QByteArray> exportConnectors(Store &store, ExportFormat format)
{
    auto connectors = ConnectorStore(store).list();
    if (!connectors)
        return connectors.error();
    if (format == ExportFormat::Json) {
        QJsonArray all;
        ToolStore tools(store);
        for (const Connector &c : *connectors) {
            QJsonObject o = connectorToJson(c);
            auto list = tools.forConnector(c.name);
            if (!list)
                return list.error();
            QJsonArray toolArray;
            for (const Tool &t : *list)
                toolArray.append(toolToJson(t));
            o[u"tools"_s] = toolArray;
            all.append(o);
        }
        return jsonArrayText(all);
    }
    QByteArray out = csvRow({u"name"_s, u"purpose"_s, u"owner"_s, u"target_system"_s, u"kind"_s,
                             u"status"_s, u"lifecycle"_s, u"trust_stage"_s, u"permission_mode"_s,
                             u"powers"_s, u"scope"_s, u"identity_kind"_s, u"identity_principal"_s,
                             u"identity_shared"_s, u"credential_owner"_s, u"last_review_at"_s,
                             u"last_review_by"_s, u"next_review_due"_s, u"last_sync_at"_s,
                             u"disable_path"_s, u"rollback_plan"_s});
    for (const Connector &c : *connectors) {
        out += csvRow({c.name, c.purpose, c.owner, c.targetSystem, wordOf(c.kind), wordOf(c.status),
                       wordOf(c.lifecycle), wordOf(c.trust), wordOf(c.mode), c.powers.toString(),
                       scopeText(c.scope), wordOf(c.identity.kind), c.identity.principal,
                       c.identity.shared ? u"yes"_s : u"no"_s, c.identity.credentialOwner,
                       isoTime(c.lastReviewAt), c.lastReviewBy, isoTime(c.nextReviewDue),
                       isoTime(c.lastSyncAt), c.disablePath, c.rollbackPlan});
    }
    return out;
}

Result<QByteArray> exportRuns(Store &store, ExportFormat format, const RunStore::Filter &filter,
                              int limit)
{
    RunStore runs(store);
    QList<Run> all;
    RunStore::Cursor cursor;
    while (all.size() < limit) {
        auto page = runs.page(filter, cursor, qMin(500, limit - int(all.size())));
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        all += *page;
        cursor = {page->constLast().startedAt, page->constLast().id};
    }
    if (format == ExportFormat::Json) {
        QJsonArray array;
        for (const Run &r : all)
            array.append(runToJson(r));
        return jsonArrayText(array);
    }
    QByteArray out = csvRow({u"id"_s, u"workflow"_s, u"trigger"_s, u"identity"_s, u"started_at"_s,
                             u"ended_at"_s, u"status"_s, u"stop_reason"_s, u"stopped_at_seq"_s,
                             u"tokens_in"_s, u"tokens_out"_s, u"cost"_s, u"model"_s});
    for (const Run &r : all) {
        out += csvRow({r.id, r.workflow, r.trigger, r.identity, isoTime(r.startedAt),
                       isoTime(r.endedAt), wordOf(r.status), r.stopReason,
                       QString::number(r.stoppedAtSeq), QString::number(r.tokensIn),
                       QString::number(r.tokensOut), QString::number(r.cost, 'f', 4), r.model});
    }
    return out;
}

Result<QByteArray> exportRunEvidence(Store &store, const QString &runId, ExportFormat format)
{
    auto run = RunStore(store).get(runId);
    if (!run)
        return run.error();
    auto events = EvidenceChain(store).forRun(runId);
    if (!events)
        return events.error();
    if (format == ExportFormat::Json) {
        QJsonArray array;
        for (const EvidenceEvent &e : *events)
            array.append(eventToJson(e));
        return jsonArrayText(array);
    }
    QByteArray out = csvRow({u"seq"_s, u"at"_s, u"kind"_s, u"actor"_s, u"connector"_s, u"tool"_s,
                             u"power"_s, u"target"_s, u"result"_s, u"summary"_s, u"payload"_s,
                             u"prev_hash"_s, u"hash"_s});
    for (const EvidenceEvent &e : *events) {
        out += csvRow({QString::number(e.seq), isoTime(e.at), wordOf(e.kind), e.actor, e.connector,
                       e.tool, e.power ? wordOf(*e.power) : QString(), e.target, wordOf(e.result),
                       e.summary, QString::fromUtf8(e.payload), QString::fromLatin1(e.prevHash),
                       QString::fromLatin1(e.hash)});
    }
    return out;
}

} // namespace airlock
