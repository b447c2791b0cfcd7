#!/usr/bin/env bash
# Usage: scripts/with-postgres.sh [--durable] COMMAND [ARG...]
#
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 (a free port, trust auth except for
# members of the group role pgtest_password_auth, who need a password, user postgres,
# everything in a fresh temporary directory), runs COMMAND with
# AIRLOCK_TEST_PG_URL and AIRLOCK_TEST_PG_ADMIN_URL pointing at it, then stops the
# cluster and removes the directory, whatever happened. Exits with COMMAND's status.
#
# By default the cluster is fast and NOT durable (fsync, synchronous_commit and
# full_page_writes off): right for tests, wrong for any throughput figure. --durable (or
# AIRLOCK_PG_DURABLE=1) keeps PostgreSQL's durable defaults (all three on), for benchmarks.
# The mode is printed on stderr and exported as AIRLOCK_TEST_PG_DURABLE (1 or 0).
set -euo pipefail

durable=${AIRLOCK_PG_DURABLE:-0}
if [[ "${1:-}" == --durable ]]; then
    durable=1
    shift
fi
if [[ "$durable" != 0 && "$durable" != 1 ]]; then
    echo "$0: AIRLOCK_PG_DURABLE must be 0 or 1, not '$durable'" >&2
    exit 2
fi

if (($# == 0)); then
    echo "usage: $0 [--durable] COMMAND [ARG...]" >&2
    exit 2
fi

log() { echo "with-postgres: $*" >&2; }

# --- the server binaries: Debian keeps them off PATH, under /usr/lib/postgresql/N/bin.
find_bindir() {
    local dir dirs
    # Highest installed major version first.
    mapfile -t dirs < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k4,4nr)
    for dir in "${dirs[@]}"; do
        [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
    done
    if command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir 2>/dev/null || true)
        [[ -n "$dir" && -x "$dir/initdb" ]] && { echo "$dir"; return 0; }
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    return 1
}
if ! bindir=$(find_bindir); then
    log "error: PostgreSQL server binaries (initdb, pg_ctl) not found; run scripts/install-deps.sh"
    exit 1
fi

# --- who runs the server: PostgreSQL refuses to run as root, so root hands it to the
# postgres OS user (created by Debian's postgresql-common).
as_pg=()
parent=${TMPDIR:-/tmp}
if [[ "$(id -u)" -eq 0 ]]; then
    if ! id -u postgres >/dev/null 2>&1; then
        log "error: running as root but there is no 'postgres' user to run the server"
        exit 1
    fi
    as_pg=(runuser -u postgres --)
    # The postgres user must be able to reach the directory; $TMPDIR may be private.
    parent=/tmp
fi

tmp=$(mktemp -d "$parent/airlock-pg.XXXXXX")
datadir="$tmp/data"
sockdir="$tmp/sock"
logfile="$tmp/server.log"
mkdir -p "$sockdir"
if ((${#as_pg[@]} > 0)); then
    chown -R postgres: "$tmp"
fi

# Runs a server tool as the server's owner, from a directory it can read.
pg() { (cd "$tmp" && "${as_pg[@]}" "$@"); }

started=no
# shellcheck disable=SC2317  # invoked by the trap below
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ "$started" == yes ]]; then
        if ! pg "$bindir/pg_ctl" -D "$datadir" -m fast -w -t 30 stop >/dev/null 2>&1; then
            pg "$bindir/pg_ctl" -D "$datadir" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
        fi
        # Last resort: the postmaster's pid is the first line of postmaster.pid
        # (the file is gone after a clean stop).
        if [[ -f "$datadir/postmaster.pid" ]]; then
            local pid
            pid=$(head -n 1 "$datadir/postmaster.pid" 2>/dev/null || true)
            if [[ "$pid" =~ ^[0-9]+$ && "$(ps -o comm= -p "$pid" 2>/dev/null)" == postgres ]]; then
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
    fi
    rm -rf "$tmp"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- a free TCP port on 127.0.0.1, probed with ss (or bash's /dev/tcp without it).
port_in_use() {
    if command -v ss >/dev/null 2>&1; then
        [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}
pick_port() {
    local port tries
    # Below Linux's ephemeral range (32768+) so outgoing connections don't collide.
    for ((tries = 0; tries < 200; tries++)); do
        port=$((15433 + RANDOM % 15000))
        if ! port_in_use "$port"; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

if ! pg "$bindir/initdb" -D "$datadir" --auth=trust -U postgres --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$tmp/initdb.log" 2>&1; then
    log "error: initdb failed:"
    cat "$tmp/initdb.log" >&2
    exit 1
fi

# Fast mode: durability is irrelevant to tests. Durable mode: PostgreSQL's defaults, written
# out so that the configuration file says what the figures were measured on.
if [[ "$durable" == 1 ]]; then
    durability="fsync = on
synchronous_commit = on
full_page_writes = on"
    mode="durable (fsync, synchronous_commit, full_page_writes on)"
else
    durability="fsync = off
synchronous_commit = off
full_page_writes = off"
    mode="fast, NOT durable (fsync, synchronous_commit, full_page_writes off): for tests, never for throughput figures"
fi
cat >>"$datadir/postgresql.conf" <<EOF

# --- scripts/with-postgres.sh
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sockdir'
$durability
max_connections = 200
EOF

# Every login trusted, except the members of one group role, who must give their password
# over TCP (SCRAM): the tests of password sources (keychain, PGPASSFILE) create such a login
# and so prove the password is really sent and checked. First match wins in pg_hba.conf; a
# group that does not exist (yet) matches nobody. Not named airlock_*: those are the store's
# roles (airlockctl admin roles lists every airlock_* group's members).
password_group=pgtest_password_auth
{
    echo "# --- scripts/with-postgres.sh: members of $password_group need their password"
    echo "host all +$password_group 127.0.0.1/32 scram-sha-256"
    cat "$datadir/pg_hba.conf"
} >"$tmp/pg_hba.conf"
cat "$tmp/pg_hba.conf" >"$datadir/pg_hba.conf"
rm -f "$tmp/pg_hba.conf"

# Another process may take the port between the probe and the bind: try a few.
port=""
for attempt in 1 2 3 4 5; do
    if ! candidate=$(pick_port); then
        log "error: no free TCP port found on 127.0.0.1"
        exit 1
    fi
    started=yes
    if pg "$bindir/pg_ctl" -D "$datadir" -l "$logfile" -o "-p $candidate" -w -t 60 start >/dev/null; then
        port=$candidate
        break
    fi
    started=no
    log "start on port $candidate failed (attempt $attempt), retrying"
done
if [[ -z "$port" ]]; then
    log "error: the server did not start; its log follows"
    cat "$logfile" >&2 || true
    exit 1
fi

for ((i = 0; i < 60; i++)); do
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then
        break
    fi
    sleep 0.5
done
if ! "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then
    log "error: the server is not accepting connections; its log follows"
    cat "$logfile" >&2 || true
    exit 1
fi

if ! "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE $password_group NOLOGIN" >"$tmp/role.log" 2>&1; then
    log "error: cannot create the group role $password_group:"
    cat "$tmp/role.log" >&2
    exit 1
fi

version=$("$bindir/postgres" --version 2>/dev/null | awk '{print $3}' || true)
log "PostgreSQL ${version:-?} started on 127.0.0.1:$port (data in $datadir, stopped on exit)"
log "mode: $mode"

export AIRLOCK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export AIRLOCK_TEST_PG_ADMIN_URL="$AIRLOCK_TEST_PG_URL"
# For tests that restart this server or change its configuration (resilience, TLS):
# `$AIRLOCK_TEST_PG_RUNAS $AIRLOCK_TEST_PG_BINDIR/pg_ctl -D $AIRLOCK_TEST_PG_DATADIR -l $AIRLOCK_TEST_PG_LOG -m fast -w restart`
# (pg_ctl restart reuses the port given at start). RUNAS is "runuser -u postgres --" as root.
export AIRLOCK_TEST_PG_BINDIR="$bindir"
export AIRLOCK_TEST_PG_DATADIR="$datadir"
export AIRLOCK_TEST_PG_PORT="$port"
export AIRLOCK_TEST_PG_LOG="$logfile"
export AIRLOCK_TEST_PG_RUNAS="${as_pg[*]}"
# A login made a member of this group role must authenticate with its password over TCP.
export AIRLOCK_TEST_PG_PASSWORD_GROUP="$password_group"
# 1 when the cluster runs with fsync, synchronous_commit and full_page_writes on.
export AIRLOCK_TEST_PG_DURABLE="$durable"

# Not exec: the trap must still stop the server afterwards.
set +e
"$@"
rc=$?
set -e
exit "$rc"
