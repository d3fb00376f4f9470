// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roomsdocument.h"

#include "core/rooms/roomconflicts.h"
#include "core/rooms/roomroles.h"
#include "models/rooms/attendancemodel.h"
#include "models/rooms/encountermapmodel.h"
#include "models/rooms/roomroundmodel.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"

#include <algorithm>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <set>

namespace convener::models {

using storage::toQt;
using storage::toStd;

RoomsDocument::RoomsDocument(
    storage::Database &database, QUndoStack *undoStack, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_repository(std::make_unique<storage::RoomsRepository>(database))
    , m_attendance(new AttendanceModel(*this, undoStack, this))
    , m_rooms(new RoomRoundModel(this))
    , m_encounters(new EncounterMapModel(this))
{
    connect(m_attendance, &AttendanceModel::storageFailed, this, &RoomsDocument::storageFailed);
}

RoomsDocument::~RoomsDocument() = default;

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
    Q_EMIT cohortChanged(cohort);
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

namespace {

RowLedger::Key planKey(core::CohortId cohort, int callNumber)
{
    return { storage::Table::BreakoutRounds, QStringLiteral("%1/%2").arg(cohort).arg(callNumber) };
}

} // namespace

void RoomsDocument::loadRounds()
{
    // The version first: a plan saved between the two reads is then shown
    // with an older version, and the next edit is refused rather than based
    // on rounds this document never showed.
    const RowLedger::Key key = planKey(m_cohort, m_call);
    const int turn = m_ledger.turn(key);
    if (const auto stamp = m_repository->planStamp(m_cohort, m_call))
        m_ledger.seen(key, stamp.value());
    // Someone else changed the plan: the bound this document found, and its
    // note of a hand edit, belong to a plan that is no longer there.
    const bool changedElsewhere = m_ledger.turn(key) != turn;
    if (changedElsewhere) {
        m_bounds.erase({ m_cohort, m_call });
        m_editedByHand.erase({ m_cohort, m_call });
    }
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
    if (changedElsewhere)
        Q_EMIT planChangedElsewhere();
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

bool RoomsDocument::planWritten(
    core::CohortId cohort, int callNumber, const storage::Result<storage::RowVersion> &written, int &turn)
{
    if (!written) {
        Q_EMIT storageFailed(describe(written.error()));
        // The rooms show the plan someone else made instead.
        if (written.error().problem == storage::Problem::ChangedElsewhere)
            refreshAfterEdit(cohort, callNumber);
        return false;
    }
    m_ledger.wrote(planKey(cohort, callNumber), written.value());
    turn = m_ledger.turn(planKey(cohort, callNumber));
    return true;
}

bool RoomsDocument::applyPlan(core::CohortId cohort, int callNumber, const std::vector<core::RoomRound> &rounds,
    std::optional<int> unavoidable, bool stoppedEarly, int &turn)
{
    const RowLedger::Key key = planKey(cohort, callNumber);
    if (auto refusal = m_ledger.refusal(key, turn)) {
        Q_EMIT storageFailed(describe(refusal->withCall(callNumber)));
        return false;
    }
    if (!planWritten(
            cohort, callNumber, m_repository->savePlan(cohort, callNumber, rounds, m_ledger.version(key)), turn))
        return false;
    m_editedByHand.erase({ cohort, callNumber });
    if (unavoidable)
        m_bounds[{ cohort, callNumber }] = { *unavoidable, stoppedEarly };
    else
        m_bounds.erase({ cohort, callNumber });
    refreshAfterEdit(cohort, callNumber);
    return true;
}

bool RoomsDocument::applyRound(core::CohortId cohort, int callNumber, const core::RoomRound &round, int &turn)
{
    const RowLedger::Key key = planKey(cohort, callNumber);
    if (auto refusal = m_ledger.refusal(key, turn)) {
        Q_EMIT storageFailed(describe(refusal->withCall(callNumber)));
        return false;
    }
    if (!planWritten(
            cohort, callNumber, m_repository->updateRound(cohort, callNumber, round, m_ledger.version(key)), turn))
        return false;
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

bool RoomsDocument::editRound(core::CohortId cohort, int callNumber, const PlanEdit &edit, int &turn)
{
    const RowLedger::Key key = planKey(cohort, callNumber);
    if (auto refusal = m_ledger.refusal(key, turn)) {
        Q_EMIT storageFailed(describe(refusal->withCall(callNumber)));
        return false;
    }
    return planWritten(cohort, callNumber, edit(*m_repository, m_ledger.version(key)), turn);
}

void RoomsDocument::refreshAfterEdit(core::CohortId cohort, int callNumber)
{
    if (cohort == m_cohort && callNumber == m_call)
        loadRounds();
}

std::optional<core::BreakoutRound> RoomsDocument::stepOf(int roundNumber) const
{
    const core::RoomRound *round = findRound(roundNumber);
    return round ? core::stepOfRound(m_steps, *round) : std::nullopt;
}

bool RoomsDocument::isMember(core::PersonId person) const
{
    return std::any_of(m_members.begin(), m_members.end(), [person](const auto &m) { return m.first == person; });
}

QString RoomsDocument::nameOf(core::PersonId person) const
{
    const auto it = m_names.find(person);
    return it != m_names.end() ? it->second : tr("Person %1").arg(person);
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
    rulesSaved(cohort);
    return true;
}

bool RoomsDocument::applyHostsInRooms(core::CohortId cohort, storage::HostsInRooms placement)
{
    if (const auto saved = m_repository->setHostsInRooms(cohort, placement); !saved) {
        Q_EMIT storageFailed(describe(saved.error()));
        return false;
    }
    rulesSaved(cohort);
    return true;
}

namespace {

RowLedger::Key markKey(core::CohortId cohort, int callNumber, core::PersonId person)
{
    return { storage::Table::Attendance, QStringLiteral("%1/%2/%3").arg(cohort).arg(callNumber).arg(person) };
}

} // namespace

void RoomsDocument::noteAttendanceRead(
    core::CohortId cohort, int callNumber, const std::vector<core::AttendanceMark> &marks)
{
    const auto stamps = m_repository->attendanceStamps(cohort, callNumber);
    if (!stamps)
        return; // the next write is then checked against the version known before
    for (const auto &mark : marks) {
        const auto it = stamps.value().find(mark.person);
        m_ledger.seen(markKey(cohort, callNumber, mark.person),
            it != stamps.value().end() ? it->second : storage::RowStamp { storage::kNoRow, {}, {} });
    }
}

bool RoomsDocument::applyAttendance(core::CohortId cohort, int callNumber, const core::AttendanceMark &mark, int &turn)
{
    const RowLedger::Key key = markKey(cohort, callNumber, mark.person);
    if (auto refusal = m_ledger.refusal(key, turn)) {
        Q_EMIT storageFailed(describe(refusal->withCall(callNumber)));
        return false;
    }
    const auto saved = m_repository->markAttendance(cohort, callNumber, mark, m_ledger.version(key));
    if (!saved) {
        Q_EMIT storageFailed(describe(saved.error()));
        // The list shows the mark someone else gave instead.
        if (saved.error().problem == storage::Problem::ChangedElsewhere && cohort == m_cohort && callNumber == m_call)
            m_attendance->load(m_cohort, m_call);
        return false;
    }
    m_ledger.wrote(key, saved.value());
    turn = m_ledger.turn(key);
    if (cohort == m_cohort && callNumber == m_call)
        Q_EMIT attendanceMarked(mark);
    return true;
}

void RoomsDocument::rulesSaved(core::CohortId cohort)
{
    // The rules shape the shown call's checks; another cohort's rules do not.
    if (cohort == m_cohort && m_call != 0) {
        loadRounds();
        Q_EMIT rulesChanged();
    }
}

bool RoomsDocument::recordRound(int roundNumber)
{
    const auto ms = std::chrono::duration_cast<std::chrono::seconds>(m_clock.wallNow().time_since_epoch()).count();
    const QString at
        = QDateTime::fromSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    // Recording is based on the rounds shown: a plan a co-host changed since
    // is refused, and the rooms show theirs, so a round is recorded as seen.
    int turn = -1;
    const auto recorded = m_repository->recordRound(
        m_cohort, m_call, roundNumber, toStd(at), m_ledger.version(planKey(m_cohort, m_call)));
    if (!planWritten(m_cohort, m_call, recorded, turn))
        return false;
    loadRounds();
    return true;
}

} // namespace convener::models
