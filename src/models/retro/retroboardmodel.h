// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroexport.h"
#include "core/retro/retrorules.h"
#include "storage/retro/retrorepository.h"

#include <functional>
#include <optional>
#include <QAbstractItemModel>
#include <string>
#include <vector>

class QUndoStack;

namespace convener::models {

// One retro board as a tree: its columns at the top, under each column its
// topics (a group or a card on its own) in board order, and under a group its
// cards. Cards are dragged onto one another to group them.
//
// The model is the board's only writer while the app runs. The user-visible
// edits check the board's rules and push one undo command each; the apply*
// calls are what those commands run: each writes to the database first, then
// reloads the board. A change that keeps the tree's shape is announced with
// dataChanged; one that changes it (a card added, removed or grouped) resets
// the model, which keeps every index honest at the size of a retro board.
class RetroBoardModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroBoardModel)

public:
    enum class Kind { Column, Group, Card };
    enum DataRole {
        KindRole = Qt::UserRole + 1,
        ColumnIdRole,
        GroupIdRole,
        CardIdRole,
        TextRole,                                             // the card's or group's own text, even while hidden
        AuthorRole,                                           // the author's name; empty when anonymous
        VotesRole,                                            // the tally, or null while tallies are hidden
    };

    RetroBoardModel(storage::RetroRepository &retro, QUndoStack *undoStack, QObject *parent = nullptr);
    ~RetroBoardModel() override;

    // Shows the cohort's call-4 board if there is one, else its last board.
    bool setCohort(core::CohortId cohort);
    // Shows the board of that call (or none when it has no board yet).
    bool showCall(int callNumber);
    core::CohortId cohort() const { return m_cohort; }
    int callNumber() const { return m_call; }
    bool hasBoard() const { return m_snapshot.board.id != 0; }
    const core::RetroBoard &board() const { return m_snapshot.board; }
    const core::RetroSnapshot &snapshot() const { return m_snapshot; }
    const std::vector<int> &boardCalls() const { return m_calls; }
    QString personName(std::optional<core::PersonId> person) const;
    // Names of people the board does not mention yet (a voter, a new owner).
    void setNameLookup(std::function<QString(core::PersonId)> lookup);
    storage::RetroRepository &repository() const { return m_retro; }
    // Reads that leave what the model shows as it is: the board of any call
    // (the Live area times the retro of the call it runs) and the open action
    // items the cohort's hosts left in earlier cohorts.
    storage::Result<std::optional<core::RetroBoard>> boardOfCall(core::CohortId cohort, int callNumber) const;
    storage::Result<std::vector<storage::RetroRepository::CarriedAction>> carriedActions(core::CohortId cohort) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    QModelIndex columnIndex(core::RetroColumnId column) const;
    QModelIndex cardIndex(core::RetroCardId card) const;

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

    // What the undo commands run. Each writes to the database and reloads the
    // board, showing it if another one was on screen; on failure it emits
    // storageFailed and changes nothing.
    std::optional<core::RetroBoard> applyCreateBoard(int callNumber, core::RetroTemplate source,
                                                     const std::vector<core::RetroColumnSpec> &columns);
    bool applyRemoveBoard(core::RetroBoardId board);
    bool applyRestoreBoard(const core::RetroBoard &board);
    std::optional<core::RetroCard> applyAddCard(core::RetroBoardId board, core::RetroColumnId column,
                                                std::optional<core::PersonId> author, const std::string &text);
    bool applyEditCard(core::RetroBoardId board, core::RetroCardId card, const std::string &text);
    bool applyRemoveCard(core::RetroBoardId board, core::RetroCardId card);
    bool applyRestoreCard(core::RetroBoardId board, const core::RetroCard &card, const std::vector<core::RetroVote> &votes);
    std::optional<core::RetroGrouping> applyGroupCards(core::RetroBoardId board, core::RetroCardId dragged,
                                                       core::RetroCardId target);
    std::optional<core::RetroGrouping> applyUngroupCard(core::RetroBoardId board, core::RetroCardId card);
    bool applyGrouping(core::RetroBoardId board, const core::RetroGrouping &grouping);
    bool applyRenameGroup(core::RetroBoardId board, core::RetroGroupId group, const std::string &title);
    bool applyRenameColumn(core::RetroBoardId board, core::RetroColumnId column, const std::string &title);
    bool applyCastVote(core::RetroBoardId board, core::PersonId person, core::RetroCardId card);
    bool applyRetractVote(core::RetroBoardId board, core::PersonId person, core::RetroCardId card);
    bool applyState(core::RetroBoardId board, const core::RetroBoardState &state);
    bool applyRestoreState(core::RetroBoardId board, const core::RetroBoardState &state,
                           const storage::RetroRepository::CardAuthors &authors);
    std::optional<core::RetroAction> applyAddAction(core::RetroBoardId board, const core::RetroAction &action);
    bool applyUpdateAction(core::RetroBoardId board, const core::RetroAction &action);
    bool applyRemoveAction(core::RetroBoardId board, core::RetroActionId action);
    bool applyRestoreAction(core::RetroBoardId board, const core::RetroAction &action);

    QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    // The board on screen was reloaded (any change, or another board shown).
    void boardChanged();
    // Action items changed on some board of the cohort, perhaps not the one on screen.
    void actionsChanged();
    void storageFailed(const QString &message);
    // An edit the board's rules do not allow right now; the message says why.
    void refused(const QString &message);

private:
    struct Topic
    {
        core::RetroGroupId group = 0;
        std::vector<core::RetroCardId> cards;
    };
    struct ColumnLayout
    {
        std::vector<Topic> topics;
        bool operator==(const ColumnLayout &other) const;
    };

    bool check(const core::RetroVerdict &verdict);
    bool report(const storage::Status &status);
    // Reloads after a write to board: the board on screen, or that board instead.
    bool reload(core::RetroBoardId board);
    bool loadCall(int callNumber);
    void setSnapshot(core::RetroSnapshot snapshot, int callNumber);
    std::vector<ColumnLayout> layoutOf(const core::RetroBoard &board) const;
    const core::RetroCard *cardAt(const QModelIndex &index) const;
    QString cardText(const core::RetroCard &card) const;

    storage::RetroRepository &m_retro;
    QUndoStack *m_undoStack;
    core::CohortId m_cohort = 0;
    int m_call = 0;
    std::vector<int> m_calls;
    core::RetroSnapshot m_snapshot;
    std::vector<ColumnLayout> m_layout;
    std::function<QString(core::PersonId)> m_nameLookup;
};

} // namespace convener::models
