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
    case DatabaseError::Kind::DiskFull:
        return QStringLiteral("disk-full");
    case DatabaseError::Kind::Unreachable:
        return QStringLiteral("unreachable");
    case DatabaseError::Kind::LoginRefused:
        return QStringLiteral("login-refused");
    case DatabaseError::Kind::Insecure:
        return QStringLiteral("insecure");
    case DatabaseError::Kind::TooOld:
        return QStringLiteral("too-old");
    case DatabaseError::Kind::NotInitialised:
        return QStringLiteral("not-initialised");
    }
    return QStringLiteral("unknown");
}

} // namespace convener::storage
