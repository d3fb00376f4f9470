// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/rooms/roomplanpanel.h"

#include "gui/copyconfirmation.h"
#include "models/rooms/attendancemodel.h"
#include "models/rooms/roomhandoverexporter.h"
#include "models/rooms/roomplanning.h"
#include "models/rooms/roomroundeditor.h"
#include "models/rooms/roomroundmodel.h"
#include "models/rooms/roomsdocument.h"
#include "models/text.h"
#include "models/workspace.h"
#include "ui_roomplanpanel.h"

#include <algorithm>
#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabBar>

namespace convener::gui {

using models::RoomRoundModel;
using models::toQt;

RoomPlanPanel::RoomPlanPanel(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RoomPlanPanel>())
    , m_document(*workspace.rooms())
    , m_planning(*workspace.roomPlanning())
    , m_editor(*workspace.roomEditor())
    , m_handover(*workspace.roomHandover())
    , m_roundTabs(new QTabBar(this))
    , m_roleMenuAction(new QAction(tr("Change role…"), this))
    , m_earlierAction(new QAction(tr("Earlier turn"), this))
    , m_laterAction(new QAction(tr("Later turn"), this))
{
    m_ui->setupUi(this);
    m_roundTabs->setObjectName(QStringLiteral("roundTabs"));
    m_roundTabs->setAccessibleName(tr("Rounds of the call"));
    m_roundTabs->setExpanding(false);
    m_ui->roundTabsLayout->addWidget(m_roundTabs);
    m_ui->roomsTree->setModel(m_document.rooms());
    m_ui->roomsTree->setDropIndicatorShown(true);
    m_ui->roomsTree->header()->setSectionResizeMode(RoomRoundModel::NameColumn, QHeaderView::ResizeToContents);
    m_ui->roomsTree->header()->setSectionResizeMode(RoomRoundModel::RoleColumn, QHeaderView::ResizeToContents);
    m_ui->roomsTree->header()->setStretchLastSection(true);
    m_ui->planProgress->hide();
    m_ui->cancelButton->hide();

    // Role changes act on the person selected in the tree, so their keys work while it has the focus.
    m_roleMenuAction->setObjectName(QStringLiteral("roleMenuAction"));
    m_roleMenuAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_earlierAction->setObjectName(QStringLiteral("earlierTurnAction"));
    m_earlierAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_laterAction->setObjectName(QStringLiteral("laterTurnAction"));
    m_laterAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *action : {m_roleMenuAction, m_earlierAction, m_laterAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setShortcutVisibleInContextMenu(true);
        m_ui->roomsTree->addAction(action);
    }
    // A right-click arrives at the viewport, the Menu key at the tree itself.
    m_ui->roomsTree->installEventFilter(this);
    m_ui->roomsTree->viewport()->installEventFilter(this);
    connect(m_roleMenuAction, &QAction::triggered, this, [this] { showRoleMenu(menuPositionAtCurrent()); });
    connect(m_earlierAction, &QAction::triggered, this, [this] { moveSelectedTurn(-1); });
    connect(m_laterAction, &QAction::triggered, this, [this] { moveSelectedTurn(1); });

    connect(m_ui->planButton, &QPushButton::clicked, &m_planning, &models::RoomPlanning::plan);
    connect(m_ui->replanButton, &QPushButton::clicked, &m_planning, &models::RoomPlanning::replanRest);
    connect(m_ui->cancelButton, &QPushButton::clicked, &m_planning, &models::RoomPlanning::cancel);
    connect(m_ui->swapButton, &QPushButton::clicked, this, &RoomPlanPanel::swapSelected);
    connect(m_ui->moveButton, &QPushButton::clicked, this, &RoomPlanPanel::moveSelected);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &RoomPlanPanel::recordShownRound);
    connect(m_ui->copyChatButton, &QPushButton::clicked, this, &RoomPlanPanel::copyChatText);
    connect(m_ui->copyCoHostButton, &QPushButton::clicked, this, &RoomPlanPanel::copyCoHostList);
    connect(m_ui->saveZoomButton, &QPushButton::clicked, this, &RoomPlanPanel::chooseZoomFile);
    connect(m_ui->saveJsonButton, &QPushButton::clicked, this, &RoomPlanPanel::chooseJsonFile);
    connect(m_roundTabs, &QTabBar::currentChanged, this, [this](int tab) {
        if (!m_rebuilding && tab >= 0)
            m_document.showRound(m_roundTabs->tabData(tab).toInt());
    });

