#!/usr/bin/env bash
# Installs everything Airlock needs to build, test, package and run, from Debian's
# packages (bookworm: Qt 6.4, PostgreSQL 15). Idempotent: when every package is
# already installed it only checks and returns.
set -euo pipefail

packages=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    sqlite3 libsqlite3-dev libpq-dev postgresql libssl-dev openssl
    xvfb xauth x11-apps imagemagick
    appstream desktop-file-utils
    # tst_network_drop: `ip` for a private network namespace and policy routing
    iproute2
    # keychain: passwords of shared stores in the OS keychain (QtKeychain over the Secret
    # Service); gnome-keyring + libsecret + dbus-run-session let the tests run a real one.
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-bin dbus-daemon
)
# The machine's own Node.js (which may not be Debian's) is kept when present; Debian's
# npm package would conflict with a Node.js that bundles npm.
if ! command -v node >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

# dpkg-query prints "installed" for a fully installed package; anything else
# (absent, half-configured, config-files only) needs apt-get.
missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != installed ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} > 0)); then
    echo "install-deps: installing ${missing[*]}"
    sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q "${missing[@]}"
else
    echo "install-deps: all ${#packages[@]} packages already installed"
fi

if ! command -v npm >/dev/null 2>&1; then
    echo "install-deps: warning: npm not found; tests that need npm packages will fail" >&2
fi

# The SQL drivers are plugins: nothing links them, so check they are really there.
plugin_dir=$(qtpaths6 --plugin-dir 2>/dev/null || true)
if [[ -z "$plugin_dir" || ! -d "$plugin_dir" ]]; then
    plugin_dir="/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/qt6/plugins"
fi
for driver in libqsqlite.so libqsqlpsql.so; do
    if [[ ! -f "$plugin_dir/sqldrivers/$driver" ]]; then
        echo "install-deps: error: Qt SQL driver $plugin_dir/sqldrivers/$driver is missing" >&2
        exit 1
    fi
done
echo "install-deps: Qt SQL drivers present in $plugin_dir/sqldrivers"
