// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/rooms/roomsrepository.h"

#include "core/rooms/roomroles.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/writetransaction.h"

#include <algorithm>
#include <map>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <set>

namespace convener::storage {

namespace {

// NOT NULL text columns: an empty std::string must bind as '' and never as NULL.
QString textValue(const std::string &text)
{
    return text.empty() ? QStringLiteral("") : toQt(text);
}

QString roundLabel(int callNumber, int roundNumber)
{
    return QStringLiteral("round %1 of call %2").arg(roundNumber).arg(callNumber);
}

Result<std::set<core::PersonId>> memberIds(const QSqlDatabase &db, core::CohortId cohort)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT person_id FROM memberships WHERE cohort_id = :cohort"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec())
        return Result<std::set<core::PersonId>>::failure(sql::failure(QStringLiteral("read the cohort's members"), q));
    std::set<core::PersonId> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

Status callExists(const QSqlDatabase &db, core::CohortId cohort, int callNumber)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM cohort_calls WHERE cohort_id = :cohort AND number = :number"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":number"), callNumber);
    if (!q.exec() || !q.next())
        return Status::failure(sql::failure(QStringLiteral("look up call %1").arg(callNumber), q));
    if (q.value(0).toInt() == 0)
        return Status::failure(QStringLiteral("The cohort has no call %1.").arg(callNumber));
    return {};
}

// The seats of one stored round, with the room numbers closed up (a room
// emptied by someone leaving the cohort disappears).
Result<std::vector<core::Room>> readRooms(const QSqlDatabase &db, qint64 roundId)
{
    using R = Result<std::vector<core::Room>>;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT person_id, room, role, role_rank FROM room_assignments WHERE round_id = :round "
                             "ORDER BY room, seat, person_id"));
    q.bindValue(QStringLiteral(":round"), roundId);
    if (!q.exec())
        return R::failure(sql::failure(QStringLiteral("read the rooms"), q));
    std::vector<core::Room> rooms;
    int lastRoom = -1;
    while (q.next()) {
        const int room = q.value(1).toInt();
        if (room != lastRoom) {
            rooms.emplace_back();
            lastRoom = room;
        }
        rooms.back().seats.push_back(
            core::RoomSeat{q.value(0).toLongLong(), toStd(q.value(2).toString()), q.value(3).toInt()});
    }
    return rooms;
}

struct StoredRound
{
    qint64 id = 0;
    core::RoomRound round;
};

// Rounds of one call (callNumber > 0) or every recorded round of the cohort (callNumber == 0).
Result<std::vector<std::pair<int, StoredRound>>> readRounds(const QSqlDatabase &db, core::CohortId cohort, int callNumber)
{
    using R = Result<std::vector<std::pair<int, StoredRound>>>;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, call_number, round_number, step_id, step_title, group_size, status, recorded_at "
                             "FROM breakout_rounds WHERE cohort_id = :cohort AND %1 "
                             "ORDER BY call_number, round_number")
                  .arg(callNumber > 0 ? QStringLiteral("call_number = :call") : QStringLiteral("status = 'recorded'")));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (callNumber > 0)
        q.bindValue(QStringLiteral(":call"), callNumber);
    if (!q.exec())
        return R::failure(sql::failure(QStringLiteral("read the breakout rounds"), q));
    std::vector<std::pair<int, StoredRound>> out;
    while (q.next()) {
        StoredRound s;
        s.id = q.value(0).toLongLong();
        s.round.number = q.value(2).toInt();
        s.round.stepId = toStd(q.value(3).toString());
        s.round.stepTitle = toStd(q.value(4).toString());
        s.round.groupSize = q.value(5).toInt();
        s.round.status = core::roundStatusFromKey(toStd(q.value(6).toString())).value_or(core::RoundStatus::Planned);
        s.round.recordedAt = toStd(q.value(7).toString());
        out.emplace_back(q.value(1).toInt(), std::move(s));
    }
    for (auto &[call, stored] : out) {
        auto rooms = readRooms(db, stored.id);
        if (!rooms)
            return R::failure(rooms.error());
        stored.round.rooms = std::move(rooms).value();
    }
    return out;
}

