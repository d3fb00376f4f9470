// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/journal/journalvault.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

namespace convener::tests {

// Waits, on the event loop, until the vault's key derivation has come back.
inline void waitUntilIdle(models::JournalVault &vault)
{
    if (!vault.busy())
        return;
    QSignalSpy idle(&vault, &models::JournalVault::busyChanged);
    REQUIRE(idle.wait(60000));
    REQUIRE_FALSE(vault.busy());
}

} // namespace convener::tests
