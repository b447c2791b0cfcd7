#include "storeroles.h"

#include "evidencechain.h"
#include "sharedguards.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QSqlQuery>

#include <tuple>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

const QStringList kTables = {u"schema_migrations"_s, u"connectors"_s, u"scope_rules"_s,
                             u"trigger_rules"_s,     u"tools"_s,      u"runs"_s,
                             u"run_connectors"_s,    u"evidence"_s,   u"approvals"_s,
                             u"reviews"_s,           u"approval_grants"_s,
                             // migration 7: signed checkpoints (core/proof/)
                             u"store_identity"_s,    u"checkpoints"_s,
                             // migration 8: evidence waiting to be sealed into the log
                             u"evidence_intake"_s};

QString refuse(const QString &message)
{
    // A refusal from a guard: SQLSTATE 42501, which Store::errorFrom explains as Denied.
    return u"RAISE EXCEPTION %1 USING ERRCODE = 'insufficient_privilege';"_s.arg(message);
}

// The guards run as the caller (SECURITY INVOKER): session_user is the login that connected,
// whatever SET ROLE says, so nobody can record a name other than their own.
// schema: the quoted schema the tables live in. Every function pins its search_path to
// pg_catalog, that schema and (last) pg_temp, so a caller's temporary table or function named
// like ours (runs, evidence, approvals, pg_roles…) can never stand in for it.
QStringList guardFunctions(const QString &schema)
{
    QStringList sql;
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_shared_mode() RETURNS boolean
            LANGUAGE sql IMMUTABLE %PIN% AS $$ SELECT true $$)"_s;
    // The owner of the tables (and a superuser) counts as a member of every role.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_session_is(role_name text) RETURNS boolean
            LANGUAGE sql STABLE %PIN% AS $$
            SELECT (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name)
                    AND pg_has_role(session_user, role_name, 'MEMBER'))
                OR pg_has_role(session_user, (SELECT relowner FROM pg_class
                                              WHERE oid = 'approvals'::regclass), 'MEMBER') $$)"_s;
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_guard_evidence() RETURNS trigger
            LANGUAGE plpgsql %PIN% AS $$
            BEGIN
                IF NEW.actor IS DISTINCT FROM session_user::text THEN
                    %1
                END IF;
                RETURN NEW;
            END $$)"_s.arg(refuse(u"'evidence must name your login ''%'' as its actor, not ''%''', session_user, NEW.actor"_s));
    const QString decisionColumns =
        u"ARRAY['status','decided_by','decided_at','decision_note','approved_arguments',"
        u"'approved_arguments_hash','edited','outcome','outcome_at','holder','lease_expires_at']"_s;
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_guard_approvals() RETURNS trigger
            LANGUAGE plpgsql %PIN% AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    IF NEW.requested_by IS DISTINCT FROM session_user::text THEN
                        %1
                    END IF;
                    IF NEW.status <> 'pending' OR NEW.decided_by IS NOT NULL THEN
                        %2
                    END IF;
                    RETURN NEW;
                END IF;
                IF (to_jsonb(NEW) - %3::text[]) IS DISTINCT FROM (to_jsonb(OLD) - %3::text[]) THEN
                    %4
                END IF;
                IF NEW.status IS DISTINCT FROM OLD.status THEN
                    IF OLD.status <> 'pending' THEN
                        %5
                    END IF;
                    IF NEW.status IN ('approved', 'rejected') THEN
                        -- airlock_apply_grant (run as the owner) checked the grant and names its author.
                        IF current_setting('airlock.grant_decision', true) IS DISTINCT FROM OLD.id
                           OR NOT airlock_running_as_owner() THEN
                            IF NOT (airlock_session_is('airlock_reviewer') OR airlock_session_is('airlock_lead')) THEN
                                %6
                            END IF;
                            IF NEW.decided_by IS DISTINCT FROM session_user::text THEN
                                %7
                            END IF;
                        END IF;
                        -- The decision's time is the database's, and the arguments it approves
                        -- are exactly those its hash names.
                        NEW.decided_at := airlock_now_ms();
                        IF NEW.status = 'approved' THEN
                            IF NEW.approved_arguments IS NULL OR NEW.approved_arguments_hash IS DISTINCT FROM
                               encode(sha256(convert_to(NEW.approved_arguments, 'UTF8')), 'hex') THEN
                                %11
                            END IF;
                            IF NEW.approved_arguments_hash <> NEW.arguments_hash AND NEW.edited = 0 THEN
                                %12
                            END IF;
                        ELSIF NEW.approved_arguments IS NOT NULL OR NEW.approved_arguments_hash IS NOT NULL THEN
                            %13
                        END IF;
                    ELSIF NEW.status = 'withdrawn' THEN
                        -- A request whose holder's lease ran out (its gate died) may be ended
                        -- by whichever reviewer notices (issue #11).
                        IF NOT (OLD.requested_by = session_user::text OR airlock_session_is('airlock_owner')
                                OR airlock_session_is('airlock_lead')
                                OR (airlock_session_is('airlock_reviewer') AND OLD.holder <> ''
                                    AND OLD.lease_expires_at <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint)) THEN
                            %8
                        END IF;
                        IF NEW.decided_by IS DISTINCT FROM session_user::text THEN
                            %7
                        END IF;
                        NEW.decided_at := airlock_now_ms();
                    ELSIF NEW.status = 'expired' AND NEW.decided_by IS NOT NULL THEN
                        %7
                    END IF;
                ELSIF NEW.decided_by IS DISTINCT FROM OLD.decided_by OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
                      OR NEW.decision_note IS DISTINCT FROM OLD.decision_note
                      OR NEW.approved_arguments IS DISTINCT FROM OLD.approved_arguments
                      OR NEW.approved_arguments_hash IS DISTINCT FROM OLD.approved_arguments_hash
                      OR NEW.edited IS DISTINCT FROM OLD.edited THEN
                    %9
                END IF;
                -- The lease is the requester's own, renewed while its request is pending.
                IF (NEW.holder IS DISTINCT FROM OLD.holder OR NEW.lease_expires_at IS DISTINCT FROM OLD.lease_expires_at)
                   AND NOT (OLD.requested_by = session_user::text AND OLD.status = 'pending') THEN
                    %14
                END IF;
                IF NEW.outcome IS DISTINCT FROM OLD.outcome
                   AND NOT (OLD.requested_by = session_user::text OR airlock_session_is('airlock_lead')) THEN
                    %10
                END IF;
                RETURN NEW;
            END $$)"_s
               .arg(refuse(u"'a request must name your login ''%'' as its requester, not ''%''', session_user, NEW.requested_by"_s),
                    refuse(u"'a new request must be pending and undecided'"_s), decisionColumns,
                    refuse(u"'a request''s own fields cannot be changed, only its decision'"_s),
                    refuse(u"'request % is already %', OLD.id, OLD.status"_s),
                    refuse(u"'your login ''%'' is not a reviewer or lead: it cannot decide requests', session_user"_s),
                    refuse(u"'a decision must name your login ''%'' as decided_by, not ''%''', session_user, NEW.decided_by"_s),
                    refuse(u"'your login ''%'' may not withdraw request %: it is not the requester, an owner or a lead', session_user, OLD.id"_s),
                    refuse(u"'a decision cannot be changed once made'"_s))
               .arg(refuse(u"'only the requester records what became of request %', OLD.id"_s))
               .arg(refuse(u"'approved_arguments_hash of request % must be the sha256 of its approved_arguments', OLD.id"_s))
               .arg(refuse(u"'request % approves other arguments than were asked for: it must be marked edited', OLD.id"_s))
               .arg(refuse(u"'a rejection of request % approves no arguments', OLD.id"_s))
               .arg(refuse(u"'only the requester holds request % open, while it is pending', OLD.id"_s));
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_guard_grants() RETURNS trigger
            LANGUAGE plpgsql %PIN% AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    IF NEW.granted_by IS DISTINCT FROM session_user::text THEN
                        %1
                    END IF;
                    RETURN NEW;
                END IF;
                IF (to_jsonb(NEW) - ARRAY['revoked_by','revoked_at','revoke_reason'])
                   IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['revoked_by','revoked_at','revoke_reason'])
                   OR OLD.revoked_by IS NOT NULL THEN
                    %2
                END IF;
                IF NEW.revoked_by IS DISTINCT FROM session_user::text THEN
                    %3
                END IF;
                RETURN NEW;
            END $$)"_s
               .arg(refuse(u"'a grant must name your login ''%'' as granted_by, not ''%''', session_user, NEW.granted_by"_s),
                    refuse(u"'a grant can only be revoked, once'"_s),
                    refuse(u"'a revocation must name your login ''%'' as revoked_by, not ''%''', session_user, NEW.revoked_by"_s));
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_guard_reviews() RETURNS trigger
            LANGUAGE plpgsql %PIN% AS $$
            BEGIN
                IF NEW.reviewed_by IS DISTINCT FROM session_user::text THEN
                    %1
                END IF;
                RETURN NEW;
            END $$)"_s
               .arg(refuse(u"'a review must name your login ''%'' as reviewer, not ''%''', session_user, NEW.reviewed_by"_s));
    // Owners may only move a connector between active, paused and disconnected.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_guard_connectors() RETURNS trigger
            LANGUAGE plpgsql %PIN% AS $$
            BEGIN
                IF NEW.last_review_by IS DISTINCT FROM OLD.last_review_by
                   AND NEW.last_review_by IS DISTINCT FROM session_user::text THEN
                    %1
                END IF;
                IF airlock_session_is('airlock_lead') THEN
                    RETURN NEW;
                END IF;
                IF (to_jsonb(NEW) - ARRAY['status','updated_at','revision'])
                   IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status','updated_at','revision'])
                   OR NEW.status NOT IN ('active', 'paused', 'disconnected')
                   OR OLD.status NOT IN ('active', 'paused', 'disconnected') THEN
                    %2
                END IF;
                RETURN NEW;
            END $$)"_s
               .arg(refuse(u"'a review must name your login ''%'', not ''%''', session_user, NEW.last_review_by"_s),
                    refuse(u"'your login ''%'' is not a lead: it may only pause, resume or disconnect connector %', session_user, OLD.name"_s));
    // A run names the login that started it, for good: row-level security lets an agent read
    // its own runs by it.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_guard_runs() RETURNS trigger
            LANGUAGE plpgsql %PIN% AS $$
            BEGIN
                IF TG_OP = 'INSERT' AND NEW.started_by IS DISTINCT FROM session_user::text THEN
                    %1
                END IF;
                IF TG_OP = 'UPDATE' AND NEW.started_by IS DISTINCT FROM OLD.started_by THEN
                    %2
                END IF;
                RETURN NEW;
            END $$)"_s
               .arg(refuse(u"'a run must name your login ''%'' as the one who started it, not ''%''', session_user, NEW.started_by"_s),
                    refuse(u"'who started run % cannot be changed', OLD.id"_s));
    // An agent reads only its own runs and evidence, but appending needs the chain's head:
    // these run with the table owner's rights and answer just that much — the head's sequence
    // number and hash (not its content), and whether the caller started a run.
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_chain_tip(OUT seq bigint, OUT hash text)
            LANGUAGE sql STABLE SECURITY DEFINER %PIN% AS $$
            SELECT e.seq, e.hash FROM evidence e ORDER BY e.seq DESC LIMIT 1 $$)"_s;
    sql << uR"(CREATE OR REPLACE FUNCTION airlock_started_run(run text) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER %PIN% AS $$
            SELECT EXISTS (SELECT 1 FROM runs r WHERE r.id = run AND r.started_by = session_user::text) $$)"_s;
    // Tools, decisions and standing grants: sharedguards.cpp.
    sql << sharedGuardFunctions();
    const QString pin = u"SET search_path = pg_catalog, %1, pg_temp"_s.arg(schema);
    for (QString &statement : sql)
        statement.replace(u"%PIN%"_s, pin);
    return sql;
}

