// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/speakingorder.h"

#include <algorithm>
#include <limits>
#include <random>

namespace convener::core {

namespace {
// Fisher-Yates with rejection sampling written out: std::shuffle and the
// standard distributions may differ between library versions, and a restored
// run must reproduce the order it saved.
std::uint64_t below(std::mt19937_64 &rng, std::uint64_t bound)
{
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
    std::uint64_t v = rng();
    while (v >= limit)
        v = rng();
    return v % bound;
}
} // namespace

SpeakingOrder::SpeakingOrder(std::vector<std::string> names)
    : m_names(std::move(names))
{
}

SpeakingOrder SpeakingOrder::shuffled(std::vector<std::string> names, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    for (std::size_t i = names.size(); i > 1; --i)
        std::swap(names[i - 1], names[below(rng, i)]);
    return SpeakingOrder(std::move(names));
}

SpeakingOrder SpeakingOrder::byHand(std::vector<std::string> names)
{
    return SpeakingOrder(std::move(names));
}

void SpeakingOrder::setPosition(int position)
{
    m_position = std::clamp(position, 0, size());
}

std::optional<std::string> SpeakingOrder::current() const
{
    if (m_position < 0 || m_position >= size())
        return std::nullopt;
    return m_names[static_cast<std::size_t>(m_position)];
}

std::optional<std::string> SpeakingOrder::following() const
{
    if (m_position + 1 >= size())
        return std::nullopt;
    return m_names[static_cast<std::size_t>(m_position + 1)];
}

bool SpeakingOrder::add(std::string name)
{
    if (std::find(m_names.begin(), m_names.end(), name) != m_names.end())
        return false;
    m_names.push_back(std::move(name));
    return true;
}

bool SpeakingOrder::next()
{
    if (m_position >= size())
        return false;
    ++m_position;
    return m_position < size();
}

Seconds SpeakingOrder::perPerson(Seconds roundLength) const
{
    if (m_names.empty())
        return Seconds{0};
    return Seconds{roundLength.count() / size()};
}

namespace {

// Each person's share as a host would say it: seconds under a minute (to the
// nearest 5 s), else minutes to the nearest half ("2.5 min", "3 min").
std::string shareText(Seconds each)
{
    const long long s = each.count();
    if (s < 58) {
        const long long rounded = std::max<long long>(5, (s + 2) / 5 * 5);
        return std::to_string(rounded) + " s";
    }
    const long long halves = (s + 15) / 30;
    return std::to_string(halves / 2) + (halves % 2 ? ".5" : "") + " min";
}

} // namespace

std::string SpeakingOrder::announcement(Seconds perPerson) const
{
    std::string text = "Speaking order";
    if (perPerson > Seconds{0})
        text += " (about " + shareText(perPerson) + " each)";
    text += ":";
    for (std::size_t i = 0; i < m_names.size(); ++i)
        text += (i == 0 ? " " : ", ") + std::to_string(i + 1) + ". " + m_names[i];
    return text;
}

} // namespace convener::core
