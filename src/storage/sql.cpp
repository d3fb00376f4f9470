// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/sql.h"

#include "storage/conversions.h"
#include "storage/dialect.h"

#include <QSqlError>

namespace convener::storage::sql {

QString oneLine(const QString &said)
{
    QString out;
    for (const QString &line : said.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString part = line.trimmed();
        if (part.isEmpty())
            continue;
        if (!out.isEmpty()) {
            if (!QStringLiteral(".!?:;").contains(out.back()))
                out += QLatin1Char('.');
            out += QLatin1Char(' ');
        }
        out += part;
    }
    return out;
}

Error failure(Doing what, const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    // A server that went away is told as such, whatever the statement was doing.
    const Engine engine = dialect::engineOf(query.driver());
    if (dialect::isConnectionLost(engine, error.nativeErrorCode(), error.text()))
        return Error(Problem::ServerConnectionLost).inTable(what.table).withDetail(oneLine(error.text()));
    // A full disk (or a server's quota) is told as such, whatever the write was.
    if (dialect::isDiskFull(engine, error.nativeErrorCode(), error.databaseText()))
        return Error(Problem::DatabaseDiskFull).inTable(what.table).withDetail(oneLine(error.text()));
    return Error(what.problem).inTable(what.table).withDetail(error.text());
}

Error transactionFailure(const QSqlDatabase &db, Problem problem, Table table, const QString &detail)
{
    if (dialect::isConnectionLost(dialect::engineOf(db), QString(), detail))
        return Error(Problem::ServerConnectionLost).inTable(table).withDetail(oneLine(detail));
    return Error(problem).inTable(table).withDetail(detail);
}

QString forEngine(const QSqlQuery &query, const QString &statement)
{
    return dialect::expand(dialect::engineOf(query.driver()), statement);
}

bool prepare(QSqlQuery &query, const QString &statement)
{
    return query.prepare(forEngine(query, statement));
}

Status run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, Doing what)
{
    if (!prepare(query, sql))
        return failure(what, query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query, what);
}

Status exec(QSqlQuery &query, Doing what)
{
    if (!query.exec())
        return failure(what, query);
    return {};
}

QVariant optionalId(const std::optional<std::int64_t> &value)
{
    return value ? sqlId(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant optionalText(const std::optional<std::string> &value)
{
    return value ? QVariant(toQt(*value)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace convener::storage::sql
