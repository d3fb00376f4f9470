// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "storage/database.h"
#include "storage/result.h"

namespace convener::tests {

// A cohort of nine members ("Member 0" to "Member 8") following the built-in
// practice program, so its second call has Troika Consulting in trios as its
// second breakout round. The rooms role tests use it for turn orders.
storage::Result<core::CohortId> createTroikaCohort(storage::Database &db);

} // namespace convener::tests
