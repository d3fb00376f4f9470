// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/runsheet.h"

#include <string>

namespace convener::core {

// The run sheet as Markdown, to read on screen or paste into a shared document.
std::string runSheetMarkdown(const RunSheet &sheet);

} // namespace convener::core
