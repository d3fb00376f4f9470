// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retrorules.h"
#include "core/retro/retrotemplate.h"

#include <QString>

namespace convener::models {

// The sentence the host reads when the board's rules refuse an edit or a list
// of custom columns: why not and, where it helps, what to do instead. Made
// here, behind tr(), so that core only names the reason.
QString describe(const core::RetroRefusal &refusal);
QString describe(const core::RetroColumnsRefusal &refusal);

} // namespace convener::models
