// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roomrolerefusal.h"

#include "storage/conversions.h"

#include <QCoreApplication>

namespace convener::models {
namespace {

using Kind = core::RoomRoleRefusal::Kind;
using storage::toQt;

QString tr(const char *text)
{
    return QCoreApplication::translate("convener::models::RoomRoleRefusal", text);
}

// "a", "a or b", "a, b or c" (and the same with "and"): the step's roles as a
// choice or as a whole.
QString listed(const std::vector<std::string> &names, bool choice)
{
    if (names.empty())
        return {};
    QString head = toQt(names.front());
    for (size_t i = 1; i + 1 < names.size(); ++i)
        head = tr("%1, %2").arg(head, toQt(names[i]));
    if (names.size() == 1)
        return head;
    return (choice ? tr("%1 or %2") : tr("%1 and %2")).arg(head, toQt(names.back()));
}

} // namespace

QString describe(const core::RoomRoleRefusal &r)
{
    const QString step = toQt(r.step);
    // With a turn order the step gives one role by hand: the one passed round.
    const QString rotating = r.roles.empty() ? QString() : toQt(r.roles.front());
    switch (r.kind) {
    case Kind::RoundRecorded:
        return tr("Round %1 has been recorded: it is history, and its roles stay as they were run.").arg(r.round);
    case Kind::NotSeated:
        return tr("Person %1 is not in round %2.").arg(r.person).arg(r.round);
    case Kind::NoRolesToGive:
        return tr("%1 has no roles to give: everyone in its rooms takes part alike.").arg(step);
    case Kind::TurnNeeded:
        return tr("In %1 everyone takes a turn as %2: choose a turn from 1 to %3 instead of no role.")
            .arg(step, rotating, QString::number(r.turns));
    case Kind::NotTheRotatingRole:
        return tr("%1 has no role '%2' to give; its role is %3, taken in turns.").arg(step, toQt(r.role), rotating);
    case Kind::NoSuchTurn:
        return tr("There is no turn %1 in room %2 of round %3; choose a turn from 1 to %4.")
            .arg(r.turn)
            .arg(r.room)
            .arg(r.round)
            .arg(r.turns);
    case Kind::NoSuchRole:
        return tr("%1 has no role '%2' to give; choose %3, or none.").arg(step, toQt(r.role), listed(r.roles, true));
    case Kind::NoTurnOrder:
        return tr("%1 has no turn order: one person in each room holds each of its roles (%2).")
            .arg(step, listed(r.roles, false));
    }
    return {};
}

} // namespace convener::models
