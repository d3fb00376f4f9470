// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/encountermapmodel.h"

#include <algorithm>

namespace convener::models {

EncounterMapModel::EncounterMapModel(QObject *parent) : QAbstractTableModel(parent)
{
}

EncounterMapModel::~EncounterMapModel() = default;

void EncounterMapModel::setMap(core::EncounterMap map, QStringList names)
{
    beginResetModel();
    m_map = std::move(map);
    m_names = std::move(names);
    while (m_names.size() < static_cast<qsizetype>(m_map.people().size()))
        m_names << tr("Person %1").arg(m_map.people()[static_cast<size_t>(m_names.size())]);
    endResetModel();
}

void EncounterMapModel::clear()
{
    setMap(core::EncounterMap({}, {}), {});
}

int EncounterMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_map.people().size());
}

int EncounterMapModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

int EncounterMapModel::meetings(int row, int column) const
{
    return m_map.matrix().at(static_cast<size_t>(row)).at(static_cast<size_t>(column));
}

int EncounterMapModel::metCount(int row) const
{
    return m_map.metCount(m_map.people().at(static_cast<size_t>(row)));
}

int EncounterMapModel::maxMeetings() const
{
    int most = 0;
    for (const auto &row : m_map.matrix())
        most = std::max(most, row.empty() ? 0 : *std::max_element(row.begin(), row.end()));
    return most;
}

double EncounterMapModel::shareMet() const
{
    return m_map.shareMet();
}

int EncounterMapModel::pairsMet() const
{
    return m_map.pairsMet();
}

int EncounterMapModel::pairCount() const
{
    return m_map.pairCount();
}

QVariant EncounterMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int count = meetings(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return index.row() == index.column() ? QVariant() : QVariant(count);
    case MeetingsRole:
        return count;
    case Qt::ToolTipRole:
        if (index.row() == index.column())
            return {};
        if (count == 0)
            return tr("%1 and %2 have not met yet").arg(name(index.row()), name(index.column()));
        return tr("%1 and %2 met: %3").arg(name(index.row()), name(index.column())).arg(count);
    default:
        return {};
    }
}

QVariant EncounterMapModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= rowCount())
        return {};
    return name(section);
}

} // namespace convener::models