Result<std::optional<StoredRound>> readRound(const QSqlDatabase &db, core::CohortId cohort, int callNumber, int roundNumber)
{
    using R = Result<std::optional<StoredRound>>;
    auto all = readRounds(db, cohort, callNumber);
    if (!all)
        return R::failure(all.error());
    for (auto &[call, stored] : all.value()) {
        if (stored.round.number == roundNumber)
            return std::optional<StoredRound>(std::move(stored));
    }
    return std::optional<StoredRound>();
}

// Checks that a round seats only members of the cohort, each once, in rooms that are not empty.
QString roundProblem(const core::RoomRound &round, int callNumber, const std::set<core::PersonId> &members)
{
    if (round.number < 1)
        return QStringLiteral("A round of call %1 has no number.").arg(callNumber);
    if (round.groupSize < 2)
        return QStringLiteral("The rooms of %1 need a group size of at least 2.").arg(roundLabel(callNumber, round.number));
    std::set<core::PersonId> seated;
    for (size_t r = 0; r < round.rooms.size(); ++r) {
        if (round.rooms[r].seats.empty())
            return QStringLiteral("Room %1 of %2 is empty.").arg(r + 1).arg(roundLabel(callNumber, round.number));
        for (const auto &seat : round.rooms[r].seats) {
            if (!members.count(seat.person))
                return QStringLiteral("Person %1 in %2 is not a member of the cohort.")
                    .arg(seat.person)
                    .arg(roundLabel(callNumber, round.number));
            if (!seated.insert(seat.person).second)
                return QStringLiteral("Person %1 sits in two rooms of %2.").arg(seat.person).arg(roundLabel(callNumber, round.number));
        }
    }
    return {};
}

Status insertSeats(const QSqlDatabase &db, qint64 roundId, const core::RoomRound &round)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO room_assignments (round_id, person_id, room, seat, role, role_rank) "
                             "VALUES (:round, :person, :room, :seat, :role, :rank)"));
    for (size_t r = 0; r < round.rooms.size(); ++r) {
        const auto &seats = round.rooms[r].seats;
        for (size_t s = 0; s < seats.size(); ++s) {
            q.bindValue(QStringLiteral(":round"), roundId);
            q.bindValue(QStringLiteral(":person"), sqlId(seats[s].person));
            q.bindValue(QStringLiteral(":room"), static_cast<int>(r) + 1);
            q.bindValue(QStringLiteral(":seat"), static_cast<int>(s));
            q.bindValue(QStringLiteral(":role"), textValue(seats[s].role));
            q.bindValue(QStringLiteral(":rank"), std::max(0, seats[s].roleRank));
            if (!q.exec())
                return Status::failure(sql::failure(QStringLiteral("save room %1").arg(r + 1), q));
        }
    }
    return {};
}

// Ranks 1..n for the seats of a room that share its rotating role.
void renumberTurns(core::Room &room)
{
    int rank = 0;
    for (auto &seat : room.seats) {
        if (seat.roleRank >= 1 && !seat.role.empty() && std::count_if(room.seats.begin(), room.seats.end(), [&](const core::RoomSeat &s) {
                return s.role == seat.role;
            }) > 1)
            seat.roleRank = ++rank;
    }
}

} // namespace

RoomsRepository::RoomsRepository(Database &database) : m_database(database)
{
}

