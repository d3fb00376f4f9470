// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/breakoutround.h"
#include "core/rooms/roomconflicts.h"
#include "core/rooms/roomround.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <map>
#include <optional>
#include <vector>

namespace convener::models {

// One round of rooms as a tree: each room, and under it its people with their
// role and what is wrong with their seat (a repeat or a keep-apart pair),
// flagged by an icon and by text. With the step the round was planned from it
// also names the roles a host can give by hand and the role of everyone else
// ("coach"), so a changed role reads as text. A person is dragged to another
// room as the person id in kMimeType; the drop asks for the move
// (moveRequested) and RoomRoundEditor carries it out as an undoable command.
class RoomRoundModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomRoundModel)

public:
    enum Column { NameColumn, RoleColumn, ConflictColumn, ColumnCount };
    enum DataRole { PersonIdRole = Qt::UserRole + 1, RoomRole, HasConflictRole, SeatRoleRole, TurnRole };
    static const QString kMimeType;

    explicit RoomRoundModel(QObject *parent = nullptr);
    ~RoomRoundModel() override;

    void setRound(const core::RoomRound &round, std::vector<core::RoomConflict> conflicts,
                  std::map<core::PersonId, QString> names, std::optional<core::BreakoutRound> step = std::nullopt);
    void clear();
    const core::RoomRound &round() const { return m_round; }
    const std::vector<core::RoomConflict> &conflicts() const { return m_conflicts; }
    QString conflictText(core::PersonId person) const;
    // The roles a host can give by hand in this round (core::handRoles), none
    // for a recorded round or when the step is not known.
    QStringList handRoles() const;
    // Whether the round's role passes round each room in turns (Troika's client).
    bool hasTurnOrder() const;
    // The index of a person's row, invalid when they are not in the round.
    QModelIndex indexOf(core::PersonId person, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    void moveRequested(core::PersonId person, int room);

private:
    const core::RoomSeat *seatAt(const QModelIndex &index) const;
    QString name(core::PersonId person) const;
    QString roleText(const core::Room &room, const core::RoomSeat &seat) const;
    int conflictsInRoom(int room) const;
    int targetRoom(const QMimeData *data, int row, const QModelIndex &parent, core::PersonId &person) const;

    core::RoomRound m_round;
    std::optional<core::BreakoutRound> m_step;
    std::vector<core::RoomConflict> m_conflicts;
    std::map<core::PersonId, QString> m_names;
    QIcon m_warning;
};

} // namespace convener::models
