// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"
#include "storage/databaseerror.h"
#include "storage/error.h"

#include <QString>
#include <vector>

namespace convener::models {

// The sentence a person reads for a storage failure: what went wrong and,
// where it helps, what to do next. Made here, behind tr(), so that storage
// only names problems and the app can be translated.
QString describe(const storage::Error &error);

// Why a database could not be opened; empty when it was.
QString describe(const storage::DatabaseError &error);

// What is wrong with a cohort as typed, in one paragraph; empty when nothing is.
QString describe(const std::vector<core::CohortProblem> &problems);

} // namespace convener::models
