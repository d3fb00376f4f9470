// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/retrorepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace convener::models {

class RetroBoardModel;

// The open action items of every board of the current cohort, so that what a
// retro decided is in front of the hosts until it is done. Ticking one off is
// an undoable command, as on its own board.
class RetroOpenActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroOpenActionsModel)

public:
    enum Column { TextColumn, OwnerColumn, FromColumn, DueColumn, ColumnCount };

    explicit RetroOpenActionsModel(RetroBoardModel *board, QObject *parent = nullptr);
    ~RetroOpenActionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const storage::RetroRepository::OpenAction &openAction(int row) const { return m_open.at(static_cast<size_t>(row)); }
    void markDone(int row);

private:
    void reload();

    RetroBoardModel *m_board;
    std::vector<storage::RetroRepository::OpenAction> m_open;
};

} // namespace convener::models
