#include "toolinventory.h"

#include "policy/policy.h"
#include "store/canonicaljson.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/store.h"
#include "store/toolstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airlock::gate {

Result<ToolInventory::Admitted> ToolInventory::admit(const QJsonObject &listResult)
{
    Admitted out;
    out.result = listResult;
    const QJsonArray tools = listResult.value(u"tools"_s).toArray();
    QJsonArray visible;
    ToolStore toolStore(store_);
    auto connector = ConnectorStore(store_).find(connector_);
    if (!connector)
        return connector.error();
    // Recorded in one transaction: the list is inventory as a whole or not at all.
    QList<Tool> recorded;
    const Status s = store_.write([&]() -> Status {
        for (const QJsonValue &v : tools) {
            const QJsonObject definition = v.toObject();
            Tool t;
            t.connector = connector_;
            t.name = definition.value(u"name"_s).toString();
            if (t.name.isEmpty())
                continue;
            t.description = definition.value(u"description"_s).toString();
            t.annotations = annotationsFromJson(definition.value(u"annotations"_s).toObject());
            const QByteArray reported = canonicalJson(definition);
            t.definitionHash = QString::fromLatin1(sha256Hex(reported));
            t.derivedPower = derivePower(t.name, t.annotations);
            // The target arguments are the lead's setting: keep what the store has.
            auto existing = toolStore.find(connector_, t.name);
            if (!existing)
                return existing.status();
            if (*existing)
                t.targetArguments = (*existing)->targetArguments;
            // As reported: on a shared store the database hashes it and keeps policy its own.
            auto seen = toolStore.recordDefinition(t, reported);
            if (!seen)
                return seen.status();
            auto now = toolStore.find(connector_, t.name);
            if (!now)
                return now.status();
            if (!*now)
                return Status::failure(ErrorCode::Integrity,
                                       u"tool %1 vanished while recorded"_s.arg(t.name));
            recorded << **now;
        }
        return {};
    });
    if (!s)
        return s.error();
    for (qsizetype i = 0, j = 0; i < tools.size(); ++i) {
        const QJsonObject definition = tools.at(i).toObject();
        if (definition.value(u"name"_s).toString().isEmpty()) {
            ++out.hidden; // a nameless tool cannot be governed
            continue;
        }
        const Tool &t = recorded.at(j++);
        bool usable = *connector && !t.hasDrifted();
        if (t.hasDrifted())
            ++out.drifted;
        if (usable)
            usable = decideForPower(**connector, t.effectivePower()).verdict != Verdict::Deny;
        if (usable)
            visible.append(definition);
        else
            ++out.hidden;
    }
    out.listed = int(visible.size());
    for (const QJsonValue &v : visible)
        out.names << v.toObject().value(u"name"_s).toString();
    out.result[u"tools"_s] = visible;
    return out;
}

Result<QStringList> ToolInventory::usableNames(const QJsonObject &listResult)
{
    auto connector = ConnectorStore(store_).find(connector_);
    if (!connector)
        return connector.error();
    auto tools = ToolStore(store_).forConnector(connector_);
    if (!tools)
        return tools.error();
    QHash<QString, Tool> byName;
    for (const Tool &t : *tools)
        byName.insert(t.name, t);
    QStringList names;
    for (const QJsonValue &v : listResult.value(u"tools"_s).toArray()) {
        const QJsonObject definition = v.toObject();
        const QString name = definition.value(u"name"_s).toString();
        const auto it = byName.constFind(name);
        if (!*connector || it == byName.constEnd() || it->hasDrifted())
            continue;
        // A definition that differs from the recorded one is drift the next listing records.
        if (it->definitionHash != QString::fromLatin1(sha256Hex(canonicalJson(definition))))
            continue;
        if (decideForPower(**connector, it->effectivePower()).verdict != Verdict::Deny)
            names << name;
    }
    return names;
}

} // namespace airlock::gate
