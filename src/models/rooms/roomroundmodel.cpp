// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roomroundmodel.h"

#include "core/rooms/roomexport.h"
#include "core/rooms/roomroles.h"
#include "storage/conversions.h"

#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace convener::models {

const QString RoomRoundModel::kMimeType = QStringLiteral("application/x-convener-person-id");

namespace {

// A warning sign drawn here when the icon theme has none (offscreen, some desktops).
QIcon warningIcon()
{
    QIcon themed = QIcon::fromTheme(QStringLiteral("dialog-warning"));
    if (!themed.isNull())
        return themed;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath triangle;
    triangle.moveTo(16, 2);
    triangle.lineTo(30, 29);
    triangle.lineTo(2, 29);
    triangle.closeSubpath();
    p.fillPath(triangle, QColor(0xe0, 0x9b, 0x00));
    p.setPen(QPen(Qt::black, 3));
    p.drawLine(16, 11, 16, 20);
    p.drawPoint(16, 25);
    return QIcon(pixmap);
}

} // namespace

RoomRoundModel::RoomRoundModel(QObject *parent) : QAbstractItemModel(parent), m_warning(warningIcon())
{
}

RoomRoundModel::~RoomRoundModel() = default;

void RoomRoundModel::setRound(const core::RoomRound &round, std::vector<core::RoomConflict> conflicts,
                              std::map<core::PersonId, QString> names, std::optional<core::BreakoutRound> step)
{
    beginResetModel();
    m_round = round;
    m_step = std::move(step);
    m_conflicts = std::move(conflicts);
    m_names = std::move(names);
    endResetModel();
}

void RoomRoundModel::clear()
{
    beginResetModel();
    m_round = {};
    m_step.reset();
    m_conflicts.clear();
    endResetModel();
}

QString RoomRoundModel::name(core::PersonId person) const
{
    const auto it = m_names.find(person);
    return it != m_names.end() ? it->second : tr("Person %1").arg(person);
}

QString RoomRoundModel::conflictText(core::PersonId person) const
{
    QStringList parts;
    for (const auto &c : m_conflicts) {
        if (c.first != person && c.second != person)
            continue;
        const QString other = name(c.first == person ? c.second : c.first);
        if (c.kind == core::RoomConflict::Kind::KeepApart)
            parts << tr("Kept apart from %1").arg(other);
        else if (c.timesMet == 1)
            parts << tr("Repeat: met %1 once before").arg(other);
        else
            parts << tr("Repeat: met %1 %2 times before").arg(other).arg(c.timesMet);
    }
    return parts.join(QStringLiteral("; "));
}

int RoomRoundModel::conflictsInRoom(int room) const
{
    return static_cast<int>(std::count_if(m_conflicts.begin(), m_conflicts.end(),
                                          [room](const core::RoomConflict &c) { return c.room == room; }));
}

QStringList RoomRoundModel::handRoles() const
{
    QStringList roles;
    if (!m_step || m_round.recorded())
        return roles;
    for (const auto &role : core::handRoles(*m_step))
        roles << storage::toQt(role);
    return roles;
}

bool RoomRoundModel::hasTurnOrder() const
{
    return m_step && core::hasTurnOrder(*m_step);
}

QString RoomRoundModel::roleText(const core::Room &room, const core::RoomSeat &seat) const
{
    if (seat.role.empty()) {
        // Everyone without a role of their own takes the role the step gives many (a Case Clinic's coaches).
        if (!m_step || core::hasTurnOrder(*m_step))
            return {};
        const auto shared = std::find_if(m_step->roles.begin(), m_step->roles.end(), [](const core::StepRole &r) { return r.maxCount > 1; });
        return shared != m_step->roles.end() ? storage::toQt(shared->name) : QString();
    }
    const auto sharing = std::count_if(room.seats.begin(), room.seats.end(),
                                       [&seat](const core::RoomSeat &s) { return s.role == seat.role; });
    const QString role = storage::toQt(seat.role);
    return sharing > 1 ? tr("%1, turn %2").arg(role).arg(seat.roleRank) : role;
}

QModelIndex RoomRoundModel::indexOf(core::PersonId person, int column) const
{
    const int room = m_round.roomOf(person);
    if (room == 0)
        return {};
    const auto &seats = m_round.rooms[static_cast<size_t>(room - 1)].seats;
    for (size_t s = 0; s < seats.size(); ++s) {
        if (seats[s].person == person)
            return index(static_cast<int>(s), column, index(room - 1, 0));
    }
    return {};
}

