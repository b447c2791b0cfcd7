#include "migrations.h"

#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace airlock {

QStringList Migration::statements(Backend backend) const
{
    return shared + (backend == Backend::Sqlite ? sqliteOnly : postgresOnly);
}

namespace {

// Makes `table` append-only on both back ends: UPDATE and DELETE (and on PostgreSQL TRUNCATE)
// are refused by the store itself (PostgreSQL through airlock_refuse_change(), migration 1).
void refuseChanges(Migration &m, const QString &table)
{
    m.sqliteOnly << uR"(CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1
                BEGIN SELECT RAISE(ABORT, '%1 is append-only: UPDATE refused'); END)"_s.arg(table)
                 << uR"(CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1
                BEGIN SELECT RAISE(ABORT, '%1 is append-only: DELETE refused'); END)"_s.arg(table);
    m.postgresOnly << uR"(CREATE TRIGGER %1_no_change BEFORE UPDATE OR DELETE ON %1
                FOR EACH ROW EXECUTE FUNCTION airlock_refuse_change())"_s.arg(table)
                   << uR"(CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1
                FOR EACH STATEMENT EXECUTE FUNCTION airlock_refuse_change())"_s.arg(table);
}

// Times are milliseconds since the epoch (BIGINT) and JSON is TEXT on both back ends, so
// the same bytes come back from either and the evidence hashes agree.
Migration initialSchema()
{
    Migration m;
    m.version = 1;
    m.description = u"connectors, tools, runs, evidence chain, approvals, reviews"_s;
    m.shared = {
        uR"(CREATE TABLE connectors (
            name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 120),
            purpose TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            target_system TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('document_source','business_app','database',
                'communication','workflow_tool','device_facility')),
            transport TEXT NOT NULL DEFAULT 'mcp_stdio',
            status TEXT NOT NULL CHECK (status IN ('active','paused','disconnected','retired')),
            lifecycle TEXT NOT NULL CHECK (lifecycle IN ('requested','in_review','limited',
                'monitored','reassess','reduced','retired')),
            trust_stage TEXT NOT NULL CHECK (trust_stage IN ('observe','draft','propose',
                'act_with_approval','scoped_autonomy')),
            permission_mode TEXT NOT NULL CHECK (permission_mode IN ('always_ask','any_changes',
                'important_actions','never_ask')),
            powers TEXT NOT NULL DEFAULT '',
            identity_kind TEXT NOT NULL CHECK (identity_kind IN ('service_principal',
                'delegated_user','api_key','oauth_app','platform_managed')),
            identity_principal TEXT NOT NULL DEFAULT '',
            identity_on_behalf_of TEXT NOT NULL DEFAULT '',
            identity_approved_by TEXT NOT NULL DEFAULT '',
            identity_permissions TEXT NOT NULL DEFAULT '',
            identity_shared INTEGER NOT NULL DEFAULT 0,
            identity_credential_owner TEXT NOT NULL DEFAULT '',
            identity_last_rotated BIGINT,
            identity_expires BIGINT,
            identity_revoke_path TEXT NOT NULL DEFAULT '',
            last_review_at BIGINT,
            last_review_by TEXT NOT NULL DEFAULT '',
            next_review_due BIGINT,
            last_sync_at BIGINT,
            freshness_limit_s BIGINT NOT NULL DEFAULT 0,
            disable_path TEXT NOT NULL DEFAULT '',
            rollback_plan TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            revision BIGINT NOT NULL DEFAULT 1))"_s,
        uR"(CREATE TABLE scope_rules (
            connector TEXT NOT NULL REFERENCES connectors(name),
            position INTEGER NOT NULL,
            effect TEXT NOT NULL CHECK (effect IN ('include','exclude')),
            pattern TEXT NOT NULL CHECK (length(pattern) > 0),
            PRIMARY KEY (connector, position)))"_s,
        uR"(CREATE TABLE trigger_rules (
            connector TEXT NOT NULL REFERENCES connectors(name),
            position INTEGER NOT NULL,
            trigger_kind TEXT NOT NULL,
            pattern TEXT NOT NULL,
            PRIMARY KEY (connector, position)))"_s,
        uR"(CREATE TABLE tools (
            connector TEXT NOT NULL REFERENCES connectors(name),
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            annotations TEXT NOT NULL DEFAULT '{}',
            definition_hash TEXT NOT NULL,
            derived_power TEXT NOT NULL,
            power_override TEXT,
            target_args TEXT NOT NULL DEFAULT 'path,uri,url,id',
            review_state TEXT NOT NULL CHECK (review_state IN ('new','reviewed','changed')),
            reviewed_hash TEXT NOT NULL DEFAULT '',
            first_seen BIGINT NOT NULL,
            last_seen BIGINT NOT NULL,
            PRIMARY KEY (connector, name)))"_s,
        uR"(CREATE TABLE runs (
            id TEXT PRIMARY KEY,
            workflow TEXT NOT NULL,
            trigger_desc TEXT NOT NULL DEFAULT '',
            identity TEXT NOT NULL DEFAULT '',
            started_at BIGINT NOT NULL,
            ended_at BIGINT,
            status TEXT NOT NULL CHECK (status IN ('running','waiting_approval','succeeded',
                'failed','blocked','stopped')),
            stop_reason TEXT NOT NULL DEFAULT '',
            stopped_at_seq BIGINT NOT NULL DEFAULT 0,
            tokens_in BIGINT NOT NULL DEFAULT 0,
            tokens_out BIGINT NOT NULL DEFAULT 0,
            cost DOUBLE PRECISION NOT NULL DEFAULT 0,
            model TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX runs_by_start ON runs (started_at DESC, id DESC)"_s,
        u"CREATE INDEX runs_by_status ON runs (status, started_at DESC, id DESC)"_s,
        uR"(CREATE TABLE evidence (
            seq BIGINT PRIMARY KEY CHECK (seq > 0),
            event_id TEXT NOT NULL UNIQUE,
            at BIGINT NOT NULL,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            connector TEXT NOT NULL DEFAULT '',
            run_id TEXT NOT NULL DEFAULT '',
            tool TEXT NOT NULL DEFAULT '',
            power TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"_s,
        u"CREATE INDEX evidence_by_run ON evidence (run_id, seq)"_s,
        u"CREATE INDEX evidence_by_connector ON evidence (connector, seq)"_s,
        uR"(CREATE TABLE approvals (
            id TEXT PRIMARY KEY,
            run_id TEXT NOT NULL DEFAULT '',
            connector TEXT NOT NULL,
            tool TEXT NOT NULL,
            power TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            arguments TEXT NOT NULL,
            arguments_hash TEXT NOT NULL,
            proposed_change TEXT NOT NULL DEFAULT '',
            evidence_seqs TEXT NOT NULL DEFAULT '',
            rule TEXT NOT NULL DEFAULT '',
            permission_mode TEXT NOT NULL,
            requested_by TEXT NOT NULL,
            requested_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending','approved','rejected','expired',
                'withdrawn')),
            decided_by TEXT,
            decided_at BIGINT,
            decision_note TEXT NOT NULL DEFAULT '',
            approved_arguments TEXT,
            approved_arguments_hash TEXT,
            edited INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL DEFAULT 'none' CHECK (outcome IN ('none','executed',
                'not_executed')),
            outcome_at BIGINT,
            CONSTRAINT no_self_approval CHECK (status NOT IN ('approved','rejected')
                OR decided_by <> requested_by),
            CONSTRAINT decision_is_recorded CHECK (status = 'pending'
                OR decided_at IS NOT NULL),
            CONSTRAINT only_approved_runs CHECK (outcome <> 'executed'
                OR status = 'approved')))"_s,
        u"CREATE INDEX approvals_by_status ON approvals (status, expires_at)"_s,
        u"CREATE INDEX approvals_by_connector ON approvals (connector, status)"_s,
        u"CREATE INDEX approvals_by_run ON approvals (run_id)"_s,
        uR"(CREATE TABLE reviews (
            id TEXT PRIMARY KEY,
            connector TEXT NOT NULL REFERENCES connectors(name),
            reviewed_at BIGINT NOT NULL,
            reviewed_by TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            snapshot TEXT NOT NULL))"_s,
        u"CREATE INDEX reviews_by_connector ON reviews (connector, reviewed_at DESC)"_s,
    };
    m.postgresOnly << uR"(CREATE FUNCTION airlock_refuse_change() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END $$)"_s;
    // The store itself refuses to change or remove evidence and review snapshots.
    for (const QString &table : {u"evidence"_s, u"reviews"_s})
        refuseChanges(m, table);
    return m;
}

