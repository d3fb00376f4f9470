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

// What could not be done and the driver's reason: "Could not read the cohorts: ...".
QString failure(const QString &what, const QSqlQuery &query);

// Prepares sql, binds values in order, runs it; on failure says what could not be done.
Status run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, const QString &what);
// Runs a query already prepared and bound.
Status exec(QSqlQuery &query, const QString &what);

// NULL when empty, the value otherwise, with the column's type so that
// drivers that type their parameters bind it right.
QVariant optionalId(const std::optional<std::int64_t> &value);
QVariant optionalInt(const std::optional<int> &value);
QVariant optionalText(const std::optional<std::string> &value);

// Runs body, a callable returning Status, inside one write transaction: all of
// it is stored, or none. `what` names what is being saved when the transaction
// itself fails ("Could not save the retro board: ..."); it may be empty.
template<typename Body> Status inTransaction(QSqlDatabase db, const QString &what, Body &&body)
{
    const QString object = what.isEmpty() ? QString() : QStringLiteral(" ") + what;
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(QStringLiteral("Could not start saving%1: %2").arg(object, transaction.error()));
    if (Status s = body(); !s)
        return s;
    if (!transaction.commit())
        return Status::failure(QStringLiteral("Could not save%1: %2").arg(object, transaction.error()));
    return {};
}

} // namespace convener::storage::sql