    connect(&m_planning, &models::RoomPlanning::busyChanged, this, &RoomPlanPanel::setBusy);
    connect(&m_planning, &models::RoomPlanning::finished, this,
        [this](bool, const QString &message) { showMessage(message); });
    connect(&m_document, &models::RoomsDocument::callChanged, this, [this] { showMessage({}); });
    connect(&m_document, &models::RoomsDocument::planChangedElsewhere, this, [this] { showMessage({}); });
    connect(&m_document, &models::RoomsDocument::roundsChanged, this, &RoomPlanPanel::rebuildTabs);
    connect(m_document.rooms(), &QAbstractItemModel::modelReset, this, &RoomPlanPanel::updateRound);
    connect(m_document.attendance(), &models::AttendanceModel::attendanceChanged, this, [this] {
        if (!m_document.rounds().empty())
            showMessage(tr("Attendance changed since the rooms were planned: Re-plan the rest seats the people who are here."));
    });
    connect(&m_document, &models::RoomsDocument::rulesChanged, this, [this] {
        if (std::any_of(m_document.rounds().begin(), m_document.rounds().end(),
                [](const core::RoomRound &r) { return !r.recorded(); }))
            showMessage(tr("Who is kept apart or where the hosts sit changed since the rooms were planned: Re-plan the rest follows the change."));
    });
    connect(m_ui->roomsTree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoomPlanPanel::updateState);
    rebuildTabs();
}

RoomPlanPanel::~RoomPlanPanel() = default;

void RoomPlanPanel::showMessage(const QString &text)
{
    m_ui->planMessage->setText(text);
    m_ui->planMessage->setVisible(!text.isEmpty());
}

void RoomPlanPanel::setBusy(bool busy)
{
    m_ui->planProgress->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    if (busy) {
        showMessage(tr("Planning the rooms…"));
        m_ui->cancelButton->setFocus();
    }
    updateState();
}

void RoomPlanPanel::rebuildTabs()
{
    m_rebuilding = true;
    while (m_roundTabs->count() > 0)
        m_roundTabs->removeTab(0);
    for (const auto &round : m_document.rounds()) {
        const QString title = round.recorded() ? tr("Round %1: %2 (recorded)") : tr("Round %1: %2");
        const int tab = m_roundTabs->addTab(title.arg(round.number).arg(toQt(round.stepTitle)));
        m_roundTabs->setTabData(tab, round.number);
        if (round.number == m_document.shownRound())
            m_roundTabs->setCurrentIndex(tab);
    }
    m_roundTabs->setVisible(m_roundTabs->count() > 0);
    m_rebuilding = false;
    m_ui->summaryLabel->setText(m_document.summaryText());
    updateRound();
}

void RoomPlanPanel::updateRound()
{
    const auto &round = m_document.rooms()->round();
    m_ui->roomsTree->expandAll();
    if (round.rooms.empty()) {
        m_ui->roundInfo->clear();
    } else if (round.recorded()) {
        m_ui->roundInfo->setText(tr("%1, groups of %2. Recorded at %3 (UTC): this round is history and stays as it was run.")
                                     .arg(toQt(round.stepTitle))
                                     .arg(round.groupSize)
                                     .arg(toQt(round.recordedAt).replace(QLatin1Char('T'), QLatin1Char(' ')).remove(QLatin1Char('Z'))));
    } else {
        const auto *rooms = m_document.rooms();
        QString info = tr("%1, groups of %2. Drag a person to another room, or select two people and swap them.")
                           .arg(toQt(round.stepTitle))
                           .arg(round.groupSize);
        if (rooms->hasTurnOrder())
            info += QLatin1Char(' ') + tr("Change someone's turn from their menu (right-click, Ctrl+R) or with Alt+Up and Alt+Down.");
        else if (!rooms->handRoles().isEmpty())
            info += QLatin1Char(' ') + tr("Give someone a role from their menu (right-click or Ctrl+R).");
        m_ui->roundInfo->setText(info);
    }
    m_ui->moveCombo->clear();
    for (size_t r = 0; r < round.rooms.size(); ++r)
        m_ui->moveCombo->addItem(tr("Room %1").arg(r + 1), static_cast<int>(r) + 1);
    if (!round.rooms.empty())
        m_ui->moveCombo->addItem(tr("A new room"), static_cast<int>(round.rooms.size()) + 1);
    const QStringList missing
        = m_document.shownRound() > 0 ? m_handover.withoutEmail(m_document.shownRound()) : QStringList();
    m_ui->withoutEmailLabel->setText(missing.isEmpty() ? QString()
                                                       : tr("Not in the CSV (no email), assign by hand: %1").arg(missing.join(QStringLiteral(", "))));
    m_ui->withoutEmailLabel->setVisible(!missing.isEmpty());
    updateState();
}