QStringList guardTriggers()
{
    QStringList sql;
    // Evidence is recorded in evidence_intake under the recorder's login; the database seals
    // it into evidence itself (migration 8), so the actor is checked where it is recorded.
    sql << u"DROP TRIGGER IF EXISTS evidence_shared_guard ON evidence"_s;
    const QList<QPair<QString, QString>> triggers = {
        {u"evidence_intake"_s, u"INSERT"_s},
        {u"approvals"_s, u"INSERT OR UPDATE"_s},
        {u"approval_grants"_s, u"INSERT OR UPDATE"_s},
        {u"reviews"_s, u"INSERT"_s},
        {u"connectors"_s, u"UPDATE"_s},
        {u"tools"_s, u"INSERT OR UPDATE OR DELETE"_s},
        {u"runs"_s, u"INSERT OR UPDATE"_s},
    };
    for (const auto &[table, events] : triggers) {
        const QString function = table == u"approval_grants"_s   ? u"airlock_guard_grants"_s
                                 : table == u"evidence_intake"_s ? u"airlock_guard_evidence"_s
                                                                 : u"airlock_guard_"_s + table;
        sql << u"DROP TRIGGER IF EXISTS %1_shared_guard ON %1"_s.arg(table)
            << u"CREATE TRIGGER %1_shared_guard BEFORE %2 ON %1 FOR EACH ROW EXECUTE FUNCTION %3()"_s
                   .arg(table, events, function);
    }
    sql << sharedGuardTriggers();
    return sql;
}

