// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"
#include "core/rooms/attendance.h"
#include "core/rooms/breakoutround.h"
#include "core/rooms/roomround.h"
#include "models/rowledger.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomsrepository.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <QObject>
#include <QString>
#include <set>
#include <utility>
#include <vector>

class QUndoStack;

namespace convener::storage {
class Database;
class RoomsRepository;
} // namespace convener::storage

namespace convener::models {

class AttendanceModel;
class EncounterMapModel;
class RoomRoundModel;

// The Rooms area's document for one cohort and one of its calls: who is here,
// the call's rounds, the rules its plans follow and the encounter history. It
// is their only writer while the app runs: each write goes to the database
// first, then the state is read again and the change announced. The item
// models are views of it and the undo commands write through it; planning,
// hand edits, rule changes and the hand-over are classes of their own that
// use it. Recording a round is the one write that is not undoable: a round
// that has started is history.
class RoomsDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomsDocument)

public:
    // What a plan's summary line needs: counted from the call's planned rounds,
    // and the scheduler's lower bound when this document's planning found it.
    struct Counts
    {
        int newEncounters = 0;
        int repeats = 0;
        std::optional<int> unavoidable;
        bool stoppedEarly = false;
    };

    // The undo stack is the attendance model's: its marks are undoable commands.
    RoomsDocument(
        storage::Database &database, QUndoStack *undoStack, const core::Clock &clock, QObject *parent = nullptr);
    ~RoomsDocument() override;

    AttendanceModel *attendance() const { return m_attendance; }
    RoomRoundModel *rooms() const { return m_rooms; }
    EncounterMapModel *encounters() const { return m_encounters; }
    storage::RoomsRepository &repository() const { return *m_repository; }
    storage::Database &database() const { return m_database; }

    core::CohortId cohort() const { return m_cohort; }
    QString cohortName() const { return m_cohortName; }
    int call() const { return m_call; }
    const std::vector<storage::CohortCall> &calls() const { return m_calls; }
    const std::vector<core::RoomRound> &rounds() const { return m_rounds; }
    // A round of the call, or null.
    const core::RoomRound *findRound(int roundNumber) const;
    // The round the rooms view shows (1-based), 0 when the call has no rounds.
    int shownRound() const { return m_shownRound; }
    Counts counts() const;
    QString summaryText() const;

    // The current local time of the call ("HH:MM"), in the cohort's time zone when it has one.
    QString localTimeNow() const;

    void setCohort(core::CohortId cohort);
    void setCall(int callNumber);
    void showRound(int roundNumber);
    // Reads everything again from the database.
    void reload();

    // The breakout step a round of the call was planned from, when the call's agenda still has it.
    std::optional<core::BreakoutRound> stepOf(int roundNumber) const;
    // The round has started: it becomes history. Not undoable.
    bool recordRound(int roundNumber);

    // The rules every plan of the cohort follows: pairs kept apart (first <
    // second, in stored order) and whether the hosts sit in the rooms.
    const std::vector<storage::KeepApartPair> &keepApartPairs() const { return m_pairs; }
    storage::HostsInRooms hostsInRooms() const { return m_hostsInRooms; }
    // The cohort's current members (id and name), in roster order.
    const std::vector<std::pair<core::PersonId, QString>> &members() const { return m_members; }
    bool isMember(core::PersonId person) const;
    // The name of a member, or of someone a round seats who has left since.
    QString nameOf(core::PersonId person) const;

    // For the undo commands: write, then show the result when it is the call
    // on screen. A call's plan is one row of the RowLedger: turn is the
    // command's, and a write based on a plan someone else changed since it
    // was shown is refused (storageFailed says who) and the plan read again.
    bool applyPlan(core::CohortId cohort, int callNumber, const std::vector<core::RoomRound> &rounds,
        std::optional<int> unavoidable, bool stoppedEarly, int &turn);
    bool applyRound(core::CohortId cohort, int callNumber, const core::RoomRound &round, int &turn);
    // The stored round, or nothing (storageFailed says why).
    std::optional<core::RoomRound> storedRound(core::CohortId cohort, int callNumber, int roundNumber);
    // A hand edit of a round, made by the repository (it knows how rooms close
    // and turns renumber) based on the plan version shown; false when it
    // refuses (storageFailed says why).
    using PlanEdit
        = std::function<storage::Result<storage::RowVersion>(storage::RoomsRepository &, storage::RowVersion)>;
    bool editRound(core::CohortId cohort, int callNumber, const PlanEdit &edit, int &turn);
    void refreshAfterEdit(core::CohortId cohort, int callNumber);
    // The same after a hand edit of a round: the plan is no longer the planner's.
    void refreshAfterHandEdit(core::CohortId cohort, int callNumber);
    // Stores a keep-apart pair with this reason, or removes it (no reason).
    bool applyKeepApart(
        core::CohortId cohort, core::PersonId first, core::PersonId second, const std::optional<std::string> &reason);
    bool applyHostsInRooms(core::CohortId cohort, storage::HostsInRooms placement);
    // Saves one person's attendance for a call; attendanceMarked announces it
    // when that call is the one shown. turn is the undo command's (see
    // RowLedger): a mark someone else changed since is refused, not overwritten.
    bool applyAttendance(core::CohortId cohort, int callNumber, const core::AttendanceMark &mark, int &turn);
    // The attendance model read the call's marks: note the versions they were read at.
    void noteAttendanceRead(core::CohortId cohort, int callNumber, const std::vector<core::AttendanceMark> &marks);

