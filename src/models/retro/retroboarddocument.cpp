// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/retroboarddocument.h"

#include "core/retro/retrorules.h"
#include "models/retro/addactionitem.h"
#include "models/retro/addcard.h"
#include "models/retro/castvote.h"
#include "models/retro/changeactionitemstatus.h"
#include "models/retro/changeretrophase.h"
#include "models/retro/changeretrosettings.h"
#include "models/retro/createretroboard.h"
#include "models/retro/editactionitem.h"
#include "models/retro/editcard.h"
#include "models/retro/groupcards.h"
#include "models/retro/removeactionitem.h"
#include "models/retro/removecard.h"
#include "models/retro/renamecolumn.h"
#include "models/retro/renamegroup.h"
#include "models/retro/retractvote.h"
#include "models/retro/retrorefusal.h"
#include "models/retro/revealcards.h"
#include "models/retro/ungroupcard.h"
#include "models/storageerror.h"
#include "storage/conversions.h"

#include <algorithm>
#include <QUndoStack>

namespace convener::models {

using core::RetroRules;
using storage::toQt;
using storage::toStd;

RetroBoardDocument::RetroBoardDocument(storage::RetroRepository &retro, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_retro(retro)
    , m_undoStack(undoStack)
{
}

RetroBoardDocument::~RetroBoardDocument() = default;

bool RetroBoardDocument::setCohort(core::CohortId cohort)
{
    m_cohort = cohort;
    int call = 0;
    if (cohort != 0) {
        const auto calls = m_retro.boardCalls(cohort);
        if (!calls) {
            Q_EMIT storageFailed(describe(calls.error()));
            return false;
        }
        const auto &list = calls.value();
        call = std::find(list.begin(), list.end(), 4) != list.end() ? 4 : (list.empty() ? 4 : list.back());
    }
    return loadCall(call);
}

bool RetroBoardDocument::showCall(int callNumber)
{
    if (callNumber == m_call && m_cohort != 0)
        return true;
    return loadCall(callNumber);
}

bool RetroBoardDocument::loadCall(int callNumber)
{
    core::RetroSnapshot snapshot;
    std::vector<int> calls;
    if (m_cohort != 0) {
        const auto found = m_retro.findBoard(m_cohort, callNumber);
        const auto list = m_retro.boardCalls(m_cohort);
        if (!found || !list) {
            Q_EMIT storageFailed(!found ? describe(found.error()) : describe(list.error()));
            return false;
        }
        calls = list.value();
        if (found.value()) {
            noteStamps(found.value()->id);
            auto loaded = m_retro.snapshot(found.value()->id);
            if (!loaded) {
                Q_EMIT storageFailed(describe(loaded.error()));
                return false;
            }
            snapshot = std::move(loaded).value();
        }
    }
    m_calls = std::move(calls);
    setSnapshot(std::move(snapshot), callNumber, true);
    Q_EMIT actionsChanged();
    return true;
}

int RetroBoardDocument::proposedNewBoardCall(int callCount) const
{
    const auto hasBoard = [this](int call) { return std::find(m_calls.begin(), m_calls.end(), call) != m_calls.end(); };
    const int shown = m_call > 0 ? m_call : 1;
    if (!hasBoard(shown))
        return shown;
    for (int call = shown + 1; call <= callCount; ++call) {
        if (!hasBoard(call))
            return call;
    }
    for (int call = std::min(shown - 1, callCount); call >= 1; --call) {
        if (!hasBoard(call))
            return call;
    }
    return shown;
}

bool RetroBoardDocument::reload(core::RetroBoardId board)
{
    if (board != m_snapshot.board.id) {
        // The change was made on another board (undo after switching calls):
        // show that board, so the host sees what changed.
        const auto other = m_retro.board(board);
        if (!other)
            return loadCall(m_call);
        if (other.value().cohort != m_cohort)
            return true;
        return loadCall(other.value().callNumber);
    }
    noteStamps(board);
    auto loaded = m_retro.snapshot(board);
    if (!loaded) {
        Q_EMIT storageFailed(describe(loaded.error()));
        return false;
    }
    setSnapshot(std::move(loaded).value(), m_call, false);
    return true;
}

namespace {

RowLedger::Key boardKey(core::RetroBoardId board)
{
    return { storage::Table::RetroBoards, QString::number(board) };
}

RowLedger::Key actionKey(core::RetroActionId action)
{
    return { storage::Table::RetroActions, QString::number(action) };
}

RowLedger::Key cardKey(core::RetroCardId card)
{
    return { storage::Table::RetroCards, QString::number(card) };
}

RowLedger::Key columnKey(core::RetroColumnId column)
{
    return { storage::Table::RetroColumns, QString::number(column) };
}

} // namespace

void RetroBoardDocument::noteStamps(core::RetroBoardId board)
{
    // Read first: a change saved between this and the board's read is then
    // shown with an older version, and the next edit is refused, never based
    // on what this document did not show.
    const auto stamps = m_retro.stamps(board);
    if (!stamps)
        return; // the next write is then checked against the version known before
    m_ledger.seen(boardKey(board), stamps.value().board);
    for (const auto &[column, stamp] : stamps.value().columns)
        m_ledger.seen(columnKey(column), stamp);
    for (const auto &[card, stamp] : stamps.value().cards)
        m_ledger.seen(cardKey(card), stamp);
    for (const auto &[action, stamp] : stamps.value().actions)
        m_ledger.seen(actionKey(action), stamp);
}

bool RetroBoardDocument::writeVersioned(const RowLedger::Key &key, core::RetroBoardId board, int &turn,
    const std::function<storage::Result<storage::RowVersion>(storage::RowVersion)> &write)
{
    if (auto refusal = m_ledger.refusal(key, turn)) {
        Q_EMIT storageFailed(describe(*refusal));
        return false;
    }
    const auto written = write(m_ledger.version(key));
    if (!written) {
        Q_EMIT storageFailed(describe(written.error()));
        // The board shows what someone else made of it instead.
        if (written.error().problem == storage::Problem::ChangedElsewhere) {
            reload(board);
            Q_EMIT actionsChanged();
        }
        return false;
    }
    m_ledger.wrote(key, written.value());
    turn = m_ledger.turn(key);
    return true;
}

void RetroBoardDocument::setSnapshot(core::RetroSnapshot snapshot, int callNumber, bool otherBoard)
{
    Q_EMIT snapshotAboutToChange(snapshot, otherBoard);
    m_call = callNumber;
    m_snapshot = std::move(snapshot);
    Q_EMIT snapshotChanged();
    Q_EMIT boardChanged();
}

QString RetroBoardDocument::personName(std::optional<core::PersonId> person) const
{
    if (!person)
        return {};
    const auto it = m_snapshot.names.find(*person);
    if (it != m_snapshot.names.end())
        return toQt(it->second);
    return m_nameLookup ? m_nameLookup(*person) : QString();
}

void RetroBoardDocument::setNameLookup(std::function<QString(core::PersonId)> lookup)
{
    m_nameLookup = std::move(lookup);
}

bool RetroBoardDocument::check(const core::RetroVerdict &verdict)
{
    if (!verdict)
        return true;
    Q_EMIT refused(describe(*verdict));
    return false;
}

bool RetroBoardDocument::report(const storage::Status &status)
{
    if (!status)
        Q_EMIT storageFailed(describe(status.error()));
    return status.ok();
}

void RetroBoardDocument::createBoard(
    int callNumber, core::RetroTemplate source, const std::vector<core::RetroColumnSpec> &columns)
{
    if (m_cohort == 0)
        return;
    m_undoStack->push(new CreateRetroBoard(this, callNumber, source, columns));
}

void RetroBoardDocument::addCard(core::RetroColumnId column, std::optional<core::PersonId> author, const QString &text)
{
    if (!hasBoard() || !check(RetroRules::checkEdit(board().state, core::RetroEdit::AddCard))
        || !check(RetroRules::checkCardText(toStd(text.trimmed()))))
        return;
    if (board().state.anonymity == core::RetroAnonymity::Anonymous)
        author.reset();
    m_undoStack->push(new AddCard(this, board().id, column, author, toStd(text.trimmed())));
}

void RetroBoardDocument::editCard(core::RetroCardId card, const QString &text)
{
    const core::RetroCard *c = board().card(card);
    if (!c || !check(RetroRules::checkEdit(board().state, core::RetroEdit::EditCard))
        || !check(RetroRules::checkCardText(toStd(text.trimmed()))) || c->text == toStd(text.trimmed()))
        return;
    m_undoStack->push(new EditCard(this, board().id, card, c->text, toStd(text.trimmed())));
}

void RetroBoardDocument::removeCard(core::RetroCardId card)
{
    if (!board().card(card) || !check(RetroRules::checkEdit(board().state, core::RetroEdit::RemoveCard)))
        return;
    m_undoStack->push(new RemoveCard(this, board(), card));
}

void RetroBoardDocument::groupCards(const std::vector<core::RetroCardId> &dragged, core::RetroCardId target)
{
    for (auto card : dragged) {
        if (!check(RetroRules::checkGroupCards(board(), card, target)))
            return;
    }
    if (dragged.size() == 1) {
        m_undoStack->push(new GroupCards(this, board(), dragged.front(), target));
        return;
    }
    m_undoStack->beginMacro(tr("Group %n cards", nullptr, static_cast<int>(dragged.size()) + 1));
    for (auto card : dragged)
        m_undoStack->push(new GroupCards(this, board(), card, target));
    m_undoStack->endMacro();
}

void RetroBoardDocument::ungroupCard(core::RetroCardId card)
{
    const core::RetroCard *c = board().card(card);
    if (!c || !check(RetroRules::checkEdit(board().state, core::RetroEdit::UngroupCard)))
        return;
    if (c->group == 0) {
        Q_EMIT refused(tr("That card is not in a group."));
        return;
    }
    m_undoStack->push(new UngroupCard(this, board(), card));
}

void RetroBoardDocument::renameGroup(core::RetroGroupId group, const QString &title)
{
    const core::RetroGroup *g = board().group(group);
    if (!g || !check(RetroRules::checkEdit(board().state, core::RetroEdit::RenameGroup)))
        return;
    if (title.trimmed().isEmpty()) {
        Q_EMIT refused(tr("A group needs a title."));
        return;
    }
    if (toStd(title.trimmed()) != g->title)
        m_undoStack->push(new RenameGroup(this, board().id, g->column, group, g->title, toStd(title.trimmed())));
}

void RetroBoardDocument::renameColumn(core::RetroColumnId column, const QString &title)
{
    const core::RetroColumn *c = hasBoard() ? board().column(column) : nullptr;
    if (!c)
        return;
    if (board().source != core::RetroTemplate::Custom) {
        Q_EMIT refused(tr("Only a board with custom columns can rename them; this board follows a template."));
        return;
    }
    const QString wanted = title.trimmed();
    if (wanted.isEmpty()) {
        Q_EMIT refused(tr("A column needs a title."));
        return;
    }
    for (const core::RetroColumn &other : board().columns) {
        if (other.id != column && toQt(other.title).compare(wanted, Qt::CaseInsensitive) == 0) {
            Q_EMIT refused(
                tr("The board already has a column \"%1\"; give each column its own title.").arg(toQt(other.title)));
            return;
        }
    }
    if (toStd(wanted) != c->title)
        m_undoStack->push(new RenameColumn(this, board().id, column, c->title, toStd(wanted)));
}

void RetroBoardDocument::castVote(core::PersonId person, core::RetroCardId card)
{
    if (hasBoard() && check(RetroRules::checkCastVote(board(), person, card)))
        m_undoStack->push(new CastVote(this, board().id, person, card));
}

void RetroBoardDocument::retractVote(core::PersonId person, core::RetroCardId card)
{
    if (hasBoard() && check(RetroRules::checkRetractVote(board(), person, card)))
        m_undoStack->push(new RetractVote(this, board().id, person, card));
}

void RetroBoardDocument::changePhase(core::RetroPhase phase)
{
    if (!hasBoard() || phase == board().state.phase)
        return;
    m_undoStack->push(
        new ChangeRetroPhase(this, board().id, board().state, RetroRules::enterPhase(board().state, phase)));
}

void RetroBoardDocument::revealCards()
{
    if (hasBoard() && !board().state.revealed)
        m_undoStack->push(new RevealCards(this, board().id, board().state));
}

void RetroBoardDocument::changeSettings(const core::RetroBoardState &state)
{
    if (!hasBoard() || state == board().state)
        return;
    if (!check(RetroRules::checkAnonymityChange(board(), state.anonymity)))
        return;
    if (state.limits != board().state.limits && !check(RetroRules::checkVoteLimits(board(), state.limits)))
        return;
    m_undoStack->push(new ChangeRetroSettings(this, board(), state));
}

void RetroBoardDocument::addAction(const QString &text, std::optional<core::PersonId> owner, std::optional<int> dueCall)
{
    if (!hasBoard() || !check(RetroRules::checkEdit(board().state, core::RetroEdit::AddActionItem)))
        return;
    if (text.trimmed().isEmpty()) {
        Q_EMIT refused(tr("Describe the action first."));
        return;
    }
    core::RetroAction a;
    a.text = toStd(text.trimmed());
    a.owner = owner;
    a.dueCall = dueCall;
    m_undoStack->push(new AddActionItem(this, board().id, a));
}

void RetroBoardDocument::editAction(const core::RetroAction &changed)
{
    const core::RetroAction *before = board().action(changed.id);
    if (!before || *before == changed || !check(RetroRules::checkEdit(board().state, core::RetroEdit::EditActionItem)))
        return;
    if (core::trimmed(changed.text).empty()) {
        Q_EMIT refused(tr("An action item needs a description."));
        return;
    }
    m_undoStack->push(new EditActionItem(this, board().id, *before, changed));
}

void RetroBoardDocument::removeAction(core::RetroActionId action)
{
    const core::RetroAction *a = board().action(action);
    if (!a || !check(RetroRules::checkEdit(board().state, core::RetroEdit::RemoveActionItem)))
        return;
    m_undoStack->push(new RemoveActionItem(this, board().id, *a));
}

void RetroBoardDocument::changeActionStatus(
    core::RetroBoardId board, const core::RetroAction &action, core::RetroActionStatus status)
{
    if (action.status != status)
        m_undoStack->push(new ChangeActionItemStatus(this, board, action, status));
}

std::optional<core::RetroBoard> RetroBoardDocument::applyCreateBoard(
    int callNumber, core::RetroTemplate source, const std::vector<core::RetroColumnSpec> &columns)
{
    auto created = m_retro.createBoard(m_cohort, callNumber, source, columns);
    if (!created) {
        Q_EMIT storageFailed(describe(created.error()));
        return std::nullopt;
    }
    loadCall(callNumber);
    return std::move(created).value();
}

bool RetroBoardDocument::applyRemoveBoard(core::RetroBoardId board)
{
    if (!report(m_retro.removeBoard(board)))
        return false;
    loadCall(m_call);
    return true;
}

bool RetroBoardDocument::applyRestoreBoard(const core::RetroBoard &board)
{
    if (!report(m_retro.restoreBoard(board)))
        return false;
    if (board.cohort == m_cohort)
        loadCall(board.callNumber);
    return true;
}

std::optional<core::RetroCard> RetroBoardDocument::applyAddCard(core::RetroBoardId board, core::RetroColumnId column,
    std::optional<core::PersonId> author, const std::string &text, int &turn)
{
    auto card = m_retro.addCard(board, column, author, text);
    if (!card) {
        Q_EMIT storageFailed(describe(card.error()));
        return std::nullopt;
    }
    // A new card starts at version 1.
    m_ledger.wrote(cardKey(card.value().id), 1);
    turn = m_ledger.turn(cardKey(card.value().id));
    reload(board);
    return std::move(card).value();
}

bool RetroBoardDocument::applyEditCard(
    core::RetroBoardId board, core::RetroCardId card, const std::string &text, int &turn)
{
    return writeVersioned(cardKey(card), board, turn, [&](storage::RowVersion basedOn) {
        return m_retro.editCard(board, card, text, basedOn);
    }) && reload(board);
}

bool RetroBoardDocument::applyRemoveCard(
    core::RetroBoardId board, core::RetroColumnId column, core::RetroCardId card, int &turn, int &columnTurn)
{
    const bool removed = writeVersioned(
        cardKey(card), board, turn, [&](storage::RowVersion basedOn) -> storage::Result<storage::RowVersion> {
            const auto done = m_retro.removeCard(board, card, basedOn);
            if (!done)
                return done.error();
            if (done.value().column != 0)
                m_ledger.movedTo(columnKey(column), done.value().column);
            return done.value().card; // the version it had; a restore puts it back one past it
        });
    columnTurn = m_ledger.turn(columnKey(column));
    return removed && reload(board);
}

bool RetroBoardDocument::applyRestoreCard(
    core::RetroBoardId board, const core::RetroCard &card, const std::vector<core::RetroVote> &votes, int &turn)
{
    return writeVersioned(cardKey(card.id), board, turn,
               [&](storage::RowVersion removedAt) -> storage::Result<storage::RowVersion> {
                   const storage::RowVersion version = std::max<storage::RowVersion>(removedAt, 0) + 1;
                   const auto done = m_retro.restoreCard(board, card, votes, version);
                   if (!done)
                       return done.error();
                   if (done.value() != 0)
                       m_ledger.movedTo(columnKey(card.column), done.value());
                   return version;
               })
        && reload(board);
}

std::optional<core::RetroGrouping> RetroBoardDocument::applyGroupCards(core::RetroBoardId board,
    core::RetroColumnId column, core::RetroCardId dragged, core::RetroCardId target, int &turn)
{
    std::optional<core::RetroGrouping> after;
    if (!writeVersioned(
            columnKey(column), board, turn, [&](storage::RowVersion basedOn) -> storage::Result<storage::RowVersion> {
                auto done = m_retro.groupCards(board, dragged, target, basedOn);
                if (!done)
                    return done.error();
                after = std::move(done.value().grouping);
                return done.value().column;
            }))
        return std::nullopt;
    reload(board);
    return after;
}

std::optional<core::RetroGrouping> RetroBoardDocument::applyUngroupCard(
    core::RetroBoardId board, core::RetroColumnId column, core::RetroCardId card, int &turn)
{
    std::optional<core::RetroGrouping> after;
    if (!writeVersioned(
            columnKey(column), board, turn, [&](storage::RowVersion basedOn) -> storage::Result<storage::RowVersion> {
                auto done = m_retro.ungroupCard(board, card, basedOn);
                if (!done)
                    return done.error();
                after = std::move(done.value().grouping);
                return done.value().column;
            }))
        return std::nullopt;
    reload(board);
    return after;
}

bool RetroBoardDocument::applyGrouping(core::RetroBoardId board, const core::RetroGrouping &grouping, int &turn)
{
    return writeVersioned(columnKey(grouping.column), board, turn, [&](storage::RowVersion basedOn) {
        return m_retro.restoreGrouping(board, grouping, basedOn);
    }) && reload(board);
}

bool RetroBoardDocument::applyRenameGroup(
    core::RetroBoardId board, core::RetroColumnId column, core::RetroGroupId group, const std::string &title, int &turn)
{
    return writeVersioned(columnKey(column), board, turn, [&](storage::RowVersion basedOn) {
        return m_retro.renameGroup(board, group, title, basedOn);
    }) && reload(board);
}

bool RetroBoardDocument::applyRenameColumn(
    core::RetroBoardId board, core::RetroColumnId column, const std::string &title, int &turn)
{
    return writeVersioned(columnKey(column), board, turn, [&](storage::RowVersion basedOn) {
        return m_retro.renameColumn(board, column, title, basedOn);
    }) && reload(board);
}

bool RetroBoardDocument::applyCastVote(core::RetroBoardId board, core::PersonId person, core::RetroCardId card)
{
    return report(m_retro.castVote(board, person, card)) && reload(board);
}

bool RetroBoardDocument::applyRetractVote(core::RetroBoardId board, core::PersonId person, core::RetroCardId card)
{
    return report(m_retro.retractVote(board, person, card)) && reload(board);
}

bool RetroBoardDocument::applyState(core::RetroBoardId board, const core::RetroBoardState &state, int &turn)
{
    return writeVersioned(boardKey(board), board, turn, [&](storage::RowVersion basedOn) {
        return m_retro.changeState(board, state, basedOn);
    }) && reload(board);
}

bool RetroBoardDocument::applyRestoreState(core::RetroBoardId board, const core::RetroBoardState &state,
    const storage::RetroRepository::CardAuthors &authors, int &turn)
{
    return writeVersioned(boardKey(board), board, turn, [&](storage::RowVersion basedOn) {
        return m_retro.restoreState(board, state, authors, basedOn);
    }) && reload(board);
}

std::optional<core::RetroAction> RetroBoardDocument::applyAddAction(
    core::RetroBoardId board, const core::RetroAction &action, int &turn)
{
    auto stored = m_retro.addAction(board, action);
    if (!stored) {
        Q_EMIT storageFailed(describe(stored.error()));
        return std::nullopt;
    }
    // A new item starts at version 1.
    m_ledger.wrote(actionKey(stored.value().id), 1);
    turn = m_ledger.turn(actionKey(stored.value().id));
    reload(board);
    Q_EMIT actionsChanged();
    return std::move(stored).value();
}

bool RetroBoardDocument::applyUpdateAction(core::RetroBoardId board, const core::RetroAction &action, int &turn)
{
    if (!writeVersioned(actionKey(action.id), board, turn,
            [&](storage::RowVersion basedOn) { return m_retro.updateAction(board, action, basedOn); }))
        return false;
    // Closing an action carried over from another board leaves the board on screen as it is.
    if (board == m_snapshot.board.id)
        reload(board);
    Q_EMIT actionsChanged();
    return true;
}

bool RetroBoardDocument::applyRemoveAction(core::RetroBoardId board, core::RetroActionId action, int &turn)
{
    const bool removed = writeVersioned(
        actionKey(action), board, turn, [&](storage::RowVersion basedOn) -> storage::Result<storage::RowVersion> {
            if (const auto done = m_retro.removeAction(board, action, basedOn); !done)
                return done.error();
            return basedOn; // the version it had; a restore puts it back one past it
        });
    if (!removed || !reload(board))
        return false;
    Q_EMIT actionsChanged();
    return true;
}

bool RetroBoardDocument::applyRestoreAction(core::RetroBoardId board, const core::RetroAction &action, int &turn)
{
    const bool restored = writeVersioned(
        actionKey(action.id), board, turn, [&](storage::RowVersion removedAt) -> storage::Result<storage::RowVersion> {
            const storage::RowVersion version = std::max<storage::RowVersion>(removedAt, 0) + 1;
            if (const auto done = m_retro.restoreAction(board, action, version); !done)
                return done.error();
            return version;
        });
    if (!restored || !reload(board))
        return false;
    Q_EMIT actionsChanged();
    return true;
}

storage::Result<std::optional<core::RetroBoard>> RetroBoardDocument::boardOfCall(
    core::CohortId cohort, int callNumber) const
{
    return m_retro.findBoard(cohort, callNumber);
}

storage::Result<std::vector<storage::RetroRepository::CarriedAction>> RetroBoardDocument::carriedActions(
    core::CohortId cohort) const
{
    return m_retro.carriedActions(cohort);
}

std::optional<RetroBoardDocument::OpenActions> RetroBoardDocument::openActions()
{
    OpenActions open;
    if (m_cohort == 0)
        return open;
    auto own = m_retro.openActions(m_cohort);
    if (!own) {
        Q_EMIT storageFailed(describe(own.error()));
        return std::nullopt;
    }
    auto carried = m_retro.carriedActions(m_cohort);
    if (!carried) {
        Q_EMIT storageFailed(describe(carried.error()));
        return std::nullopt;
    }
    open.own = std::move(own).value();
    open.carried = std::move(carried).value();
    return open;
}

} // namespace convener::models
