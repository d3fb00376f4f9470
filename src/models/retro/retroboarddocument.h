// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroexport.h"
#include "core/retro/retrorules.h"
#include "models/rowledger.h"
#include "storage/retro/retrorepository.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QString>
#include <string>
#include <vector>

class QUndoStack;

namespace convener::models {

// The Retro area's document: the board shown for the current cohort and its
// writes. It is the board's only writer while the app runs. The user-visible
// edits check the board's rules and push one undo command each; the apply*
// calls are what those commands run: each writes to the database first, then
// reloads the board. Item models (RetroBoardModel, RetroActionsModel, ...)
// are views of it.
class RetroBoardDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroBoardDocument)

public:
    // What the open action list shows: the cohort's own open items, then those
    // its hosts' earlier cohorts left open.
    struct OpenActions
    {
        std::vector<storage::RetroRepository::OpenAction> own;
        std::vector<storage::RetroRepository::CarriedAction> carried;
    };

    RetroBoardDocument(storage::RetroRepository &retro, QUndoStack *undoStack, QObject *parent = nullptr);
    ~RetroBoardDocument() override;

    // Shows the cohort's call-4 board if there is one, else its last board.
    bool setCohort(core::CohortId cohort);
    // Shows the board of that call (or none when it has no board yet).
    bool showCall(int callNumber);
    // Reads the shown call's board again: someone else changed it.
    bool refresh() { return loadCall(m_call); }
    core::CohortId cohort() const { return m_cohort; }
    int callNumber() const { return m_call; }
    bool hasBoard() const { return m_snapshot.board.id != 0; }
    const core::RetroBoard &board() const { return m_snapshot.board; }
    const core::RetroSnapshot &snapshot() const { return m_snapshot; }
    const std::vector<int> &boardCalls() const { return m_calls; }
    // The call a new board is for, by default, in a program of callCount
    // calls: the call shown when it has no board, else the next call after it
    // without one, else the nearest one before it without one; the call shown
    // when every call has a board (creating one there is refused as existing).
    int proposedNewBoardCall(int callCount) const;
    QString personName(std::optional<core::PersonId> person) const;
    // Names of people the board does not mention yet (a voter, a new owner).
    void setNameLookup(std::function<QString(core::PersonId)> lookup);
    // Reads that leave what the document shows as it is: the board of any call
    // (the Live area times the retro of the call it runs) and the open action
    // items the cohort's hosts left in earlier cohorts.
    storage::Result<std::optional<core::RetroBoard>> boardOfCall(core::CohortId cohort, int callNumber) const;
    storage::Result<std::vector<storage::RetroRepository::CarriedAction>> carriedActions(core::CohortId cohort) const;
    // The open action items of the cohort shown (none without a cohort), or
    // nothing when they cannot be read: storageFailed says why.
    std::optional<OpenActions> openActions();

    // User-visible edits: each checks the rules, then pushes one undoable
    // command; a refusal is reported through refused() and changes nothing.
    void createBoard(int callNumber, core::RetroTemplate source, const std::vector<core::RetroColumnSpec> &columns);
    void addCard(core::RetroColumnId column, std::optional<core::PersonId> author, const QString &text);
    void editCard(core::RetroCardId card, const QString &text);
    void removeCard(core::RetroCardId card);
    void groupCards(const std::vector<core::RetroCardId> &dragged, core::RetroCardId target);
    void ungroupCard(core::RetroCardId card);
    void renameGroup(core::RetroGroupId group, const QString &title);
    // Only on a board with custom columns; the title must be new on the board.
    void renameColumn(core::RetroColumnId column, const QString &title);
    void castVote(core::PersonId person, core::RetroCardId card);
    void retractVote(core::PersonId person, core::RetroCardId card);
    void changePhase(core::RetroPhase phase);
    void revealCards();
    // Anonymity, vote limits and phase timers.
    void changeSettings(const core::RetroBoardState &state);
    // Action items of the board shown; changed.id names the item to change.
    void addAction(const QString &text, std::optional<core::PersonId> owner, std::optional<int> dueCall);
    void editAction(const core::RetroAction &changed);
    void removeAction(core::RetroActionId action);
    // Any board's item, so that one carried over from an earlier board can be
    // closed; the board on screen stays.
    void changeActionStatus(core::RetroBoardId board, const core::RetroAction &action, core::RetroActionStatus status);

    // What the undo commands run. Each writes to the database and reloads the
    // board, showing it if another one was on screen; on failure it emits
    // storageFailed and changes nothing.
    std::optional<core::RetroBoard> applyCreateBoard(
        int callNumber, core::RetroTemplate source, const std::vector<core::RetroColumnSpec> &columns);
    bool applyRemoveBoard(core::RetroBoardId board);
    bool applyRestoreBoard(const core::RetroBoard &board);
    // Cards and columns carry row versions as the board's state does: turn is
    // the command's (see RowLedger); a write based on a card or a column that
    // someone else changed since it was shown is refused (storageFailed names
    // them) and the board read again, so undo never reverts their change. A
    // column's version covers its title and grouping, so the grouping writes
    // name the column.
    std::optional<core::RetroCard> applyAddCard(core::RetroBoardId board, core::RetroColumnId column,
        std::optional<core::PersonId> author, const std::string &text, int &turn);
    bool applyEditCard(core::RetroBoardId board, core::RetroCardId card, const std::string &text, int &turn);
    // columnTurn: the column's turn after the removal, for an undo that puts its grouping back.
    bool applyRemoveCard(
        core::RetroBoardId board, core::RetroColumnId column, core::RetroCardId card, int &turn, int &columnTurn);
    bool applyRestoreCard(
        core::RetroBoardId board, const core::RetroCard &card, const std::vector<core::RetroVote> &votes, int &turn);
    std::optional<core::RetroGrouping> applyGroupCards(core::RetroBoardId board, core::RetroColumnId column,
        core::RetroCardId dragged, core::RetroCardId target, int &turn);
    std::optional<core::RetroGrouping> applyUngroupCard(
        core::RetroBoardId board, core::RetroColumnId column, core::RetroCardId card, int &turn);
    bool applyGrouping(core::RetroBoardId board, const core::RetroGrouping &grouping, int &turn);
    bool applyRenameGroup(core::RetroBoardId board, core::RetroColumnId column, core::RetroGroupId group,
        const std::string &title, int &turn);
    bool applyRenameColumn(core::RetroBoardId board, core::RetroColumnId column, const std::string &title, int &turn);
    bool applyCastVote(core::RetroBoardId board, core::PersonId person, core::RetroCardId card);
    bool applyRetractVote(core::RetroBoardId board, core::PersonId person, core::RetroCardId card);
    // The board's state and its action items carry row versions too.
    bool applyState(core::RetroBoardId board, const core::RetroBoardState &state, int &turn);
    bool applyRestoreState(core::RetroBoardId board, const core::RetroBoardState &state,
        const storage::RetroRepository::CardAuthors &authors, int &turn);
    std::optional<core::RetroAction> applyAddAction(
        core::RetroBoardId board, const core::RetroAction &action, int &turn);
    bool applyUpdateAction(core::RetroBoardId board, const core::RetroAction &action, int &turn);
    bool applyRemoveAction(core::RetroBoardId board, core::RetroActionId action, int &turn);
    bool applyRestoreAction(core::RetroBoardId board, const core::RetroAction &action, int &turn);

