// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roomsdocument.h"

#include "core/rooms/roomconflicts.h"
#include "core/rooms/roomroles.h"
#include "models/backgroundtask.h"
#include "models/rooms/addkeepapart.h"
#include "models/rooms/attendancemodel.h"
#include "models/rooms/changehostsinrooms.h"
#include "models/rooms/changeseatrole.h"
#include "models/rooms/encountermapmodel.h"
#include "models/rooms/movetoroom.h"
#include "models/rooms/removekeepapart.h"
#include "models/rooms/replaceroomplan.h"
#include "models/rooms/roomrolerefusal.h"
#include "models/rooms/roomroundmodel.h"
#include "models/rooms/swapseats.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/rooms/roomplanstore.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"

#include <algorithm>
#include <QDateTime>
#include <QTimeZone>
#include <QUndoStack>
#include <set>

namespace convener::models {

using storage::toQt;
using storage::toStd;

RoomsDocument::RoomsDocument(
    storage::Database &database, QUndoStack *undoStack, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_clock(clock)
    , m_repository(std::make_unique<storage::RoomsRepository>(database))
    , m_attendance(new AttendanceModel(this, this))
    , m_rooms(new RoomRoundModel(this))
    , m_encounters(new EncounterMapModel(this))
{
    connect(m_attendance, &AttendanceModel::storageFailed, this, &RoomsDocument::storageFailed);
    connect(m_rooms, &RoomRoundModel::moveRequested, this,
        [this](core::PersonId person, int room) { moveToRoom(m_shownRound, person, room); });
}

RoomsDocument::~RoomsDocument()
{
    // The worker reads nothing of this object, but its finished() handler
    // does: stop the search and wait for it before the members go.
    if (m_worker) {
        m_cancel->store(true);
        m_worker->abandon();
        delete m_worker;
    }
}

void RoomsDocument::setScheduleOptions(const core::ScheduleOptions &options)
{
    m_options = options;
    m_options.cancel = nullptr;
}

QString RoomsDocument::localTimeNow() const
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.wallNow().time_since_epoch()).count();
    QDateTime now = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QTimeZone zone(m_timeZone.toUtf8());
    now = zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime();
    return now.toString(QStringLiteral("HH:mm"));
}

void RoomsDocument::setCohort(core::CohortId cohort)
{
    if (busy())
        cancelPlanning();
    m_cohort = cohort;
    m_call = 0;
    m_calls.clear();
    m_cohortName.clear();
    m_timeZone.clear();
    if (cohort != 0) {
        const auto info = storage::RosterRepository(m_database).cohort(cohort);
        const auto calls = storage::ProgramRepository(m_database).calls(cohort);
        if (!info || !calls) {
            Q_EMIT storageFailed(!info ? describe(info.error()) : describe(calls.error()));
        } else {
            m_cohortName = toQt(info.value().name);
            m_timeZone = toQt(info.value().timeZone);
            m_calls = calls.value();
        }
    }
    Q_EMIT callsChanged();
    setCall(m_calls.empty() ? 0 : m_calls.front().number);
}

void RoomsDocument::setCall(int callNumber)
{
    m_call = callNumber;
    m_shownRound = 0;
    reload();
    Q_EMIT callChanged(callNumber);
}

void RoomsDocument::reload()
{
    if (m_cohort == 0 || m_call == 0) {
        m_pairs.clear();
        m_members.clear();
        m_hostsInRooms = storage::HostsInRooms::KeptApart;
        m_attendance->clear();
        m_rounds.clear();
        m_steps.clear();
        m_rooms->clear();
        m_encounters->clear();
        Q_EMIT roundsChanged();
        return;
    }
    m_attendance->load(m_cohort, m_call);
    loadRounds();
}

