// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "storage/rooms/roomsrepository.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace convener::models {

class RoomsDocument;

// Changes the rules every plan of the document's cohort follows: the pairs
// kept out of one room and whether the hosts sit in the rooms. Each change is
// checked, worded and pushed as one undoable command on the document, which
// holds the rules and announces them (RoomsDocument::rulesChanged).
class RoomRulesEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomRulesEditor)

public:
    RoomRulesEditor(RoomsDocument &document, QUndoStack *undoStack, QObject *parent = nullptr);
    ~RoomRulesEditor() override;

    // Keeps two members apart (or changes the pair's reason), as one undoable
    // step. Returns why not when refused (the same person twice, not a member).
    QString addKeepApart(core::PersonId first, core::PersonId second, const QString &reason);
    void removeKeepApart(core::PersonId first, core::PersonId second);
    void setHostsInRooms(storage::HostsInRooms placement);

private:
    RoomsDocument &m_document;
    QUndoStack *m_undoStack;
};

} // namespace convener::models
