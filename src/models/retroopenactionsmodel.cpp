// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retroopenactionsmodel.h"

#include "models/changeactionstatus.h"
#include "models/retroboardmodel.h"
#include "storage/conversions.h"

#include <QUndoStack>

namespace convener::models {

using storage::toQt;

RetroOpenActionsModel::RetroOpenActionsModel(RetroBoardModel *board, QObject *parent)
    : QAbstractTableModel(parent), m_board(board)
{
    connect(m_board, &RetroBoardModel::actionsChanged, this, &RetroOpenActionsModel::reload);
    connect(m_board, &RetroBoardModel::boardChanged, this, &RetroOpenActionsModel::reload);
    reload();
}

RetroOpenActionsModel::~RetroOpenActionsModel() = default;

void RetroOpenActionsModel::reload()
{
    std::vector<storage::RetroRepository::OpenAction> open;
    if (m_board->cohort() != 0) {
        auto loaded = m_board->repository().openActions(m_board->cohort());
        if (!loaded) {
            Q_EMIT m_board->storageFailed(loaded.error());
            return;
        }
        open = std::move(loaded).value();
    }
    const bool same = open.size() == m_open.size()
                      && std::equal(open.begin(), open.end(), m_open.begin(), [](const auto &a, const auto &b) {
                             return a.action == b.action && a.board == b.board && a.callNumber == b.callNumber;
                         });
    if (same)
        return;
    beginResetModel();
    m_open = std::move(open);
    endResetModel();
}

int RetroOpenActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_open.size());
}

int RetroOpenActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetroOpenActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &open = openAction(index.row());
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::CheckStateRole)
            return Qt::Unchecked;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return toQt(open.action.text);
        return {};
    case OwnerColumn:
        if (role == Qt::DisplayRole)
            return open.action.owner ? m_board->personName(open.action.owner) : tr("Nobody yet");
        return {};
    case FromColumn:
        if (role == Qt::DisplayRole)
            return tr("Retro of call %1").arg(open.callNumber);
        return {};
    case DueColumn:
        if (role == Qt::DisplayRole)
            return open.action.dueCall ? tr("Call %1").arg(*open.action.dueCall) : tr("No date");
        return {};
    default:
        return {};
    }
}

QVariant RetroOpenActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn: return tr("Open action (tick when done)");
    case OwnerColumn: return tr("Owner");
    case FromColumn: return tr("Agreed in");
    case DueColumn: return tr("Due");
    default: return {};
    }
}

Qt::ItemFlags RetroOpenActionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == TextColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool RetroOpenActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != TextColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (value.toInt() == Qt::Checked)
        markDone(index.row());
    return true;
}

void RetroOpenActionsModel::markDone(int row)
{
    const auto open = openAction(row);
    m_board->undoStack()->push(new ChangeActionStatus(m_board, open.board, open.action, core::RetroActionStatus::Done));
}

} // namespace convener::models