// "Approve for…": scoped, expiring grants of approval (and an index for decision times). Rows are only ever added and, once,
// marked revoked; expiry is a time, not an update.
Migration approvalGrants()
{
    Migration m;
    m.version = 2;
    m.description = u"approval grants"_s;
    m.shared = {
        uR"(CREATE TABLE approval_grants (
            id TEXT PRIMARY KEY,
            connector TEXT NOT NULL REFERENCES connectors(name),
            tool TEXT NOT NULL CHECK (length(tool) > 0),
            target_pattern TEXT NOT NULL CHECK (length(target_pattern) > 0),
            run_id TEXT NOT NULL DEFAULT '',
            granted_by TEXT NOT NULL,
            granted_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            from_request TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            revoked_by TEXT,
            revoked_at BIGINT,
            revoke_reason TEXT NOT NULL DEFAULT '',
            CONSTRAINT grant_ends_after_it_starts CHECK (expires_at > granted_at),
            CONSTRAINT revocation_is_recorded CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))))"_s,
        u"CREATE INDEX grants_by_call ON approval_grants (connector, tool, expires_at)"_s,
        // Insights group decisions by the day they were made.
        u"CREATE INDEX approvals_by_decision_time ON approvals (decided_at)"_s,
    };
    return m;
}

// Runs list at scale (the Runs screen): a run's flags (blocked, rejected, failed, stopped) and
// the connectors it touched are kept beside the run as its evidence is written, so the list
// filters by them with keyset paging instead of scanning evidence. Existing runs are filled in.
Migration runFlagsAndConnectors()
{
    Migration m;
    m.version = 3;
    m.description = u"runs: flags and connectors touched, for the runs list"_s;
    // Bits as in core/runs/runflags.h: 1 blocked, 2 rejected, 4 failed, 8 stopped.
    const QString anyEvent = u"EXISTS (SELECT 1 FROM evidence e WHERE e.run_id = runs.id AND (%1))"_s;
    m.shared = {
        u"ALTER TABLE runs ADD COLUMN flags INTEGER NOT NULL DEFAULT 0"_s,
        uR"(CREATE TABLE run_connectors (
            run_id TEXT NOT NULL,
            connector TEXT NOT NULL,
            started_at BIGINT NOT NULL,
            PRIMARY KEY (run_id, connector)))"_s,
        u"CREATE INDEX run_connectors_by_connector ON run_connectors (connector, started_at DESC, run_id DESC)"_s,
        u"CREATE INDEX runs_by_workflow ON runs (workflow, started_at DESC, id DESC)"_s,
        uR"(INSERT INTO run_connectors (run_id, connector, started_at)
            SELECT DISTINCT e.run_id, e.connector, r.started_at FROM evidence e
            JOIN runs r ON r.id = e.run_id WHERE e.connector <> '')"_s,
        u"UPDATE runs SET flags = "_s
            + u"(CASE WHEN status = 'blocked' OR "_s
            + anyEvent.arg(u"e.kind = 'blocked' OR (e.result = 'blocked' AND e.kind NOT IN ('approval_decided', 'run_ended'))"_s)
            + u" THEN 1 ELSE 0 END) + (CASE WHEN "_s
            + anyEvent.arg(u"e.kind = 'approval_decided' AND e.result = 'blocked'"_s)
            + u" THEN 2 ELSE 0 END) + (CASE WHEN status = 'failed' OR "_s
            + anyEvent.arg(u"e.kind = 'error' OR (e.result IN ('failure', 'timeout', 'validation_error') AND e.kind <> 'run_ended')"_s)
            + u" THEN 4 ELSE 0 END) + (CASE WHEN status = 'stopped' THEN 8 ELSE 0 END)"_s,
    };
    return m;
}

