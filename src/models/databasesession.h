// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/result.h"
#include "models/databasetarget.h"
#include "models/openfailure.h"
#include "storage/database.h"

#include <memory>
#include <optional>
#include <QObject>

namespace convener::core {
class Clock;
}

namespace convener::models {

class ServerLogin;
class Workspace;

// The one database the app works on and the workspace over it, and switching
// both to another database while the app runs. switchTo() opens the new one
// first: when it cannot be opened, what is open stays open, untouched, and the
// failure says why. When it can, aboutToClose() lets the window go, the old
// workspace and database are closed, a workspace is made on the new one, and
// opened() follows.
class DatabaseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSession)

public:
    // fileOptions: how a database file is opened (the app's daily backup); a
    // server is never set up here. clock, when given, must outlive the session
    // (tests); otherwise each workspace reads the machine's.
    DatabaseSession(ServerLogin &login, const storage::Database::Options &fileOptions,
        const core::Clock *clock = nullptr, QObject *parent = nullptr);
    ~DatabaseSession() override;

    core::Result<void, OpenFailure> switchTo(const DatabaseTarget &target);

    // Null until the first switchTo() succeeds.
    Workspace *workspace() const { return m_workspace.get(); }
    storage::Database *database() const { return m_database.get(); }
    // Where the open database is, without any password.
    const DatabaseTarget &target() const { return m_target; }
    bool onServer() const { return m_target.isServer(); }
    ServerLogin &login() const { return m_login; }

    // The server File > Connect to Team Server offers first: the one in use,
    // else the last one this session connected to or was told about.
    const std::optional<storage::ServerAddress> &lastServer() const { return m_lastServer; }
    void setLastServer(const std::optional<storage::ServerAddress> &address) { m_lastServer = address; }

Q_SIGNALS:
    // The workspace and its database are about to close: let go of them now.
    void aboutToClose();
    // A new workspace() is open on target().
    void opened();

private:
    ServerLogin &m_login;
    const storage::Database::Options m_fileOptions;
    const core::Clock *m_clock;
    DatabaseTarget m_target;
    std::optional<storage::ServerAddress> m_lastServer;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<Workspace> m_workspace; // declared after the database: destroyed before it
};

} // namespace convener::models
