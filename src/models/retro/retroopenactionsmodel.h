// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace convener::models {

class RetroBoardDocument;

// The open action items of every board of the current cohort, then those that
// earlier cohorts of the same hosts left open (RetroRepository::carriedActions),
// so that what a retro decided is in front of the hosts until it is done. A
// carried item names its cohort. Ticking one off is an undoable command that
// closes it on the board it was agreed on; the board on screen stays.
class RetroOpenActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroOpenActionsModel)

public:
    enum Column { TextColumn, OwnerColumn, FromColumn, DueColumn, ColumnCount };

    explicit RetroOpenActionsModel(RetroBoardDocument *document, QObject *parent = nullptr);
    ~RetroOpenActionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Whether the row comes from an earlier cohort's board rather than this cohort's.
    bool isCarried(int row) const { return entry(row).carried; }
    void markDone(int row);

private:
    struct Row
    {
        core::RetroAction action;
        core::RetroBoardId board = 0;
        int callNumber = 0;
        bool carried = false;                           // agreed by an earlier cohort
        QString cohortName;                             // carried items: the earlier cohort
        QString ownerName;                              // carried items: the owner as stored there

        bool operator==(const Row &) const = default;
    };

    const Row &entry(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    void reload();

    RetroBoardDocument *m_document;
    std::vector<Row> m_rows;
};

} // namespace convener::models
