// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"
#include "gui/retro/retroexportpanel.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QTreeView;

namespace Ui {
class RetroPage;
}

namespace convener::models {
class RetroOpenActionsModel;
class Workspace;
}

namespace convener::gui {

class RetroActionsPanel;
class RetroNewBoardPanel;
class RetroPhaseBar;
class RetroVotePanel;

// The Retro area: the open action items of the cohort (and those earlier
// cohorts left open), the board of one call with its columns side by side,
// and card entry on behalf of participants. It holds the pieces with their own
// jobs: the new-board form, the phase bar, voting, discussion and action
// items, and export. The per-phase timer runs in the Live console; this page
// only stores the durations with the board.
class RetroPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroPage)

public:
    using ExportFormat = RetroExportPanel::Format;

    explicit RetroPage(models::Workspace &workspace, QWidget *parent = nullptr);
    ~RetroPage() override;

    // Writes the board on screen to path, readable by the owner only.
    bool exportTo(const QString &path, ExportFormat format);
    // The view of one column of the board on screen, for tests and screenshots.
    QTreeView *columnView(int column) const;

public Q_SLOTS:
    void addCard();
    void removeSelectedCard();
    void groupSelectedCards();
    void ungroupSelectedCard();

private:
    void rebuildColumns();
    void rootColumns();
    void chooseColumnTitle(core::RetroColumnId column);
    void updateState();
    // How many calls the current cohort's program has.
    int callCount() const;
    void refillPeople();
    void refillCalls();
    void keepTabOrder();
    void showMessage(const QString &message);
    std::vector<core::RetroCardId> selectedCards() const;
    core::RetroCardId selectedCard();
    // The group whose heading is the one selection (0: none).
    core::RetroGroupId selectedGroup() const;

    const std::unique_ptr<Ui::RetroPage> m_ui;
    models::Workspace &m_workspace;
    models::RetroOpenActionsModel *m_openActions;
    RetroActionsPanel *m_panel;
    RetroExportPanel *m_export;
    RetroNewBoardPanel *m_newBoard;
    RetroPhaseBar *m_phaseBar;
    RetroVotePanel *m_votes;
    std::vector<core::RetroColumnId> m_columnIds;
    std::vector<QTreeView *> m_columnViews;
    std::vector<QWidget *> m_columnFrames;
    std::vector<QLabel *> m_columnTitles;
    QTreeView *m_lastView = nullptr;
    core::RetroCardId m_keepSelected = 0;
    QMetaObject::Connection m_resetConnection;
};

} // namespace convener::gui
