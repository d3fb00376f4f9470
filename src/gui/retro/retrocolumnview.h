// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

namespace convener::gui {

// One column of a retro board: its cards and groups as a tree whose rows grow
// to show the whole wrapped card text, and which lays itself out again when
// its width changes. Cards are dragged onto one another to group them.
class RetroColumnView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroColumnView)

public:
    explicit RetroColumnView(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace convener::gui
