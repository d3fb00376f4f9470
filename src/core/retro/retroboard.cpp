// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/retro/retroboard.h"

#include <algorithm>

namespace convener::core {

namespace {
template<typename T, typename Id>
const T *findById(const std::vector<T> &items, Id id)
{
    const auto it = std::find_if(items.begin(), items.end(), [id](const T &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

std::string_view retroPhaseKey(RetroPhase phase)
{
    switch (phase) {
    case RetroPhase::Write: return "write";
    case RetroPhase::Group: return "group";
    case RetroPhase::Vote: return "vote";
    case RetroPhase::Discuss: return "discuss";
    case RetroPhase::Actions: return "actions";
    }
    return "write";
}

std::optional<RetroPhase> retroPhaseFromKey(std::string_view key)
{
    for (RetroPhase p : kRetroPhases) {
        if (retroPhaseKey(p) == key)
            return p;
    }
    return std::nullopt;
}

std::string_view retroAnonymityKey(RetroAnonymity anonymity)
{
    return anonymity == RetroAnonymity::Anonymous ? "anonymous" : "named";
}

std::optional<RetroAnonymity> retroAnonymityFromKey(std::string_view key)
{
    if (key == "named")
        return RetroAnonymity::Named;
    if (key == "anonymous")
        return RetroAnonymity::Anonymous;
    return std::nullopt;
}

std::string_view retroActionStatusKey(RetroActionStatus status)
{
    return status == RetroActionStatus::Done ? "done" : "open";
}

std::optional<RetroActionStatus> retroActionStatusFromKey(std::string_view key)
{
    if (key == "open")
        return RetroActionStatus::Open;
    if (key == "done")
        return RetroActionStatus::Done;
    return std::nullopt;
}

const RetroCard *RetroBoard::card(RetroCardId id) const
{
    return findById(cards, id);
}

const RetroGroup *RetroBoard::group(RetroGroupId id) const
{
    return findById(groups, id);
}

const RetroColumn *RetroBoard::column(RetroColumnId id) const
{
    return findById(columns, id);
}

const RetroAction *RetroBoard::action(RetroActionId id) const
{
    return findById(actions, id);
}

RetroGrouping RetroBoard::grouping(RetroColumnId column) const
{
    RetroGrouping g;
    g.column = column;
    for (const RetroGroup &group : groups) {
        if (group.column == column)
            g.groups.push_back(group);
    }
    for (const RetroCard &c : cards) {
        if (c.column == column)
            g.cards.emplace_back(c.id, c.group);
    }
    return g;
}

} // namespace convener::core