Result<std::vector<core::AttendanceMark>> RoomsRepository::attendance(core::CohortId cohort, int callNumber) const
{
    using R = Result<std::vector<core::AttendanceMark>>;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT m.person_id, coalesce(a.status, 'present'), coalesce(a.arrived_at, '') "
        "FROM memberships m JOIN people p ON p.id = m.person_id "
        "LEFT JOIN attendance a ON a.cohort_id = m.cohort_id AND a.person_id = m.person_id AND a.call_number = :call "
        "WHERE m.cohort_id = :cohort ORDER BY p.display_name COLLATE NOCASE, p.id"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":call"), callNumber);
    if (!q.exec())
        return R::failure(sql::failure(QStringLiteral("read the attendance of call %1").arg(callNumber), q));
    std::vector<core::AttendanceMark> marks;
    while (q.next()) {
        core::AttendanceMark mark;
        mark.person = q.value(0).toLongLong();
        mark.status = core::attendanceFromKey(toStd(q.value(1).toString())).value_or(core::AttendanceStatus::Present);
        mark.arrivedAt = toStd(q.value(2).toString());
        marks.push_back(std::move(mark));
    }
    return marks;
}

Status RoomsRepository::setAttendance(core::CohortId cohort, int callNumber, const std::vector<core::AttendanceMark> &marks)
{
    const QSqlDatabase db = m_database.connection();
    if (const auto exists = callExists(db, cohort, callNumber); !exists)
        return exists;
    const auto members = memberIds(db, cohort);
    if (!members)
        return Status::from(members);
    for (const auto &mark : marks) {
        if (!members.value().count(mark.person))
            return Status::failure(QStringLiteral("Person %1 is not a member of the cohort; no attendance was saved.").arg(mark.person));
        if (mark.status == core::AttendanceStatus::Late && !mark.arrivedAt.empty() && !core::minuteOfDay(mark.arrivedAt))
            return Status::failure(QStringLiteral("The arrival time '%1' is not a time like 18:20; no attendance was saved.")
                                       .arg(toQt(mark.arrivedAt)));
    }
    return sql::inTransaction(db, Table::Attendance, [&]() -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO attendance (cohort_id, call_number, person_id, status, arrived_at) "
                                 "VALUES (:cohort, :call, :person, :status, :arrived) "
                                 "ON CONFLICT (cohort_id, call_number, person_id) DO UPDATE SET "
                                 "status = excluded.status, arrived_at = excluded.arrived_at"));
        for (const auto &mark : marks) {
            q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
            q.bindValue(QStringLiteral(":call"), callNumber);
            q.bindValue(QStringLiteral(":person"), sqlId(mark.person));
            q.bindValue(QStringLiteral(":status"), toQt(core::attendanceKey(mark.status)));
            q.bindValue(QStringLiteral(":arrived"),
                mark.status == core::AttendanceStatus::Late ? textValue(core::trimmed(mark.arrivedAt))
                                                            : QStringLiteral(""));
            if (!q.exec())
                return Status::failure(
                    sql::failure(QStringLiteral("save the attendance of call %1").arg(callNumber), q));
        }
        return {};
    });
}

Result<std::vector<core::RoomRound>> RoomsRepository::rounds(core::CohortId cohort, int callNumber) const
{
    using R = Result<std::vector<core::RoomRound>>;
    auto stored = readRounds(m_database.connection(), cohort, std::max(callNumber, 1));
    if (!stored)
        return R::failure(stored.error());
    std::vector<core::RoomRound> out;
    for (auto &[call, s] : stored.value())
        out.push_back(std::move(s.round));
    return out;
}

Result<core::RoomRound> RoomsRepository::round(core::CohortId cohort, int callNumber, int roundNumber) const
{
    using R = Result<core::RoomRound>;
    auto stored = readRounds(m_database.connection(), cohort, std::max(callNumber, 1));
    if (!stored)
        return R::failure(stored.error());
    if (stored.value().empty())
        return R::failure(QStringLiteral("Call %1 has no rooms planned yet.").arg(callNumber));
    for (auto &[call, s] : stored.value()) {
        if (s.round.number == roundNumber)
            return std::move(s.round);
    }
    return R::failure(QStringLiteral("Call %1 has no round %2; its rounds are 1 to %3.")
                          .arg(callNumber)
                          .arg(roundNumber)
                          .arg(stored.value().back().second.round.number));
}

