// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"
#include "storage/result.h"

#include <QAbstractListModel>

#include <string>
#include <vector>

namespace convener::storage {
class RosterRepository;
}

namespace convener::models {

// The cohorts in the database, by name, for the cohort chooser.
class CohortListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortListModel)

public:
    enum DataRole { CohortIdRole = Qt::UserRole + 1 };

    explicit CohortListModel(storage::RosterRepository &roster, QObject *parent = nullptr);

    bool reload();
    // Stores a new cohort, following the built-in program programId when it is not empty, and
    // adds its row; all or nothing. Returns its id, or 0 after emitting storageFailed.
    // Creates the cohort with its calls (when it follows a program) and its
    // hosts: the first name hosts, the others co-host. All or nothing.
    core::CohortId create(const core::Cohort &cohort, const std::string &programId = {},
                          const std::vector<std::string> &hosts = {});
    // Stores changed details of the cohort changed.id and makes hosts its hosts (see
    // RosterRepository::setHosts); all or nothing. The row follows its new name.
    storage::Status update(const core::Cohort &changed, const std::vector<std::string> &hosts);
    int rowOf(core::CohortId id) const;
    const core::Cohort &cohort(int row) const { return m_cohorts.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void storageFailed(const QString &message);

private:
    storage::RosterRepository &m_roster;
    std::vector<core::Cohort> m_cohorts;
};

} // namespace convener::models
