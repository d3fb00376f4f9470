// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/conversions.h"

namespace convener::models {

// Text between core's standard strings (UTF-8) and Qt's, for the views: the
// widgets reach it through models like everything else below them.
using storage::toQt;
using storage::toStd;

} // namespace convener::models
