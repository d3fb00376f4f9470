// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/program.h"

#include <algorithm>

namespace convener::core {

const ProgramCall *Program::findCall(std::string_view callId) const
{
    const auto it = std::find_if(calls.begin(), calls.end(), [&](const ProgramCall &c) { return c.id == callId; });
    return it == calls.end() ? nullptr : &*it;
}

} // namespace convener::core
