// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

namespace convener::tests {

// An SQLite VFS that passes everything to the platform's own and, when armed,
// lets a given number of writes, syncs and truncations through and then fails
// every one after it with SQLITE_IOERR, as a dying disk does. It becomes the
// default VFS of the process, so the QSQLITE driver (which links the same
// system SQLite) opens every database through it. The fault applies to
// databases and their WAL files alike; reading never fails.
class FaultVfs final
{
public:
    // Registers the VFS once per process; later calls do nothing.
    static void install();
    // After `successes` more writes or syncs, every one fails until disarm().
    static void failAfter(int successes);
    static void disarm();
    // How many writes or syncs were refused since the last failAfter().
    static int refused();
};

} // namespace convener::tests
