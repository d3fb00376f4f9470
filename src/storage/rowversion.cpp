// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/rowversion.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace convener::storage::rowversion {

RowStamp readStamp(const QSqlQuery &q, int first)
{
    return { q.value(first).toLongLong(), q.value(first + 1).toString(), q.value(first + 2).toString() };
}

void bindBasedOn(QSqlQuery &q, RowVersion version)
{
    q.bindValue(QStringLiteral(":unchecked"), version == 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":row_version"), QVariant::fromValue(version));
}

Error refusal(const QSqlDatabase &db, Table table, const char *tableName, const QString &where,
    std::initializer_list<std::pair<QString, QVariant>> key, Error gone)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT changed_by, changed_at FROM %1 WHERE %2").arg(QLatin1String(tableName), where));
    for (const auto &[name, value] : key)
        q.bindValue(name, value);
    if (!q.exec())
        return sql::failure(sql::reading(table), q);
    if (!q.next())
        return gone;
    return Error(Problem::ChangedElsewhere)
        .inTable(table)
        .withName(q.value(0).toString())
        .withValue(q.value(1).toString());
}

} // namespace convener::storage::rowversion