QStringList privileges()
{
    const QString all = u"airlock_agent, airlock_reviewer, airlock_lead, airlock_investigator, airlock_owner"_s;
    const QString tables = kTables.join(u", "_s);
    QStringList sql;
    // Start from nothing each time, so a re-run leaves exactly these privileges.
    sql << u"REVOKE ALL ON %1 FROM %2"_s.arg(tables, all)
        << uR"(DO $$ BEGIN
                EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %1', current_database());
                EXECUTE format('GRANT USAGE ON SCHEMA %I TO %1', current_schema());
                EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
            END $$)"_s.arg(all)
        << u"GRANT SELECT ON schema_migrations TO %1"_s.arg(all)
        // Everyone but the agent reads everything; the agent reads policy and, through
        // row-level security, its own requests, runs and evidence.
        << u"GRANT SELECT ON %1 TO airlock_reviewer, airlock_lead, airlock_investigator, airlock_owner"_s.arg(tables)
        << u"GRANT SELECT ON connectors, scope_rules, trigger_rules, tools, runs, run_connectors, "
           u"evidence, evidence_intake, approvals, approval_grants TO airlock_agent"_s
        // Recording evidence keeps the run's flags and connectors in step (EvidenceChain). No
        // login inserts into the log itself: airlock_seal() places every link (migration 8).
        << u"GRANT INSERT ON evidence_intake, run_connectors TO airlock_agent, airlock_reviewer, airlock_lead, airlock_owner"_s
        << u"GRANT USAGE ON SEQUENCE evidence_intake_intake_seq TO airlock_agent, airlock_reviewer, airlock_lead, airlock_owner"_s
        << u"GRANT UPDATE (flags, status) ON runs TO airlock_reviewer, airlock_lead, airlock_owner"_s
        // Tools only through airlock_record_tool (sharedguards.cpp): never a policy field.
        << u"GRANT INSERT, UPDATE ON runs TO airlock_agent"_s
        << u"GRANT INSERT ON approvals TO airlock_agent, airlock_lead"_s
        << u"GRANT UPDATE (holder, lease_expires_at) ON approvals TO airlock_agent, airlock_lead"_s
        << u"GRANT UPDATE (status, decided_by, decided_at, decision_note, outcome, outcome_at) ON approvals TO airlock_agent, airlock_owner"_s
        << u"GRANT UPDATE (status, decided_by, decided_at, decision_note, approved_arguments, "
           u"approved_arguments_hash, edited, outcome, outcome_at) ON approvals TO airlock_reviewer, airlock_lead"_s
        << u"GRANT INSERT, UPDATE ON approval_grants TO airlock_reviewer, airlock_lead"_s
        << u"GRANT UPDATE ON connectors TO airlock_owner"_s
        << u"GRANT INSERT, UPDATE, DELETE ON connectors, scope_rules, trigger_rules, tools TO airlock_lead"_s
        << u"GRANT INSERT ON reviews TO airlock_lead"_s
        // A checkpoint is signed with a key outside the store; whoever holds one records it.
        << u"GRANT INSERT ON checkpoints TO airlock_lead, airlock_owner"_s;
    // Row-level security: an agent sees and changes only the requests and runs it made, and
    // reads only its own evidence (and the chain's head, which appending needs). The people
    // roles see every row; what they may change is limited by the grants above.
    const QString people = u"airlock_reviewer, airlock_lead, airlock_investigator, airlock_owner"_s;
    const QString writers = u"airlock_reviewer, airlock_lead, airlock_owner"_s;
    const QList<std::tuple<QString, QString, QString>> policies = {
        {u"approvals"_s, u"airlock_read_all"_s, u"FOR SELECT TO %1 USING (true)"_s.arg(people)},
        {u"approvals"_s, u"airlock_read_own"_s, u"FOR SELECT TO airlock_agent USING (requested_by = session_user::text)"_s},
        {u"approvals"_s, u"airlock_request"_s, u"FOR INSERT TO airlock_agent, airlock_lead WITH CHECK (requested_by = session_user::text AND status = 'pending')"_s},
        {u"approvals"_s, u"airlock_decide"_s, u"FOR UPDATE TO airlock_reviewer, airlock_lead USING (true) "
                                              u"WITH CHECK (decided_by IS NULL OR decided_by = session_user::text OR status = 'expired')"_s},
        {u"approvals"_s, u"airlock_withdraw"_s, u"FOR UPDATE TO airlock_owner USING (true) "
                                                u"WITH CHECK (status IN ('pending', 'withdrawn', 'expired'))"_s},
        {u"approvals"_s, u"airlock_own_requests"_s, u"FOR UPDATE TO airlock_agent USING (requested_by = session_user::text) "
                                                    u"WITH CHECK (requested_by = session_user::text AND status IN ('pending', 'approved', 'withdrawn', 'expired'))"_s},
        {u"runs"_s, u"airlock_read_all"_s, u"FOR SELECT TO %1 USING (true)"_s.arg(people)},
        {u"runs"_s, u"airlock_mark"_s, u"FOR UPDATE TO %1 USING (true)"_s.arg(writers)},
        {u"runs"_s, u"airlock_own_runs"_s, u"FOR ALL TO airlock_agent USING (started_by = session_user::text) "
                                           u"WITH CHECK (started_by = session_user::text)"_s},
        {u"run_connectors"_s, u"airlock_read_all"_s, u"FOR SELECT TO %1 USING (true)"_s.arg(people)},
        {u"run_connectors"_s, u"airlock_append"_s, u"FOR INSERT TO %1 WITH CHECK (true)"_s.arg(writers)},
        {u"run_connectors"_s, u"airlock_own_runs"_s, u"FOR ALL TO airlock_agent USING (airlock_started_run(run_id)) "
                                                     u"WITH CHECK (airlock_started_run(run_id))"_s},
        {u"evidence"_s, u"airlock_read_all"_s, u"FOR SELECT TO %1 USING (true)"_s.arg(people)},
        {u"evidence_intake"_s, u"airlock_read_all"_s, u"FOR SELECT TO %1 USING (true)"_s.arg(people)},
        {u"evidence_intake"_s, u"airlock_append"_s, u"FOR INSERT TO %1 WITH CHECK (true)"_s.arg(writers)},
        // (a retry's ON CONFLICT needs to read the event ids it conflicts with: its own)
        {u"evidence_intake"_s, u"airlock_read_own"_s, u"FOR SELECT TO airlock_agent USING (actor = session_user::text)"_s},
        {u"evidence_intake"_s, u"airlock_append_own"_s, u"FOR INSERT TO airlock_agent "
                                                        u"WITH CHECK (run_id = '' OR airlock_started_run(run_id))"_s},
        // …and the decisions on its own requests, which the gate checks before it runs one.
        {u"evidence"_s, u"airlock_read_own"_s, u"FOR SELECT TO airlock_agent USING (actor = session_user::text "
                                               u"OR (run_id <> '' AND airlock_started_run(run_id)) "
                                               u"OR event_id IN (SELECT a.id || ':decided' FROM approvals a "
                                               u"WHERE a.requested_by = session_user::text))"_s},
    };
    for (const QString &table : {u"approvals"_s, u"runs"_s, u"run_connectors"_s, u"evidence"_s, u"evidence_intake"_s})
        sql << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table);
    // Earlier forms let logins insert into the log directly.
    sql << u"DROP POLICY IF EXISTS airlock_append ON evidence"_s
        << u"DROP POLICY IF EXISTS airlock_append_own ON evidence"_s;
    for (const auto &[table, name, body] : policies) {
        sql << u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(name, table)
            << u"CREATE POLICY %1 ON %2 %3"_s.arg(name, table, body);
    }
    // The two functions that see past row-level security are for the roles only.
    sql << u"DROP FUNCTION IF EXISTS airlock_chain_head()"_s // an earlier, wider form
        << u"REVOKE ALL ON FUNCTION airlock_chain_tip(), airlock_started_run(text) FROM PUBLIC"_s
        << u"GRANT EXECUTE ON FUNCTION airlock_chain_tip(), airlock_started_run(text) TO %1"_s.arg(all)
        // Sealing places waiting evidence by the database's rules only: anyone may ask for it.
        << u"REVOKE ALL ON FUNCTION airlock_seal(text) FROM PUBLIC"_s
        << u"GRANT EXECUTE ON FUNCTION airlock_seal(text) TO %1"_s.arg(all)
        << sharedGuardPrivileges();
    return sql;
}

