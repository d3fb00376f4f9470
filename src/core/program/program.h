// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programcall.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

// A series of calls that a cohort follows, such as the four-call practice program.
struct Program
{
    std::string id;
    std::string name;
    std::string description;
    std::string credits;                                     // whose method it is and under which licence
    std::vector<ProgramCall> calls;
    nlohmann::ordered_json unknownFields;

    const ProgramCall *findCall(std::string_view callId) const;

    bool operator==(const Program &) const = default;
};

} // namespace convener::core
