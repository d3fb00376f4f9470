// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/result.h"
#include "storage/writetransaction.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <string>

namespace convener::storage::sql {

// The one way storage runs a statement and fails: every repository goes
// through these, so how a failure is described, how NULLs are bound and how a
// write is wrapped in a transaction are each decided once.

// What a statement does, so that its failure names the problem and the table.
struct Doing
{
    Problem problem;
    Table table;
};
inline Doing reading(Table table)
{
    return { Problem::ReadFailed, table };
}
inline Doing writing(Table table)
{
    return { Problem::WriteFailed, table };
}

// A driver's message on one line, its lines joined as sentences: libpq's run
// over several indented lines ("... Connection refused\n\tIs the server running ...").
QString oneLine(const QString &said);

// The failure of query while doing what, with the driver's reason as detail.
Error failure(Doing what, const QSqlQuery &query);

// The statement in the words of query's engine: dialect::expand()'s tokens
// ({{now}}, {{nocase}}, ...) turned into SQLite's or PostgreSQL's SQL.
QString forEngine(const QSqlQuery &query, const QString &statement);
// Prepares statement (its tokens expanded for query's engine).
bool prepare(QSqlQuery &query, const QString &statement);

// Prepares sql, binds values in order, runs it; on failure says what could not be done.
Status run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, Doing what);
// Runs a query already prepared and bound.
Status exec(QSqlQuery &query, Doing what);

// NULL when empty, the value otherwise, with the column's type so that
// drivers that type their parameters bind it right.
QVariant optionalId(const std::optional<std::int64_t> &value);
QVariant optionalInt(const std::optional<int> &value);
QVariant optionalText(const std::optional<std::string> &value);

// A transaction that could not begin or commit: problem, or ServerConnectionLost
// when the server went away.
Error transactionFailure(const QSqlDatabase &db, Problem problem, Table table, const QString &detail);

// Runs body, a callable returning Status, inside one write transaction: all of
// it is stored, or none. `table` names what is being saved when the
// transaction itself fails.
template<typename Body> Status inTransaction(QSqlDatabase db, Table table, Body &&body)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transactionFailure(db, Problem::SaveStartFailed, table, transaction.error());
    if (Status s = body(); !s)
        return s;
    if (!transaction.commit())
        return transactionFailure(db, Problem::SaveFailed, table, transaction.error());
    return {};
}

// The same for a write that yields a value (the row version it made, say):
// body returns Result<T>, and its value is returned once the transaction has
// committed.
template<typename T, typename Body> Result<T> inTransactionFor(QSqlDatabase db, Table table, Body &&body)
{
    std::optional<T> value;
    const Status status = inTransaction(db, table, [&]() -> Status {
        Result<T> result = body();
        if (!result)
            return result.error();
        value = std::move(result).value();
        return {};
    });
    if (!status)
        return status.error();
    return std::move(*value);
}

} // namespace convener::storage::sql
