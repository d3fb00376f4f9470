// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/databasesession.h"
#include "models/server/serverlogin.h"
#include "support/fakepasswordstore.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QTemporaryDir>

namespace convener::tests {

// A database session as the app makes one, logging in with an in-memory
// keychain, and a folder of its own for database files.
struct TestSession
{
    QTemporaryDir dir;
    FakePasswordStore store;
    models::ServerLogin login { store };
    models::DatabaseSession session { login, storage::Database::Options {} };

    QString file(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
};

// Gives a new database on the test server Convener's schema, as
// `convener-cli server init` does, so the app opens it.
inline void setUpForConvener(const TempServerDatabase &server)
{
    storage::DatabaseError error;
    storage::Database::Options init;
    init.createIfMissing = true;
    REQUIRE(storage::Database::connect(server.address(), error, init));
}

} // namespace convener::tests
