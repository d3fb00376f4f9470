// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/result.h"
#include "storage/error.h"

namespace convener::storage {

// The outcome of a storage call: the house Result, whose error names the
// problem and its facts (storage/error.h); models word it for a person.
// Storage never throws.
template<typename T> using Result = core::Result<T, Error>;

// A Result with no value.
using Status = core::Result<void, Error>;

} // namespace convener::storage
