// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/roster/cohortlistmodel.h"

#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/writetransaction.h"

namespace convener::models {

CohortListModel::CohortListModel(storage::RosterRepository &roster, QObject *parent)
    : QAbstractListModel(parent), m_roster(roster)
{
}

bool CohortListModel::reload()
{
    auto loaded = m_roster.cohorts();
    if (!loaded) {
        Q_EMIT storageFailed(describe(loaded.error()));
        return false;
    }
    beginResetModel();
    m_cohorts = std::move(loaded).value();
    endResetModel();
    return true;
}

core::CohortId CohortListModel::create(const core::Cohort &cohort, const std::string &programId,
                                       const std::vector<std::string> &hosts)
{
    storage::WriteTransaction transaction(m_roster.database().connection());
    if (!transaction.isActive()) {
        Q_EMIT storageFailed(tr("Could not start saving: %1").arg(transaction.error()));
        return 0;
    }
    const auto id = m_roster.createCohort(cohort);
    if (!id) {
        Q_EMIT storageFailed(describe(id.error()));
        return 0;
    }
    if (!programId.empty()) {
        const auto followed = storage::ProgramRepository(m_roster.database()).followBuiltinProgram(id.value(), programId);
        if (!followed) {
            Q_EMIT storageFailed(describe(followed.error()));
            return 0;
        }
    }
    if (!hosts.empty()) {
        std::vector<core::Member> members;
        for (const std::string &name : hosts) {
            core::Member m;
            m.person.displayName = name;
            m.role = members.empty() ? core::Role::Host : core::Role::CoHost;
            members.push_back(std::move(m));
        }
        const auto added = m_roster.addMembers(id.value(), members);
        if (!added) {
            Q_EMIT storageFailed(describe(added.error()));
            return 0;
        }
    }
    if (!transaction.commit()) {
        Q_EMIT storageFailed(tr("Could not save the cohort: %1").arg(transaction.error()));
        return 0;
    }
    auto stored = m_roster.cohort(id.value());
    if (!stored) {
        Q_EMIT storageFailed(describe(stored.error()));
        return 0;
    }
    const QString name = storage::toQt(stored.value().name);
    int row = 0;
    while (row < rowCount() && QString::compare(storage::toQt(m_cohorts[static_cast<size_t>(row)].name), name,
                                                Qt::CaseInsensitive) < 0)
        ++row;
    beginInsertRows({}, row, row);
    m_cohorts.insert(m_cohorts.begin() + row, stored.value());
    endInsertRows();
    return id.value();
}

storage::Status CohortListModel::update(const core::Cohort &changed, const std::vector<std::string> &hosts)
{
    const int row = rowOf(changed.id);
    if (row < 0)
        return storage::Status::failure(storage::Error(storage::Problem::CohortNotListed).withId(changed.id));
    {
        storage::WriteTransaction transaction(m_roster.database().connection());
        if (!transaction.isActive())
            return storage::Status::failure(storage::Error(storage::Problem::SaveStartFailed)
                                                .inTable(storage::Table::Cohorts)
                                                .withDetail(transaction.error()));
        if (const auto updated = m_roster.updateCohort(changed); !updated)
            return updated;
        if (const auto hosted = m_roster.setHosts(changed.id, hosts); !hosted)
            return hosted;
        if (!transaction.commit())
            return storage::Status::failure(storage::Error(storage::Problem::SaveFailed)
                                                .inTable(storage::Table::Cohorts)
                                                .withDetail(transaction.error()));
    }
    auto stored = m_roster.cohort(changed.id);
    if (!stored)
        return storage::Status::failure(stored.error());

    // Where the new name sorts among the other rows, counted without this one.
    const QString name = storage::toQt(stored.value().name);
    int target = 0;
    for (int other = 0; other < rowCount(); ++other) {
        if (other != row && QString::compare(storage::toQt(m_cohorts[static_cast<size_t>(other)].name), name,
                                             Qt::CaseInsensitive) < 0)
            ++target;
    }
    if (target != row) {
        // A move keeps views' current item on this cohort, where a reset would lose it.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        core::Cohort moving = std::move(m_cohorts[static_cast<size_t>(row)]);
        m_cohorts.erase(m_cohorts.begin() + row);
        m_cohorts.insert(m_cohorts.begin() + target, std::move(moving));
        endMoveRows();
    }
    m_cohorts[static_cast<size_t>(target)] = std::move(stored).value();
    const QModelIndex changedIndex = index(target);
    Q_EMIT dataChanged(changedIndex, changedIndex);
    return {};
}

int CohortListModel::rowOf(core::CohortId id) const
{
    for (size_t i = 0; i < m_cohorts.size(); ++i) {
        if (m_cohorts[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int CohortListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cohorts.size());
}

QVariant CohortListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Cohort &c = cohort(index.row());
    switch (role) {
    case Qt::DisplayRole: return storage::toQt(c.name);
    case Qt::ToolTipRole: return storage::toQt(c.description);
    case CohortIdRole: return QVariant::fromValue<qlonglong>(c.id);
    default: return {};
    }
}

} // namespace convener::models
