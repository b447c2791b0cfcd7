#!/usr/bin/env bash
# Runs COMMAND in a private network namespace (its own loopback, nothing else), so a test may
# change routing — blackhole a port — without touching the machine's network. Needs root:
# as root it uses unshare directly, otherwise passwordless sudo (as scripts/install-deps.sh
# does for apt). Fails, never skips, when neither is possible.
set -euo pipefail

if (($# == 0)); then
    echo "usage: in-private-network.sh COMMAND [ARG...]" >&2
    exit 2
fi
for tool in unshare ip; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "in-private-network: '$tool' is missing (Debian packages util-linux and iproute2;" \
             "scripts/install-deps.sh installs them)" >&2
        exit 1
    fi
done

inner='ip link set lo up && exec "$@"'
if [[ "$(id -u)" -eq 0 ]]; then
    exec unshare -n sh -c "$inner" sh "$@"
fi
if sudo -n true 2>/dev/null; then
    # Keep the caller's test environment (offscreen platform, backend, timeouts).
    exec sudo -n --preserve-env unshare -n sh -c "$inner" sh "$@"
fi
echo "in-private-network: a private network namespace needs root: run the tests as root or" \
     "with passwordless sudo (this test blackholes a port with policy routing)" >&2
exit 1
