// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programdurations.h"

namespace convener::core {

std::string durationText(Seconds duration)
{
    const long long total = duration.count();
    const std::string sign = total < 0 ? "-" : "";
    const long long s = total < 0 ? -total : total;
    if (s < 60)
        return sign + std::to_string(s) + " s";
    std::string text = sign + std::to_string(s / 60) + " min";
    if (s % 60 != 0)
        text += ' ' + std::to_string(s % 60) + " s";
    return text;
}

std::string offsetText(Seconds offset)
{
    const long long total = offset.count();
    const std::string sign = total < 0 ? "-" : "";
    const long long s = total < 0 ? -total : total;
    const auto two = [](long long n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    std::string text = sign + std::to_string(s / 3600) + ':' + two((s / 60) % 60);
    if (s % 60 != 0)
        text += ':' + two(s % 60);
    return text;
}

} // namespace convener::core
