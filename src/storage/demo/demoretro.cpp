// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/demo/demoretro.h"

#include "core/retro/retrorules.h"
#include "storage/database.h"
#include "storage/retro/retrorepository.h"
#include "storage/sql.h"

#include <map>
#include <string>

namespace convener::storage {

namespace {

struct DemoCard
{
    int column;
    const char *author;
    const char *text;
};

const DemoCard kCards[] = {
    {0, "Aiko Tanaka", "Meeting someone new every few minutes on the first call"},
    {0, "Ben Adeyemi", "Being listened to without anyone trying to fix my problem"},
    {0, "Chloé Martin", "The quiet journaling minutes before we shared"},
    {0, "Greta Lindqvist", "Hearing my own words looped back by a partner"},
    {1, "Hana Novák", "A shared place to keep making offers and invitations after the program"},
    {1, "Kiri Walker", "A call time that also suits people in the Pacific"},
    {1, "Lucía Gómez", "Trying Troika Consulting with my own team at work"},
    {2, "Dev Raman", "Breakout rooms closed in the middle of a sentence"},
    {2, "Nadia Petrova", "Too little time for mirroring in the Case Clinic"},
    {2, "Farid Haddad", "Being pulled back to the main room with no warning"},
    {2, "Quinn O'Brien", "Camera fatigue in the last half hour"},
    {3, "Priya Shah", "Two hosts: one holding the room, one holding the clock"},
    {3, "Sofia Rossi", "The dance break on the second call"},
    {3, "Wen Li", "Hearing the speaking order before the closing round"},
};

// Who gave which card (an index into kCards) a thumbs-up; within the default limits.
const std::pair<const char *, std::vector<int>> kVotes[] = {
    {"Aiko Tanaka", {7, 7, 1, 11, 13}},
    {"Ben Adeyemi", {7, 9, 8, 1}},
    {"Chloé Martin", {1, 1, 11, 12}},
    {"Dev Raman", {8, 8, 7, 5}},
    {"Eilidh MacLeod", {11, 11, 3, 7, 2}},
    {"Hana Novák", {4, 4, 9}},
    {"Ibrahim Diallo", {10, 7, 1}},
};

struct DemoAction
{
    const char *text;
    const char *owner;
    int dueCall;
    core::RetroActionStatus status;
};

const DemoAction kActions[] = {
    {"Post a one-minute warning in every breakout room before it closes", "Tomás Ferreira", 1,
     core::RetroActionStatus::Open},
    {"Give the Case Clinic mirroring step 15 minutes instead of 10", "Maya Okafor", 3, core::RetroActionStatus::Open},
    {"Paste the journaling prompts into the chat as well as reading them aloud", "Tomás Ferreira", 1,
     core::RetroActionStatus::Done},
};

} // namespace

Status DemoRetro::seed(RetroRepository &retro, core::CohortId cohort, const std::vector<core::Member> &members)
{
    std::map<std::string, core::PersonId> ids;
    for (const auto &m : members)
        ids[m.person.displayName] = m.person.id;
    const auto person = [&ids](const char *name) -> std::optional<core::PersonId> {
        const auto it = ids.find(name);
        return it == ids.end() ? std::nullopt : std::optional<core::PersonId>(it->second);
    };

    return sql::inTransaction(retro.database().connection(), Table::RetroBoards, [&]() -> Status {
        auto board = retro.createBoard(cohort, kCall, core::RetroTemplate::RosesBudsThornsGems,
            core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
        if (!board)
            return Status::from(board);
        const core::RetroBoardId id = board.value().id;
        const auto &columns = board.value().columns;

        std::vector<core::RetroCardId> cards;
        for (const DemoCard &c : kCards) {
            const auto card = retro.addCard(id, columns.at(static_cast<size_t>(c.column)).id, person(c.author), c.text);
            if (!card)
                return Status::from(card);
            cards.push_back(card.value().id);
        }

        core::RetroBoardState state = board.value().state;
        const auto enter = [&](core::RetroPhase phase) {
            state = core::RetroRules::enterPhase(state, phase);
            return Status::from(retro.changeState(id, state));
        };
        if (Status s = enter(core::RetroPhase::Group); !s)
            return s;
        for (const auto &[dragged, target] : { std::pair { 3, 1 }, std::pair { 9, 7 } }) {
            if (auto grouped
                = retro.groupCards(id, cards[static_cast<size_t>(dragged)], cards[static_cast<size_t>(target)]);
                !grouped)
                return Status::from(grouped);
        }
        const auto current = retro.board(id);
        if (!current)
            return Status::from(current);
        const std::pair<int, const char *> titles[] = { { 1, "Deep listening" }, { 7, "Rooms end too abruptly" } };
        for (const auto &[card, title] : titles) {
            const auto *c = current.value().card(cards[static_cast<size_t>(card)]);
            if (Status s = Status::from(retro.renameGroup(id, c ? c->group : 0, title)); !s)
                return s;
        }

        if (Status s = enter(core::RetroPhase::Vote); !s)
            return s;
        for (const auto &[voter, votes] : kVotes) {
            for (int card : votes) {
                if (Status s = retro.castVote(id, person(voter).value_or(0), cards[static_cast<size_t>(card)]); !s)
                    return s;
            }
        }

        if (Status s = enter(core::RetroPhase::Discuss); !s)
            return s;
        if (Status s = enter(core::RetroPhase::Actions); !s)
            return s;
        for (const DemoAction &a : kActions) {
            core::RetroAction action;
            action.text = a.text;
            action.owner = person(a.owner);
            action.dueCall = a.dueCall;
            auto stored = retro.addAction(id, action);
            if (!stored)
                return Status::from(stored);
            if (a.status != action.status) {
                stored.value().status = a.status;
                if (Status s = Status::from(retro.updateAction(id, stored.value())); !s)
                    return s;
            }
        }
        return {};
    });
}

} // namespace convener::storage
