// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roomruleseditor.h"

#include "models/rooms/addkeepapart.h"
#include "models/rooms/changehostsinrooms.h"
#include "models/rooms/removekeepapart.h"
#include "models/rooms/roomsdocument.h"
#include "storage/conversions.h"

#include <algorithm>
#include <QUndoStack>

namespace convener::models {

using storage::toStd;

RoomRulesEditor::RoomRulesEditor(RoomsDocument &document, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
}

RoomRulesEditor::~RoomRulesEditor() = default;

QString RoomRulesEditor::addKeepApart(core::PersonId first, core::PersonId second, const QString &reason)
{
    if (m_document.cohort() == 0)
        return tr("Choose a cohort first.");
    const QString firstName = m_document.nameOf(first);
    if (first == second)
        return tr("%1 is chosen twice: a pair to keep apart needs two different people.").arg(firstName);
    if (!m_document.isMember(first) || !m_document.isMember(second))
        return tr("Only members of the cohort can be kept apart.");
    const QString secondName = m_document.nameOf(second);
    storage::KeepApartPair pair { std::min(first, second), std::max(first, second), toStd(reason.trimmed()) };
    std::optional<std::string> previous;
    for (const auto &p : m_document.keepApartPairs())
        if (p.first == pair.first && p.second == pair.second)
            previous = p.reason;
    if (previous && *previous == pair.reason)
        return tr("%1 and %2 are kept apart already.").arg(firstName, secondName);
    const QString text = previous ? tr("Change why %1 and %2 are kept apart") : tr("Keep %1 and %2 apart");
    m_undoStack->push(new AddKeepApart(
        &m_document, m_document.cohort(), std::move(pair), std::move(previous), text.arg(firstName, secondName)));
    return {};
}

void RoomRulesEditor::removeKeepApart(core::PersonId first, core::PersonId second)
{
    const auto a = std::min(first, second);
    const auto b = std::max(first, second);
    const auto &pairs = m_document.keepApartPairs();
    const auto it
        = std::find_if(pairs.begin(), pairs.end(), [a, b](const auto &p) { return p.first == a && p.second == b; });
    if (it == pairs.end())
        return;
    m_undoStack->push(new RemoveKeepApart(&m_document, m_document.cohort(), *it,
        tr("Let %1 and %2 share a room").arg(m_document.nameOf(a), m_document.nameOf(b))));
}

void RoomRulesEditor::setHostsInRooms(storage::HostsInRooms placement)
{
    const storage::HostsInRooms current = m_document.hostsInRooms();
    if (m_document.cohort() == 0 || placement == current)
        return;
    m_undoStack->push(new ChangeHostsInRooms(&m_document, m_document.cohort(), current, placement,
        placement == storage::HostsInRooms::LeftOut ? tr("Hosts stay out of the rooms") : tr("Hosts join the rooms")));
}

} // namespace convener::models
