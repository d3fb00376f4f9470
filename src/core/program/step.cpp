// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/step.h"

#include <algorithm>
#include <limits>

namespace convener::core {

namespace {
// The file format keeps every product far from overflow; a model built in
// code with larger numbers saturates instead of wrapping.
Seconds::rep saturatingMul(Seconds::rep a, Seconds::rep b)
{
    constexpr auto kMax = std::numeric_limits<Seconds::rep>::max();
    if (a <= 0 || b <= 0)
        return 0;
    return a > kMax / b ? kMax : a * b;
}

Seconds saturatingAdd(Seconds a, Seconds b)
{
    constexpr auto kMax = std::numeric_limits<Seconds::rep>::max();
    if (b.count() > 0 && a.count() > kMax - b.count())
        return Seconds{kMax};
    return a + b;
}

Seconds total(Seconds turn, int turns, Seconds changeover)
{
    const Seconds turnsTime{saturatingMul(turn.count(), turns)};
    const Seconds changes{saturatingMul(std::max<Seconds::rep>(changeover.count(), 0), turns - 1)};
    return saturatingAdd(turnsTime, changes);
}
} // namespace

std::optional<int> Step::plannedGroupSize() const
{
    if (const auto implied = impliedGroupSize(space))
        return implied;
    return groupSize;
}

int Step::turns(int size) const
{
    switch (rotation.kind) {
    case RotationKind::None:
        return 1;
    case RotationKind::PerMember:
        return std::max(size, 1);
    case RotationKind::Fixed:
        return std::max(rotation.count, 1);
    }
    return 1;
}

Seconds Step::turnDuration() const
{
    if (phases.empty())
        return std::max(duration.value_or(Seconds{0}), Seconds{0});
    Seconds sum{0};
    for (const Phase &p : phases)
        sum = saturatingAdd(sum, std::max(p.duration, Seconds{0}));
    return sum;
}

Seconds Step::turnMinimum() const
{
    if (phases.empty())
        return std::max(minimum.value_or(duration.value_or(Seconds{0})), Seconds{0});
    Seconds sum{0};
    for (const Phase &p : phases)
        sum = saturatingAdd(sum, std::max(p.minimumDuration(), Seconds{0}));
    return sum;
}

Seconds Step::plannedDuration(int size) const
{
    return total(turnDuration(), turns(size), rotation.changeover);
}

Seconds Step::plannedDuration() const
{
    return plannedDuration(plannedGroupSize().value_or(1));
}

Seconds Step::minimumDuration(int size) const
{
    return total(turnMinimum(), turns(size), rotation.changeover);
}

Seconds Step::minimumDuration() const
{
    return minimumDuration(plannedGroupSize().value_or(1));
}

std::vector<StepSlot> Step::expand(int size) const
{
    std::vector<StepSlot> slots;
    const int count = turns(size);
    const Seconds changeover = std::max(rotation.changeover, Seconds{0});
    Seconds offset{0};
    for (int turn = 1; turn <= count; ++turn) {
        if (turn > 1 && changeover > Seconds{0}) {
            slots.push_back({SlotKind::Changeover, -1, {}, turn, count, offset, changeover, changeover});
            offset = saturatingAdd(offset, changeover);
        }
        if (phases.empty()) {
            const Seconds d = turnDuration();
            slots.push_back({SlotKind::Step, -1, {}, turn, count, offset, d, turnMinimum()});
            offset = saturatingAdd(offset, d);
            continue;
        }
        for (std::size_t i = 0; i < phases.size(); ++i) {
            const Phase &p = phases[i];
            const Seconds d = std::max(p.duration, Seconds{0});
            slots.push_back({SlotKind::Phase, static_cast<int>(i), p.id, turn, count, offset, d,
                             std::clamp(p.minimumDuration(), Seconds{0}, d)});
            offset = saturatingAdd(offset, d);
        }
    }
    return slots;
}

const StepRole *Step::rotatingRole() const
{
    if (rotation.role.empty())
        return nullptr;
    const auto it = std::find_if(roles.begin(), roles.end(), [&](const StepRole &r) { return r.name == rotation.role; });
    return it == roles.end() ? nullptr : &*it;
}

TemplateValues Step::promptValues(int size) const
{
    TemplateValues v;
    v.duration = plannedDuration(size);
    v.round = 1;
    v.rounds = turns(size);
    v.groupSize = size;
    v.role = rotation.role;
    return v;
}

TemplateValues Step::slotValues(const StepSlot &slot, int size) const
{
    TemplateValues v;
    v.duration = slot.duration;
    v.round = slot.turn;
    v.rounds = slot.turns;
    v.groupSize = size;
    v.role = rotation.role;
    return v;
}

std::string Step::placeText(bool withCircleSize) const
{
    std::string text;
    const auto size = plannedGroupSize();
    switch (space) {
    case StepSpace::Self:
        text = "on one's own";
        break;
    case StepSpace::Pair:
        text = "pairs";
        break;
    case StepSpace::Trio:
        text = "trios";
        break;
    case StepSpace::Group:
        text = size ? "groups of " + std::to_string(*size) : "small groups";
        break;
    case StepSpace::Circle:
        text = withCircleSize && size ? "whole circle (planned for " + std::to_string(*size) + ")" : "whole circle";
        break;
    }
    if (breakout)
        text += ", breakout rooms";
    return text;
}

} // namespace convener::core
