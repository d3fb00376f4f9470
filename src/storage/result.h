// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/result.h"

#include <QString>

namespace convener::storage {

// The outcome of a storage call: the house Result, whose error is for now a
// message for the person at the keyboard that says what failed and where.
// Storage never throws.
template<typename T>
using Result = core::Result<T, QString>;

// A Result with no value.
using Status = core::Result<void, QString>;

} // namespace convener::storage
