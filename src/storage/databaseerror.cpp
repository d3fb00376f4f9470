// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/databaseerror.h"

namespace convener::storage {

QString databaseErrorKindName(DatabaseError::Kind kind)
{
    switch (kind) {
    case DatabaseError::Kind::None: return QStringLiteral("none");
    case DatabaseError::Kind::CannotCreate: return QStringLiteral("cannot-create");
    case DatabaseError::Kind::CannotRead: return QStringLiteral("cannot-read");
    case DatabaseError::Kind::NotSqlite: return QStringLiteral("not-sqlite");
    case DatabaseError::Kind::NotConvener: return QStringLiteral("not-convener");
    case DatabaseError::Kind::TooNew: return QStringLiteral("too-new");
    case DatabaseError::Kind::Corrupt: return QStringLiteral("corrupt");
    case DatabaseError::Kind::Locked: return QStringLiteral("locked");
    case DatabaseError::Kind::Failed: return QStringLiteral("failed");
    case DatabaseError::Kind::Empty:
        return QStringLiteral("empty");
    case DatabaseError::Kind::NeedsUpgrade:
        return QStringLiteral("needs-upgrade");
    case DatabaseError::Kind::ReadOnly:
        return QStringLiteral("read-only");
    case DatabaseError::Kind::Linked:
        return QStringLiteral("linked");
    }
    return QStringLiteral("unknown");
}

} // namespace convener::storage
