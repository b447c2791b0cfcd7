#!/usr/bin/env bash
# The run command: installs the dependencies, builds Airlock and starts the console.
# Arguments are passed on to the console, e.g. scripts/run.sh --store sqlite:///tmp/x.db
# (the console opens the default local store, seeding demo data, when given none).
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

exec build/app/airlock/airlock "$@"