Status requirePostgres(Store &store, const QString &what)
{
    if (store.backend() != Backend::Postgres)
        return Status::failure(ErrorCode::InvalidArgument,
                               u"%1 needs a PostgreSQL store: %2 is a single-user SQLite file, "
                               u"where roles do not apply"_s.arg(what, store.url().display()));
    return {};
}

Result<bool> queryBool(Store &store, const QString &sql, const QVariantList &binds = {})
{
    auto q = store.exec(sql, binds);
    if (!q)
        return q.error();
    const bool value = (*q)->next() && (*q)->value(0).toBool();
    (*q)->finish();
    return value;
}

Result<QString> quotedIdentifier(Store &store, const QString &name)
{
    auto q = store.exec(u"SELECT quote_ident(?)"_s, {name});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{ErrorCode::InvalidArgument, u"cannot quote %1"_s.arg(name)};
    const QString quoted = (*q)->value(0).toString();
    (*q)->finish();
    return quoted;
}

Result<bool> changeMembership(Store &store, const QString &login, StoreRole role, bool grant)
{
    const QString verb = grant ? u"admin grant"_s : u"admin revoke"_s;
    if (Status s = requirePostgres(store, verb); !s)
        return s.error();
    if (login.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, u"%1: the login is empty"_s.arg(verb)};
    auto q = store.exec(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s, {login});
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return Error{ErrorCode::NotFound,
                     u"%1: there is no login '%2' on this server; create it first "
                     u"(CREATE ROLE \"%2\" LOGIN PASSWORD '…')"_s.arg(verb, login)};
    }
    const bool canLogin = (*q)->value(0).toBool();
    (*q)->finish();
    if (!canLogin)
        return Error{ErrorCode::InvalidArgument, u"%1: '%2' is a group role, not a login"_s.arg(verb, login)};
    auto exists = queryBool(store, u"SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"_s,
                            {databaseRoleOf(role)});
    if (!exists)
        return exists.error();
    auto shared = isSharedStore(store);
    if (!shared)
        return shared.error();
    if (!*exists || !*shared)
        return Error{ErrorCode::InvalidArgument, u"%1: the roles are not set up on this database: run "
                                                 u"'airlockctl admin setup-roles' first"_s.arg(verb)};
    auto quoted = quotedIdentifier(store, login);
    if (!quoted)
        return quoted.error();
    // The change and its evidence commit together; a grant that changes nothing records nothing.
    bool changed = false;
    const Status written = store.write([&]() -> Status {
        const QString memberSql = u"SELECT EXISTS (SELECT 1 FROM pg_auth_members am "
                                  u"JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
                                  u"WHERE g.rolname = ? AND m.rolname = ?)"_s;
        auto member = queryBool(store, memberSql, {databaseRoleOf(role), login});
        if (!member)
            return member.status();
        if (*member == grant)
            return {};
        changed = true;
        if (Status s = store.execDirect(u"%1 %2 %3 %4"_s.arg(grant ? u"GRANT"_s : u"REVOKE"_s, databaseRoleOf(role),
                                                             grant ? u"TO"_s : u"FROM"_s, *quoted));
            !s)
            return s;
        // PostgreSQL may only warn and change nothing (a membership another role granted):
        // then nothing is recorded either.
        auto after = queryBool(store, memberSql, {databaseRoleOf(role), login});
        if (!after)
            return after.status();
        if (*after != grant)
            return Status::failure(ErrorCode::Denied,
                                   u"%1: the database did not change %2's %3 role (was it granted by "
                                   u"another role? ask that role, or a superuser)"_s.arg(verb, login, wordOf(role)));
        EvidenceEvent e;
        e.kind = grant ? EventKind::RoleGranted : EventKind::RoleRevoked;
        e.target = login;
        e.summary = grant ? u"%1 was given the %2 role"_s.arg(login, wordOf(role))
                          : u"%1 no longer has the %2 role"_s.arg(login, wordOf(role));
        e.payload = QJsonDocument(QJsonObject{{u"login"_s, login}, {u"role"_s, wordOf(role)},
                                              {u"database_role"_s, databaseRoleOf(role)}})
                        .toJson(QJsonDocument::Compact);
        return EvidenceChain(store).append(e).status();
    });
    if (!written)
        return written.error();
    return changed;
}

} // namespace

