// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RetroActionsPanel;
}

namespace convener::models {
class RetroActionsModel;
class RetroDiscussModel;
class Workspace;
}

namespace convener::gui {

// The right-hand side of the Retro area: the topics in discussion order and
// the board's action items with a form to add one.
class RetroActionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroActionsPanel)

public:
    explicit RetroActionsPanel(models::Workspace &workspace, QWidget *parent = nullptr);
    ~RetroActionsPanel() override;

public Q_SLOTS:
    void addAction();
    void removeSelectedAction();
    void changeSelectedOwner();

private:
    void updateState();

    const std::unique_ptr<Ui::RetroActionsPanel> m_ui;
    models::Workspace &m_workspace;
    models::RetroActionsModel *m_actions;
    models::RetroDiscussModel *m_discuss;
};

} // namespace convener::gui
