// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"
#include "core/retro/retroexport.h"

#include <QAbstractItemModel>
#include <vector>

namespace convener::models {

class RetroBoardDocument;

// The board a RetroBoardDocument shows, as a tree: its columns at the top,
// under each column its topics (a group or a card on its own) in board order,
// and under a group its cards. Cards are dragged onto one another to group
// them; an edit in place or a drop is handed to the document.
//
// A change that keeps the tree's shape is announced with dataChanged; one that
// changes it (a card added, removed or grouped, another board shown) resets
// the model, which keeps every index honest at the size of a retro board.
class RetroBoardModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroBoardModel)

public:
    enum class Kind { Column, Group, Card };
    enum DataRole {
        KindRole = Qt::UserRole + 1,
        ColumnIdRole,
        GroupIdRole,
        CardIdRole,
        TextRole,                                             // the card's or group's own text, even while hidden
        AuthorRole,                                           // the author's name; empty when anonymous
        VotesRole,                                            // the tally, or null while tallies are hidden
    };

    explicit RetroBoardModel(RetroBoardDocument *document, QObject *parent = nullptr);
    ~RetroBoardModel() override;

    RetroBoardDocument *document() const { return m_document; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    QModelIndex columnIndex(core::RetroColumnId column) const;
    QModelIndex cardIndex(core::RetroCardId card) const;

private:
    struct Topic
    {
        core::RetroGroupId group = 0;
        std::vector<core::RetroCardId> cards;
    };
    struct ColumnLayout
    {
        std::vector<Topic> topics;
        bool operator==(const ColumnLayout &other) const;
    };

    void beginChange(const core::RetroSnapshot &next, bool otherBoard);
    void endChange();
    static std::vector<ColumnLayout> layoutOf(const core::RetroBoard &board);
    const core::RetroCard *cardAt(const QModelIndex &index) const;
    QString cardText(const core::RetroCard &card) const;

    RetroBoardDocument *m_document;
    std::vector<ColumnLayout> m_layout;
    // Between the document's snapshotAboutToChange and snapshotChanged: the
    // layout to show next, and whether the change resets the model.
    std::vector<ColumnLayout> m_nextLayout;
    bool m_resetting = false;
};

} // namespace convener::models