QString wordOf(StoreRole role)
{
    switch (role) {
    case StoreRole::Agent: return u"agent"_s;
    case StoreRole::Reviewer: return u"reviewer"_s;
    case StoreRole::Lead: return u"lead"_s;
    case StoreRole::Investigator: return u"investigator"_s;
    case StoreRole::Owner: return u"owner"_s;
    }
    return {};
}

QString databaseRoleOf(StoreRole role)
{
    return u"airlock_"_s + wordOf(role);
}

const QList<StoreRole> &allStoreRoles()
{
    static const QList<StoreRole> all = {StoreRole::Agent, StoreRole::Reviewer, StoreRole::Lead,
                                         StoreRole::Investigator, StoreRole::Owner};
    return all;
}

std::optional<StoreRole> parseStoreRole(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (StoreRole r : allStoreRoles()) {
        if (t == wordOf(r) || t == databaseRoleOf(r))
            return r;
    }
    return std::nullopt;
}

QString SessionRoles::describe() const
{
    QStringList words;
    for (StoreRole r : allStoreRoles()) {
        if (has(r))
            words << wordOf(r);
    }
    return words.isEmpty() ? u"no Airlock role"_s : words.join(u", "_s);
}

QString SessionRoles::whyNot(const QString &action, const QList<StoreRole> &needed) const
{
    QStringList words;
    for (StoreRole r : needed)
        words << wordOf(r);
    return u"Your login '%1' is %2: %3 needs the %4 role."_s.arg(
        login, describe(), action, words.join(u" or "_s));
}

