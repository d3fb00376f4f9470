// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/retrodiscussmodel.h"

#include "core/retro/retrorules.h"
#include "models/retro/retroboarddocument.h"
#include "storage/conversions.h"

namespace convener::models {

using storage::toQt;

RetroDiscussModel::RetroDiscussModel(RetroBoardDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(m_document, &RetroBoardDocument::boardChanged, this, &RetroDiscussModel::reload);
    reload();
}

RetroDiscussModel::~RetroDiscussModel() = default;

void RetroDiscussModel::reload()
{
    std::vector<core::RetroTopic> topics;
    if (m_document->hasBoard() && core::RetroRules::talliesVisible(m_document->board().state))
        topics = core::retroDiscussOrder(m_document->board());
    if (topics == m_topics)
        return;
    beginResetModel();
    m_topics = std::move(topics);
    endResetModel();
}

int RetroDiscussModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_topics.size());
}

QVariant RetroDiscussModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RetroTopic &topic = m_topics.at(static_cast<size_t>(index.row()));
    const core::RetroColumn *column = m_document->board().column(topic.column);
    const QString columnTitle = column ? toQt(column->title) : QString();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2 (%3) - %4")
            .arg(index.row() + 1)
            .arg(toQt(topic.title), columnTitle,
                 topic.votes == 1 ? tr("1 vote") : tr("%1 votes").arg(topic.votes));
    case Qt::ToolTipRole:
        return topic.group != 0 ? tr("A group of %1 cards").arg(topic.cards.size()) : QString();
    case VotesRole: return topic.votes;
    case GroupIdRole: return QVariant::fromValue<qlonglong>(topic.group);
    case CardIdRole: return QVariant::fromValue<qlonglong>(topic.cards.front());
    default: return {};
    }
}

} // namespace convener::models
