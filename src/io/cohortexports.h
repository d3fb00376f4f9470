// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"
#include "core/program/runsheet.h"
#include "io/calendarexport.h"
#include "io/papersize.h"
#include "storage/result.h"

#include <QString>

#include <chrono>

namespace convener::storage {
class Database;
}

namespace convener::io {

// What the app and convener-cli export from a database, each read in one go
// and written whole (the old file stays until the new one is complete).

// The run sheet of a cohort's call, from what is stored.
storage::Result<core::RunSheet> loadRunSheet(storage::Database &database, core::CohortId cohort, int callNumber);
// Markdown when the path ends in ".md" (any case), a PDF otherwise.
bool isMarkdownPath(const QString &path);
storage::Status exportRunSheet(storage::Database &database, core::CohortId cohort, int callNumber, const QString &path,
                               PaperSize paper);

// The cohort's calls for its calendar, stamped `now`.
storage::Result<CalendarRequest> loadCalendar(storage::Database &database, core::CohortId cohort,
                                              std::chrono::sys_seconds now);
storage::Status exportCalendar(storage::Database &database, core::CohortId cohort, const QString &path,
                               std::chrono::sys_seconds now);

} // namespace convener::io
