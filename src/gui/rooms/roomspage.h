// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RoomsPage;
}

namespace convener::models {
class RoomsDocument;
class Workspace;
}

namespace convener::gui {

class AttendancePanel;
class EncounterMapPanel;
class RoomPlanPanel;
class RoomRulesPanel;

// The Rooms area: pick a call, mark who is here, plan and adjust the call's
// breakout rooms, hand them to the video call, and see who has met whom.
class RoomsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomsPage)

public:
    explicit RoomsPage(models::Workspace &workspace, QWidget *parent = nullptr);
    ~RoomsPage() override;

    AttendancePanel *attendance() const { return m_attendance; }
    RoomPlanPanel *plan() const { return m_plan; }
    RoomRulesPanel *rules() const { return m_rules; }
    EncounterMapPanel *encounterMap() const { return m_map; }
    void selectCall(int callNumber);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillCalls();

    const std::unique_ptr<Ui::RoomsPage> m_ui;
    models::Workspace &m_workspace;
    models::RoomsDocument *m_document;
    AttendancePanel *m_attendance;
    RoomPlanPanel *m_plan;
    RoomRulesPanel *m_rules;
    EncounterMapPanel *m_map;
    bool m_filling = false;
};

} // namespace convener::gui