void RoomsDocument::loadRounds()
{
    const auto members = storage::RosterRepository(m_database).members(m_cohort);
    const auto rounds = m_repository->rounds(m_cohort, m_call);
    const auto recorded = m_repository->recordedRounds(m_cohort);
    const auto pairs = m_repository->keepApart(m_cohort);
    const auto placement = m_repository->hostsInRooms(m_cohort);
    if (!members || !rounds || !recorded || !pairs || !placement) {
        Q_EMIT storageFailed(describe(!members ? members.error()
                : !rounds                      ? rounds.error()
                : !recorded                    ? recorded.error()
                : !pairs                       ? pairs.error()
                                               : placement.error()));
        return;
    }
    m_rounds = rounds.value();
    // A call whose agenda cannot be read still shows its rooms; only hand roles need the steps.
    const auto call = storage::ProgramRepository(m_database).call(m_cohort, m_call);
    m_steps = call ? core::breakoutRounds(call.value().call) : std::vector<core::BreakoutRound>();
    m_pairs = pairs.value();
    m_hostsInRooms = placement.value();
    m_members.clear();
    m_names.clear();
    std::vector<core::PersonId> ids;
    QStringList names;
    std::vector<core::PersonId> hosts;
    for (const auto &m : members.value()) {
        m_names[m.person.id] = toQt(m.person.displayName);
        m_members.emplace_back(m.person.id, toQt(m.person.displayName));
        ids.push_back(m.person.id);
        names << toQt(m.person.displayName);
        if (m.role != core::Role::Participant)
            hosts.push_back(m.person.id);
    }
    // A round may seat someone who has left the cohort since: still name them.
    std::vector<core::PersonId> seated;
    for (const auto &round : m_rounds)
        for (const auto id : round.people())
            if (!m_names.count(id))
                seated.push_back(id);
    if (!seated.empty()) {
        if (const auto others = m_repository->people(seated))
            for (const auto &[id, person] : others.value())
                m_names[id] = toQt(person.displayName);
    }
    m_keepApart.clear();
    for (const auto &p : pairs.value())
        m_keepApart.emplace_back(p.first, p.second);
    for (size_t a = 0; a < hosts.size(); ++a)
        for (size_t b = a + 1; b < hosts.size(); ++b)
            m_keepApart.emplace_back(hosts[a], hosts[b]);
    m_history.clear();
    std::vector<core::EncounterMap::Groups> all;
    for (const auto &r : recorded.value()) {
        all.push_back(r.round.groups());
        if (r.callNumber != m_call)
            m_history.push_back(r.round.groups());
    }
    m_encounters->setMap(core::EncounterMap(ids, all), names);
    if (m_shownRound == 0 || !findRound(m_shownRound))
        m_shownRound = m_rounds.empty() ? 0 : m_rounds.front().number;
    updateViews();
    Q_EMIT roundsChanged();
}

const core::RoomRound *RoomsDocument::findRound(int roundNumber) const
{
    const auto it = std::find_if(
        m_rounds.begin(), m_rounds.end(), [roundNumber](const core::RoomRound &r) { return r.number == roundNumber; });
    return it == m_rounds.end() ? nullptr : &*it;
}

void RoomsDocument::updateViews()
{
    const core::RoomRound *round = findRound(m_shownRound);
    if (!round) {
        m_rooms->clear();
        return;
    }
    // The encounters before this round: other calls' history and this call's earlier rounds.
    std::vector<core::EncounterMap::Groups> before = m_history;
    std::set<core::PersonId> people;
    for (const auto &r : m_rounds) {
        for (const auto id : r.people())
            people.insert(id);
        if (r.number < round->number)
            before.push_back(r.groups());
    }
    const core::EncounterMap met(std::vector<core::PersonId>(people.begin(), people.end()), before);
    m_rooms->setRound(*round, core::roomConflicts(*round, met, m_keepApart), m_names, stepOf(round->number));
}

void RoomsDocument::showRound(int roundNumber)
{
    if (roundNumber == m_shownRound || !findRound(roundNumber))
        return;
    m_shownRound = roundNumber;
    updateViews();
}

RoomsDocument::Counts RoomsDocument::counts() const
{
    Counts c;
    std::set<core::PersonId> people;
    for (const auto &r : m_rounds)
        for (const auto id : r.people())
            people.insert(id);
    std::vector<core::EncounterMap::Groups> before = m_history;
    for (const auto &round : m_rounds) {
        if (!round.recorded()) {
            const core::EncounterMap met(std::vector<core::PersonId>(people.begin(), people.end()), before);
            for (const auto &group : round.groups())
                for (size_t a = 0; a < group.size(); ++a)
                    for (size_t b = a + 1; b < group.size(); ++b)
                        ++(met.meetings(group[a], group[b]) > 0 ? c.repeats : c.newEncounters);
        }
        before.push_back(round.groups());
    }
    if (const auto it = m_bounds.find({ m_cohort, m_call }); it != m_bounds.end()) {
        c.unavoidable = it->second.first;
        c.stoppedEarly = it->second.second;
    }
    return c;
}

