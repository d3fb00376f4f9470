// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/rooms/roomspage.h"

#include "gui/rooms/attendancepanel.h"
#include "gui/rooms/encountermappanel.h"
#include "gui/rooms/roomplanpanel.h"
#include "gui/rooms/roomrulespanel.h"
#include "models/rooms/attendancemodel.h"
#include "models/rooms/encountermapmodel.h"
#include "models/rooms/roomhandoverexporter.h"
#include "models/rooms/roomplanning.h"
#include "models/rooms/roomsdocument.h"
#include "models/text.h"
#include "models/workspace.h"
#include "ui_roomspage.h"

#include <QDate>
#include <QLocale>
#include <QSplitter>

namespace convener::gui {

using models::toQt;

RoomsPage::RoomsPage(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RoomsPage>())
    , m_workspace(workspace)
    , m_document(workspace.rooms())
{
    m_ui->setupUi(this);
    m_attendance = new AttendancePanel(*m_document->attendance(), workspace.undoStack());
    m_plan = new RoomPlanPanel(workspace);
    m_rules = new RoomRulesPanel(workspace);
    // Who is here above the rules the plan follows: both are settled before planning.
    auto *left = new QSplitter(Qt::Vertical);
    left->setObjectName(QStringLiteral("attendanceSplitter"));
    left->addWidget(m_attendance);
    left->addWidget(m_rules);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("roomsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_plan);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    m_ui->planLayout->addWidget(splitter);
    m_map = new EncounterMapPanel(*m_document->encounters());
    m_ui->mapLayout->addWidget(m_map);

    connect(workspace.roomHandover(), &models::RoomHandoverExporter::storageFailed, &workspace,
        &models::Workspace::storageFailed);
    connect(m_map, &EncounterMapPanel::problem, &workspace, &models::Workspace::storageFailed);
    connect(m_document, &models::RoomsDocument::callsChanged, this, &RoomsPage::fillCalls);
    connect(m_document, &models::RoomsDocument::callChanged, this, [this](int call) {
        const int index = m_ui->roomsCallCombo->findData(call);
        if (index != m_ui->roomsCallCombo->currentIndex())
            m_ui->roomsCallCombo->setCurrentIndex(index);
    });
    connect(workspace.roomPlanning(), &models::RoomPlanning::busyChanged, m_ui->roomsCallCombo, &QWidget::setDisabled);
    connect(m_ui->roomsCallCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0)
            m_document->setCall(m_ui->roomsCallCombo->itemData(index).toInt());
    });
    // An edited cohort may bring a new name (the chat text's heading), new hosts
    // (kept apart in the rooms) or new call dates; the call on screen stays.
    connect(&workspace, &models::Workspace::currentCohortEdited, this, [this](core::CohortId cohort) {
        const int call = m_document->call();
        m_document->setCohort(cohort);
        selectCall(call);
    });
    m_document->setCohort(workspace.currentCohort());
}

RoomsPage::~RoomsPage() = default;

void RoomsPage::fillCalls()
{
    m_filling = true;
    m_ui->roomsCallCombo->clear();
    for (const auto &call : m_document->calls()) {
        const QString title = toQt(call.call.title);
        const QDate date = QDate::fromString(toQt(call.call.plannedStart).left(10), Qt::ISODate);
        const QString plain = tr("Call %1").arg(call.number);
        // Program templates often name their calls "Call 1: ..." already.
        QString text = title.isEmpty()                ? plain
                       : title.startsWith(plain)      ? title
                                                      : tr("Call %1: %2").arg(call.number).arg(title);
        if (date.isValid())
            text = tr("%1 (%2)").arg(text, QLocale().toString(date, QLocale::ShortFormat));
        m_ui->roomsCallCombo->addItem(text, call.number);
    }
    m_ui->roomsCallCombo->setEnabled(m_ui->roomsCallCombo->count() > 0);
    m_ui->callHint->setText(m_ui->roomsCallCombo->count() == 0 ? tr("This cohort follows no program, so it has no calls to plan rooms for.")
                                                          : QString());
    m_filling = false;
}

void RoomsPage::selectCall(int callNumber)
{
    const int index = m_ui->roomsCallCombo->findData(callNumber);
    if (index >= 0)
        m_ui->roomsCallCombo->setCurrentIndex(index);
}

void RoomsPage::showEvent(QShowEvent *event)
{
    // Members may have joined or left in the People area since: read them again.
    if (!m_workspace.roomPlanning()->busy())
        m_document->reload();
    QWidget::showEvent(event);
}

} // namespace convener::gui
