// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"
#include "core/retro/retroexport.h"
#include "storage/result.h"
#include "storage/rowversion.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace convener::storage {

class Database;

// Retro boards of a cohort's calls and everything on them. Every write is one
// IMMEDIATE transaction that first checks core::RetroRules against the stored
// board, so a rule holds whoever writes. The restore* calls put back an
// earlier state exactly, for undo, and check nothing but the data's integrity.
class RetroRepository final
{
public:
    // An open action item with the board it was agreed on.
    struct OpenAction
    {
        core::RetroAction action;
        core::RetroBoardId board = 0;
        int callNumber = 0;
    };
    // An open action item of another cohort's board, to carry into this one.
    struct CarriedAction
    {
        core::RetroAction action;
        std::string cohortName;
        int callNumber = 0;
        std::string ownerName;                               // empty: nobody
        core::RetroBoardId board = 0;                        // so the item can be closed where it was agreed
    };
    using CardAuthors = std::vector<std::pair<core::RetroCardId, std::optional<core::PersonId>>>;

    explicit RetroRepository(Database &database);
    Database &database() const { return m_database; }

    // The call numbers of the cohort that have a board, ascending.
    Result<std::vector<int>> boardCalls(core::CohortId cohort) const;
    Result<std::optional<core::RetroBoard>> findBoard(core::CohortId cohort, int callNumber) const;
    Result<core::RetroBoard> board(core::RetroBoardId id) const;
    // The board with its cohort's name and the names of everyone it mentions, for exports.
    Result<core::RetroSnapshot> snapshot(core::RetroBoardId id) const;
    // Open action items of all the cohort's boards, by call and then board order.
    Result<std::vector<OpenAction>> openActions(core::CohortId cohort) const;
    // What earlier programs left open for this one: the open action items of
    // the boards of other cohorts that share a host (or co-host) with it and
    // did not start after it. When it shares hosts with no other cohort, the
    // open items of every other cohort. Newest cohort first, then by call and
    // board order.
    Result<std::vector<CarriedAction>> carriedActions(core::CohortId cohort) const;

    Result<core::RetroBoard> createBoard(core::CohortId cohort, int callNumber, core::RetroTemplate source,
                                         const std::vector<core::RetroColumnSpec> &columns);
    Status removeBoard(core::RetroBoardId id);
    Status restoreBoard(const core::RetroBoard &board);

    // Cards and columns carry row versions too, as the board's state does: a
    // write names the version it was based on (0: not checked) and is refused
    // as ChangedElsewhere when someone changed the row since. A card's version
    // covers its words; a column's covers its title and its grouping (which
    // cards are grouped, the groups and their titles). A card's group and
    // author are written without moving the card's version: its column's and
    // the board's versions say those changed.

    // Columns are renamed on boards made from the Custom template only: the
    // other templates' columns mean what their titles say. Any phase; the
    // title must be new on the board (ignoring case). Returns the column's new version.
    Result<RowVersion> renameColumn(
        core::RetroBoardId board, core::RetroColumnId column, const std::string &title, RowVersion basedOn = 0);

    // Phase, reveal, anonymity, limits and timers. Becoming anonymous erases
    // the authors of the cards already written.
    // Each is based on the board's version as read (0: not checked) and
    // refused as ChangedElsewhere when someone changed the state since;
    // returns the board's new version.
    Result<RowVersion> changeState(
        core::RetroBoardId board, const core::RetroBoardState &state, RowVersion basedOn = 0);
    Result<RowVersion> restoreState(core::RetroBoardId board, const core::RetroBoardState &state,
        const CardAuthors &authors, RowVersion basedOn = 0);

    // The author is not stored on an anonymous board. A new card is at version 1.
    Result<core::RetroCard> addCard(core::RetroBoardId board, core::RetroColumnId column,
                                    std::optional<core::PersonId> author, const std::string &text);
    // Returns the card's new version.
    Result<RowVersion> editCard(
        core::RetroBoardId board, core::RetroCardId card, const std::string &text, RowVersion basedOn = 0);
    // Removes the card with its votes. A card taken out of a group changes its
    // column's grouping, and so moves the column's version on.
    struct CardRemoval
    {
        RowVersion card = 0; // the version the card had when removed
        RowVersion column = 0; // the column's new version; 0 when its grouping did not change
    };
    Result<CardRemoval> removeCard(core::RetroBoardId board, core::RetroCardId card, RowVersion basedOn = 0);
    // Puts a removed card back as it was (with its group, if that is still
    // there), at version (one past the version it was removed at, so an edit
    // based on an older read is still refused). Returns the column's new
    // version when the card went back into a group, else 0.
    Result<RowVersion> restoreCard(core::RetroBoardId board, const core::RetroCard &card,
        const std::vector<core::RetroVote> &votes, RowVersion version = 1);

    // Each is based on the column's version (0: not checked) and returns the
    // column's grouping afterwards with its new version.
    struct GroupingWrite
    {
        core::RetroGrouping grouping;
        RowVersion column = 0;
    };
    Result<GroupingWrite> groupCards(
        core::RetroBoardId board, core::RetroCardId dragged, core::RetroCardId target, RowVersion basedOn = 0);
    Result<GroupingWrite> ungroupCard(core::RetroBoardId board, core::RetroCardId card, RowVersion basedOn = 0);
    // A group's title belongs to its column's version: returns the column's new version.
    Result<RowVersion> renameGroup(
        core::RetroBoardId board, core::RetroGroupId group, const std::string &title, RowVersion basedOn = 0);
    // Sets the column's grouping as a whole (for undo): only the cards and
    // groups that differ are written; a group left without cards goes.
    Result<RowVersion> restoreGrouping(
        core::RetroBoardId board, const core::RetroGrouping &grouping, RowVersion basedOn = 0);

    Status castVote(core::RetroBoardId board, core::PersonId person, core::RetroCardId card);
    Status retractVote(core::RetroBoardId board, core::PersonId person, core::RetroCardId card);

    // The action's id and position are assigned; it is returned as stored.
    Result<core::RetroAction> addAction(core::RetroBoardId board, const core::RetroAction &action);
    // Closing or reopening is allowed in every phase; other changes in discuss
    // and actions. Updating and removing are based on the item's version as
    // read (0: not checked), as changeState is; update returns the new version.
    Result<RowVersion> updateAction(core::RetroBoardId board, const core::RetroAction &action, RowVersion basedOn = 0);
    Status removeAction(core::RetroBoardId board, core::RetroActionId action, RowVersion basedOn = 0);
    // Puts a removed item back as it was, at version (one past the version it
    // was removed at, so an edit based on an older read is still refused).
    Status restoreAction(core::RetroBoardId board, const core::RetroAction &action, RowVersion version = 1);

    // The versions of the rows of a board that hosts change in place, as
    // stored now: its state (phase, reveal, settings), its columns, cards and
    // action items.
    struct Stamps
    {
        RowStamp board;
        std::map<core::RetroColumnId, RowStamp> columns;
        std::map<core::RetroCardId, RowStamp> cards;
        std::map<core::RetroActionId, RowStamp> actions;
    };
    Result<Stamps> stamps(core::RetroBoardId board) const;

private:
    Database &m_database;
};

} // namespace convener::storage