QString RoomsDocument::summaryText() const
{
    if (m_rounds.empty())
        return m_call == 0 ? QString() : tr("No rooms planned for this call yet.");
    if (std::all_of(m_rounds.begin(), m_rounds.end(), [](const core::RoomRound &r) { return r.recorded(); }))
        return tr("Every round of this call is recorded.");
    const Counts c = counts();
    if (!c.unavoidable)
        return tr("New encounters: %1 · Repeats: %2").arg(c.newEncounters).arg(c.repeats);
    QString text = tr("New encounters: %1 · Repeats: %2 · Unavoidable: %3")
                       .arg(c.newEncounters)
                       .arg(c.repeats)
                       .arg(*c.unavoidable);
    if (c.repeats <= *c.unavoidable)
        text += tr(" · no plan can have fewer repeats");
    else if (m_editedByHand.count({ m_cohort, m_call }))
        text += tr(" · at most %n fewer repeats may be possible", nullptr, c.repeats - *c.unavoidable);
    else
        text += tr(" · the best found; at most %n fewer repeats may be possible", nullptr, c.repeats - *c.unavoidable);
    return text;
}

void RoomsDocument::plan()
{
    startPlanning(Mode::Fresh);
}

void RoomsDocument::replanRest()
{
    startPlanning(Mode::StayClose);
}

void RoomsDocument::cancelPlanning()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RoomsDocument::startPlanning(Mode mode)
{
    if (busy() || m_cohort == 0 || m_call == 0)
        return;
    // Read on this thread: the database connection belongs to it.
    auto request = storage::RoomPlanStore(m_database).request(m_cohort, m_call);
    if (!request) {
        Q_EMIT planningFinished(false, describe(request.error()));
        return;
    }
    if (request.value().rounds.empty()) {
        Q_EMIT planningFinished(false, describe(storage::Error(storage::Problem::NoBreakoutSteps).withCall(m_call)));
        return;
    }
    std::vector<core::RoomRound> previous;
    for (const auto &round : m_rounds) {
        if (mode == Mode::Fresh && !round.recorded())
            break;
        previous.push_back(round);
    }
    ReplaceRoomPlan::Plan before { m_rounds, std::nullopt, false };
    if (const auto it = m_bounds.find({ m_cohort, m_call }); it != m_bounds.end())
        before = { m_rounds, it->second.first, it->second.second };

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    core::ScheduleOptions options = m_options;
    options.cancel = m_cancel.get();
    const core::CohortId cohort = m_cohort;
    const int call = m_call;
    const bool rest = mode == Mode::StayClose;
    const auto work = [input = std::move(request).value(), previous, options, cancel = m_cancel] {
        (void)cancel; // held so options.cancel stays valid
        const core::RoomPlanner planner(options);
        return previous.empty() ? planner.plan(input) : planner.replan(input, previous);
    };
    const auto done = [this, cohort, call, rest, before = std::move(before), cancel = m_cancel](
                          core::RoomPlanOutcome result) {
        const auto *outcome = &result;
        m_worker = nullptr;
        Q_EMIT busyChanged(false);
        if (cancel->load()) {
            Q_EMIT planningFinished(false, tr("Planning stopped; the rooms are as they were."));
            return;
        }
        if (!outcome->ok()) {
            Q_EMIT planningFinished(false, describe(storage::planFailure(*outcome->error, call)));
            return;
        }
        ReplaceRoomPlan::Plan after { outcome->rounds, outcome->summary.unavoidable, outcome->summary.stoppedEarly };
        const int undoCount = m_undoStack->count();
        m_undoStack->push(new ReplaceRoomPlan(this, cohort, call, before, std::move(after),
            rest ? tr("Re-plan the rest of call %1").arg(call) : tr("Plan the rooms of call %1").arg(call)));
        // An obsolete command (the save failed) is dropped by the stack at once.
        const bool saved = m_undoStack->count() > undoCount;
        Q_EMIT planningFinished(saved,
            saved ? tr("Planned and saved. Undo brings back the rooms as they were.")
                  : tr("The plan could not be saved."));
    };
    m_worker = BackgroundTask::start(this, work, done);
    Q_EMIT busyChanged(true);
}

