// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/result.h"

#include <QString>

namespace convener::storage {

class Database;

// The schema as an ordered list of steps indexed by 'PRAGMA user_version'. A new
// database runs every step from 0, so there is only ever one schema. Each step
// runs in its own transaction and writes its version last.
class Migrations final
{
public:
    static int latestVersion();
    static Status apply(Database &database);
};

} // namespace convener::storage
