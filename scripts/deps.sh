#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Convener authors
# SPDX-License-Identifier: MIT
# Sourced by scripts/run and scripts/test: installs the Debian 12 packages that
# are missing, and nothing when all are there.

# What building and running Convener needs.
CONVENER_BUILD_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev libxkbcommon-dev
    # A team server: Qt's PostgreSQL driver (it brings libpq).
    libqt6sql6-psql
    # A team server's password in the system keychain (the Secret Service on
    # Linux); without a keychain running, Convener asks each time instead.
    # QtKeychain loads libsecret at run time, so nothing at build time says
    # when it is missing.
    qtkeychain-qt6-dev libsecret-1-0
    nlohmann-json3-dev libsodium-dev libical-dev
    # The Live area's chimes: QSoundEffect plays through PulseAudio (or
    # PipeWire's pulse server), which libqt6multimedia6 talks to via libpulse0.
    qt6-multimedia-dev libqt6multimedia6 libpulse0
)
# What the tests need on top.
CONVENER_TEST_PACKAGES=(
    catch2 python3 sqlite3 libsqlite3-dev python3-icalendar poppler-utils
    # The throwaway PostgreSQL server the storage and models tests also run on
    # (tests/support/pgcluster); its package only installs, it starts nothing we use.
    postgresql
)

convener_install_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "error: these packages are missing and sudo is not available: ${missing[*]}" >&2
            echo "Install them as root: apt-get install -y ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q || return 1
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" || return 1
}