// Who started a run: the login (shared mode) or the named actor that recorded its start, so a
// shared store can let an agent read its own runs and nobody else's (row-level security set
// up by `admin setup-roles`). Existing runs take the actor of their run_started event.
Migration runStarter()
{
    Migration m;
    m.version = 4;
    m.description = u"runs: who started them"_s;
    m.shared = {
        u"ALTER TABLE runs ADD COLUMN started_by TEXT NOT NULL DEFAULT ''"_s,
        uR"(UPDATE runs SET started_by = coalesce((SELECT e.actor FROM evidence e
            WHERE e.event_id = runs.id || ':started'), ''))"_s,
    };
    return m;
}

// Signed checkpoints (core/proof/): the store's own id, which every checkpoint names so a
// checkpoint of one store is never taken for another's, and the checkpoints themselves, kept
// as the exact signed text. Both are append-only like evidence. Self-contained: it reads and
// changes nothing of the earlier migrations, so it can be renumbered freely.
Migration checkpoints()
{
    Migration m;
    m.version = 7;
    m.description = u"signed checkpoints of the evidence log"_s;
    m.shared = {
        uR"(CREATE TABLE store_identity (
            id TEXT PRIMARY KEY CHECK (length(id) = 32),
            created_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE checkpoints (
            id TEXT PRIMARY KEY,
            log_size BIGINT NOT NULL CHECK (log_size >= 0),
            made_at BIGINT NOT NULL,
            key_id TEXT NOT NULL,
            envelope TEXT NOT NULL))"_s,
        u"CREATE INDEX checkpoints_by_size ON checkpoints (log_size, made_at)"_s,
    };
    m.sqliteOnly << uR"(INSERT INTO store_identity (id, created_at)
            VALUES (lower(hex(randomblob(16))), CAST(strftime('%s', 'now') AS INTEGER) * 1000))"_s;
    m.postgresOnly << uR"(INSERT INTO store_identity (id, created_at)
            VALUES (md5(random()::text || clock_timestamp()::text || txid_current()::text),
                    (extract(epoch FROM clock_timestamp()) * 1000)::bigint))"_s;
    for (const QString &table : {u"store_identity"_s, u"checkpoints"_s})
        refuseChanges(m, table);
    return m;
}