Status RoomsRepository::writeRound(core::CohortId cohort, int callNumber, const core::RoomRound &round)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO breakout_rounds (cohort_id, call_number, round_number, step_id, step_title, "
                             "group_size, status, recorded_at) VALUES (:cohort, :call, :number, :step_id, :title, "
                             ":size, 'planned', '')"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":call"), callNumber);
    q.bindValue(QStringLiteral(":number"), round.number);
    q.bindValue(QStringLiteral(":step_id"), textValue(round.stepId));
    q.bindValue(QStringLiteral(":title"), textValue(round.stepTitle));
    q.bindValue(QStringLiteral(":size"), round.groupSize);
    if (!q.exec())
        return Status::failure(sql::failure(QStringLiteral("save %1").arg(roundLabel(callNumber, round.number)), q));
    return insertSeats(db, q.lastInsertId().toLongLong(), round);
}

Status RoomsRepository::savePlan(core::CohortId cohort, int callNumber, const std::vector<core::RoomRound> &rounds)
{
    const QSqlDatabase db = m_database.connection();
    if (const auto exists = callExists(db, cohort, callNumber); !exists)
        return exists;
    const auto members = memberIds(db, cohort);
    if (!members)
        return Status::from(members);
    const auto stored = readRounds(db, cohort, callNumber);
    if (!stored)
        return Status::from(stored);
    std::set<int> recorded;
    for (const auto &[call, s] : stored.value()) {
        if (s.round.recorded())
            recorded.insert(s.round.number);
    }
    std::set<int> numbers;
    for (const auto &round : rounds) {
        if (round.recorded())
            continue;
        if (recorded.count(round.number))
            return Status::failure(QStringLiteral("%1 has been recorded; a plan cannot replace it.")
                                       .arg(roundLabel(callNumber, round.number)));
        if (!numbers.insert(round.number).second)
            return Status::failure(QStringLiteral("The plan has %1 twice.").arg(roundLabel(callNumber, round.number)));
        if (const QString problem = roundProblem(round, callNumber, members.value()); !problem.isEmpty())
            return Status::failure(QString(problem + QStringLiteral(" The plan was not saved.")));
    }

    return sql::inTransaction(db, Table::BreakoutRounds, [&]() -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "DELETE FROM breakout_rounds WHERE cohort_id = :cohort AND call_number = :call AND status = 'planned'"));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        q.bindValue(QStringLiteral(":call"), callNumber);
        if (!q.exec())
            return Status::failure(sql::failure(QStringLiteral("replace the plan of call %1").arg(callNumber), q));
        for (const auto &round : rounds) {
            if (round.recorded())
                continue;
            if (const auto written = writeRound(cohort, callNumber, round); !written)
                return written;
        }
        return {};
    });
}

Status RoomsRepository::editRound(core::CohortId cohort, int callNumber, int roundNumber,
                                  const std::function<QString(core::RoomRound &)> &edit)
{
    const QSqlDatabase db = m_database.connection();
    return sql::inTransaction(db, Table::BreakoutRounds, [&]() -> Status {
        auto stored = readRound(db, cohort, callNumber, roundNumber);
        if (!stored)
            return Status::from(stored);
        if (!stored.value())
            return Status::failure(QStringLiteral("Call %1 has no planned round %2.").arg(callNumber).arg(roundNumber));
        StoredRound &s = *stored.value();
        if (s.round.recorded())
            return Status::failure(QStringLiteral("%1 has been recorded; it is history and stays as it was run.")
                                       .arg(roundLabel(callNumber, roundNumber)));
        if (const QString problem = edit(s.round); !problem.isEmpty())
            return Status::failure(problem);
        const auto members = memberIds(db, cohort);
        if (!members)
            return Status::from(members);
        if (const QString problem = roundProblem(s.round, callNumber, members.value()); !problem.isEmpty())
            return Status::failure(problem);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM room_assignments WHERE round_id = :round"));
        q.bindValue(QStringLiteral(":round"), s.id);
        if (!q.exec())
            return Status::failure(
                sql::failure(QStringLiteral("change %1").arg(roundLabel(callNumber, roundNumber)), q));
        if (const auto written = insertSeats(db, s.id, s.round); !written)
            return written;
        return {};
    });
}

