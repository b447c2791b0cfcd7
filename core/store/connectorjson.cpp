#include "connectorjson.h"

#include "canonicaljson.h"
#include "policy/policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace airlock {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoTime(t)) : QJsonValue();
}

// Reads fields of one JSON object and remembers the first problem, naming the field.
class FieldReader
{
public:
    FieldReader(const QJsonObject &o, QString prefix) : o_(o), prefix_(std::move(prefix)) {}

    QString text(const QString &key, bool required = false)
    {
        const QJsonValue v = o_.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, u"is required"_s);
            return {};
        }
        if (!v.isString()) {
            fail(key, u"must be a string"_s);
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(key, u"must not be empty"_s);
        return v.toString();
    }

    template<typename E>
    E word(const QString &key, E fallback)
    {
        const QJsonValue v = o_.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const auto parsed = v.isString() ? parseWord<E>(v.toString()) : std::nullopt;
        if (!parsed) {
            fail(key, u"must be one of: %1"_s.arg(allWords<E>().join(u", ")));
            return fallback;
        }
        return *parsed;
    }

    QDateTime time(const QString &key)
    {
        const QString s = text(key);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid()) {
            fail(key, u"must be an ISO 8601 time such as 2026-11-21T09:30:00Z"_s);
            return {};
        }
        return t.toUTC();
    }

    bool flag(const QString &key)
    {
        const QJsonValue v = o_.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(key, u"must be true or false"_s);
        return v.toBool();
    }

    qint64 integer(const QString &key)
    {
        const QJsonValue v = o_.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(qint64(v.toDouble()))) {
            fail(key, u"must be a whole number ≥ 0"_s);
            return 0;
        }
        return qint64(v.toDouble());
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = o_.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(key, u"must be a list"_s);
        return v.toArray();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = o_.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(key, u"must be an object"_s);
        return v.toObject();
    }

    void fail(const QString &key, const QString &why)
    {
        if (error_.isEmpty())
            error_ = u"'%1%2' %3"_s.arg(prefix_, key, why);
    }
    const QString &error() const { return error_; }
    void adopt(const QString &error)
    {
        if (error_.isEmpty())
            error_ = error;
    }

private:
    const QJsonObject &o_;
    QString prefix_;
    QString error_;
};

std::optional<bool> optionalBool(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

const QStringList kConnectorKeys = {
    u"name"_s, u"purpose"_s, u"owner"_s, u"target_system"_s, u"kind"_s, u"transport"_s,
    u"status"_s, u"lifecycle"_s, u"trust_stage"_s, u"permission_mode"_s, u"powers"_s,
    u"scope"_s, u"triggers"_s, u"identity"_s, u"last_review_at"_s, u"last_review_by"_s,
    u"next_review_due"_s, u"last_sync_at"_s, u"freshness_limit_s"_s, u"disable_path"_s,
    u"rollback_plan"_s, u"tools"_s, u"created_at"_s, u"updated_at"_s, u"revision"_s};

} // namespace

QJsonObject annotationsToJson(const ToolAnnotations &a)
{
    QJsonObject o;
    if (a.readOnly)
        o[u"readOnlyHint"_s] = *a.readOnly;
    if (a.destructive)
        o[u"destructiveHint"_s] = *a.destructive;
    if (a.idempotent)
        o[u"idempotentHint"_s] = *a.idempotent;
    if (a.openWorld)
        o[u"openWorldHint"_s] = *a.openWorld;
    return o;
}

ToolAnnotations annotationsFromJson(const QJsonObject &o)
{
    return {optionalBool(o, u"readOnlyHint"_s), optionalBool(o, u"destructiveHint"_s),
            optionalBool(o, u"idempotentHint"_s), optionalBool(o, u"openWorldHint"_s)};
}

