// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"

#include <QAbstractTableModel>
#include <vector>

namespace convener::models {

class RetroBoardDocument;

// The action items of the board a RetroBoardDocument shows. The text and due
// call are edited in place and the status is a check box; each edit goes to
// the document, which makes it one undoable command.
class RetroActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroActionsModel)

public:
    enum Column { DoneColumn, TextColumn, OwnerColumn, DueColumn, ColumnCount };
    enum DataRole { ActionIdRole = Qt::UserRole + 1 };

    explicit RetroActionsModel(RetroBoardDocument *document, QObject *parent = nullptr);
    ~RetroActionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const core::RetroAction &action(int row) const { return m_actions.at(static_cast<size_t>(row)); }

private:
    void reload();
    bool editable() const;

    RetroBoardDocument *m_document;
    std::vector<core::RetroAction> m_actions;
};

} // namespace convener::models
