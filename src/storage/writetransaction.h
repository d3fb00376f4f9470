// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace convener::storage {

// A write transaction. On SQLite it begins IMMEDIATE so that the write lock is
// taken up front (and waited for within the busy timeout) rather than failing
// halfway through; on a server it is SERIALIZABLE (dialect::beginWrite). Rolled back on destruction unless committed.
// Transactions nest: an inner one is a savepoint of the outer, so a batch built from smaller writes (seeding the demo,
// an import) is still stored whole or not at all.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    const QString &error() const { return m_error; }

private:
    bool exec(const QString &statement);

    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace convener::storage
