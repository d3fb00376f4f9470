// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace convener::tests {

// A fresh database file in its own temporary folder, removed with the object.
class TempDatabase final
{
public:
    TempDatabase();
    storage::Database &db() { return *m_database; }
    QString path() const { return m_dir.filePath(QStringLiteral("convener.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Closes the connection (and releases the lock) so the file can be reopened or damaged.
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace convener::tests
