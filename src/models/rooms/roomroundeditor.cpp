// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roomroundeditor.h"

#include "core/rooms/roomroles.h"
#include "models/rooms/changeseatrole.h"
#include "models/rooms/movetoroom.h"
#include "models/rooms/roomrolerefusal.h"
#include "models/rooms/roomroundmodel.h"
#include "models/rooms/roomsdocument.h"
#include "models/rooms/swapseats.h"
#include "storage/conversions.h"

#include <QUndoStack>

namespace convener::models {

using storage::toQt;
using storage::toStd;

RoomRoundEditor::RoomRoundEditor(RoomsDocument &document, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    connect(m_document.rooms(), &RoomRoundModel::moveRequested, this,
        [this](core::PersonId person, int room) { moveToRoom(m_document.shownRound(), person, room); });
}

RoomRoundEditor::~RoomRoundEditor() = default;

void RoomRoundEditor::moveToRoom(int roundNumber, core::PersonId person, int room)
{
    const core::RoomRound *round = m_document.findRound(roundNumber);
    if (!round || round->roomOf(person) == room)
        return;
    m_undoStack->push(new MoveToRoom(&m_document, m_document.cohort(), m_document.call(), roundNumber, person, room,
        tr("Move %1 to room %2").arg(m_document.nameOf(person)).arg(room)));
}

void RoomRoundEditor::swapSeats(int roundNumber, core::PersonId first, core::PersonId second)
{
    const core::RoomRound *round = m_document.findRound(roundNumber);
    if (!round || first == second)
        return;
    m_undoStack->push(new SwapSeats(&m_document, m_document.cohort(), m_document.call(), roundNumber, first, second,
        tr("Swap %1 and %2").arg(m_document.nameOf(first), m_document.nameOf(second))));
}

QString RoomRoundEditor::changeRole(int roundNumber, core::PersonId person, const QString &role, int turn)
{
    const int call = m_document.call();
    const core::RoomRound *round = m_document.findRound(roundNumber);
    if (!round)
        return tr("Call %1 has no round %2 to change.").arg(call).arg(roundNumber);
    if (round->recorded())
        return tr("Round %1 is recorded: it is history, and its roles stay as they were run.").arg(roundNumber);
    const QString name = m_document.nameOf(person);
    const int room = round->roomOf(person);
    if (room == 0)
        return tr("%1 is not in the rooms of round %2.").arg(name).arg(roundNumber);
    const auto step = m_document.stepOf(roundNumber);
    if (!step)
        return tr(
            "The agenda of call %1 no longer has the step of round %2, so its roles are unknown; plan the rooms again.")
            .arg(call)
            .arg(roundNumber);
    // Tried on a copy first: a refusal is told at once and leaves the undo stack alone.
    core::RoomRound changed = *round;
    const std::string wanted = toStd(role.trimmed());
    if (const auto refusal = core::changeRoomRole(changed, *step, person, wanted, turn))
        return describe(*refusal);
    if (changed == *round)
        return {};
    QString text;
    if (core::hasTurnOrder(*step))
        text = tr("%1 takes turn %2 as %3 in room %4").arg(name).arg(turn).arg(toQt(wanted)).arg(room);
    else if (wanted.empty())
        text = tr("%1 gives up their role in room %2").arg(name).arg(room);
    else
        text = tr("%1 becomes %2 in room %3").arg(name, toQt(wanted)).arg(room);
    m_undoStack->push(
        new ChangeSeatRole(&m_document, m_document.cohort(), call, roundNumber, *step, person, wanted, turn, text));
    return {};
}

} // namespace convener::models
