// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/encountermap.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

namespace convener::models {

// Who has met whom in a cohort's recorded rounds: a square table with one row
// and one column per member, each cell the number of times the two shared a
// room. Read-only; the Rooms document fills it when the history changes.
class EncounterMapModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EncounterMapModel)

public:
    enum DataRole { MeetingsRole = Qt::UserRole + 1 };

    explicit EncounterMapModel(QObject *parent = nullptr);
    ~EncounterMapModel() override;

    void setMap(core::EncounterMap map, QStringList names);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString name(int row) const { return m_names.value(row); }
    core::PersonId person(int row) const { return m_map.people().at(static_cast<size_t>(row)); }
    // How many others the person in this row has met at least once.
    int metCount(int row) const;
    int meetings(int row, int column) const;
    int maxMeetings() const;
    double shareMet() const;
    int pairsMet() const;
    int pairCount() const;

private:
    core::EncounterMap m_map{{}, {}};
    QStringList m_names;
};

} // namespace convener::models
