// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/retro/retrotopic.h"

#include "core/retro/retrorules.h"

#include <algorithm>

namespace convener::core {

std::vector<RetroTopic> retroColumnTopics(const RetroBoard &board, RetroColumnId column)
{
    std::vector<const RetroCard *> cards;
    for (const RetroCard &c : board.cards) {
        if (c.column == column)
            cards.push_back(&c);
    }
    std::stable_sort(cards.begin(), cards.end(),
                     [](const RetroCard *a, const RetroCard *b) { return a->position < b->position; });

    std::vector<RetroTopic> topics;
    for (const RetroCard *c : cards) {
        const RetroGroup *group = c->group != 0 ? board.group(c->group) : nullptr;
        if (group) {
            auto existing = std::find_if(topics.begin(), topics.end(),
                                         [group](const RetroTopic &t) { return t.group == group->id; });
            if (existing != topics.end()) {
                existing->cards.push_back(c->id);
                existing->votes += RetroRules::tally(board, c->id);
                continue;
            }
        }
        RetroTopic topic;
        topic.column = column;
        topic.group = group ? group->id : 0;
        topic.title = group ? group->title : c->text;
        topic.cards.push_back(c->id);
        topic.votes = RetroRules::tally(board, c->id);
        topics.push_back(std::move(topic));
    }
    return topics;
}

std::vector<RetroTopic> retroDiscussOrder(const RetroBoard &board)
{
    std::vector<RetroTopic> all;
    for (const RetroColumn &column : board.columns) {
        auto topics = retroColumnTopics(board, column.id);
        std::move(topics.begin(), topics.end(), std::back_inserter(all));
    }
    std::stable_sort(all.begin(), all.end(), [](const RetroTopic &a, const RetroTopic &b) { return a.votes > b.votes; });
    return all;
}

} // namespace convener::core
