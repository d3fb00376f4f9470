// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include "gui/aboutdialog.h"
#include "gui/connectionstatus.h"
#include "gui/exportactions.h"
#include "gui/journal/journalpage.h"
#include "gui/live/livepage.h"
#include "gui/people/cohortdialog.h"
#include "gui/people/peoplepage.h"
#include "gui/program/programpage.h"
#include "gui/retro/retropage.h"
#include "gui/rooms/roomspage.h"
#include "gui/server/serverconnectdialog.h"
#include "gui/welcomepage.h"
#include "models/dailybackup.h"
#include "models/databasesession.h"
#include "models/program/callstepsmodel.h"
#include "models/roster/cohortlistmodel.h"
#include "models/roster/rostermodel.h"
#include "models/server/serverlogin.h"
#include "models/storageerror.h"
#include "models/workspace.h"
#include "ui_mainwindow.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>
#include <QUndoStack>

namespace convener::gui {

MainWindow::MainWindow(models::Workspace &workspace, const QDate &today, const QString &systemTimeZone,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace), m_today(today),
      m_systemTimeZone(systemTimeZone), m_cohortCombo(new QComboBox(this)), m_people(new PeoplePage(workspace, this)),
      m_welcomeStack(new QStackedWidget(this))
{
    m_ui->setupUi(this);

    auto *cohortLabel = new QLabel(tr("&Cohort:"), this);
    cohortLabel->setBuddy(m_cohortCombo);
    cohortLabel->setContentsMargins(8, 0, 4, 0);
    m_cohortCombo->setModel(workspace.cohorts());
    m_cohortCombo->setMinimumContentsLength(24);
    m_cohortCombo->setAccessibleName(tr("Cohort"));
    m_cohortCombo->setToolTip(tr("The cohort you are working with"));
    m_ui->mainToolBar->addWidget(cohortLabel);
    m_ui->mainToolBar->addWidget(m_cohortCombo);
    m_ui->mainToolBar->addAction(m_ui->actionNewCohort);

    QAction *undo = workspace.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = workspace.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->editMenu->addAction(undo);
    m_ui->editMenu->addAction(redo);

    addArea(m_people, tr("People"), QStringLiteral("system-users"));
    addArea(new ProgramPage(workspace, this), tr("Program"), QStringLiteral("view-calendar-list"));
    auto *live = new LivePage(workspace, this);
    addArea(live, tr("Live"), QStringLiteral("media-playback-start"));
    addArea(new RoomsPage(workspace, this), tr("Rooms"), QStringLiteral("view-grid"));
    addArea(new RetroPage(workspace, this), tr("Retro"), QStringLiteral("view-list-details"));
    auto *journal = new JournalPage(workspace, this);
    journal->followRun(live->run());
    addArea(journal, tr("Journal"), QStringLiteral("accessories-text-editor"));
    m_ui->areaList->setCurrentRow(0);
    connect(m_ui->areaList, &QListWidget::currentRowChanged, m_ui->areaStack, &QStackedWidget::setCurrentIndex);

    connect(m_ui->actionNewCohort, &QAction::triggered, this, &MainWindow::newCohort);
    connect(m_ui->actionEditCohort, &QAction::triggered, this, &MainWindow::editCohort);
    connect(m_ui->actionImportPeople, &QAction::triggered, m_people, &PeoplePage::chooseImportFile);
    connect(m_ui->actionExportPeople, &QAction::triggered, m_people, &PeoplePage::chooseExportFile);
    auto *exports = new ExportActions(workspace, this);
    m_ui->fileMenu->insertActions(m_ui->actionQuit, {exports->runSheetAction(), exports->calendarAction()});
    m_ui->fileMenu->insertSeparator(m_ui->actionQuit);
    connect(exports, &ExportActions::problem, this, &MainWindow::showProblem);
    connect(exports, &ExportActions::exported, this, [this](const QString &path) {
        m_ui->statusBar->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionConnectToServer->setVisible(false);
    connect(m_ui->actionConnectToServer, &QAction::triggered, this, &MainWindow::openServerConnect);
    connect(m_ui->actionWorkLocally, &QAction::triggered, this,
        [this] { Q_EMIT switchRequested(models::DatabaseTarget::thisComputer()); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    connect(m_people, &PeoplePage::newCohortRequested, this, &MainWindow::newCohort);
    connect(m_people, &PeoplePage::demoRequested, this, &MainWindow::openDemo);
    connect(&workspace, &models::Workspace::storageFailed, this, &MainWindow::showProblem);
    // A co-host's change on the team server was read in: say so briefly, without a dialog.
    connect(&workspace, &models::Workspace::changedElsewhere, this,
        [this](const QString &message) { m_ui->statusBar->showMessage(message, 8000); });

    connect(m_cohortCombo, &QComboBox::currentIndexChanged, this, [this](int row) {
        const auto id = row >= 0 ? m_workspace.cohorts()->cohort(row).id : 0;
        m_workspace.setCurrentCohort(id);
    });
    connect(&workspace, &models::Workspace::currentCohortChanged, this, &MainWindow::selectCurrentCohortInCombo);
    connect(workspace.cohorts(), &QAbstractItemModel::modelReset, this, &MainWindow::selectCurrentCohortInCombo);
    connect(workspace.cohorts(), &QAbstractItemModel::dataChanged, this, &MainWindow::selectCurrentCohortInCombo);

    // First start: a welcome page in place of the areas until there is a cohort.
    auto *welcome = new WelcomePage(this);
    m_welcomeStack->addWidget(welcome);
    m_welcomeStack->addWidget(takeCentralWidget());
    setCentralWidget(m_welcomeStack);
    connect(welcome, &WelcomePage::newCohortRequested, this, &MainWindow::newCohort);
    connect(welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(workspace.cohorts(), &QAbstractItemModel::modelReset, this, &MainWindow::showWelcomeWhileEmpty);
    connect(workspace.cohorts(), &QAbstractItemModel::rowsInserted, this, &MainWindow::showWelcomeWhileEmpty);
    showWelcomeWhileEmpty();

    m_ui->statusBar->showMessage(tr("Database: %1").arg(workspace.databasePath()));
    if (workspace.connection() != models::Workspace::Connection::Local)
        m_ui->statusBar->addPermanentWidget(new ConnectionStatus(workspace, this));
    selectCurrentCohortInCombo();
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(QWidget *page, const QString &name, const QString &iconName)
{
    m_ui->areaStack->addWidget(page);
    auto *item = new QListWidgetItem(QIcon::fromTheme(iconName), name, m_ui->areaList);
    item->setToolTip(name);
    const int index = m_ui->areaList->count();
    auto *shortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(index)), this);
    connect(shortcut, &QShortcut::activated, this, [this, index] { m_ui->areaList->setCurrentRow(index - 1); });
}

void MainWindow::showWelcomeWhileEmpty()
{
    const bool empty = m_workspace.cohorts()->rowCount() == 0;
    m_welcomeStack->setCurrentIndex(empty ? 0 : 1);
    m_ui->mainToolBar->setVisible(!empty);
}

void MainWindow::selectCurrentCohortInCombo()
{
    const int row = m_workspace.cohorts()->rowOf(m_workspace.currentCohort());
    m_ui->actionEditCohort->setEnabled(row >= 0);
    if (m_cohortCombo->currentIndex() != row)
        m_cohortCombo->setCurrentIndex(row);
    setWindowTitle(row >= 0 ? tr("%1 - Convener").arg(m_cohortCombo->itemText(row)) : tr("Convener"));
}

void MainWindow::newCohort()
{
    CohortDialog dialog(m_today, m_systemTimeZone, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = m_workspace.cohorts()->create(dialog.cohort(), dialog.programId(), dialog.hosts());
    if (id != 0)
        m_workspace.setCurrentCohort(id);
}

void MainWindow::editCohort()
{
    const int row = m_workspace.cohorts()->rowOf(m_workspace.currentCohort());
    if (row < 0)
        return;
    std::vector<std::string> hosts;
    for (const core::Role role : {core::Role::Host, core::Role::CoHost}) {
        for (const core::Member &m : m_workspace.people()->members())
            if (m.role == role)
                hosts.push_back(m.person.displayName);
    }
    std::vector<std::string> starts;
    for (const auto &call : m_workspace.program()->calls())
        starts.push_back(call.call.plannedStart);
    auto *dialog = new CohortDialog(m_today, m_systemTimeZone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editCohort(m_workspace.cohorts()->cohort(row), hosts, starts);
    connect(dialog, &CohortDialog::changesConfirmed, this, [this, dialog] {
        if (const auto stored = m_workspace.editCurrentCohort(dialog->cohort(), dialog->hosts()); !stored) {
            dialog->refuse(models::describe(stored.error()));
            return;
        }
        dialog->accept();
        m_ui->statusBar->showMessage(tr("The cohort's changes are saved."), 10000);
    });
    dialog->open();
}

void MainWindow::openDemo()
{
    m_workspace.openDemo();
}

void MainWindow::showProblem(const QString &message)
{
    // Not modal: a host in the middle of a call can read it and carry on.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Convener"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_ui->statusBar->showMessage(message, 15000);
}

void MainWindow::setSession(models::DatabaseSession *session)
{
    m_session = session;
    m_ui->actionConnectToServer->setVisible(session != nullptr);
    m_ui->actionWorkLocally->setVisible(session && session->onServer());
}

void MainWindow::openServerConnect()
{
    if (!m_session)
        return;
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    auto *dialog = new ServerConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session->lastServer())
        dialog->setAddress(*m_session->lastServer());
    dialog->setKeychainProblem(m_session->login().keychainProblem());
    connect(dialog, &ServerConnectDialog::connectRequested, this,
        [this, dialog] { Q_EMIT switchRequested(dialog->target()); });
    m_connectDialog = dialog;
    dialog->open();
}

void MainWindow::refuseSwitch(const models::OpenFailure &failure)
{
    if (!m_connectDialog) {
        showProblem(models::describe(failure));
        return;
    }
    if (failure.storedPasswordRefused)
        m_connectDialog->setRememberPassword(true);
    m_connectDialog->refuse(models::describe(failure), failure.wantsPassword());
}

void MainWindow::followBackup(const models::DailyBackup *backup)
{
    connect(backup, &models::DailyBackup::saved, this, [this](const QString &path, qint64 bytes) {
        const QFileInfo file(path);
        // Quiet on purpose: nothing to act on, so no dialog, and gone after a while.
        m_ui->statusBar->showMessage(tr("Today's backup is saved: %1 (%2) in %3")
                                         .arg(file.fileName(),
                                              QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat),
                                              QDir::toNativeSeparators(file.absolutePath())),
                                     10000);
    });
    connect(backup, &models::DailyBackup::failed, this, [this](const QString &message) {
        showProblem(tr("Today's automatic backup could not be taken: %1").arg(message));
    });
}

} // namespace convener::gui
