// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace convener::models {

// Search and role filter over the roster. Every word of the search must appear,
// ignoring case, in one of name, email, pronouns, location, time zone, role or notes.
class RosterFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterFilterModel)

public:
    explicit RosterFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setRoleFilter(std::optional<core::Role> role);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<core::Role> m_role;
};

} // namespace convener::models