Status RoomsRepository::updateRound(core::CohortId cohort, int callNumber, const core::RoomRound &round)
{
    return editRound(cohort, callNumber, round.number, [&round](core::RoomRound &stored) {
        stored.rooms = round.rooms;
        return QString();
    });
}

Status RoomsRepository::movePerson(core::CohortId cohort, int callNumber, int roundNumber, core::PersonId person, int toRoom)
{
    return editRound(cohort, callNumber, roundNumber, [&](core::RoomRound &round) {
        const int from = round.roomOf(person);
        if (from == 0)
            return QStringLiteral("Person %1 is not in %2.").arg(person).arg(roundLabel(callNumber, roundNumber));
        const int rooms = static_cast<int>(round.rooms.size());
        if (toRoom < 1 || toRoom > rooms + 1)
            return QStringLiteral("Room %1 does not exist in %2; choose a room from 1 to %3.")
                .arg(toRoom)
                .arg(roundLabel(callNumber, roundNumber))
                .arg(rooms + 1);
        if (toRoom == from)
            return QString();
        auto &source = round.rooms[static_cast<size_t>(from - 1)].seats;
        const auto it = std::find_if(source.begin(), source.end(), [person](const core::RoomSeat &s) { return s.person == person; });
        core::RoomSeat seat{person, {}, 0};
        source.erase(it);
        if (toRoom == rooms + 1)
            round.rooms.emplace_back();
        auto &target = round.rooms[static_cast<size_t>(toRoom - 1)];
        // Joining a room with a turn order: the mover takes the last turn.
        const auto turn = std::find_if(target.seats.begin(), target.seats.end(), [](const core::RoomSeat &s) { return s.roleRank > 1; });
        if (turn != target.seats.end()) {
            seat.role = turn->role;
            seat.roleRank = 1;
        }
        target.seats.push_back(seat);
        renumberTurns(round.rooms[static_cast<size_t>(from - 1)]);
        renumberTurns(target);
        round.rooms.erase(std::remove_if(round.rooms.begin(), round.rooms.end(), [](const core::Room &r) { return r.seats.empty(); }),
                          round.rooms.end());
        return QString();
    });
}

Status RoomsRepository::swapPeople(core::CohortId cohort, int callNumber, int roundNumber, core::PersonId first,
                                   core::PersonId second)
{
    return editRound(cohort, callNumber, roundNumber, [&](core::RoomRound &round) {
        core::RoomSeat *a = nullptr;
        core::RoomSeat *b = nullptr;
        for (auto &room : round.rooms) {
            for (auto &seat : room.seats) {
                if (seat.person == first)
                    a = &seat;
                if (seat.person == second)
                    b = &seat;
            }
        }
        if (!a || !b)
            return QStringLiteral("Person %1 is not in %2.").arg(a ? second : first).arg(roundLabel(callNumber, roundNumber));
        std::swap(a->person, b->person);
        return QString();
    });
}

Status RoomsRepository::setRole(core::CohortId cohort, int callNumber, int roundNumber, core::PersonId person,
                                const std::string &role, int rank)
{
    return editRound(cohort, callNumber, roundNumber, [&](core::RoomRound &round) {
        for (auto &room : round.rooms) {
            for (auto &seat : room.seats) {
                if (seat.person != person)
                    continue;
                seat.role = core::trimmed(role);
                seat.roleRank = seat.role.empty() ? 0 : std::max(1, rank);
                return QString();
            }
        }
        return QStringLiteral("Person %1 is not in %2.").arg(person).arg(roundLabel(callNumber, roundNumber));
    });
}

