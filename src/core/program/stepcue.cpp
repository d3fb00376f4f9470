// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/stepcue.h"

#include <array>
#include <utility>

namespace convener::core {

namespace {
constexpr std::array kMomentKeys{
    std::pair{CueMoment::Start, std::string_view("start")},
    std::pair{CueMoment::Warning, std::string_view("warning")},
    std::pair{CueMoment::FinalMinute, std::string_view("final_minute")},
    std::pair{CueMoment::End, std::string_view("end")},
};
} // namespace

std::string_view cueMomentKey(CueMoment moment)
{
    for (const auto &[value, key] : kMomentKeys) {
        if (value == moment)
            return key;
    }
    return "start";
}

std::optional<CueMoment> cueMomentFromKey(std::string_view key)
{
    for (const auto &[value, k] : kMomentKeys) {
        if (k == key)
            return value;
    }
    return std::nullopt;
}

} // namespace convener::core
