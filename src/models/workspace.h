// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"
#include "core/roster/person.h"
#include "models/systemclock.h"
#include "storage/result.h"

#include <memory>
#include <QFlags>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

class QUndoStack;

namespace convener::storage {
class ChangeFeed;
class Database;
class RetroRepository;
class RosterRepository;
}

namespace convener::models {

class CallStepsModel;
class CohortListModel;
class JournalVault;
class RetroBoardDocument;
class RetroBoardModel;
class RoomHandoverExporter;
class RoomPlanning;
class RoomRoundEditor;
class RoomRulesEditor;
class RoomsDocument;
class RosterModel;
class RunController;

// Everything the windows work on for one open database: the repositories, the
// models over them, the undo history and the cohort being looked at. The app
// makes one and hands it to the main window; widgets never reach storage
// except through it.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    // The app's workspace reads the machine's clocks; tests hand in a fake
    // clock, which must outlive the workspace.
    explicit Workspace(storage::Database &database, const core::Clock *clock = nullptr, QObject *parent = nullptr);
    ~Workspace() override;

    storage::Database &database() const { return m_database; }
    // Where the open database is, as the person would type it.
    QString databasePath() const;
    storage::RosterRepository &roster() const { return *m_roster; }
    QUndoStack *undoStack() const { return m_undoStack; }
    CohortListModel *cohorts() const { return m_cohorts; }
    RosterModel *people() const { return m_people; }
    // The Retro area's board and its writes, and the tree the board's views show.
    RetroBoardDocument *retro() const { return m_retro; }
    RetroBoardModel *retroBoard() const { return m_retroBoard; }
    // The steps of the current cohort's calls, for the agenda editor.
    CallStepsModel *program() const { return m_program; }
    JournalVault *journals() const { return m_journals; }
    // The Live area's run of a call, and the Rooms area's document (attendance,
    // plans and rules) with what plans, edits and hands over its rooms: owned
    // here, so a page only shows them.
    RunController *run() const { return m_run; }
    RoomsDocument *rooms() const { return m_rooms; }
    RoomPlanning *roomPlanning() const { return m_roomPlanning; }
    RoomRoundEditor *roomEditor() const { return m_roomEditor; }
    RoomRulesEditor *roomRules() const { return m_roomRules; }
    RoomHandoverExporter *roomHandover() const { return m_roomHandover; }
    // Where "now" comes from, for the live run and for what shows the time.
    const core::Clock &clock() const { return m_clock; }

    core::CohortId currentCohort() const { return m_currentCohort; }
    void setCurrentCohort(core::CohortId cohort);
    // Opens the cohort worked on last time in this database (remembered, 0 when
    // none) when it is still there, and otherwise the database's only cohort,
    // as when a host first connects to the team's server.
    void openRemembered(core::CohortId remembered);

    // Stores changed details and hosts of the current cohort (changed.id) and reloads
    // what shows them; the undo history is cleared, as its commands were made
    // against the cohort as it was. A refusal says why and changes nothing.
    storage::Status editCurrentCohort(const core::Cohort &changed, const std::vector<std::string> &hosts);

    // Creates the Demo cohort if it is missing and makes it current.
    bool openDemo();

    // How this Convener reaches a team server (a file is always Local).
    enum class Connection {
        Local, // a database file on this computer
        Connected,
        Reconnecting, // the server does not answer; connectionReason() says why
        ReadOnly, // the server answers but this login may not change anything now
    };
    Connection connection() const { return m_connection; }
    // Why the server is out of reach, in the driver's words.
    const QString &connectionReason() const { return m_connectionReason; }
    // Checks that the server still answers and, when it does not, connects
    // again. Back on the server, every area is read again (the changes others
    // made meanwhile were not announced to this Convener) and a live run's
    // state that could not be stored is stored. The window calls it now and
    // then, and it is called after every failure; a file needs nothing.
    void checkConnection();

Q_SIGNALS:
    void currentCohortChanged(core::CohortId cohort);
    // The current cohort's details, hosts or call dates were changed and stored.
    void currentCohortEdited(core::CohortId cohort);
    // Something could not be read or saved; the message says what and what to do.
    void storageFailed(const QString &message);
    // Someone else (a co-host on the team server) changed what these areas
    // show, or the connection came back, and they were read again: a short
    // line for the status bar.
    void changedElsewhere(const QString &message);
    // connection() or connectionReason() changed.
    void connectionChanged();

private:
    // The areas that can be read again after others changed what they show.
    enum class Area { Cohorts = 0x1, People = 0x2, Program = 0x4, Rooms = 0x8, Retro = 0x10 };
    Q_DECLARE_FLAGS(Areas, Area)

    void followOthers(const QSet<QString> &tables);
    // The areas that show these tables.
    static Areas areasShowing(const QSet<QString> &tables);
    // Reads these areas again; returns their names, for the status bar.
    QStringList readAgain(Areas which);
    void setConnection(Connection state, const QString &reason = {});
    void readEverythingAgain();

    storage::Database &m_database;
    std::unique_ptr<storage::RosterRepository> m_roster;
    QUndoStack *m_undoStack;
    CohortListModel *m_cohorts;
    RosterModel *m_people;
    JournalVault *m_journals;
    std::unique_ptr<storage::RetroRepository> m_retroRepository;
    RetroBoardDocument *m_retro;
    RetroBoardModel *m_retroBoard;
    CallStepsModel *m_program;
    core::CohortId m_currentCohort = 0;
    SystemClock m_systemClock;
    const core::Clock &m_clock;
    RunController *m_run;
    RoomsDocument *m_rooms;
    RoomPlanning *m_roomPlanning;
    RoomRoundEditor *m_roomEditor;
    RoomRulesEditor *m_roomRules;
    RoomHandoverExporter *m_roomHandover;
    storage::ChangeFeed *m_changes;
    Connection m_connection = Connection::Local;
    QString m_connectionReason;
    bool m_checking = false;
};

} // namespace convener::models