bool RoomsDocument::applyPlan(core::CohortId cohort, int callNumber, const std::vector<core::RoomRound> &rounds,
    std::optional<int> unavoidable, bool stoppedEarly)
{
    if (const auto saved = m_repository->savePlan(cohort, callNumber, rounds); !saved) {
        Q_EMIT storageFailed(describe(saved.error()));
        return false;
    }
    m_editedByHand.erase({ cohort, callNumber });
    if (unavoidable)
        m_bounds[{ cohort, callNumber }] = { *unavoidable, stoppedEarly };
    else
        m_bounds.erase({ cohort, callNumber });
    refreshAfterEdit(cohort, callNumber);
    return true;
}

bool RoomsDocument::applyRound(core::CohortId cohort, int callNumber, const core::RoomRound &round)
{
    if (const auto saved = m_repository->updateRound(cohort, callNumber, round); !saved) {
        Q_EMIT storageFailed(describe(saved.error()));
        return false;
    }
    refreshAfterHandEdit(cohort, callNumber);
    return true;
}

void RoomsDocument::refreshAfterHandEdit(core::CohortId cohort, int callNumber)
{
    m_editedByHand.insert({ cohort, callNumber });
    refreshAfterEdit(cohort, callNumber);
}

std::optional<core::RoomRound> RoomsDocument::storedRound(core::CohortId cohort, int callNumber, int roundNumber)
{
    auto round = m_repository->round(cohort, callNumber, roundNumber);
    if (!round) {
        Q_EMIT storageFailed(describe(round.error()));
        return std::nullopt;
    }
    return std::move(round).value();
}

void RoomsDocument::refreshAfterEdit(core::CohortId cohort, int callNumber)
{
    if (cohort == m_cohort && callNumber == m_call)
        loadRounds();
}

void RoomsDocument::moveToRoom(int roundNumber, core::PersonId person, int room)
{
    const core::RoomRound *round = findRound(roundNumber);
    if (!round || round->roomOf(person) == room)
        return;
    const auto name = m_names.count(person) ? m_names.at(person) : tr("Person %1").arg(person);
    m_undoStack->push(new MoveToRoom(
        this, m_cohort, m_call, roundNumber, person, room, tr("Move %1 to room %2").arg(name).arg(room)));
}

void RoomsDocument::swapSeats(int roundNumber, core::PersonId first, core::PersonId second)
{
    const core::RoomRound *round = findRound(roundNumber);
    if (!round || first == second)
        return;
    const auto nameOf
        = [this](core::PersonId id) { return m_names.count(id) ? m_names.at(id) : tr("Person %1").arg(id); };
    m_undoStack->push(new SwapSeats(
        this, m_cohort, m_call, roundNumber, first, second, tr("Swap %1 and %2").arg(nameOf(first), nameOf(second))));
}

std::optional<core::BreakoutRound> RoomsDocument::stepOf(int roundNumber) const
{
    const core::RoomRound *round = findRound(roundNumber);
    return round ? core::stepOfRound(m_steps, *round) : std::nullopt;
}

QString RoomsDocument::changeRole(int roundNumber, core::PersonId person, const QString &role, int turn)
{
    const core::RoomRound *round = findRound(roundNumber);
    if (!round)
        return tr("Call %1 has no round %2 to change.").arg(m_call).arg(roundNumber);
    if (round->recorded())
        return tr("Round %1 is recorded: it is history, and its roles stay as they were run.").arg(roundNumber);
    const int room = round->roomOf(person);
    if (room == 0)
        return tr("%1 is not in the rooms of round %2.").arg(nameOf(person)).arg(roundNumber);
    const auto step = stepOf(roundNumber);
    if (!step)
        return tr(
            "The agenda of call %1 no longer has the step of round %2, so its roles are unknown; plan the rooms again.")
            .arg(m_call)
            .arg(roundNumber);
    // Tried on a copy first: a refusal is told at once and leaves the undo stack alone.
    core::RoomRound changed = *round;
    const std::string wanted = toStd(role.trimmed());
    if (const auto refusal = core::changeRoomRole(changed, *step, person, wanted, turn))
        return describe(*refusal);
    if (changed == *round)
        return {};
    QString text;
    if (core::hasTurnOrder(*step))
        text = tr("%1 takes turn %2 as %3 in room %4").arg(nameOf(person)).arg(turn).arg(toQt(wanted)).arg(room);
    else if (wanted.empty())
        text = tr("%1 gives up their role in room %2").arg(nameOf(person)).arg(room);
    else
        text = tr("%1 becomes %2 in room %3").arg(nameOf(person), toQt(wanted)).arg(room);
    m_undoStack->push(new ChangeSeatRole(this, m_cohort, m_call, roundNumber, *step, person, wanted, turn, text));
    return {};
}

