// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/journal/journalentry.h"

#include <QAbstractTableModel>

#include <vector>

namespace convener::models {

class JournalSession;
class JournalVault;

// The entries of the journal on show, by call. While unlocked, every entry with
// its title; while locked, only entries whose title was left open. Rows follow
// the session's changes in begin/end pairs; locking, unlocking and another
// person reset the model, so no decrypted title outlives the session in it.
class JournalEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalEntryModel)

public:
    enum Column { CallColumn, TitleColumn, WrittenColumn, ColumnCount };
    enum DataRole { EntryIdRole = Qt::UserRole + 1, CallNumberRole, TitleOpenRole };

    explicit JournalEntryModel(JournalVault &vault, QObject *parent = nullptr);
    ~JournalEntryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const JournalEntry &entry(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    int rowOf(const std::string &entryId) const;

private:
    void resetRows();
    void followSession(JournalSession *session);

    JournalVault &m_vault;
    std::vector<JournalEntry> m_rows;
};

} // namespace convener::models
