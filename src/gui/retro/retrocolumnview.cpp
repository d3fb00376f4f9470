// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/retro/retrocolumnview.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QResizeEvent>
#include <QStyledItemDelegate>

namespace convener::gui {

namespace {

// QStyledItemDelegate measures wrapped text against an unknown width and so
// cuts long cards short; this one measures against the width the row gets.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid() && p != m_view->rootIndex(); p = p.parent())
            ++depth;
        constexpr int kMargins = 12;
        const int width = std::max(60, m_view->viewport()->width() - (depth + 1) * m_view->indentation() - kMargins);
        const QRect text = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        return {width, text.height() + kMargins};
    }

private:
    QTreeView *m_view;
};

} // namespace

RetroColumnView::RetroColumnView(QWidget *parent) : QTreeView(parent)
{
    setItemDelegate(new WrappingDelegate(this));
    setHeaderHidden(true);
    setWordWrap(true);
    setAlternatingRowColors(true);
    setIndentation(14);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
}

void RetroColumnView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        scheduleDelayedItemsLayout();
}

} // namespace convener::gui
