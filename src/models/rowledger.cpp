// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rowledger.h"

namespace convener::models {

void RowLedger::seen(const Key &key, const storage::RowStamp &stamp)
{
    auto [it, inserted] = m_rows.try_emplace(key);
    Row &row = it->second;
    if (!inserted && row.version != stamp.version) {
        ++row.foreignChanges;
        row.lastForeign = stamp;
    }
    row.version = stamp.version;
}

void RowLedger::wrote(const Key &key, storage::RowVersion version)
{
    m_rows[key].version = version;
}

void RowLedger::movedTo(const Key &key, storage::RowVersion version)
{
    const auto it = m_rows.find(key);
    if (it != m_rows.end() && it->second.version == version - 1)
        it->second.version = version;
}

storage::RowVersion RowLedger::version(const Key &key) const
{
    const auto it = m_rows.find(key);
    return it == m_rows.end() ? 0 : it->second.version;
}

int RowLedger::turn(const Key &key) const
{
    const auto it = m_rows.find(key);
    return it == m_rows.end() ? 0 : it->second.foreignChanges;
}

std::optional<storage::Error> RowLedger::refusal(const Key &key, int turn) const
{
    if (turn < 0 || turn == this->turn(key))
        return std::nullopt;
    const auto it = m_rows.find(key);
    if (it == m_rows.end())
        return storage::Error(storage::Problem::ChangedElsewhere).inTable(key.first);
    const storage::RowStamp &last = it->second.lastForeign;
    return storage::Error(storage::Problem::ChangedElsewhere)
        .inTable(key.first)
        .withName(last.changedBy)
        .withValue(last.changedAt);
}

} // namespace convener::models
