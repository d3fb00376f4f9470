// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"
#include "core/retro/retroboard.h"
#include "core/roster/cohort.h"
#include "core/run/countdown.h"
#include "core/run/runengine.h"
#include "storage/program/programrepository.h"

#include <memory>
#include <QObject>
#include <QString>
#include <vector>

class QUndoStack;

namespace convener::storage {
class Database;
class RunRepository;
struct StoredRun;
}

namespace convener::models {

// The live run of one of the current cohort's calls: the engine, its saved
// state and the undo of its schedule changes. The state is saved after every
// control and every batch of transitions, so a crash loses nothing; resume()
// picks it up again. It never reads the time except through the clock it is
// given, and it never ticks by itself: the view calls tick().
//
// On a team's database one Convener drives a call's run and the others
// follow it (storage::RunRepository keeps one driver). Following, the engine
// shows the stored run and goes on with it by the clock, as the driver's
// does, but no control changes it and nothing is saved; takeOver() makes
// this Convener the driver, and the one that drove it follows from then on.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    RunController(storage::Database &database, QUndoStack *undoStack, const core::Clock &clock, QObject *parent = nullptr);
    ~RunController() override;

    void setCohort(core::CohortId cohort);
    core::CohortId cohort() const { return m_cohort; }
    // The cohort's calls, in program order; empty (with storageFailed) when unreadable.
    std::vector<storage::CohortCall> calls() const;

    // Starts a fresh run of the call with these people present.
    bool start(int callNumber, const std::vector<std::string> &present, std::uint64_t seed);
    // Picks up the cohort's run that was under way when the app stopped.
    bool resume();

    const core::RunEngine *engine() const { return m_engine.get(); }
    int callNumber() const { return m_callNumber; }
    core::Clock::Time now() const { return m_clock.now(); }
    core::Clock::WallTime wallAt(core::Clock::Time time) const;

    // Brings the run up to now; emits changed() always and transitions() when
    // something happened.
    void tick();

    bool togglePause();
    bool nextPhase();
    bool previousPhase();
    bool nextStep();
    bool previousStep();
    bool jumpToStep(int step);
    bool extendPhase();
    bool shortenPhase();
    bool restartPhase();
    // Ends the run; undoable (EndRun) while the app is open.
    bool endCall();
    bool nextSpeaker();
    // The members of the cohort who are not marked absent from the call, by
    // name: the people a speaking order is made from.
    std::vector<std::string> presentNames(int callNumber) const;
    // Someone arrived after the start: marks them late (arrivedAt, local
    // "HH:MM") and gives them the last place in the speaking order.
    bool addLateJoiner(core::PersonId person, const std::string &arrivedAt);
    // Pushes an undoable command; returns what the fit changed.
    core::RunFit fitToEndOnTime();
    // For the undo commands: puts a plan back and saves; ends the run again;
    // brings an ended run back as it stood (the time since counts).
    bool applyPlan(const core::RunPlan &plan);
    bool applyEnd();
    bool applyRestore(const core::RunState &state);

    // A countdown for a phase of the call's retro board, beside the run and
    // driven by the same tick(). It is not saved: after a restart the host
    // starts it again.
    bool startRetroTimer(core::RetroPhase phase, core::Seconds length);
    void stopRetroTimer();
    const core::Countdown &retroTimer() const { return m_retroTimer; }
    core::RetroPhase retroTimerPhase() const { return m_retroPhase; }

    // Whether this Convener follows a run that another one drives, and who
    // that is (their login; empty when the database names none).
    bool following() const { return m_following; }
    QString driverName() const { return m_driverName; }
    // Drives the run followed from here on, as it stands now.
    bool takeOver();
    // Someone saved a run of the cohort (the server said so): an idle or
    // following Convener shows the run under way, and one whose run was
    // taken over follows it from now on, which it says (noted); returns
    // whether it said so.
    bool followStored();

    // Whether the run's state on screen is stored; when the last save failed
    // (the team server was out of reach), stores it now.
    bool saveIfBehind();
    bool isBehind() const { return m_behind; }

Q_SIGNALS:
    void runChanged();
    void changed();
    void transitions(const std::vector<convener::core::RunTransition> &happened);
    void storageFailed(const QString &message);
    // This Convener began or stopped following, or the driver changed.
    void drivingChanged();
    // Said to the host, not a failure: "maya took over the run of call 2".
    void noted(const QString &message);
    // The retro phase's countdown reached its end (once per start).
    void retroPhaseTimeUp(convener::core::RetroPhase phase);

private:
    template<typename Control>
    bool control(Control c);
    void save();
    // The engine of the call's run, restored from state; none (with storageFailed) when it cannot be.
    std::unique_ptr<core::RunEngine> engineFor(int callNumber, const core::RunState &state);
    // Shows a run another Convener drives.
    bool follow(const storage::StoredRun &run);
    // Drives a stored run from here (taken over, or this login's own).
    bool drive(const storage::StoredRun &run);
    bool m_behind = false; // the last save of the run's state failed
    bool m_following = false;
    QString m_driverName;

    storage::Database &m_database;
    QUndoStack *m_undoStack;
    const core::Clock &m_clock;
    std::unique_ptr<storage::RunRepository> m_runs;
    QString m_driver; // this Convener's token as a run's driver
    std::unique_ptr<core::RunEngine> m_engine;
    core::CohortId m_cohort = 0;
    int m_callNumber = 0;
    core::Countdown m_retroTimer;
    core::RetroPhase m_retroPhase = core::RetroPhase::Write;
};

} // namespace convener::models