Result<bool> isSharedStore(Store &store)
{
    if (store.backend() != Backend::Postgres)
        return false;
    return queryBool(store, u"SELECT to_regprocedure('airlock_shared_mode()') IS NOT NULL"_s);
}

Result<SessionRoles> readSessionRoles(Store &store)
{
    SessionRoles s;
    if (store.backend() != Backend::Postgres) {
        s.roles = QSet<StoreRole>(allStoreRoles().cbegin(), allStoreRoles().cend());
        return s;
    }
    s.shared = store.isShared(); // read when the store was opened (refreshIdentity)
    if (!s.shared) {
        // No roles on this database: whoever connects may do everything.
        s.login = store.sessionUser();
        s.roles = QSet<StoreRole>(allStoreRoles().cbegin(), allStoreRoles().cend());
        return s;
    }
    {
        auto q = store.exec(u"SELECT session_user::text, pg_has_role(session_user, "
                            u"(SELECT relowner FROM pg_class WHERE oid = to_regclass('approvals')), 'MEMBER')"_s);
        if (!q)
            return q.error();
        bool everything = true;
        if ((*q)->next()) {
            s.login = (*q)->value(0).toString();
            everything = (*q)->value(1).toBool();
        }
        (*q)->finish();
        if (everything) {
            s.roles = QSet<StoreRole>(allStoreRoles().cbegin(), allStoreRoles().cend());
            return s;
        }
    }
    auto q = store.exec(u"SELECT rolname FROM pg_roles WHERE rolname LIKE 'airlock\\_%' "
                        u"AND pg_has_role(session_user, oid, 'MEMBER')"_s);
    if (!q)
        return q.error();
    while ((*q)->next()) {
        if (auto r = parseStoreRole((*q)->value(0).toString()))
            s.roles.insert(*r);
    }
    (*q)->finish();
    return s;
}