void RoomPlanPanel::updateState()
{
    const bool busy = m_planning.busy();
    const bool hasCall = m_document.call() > 0;
    const auto &round = m_document.rooms()->round();
    const bool hasRound = !round.rooms.empty();
    const bool editable = hasRound && !round.recorded() && !busy;
    const bool anyRecorded = std::any_of(
        m_document.rounds().begin(), m_document.rounds().end(), [](const core::RoomRound &r) { return r.recorded(); });
    const size_t selected = selectedPeople().size();
    m_ui->planButton->setEnabled(hasCall && !busy);
    m_ui->replanButton->setEnabled(hasCall && !busy && !m_document.rounds().empty());
    m_ui->planButton->setToolTip(anyRecorded ? tr("Plan the rounds not yet recorded from scratch; recorded rounds stay as they were run")
                                             : tr("Plan every round of the call from the whole history of who met whom"));
    m_ui->swapButton->setEnabled(editable && selected == 2);
    m_ui->moveButton->setEnabled(editable && selected == 1);
    m_ui->moveCombo->setEnabled(editable);
    m_ui->recordButton->setEnabled(editable);
    m_ui->roomsTree->setDragEnabled(editable);
    const bool roleEditable = editable && selected == 1 && !m_document.rooms()->handRoles().isEmpty();
    m_roleMenuAction->setEnabled(hasRound && selected == 1);
    m_earlierAction->setEnabled(roleEditable && m_document.rooms()->hasTurnOrder());
    m_laterAction->setEnabled(roleEditable && m_document.rooms()->hasTurnOrder());
    m_ui->handoverBox->setEnabled(hasRound);
}

std::vector<core::PersonId> RoomPlanPanel::selectedPeople() const
{
    std::vector<core::PersonId> people;
    for (const QModelIndex &index : m_ui->roomsTree->selectionModel()->selectedRows()) {
        if (index.parent().isValid())
            people.push_back(index.data(RoomRoundModel::PersonIdRole).toLongLong());
    }
    return people;
}

void RoomPlanPanel::swapSelected()
{
    const auto people = selectedPeople();
    if (people.size() == 2)
        m_editor.swapSeats(m_document.shownRound(), people[0], people[1]);
}

void RoomPlanPanel::moveSelected()
{
    const auto people = selectedPeople();
    if (people.size() != 1)
        return;
    m_editor.moveToRoom(m_document.shownRound(), people[0], m_ui->moveCombo->currentData().toInt());
    const QModelIndex moved = m_document.rooms()->indexOf(people[0]);
    m_ui->roomsTree->setCurrentIndex(moved);
}

void RoomPlanPanel::selectPerson(core::PersonId person)
{
    const QModelIndex index = m_document.rooms()->indexOf(person);
    if (!index.isValid())
        return;
    m_ui->roomsTree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RoomPlanPanel::setSelectedRole(const QString &role, int turn)
{
    const auto people = selectedPeople();
    if (people.size() != 1)
        return;
    const QString refused = m_editor.changeRole(m_document.shownRound(), people[0], role, turn);
    // The rooms were read again: keep the person selected so the next key acts on them too.
    selectPerson(people[0]);
    if (!refused.isEmpty())
        showMessage(refused);
}

void RoomPlanPanel::moveSelectedTurn(int places)
{
    const auto people = selectedPeople();
    auto *rooms = m_document.rooms();
    if (people.size() != 1 || !rooms->hasTurnOrder())
        return;
    const QModelIndex index = rooms->indexOf(people[0]);
    const int seats = rooms->rowCount(index.parent());
    const int turn = std::clamp(index.data(RoomRoundModel::TurnRole).toInt() + places, 1, seats);
    const QString role = rooms->handRoles().value(0);
    if (turn != index.data(RoomRoundModel::TurnRole).toInt() || index.data(RoomRoundModel::SeatRoleRole).toString() != role)
        setSelectedRole(role, turn);
}

void RoomPlanPanel::fillRoleMenu(QMenu &menu)
{
    const auto people = selectedPeople();
    const auto *rooms = m_document.rooms();
    const auto &round = rooms->round();
    const auto explain = [&menu](const QString &text) { menu.addAction(text)->setEnabled(false); };
    if (people.size() != 1) {
        explain(tr("Select one person to change their role"));
        return;
    }
    const QModelIndex index = rooms->indexOf(people[0]);
    const QString role = index.data(RoomRoundModel::SeatRoleRole).toString();
    const int turn = index.data(RoomRoundModel::TurnRole).toInt();
    menu.addSection(tr("Role of %1").arg(m_document.nameOf(people[0])));
    if (round.recorded()) {
        explain(tr("The round is recorded: its roles stay as they were run"));
        return;
    }
    const QStringList roles = rooms->handRoles();
    if (roles.isEmpty()) {
        explain(m_document.stepOf(round.number) ? tr("This step has no roles to give")
                                                : tr("The step of this round is no longer in the agenda"));
        return;
    }
    if (rooms->hasTurnOrder()) {
        const int seats = rooms->rowCount(index.parent());
        for (int t = 1; t <= seats; ++t) {
            QAction *action = menu.addAction(tr("%1, turn &%2").arg(roles.front()).arg(t));
            action->setCheckable(true);
            action->setChecked(role == roles.front() && turn == t);
            connect(action, &QAction::triggered, this, [this, r = roles.front(), t] { setSelectedRole(r, t); });
        }
        menu.addSeparator();
        menu.addAction(m_earlierAction);
        menu.addAction(m_laterAction);
        return;
    }
    for (const QString &name : roles) {
        QAction *action = menu.addAction(name);
        action->setCheckable(true);
        action->setChecked(role == name);
        connect(action, &QAction::triggered, this, [this, name] { setSelectedRole(name, 0); });
    }
    QAction *none = menu.addAction(tr("No role of their own"));
    none->setCheckable(true);
    none->setChecked(!roles.contains(role));
    connect(none, &QAction::triggered, this, [this] { setSelectedRole(QString(), 0); });
}

QPoint RoomPlanPanel::menuPositionAtCurrent() const
{
    const QModelIndex current = m_ui->roomsTree->currentIndex();
    const QRect rect = current.isValid() ? m_ui->roomsTree->visualRect(current) : QRect();
    return m_ui->roomsTree->viewport()->mapToGlobal(rect.bottomLeft());
}

bool RoomPlanPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu || (watched != m_ui->roomsTree && watched != m_ui->roomsTree->viewport()))
        return QWidget::eventFilter(watched, event);
    const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    if (menuEvent->reason() == QContextMenuEvent::Mouse && watched == m_ui->roomsTree->viewport()) {
        // Right-clicking someone not selected acts on them, as a left click would have chosen them.
        const QModelIndex at = m_ui->roomsTree->indexAt(menuEvent->pos());
        if (at.isValid() && !m_ui->roomsTree->selectionModel()->isRowSelected(at.row(), at.parent()))
            m_ui->roomsTree->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        showRoleMenu(menuEvent->globalPos());
    } else {
        showRoleMenu(menuPositionAtCurrent());
    }
    return true;
}