Q_SIGNALS:
    // A pair for item models, to map onto their begin/end calls: the snapshot
    // shown is about to become next (another board, or none, when otherBoard;
    // else the same board read again), and then it has. The old snapshot is
    // still in place during the first, so a view can compare the two.
    void snapshotAboutToChange(const core::RetroSnapshot &next, bool otherBoard);
    void snapshotChanged();
    // The board on screen was reloaded (any change, or another board shown);
    // follows snapshotChanged, so the item models are up to date by then.
    void boardChanged();
    // Action items changed on some board of the cohort, perhaps not the one on screen.
    void actionsChanged();
    void storageFailed(const QString &message);
    // An edit the board's rules do not allow right now; the message says why.
    void refused(const QString &message);

private:
    bool check(const core::RetroVerdict &verdict);
    bool report(const storage::Status &status);
    // Reloads after a write to board: the board on screen, or that board instead.
    bool reload(core::RetroBoardId board);
    bool loadCall(int callNumber);
    // Notes the versions of the board's state, columns, cards and items, before reading them.
    void noteStamps(core::RetroBoardId board);
    // One versioned write of the row key: checks the command's turn, writes
    // based on the version known, and learns the version written.
    bool writeVersioned(const RowLedger::Key &key, core::RetroBoardId board, int &turn,
        const std::function<storage::Result<storage::RowVersion>(storage::RowVersion)> &write);
    void setSnapshot(core::RetroSnapshot snapshot, int callNumber, bool otherBoard);

    storage::RetroRepository &m_retro;
    QUndoStack *m_undoStack;
    // The versions of the rows this document edits, as last read or written.
    RowLedger m_ledger;
    core::CohortId m_cohort = 0;
    int m_call = 0;
    std::vector<int> m_calls;
    core::RetroSnapshot m_snapshot;
    std::function<QString(core::PersonId)> m_nameLookup;
};

} // namespace convener::models
