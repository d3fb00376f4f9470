// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace convener::core {

// When a cue is due within its phase (or within a step without phases): at the
// start, when the warning or final-minute threshold of the step is crossed, or
// at the end.
enum class CueMoment { Start, Warning, FinalMinute, End };

std::string_view cueMomentKey(CueMoment moment);             // "start", "warning", "final_minute", "end"
std::optional<CueMoment> cueMomentFromKey(std::string_view key);

// What the technical host broadcasts or says at that moment ("switch speakers
// now", "client: camera off"). The text is a template (see templatetext.h).
struct StepCue
{
    CueMoment moment = CueMoment::Start;
    std::string text;
    nlohmann::ordered_json unknownFields;                    // fields of a newer format, written back on save

    bool operator==(const StepCue &) const = default;
};

} // namespace convener::core