void RoomPlanPanel::showRoleMenu(const QPoint &globalPos)
{
    // Shown without blocking, and gone when closed: only one at a time.
    if (auto *open = findChild<QMenu *>(QStringLiteral("roleMenu"))) {
        open->setObjectName(QString());                       // it is deleted later, after this one opens
        open->close();
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("roleMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    fillRoleMenu(*menu);
    menu->popup(globalPos);
}

void RoomPlanPanel::recordShownRound()
{
    const int round = m_document.shownRound();
    if (round == 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Record round %1").arg(round),
        tr("Record round %1 as it is now? Do this when the round has started: it becomes history of who met whom, "
           "later plans build on it, and it cannot be undone or changed.")
            .arg(round),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes && m_document.recordRound(round))
        showMessage(tr("Round %1 is recorded. It is history now; undo does not change it.").arg(round));
}

void RoomPlanPanel::copyChatText()
{
    QGuiApplication::clipboard()->setText(m_handover.chatText(m_document.shownRound()));
    showMessage(tr("The chat text of round %1 is on the clipboard.").arg(m_document.shownRound()));
    confirmCopied(m_ui->copyChatButton);
}

void RoomPlanPanel::copyCoHostList()
{
    QGuiApplication::clipboard()->setText(m_handover.coHostList(m_document.shownRound()));
    showMessage(tr("The co-host list of round %1 is on the clipboard.").arg(m_document.shownRound()));
    confirmCopied(m_ui->copyCoHostButton);
}

QString RoomPlanPanel::suggestedFile(const QString &suffix) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(
        tr("rooms-call-%1-round-%2").arg(m_document.call()).arg(m_document.shownRound()) + suffix);
}

void RoomPlanPanel::chooseZoomFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Zoom pre-assignment file"), suggestedFile(QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveZoomCsv(path);
}

void RoomPlanPanel::chooseJsonFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the round as JSON"), suggestedFile(QStringLiteral(".json")),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        saveJson(path);
}

bool RoomPlanPanel::saveZoomCsv(const QString &path)
{
    if (!m_handover.saveZoomCsv(m_document.shownRound(), path))
        return false;
    const QStringList missing = m_handover.withoutEmail(m_document.shownRound());
    showMessage(missing.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                                  : tr("Saved %1. Without an email, so not in the file: %2.")
                                        .arg(QDir::toNativeSeparators(path), missing.join(QStringLiteral(", "))));
    return true;
}

bool RoomPlanPanel::saveJson(const QString &path)
{
    if (!m_handover.saveRoundJson(m_document.shownRound(), path))
        return false;
    showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace convener::gui
