// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retrotopic.h"

#include <QAbstractListModel>

#include <vector>

namespace convener::models {

class RetroBoardDocument;

// The topics to talk about, most votes first. Empty until voting closes:
// the order itself would give the tallies away.
class RetroDiscussModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroDiscussModel)

public:
    enum DataRole { VotesRole = Qt::UserRole + 1, GroupIdRole, CardIdRole };

    explicit RetroDiscussModel(RetroBoardDocument *document, QObject *parent = nullptr);
    ~RetroDiscussModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    RetroBoardDocument *m_document;
    std::vector<core::RetroTopic> m_topics;
};

} // namespace convener::models
