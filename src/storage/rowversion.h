// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/error.h"

#include <cstdint>
#include <initializer_list>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <utility>

namespace convener::storage {

// The version of a row that hosts change in place (a call's agenda, a person,
// an attendance mark, ...). Reading a row reads its version; an edit names the
// version it was based on and is refused, as ChangedElsewhere, when the row has
// moved on since, so nothing someone else saved is overwritten unseen. Undo
// names the version its own edit made, so it never reverts another host's
// change. 0 means "not read with its version": the edit is not checked (a
// command-line import, a demo being seeded).
using RowVersion = std::int64_t;

// The version an edit names for a row that did not exist when it was read
// (an attendance mark nobody has set yet): the edit is refused when someone
// made the row meanwhile. Stored rows start at version 1.
constexpr RowVersion kNoRow = -1;

// A row's version as read, with who last changed it (on a server, the login;
// empty when nobody has since it was made, and in a file) and when (ISO 8601, UTC).
struct RowStamp
{
    RowVersion version = 0;
    QString changedBy;
    QString changedAt;

    bool operator==(const RowStamp &) const = default;
};

namespace rowversion {

// What an UPDATE sets besides its own columns: the next version and the time.
// (On a server, the server also writes who: its login.) In an upsert's DO
// UPDATE, name the table: PostgreSQL finds a bare column ambiguous there.
inline QString nextVersion(const QString &table = {})
{
    const QString column = table.isEmpty() ? QStringLiteral("row_version") : table + QStringLiteral(".row_version");
    return QStringLiteral("row_version = %1 + 1, changed_at = {{now}}").arg(column);
}

// The condition an edit adds to its WHERE: the row is still at the version
// the edit was based on, or the edit is not checked. Bound by bindBasedOn().
inline QString stillAt(const QString &table = {})
{
    const QString column = table.isEmpty() ? QStringLiteral("row_version") : table + QStringLiteral(".row_version");
    return QStringLiteral("(:unchecked = 1 OR %1 = :row_version)").arg(column);
}
// Binds stillAt()'s values for an edit based on version (0: not checked).
void bindBasedOn(QSqlQuery &q, RowVersion version);

// The columns to SELECT for a RowStamp, in order (prefix: the table's alias with its dot).
inline QString stampColumns(const QString &prefix = {})
{
    return QStringLiteral("%1row_version, %1changed_by, %1changed_at").arg(prefix);
}
// Reads the stamp from the query's columns first..first+2.
RowStamp readStamp(const QSqlQuery &q, int first);

// Why an UPDATE of table with the key `where` (bound from key) touched no row:
// someone else changed it (ChangedElsewhere, naming who and when), or it is
// gone, in which case `gone` is returned.
Error refusal(const QSqlDatabase &db, Table table, const char *tableName, const QString &where,
    std::initializer_list<std::pair<QString, QVariant>> key, Error gone);

} // namespace rowversion

} // namespace convener::storage
