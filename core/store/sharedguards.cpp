#include "sharedguards.h"

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// A refusal: SQLSTATE 42501, which Store::errorFrom explains as Denied.
QString refuse(const QString &format, const QString &args = {})
{
    return u"RAISE EXCEPTION '%1'%2 USING ERRCODE = 'insufficient_privilege';"_s.arg(
        format, args.isEmpty() ? QString() : u", "_s + args);
}

} // namespace

QStringList sharedGuardFunctions()
{
    QStringList sql;
    // The database's own clock, in the store's unit (ms since the epoch): a decision's time
    // is never the client's word.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_now_ms() RETURNS bigint
            LANGUAGE sql VOLATILE %PIN% AS $$
            SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint $$)"_s;
    // Whether a statement runs inside one of the SECURITY DEFINER functions below (as the
    // tables' owner) — no agent can be the owner, so a guard may trust what those did.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_running_as_owner() RETURNS boolean
            LANGUAGE sql STABLE %PIN% AS $$
            SELECT (SELECT relowner FROM pg_class WHERE oid = 'approvals'::regclass)
                 = (SELECT oid FROM pg_roles WHERE rolname = current_user) $$)"_s;
    // Whether a login (not the session) is a member of a role; false for a login since dropped.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_login_is(login text, role_name text) RETURNS boolean
            LANGUAGE sql STABLE %PIN% AS $$
            SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login)
                         AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name)
                        THEN pg_has_role(login, role_name, 'MEMBER')
                          OR pg_has_role(login, (SELECT relowner FROM pg_class
                                                 WHERE oid = 'approvals'::regclass), 'MEMBER')
                        ELSE false END $$)"_s;
    // The scope glob of core/policy/scopematcher.cpp as an anchored regular expression:
    // '*' one segment's characters, '**' anything; a '**' that is a whole segment matches
    // zero or more whole segments ("**/" → (.*/)?, a trailing "/**" → (/.*)?).
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_glob_matches(pattern text, path text) RETURNS boolean
            LANGUAGE plpgsql IMMUTABLE %PIN% AS $$
            DECLARE
                re text := '^';
                i int := 1;
                e int;
                n int := length(pattern);
                c text;
                seg_start boolean;
                seg_end boolean;
            BEGIN
                WHILE i <= n LOOP
                    c := substr(pattern, i, 1);
                    IF c <> '*' THEN
                        re := re || CASE WHEN c ~ '^[[:alnum:]/]$' THEN c ELSE '\' || c END;
                        i := i + 1;
                        CONTINUE;
                    END IF;
                    e := i;
                    WHILE e <= n AND substr(pattern, e, 1) = '*' LOOP
                        e := e + 1;
                    END LOOP;
                    seg_start := i = 1 OR substr(pattern, i - 1, 1) = '/';
                    seg_end := e > n OR substr(pattern, e, 1) = '/';
                    IF e - i = 1 THEN
                        re := re || '[^/]*';
                    ELSIF NOT seg_start OR NOT seg_end OR (i = 1 AND e > n) THEN
                        re := re || '.*';
                    ELSIF e <= n THEN
                        re := re || '(.*/)?';
                        e := e + 1;
                    ELSE
                        re := left(re, length(re) - 1) || '(/.*)?';
                    END IF;
                    i := e;
                END LOOP;
                RETURN path ~ (re || '$');
            END $$)"_s;

    // --- tools: what a server reports, and nothing else.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_record_tool(p_connector text, p_definition text,
                                                          p_derived_power text) RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER %PIN% AS $$
            DECLARE
                def jsonb;
                tool_name text;
                described text;
                notes jsonb;
                h text := encode(sha256(convert_to(p_definition, 'UTF8')), 'hex');
                now_ms bigint := airlock_now_ms();
                prior tools%ROWTYPE;
                seen text;
            BEGIN
                IF NOT (airlock_session_is('airlock_agent') OR airlock_session_is('airlock_lead')) THEN
                    %1
                END IF;
                BEGIN
                    def := p_definition::jsonb;
                EXCEPTION WHEN others THEN
                    RAISE EXCEPTION 'a reported tool definition is not JSON' USING ERRCODE = 'invalid_parameter_value';
                END;
                IF jsonb_typeof(def) IS DISTINCT FROM 'object' OR jsonb_typeof(def -> 'name') IS DISTINCT FROM 'string'
                   OR def ->> 'name' = '' THEN
                    RAISE EXCEPTION 'a reported tool definition needs a name' USING ERRCODE = 'invalid_parameter_value';
                END IF;
                IF p_derived_power IS NULL OR p_derived_power NOT IN ('read', 'search', 'draft', 'write', 'send', 'trigger') THEN
                    RAISE EXCEPTION 'unknown power ''%''', p_derived_power USING ERRCODE = 'invalid_parameter_value';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM connectors WHERE name = p_connector) THEN
                    RAISE EXCEPTION 'no connector named ''%''', p_connector USING ERRCODE = 'invalid_parameter_value';
                END IF;
                tool_name := def ->> 'name';
                described := CASE WHEN jsonb_typeof(def -> 'description') = 'string' THEN def ->> 'description' ELSE '' END;
                notes := '{}'::jsonb;
                IF jsonb_typeof(def -> 'annotations') = 'object' THEN
                    SELECT coalesce(jsonb_object_agg(a.key, a.value), '{}'::jsonb) INTO notes
                    FROM jsonb_each(def -> 'annotations') AS a
                    WHERE a.key IN ('readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint')
                      AND jsonb_typeof(a.value) = 'boolean';
                END IF;
                PERFORM set_config('airlock.recording_tool', 'on', true);
                SELECT * INTO prior FROM tools WHERE connector = p_connector AND name = tool_name FOR UPDATE;
                IF NOT FOUND THEN
                    -- New: unreviewed, the lead's default target arguments, no override.
                    INSERT INTO tools (connector, name, description, annotations, definition_hash,
                                       derived_power, review_state, reviewed_hash, first_seen, last_seen)
                    VALUES (p_connector, tool_name, described, notes::text, h, p_derived_power, 'new', '',
                            now_ms, now_ms);
                    seen := 'new';
                ELSIF prior.definition_hash = h THEN
                    UPDATE tools SET last_seen = now_ms WHERE connector = p_connector AND name = tool_name;
                    seen := 'unchanged';
                ELSE
                    -- Drift unless it returns to what was reviewed; once reviewed, the power stays
                    -- what the lead saw until the lead reviews again.
                    UPDATE tools SET description = described, annotations = notes::text, definition_hash = h,
                        derived_power = CASE WHEN prior.reviewed_hash = '' THEN p_derived_power ELSE prior.derived_power END,
                        review_state = CASE WHEN prior.reviewed_hash = '' THEN 'new'
                                            WHEN h = prior.reviewed_hash THEN 'reviewed' ELSE 'changed' END,
                        last_seen = now_ms
                    WHERE connector = p_connector AND name = tool_name;
                    seen := 'changed';
                END IF;
                PERFORM set_config('airlock.recording_tool', '', true);
                RETURN seen;
            END $$)"_s.arg(refuse(
        u"your login ''%'' is not an agent or lead: it cannot record tools"_s, u"session_user"_s));
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_guard_tools() RETURNS trigger
            LANGUAGE plpgsql %PIN% AS $$
            BEGIN
                IF NOT (airlock_session_is('airlock_lead')
                        OR (current_setting('airlock.recording_tool', true) = 'on' AND airlock_running_as_owner())) THEN
                    %1
                END IF;
                IF TG_OP = 'DELETE' THEN
                    RETURN OLD;
                END IF;
                RETURN NEW;
            END $$)"_s.arg(
        refuse(u"your login ''%'' is not a lead: it may only record tool definitions as a server "
               u"reports them (airlock_record_tool), never change a tool''s power, target "
               u"arguments, review state or hashes"_s,
               u"session_user"_s));
    // Every change to a tool commits with evidence about its connector, written by the same
    // transaction: sealed into the log within it (the writer lock is held, so it is the
    // connector's newest), or still in evidence_intake when the log cannot be sealed.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_check_tool_evidence() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER %PIN% AS $$
            DECLARE
                t_connector text;
                t_name text;
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    t_connector := OLD.connector;
                    t_name := OLD.name;
                ELSE
                    t_connector := NEW.connector;
                    t_name := NEW.name;
                END IF;
                IF TG_OP = 'UPDATE' THEN
                    IF NEW.derived_power IS NOT DISTINCT FROM OLD.derived_power
                       AND NEW.power_override IS NOT DISTINCT FROM OLD.power_override
                       AND NEW.target_args IS NOT DISTINCT FROM OLD.target_args
                       AND NEW.review_state IS NOT DISTINCT FROM OLD.review_state
                       AND NEW.reviewed_hash IS NOT DISTINCT FROM OLD.reviewed_hash
                       AND NEW.definition_hash IS NOT DISTINCT FROM OLD.definition_hash THEN
                        RETURN NULL;
                    END IF;
                END IF;
                IF NOT EXISTS (SELECT 1 FROM evidence_intake e WHERE e.connector = t_connector
                               AND e.xmin = pg_current_xact_id()::xid)
                   AND (SELECT e.xmin FROM evidence e WHERE e.connector = t_connector ORDER BY e.seq DESC LIMIT 1)
                       IS DISTINCT FROM pg_current_xact_id()::xid THEN
                    %1
                END IF;
                RETURN NULL;
            END $$)"_s.arg(
        refuse(u"tool % of connector % changed without evidence: a change to a tool "
               u"commits together with an evidence event about its connector"_s,
               u"t_name, t_connector"_s));

    // --- decisions: only with their evidence.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_check_decision_evidence() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER %PIN% AS $$
            DECLARE
                written_by xid;
                ev_kind text;
                ev_payload text;
                decided jsonb;
            BEGIN
                SELECT e.xmin, e.kind, e.payload INTO written_by, ev_kind, ev_payload
                FROM evidence e WHERE e.event_id = NEW.id || ':decided';
                IF NOT FOUND THEN
                    SELECT e.xmin, e.kind, e.payload INTO written_by, ev_kind, ev_payload
                    FROM evidence_intake e WHERE e.event_id = NEW.id || ':decided';
                END IF;
                IF NOT FOUND OR written_by IS DISTINCT FROM pg_current_xact_id()::xid THEN
                    %1
                END IF;
                BEGIN
                    decided := ev_payload::jsonb;
                EXCEPTION WHEN others THEN
                    decided := NULL;
                END;
                IF ev_kind <> 'approval_decided' OR decided IS NULL
                   OR decided ->> 'request_id' IS DISTINCT FROM NEW.id
                   OR decided ->> 'decision' IS DISTINCT FROM NEW.status
                   OR (NEW.status = 'approved'
                       AND decided ->> 'approved_arguments_hash' IS DISTINCT FROM NEW.approved_arguments_hash) THEN
                    %2
                END IF;
                RETURN NULL;
            END $$)"_s.arg(
        refuse(u"request % was decided without its evidence: the decision commits "
               u"together with its approval_decided event (%:decided)"_s,
               u"NEW.id, NEW.id"_s),
        refuse(u"request % was decided, but its evidence event %:decided records another "
               u"decision or other arguments"_s,
               u"NEW.id, NEW.id"_s));

    // --- standing grants: applied for the requester, only when they really cover the request.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_apply_grant(p_request text, p_grant text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER %PIN% AS $$
            DECLARE
                r approvals%ROWTYPE;
                g approval_grants%ROWTYPE;
                now_ms bigint := airlock_now_ms();
            BEGIN
                SELECT * INTO r FROM approvals WHERE id = p_request FOR UPDATE;
                IF NOT FOUND OR r.requested_by IS DISTINCT FROM session_user::text THEN
                    %1
                END IF;
                IF r.status <> 'pending' OR r.expires_at <= now_ms THEN
                    %2
                END IF;
                SELECT * INTO g FROM approval_grants WHERE id = p_grant;
                IF NOT FOUND OR g.revoked_at IS NOT NULL OR g.expires_at <= now_ms THEN
                    %3
                END IF;
                IF g.connector <> r.connector OR g.tool <> r.tool OR (g.run_id <> '' AND g.run_id <> r.run_id)
                   OR NOT airlock_glob_matches(g.target_pattern, r.target) THEN
                    %4
                END IF;
                IF g.granted_by = r.requested_by
                   OR NOT (airlock_login_is(g.granted_by, 'airlock_reviewer') OR airlock_login_is(g.granted_by, 'airlock_lead')) THEN
                    %5
                END IF;
                PERFORM set_config('airlock.grant_decision', p_request, true);
                UPDATE approvals SET status = 'approved', decided_by = g.granted_by, decided_at = now_ms,
                    decision_note = format('approved ahead by grant %s (%s)', g.id,
                        CASE WHEN g.target_pattern = '**' THEN g.tool ELSE g.tool || ' on ' || g.target_pattern END),
                    approved_arguments = r.arguments, approved_arguments_hash = r.arguments_hash, edited = 0
                WHERE id = p_request;
                PERFORM set_config('airlock.grant_decision', '', true);
            END $$)"_s.arg(
        refuse(u"no request % of your login ''%'' exists"_s, u"p_request, session_user"_s),
        refuse(u"request % is no longer pending"_s, u"p_request"_s),
        refuse(u"grant % is unknown, revoked or expired"_s, u"p_grant"_s),
        refuse(u"grant % does not cover request %"_s, u"p_grant, p_request"_s),
        refuse(u"grant % was not made by a reviewer or lead other than the requester"_s,
               u"p_grant"_s));
    return sql;
}

QStringList sharedGuardTriggers()
{
    QStringList sql;
    sql << u"DROP TRIGGER IF EXISTS tools_change_evidence ON tools"_s
        << uR"(CREATE CONSTRAINT TRIGGER tools_change_evidence AFTER INSERT OR UPDATE OR DELETE ON tools
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION airlock_check_tool_evidence())"_s
        << u"DROP TRIGGER IF EXISTS approvals_decision_evidence ON approvals"_s
        << uR"(CREATE CONSTRAINT TRIGGER approvals_decision_evidence AFTER UPDATE ON approvals
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
            WHEN (OLD.status = 'pending' AND NEW.status IN ('approved', 'rejected'))
            EXECUTE FUNCTION airlock_check_decision_evidence())"_s;
    return sql;
}

QStringList sharedGuardPrivileges()
{
    const QString functions =
        u"airlock_record_tool(text, text, text), airlock_apply_grant(text, text)"_s;
    return {
        u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(functions),
        u"GRANT EXECUTE ON FUNCTION airlock_record_tool(text, text, text) TO airlock_agent, airlock_lead"_s,
        u"GRANT EXECUTE ON FUNCTION airlock_apply_grant(text, text) TO airlock_agent, airlock_lead"_s};
}

} // namespace airlock
