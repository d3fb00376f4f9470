// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/result.h"
#include "crypto/error.h"

namespace convener::crypto {

// A value or the Error that prevented it: the house Result with crypto's errors.
template<typename T>
using Result = core::Result<T, Error>;

} // namespace convener::crypto