// Shared mode's guards for tool reports, decisions and standing grants (issue #11) live in
// setup-roles (core/store/sharedguards.cpp), not in the schema. This version changes no table:
// it makes an existing shared store re-apply its guards when its owner next opens it (Store::open
// runs setupRoles after migrating a shared store), and until then other logins are told the
// store needs upgrading instead of running under the old guards.
Migration sharedModeGuards()
{
    Migration m;
    m.version = 6;
    m.description = u"shared mode: tool reports, decisions and standing grants guarded by the database"_s;
    return m;
}

// Held requests carry their holder's lease (issue #11): the process that holds a call open (a
// gate, a waiting airlockctl) renews lease_expires_at while it waits, so a holder that died
// (SIGKILL, a lost machine) leaves a request that any process can see is abandoned and end.
// Requests nobody holds keep holder '' and no lease.
Migration holderLeases()
{
    Migration m;
    m.version = 5;
    m.description = u"approvals: the holder's lease"_s;
    m.shared = {
        u"ALTER TABLE approvals ADD COLUMN holder TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE approvals ADD COLUMN lease_expires_at BIGINT"_s,
        u"CREATE INDEX approvals_by_lease ON approvals (status, lease_expires_at)"_s,
    };
    return m;
}

// Sealed appends on PostgreSQL (issue #12). A writer no longer takes the chain's head under a
// lock held through its commit: it records its event in evidence_intake (durable when its
// transaction commits; nothing serialises writers), and airlock_seal() — run by the writer
// just after its commit, or by whoever comes next — moves waiting events into the log in
// batches under a short lock. The database places every link: a BEFORE INSERT trigger on
// evidence takes the head, requires (or fills in) sequence = head + 1 and previous hash = the
// head's hash, and recomputes the hash from the row by the core's recipe (canonicaljson.cpp:
// hex(sha256(prev_hash ‖ canonical line)), to_json() escaping exactly as the core does), so
// no login, the tables' owner included while the trigger is on, can insert a link that
// breaks, gaps or poisons the log. SQLite has one writer at a time already: the core hashes.
Migration sealedAppends()
{
    Migration m;
    m.version = 8;
    m.description = u"PostgreSQL: evidence recorded without a global lock, sealed into the log by the database"_s;
    const QString sealLock = QString::number(kSealLockKey);
    m.postgresOnly = {
        uR"(CREATE TABLE evidence_intake (
            intake BIGSERIAL PRIMARY KEY,
            event_id TEXT NOT NULL UNIQUE,
            at BIGINT NOT NULL,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            connector TEXT NOT NULL DEFAULT '',
            run_id TEXT NOT NULL DEFAULT '',
            tool TEXT NOT NULL DEFAULT '',
            power TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL DEFAULT ''))"_s,
        // The canonical line of canonicaljson.cpp, field for field.
        uR"(CREATE OR REPLACE FUNCTION airlock_event_hash(prev text, e evidence) RETURNS text
            LANGUAGE sql STABLE AS $$
            SELECT encode(sha256(convert_to(prev
                || '{"seq":' || e.seq::text
                || ',"event_id":' || to_json(e.event_id)::text
                || ',"at":' || e.at::text
                || ',"kind":' || to_json(e.kind)::text
                || ',"actor":' || to_json(e.actor)::text
                || ',"connector":' || to_json(e.connector)::text
                || ',"run_id":' || to_json(e.run_id)::text
                || ',"tool":' || to_json(e.tool)::text
                || ',"power":' || to_json(e.power)::text
                || ',"target":' || to_json(e.target)::text
                || ',"result":' || to_json(e.result)::text
                || ',"summary":' || to_json(e.summary)::text
                || ',"payload":' || to_json(e.payload)::text
                || '}', 'UTF8')), 'hex') $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION airlock_check_append() RETURNS trigger
            LANGUAGE plpgsql AS $$
            DECLARE
                head_seq bigint;
                head_hash text;
                want text;
            BEGIN
                PERFORM pg_advisory_xact_lock(%1);
                SELECT e.seq, e.hash INTO head_seq, head_hash FROM evidence e ORDER BY e.seq DESC LIMIT 1;
                IF NOT FOUND THEN
                    head_seq := 0;
                    head_hash := repeat('0', 64);
                END IF;
                IF head_seq = 9223372036854775807 THEN
                    RAISE EXCEPTION 'the evidence log cannot be sealed: its head is #%, the largest '
                        'sequence number (a row inserted past the database''s guards; verify names it)',
                        head_seq USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF NEW.seq IS NULL THEN
                    NEW.seq := head_seq + 1;
                ELSIF NEW.seq <> head_seq + 1 THEN
                    RAISE EXCEPTION 'evidence #% refused: the log''s head is #%, so the next event is #%',
                        NEW.seq, head_seq, head_seq + 1 USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF NEW.prev_hash IS NULL THEN
                    NEW.prev_hash := head_hash;
                ELSIF NEW.prev_hash <> head_hash THEN
                    RAISE EXCEPTION 'evidence #% refused: it does not link to event #% (its previous hash '
                        'is %..., event #%''s hash is %...)', NEW.seq, head_seq, left(NEW.prev_hash, 12),
                        head_seq, left(head_hash, 12) USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                want := airlock_event_hash(NEW.prev_hash, NEW);
                IF NEW.hash IS NULL THEN
                    NEW.hash := want;
                ELSIF NEW.hash <> want THEN
                    RAISE EXCEPTION 'evidence #% refused: its hash does not match its content (the '
                        'database computes %...)', NEW.seq, left(want, 12)
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$)"_s.arg(sealLock),
        uR"(CREATE TRIGGER evidence_append_checked BEFORE INSERT ON evidence
            FOR EACH ROW EXECUTE FUNCTION airlock_check_append())"_s,
        // Seals what waits, oldest first, and answers where `wanted` (an event id) now is.
        // A head poisoned past the guards is answered as a problem, not raised: sealing inside
        // a caller's transaction must not abort it (the events stay, durable, in the intake).
        uR"(CREATE OR REPLACE FUNCTION airlock_seal(wanted text, OUT sealed_seq bigint,
                                                 OUT sealed_prev text, OUT sealed_hash text,
                                                 OUT problem text)
            LANGUAGE plpgsql SECURITY DEFINER AS $$
            DECLARE
                r evidence_intake%ROWTYPE;
                sealed integer := 0;
                head_seq bigint;
            BEGIN
                wanted := nullif(wanted, ''); -- '' and NULL: seal only
                IF wanted IS NOT NULL THEN
                    SELECT e.seq, e.prev_hash, e.hash INTO sealed_seq, sealed_prev, sealed_hash
                    FROM evidence e WHERE e.event_id = wanted;
                    IF FOUND THEN
                        RETURN;
                    END IF;
                END IF;
                PERFORM pg_advisory_xact_lock(%1);
                -- The holder before us sealed everything committed so far: usually ours too.
                IF wanted IS NOT NULL THEN
                    SELECT e.seq, e.prev_hash, e.hash INTO sealed_seq, sealed_prev, sealed_hash
                    FROM evidence e WHERE e.event_id = wanted;
                    IF FOUND THEN
                        RETURN;
                    END IF;
                END IF;
                SELECT e.seq INTO head_seq FROM evidence e ORDER BY e.seq DESC LIMIT 1;
                IF head_seq = 9223372036854775807 THEN
                    problem := format('the evidence log cannot be sealed: its head is #%s, the largest '
                        'sequence number (a row inserted past the database''s guards; verify names it)', head_seq);
                    RETURN;
                END IF;
                FOR r IN SELECT * FROM evidence_intake i ORDER BY i.intake LIMIT 10000 LOOP
                    INSERT INTO evidence (event_id, at, kind, actor, connector, run_id, tool, power,
                                          target, result, summary, payload)
                    VALUES (r.event_id, r.at, r.kind, r.actor, r.connector, r.run_id, r.tool, r.power,
                            r.target, r.result, r.summary, r.payload)
                    ON CONFLICT (event_id) DO NOTHING;
                    DELETE FROM evidence_intake i WHERE i.intake = r.intake;
                    sealed := sealed + 1;
                END LOOP;
                IF sealed > 0 THEN
                    PERFORM pg_notify('airlock_changes', 'evidence');
                END IF;
                IF wanted IS NOT NULL THEN
                    SELECT e.seq, e.prev_hash, e.hash INTO sealed_seq, sealed_prev, sealed_hash
                    FROM evidence e WHERE e.event_id = wanted;
                END IF;
            END $$)"_s.arg(sealLock),
        // One round trip for a writer that appends on its own (EvidenceChain::append outside
        // a write): record the event and the run's upkeep, COMMIT (the event is durable), then
        // seal. A procedure may commit half way when it is CALLed outside a transaction block;
        // it runs with the caller's rights (row-level security and the guards apply), and
        // sealing is airlock_seal's, with the owner's.
        uR"(CREATE OR REPLACE PROCEDURE airlock_append(
                p_event_id text, p_at bigint, p_kind text, p_actor text, p_connector text,
                p_run_id text, p_tool text, p_power text, p_target text, p_result text,
                p_summary text, p_payload text, p_run_flags integer,
                INOUT sealed_seq bigint DEFAULT NULL, INOUT sealed_prev text DEFAULT NULL,
                INOUT sealed_hash text DEFAULT NULL, INOUT problem text DEFAULT NULL,
                INOUT recorded boolean DEFAULT NULL)
            LANGUAGE plpgsql AS $$
            DECLARE
                n integer;
                topics text := 'evidence';
                s record;
            BEGIN
                INSERT INTO evidence_intake (event_id, at, kind, actor, connector, run_id, tool, power,
                                             target, result, summary, payload)
                VALUES (p_event_id, p_at, p_kind, p_actor, p_connector, p_run_id, p_tool, p_power,
                        p_target, p_result, p_summary, p_payload)
                ON CONFLICT (event_id) DO NOTHING;
                GET DIAGNOSTICS n = ROW_COUNT;
                recorded := n > 0;
                IF recorded AND p_run_id <> '' THEN
                    IF p_run_flags <> 0 THEN
                        UPDATE runs SET flags = flags | p_run_flags
                        WHERE id = p_run_id AND (flags & p_run_flags) <> p_run_flags;
                        GET DIAGNOSTICS n = ROW_COUNT;
                        IF n > 0 THEN
                            topics := 'evidence,runs';
                        END IF;
                    END IF;
                    IF p_connector <> '' THEN
                        INSERT INTO run_connectors (run_id, connector, started_at)
                        SELECT r.id, p_connector, r.started_at FROM runs r WHERE r.id = p_run_id
                        ON CONFLICT (run_id, connector) DO NOTHING;
                    END IF;
                END IF;
                IF recorded THEN
                    PERFORM pg_notify('airlock_changes', topics);
                END IF;
                COMMIT;
                -- Recorded and durable: a seal that fails now (a lock timeout, say) is a problem
                -- to report, never a failed recording; the next seal places the event.
                BEGIN
                    SELECT * INTO s FROM airlock_seal(p_event_id);
                    sealed_seq := s.sealed_seq;
                    sealed_prev := s.sealed_prev;
                    sealed_hash := s.sealed_hash;
                    problem := s.problem;
                EXCEPTION WHEN others THEN
                    problem := 'the evidence log cannot be sealed now: ' || SQLERRM;
                END;
            END $$)"_s,
        // SECURITY DEFINER runs with the owner's rights: its names resolve in this schema only.
        uR"(DO $$ BEGIN
                EXECUTE format('ALTER FUNCTION airlock_seal(text) SET search_path = pg_catalog, %I, pg_temp', current_schema());
                EXECUTE format('ALTER FUNCTION airlock_check_append() SET search_path = pg_catalog, %I, pg_temp', current_schema());
                EXECUTE format('ALTER FUNCTION airlock_event_hash(text, evidence) SET search_path = pg_catalog, %I, pg_temp', current_schema());
                -- (not airlock_append: a procedure with a SET clause may not COMMIT; it names
                -- its tables as the caller's search_path finds them, like every statement the
                -- core sends, and has no rights of its own)
            END $$)"_s,
    };
    return m;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {initialSchema(), approvalGrants(), runFlagsAndConnectors(),
                                         runStarter(), holderLeases(), sharedModeGuards(), checkpoints(),
                                         sealedAppends()};
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace airlock
