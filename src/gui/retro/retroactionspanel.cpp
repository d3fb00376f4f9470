// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/retro/retroactionspanel.h"

#include "core/retro/retrorules.h"
#include "gui/retro/retropeoplecombo.h"
#include "models/retro/retroactionsmodel.h"
#include "models/retro/retroboarddocument.h"
#include "models/retro/retrodiscussmodel.h"
#include "models/roster/rostermodel.h"
#include "models/workspace.h"
#include "ui_retroactionspanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QShortcut>

namespace convener::gui {

using models::RetroActionsModel;

RetroActionsPanel::RetroActionsPanel(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RetroActionsPanel>()), m_workspace(workspace),
      m_actions(new RetroActionsModel(workspace.retro(), this)),
      m_discuss(new models::RetroDiscussModel(workspace.retro(), this))
{
    m_ui->setupUi(this);
    m_ui->discussView->setModel(m_discuss);
    m_ui->actionsView->setModel(m_actions);
    auto *header = m_ui->actionsView->horizontalHeader();
    header->setSectionResizeMode(RetroActionsModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RetroActionsModel::DoneColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RetroActionsModel::OwnerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RetroActionsModel::DueColumn, QHeaderView::ResizeToContents);
    m_ui->actionDueSpin->setSpecialValueText(tr("No date"));

    connect(m_ui->addActionButton, &QPushButton::clicked, this, &RetroActionsPanel::addAction);
    connect(m_ui->actionTextEdit, &QLineEdit::returnPressed, this, &RetroActionsPanel::addAction);
    connect(m_ui->removeActionButton, &QPushButton::clicked, this, &RetroActionsPanel::removeSelectedAction);
    connect(m_ui->changeOwnerButton, &QPushButton::clicked, this, &RetroActionsPanel::changeSelectedOwner);
    auto *remove = new QShortcut(QKeySequence::Delete, m_ui->actionsView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &RetroActionsPanel::removeSelectedAction);

    const auto refill = [this] {
        fillPeopleCombo(m_ui->actionOwnerCombo, *m_workspace.people(), tr("Nobody yet"));
    };
    connect(workspace.people(), &QAbstractItemModel::modelReset, this, refill);
    connect(workspace.people(), &QAbstractItemModel::rowsInserted, this, refill);
    connect(workspace.people(), &QAbstractItemModel::rowsRemoved, this, refill);
    connect(workspace.people(), &QAbstractItemModel::dataChanged, this, refill);
    refill();

    connect(workspace.retro(), &models::RetroBoardDocument::boardChanged, this, &RetroActionsPanel::updateState);
    connect(m_ui->actionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetroActionsPanel::updateState);
    connect(m_actions, &QAbstractItemModel::modelReset, this, &RetroActionsPanel::updateState);
    updateState();
}

RetroActionsPanel::~RetroActionsPanel() = default;

void RetroActionsPanel::updateState()
{
    const auto *board = m_workspace.retro();
    const bool canAdd = board->hasBoard()
                        && core::RetroRules::phaseAllows(board->board().state.phase, core::RetroEdit::AddActionItem);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->actionTextEdit), static_cast<QWidget *>(m_ui->actionOwnerCombo),
                       static_cast<QWidget *>(m_ui->actionDueSpin), static_cast<QWidget *>(m_ui->addActionButton)})
        w->setEnabled(canAdd);
    m_ui->removeActionButton->setEnabled(canAdd && m_ui->actionsView->selectionModel()->hasSelection());
    // The owner combo doubles as the chooser for a new owner of the selected action.
    const bool canEdit = board->hasBoard()
                         && core::RetroRules::phaseAllows(board->board().state.phase, core::RetroEdit::EditActionItem);
    m_ui->changeOwnerButton->setEnabled(canEdit && m_ui->actionsView->selectionModel()->hasSelection());
    if (!board->hasBoard())
        m_ui->discussHint->setText(tr("No board yet."));
    else if (!core::RetroRules::talliesVisible(board->board().state))
        m_ui->discussHint->setText(tr("The topics appear here, most votes first, once voting is over "
                                      "(the Discuss phase)."));
    else
        m_ui->discussHint->setText(tr("Talk through the topics in this order; groups count the votes of all their cards."));
    m_ui->actionTextEdit->setPlaceholderText(canAdd ? tr("One concrete change for the next program")
                                                    : tr("Action items are added in the Discuss and Actions phases"));
}

void RetroActionsPanel::addAction()
{
    const int due = m_ui->actionDueSpin->value();
    m_workspace.retro()->addAction(m_ui->actionTextEdit->text(), chosenPerson(m_ui->actionOwnerCombo),
        due > 0 ? std::optional<int>(due) : std::nullopt);
    if (m_actions->rowCount() > 0 && m_ui->actionTextEdit->text().trimmed() == QString::fromStdString(
                                                                                  m_actions->action(m_actions->rowCount() - 1).text))
        m_ui->actionTextEdit->clear();
}

void RetroActionsPanel::changeSelectedOwner()
{
    const auto rows = m_ui->actionsView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    core::RetroAction changed = m_actions->action(rows.front().row());
    changed.owner = chosenPerson(m_ui->actionOwnerCombo);
    m_workspace.retro()->editAction(changed);
}

void RetroActionsPanel::removeSelectedAction()
{
    const auto rows = m_ui->actionsView->selectionModel()->selectedRows();
    if (rows.size() == 1)
        m_workspace.retro()->removeAction(m_actions->action(rows.front().row()).id);
}

} // namespace convener::gui
