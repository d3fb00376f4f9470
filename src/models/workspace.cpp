// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/workspace.h"

#include "models/journal/journalvault.h"
#include "models/live/runcontroller.h"
#include "models/program/callstepsmodel.h"
#include "models/retro/retroboarddocument.h"
#include "models/retro/retroboardmodel.h"
#include "models/rooms/roomhandoverexporter.h"
#include "models/rooms/roomplanning.h"
#include "models/rooms/roomroundeditor.h"
#include "models/rooms/roomruleseditor.h"
#include "models/rooms/roomsdocument.h"
#include "models/roster/cohortlistmodel.h"
#include "models/roster/rostermodel.h"
#include "models/storageerror.h"
#include "storage/changefeed.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/demo/demoseeder.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"

#include <algorithm>
#include <QDir>
#include <QStringList>
#include <QUndoStack>

namespace convener::models {

Workspace::Workspace(storage::Database &database, const core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_roster(std::make_unique<storage::RosterRepository>(database))
    , m_undoStack(new QUndoStack(this))
    , m_cohorts(new CohortListModel(*m_roster, this))
    , m_people(new RosterModel(*m_roster, m_undoStack, this))
    , m_journals(new JournalVault(database, this))
    , m_retroRepository(std::make_unique<storage::RetroRepository>(database))
    , m_retro(new RetroBoardDocument(*m_retroRepository, m_undoStack, this))
    , m_retroBoard(new RetroBoardModel(m_retro, this))
    , m_program(new CallStepsModel(database, m_undoStack, this))
    , m_clock(clock ? *clock : m_systemClock)
    , m_run(new RunController(database, m_undoStack, m_clock, this))
    , m_rooms(new RoomsDocument(database, m_undoStack, m_clock, this))
    , m_roomPlanning(new RoomPlanning(*m_rooms, m_undoStack, this))
    , m_roomEditor(new RoomRoundEditor(*m_rooms, m_undoStack, this))
    , m_roomRules(new RoomRulesEditor(*m_rooms, m_undoStack, this))
    , m_roomHandover(new RoomHandoverExporter(*m_rooms, this))
    , m_changes(new storage::ChangeFeed(database, this))
{
    connect(m_changes, &storage::ChangeFeed::changed, this, &Workspace::followOthers);
    if (database.isServer()) {
        m_connection = Connection::Connected;
        checkConnection();
        // A failure may be the server going away: find out at once.
        connect(this, &Workspace::storageFailed, this, &Workspace::checkConnection, Qt::QueuedConnection);
    }
    connect(m_cohorts, &CohortListModel::storageFailed, this, &Workspace::storageFailed);
    connect(m_people, &RosterModel::storageFailed, this, &Workspace::storageFailed);
    connect(m_retro, &RetroBoardDocument::storageFailed, this, &Workspace::storageFailed);
    m_retro->setNameLookup([this](core::PersonId id) {
        const int row = m_people->rowOf(id);
        return row >= 0 ? storage::toQt(m_people->member(row).person.displayName) : QString();
    });
    connect(m_journals, &JournalVault::storageFailed, this, &Workspace::storageFailed);
    connect(m_program, &CallStepsModel::storageFailed, this, &Workspace::storageFailed);
    connect(m_rooms, &RoomsDocument::storageFailed, this, &Workspace::storageFailed);
    connect(m_run, &RunController::noted, this, &Workspace::changedElsewhere);
    // The Rooms area follows the current cohort; the Live area decides itself
    // when to pick up a run that is under way.
    connect(this, &Workspace::currentCohortChanged, m_rooms, &RoomsDocument::setCohort);
    m_cohorts->reload();
}

Workspace::~Workspace() = default;

void Workspace::followOthers(const QSet<QString> &tables)
{
    QStringList areas = readAgain(areasShowing(tables));
    // The Live area follows a run another Convener drives, and learns when
    // its own run was taken over.
    if (tables.contains(QStringLiteral("call_runs")) && m_currentCohort != 0) {
        // A take-over is said in its own words (RunController::noted).
        if (m_run->followStored())
            return;
        areas << tr("live");
    }
    if (!areas.isEmpty())
        Q_EMIT changedElsewhere(tr("Updated with changes from the team: %1.").arg(areas.join(QStringLiteral(", "))));
}

Workspace::Areas Workspace::areasShowing(const QSet<QString> &tables)
{
    const auto any = [&tables](std::initializer_list<const char *> names) {
        return std::any_of(
            names.begin(), names.end(), [&tables](const char *name) { return tables.contains(QLatin1String(name)); });
    };
    Areas areas;
    areas.setFlag(Area::Cohorts, any({ "cohorts" }));
    areas.setFlag(Area::People, any({ "people", "memberships" }));
    areas.setFlag(Area::Program, any({ "cohort_calls" }));
    areas.setFlag(Area::Rooms,
        any({ "attendance", "breakout_rounds", "room_assignments", "room_plans", "keep_apart", "cohort_calls",
            "memberships" }));
    areas.setFlag(Area::Retro,
        any({ "retro_boards", "retro_columns", "retro_groups", "retro_cards", "retro_votes", "retro_actions" }));
    return areas;
}

QStringList Workspace::readAgain(Areas which)
{
    QStringList areas;
    if (which.testFlag(Area::Cohorts)) {
        m_cohorts->reload();
        if (m_currentCohort != 0)
            Q_EMIT currentCohortEdited(m_currentCohort);
        areas << tr("cohorts");
    }
    if (m_currentCohort == 0)
        return areas;
    if (which.testFlag(Area::People)) {
        m_people->reload();
        areas << tr("people");
    }
    if (which.testFlag(Area::Program)) {
        m_program->reload();
        areas << tr("program");
    }
    if (which.testFlag(Area::Rooms)) {
        m_rooms->reload();
        areas << tr("rooms");
    }
    if (which.testFlag(Area::Retro)) {
        m_retro->refresh();
        areas << tr("retro");
    }
    return areas;
}

void Workspace::checkConnection()
{
    if (!m_database.isServer() || m_checking)
        return;
    m_checking = true;
    const bool wasAway = m_connection == Connection::Reconnecting;
    storage::Status answers = m_database.ping();
    const bool lost = !answers;
    if (lost)
        answers = m_database.reconnect();
    if (!answers) {
        setConnection(Connection::Reconnecting, answers.error().detail);
        m_checking = false;
        return;
    }
    // Back after a loss: what others changed meanwhile was announced to a
    // session that is gone, so every area is read again.
    if (wasAway || lost || !m_changes->isListening()) {
        m_changes->listen();
        readEverythingAgain();
        m_run->saveIfBehind();
    }
    const auto writes = m_database.serverAllowsWrites();
    setConnection(writes && !writes.value() ? Connection::ReadOnly : Connection::Connected);
    m_checking = false;
}

void Workspace::setConnection(Connection state, const QString &reason)
{
    if (state == m_connection && reason == m_connectionReason)
        return;
    m_connection = state;
    m_connectionReason = reason;
    Q_EMIT connectionChanged();
}

void Workspace::readEverythingAgain()
{
    readAgain(Areas(Area::Cohorts) | Area::People | Area::Program | Area::Rooms | Area::Retro);
    if (m_currentCohort != 0)
        m_run->followStored();
    Q_EMIT changedElsewhere(tr("Connected to the team server again; every area shows what is stored there now."));
}

void Workspace::setCurrentCohort(core::CohortId cohort)
{
    if (cohort == m_currentCohort)
        return;
    if (!m_people->setCohort(cohort))
        return;
    m_retro->setCohort(cohort);
    m_program->setCohort(cohort);
    m_currentCohort = cohort;
    Q_EMIT currentCohortChanged(cohort);
}

void Workspace::openRemembered(core::CohortId remembered)
{
    if (remembered != 0 && m_cohorts->rowOf(remembered) >= 0)
        setCurrentCohort(remembered);
    else if (m_cohorts->rowCount() == 1)
        setCurrentCohort(m_cohorts->cohort(0).id);
}

storage::Status Workspace::editCurrentCohort(const core::Cohort &changed, const std::vector<std::string> &hosts)
{
    if (changed.id == 0 || changed.id != m_currentCohort)
        return storage::Status::failure(storage::Error(storage::Problem::CohortNotCurrent).withId(changed.id));
    if (const auto stored = m_cohorts->update(changed, hosts); !stored)
        return stored;
    // Reloading clears the undo history too: the hosts' roles and the call dates
    // those commands remember are no longer what is stored.
    m_people->setCohort(m_currentCohort);
    const int shownCall = m_program->callNumber();
    m_program->setCohort(m_currentCohort);
    if (shownCall > 0)
        m_program->showCall(shownCall);
    Q_EMIT currentCohortEdited(m_currentCohort);
    return {};
}

bool Workspace::openDemo()
{
    storage::DemoSeeder seeder(*m_roster);
    const auto outcome = seeder.seed();
    if (!outcome) {
        Q_EMIT storageFailed(describe(outcome.error()));
        return false;
    }
    if (outcome.value().created)
        m_cohorts->reload();
    setCurrentCohort(outcome.value().cohort);
    return true;
}

QString Workspace::databasePath() const
{
    return QDir::toNativeSeparators(m_database.path());
}

} // namespace convener::models
