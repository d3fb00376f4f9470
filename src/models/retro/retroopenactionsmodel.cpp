// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/retroopenactionsmodel.h"

#include "models/retro/retroboarddocument.h"
#include "storage/conversions.h"

#include <QFont>

namespace convener::models {

using storage::toQt;

RetroOpenActionsModel::RetroOpenActionsModel(RetroBoardDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &RetroBoardDocument::actionsChanged, this, &RetroOpenActionsModel::reload);
    connect(m_document, &RetroBoardDocument::boardChanged, this, &RetroOpenActionsModel::reload);
    reload();
}

RetroOpenActionsModel::~RetroOpenActionsModel() = default;

void RetroOpenActionsModel::reload()
{
    auto open = m_document->openActions();
    if (!open)
        return;
    std::vector<Row> rows;
    for (auto &own : open->own)
        rows.push_back({ std::move(own.action), own.board, own.callNumber, false, {}, {} });
    for (auto &c : open->carried)
        rows.push_back({ std::move(c.action), c.board, c.callNumber, true, toQt(c.cohortName), toQt(c.ownerName) });
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RetroOpenActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RetroOpenActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetroOpenActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &open = entry(index.row());
    // A carried item is set in italics and says its cohort in words, never by looks alone.
    if (role == Qt::FontRole && open.carried) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::CheckStateRole)
            return Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return toQt(open.action.text);
        if (role == Qt::ToolTipRole)
            return open.carried ? tr("%1\nLeft open by the earlier cohort %2.").arg(toQt(open.action.text), open.cohortName)
                                : toQt(open.action.text);
        return {};
    case OwnerColumn:
        if (role == Qt::DisplayRole) {
            if (open.carried)
                return open.ownerName.isEmpty() ? tr("Nobody yet") : open.ownerName;
            return open.action.owner ? m_document->personName(open.action.owner) : tr("Nobody yet");
        }
        return {};
    case FromColumn:
        if (role == Qt::DisplayRole)
            return open.carried ? tr("Earlier cohort %1, retro of call %2").arg(open.cohortName).arg(open.callNumber)
                                : tr("Retro of call %1").arg(open.callNumber);
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
    const Row open = entry(row);
    m_document->changeActionStatus(open.board, open.action, core::RetroActionStatus::Done);
}

} // namespace convener::models
