// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"

#include <string>
#include <vector>

namespace convener::core {

// What the room talks about: a group with its cards, or a card on its own.
struct RetroTopic
{
    RetroColumnId column = 0;
    RetroGroupId group = 0;                                   // 0: a single card
    std::string title;                                        // the group's title, or the card's text
    std::vector<RetroCardId> cards;                           // in board order
    int votes = 0;                                            // all thumbs-up on its cards

    bool operator==(const RetroTopic &) const = default;
};

// The topics of one column as the board shows them: each in the place of its
// earliest card.
std::vector<RetroTopic> retroColumnTopics(const RetroBoard &board, RetroColumnId column);

// Every topic of the board, most votes first; ties keep the board's order
// (column, then position), so the list does not shuffle between runs.
std::vector<RetroTopic> retroDiscussOrder(const RetroBoard &board);

} // namespace convener::core