QJsonObject connectorToJson(const Connector &c)
{
    QJsonArray scope;
    for (const ScopeRule &r : c.scope)
        scope.append(QJsonObject{{u"effect"_s, effectWord(r.effect)}, {u"pattern"_s, r.pattern}});
    QJsonArray triggers;
    for (const TriggerRule &t : c.triggers)
        triggers.append(QJsonObject{{u"trigger"_s, wordOf(t.trigger)}, {u"pattern"_s, t.pattern}});
    const Identity &i = c.identity;
    const QJsonObject identity{{u"kind"_s, wordOf(i.kind)},
                               {u"principal"_s, i.principal},
                               {u"on_behalf_of"_s, i.onBehalfOf},
                               {u"approved_by"_s, i.approvedBy},
                               {u"permissions"_s, i.permissions},
                               {u"shared"_s, i.shared},
                               {u"credential_owner"_s, i.credentialOwner},
                               {u"last_rotated"_s, timeValue(i.lastRotated)},
                               {u"expires"_s, timeValue(i.expires)},
                               {u"revoke_path"_s, i.revokePath}};
    return QJsonObject{{u"name"_s, c.name},
                       {u"purpose"_s, c.purpose},
                       {u"owner"_s, c.owner},
                       {u"target_system"_s, c.targetSystem},
                       {u"kind"_s, wordOf(c.kind)},
                       {u"transport"_s, c.transport},
                       {u"status"_s, wordOf(c.status)},
                       {u"lifecycle"_s, wordOf(c.lifecycle)},
                       {u"trust_stage"_s, wordOf(c.trust)},
                       {u"permission_mode"_s, wordOf(c.mode)},
                       {u"powers"_s, QJsonArray::fromStringList(c.powers.words())},
                       {u"scope"_s, scope},
                       {u"triggers"_s, triggers},
                       {u"identity"_s, identity},
                       {u"last_review_at"_s, timeValue(c.lastReviewAt)},
                       {u"last_review_by"_s, c.lastReviewBy},
                       {u"next_review_due"_s, timeValue(c.nextReviewDue)},
                       {u"last_sync_at"_s, timeValue(c.lastSyncAt)},
                       {u"freshness_limit_s"_s, c.freshnessLimitSecs},
                       {u"disable_path"_s, c.disablePath},
                       {u"rollback_plan"_s, c.rollbackPlan},
                       {u"created_at"_s, timeValue(c.createdAt)},
                       {u"updated_at"_s, timeValue(c.updatedAt)},
                       {u"revision"_s, c.revision}};
}

QJsonObject toolToJson(const Tool &t)
{
    QJsonObject o{{u"name"_s, t.name},
                  {u"description"_s, t.description},
                  {u"annotations"_s, annotationsToJson(t.annotations)},
                  {u"definition_hash"_s, t.definitionHash},
                  {u"derived_power"_s, wordOf(t.derivedPower)},
                  {u"power"_s, wordOf(t.effectivePower())},
                  {u"target_arguments"_s, QJsonArray::fromStringList(t.targetArguments)},
                  {u"review_state"_s, wordOf(t.reviewState)}};
    if (t.powerOverride)
        o[u"power_override"_s] = wordOf(*t.powerOverride);
    return o;
}

