// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

// Complete here, so that switchRequested() can be queued.
#include "models/databasetarget.h"
#include "models/openfailure.h"

#include <memory>
#include <QDate>
#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QStackedWidget;

namespace Ui {
class MainWindow;
}

namespace convener::models {
class DailyBackup;
class DatabaseSession;
class Workspace;
}

namespace convener::gui {

class PeoplePage;
class ServerConnectDialog;

// The window hosts live in: the areas on the left (only those that are built),
// the cohort chooser on top, undo and redo in the Edit menu.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // today and systemTimeZone are handed in by the app, which owns the clock.
    MainWindow(models::Workspace &workspace, const QDate &today, const QString &systemTimeZone,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    PeoplePage *peoplePage() const { return m_people; }
    QComboBox *cohortCombo() const { return m_cohortCombo; }

    // Shows how the day's automatic backup ended: a saved one briefly in the
    // status bar, naming the file and its folder; one that failed as a problem.
    void followBackup(const models::DailyBackup *backup);

    // The session the workspace belongs to, set by the app. File > Connect to
    // Team Server and, while on a server, File > Work on This Computer ask to
    // switch with switchRequested(); without a session (tests of the pages)
    // neither is offered.
    void setSession(models::DatabaseSession *session);
    // A switch asked for could not be made: said in the connect dialog when
    // it is open, keeping what was typed, else as a problem.
    void refuseSwitch(const models::OpenFailure &failure);

public Q_SLOTS:
    void newCohort();
    // Opens the cohort dialog on the current cohort; it closes once the changes are stored.
    void editCohort();
    void openDemo();
    void showProblem(const QString &message);
    void openServerConnect();

Q_SIGNALS:
    // Work on target instead: the app opens it and, when it opens, replaces
    // this window; when it does not, it calls refuseSwitch().
    void switchRequested(const models::DatabaseTarget &target);

private:
    void addArea(QWidget *page, const QString &name, const QString &iconName);
    void selectCurrentCohortInCombo();
    void showWelcomeWhileEmpty();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    models::Workspace &m_workspace;
    QDate m_today;
    QString m_systemTimeZone;
    QComboBox *m_cohortCombo;
    PeoplePage *m_people;
    QStackedWidget *m_welcomeStack;                          // the welcome page, or the areas
    models::DatabaseSession *m_session = nullptr;
    QPointer<ServerConnectDialog> m_connectDialog; // while it is open
};

} // namespace convener::gui
