// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/error.h"

#include <QString>

namespace convener::models {

// The sentence a person reads for a storage failure: what went wrong and,
// where it helps, what to do next. Made here, behind tr(), so that storage
// only names problems and the app can be translated.
QString describe(const storage::Error &error);

} // namespace convener::models