QString RoomsDocument::nameOf(core::PersonId person) const
{
    const auto it = m_names.find(person);
    return it != m_names.end() ? it->second : tr("Person %1").arg(person);
}

QString RoomsDocument::addKeepApart(core::PersonId first, core::PersonId second, const QString &reason)
{
    if (m_cohort == 0)
        return tr("Choose a cohort first.");
    if (first == second)
        return tr("%1 is chosen twice: a pair to keep apart needs two different people.").arg(nameOf(first));
    const auto isMember = [this](core::PersonId id) {
        return std::any_of(m_members.begin(), m_members.end(), [id](const auto &m) { return m.first == id; });
    };
    if (!isMember(first) || !isMember(second))
        return tr("Only members of the cohort can be kept apart.");
    storage::KeepApartPair pair { std::min(first, second), std::max(first, second), toStd(reason.trimmed()) };
    std::optional<std::string> previous;
    for (const auto &p : m_pairs)
        if (p.first == pair.first && p.second == pair.second)
            previous = p.reason;
    if (previous && *previous == pair.reason)
        return tr("%1 and %2 are kept apart already.").arg(nameOf(first), nameOf(second));
    const QString text = previous ? tr("Change why %1 and %2 are kept apart") : tr("Keep %1 and %2 apart");
    m_undoStack->push(new AddKeepApart(
        this, m_cohort, std::move(pair), std::move(previous), text.arg(nameOf(first), nameOf(second))));
    return {};
}

void RoomsDocument::removeKeepApart(core::PersonId first, core::PersonId second)
{
    const auto a = std::min(first, second);
    const auto b = std::max(first, second);
    const auto it
        = std::find_if(m_pairs.begin(), m_pairs.end(), [a, b](const auto &p) { return p.first == a && p.second == b; });
    if (it == m_pairs.end())
        return;
    m_undoStack->push(
        new RemoveKeepApart(this, m_cohort, *it, tr("Let %1 and %2 share a room").arg(nameOf(a), nameOf(b))));
}

void RoomsDocument::setHostsInRooms(storage::HostsInRooms placement)
{
    if (m_cohort == 0 || placement == m_hostsInRooms)
        return;
    m_undoStack->push(new ChangeHostsInRooms(this, m_cohort, m_hostsInRooms, placement,
        placement == storage::HostsInRooms::LeftOut ? tr("Hosts stay out of the rooms") : tr("Hosts join the rooms")));
}

bool RoomsDocument::applyKeepApart(
    core::CohortId cohort, core::PersonId first, core::PersonId second, const std::optional<std::string> &reason)
{
    const auto saved = reason ? m_repository->addKeepApart(cohort, first, second, *reason)
                              : m_repository->removeKeepApart(cohort, first, second);
    if (!saved) {
        Q_EMIT storageFailed(describe(saved.error()));
        return false;
    }
    if (cohort == m_cohort && m_call != 0) {
        loadRounds();
        Q_EMIT rulesChanged();
    }
    return true;
}

bool RoomsDocument::applyHostsInRooms(core::CohortId cohort, storage::HostsInRooms placement)
{
    if (const auto saved = m_repository->setHostsInRooms(cohort, placement); !saved) {
        Q_EMIT storageFailed(describe(saved.error()));
        return false;
    }
    if (cohort == m_cohort && m_call != 0) {
        loadRounds();
        Q_EMIT rulesChanged();
    }
    return true;
}

bool RoomsDocument::recordRound(int roundNumber)
{
    const auto ms = std::chrono::duration_cast<std::chrono::seconds>(m_clock.wallNow().time_since_epoch()).count();
    const QString at
        = QDateTime::fromSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    if (const auto recorded = m_repository->recordRound(m_cohort, m_call, roundNumber, toStd(at)); !recorded) {
        Q_EMIT storageFailed(describe(recorded.error()));
        return false;
    }
    loadRounds();
    return true;
}

} // namespace convener::models
