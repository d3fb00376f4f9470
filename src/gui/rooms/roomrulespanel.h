// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <QWidget>

namespace Ui {
class RoomRulesPanel;
}

namespace convener::models {
class RoomPlanning;
class RoomRulesEditor;
class RoomsDocument;
class Workspace;
}

namespace convener::gui {

// The rules every plan of the cohort follows: whether the hosts sit in the
// rooms, and the pairs of members kept out of the same room. Each change is
// saved at once and is one step of Edit > Undo. The rules cannot change while
// the rooms are being planned.
class RoomRulesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomRulesPanel)

public:
    explicit RoomRulesPanel(models::Workspace &workspace, QWidget *parent = nullptr);
    ~RoomRulesPanel() override;

    // Keeps the two chosen people apart with the reason typed; a refusal is shown under the list.
    void addChosenPair();
    void removeSelectedPair();

private:
    void refresh();
    void updateState();
    void showMessage(const QString &text);

    const std::unique_ptr<Ui::RoomRulesPanel> m_ui;
    const models::RoomsDocument &m_document;
    const models::RoomPlanning &m_planning;
    models::RoomRulesEditor &m_rules;
};

} // namespace convener::gui
