// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/roster/rosterfiltermodel.h"

#include "models/roster/rostermodel.h"
#include "storage/conversions.h"

namespace convener::models {

RosterFilterModel::RosterFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RosterFilterModel::setSearchText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void RosterFilterModel::setRoleFilter(std::optional<core::Role> role)
{
    m_role = role;
    invalidateRowsFilter();
}

bool RosterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_role) {
        const QString key = source->index(sourceRow, RosterModel::RoleColumn, sourceParent)
                                .data(RosterModel::RoleKeyRole).toString();
        if (key != storage::toQt(core::roleKey(*m_role)))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        haystack += source->index(sourceRow, column, sourceParent).data(Qt::EditRole).toString();
        haystack += QLatin1Char('\n');
    }
    // Every word must match somewhere, so "lisbon she" narrows rather than widens.
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace convener::models