Result<ConnectorDocument> connectorDocumentFromJson(const QJsonObject &o)
{
    ConnectorDocument doc;
    Connector &c = doc.connector;
    FieldReader r(o, QString());
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kConnectorKeys.contains(it.key()))
            r.adopt(u"unknown field '%1' (known: %2)"_s.arg(it.key(), kConnectorKeys.join(u", ")));
    }
    c.name = r.text(u"name"_s, true).trimmed();
    static const QRegularExpression namePattern(u"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,119}$"_s);
    if (r.error().isEmpty() && !namePattern.match(c.name).hasMatch())
        r.fail(u"name"_s, u"must be 1–120 letters, digits, spaces, '.', '_' or '-'"_s);
    c.purpose = r.text(u"purpose"_s);
    c.owner = r.text(u"owner"_s);
    c.targetSystem = r.text(u"target_system"_s);
    c.kind = r.word(u"kind"_s, ConnectorKind::BusinessApp);
    if (!o.contains(u"kind"_s))
        r.fail(u"kind"_s, u"is required (one of: %1)"_s.arg(allWords<ConnectorKind>().join(u", ")));
    c.transport = r.text(u"transport"_s);
    if (c.transport.isEmpty())
        c.transport = u"mcp_stdio"_s;
    c.status = r.word(u"status"_s, ConnectorStatus::Active);
    doc.hasStatus = o.contains(u"status"_s);
    c.lifecycle = r.word(u"lifecycle"_s, LifecycleStage::Requested);
    c.trust = r.word(u"trust_stage"_s, TrustStage::Observe);
    c.mode = r.word(u"permission_mode"_s, PermissionMode::AlwaysAsk);
    const QJsonArray powers = r.array(u"powers"_s);
    for (int i = 0; i < powers.size(); ++i) {
        const auto p = parseWord<Power>(powers.at(i).toString());
        if (!p)
            r.fail(u"powers[%1]"_s.arg(i), u"must be one of: %1"_s.arg(allWords<Power>().join(u", ")));
        else
            c.powers.add(*p);
    }
    const QJsonArray scope = r.array(u"scope"_s);
    for (int i = 0; i < scope.size(); ++i) {
        FieldReader sr(scope.at(i).toObject(), u"scope[%1]."_s.arg(i));
        if (!scope.at(i).isObject())
            r.fail(u"scope[%1]"_s.arg(i), u"must be an object {\"effect\", \"pattern\"}"_s);
        const QString effect = sr.text(u"effect"_s, true);
        ScopeRule rule;
        rule.pattern = sr.text(u"pattern"_s, true);
        if (effect == u"include"_s)
            rule.effect = ScopeRule::Effect::Include;
        else if (effect == u"exclude"_s)
            rule.effect = ScopeRule::Effect::Exclude;
        else
            sr.fail(u"effect"_s, u"must be include or exclude"_s);
        r.adopt(sr.error());
        c.scope << rule;
    }
    const QJsonArray triggers = r.array(u"triggers"_s);
    for (int i = 0; i < triggers.size(); ++i) {
        FieldReader tr(triggers.at(i).toObject(), u"triggers[%1]."_s.arg(i));
        TriggerRule t;
        t.trigger = tr.word(u"trigger"_s, ApprovalTrigger::DestructiveChange);
        t.pattern = tr.text(u"pattern"_s, true);
        r.adopt(tr.error());
        c.triggers << t;
    }
    const QJsonObject id = r.object(u"identity"_s);
    FieldReader ir(id, u"identity."_s);
    c.identity.kind = ir.word(u"kind"_s, IdentityKind::ServicePrincipal);
    c.identity.principal = ir.text(u"principal"_s);
    c.identity.onBehalfOf = ir.text(u"on_behalf_of"_s);
    c.identity.approvedBy = ir.text(u"approved_by"_s);
    c.identity.permissions = ir.text(u"permissions"_s);
    c.identity.shared = ir.flag(u"shared"_s);
    c.identity.credentialOwner = ir.text(u"credential_owner"_s);
    c.identity.lastRotated = ir.time(u"last_rotated"_s);
    c.identity.expires = ir.time(u"expires"_s);
    c.identity.revokePath = ir.text(u"revoke_path"_s);
    r.adopt(ir.error());
    c.lastReviewAt = r.time(u"last_review_at"_s);
    c.lastReviewBy = r.text(u"last_review_by"_s);
    c.nextReviewDue = r.time(u"next_review_due"_s);
    c.lastSyncAt = r.time(u"last_sync_at"_s);
    c.freshnessLimitSecs = r.integer(u"freshness_limit_s"_s);
    c.disablePath = r.text(u"disable_path"_s);
    c.rollbackPlan = r.text(u"rollback_plan"_s);

    doc.hasTools = o.contains(u"tools"_s);
    const QJsonArray tools = r.array(u"tools"_s);
    for (int i = 0; i < tools.size(); ++i) {
        const QJsonObject to = tools.at(i).toObject();
        FieldReader tr(to, u"tools[%1]."_s.arg(i));
        Tool t;
        t.connector = c.name;
        t.name = tr.text(u"name"_s, true);
        t.description = tr.text(u"description"_s);
        t.annotations = annotationsFromJson(tr.object(u"annotations"_s));
        t.derivedPower = derivePower(t.name, t.annotations);
        if (to.contains(u"power"_s))
            t.powerOverride = tr.word(u"power"_s, Power::Write);
        const QJsonArray args = tr.array(u"target_arguments"_s);
        for (const QJsonValue &a : args)
            t.targetArguments << a.toString();
        if (t.targetArguments.isEmpty())
            t.targetArguments = {u"path"_s, u"uri"_s, u"url"_s, u"id"_s};
        // The definition hash covers what the agent sees of the tool.
        QJsonObject def{{u"name"_s, t.name},
                        {u"description"_s, t.description},
                        {u"annotations"_s, annotationsToJson(t.annotations)},
                        {u"inputSchema"_s, to.value(u"input_schema"_s)}};
        t.definitionHash = QString::fromLatin1(sha256Hex(canonicalJson(def)));
        r.adopt(tr.error());
        doc.tools << t;
    }
    if (!r.error().isEmpty())
        return Error{ErrorCode::InvalidArgument, r.error()};
    return doc;
}

Result<ConnectorDocument> connectorDocumentFromText(const QByteArray &text, const QString &source)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        return Error{ErrorCode::InvalidArgument, u"%1 is not valid JSON: %2 at character %3"_s.arg(
                                                     source, err.errorString())
                                                     .arg(err.offset)};
    if (!doc.isObject())
        return Error{ErrorCode::InvalidArgument, u"%1 must hold one JSON object describing a connector"_s.arg(source)};
    auto parsed = connectorDocumentFromJson(doc.object());
    if (!parsed)
        return Error{parsed.code(), u"%1: %2"_s.arg(source, parsed.message())};
    return parsed;
}

} // namespace airlock