Q_SIGNALS:
    // Another cohort is shown (before its calls are announced): work for the old one is stale.
    void cohortChanged(core::CohortId cohort);
    void callsChanged();
    void callChanged(int callNumber);
    void roundsChanged();
    void storageFailed(const QString &message);
    // The keep-apart pairs or the hosts' choice changed: a stored plan may no longer follow them.
    void rulesChanged();
    // The shown call's plan was read again after someone else changed it
    // (after roundsChanged): what this Convener said of its own last plan is stale.
    void planChangedElsewhere();
    // Someone's attendance for the shown call was saved (the plan may want re-planning).
    void attendanceMarked(const core::AttendanceMark &mark);

private:
    void loadRounds();
    // The outcome of a write to a call's plan: the ledger learns the version
    // made, or the failure is told (and a plan changed elsewhere read again).
    bool planWritten(
        core::CohortId cohort, int callNumber, const storage::Result<storage::RowVersion> &written, int &turn);
    // After the keep-apart pairs or the hosts' placement of cohort were saved.
    void rulesSaved(core::CohortId cohort);
    void updateViews();

    storage::Database &m_database;
    const core::Clock &m_clock;
    std::unique_ptr<storage::RoomsRepository> m_repository;
    AttendanceModel *m_attendance;
    RoomRoundModel *m_rooms;
    EncounterMapModel *m_encounters;

    core::CohortId m_cohort = 0;
    QString m_cohortName;
    QString m_timeZone;
    std::vector<storage::CohortCall> m_calls;
    int m_call = 0;
    std::vector<core::RoomRound> m_rounds;
    // The call's breakout steps, as its agenda has them now: the roles a round can give.
    std::vector<core::BreakoutRound> m_steps;
    int m_shownRound = 0;
    // Recorded rounds of the cohort's other calls: the history the call's rooms are measured against.
    std::vector<std::vector<std::vector<core::PersonId>>> m_history;
    std::vector<std::pair<core::PersonId, core::PersonId>> m_keepApart;
    std::vector<storage::KeepApartPair> m_pairs;
    storage::HostsInRooms m_hostsInRooms = storage::HostsInRooms::KeptApart;
    std::vector<std::pair<core::PersonId, QString>> m_members;
    std::map<core::PersonId, QString> m_names;
    // The lower bound of the last plan of each call, while this document lives.
    std::map<std::pair<core::CohortId, int>, std::pair<int, bool>> m_bounds;
    // Calls whose plan was changed by hand since it was planned: their plan is
    // no longer the best the planner found.
    std::set<std::pair<core::CohortId, int>> m_editedByHand;
    // The versions of the rows this document edits, as last read or written.
    RowLedger m_ledger;
};

} // namespace convener::models
