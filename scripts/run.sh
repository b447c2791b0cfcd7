#!/usr/bin/env bash
# The run command: installs the dependencies, builds Airlock and starts the console.
# Arguments are passed on to the console, e.g. scripts/run.sh --store sqlite:///tmp/x.db
# (the console opens the default local store, seeding demo data, when given none).
#
# Beside the console, a living demo (airlockctl simulate) runs the demo's workflows against the
# same store, so the inbox moves: runs start, read, draft and wait for your decision. It stops
# (withdrawing its pending requests) when the console exits. AIRLOCK_SIMULATE=0 leaves it out;
# AIRLOCK_SIMULATE_ARGS adds options (e.g. "--interval 5 --seed 7"). Its log: build/simulate.log.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/install-deps.sh >&2

# Same build dir and settings as scripts/test.sh, so neither forces a rebuild of the other.
fresh=()
if [[ -f build/CMakeCache.txt ]] &&
    ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' build/CMakeCache.txt; then
    fresh=(--fresh)
fi
cmake "${fresh[@]}" -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAIRLOCK_WERROR=ON >&2
cmake --build build -j "$(nproc 2>/dev/null || echo 2)" >&2

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run.sh: no display found; try 'xvfb-run -a scripts/run.sh' or QT_QPA_PLATFORM=offscreen" >&2
fi

if [[ "${AIRLOCK_SIMULATE:-1}" == 0 ]]; then
    exec build/app/airlock/airlock "$@"
fi

# The simulator and the console must look at the same store: the one given with --store, or
# else the default local store, which the console is then told to open too (it would otherwise
# reopen the store it showed last).
store=""
args=("$@")
for ((i = 0; i < ${#args[@]}; ++i)); do
    case "${args[i]}" in
    --store) store="${args[i + 1]:-}" ;;
    --store=*) store="${args[i]#--store=}" ;;
    esac
done
console_args=("$@")
if [[ -z "$store" ]]; then
    store=$(build/app/airlockctl/airlockctl --json init | sed -n 's/.*"store": *"\([^"]*\)".*/\1/p')
    if [[ -z "$store" ]]; then
        echo "run.sh: cannot find the default local store; starting the console alone" >&2
        exec build/app/airlock/airlock "$@"
    fi
    console_args=(--store "$store" "$@")
    # Seed a fresh default store once, before either process looks at it (a store that has
    # connectors already is left as it is).
    build/app/airlockctl/airlockctl --store "$store" demo >/dev/null 2>&1 || true
fi

# shellcheck disable=SC2086 # AIRLOCK_SIMULATE_ARGS is a list of options
build/app/airlockctl/airlockctl --store "$store" simulate --interval 20 ${AIRLOCK_SIMULATE_ARGS:-} \
    >>build/simulate.log 2>&1 &
simulator=$!
stop_simulator() {
    if kill -0 "$simulator" 2>/dev/null; then
        kill -TERM "$simulator" 2>/dev/null || true
        wait "$simulator" 2>/dev/null || true
    fi
}
trap stop_simulator EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
echo "run.sh: living demo started on $store (log: build/simulate.log)" >&2

status=0
build/app/airlock/airlock "${console_args[@]}" || status=$?
exit "$status"