QModelIndex RoomRoundModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // Rooms carry 0 as internal id; a person carries their room's number.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex RoomRoundModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId()) - 1, 0, quintptr(0));
}

int RoomRoundModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_round.rooms.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_round.rooms[static_cast<size_t>(parent.row())].seats.size());
}

int RoomRoundModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const core::RoomSeat *RoomRoundModel::seatAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const auto &room = m_round.rooms[static_cast<size_t>(index.internalId() - 1)];
    return &room.seats[static_cast<size_t>(index.row())];
}

QVariant RoomRoundModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isRoom = index.internalId() == 0;
    const int roomNumber = isRoom ? index.row() + 1 : static_cast<int>(index.internalId());
    if (role == RoomRole)
        return roomNumber;
    if (isRoom) {
        const auto &room = m_round.rooms[static_cast<size_t>(index.row())];
        const int conflicts = conflictsInRoom(roomNumber);
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return tr("%1 (people: %2)").arg(storage::toQt(core::roomName(roomNumber))).arg(room.seats.size());
            if (index.column() == ConflictColumn && conflicts > 0)
                return tr("Conflicts: %1").arg(conflicts);
            return {};
        case Qt::DecorationRole:
            return index.column() == ConflictColumn && conflicts > 0 ? QVariant(m_warning) : QVariant();
        case HasConflictRole:
            return conflicts > 0;
        default:
            return {};
        }
    }
    const core::RoomSeat *seat = seatAt(index);
    const auto &room = m_round.rooms[static_cast<size_t>(roomNumber - 1)];
    const QString conflict = conflictText(seat->person);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return name(seat->person);
        case RoleColumn:
            return roleText(room, *seat);
        case ConflictColumn:
            return conflict;
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return conflict.isEmpty() ? QVariant() : QVariant(conflict);
    case Qt::DecorationRole:
        return index.column() == ConflictColumn && !conflict.isEmpty() ? QVariant(m_warning) : QVariant();
    case PersonIdRole:
        return QVariant::fromValue<qint64>(seat->person);
    case SeatRoleRole:
        return storage::toQt(seat->role);
    case TurnRole:
        return seat->roleRank;
    case HasConflictRole:
        return !conflict.isEmpty();
    default:
        return {};
    }
}

QVariant RoomRoundModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Room and people");
    case RoleColumn:
        return tr("Role");
    case ConflictColumn:
        return tr("Check");
    default:
        return {};
    }
}

Qt::ItemFlags RoomRoundModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_round.recorded() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_round.recorded())
        return f;
    f |= Qt::ItemIsDropEnabled;
    if (index.internalId() != 0)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList RoomRoundModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *RoomRoundModel::mimeData(const QModelIndexList &indexes) const
{
    for (const auto &index : indexes) {
        if (const core::RoomSeat *seat = seatAt(index)) {
            auto *mime = new QMimeData;
            mime->setData(kMimeType, QByteArray::number(seat->person));
            return mime;
        }
    }
    return nullptr;
}

int RoomRoundModel::targetRoom(const QMimeData *data, int row, const QModelIndex &parent, core::PersonId &person) const
{
    if (!data || !data->hasFormat(kMimeType) || m_round.recorded())
        return 0;
    bool ok = false;
    person = data->data(kMimeType).toLongLong(&ok);
    if (!ok || m_round.roomOf(person) == 0)
        return 0;
    if (parent.isValid())
        return parent.internalId() == 0 ? parent.row() + 1 : static_cast<int>(parent.internalId());
    // Dropped between rooms: onto the room below the gap; past the last room opens a new one.
    if (row >= 0)
        return std::min(row + 1, static_cast<int>(m_round.rooms.size()) + 1);
    return 0;
}

bool RoomRoundModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    core::PersonId person = 0;
    return action == Qt::MoveAction && targetRoom(data, row, parent, person) > 0;
}

bool RoomRoundModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    core::PersonId person = 0;
    const int room = targetRoom(data, row, parent, person);
    if (room != m_round.roomOf(person))
        Q_EMIT moveRequested(person, room);
    // false: the move is done by the command, so the view must not remove the dragged row itself.
    return false;
}

Qt::DropActions RoomRoundModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RoomRoundModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace convener::models
