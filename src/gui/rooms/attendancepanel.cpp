// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/rooms/attendancepanel.h"

#include "models/rooms/attendancemodel.h"
#include "ui_attendancepanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QUndoStack>
#include <set>

namespace convener::gui {

using models::AttendanceModel;

AttendancePanel::AttendancePanel(models::AttendanceModel &model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttendancePanel>())
    , m_model(model)
    , m_undoStack(undoStack)
{
    m_ui->setupUi(this);
    m_ui->attendanceView->setModel(&model);
    m_ui->attendanceView->verticalHeader()->hide();
    m_ui->attendanceView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceModel::NameColumn, QHeaderView::Stretch);
    m_ui->attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceModel::StatusColumn, QHeaderView::ResizeToContents);
    m_ui->attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceModel::ArrivedColumn, QHeaderView::ResizeToContents);

    connect(m_ui->presentButton, &QPushButton::clicked, this, [this] { markSelected(core::AttendanceStatus::Present); });
    connect(m_ui->absentButton, &QPushButton::clicked, this, [this] { markSelected(core::AttendanceStatus::Absent); });
    connect(m_ui->lateButton, &QPushButton::clicked, this, [this] { markSelected(core::AttendanceStatus::Late); });
    connect(m_ui->attendanceView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttendancePanel::updateState);
    connect(&model, &QAbstractItemModel::modelReset, this, &AttendancePanel::updateState);
    connect(&model, &QAbstractItemModel::dataChanged, this, &AttendancePanel::updateState);
    updateState();
}

AttendancePanel::~AttendancePanel() = default;

void AttendancePanel::markSelected(core::AttendanceStatus status)
{
    std::set<int> rows;
    for (const QModelIndex &index : m_ui->attendanceView->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty())
        return;
    QUndoStack *undo = m_undoStack;
    const bool several = rows.size() > 1;
    if (several)
        undo->beginMacro(tr("Mark people: %1").arg(AttendanceModel::statusText(status)));
    for (const int row : rows)
        m_model.setStatus(row, status);
    if (several)
        undo->endMacro();
    m_ui->attendanceView->setFocus();
}

void AttendancePanel::updateState()
{
    const AttendanceModel *model = &m_model;
    const bool selected = m_ui->attendanceView->selectionModel()->hasSelection();
    for (QPushButton *button : {m_ui->presentButton, m_ui->absentButton, m_ui->lateButton})
        button->setEnabled(selected);
    m_ui->attendanceCounts->setText(model->rowCount() == 0
                                        ? tr("Choose a call to mark who is here.")
                                        : tr("Present: %1 · Late: %2 · Absent: %3")
                                              .arg(model->count(core::AttendanceStatus::Present))
                                              .arg(model->count(core::AttendanceStatus::Late))
                                              .arg(model->count(core::AttendanceStatus::Absent)));
}

} // namespace convener::gui