Status RoomsRepository::changeRole(core::CohortId cohort, int callNumber, int roundNumber, const core::BreakoutRound &step,
                                   core::PersonId person, const std::string &role, int turn)
{
    return editRound(cohort, callNumber, roundNumber, [&](core::RoomRound &round) {
        const std::string problem = core::changeRoomRole(round, step, person, role, turn);
        return problem.empty() ? QString()
                               : QStringLiteral("Round %1 of call %2: %3").arg(roundNumber).arg(callNumber).arg(toQt(problem));
    });
}

Status RoomsRepository::recordRound(core::CohortId cohort, int callNumber, int roundNumber, const std::string &recordedAt)
{
    const QSqlDatabase db = m_database.connection();
    return sql::inTransaction(db, Table::BreakoutRounds, [&]() -> Status {
        const auto stored = readRounds(db, cohort, callNumber);
        if (!stored)
            return Status::from(stored);
        const StoredRound *target = nullptr;
        for (const auto &[call, s] : stored.value()) {
            if (s.round.number == roundNumber)
                target = &s;
        }
        if (!target)
            return Status::failure(stored.value().empty()
                    ? QStringLiteral("Call %1 has no rooms planned yet; plan them first.").arg(callNumber)
                    : QStringLiteral("Call %1 has no round %2; its rounds are 1 to %3.")
                          .arg(callNumber)
                          .arg(roundNumber)
                          .arg(stored.value().back().second.round.number));
        if (target->round.recorded())
            return Status::failure(QStringLiteral("%1 is already recorded.").arg(roundLabel(callNumber, roundNumber)));
        for (const auto &[call, s] : stored.value()) {
            if (s.round.number < roundNumber && !s.round.recorded())
                return Status::failure(
                    QStringLiteral("Record round %1 of call %2 first: rounds are recorded in the order they run.")
                        .arg(s.round.number)
                        .arg(callNumber));
        }
        if (target->round.rooms.empty())
            return Status::failure(QStringLiteral("%1 has nobody in its rooms; plan it again first.")
                                       .arg(roundLabel(callNumber, roundNumber)));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE breakout_rounds SET status = 'recorded', recorded_at = :at WHERE id = :id"));
        q.bindValue(QStringLiteral(":at"), textValue(recordedAt));
        q.bindValue(QStringLiteral(":id"), target->id);
        if (!q.exec())
            return Status::failure(
                sql::failure(QStringLiteral("record %1").arg(roundLabel(callNumber, roundNumber)), q));
        return {};
    });
}

Status RoomsRepository::deletePlannedRounds(core::CohortId cohort, int callNumber)
{
    return sql::inTransaction(m_database.connection(), Table::BreakoutRounds, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral(
            "DELETE FROM breakout_rounds WHERE cohort_id = :cohort AND call_number = :call AND status = 'planned'"));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        q.bindValue(QStringLiteral(":call"), callNumber);
        if (!q.exec())
            return Status::failure(sql::failure(QStringLiteral("remove the plan of call %1").arg(callNumber), q));
        return {};
    });
}

Result<std::vector<RecordedRound>> RoomsRepository::recordedRounds(core::CohortId cohort) const
{
    using R = Result<std::vector<RecordedRound>>;
    auto stored = readRounds(m_database.connection(), cohort, 0);
    if (!stored)
        return R::failure(stored.error());
    std::vector<RecordedRound> out;
    for (auto &[call, s] : stored.value())
        out.push_back(RecordedRound{call, std::move(s.round)});
    return out;
}

Result<std::map<core::PersonId, core::Person>> RoomsRepository::people(const std::vector<core::PersonId> &ids) const
{
    using R = Result<std::map<core::PersonId, core::Person>>;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, display_name, email, pronouns, location, time_zone, notes FROM people WHERE id = :id"));
    std::map<core::PersonId, core::Person> out;
    for (const core::PersonId id : ids) {
        if (out.count(id))
            continue;
        q.bindValue(QStringLiteral(":id"), sqlId(id));
        if (!q.exec())
            return R::failure(sql::failure(QStringLiteral("read person %1").arg(id), q));
        if (!q.next())
            continue;
        core::Person p;
        p.id = id;
        p.displayName = toStd(q.value(1).toString());
        p.email = toStd(q.value(2).toString());
        p.pronouns = toStd(q.value(3).toString());
        p.location = toStd(q.value(4).toString());
        p.timeZone = toStd(q.value(5).toString());
        p.notes = toStd(q.value(6).toString());
        out.emplace(id, std::move(p));
    }
    return out;
}

