// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QMenu;
class QTabBar;

namespace Ui {
class RoomPlanPanel;
}

namespace convener::models {
class RoomHandoverExporter;
class RoomPlanning;
class RoomRoundEditor;
class RoomsDocument;
class Workspace;
}

namespace convener::gui {

// The call's rooms: planning (off the GUI thread, with a busy state and a
// way to cancel), the summary of new encounters and repeats, a tab per round,
// the rooms tree where people are dragged between rooms or swapped and given
// roles by hand (a context menu, also opened with Ctrl+R; Alt+Up and Alt+Down
// move someone in a turn order), recording a round that has started, and the
// hand-over texts and files.
class RoomPlanPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomPlanPanel)

public:
    explicit RoomPlanPanel(models::Workspace &workspace, QWidget *parent = nullptr);
    ~RoomPlanPanel() override;

    // The people selected in the rooms tree.
    std::vector<core::PersonId> selectedPeople() const;
    void swapSelected();
    void moveSelected();
    // Gives the one selected person this role (empty for none) or turn, and shows why not when refused.
    void setSelectedRole(const QString &role, int turn);
    // Moves the one selected person this many places in their room's turn order.
    void moveSelectedTurn(int places);
    // Opens the role menu of the selected person (objectName "roleMenu") at pos, in global coordinates.
    void showRoleMenu(const QPoint &globalPos);
    // Asks for confirmation, then records the round on screen.
    void recordShownRound();
    // Hand-over of the round on screen. The save functions take the file a dialog chose.
    void copyChatText();
    void copyCoHostList();
    bool saveZoomCsv(const QString &path);
    bool saveJson(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPoint menuPositionAtCurrent() const;
    void chooseZoomFile();
    void chooseJsonFile();
    QString suggestedFile(const QString &suffix) const;
    void rebuildTabs();
    void updateRound();
    void updateState();
    void setBusy(bool busy);
    void showMessage(const QString &text);
    void fillRoleMenu(QMenu &menu);
    void selectPerson(core::PersonId person);

    const std::unique_ptr<Ui::RoomPlanPanel> m_ui;
    models::RoomsDocument &m_document;
    models::RoomPlanning &m_planning;
    models::RoomRoundEditor &m_editor;
    models::RoomHandoverExporter &m_handover;
    QTabBar *m_roundTabs;
    QAction *m_roleMenuAction;
    QAction *m_earlierAction;
    QAction *m_laterAction;
    bool m_rebuilding = false;
};

} // namespace convener::gui
