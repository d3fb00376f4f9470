// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

namespace convener::storage {

// The two database engines the repositories run on: an SQLite file on one
// computer (the default), or a team's PostgreSQL server.
enum class Engine { SQLite, PostgreSQL };

} // namespace convener::storage
