// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/json/jsonreaderror.h"

#include <QString>

namespace convener::models {

// What is wrong with a JSON text, without its place: the program codec and
// the scheduler's problem files put the line and column (or the field) around
// it. Made here behind tr(); a syntax error shows the parser's own words.
QString describe(const core::JsonReadError &error);

} // namespace convener::models
