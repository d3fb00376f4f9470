// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"
#include "storage/database.h"
#include "storage/result.h"

namespace convener::tests {

// Seeds the Demo cohort into db and reads back its call-4 retro board (run
// to its actions, cards revealed), which the retro storage and export tests
// start from; a failure says which step went wrong.
storage::Result<core::RetroBoard> seedDemoRetroBoard(storage::Database &db);

} // namespace convener::tests
