// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/retroactionsmodel.h"

#include "core/retro/retrorules.h"
#include "models/retro/retroboarddocument.h"
#include "storage/conversions.h"

#include <algorithm>

namespace convener::models {

using storage::toQt;
using storage::toStd;

RetroActionsModel::RetroActionsModel(RetroBoardDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &RetroBoardDocument::boardChanged, this, &RetroActionsModel::reload);
    reload();
}

RetroActionsModel::~RetroActionsModel() = default;

void RetroActionsModel::reload()
{
    auto actions = m_document->board().actions;
    std::stable_sort(actions.begin(), actions.end(),
                     [](const core::RetroAction &a, const core::RetroAction &b) { return a.position < b.position; });
    if (actions == m_actions)
        return;
    const bool sameRows = actions.size() == m_actions.size()
                          && std::equal(actions.begin(), actions.end(), m_actions.begin(),
                                        [](const auto &a, const auto &b) { return a.id == b.id; });
    if (sameRows) {
        m_actions = std::move(actions);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
}

bool RetroActionsModel::editable() const
{
    return m_document->hasBoard()
        && core::RetroRules::phaseAllows(m_document->board().state.phase, core::RetroEdit::EditActionItem);
}

int RetroActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int RetroActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetroActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RetroAction &a = action(index.row());
    const bool done = a.status == core::RetroActionStatus::Done;
    if (role == ActionIdRole)
        return QVariant::fromValue<qlonglong>(a.id);
    switch (index.column()) {
    case DoneColumn:
        if (role == Qt::CheckStateRole)
            return done ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return done ? tr("Done") : tr("Open");
        return {};
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return toQt(a.text);
        return {};
    case OwnerColumn:
        if (role == Qt::DisplayRole)
            return a.owner ? m_document->personName(a.owner) : tr("Nobody yet");
        return {};
    case DueColumn:
        if (role == Qt::DisplayRole)
            return a.dueCall ? tr("Call %1").arg(*a.dueCall) : tr("No date");
        if (role == Qt::EditRole)
            return a.dueCall.value_or(0);
        return {};
    default:
        return {};
    }
}

QVariant RetroActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DoneColumn: return tr("Status");
    case TextColumn: return tr("Action");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    default: return {};
    }
}

Qt::ItemFlags RetroActionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == DoneColumn)
        f |= Qt::ItemIsUserCheckable;
    if ((index.column() == TextColumn || index.column() == DueColumn) && editable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool RetroActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == DoneColumn && role == Qt::CheckStateRole) {
        const auto status
            = value.toInt() == Qt::Checked ? core::RetroActionStatus::Done : core::RetroActionStatus::Open;
        m_document->changeActionStatus(m_document->board().id, action(index.row()), status);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    core::RetroAction changed = action(index.row());
    if (index.column() == TextColumn) {
        changed.text = toStd(value.toString().trimmed());
    } else if (index.column() == DueColumn) {
        const int due = value.toInt();
        changed.dueCall = due > 0 ? std::optional<int>(due) : std::nullopt;
    } else {
        return false;
    }
    m_document->editAction(changed);
    return true;
}

} // namespace convener::models
