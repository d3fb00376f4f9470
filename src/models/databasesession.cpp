// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/databasesession.h"

#include "models/server/serverlogin.h"
#include "models/workspace.h"

namespace convener::models {

DatabaseSession::DatabaseSession(
    ServerLogin &login, const storage::Database::Options &fileOptions, const core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_login(login)
    , m_fileOptions(fileOptions)
    , m_clock(clock)
{
}

DatabaseSession::~DatabaseSession()
{
    m_workspace.reset();
}

core::Result<void, OpenFailure> DatabaseSession::switchTo(const DatabaseTarget &target)
{
    OpenFailure failure;
    std::unique_ptr<storage::Database> next;
    if (target.isServer()) {
        storage::Database::Options options;
        options.createIfMissing = false;
        next = m_login.connect(*target.server, target.rememberPassword, options, failure);
    } else {
        next = storage::Database::open(target.path, failure.error, m_fileOptions);
    }
    if (!next)
        return failure;

    if (m_workspace)
        Q_EMIT aboutToClose();
    m_workspace.reset();
    m_database = std::move(next);
    m_target = target.withoutPassword();
    if (m_target.isServer())
        m_lastServer = m_target.server;
    m_workspace = std::make_unique<Workspace>(*m_database, m_clock);
    Q_EMIT opened();
    return {};
}

} // namespace convener::models