Status setupRoles(Store &store)
{
    if (Status s = requirePostgres(store, u"admin setup-roles"_s); !s)
        return s;
    QStringList sql;
    sql << uR"(DO $$ DECLARE r text; BEGIN
            FOREACH r IN ARRAY ARRAY['airlock_agent', 'airlock_reviewer', 'airlock_lead',
                                     'airlock_investigator', 'airlock_owner'] LOOP
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                END IF;
            END LOOP;
        END $$)"_s;
    auto schema = store.exec(u"SELECT quote_ident(current_schema())"_s);
    if (!schema)
        return schema.status();
    const QString quotedSchema = (*schema)->next() ? (*schema)->value(0).toString() : QString();
    (*schema)->finish();
    if (quotedSchema.isEmpty())
        return Status::failure(ErrorCode::InvalidArgument,
                               u"admin setup-roles: the connection has no current schema (check search_path)"_s);
    sql << guardFunctions(quotedSchema) << guardTriggers() << privileges();
    const Status s = store.write([&]() -> Status {
        for (const QString &statement : sql) {
            if (Status e = store.execDirect(statement); !e)
                return Status::failure(e.code(), u"admin setup-roles: %1"_s.arg(e.message()));
        }
        store.touch(u"schema"_s);
        return {};
    });
    if (!s)
        return s;
    return store.refreshIdentity();
}

Result<bool> grantStoreRole(Store &store, const QString &login, StoreRole role)
{
    return changeMembership(store, login, role, true);
}

Result<bool> revokeStoreRole(Store &store, const QString &login, StoreRole role)
{
    return changeMembership(store, login, role, false);
}

Result<QList<QPair<QString, QStringList>>> storeRoleMembers(Store &store)
{
    if (Status s = requirePostgres(store, u"admin roles"_s); !s)
        return s.error();
    auto q = store.exec(uR"(SELECT m.rolname, string_agg(substr(g.rolname, 9), ',' ORDER BY g.rolname)
            FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid
            JOIN pg_roles m ON m.oid = am.member
            WHERE g.rolname LIKE 'airlock\_%' GROUP BY m.rolname ORDER BY m.rolname)"_s);
    if (!q)
        return q.error();
    QList<QPair<QString, QStringList>> rows;
    while ((*q)->next())
        rows.append({(*q)->value(0).toString(), (*q)->value(1).toString().split(u',')});
    (*q)->finish();
    return rows;
}

} // namespace airlock
