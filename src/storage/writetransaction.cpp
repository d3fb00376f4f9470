// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/writetransaction.h"

#include "storage/dialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace convener::storage {

namespace {
// Open transactions per connection. A connection is used from one thread only
// (QtSql's rule), so a thread-local table is enough.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> table;
    return table;
}

QString savepointName(int depth)
{
    return QStringLiteral("convener_%1").arg(depth);
}
} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = depths()[m_db.connectionName()];
    m_depth = depth;
    m_active = exec(m_depth == 0 ? dialect::beginWrite(dialect::engineOf(m_db))
                                 : QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    if (m_active)
        ++depth;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        exec(QStringLiteral("RELEASE ") + savepointName(m_depth));
    }
    --depths()[m_db.connectionName()];
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName(m_depth)))
        return false;
    m_active = false;
    --depths()[m_db.connectionName()];
    return true;
}

bool WriteTransaction::exec(const QString &statement)
{
    QSqlQuery q(m_db);
    if (q.exec(statement))
        return true;
    m_error = q.lastError().text();
    return false;
}

} // namespace convener::storage
