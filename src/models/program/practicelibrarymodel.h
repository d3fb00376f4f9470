// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/step.h"

#include <QAbstractListModel>

#include <vector>

namespace convener::models {

// The practices of the built-in library, to compose a call from: searchable by
// title, what participants are told and the hosts' notes, and dragged into a
// call's step list as CallStepsModel::kPracticeMimeType.
class PracticeLibraryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeLibraryModel)

public:
    enum DataRole { LibraryIdRole = Qt::UserRole + 1 };

    explicit PracticeLibraryModel(QObject *parent = nullptr);
    ~PracticeLibraryModel() override;

    // Shows only the practices whose text holds every word of search.
    void setSearchText(const QString &search);
    QString searchText() const { return m_search; }
    QString libraryId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Practice
    {
        QString id;
        core::Step step;
        QString searchable;                                   // folded text to search in
    };

    std::vector<Practice> m_all;
    std::vector<size_t> m_shown;                              // indexes into m_all
    QString m_search;
};

} // namespace convener::models
