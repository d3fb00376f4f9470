// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "core/retro/retrotemplate.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace convener::core {

using RetroBoardId = std::int64_t;
using RetroColumnId = std::int64_t;
using RetroCardId = std::int64_t;
using RetroGroupId = std::int64_t;
using RetroActionId = std::int64_t;

// The order a retro runs in. Hosts may step back, but the board never forgets
// that cards were revealed.
enum class RetroPhase { Write, Group, Vote, Discuss, Actions };
inline constexpr std::array kRetroPhases{RetroPhase::Write, RetroPhase::Group, RetroPhase::Vote, RetroPhase::Discuss,
                                         RetroPhase::Actions};

// Named: each card shows who wrote it. Anonymous: no author is stored at all,
// so nothing can reveal it later.
enum class RetroAnonymity { Named, Anonymous };

enum class RetroActionStatus { Open, Done };

std::string_view retroPhaseKey(RetroPhase phase);             // "write", "group", "vote", "discuss", "actions"
std::optional<RetroPhase> retroPhaseFromKey(std::string_view key);
std::string_view retroAnonymityKey(RetroAnonymity anonymity); // "named", "anonymous"
std::optional<RetroAnonymity> retroAnonymityFromKey(std::string_view key);
std::string_view retroActionStatusKey(RetroActionStatus status); // "open", "done"
std::optional<RetroActionStatus> retroActionStatusFromKey(std::string_view key);

struct RetroVoteLimits
{
    int perPerson = 5;
    int perCard = 3;

    bool operator==(const RetroVoteLimits &) const = default;
};

// Everything about a board that is not its content. The phase durations are
// what the Live console's timer counts down; unset means no timer.
struct RetroBoardState
{
    RetroPhase phase = RetroPhase::Write;
    bool revealed = false;
    RetroAnonymity anonymity = RetroAnonymity::Named;
    RetroVoteLimits limits;
    std::array<std::optional<int>, kRetroPhases.size()> phaseSeconds{};

    bool operator==(const RetroBoardState &) const = default;
};

struct RetroColumn
{
    RetroColumnId id = 0;
    std::string title;
    std::string prompt;

    bool operator==(const RetroColumn &) const = default;
};

struct RetroCard
{
    RetroCardId id = 0;
    RetroColumnId column = 0;
    RetroGroupId group = 0;                                   // 0: not in a group
    std::optional<PersonId> author;                           // unset: anonymous
    std::string text;
    int position = 0;                                         // order within the board, ascending

    bool operator==(const RetroCard &) const = default;
};

// Cards grouped by the host during the group phase; a group lives in one column.
struct RetroGroup
{
    RetroGroupId id = 0;
    RetroColumnId column = 0;
    std::string title;

    bool operator==(const RetroGroup &) const = default;
};

// One thumbs-up. A person may give a card several, within the limits.
struct RetroVote
{
    PersonId person = 0;
    RetroCardId card = 0;

    bool operator==(const RetroVote &) const = default;
};

struct RetroAction
{
    RetroActionId id = 0;
    std::string text;
    std::optional<PersonId> owner;
    std::optional<int> dueCall;                               // the call it should be done by
    RetroActionStatus status = RetroActionStatus::Open;
    int position = 0;

    bool operator==(const RetroAction &) const = default;
};

// How one column's cards are grouped: its groups and each card's group (0:
// none). Undo puts a column back to an earlier grouping as a whole.
struct RetroGrouping
{
    RetroColumnId column = 0;
    std::vector<RetroGroup> groups;
    std::vector<std::pair<RetroCardId, RetroGroupId>> cards;

    bool operator==(const RetroGrouping &) const = default;
};

// One cohort call's retro board, whole.
struct RetroBoard
{
    RetroBoardId id = 0;
    CohortId cohort = 0;
    int callNumber = 0;
    RetroTemplate source = RetroTemplate::RosesBudsThornsGems;
    RetroBoardState state;
    std::vector<RetroColumn> columns;
    std::vector<RetroCard> cards;
    std::vector<RetroGroup> groups;
    std::vector<RetroVote> votes;
    std::vector<RetroAction> actions;

    const RetroCard *card(RetroCardId id) const;
    const RetroGroup *group(RetroGroupId id) const;
    const RetroColumn *column(RetroColumnId id) const;
    const RetroAction *action(RetroActionId id) const;
    RetroGrouping grouping(RetroColumnId column) const;

    bool operator==(const RetroBoard &) const = default;
};

} // namespace convener::core