Result<std::vector<KeepApartPair>> RoomsRepository::keepApart(core::CohortId cohort) const
{
    using R = Result<std::vector<KeepApartPair>>;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT person_a, person_b, reason FROM keep_apart WHERE cohort_id = :cohort ORDER BY person_a, person_b"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec())
        return R::failure(sql::failure(QStringLiteral("read the keep-apart pairs"), q));
    std::vector<KeepApartPair> out;
    while (q.next())
        out.push_back(KeepApartPair{q.value(0).toLongLong(), q.value(1).toLongLong(), toStd(q.value(2).toString())});
    return out;
}

Status RoomsRepository::addKeepApart(core::CohortId cohort, core::PersonId first, core::PersonId second, const std::string &reason)
{
    if (first == second)
        return Status::failure(QStringLiteral("A person cannot be kept apart from themselves."));
    const QSqlDatabase db = m_database.connection();
    const auto members = memberIds(db, cohort);
    if (!members)
        return Status::from(members);
    for (const auto p : {first, second}) {
        if (!members.value().count(p))
            return Status::failure(QStringLiteral("Person %1 is not a member of the cohort.").arg(p));
    }
    return sql::inTransaction(db, Table::KeepApart, [&]() -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO keep_apart (cohort_id, person_a, person_b, reason) VALUES (:cohort, :a, :b, :reason) "
            "ON CONFLICT (cohort_id, person_a, person_b) DO UPDATE SET reason = excluded.reason"));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        q.bindValue(QStringLiteral(":a"), sqlId(std::min(first, second)));
        q.bindValue(QStringLiteral(":b"), sqlId(std::max(first, second)));
        q.bindValue(QStringLiteral(":reason"), textValue(reason));
        if (!q.exec())
            return Status::failure(sql::failure(QStringLiteral("keep the pair apart"), q));
        return {};
    });
}

Status RoomsRepository::removeKeepApart(core::CohortId cohort, core::PersonId first, core::PersonId second)
{
    return sql::inTransaction(m_database.connection(), Table::KeepApart, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(
            QStringLiteral("DELETE FROM keep_apart WHERE cohort_id = :cohort AND person_a = :a AND person_b = :b"));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        q.bindValue(QStringLiteral(":a"), sqlId(std::min(first, second)));
        q.bindValue(QStringLiteral(":b"), sqlId(std::max(first, second)));
        if (!q.exec())
            return Status::failure(sql::failure(QStringLiteral("remove the keep-apart pair"), q));
        return {};
    });
}

Result<HostsInRooms> RoomsRepository::hostsInRooms(core::CohortId cohort) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT hosts_in_rooms FROM cohorts WHERE id = :cohort"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec())
        return Result<HostsInRooms>::failure(sql::failure(QStringLiteral("read where the hosts sit"), q));
    if (!q.next())
        return Result<HostsInRooms>::failure(QStringLiteral("There is no cohort with id %1.").arg(cohort));
    return q.value(0).toString() == QLatin1String("out") ? HostsInRooms::LeftOut : HostsInRooms::KeptApart;
}

Status RoomsRepository::setHostsInRooms(core::CohortId cohort, HostsInRooms placement)
{
    return sql::inTransaction(m_database.connection(), Table::Cohorts, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("UPDATE cohorts SET hosts_in_rooms = :placement WHERE id = :cohort"));
        q.bindValue(QStringLiteral(":placement"),
            placement == HostsInRooms::LeftOut ? QStringLiteral("out") : QStringLiteral("apart"));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        if (!q.exec())
            return Status::failure(sql::failure(QStringLiteral("save where the hosts sit"), q));
        return {};
    });
}

} // namespace convener::storage
