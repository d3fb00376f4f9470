// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"
#include "storage/serveraddress.h"

#include <memory>
#include <optional>
#include <QTemporaryDir>

namespace convener::tests {

// The test server of this run, when the tests run on PostgreSQL: ctest sets
// CONVENER_TEST_SERVER_STATE (the file tests/support/pgcluster writes) for the
// "on server" variants of the storage and models tests. Its address names the administrator's login and the
// "postgres" database.
struct TestServer
{
    storage::ServerAddress admin;
    QString folder; // the cluster's folder (its socket, data and log)
    QString programs; // the folder of initdb, pg_ctl, postgres
};
std::optional<TestServer> testServer();

// Runs one statement on the server database at address, as the login it names
// (the tests' administrator); throws with the server's words when it fails.
void runOnServer(const storage::ServerAddress &address, const QString &statement);

// A new, empty database on the test server, dropped with the object (every
// connection to it is ended first). Its address logs in as the administrator.
class TempServerDatabase final
{
public:
    TempServerDatabase();
    ~TempServerDatabase();
    TempServerDatabase(const TempServerDatabase &) = delete;
    TempServerDatabase &operator=(const TempServerDatabase &) = delete;
    const storage::ServerAddress &address() const { return m_address; }
    QString url() const;

private:
    storage::ServerAddress m_address;
};

// A connection to server's database, given Convener's schema (as `server
// init` does). Fails the test when it cannot connect.
std::unique_ptr<storage::Database> initialisedServer(const TempServerDatabase &server);

// A server of the test's own, for faults that would disturb the other tests
// sharing the run's server: it can go down (as in a crash) and come back on
// the same port with its data. Started in the constructor (about two
// seconds), removed in the destructor.
class PrivateServer final
{
public:
    PrivateServer();
    ~PrivateServer();
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;
    // An empty database on it, as its administrator.
    const storage::ServerAddress &address() const { return m_address; }
    void pause();
    void resume();

private:
    QTemporaryDir m_dir;
    QString m_state;
    storage::ServerAddress m_address;
};

// A second person on the test server: a login of its own (named after
// `name`, made unique) that may read and write every table of the database at
// `address`, as a team's co-host can. Dropped with the object.
class ServerLogin final
{
public:
    ServerLogin(const storage::ServerAddress &address, const QString &name);
    ~ServerLogin();
    ServerLogin(const ServerLogin &) = delete;
    ServerLogin &operator=(const ServerLogin &) = delete;
    // The database's address with this login and its password.
    const storage::ServerAddress &address() const { return m_address; }
    const QString &name() const { return m_address.user; }

private:
    storage::ServerAddress m_admin;
    storage::ServerAddress m_address;
};

// A fresh Convener database removed with the object: a file in its own
// temporary folder, or, in a run on the test server, a database of its own
// there. Tests that need a file (damage, locks, backups) are tagged [file]
// and run on SQLite only.
class TempDatabase final
{
public:
    TempDatabase();
    ~TempDatabase();
    storage::Database &db() { return *m_database; }
    // The database file; in a run on a server, its address.
    QString path() const;
    // A temporary folder for the test's own files, on either engine.
    QString dir() const { return m_dir.path(); }
    bool onServer() const { return m_server.has_value(); }
    // Closes the connection (and releases the lock) so the file can be reopened or damaged.
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::optional<TempServerDatabase> m_server;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace convener::tests
