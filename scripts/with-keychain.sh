#!/usr/bin/env bash
# Usage: scripts/with-keychain.sh COMMAND [ARG...]
#
# Runs COMMAND with a real OS keychain of its own: a private D-Bus session bus
# (dbus-run-session) on which GNOME Keyring serves the Secret Service, its keyrings in a
# fresh temporary directory, unlocked with a random password. The user's own session bus and
# keyrings are never touched. Sets AIRLOCK_TEST_KEYCHAIN=gnome-keyring for COMMAND, stops the
# daemon and removes the directory afterwards. Exits with COMMAND's status.
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

log() { echo "with-keychain: $*" >&2; }

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        log "error: $tool not found; run scripts/install-deps.sh (packages dbus-bin, dbus-daemon, gnome-keyring)"
        exit 1
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/airlock-keychain.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data" "$tmp/run"
chmod 700 "$tmp/run"

# GNOME Keyring keeps its keyrings under $XDG_DATA_HOME/keyrings and its sockets under
# $XDG_RUNTIME_DIR/keyring. No display: nothing may pop up a prompt on the user's screen.
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
export AIRLOCK_TEST_KEYCHAIN=gnome-keyring
unlock=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')

# Inside the private bus: start the daemon with the login keyring created and unlocked by the
# password on stdin, wait until it owns the Secret Service name (so D-Bus activation does not
# start a second, locked one), run COMMAND, stop the daemon.
set +e
dbus-run-session -- bash -c '
    set -u
    unlock=$1; shift
    printf %s "$unlock" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    owner() {
        dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null
    }
    for ((i = 0; i < 100; i++)); do
        [[ "$(owner)" == *true* ]] && break
        sleep 0.1
    done
    if [[ "$(owner)" != *true* ]]; then
        echo "with-keychain: error: GNOME Keyring did not take the Secret Service name" >&2
        exit 1
    fi
    pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets |
        awk "{print \$2}")
    "$@"
    rc=$?
    [[ "$pid" =~ ^[0-9]+$ ]] && kill "$pid" 2>/dev/null
    exit $rc
' with-keychain "$unlock" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
rc=$?
set -e
exit "$rc"
