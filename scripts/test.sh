#!/usr/bin/env bash
# The test command: installs the dependencies, builds Airlock and runs every test,
# SQLite and PostgreSQL alike (the latter against a throwaway server).
#
# Usage: scripts/test.sh [--sanitize] [-- CTEST_ARG...]
#   --sanitize   build in build-asan with AddressSanitizer + UndefinedBehaviorSanitizer
#   CTEST_ARG    passed on to ctest, e.g. -- -R tst_store
set -euo pipefail

usage() { sed -n '2,7s/^# \{0,1\}//p' "$0"; }

sanitize=no
ctest_args=()
while (($# > 0)); do
    case "$1" in
        --sanitize) sanitize=yes ;;
        -h | --help) usage; exit 0 ;;
        --) shift; ctest_args=("$@"); break ;;
        *) echo "test.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/install-deps.sh

if [[ "$sanitize" == yes ]]; then
    build_dir=build-asan
    config=(-DCMAKE_BUILD_TYPE=Debug -DAIRLOCK_SANITIZE=ON)
    # Keep user settings; otherwise stop at the first UB report with a stack.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-strict_string_checks=1:detect_stack_use_after_return=1}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
else
    build_dir=build
    config=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi

# A build dir configured earlier with another generator cannot be reused as is.
fresh=()
if [[ -f "$build_dir/CMakeCache.txt" ]] &&
    ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$build_dir/CMakeCache.txt"; then
    fresh=(--fresh)
fi

echo "test.sh: configuring $build_dir"
cmake "${fresh[@]}" -S . -B "$build_dir" -G Ninja "${config[@]}" -DAIRLOCK_WERROR=ON

echo "test.sh: building with $jobs jobs"
cmake --build "$build_dir" -j "$jobs"

# Test-only npm packages (e.g. the MCP reference servers). npm ci starts from scratch
# each time, so skip it while the installed tree matches the lock file.
if [[ -f tests/package-lock.json ]]; then
    stamp=tests/node_modules/.airlock-lock.sha256
    want=$(sha256sum tests/package-lock.json tests/package.json 2>/dev/null | sha256sum | cut -d' ' -f1)
    if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
        echo "test.sh: installing the npm test packages"
        npm ci --prefix tests --no-audit --no-fund
        echo "$want" >"$stamp"
    fi
fi

echo "test.sh: running the tests"
bash scripts/with-postgres.sh \
    ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j 2 "${ctest_args[@]}"
