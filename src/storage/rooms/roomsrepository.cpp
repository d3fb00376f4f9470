// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/rooms/roomsrepository.h"

#include "core/rooms/roomroles.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <algorithm>
#include <map>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <set>

namespace convener::storage {

namespace {

// NOT NULL text columns: an empty std::string must bind as '' and never as NULL.
QString textValue(const std::string &text)
{
    return text.empty() ? QStringLiteral("") : toQt(text);
}

// A problem with one round of a call.
Error roundError(Problem problem, int callNumber, int roundNumber)
{
    return Error(problem).withCall(callNumber).withRound(roundNumber);
}

Result<std::set<core::PersonId>> memberIds(const QSqlDatabase &db, core::CohortId cohort)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT person_id FROM memberships WHERE cohort_id = :cohort"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec())
        return Result<std::set<core::PersonId>>::failure(sql::failure(sql::reading(Table::Memberships), q));
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
        return sql::failure(sql::reading(Table::CohortCalls), q);
    if (q.value(0).toInt() == 0)
        return Error(Problem::NoSuchCall).withId(cohort).withCall(callNumber);
    return {};
}

// Moves the call's plan version on (made at version 1 by the call's first
// plan write) when it is still at basedOn (kNoRow: nothing was planned; 0:
// not checked); otherwise the plan changed since it was read, and the
// refusal names who changed it. Runs first in every write to a call's
// rounds: on a server it also holds the row, so two hosts' writes to one
// call's plan take turns.
Result<RowVersion> movePlanOn(const QSqlDatabase &db, core::CohortId cohort, int callNumber, RowVersion basedOn)
{
    QSqlQuery q(db);
    sql::prepare(q,
        QStringLiteral("INSERT INTO room_plans (cohort_id, call_number, changed_at) VALUES (:cohort, :call, {{now}}) "
                       "ON CONFLICT (cohort_id, call_number) DO UPDATE SET %1 WHERE %2 RETURNING row_version")
            .arg(rowversion::nextVersion(QStringLiteral("room_plans")),
                rowversion::stillAt(QStringLiteral("room_plans"))));
    rowversion::bindBasedOn(q, basedOn);
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":call"), callNumber);
    if (!q.exec())
        return sql::failure(sql::writing(Table::BreakoutRounds), q);
    if (!q.next()) {
        return rowversion::refusal(db, Table::BreakoutRounds, "room_plans",
            QStringLiteral("cohort_id = :cohort AND call_number = :call"),
            { { QStringLiteral(":cohort"), sqlId(cohort) }, { QStringLiteral(":call"), callNumber } },
            Error(Problem::NoSuchCall).withId(cohort).withCall(callNumber))
            .withCall(callNumber);
    }
    return q.value(0).toLongLong();
}

// One write to a call's rounds: the plan version moves on, then body writes,
// all in one transaction. Returns the plan's new version.
template<typename Body>
Result<RowVersion> planWrite(
    const QSqlDatabase &db, Table table, core::CohortId cohort, int callNumber, RowVersion basedOn, Body &&body)
{
    return sql::inTransactionFor<RowVersion>(db, table, [&]() -> Result<RowVersion> {
        const auto moved = movePlanOn(db, cohort, callNumber, basedOn);
        if (!moved)
            return moved;
        if (const Status written = body(); !written)
            return written.error();
        return moved;
    });
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
        return R::failure(sql::failure(sql::reading(Table::RoomAssignments), q));
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
        return R::failure(sql::failure(sql::reading(Table::BreakoutRounds), q));
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

// Checks that a round seats only members of the cohort, each once, in rooms
// that are not empty. The problem's table is left for the caller to say what
// was refused (a whole plan, or one round's rooms).
std::optional<Error> roundProblem(const core::RoomRound &round, int callNumber, const std::set<core::PersonId> &members)
{
    if (round.number < 1)
        return Error(Problem::RoundWithoutNumber).withCall(callNumber);
    if (round.groupSize < 2)
        return roundError(Problem::RoundGroupTooSmall, callNumber, round.number);
    std::set<core::PersonId> seated;
    for (size_t r = 0; r < round.rooms.size(); ++r) {
        if (round.rooms[r].seats.empty())
            return roundError(Problem::RoomEmpty, callNumber, round.number).withCount(static_cast<int>(r) + 1);
        for (const auto &seat : round.rooms[r].seats) {
            if (!members.count(seat.person))
                return roundError(Problem::SeatedStranger, callNumber, round.number).withId(seat.person);
            if (!seated.insert(seat.person).second)
                return roundError(Problem::SeatedTwice, callNumber, round.number).withId(seat.person);
        }
    }
    return std::nullopt;
}

// A round's seats go in a few statements of many rows each, not one per
// seat: on a team server each statement is a round trip over the network.
Status insertSeats(const QSqlDatabase &db, qint64 roundId, const core::RoomRound &round)
{
    struct Row
    {
        int room;
        int seat;
        const core::RoomSeat *taken;
    };
    std::vector<Row> rows;
    for (size_t r = 0; r < round.rooms.size(); ++r) {
        const auto &seats = round.rooms[r].seats;
        for (size_t s = 0; s < seats.size(); ++s)
            rows.push_back({ static_cast<int>(r) + 1, static_cast<int>(s), &seats[s] });
    }
    // Well below SQLite's and PostgreSQL's limits on a statement's parameters.
    constexpr size_t kRowsPerStatement = 200;
    for (size_t first = 0; first < rows.size(); first += kRowsPerStatement) {
        const size_t count = std::min(kRowsPerStatement, rows.size() - first);
        QStringList values;
        for (size_t i = 0; i < count; ++i)
            values << QStringLiteral("(?, ?, ?, ?, ?, ?)");
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO room_assignments (round_id, person_id, room, seat, role, role_rank) "
                                 "VALUES %1")
                      .arg(values.join(QStringLiteral(", "))));
        for (size_t i = first; i < first + count; ++i) {
            q.addBindValue(roundId);
            q.addBindValue(sqlId(rows[i].taken->person));
            q.addBindValue(rows[i].room);
            q.addBindValue(rows[i].seat);
            q.addBindValue(textValue(rows[i].taken->role));
            q.addBindValue(std::max(0, rows[i].taken->roleRank));
        }
        if (!q.exec())
            return sql::failure(sql::writing(Table::RoomAssignments), q);
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
    sql::prepare(q,
        QStringLiteral("SELECT m.person_id, coalesce(a.status, 'present'), coalesce(a.arrived_at, '') "
                       "FROM memberships m JOIN people p ON p.id = m.person_id "
                       "LEFT JOIN attendance a ON a.cohort_id = m.cohort_id AND a.person_id = m.person_id AND "
                       "a.call_number = :call "
                       "WHERE m.cohort_id = :cohort ORDER BY p.display_name {{nocase}}, p.id"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":call"), callNumber);
    if (!q.exec())
        return R::failure(sql::failure(sql::reading(Table::Attendance), q));
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

namespace {

// The marks can be stored for the call: it exists, the people are members,
// and a late joiner's arrival is a time.
Status checkMarks(
    const QSqlDatabase &db, core::CohortId cohort, int callNumber, const std::vector<core::AttendanceMark> &marks)
{
    if (const auto exists = callExists(db, cohort, callNumber); !exists)
        return exists;
    const auto members = memberIds(db, cohort);
    if (!members)
        return Status::from(members);
    for (const auto &mark : marks) {
        if (!members.value().count(mark.person))
            return Error(Problem::AttendanceOfStranger).withCall(callNumber).withId(mark.person);
        if (mark.status == core::AttendanceStatus::Late && !mark.arrivedAt.empty() && !core::minuteOfDay(mark.arrivedAt))
            return Error(Problem::BadArrivalTime)
                .withCall(callNumber)
                .withId(mark.person)
                .withName(toQt(mark.arrivedAt));
    }
    return {};
}

// Stores a mark, replacing the person's earlier one while it is still at the
// version bound by rowversion::bindBasedOn(); returns the new version.
QString upsertMark()
{
    return QStringLiteral("INSERT INTO attendance (cohort_id, call_number, person_id, status, arrived_at) "
                          "VALUES (:cohort, :call, :person, :status, :arrived) "
                          "ON CONFLICT (cohort_id, call_number, person_id) DO UPDATE SET "
                          "status = excluded.status, arrived_at = excluded.arrived_at, %1 "
                          "WHERE %2 RETURNING row_version")
        .arg(rowversion::nextVersion(QStringLiteral("attendance")), rowversion::stillAt(QStringLiteral("attendance")));
}

void bindMark(QSqlQuery &q, core::CohortId cohort, int callNumber, const core::AttendanceMark &mark)
{
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":call"), callNumber);
    q.bindValue(QStringLiteral(":person"), sqlId(mark.person));
    q.bindValue(QStringLiteral(":status"), toQt(core::attendanceKey(mark.status)));
    q.bindValue(QStringLiteral(":arrived"),
        mark.status == core::AttendanceStatus::Late ? textValue(core::trimmed(mark.arrivedAt)) : QStringLiteral(""));
}

} // namespace

Status RoomsRepository::setAttendance(
    core::CohortId cohort, int callNumber, const std::vector<core::AttendanceMark> &marks)
{
    const QSqlDatabase db = m_database.connection();
    if (Status checked = checkMarks(db, cohort, callNumber, marks); !checked)
        return checked;
    return sql::inTransaction(db, Table::Attendance, [&]() -> Status {
        QSqlQuery q(db);
        sql::prepare(q, upsertMark());
        rowversion::bindBasedOn(q, 0);
        for (const auto &mark : marks) {
            bindMark(q, cohort, callNumber, mark);
            if (!q.exec())
                return sql::failure(sql::writing(Table::Attendance), q);
        }
        return {};
    });
}

Result<std::map<core::PersonId, RowStamp>> RoomsRepository::attendanceStamps(
    core::CohortId cohort, int callNumber) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT person_id, %1 FROM attendance WHERE cohort_id = :cohort AND call_number = :call")
                  .arg(rowversion::stampColumns()));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":call"), callNumber);
    if (!q.exec())
        return sql::failure(sql::reading(Table::Attendance), q);
    std::map<core::PersonId, RowStamp> out;
    while (q.next())
        out.emplace(q.value(0).toLongLong(), rowversion::readStamp(q, 1));
    return out;
}

Result<RowVersion> RoomsRepository::markAttendance(
    core::CohortId cohort, int callNumber, const core::AttendanceMark &mark, RowVersion basedOn)
{
    const QSqlDatabase db = m_database.connection();
    if (Status checked = checkMarks(db, cohort, callNumber, { mark }); !checked)
        return checked.error();
    return sql::inTransactionFor<RowVersion>(db, Table::Attendance, [&]() -> Result<RowVersion> {
        QSqlQuery q(db);
        sql::prepare(q, upsertMark());
        rowversion::bindBasedOn(q, basedOn);
        bindMark(q, cohort, callNumber, mark);
        if (!q.exec())
            return sql::failure(sql::writing(Table::Attendance), q);
        if (!q.next()) {
            return rowversion::refusal(db, Table::Attendance, "attendance",
                QStringLiteral("cohort_id = :cohort AND call_number = :call AND person_id = :person"),
                { { QStringLiteral(":cohort"), sqlId(cohort) }, { QStringLiteral(":call"), callNumber },
                    { QStringLiteral(":person"), sqlId(mark.person) } },
                Error(Problem::AttendanceOfStranger).withCall(callNumber).withId(mark.person))
                .withCall(callNumber)
                .withId(mark.person);
        }
        return q.value(0).toLongLong();
    });
}

Result<RowStamp> RoomsRepository::planStamp(core::CohortId cohort, int callNumber) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM room_plans WHERE cohort_id = :cohort AND call_number = :call")
                  .arg(rowversion::stampColumns()));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":call"), callNumber);
    if (!q.exec())
        return sql::failure(sql::reading(Table::BreakoutRounds), q);
    if (!q.next())
        return RowStamp { kNoRow, {}, {} };
    return rowversion::readStamp(q, 0);
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
        return R::failure(Error(Problem::NoRoomsPlanned).withCall(callNumber));
    for (auto &[call, s] : stored.value()) {
        if (s.round.number == roundNumber)
            return std::move(s.round);
    }
    return R::failure(
        roundError(Problem::NoSuchRound, callNumber, roundNumber).withCount(stored.value().back().second.round.number));
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
        return sql::failure(sql::writing(Table::BreakoutRounds), q);
    return insertSeats(db, q.lastInsertId().toLongLong(), round);
}

Result<RowVersion> RoomsRepository::savePlan(
    core::CohortId cohort, int callNumber, const std::vector<core::RoomRound> &rounds, RowVersion basedOn)
{
    const QSqlDatabase db = m_database.connection();
    if (const auto exists = callExists(db, cohort, callNumber); !exists)
        return exists.error();
    // Checked inside the write, after the version: a plan made before someone
    // else recorded a round is refused as changed elsewhere, not as a plan
    // that plans a recorded round.
    return planWrite(db, Table::BreakoutRounds, cohort, callNumber, basedOn, [&]() -> Status {
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
                return roundError(Problem::RecordedRoundInPlan, callNumber, round.number);
            if (!numbers.insert(round.number).second)
                return roundError(Problem::RoundTwiceInPlan, callNumber, round.number);
            if (auto problem = roundProblem(round, callNumber, members.value()))
                return problem->inTable(Table::BreakoutRounds);
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "DELETE FROM breakout_rounds WHERE cohort_id = :cohort AND call_number = :call AND status = 'planned'"));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        q.bindValue(QStringLiteral(":call"), callNumber);
        if (!q.exec())
            return sql::failure(sql::writing(Table::BreakoutRounds), q);
        for (const auto &round : rounds) {
            if (round.recorded())
                continue;
            if (const auto written = writeRound(cohort, callNumber, round); !written)
                return written;
        }
        return {};
    });
}

Result<RowVersion> RoomsRepository::editRound(core::CohortId cohort, int callNumber, int roundNumber,
    RowVersion basedOn, const std::function<Status(core::RoomRound &)> &edit)
{
    const QSqlDatabase db = m_database.connection();
    return planWrite(db, Table::BreakoutRounds, cohort, callNumber, basedOn, [&]() -> Status {
        auto stored = readRound(db, cohort, callNumber, roundNumber);
        if (!stored)
            return Status::from(stored);
        if (!stored.value())
            return roundError(Problem::NoPlannedRound, callNumber, roundNumber);
        StoredRound &s = *stored.value();
        if (s.round.recorded())
            return roundError(Problem::RoundIsHistory, callNumber, roundNumber);
        if (Status edited = edit(s.round); !edited)
            return edited;
        const auto members = memberIds(db, cohort);
        if (!members)
            return Status::from(members);
        if (auto problem = roundProblem(s.round, callNumber, members.value()))
            return problem->inTable(Table::RoomAssignments);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM room_assignments WHERE round_id = :round"));
        q.bindValue(QStringLiteral(":round"), s.id);
        if (!q.exec())
            return sql::failure(sql::writing(Table::RoomAssignments), q);
        if (const auto written = insertSeats(db, s.id, s.round); !written)
            return written;
        return {};
    });
}

Result<RowVersion> RoomsRepository::updateRound(
    core::CohortId cohort, int callNumber, const core::RoomRound &round, RowVersion basedOn)
{
    return editRound(cohort, callNumber, round.number, basedOn, [&round](core::RoomRound &stored) {
        stored.rooms = round.rooms;
        return Status();
    });
}

Result<RowVersion> RoomsRepository::movePerson(
    core::CohortId cohort, int callNumber, int roundNumber, core::PersonId person, int toRoom, RowVersion basedOn)
{
    return editRound(cohort, callNumber, roundNumber, basedOn, [&](core::RoomRound &round) {
        const int from = round.roomOf(person);
        if (from == 0)
            return Status(roundError(Problem::PersonNotInRound, callNumber, roundNumber).withId(person));
        const int rooms = static_cast<int>(round.rooms.size());
        if (toRoom < 1 || toRoom > rooms + 1)
            return Status(roundError(Problem::NoSuchRoom, callNumber, roundNumber).withId(toRoom).withCount(rooms + 1));
        if (toRoom == from)
            return Status();
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
        return Status();
    });
}

Result<RowVersion> RoomsRepository::swapPeople(core::CohortId cohort, int callNumber, int roundNumber,
    core::PersonId first, core::PersonId second, RowVersion basedOn)
{
    return editRound(cohort, callNumber, roundNumber, basedOn, [&](core::RoomRound &round) {
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
            return Status(roundError(Problem::PersonNotInRound, callNumber, roundNumber).withId(a ? second : first));
        std::swap(a->person, b->person);
        return Status();
    });
}

Result<RowVersion> RoomsRepository::setRole(core::CohortId cohort, int callNumber, int roundNumber,
    core::PersonId person, const std::string &role, int rank, RowVersion basedOn)
{
    return editRound(cohort, callNumber, roundNumber, basedOn, [&](core::RoomRound &round) {
        for (auto &room : round.rooms) {
            for (auto &seat : room.seats) {
                if (seat.person != person)
                    continue;
                seat.role = core::trimmed(role);
                seat.roleRank = seat.role.empty() ? 0 : std::max(1, rank);
                return Status();
            }
        }
        return Status(roundError(Problem::PersonNotInRound, callNumber, roundNumber).withId(person));
    });
}

Result<RowVersion> RoomsRepository::changeRole(core::CohortId cohort, int callNumber, int roundNumber,
    const core::BreakoutRound &step, core::PersonId person, const std::string &role, int turn, RowVersion basedOn)
{
    return editRound(cohort, callNumber, roundNumber, basedOn, [&](core::RoomRound &round) {
        if (const auto refusal = core::changeRoomRole(round, step, person, role, turn))
            return Status(roundError(Problem::RoleChangeRefused, callNumber, roundNumber)
                              .withId(person)
                              .withRoleRefusal(*refusal));
        return Status();
    });
}

Result<RowVersion> RoomsRepository::recordRound(
    core::CohortId cohort, int callNumber, int roundNumber, const std::string &recordedAt, RowVersion basedOn)
{
    const QSqlDatabase db = m_database.connection();
    return planWrite(db, Table::BreakoutRounds, cohort, callNumber, basedOn, [&]() -> Status {
        const auto stored = readRounds(db, cohort, callNumber);
        if (!stored)
            return Status::from(stored);
        const StoredRound *target = nullptr;
        for (const auto &[call, s] : stored.value()) {
            if (s.round.number == roundNumber)
                target = &s;
        }
        if (!target && stored.value().empty())
            return Error(Problem::NothingPlannedToRecord).withCall(callNumber);
        if (!target)
            return roundError(Problem::NoSuchRound, callNumber, roundNumber)
                .withCount(stored.value().back().second.round.number);
        if (target->round.recorded())
            return roundError(Problem::RoundAlreadyRecorded, callNumber, roundNumber);
        for (const auto &[call, s] : stored.value()) {
            if (s.round.number < roundNumber && !s.round.recorded())
                return roundError(Problem::EarlierRoundNotRecorded, callNumber, s.round.number);
        }
        if (target->round.rooms.empty())
            return roundError(Problem::RoundHasNobody, callNumber, roundNumber);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE breakout_rounds SET status = 'recorded', recorded_at = :at WHERE id = :id"));
        q.bindValue(QStringLiteral(":at"), textValue(recordedAt));
        q.bindValue(QStringLiteral(":id"), target->id);
        if (!q.exec())
            return sql::failure(sql::writing(Table::BreakoutRounds), q);
        return {};
    });
}

Result<RowVersion> RoomsRepository::deletePlannedRounds(core::CohortId cohort, int callNumber, RowVersion basedOn)
{
    return planWrite(m_database.connection(), Table::BreakoutRounds, cohort, callNumber, basedOn, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral(
            "DELETE FROM breakout_rounds WHERE cohort_id = :cohort AND call_number = :call AND status = 'planned'"));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        q.bindValue(QStringLiteral(":call"), callNumber);
        if (!q.exec())
            return sql::failure(sql::writing(Table::BreakoutRounds), q);
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
            return R::failure(sql::failure(sql::reading(Table::People), q));
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
        return R::failure(sql::failure(sql::reading(Table::KeepApart), q));
    std::vector<KeepApartPair> out;
    while (q.next())
        out.push_back(KeepApartPair{q.value(0).toLongLong(), q.value(1).toLongLong(), toStd(q.value(2).toString())});
    return out;
}

Status RoomsRepository::addKeepApart(core::CohortId cohort, core::PersonId first, core::PersonId second, const std::string &reason)
{
    if (first == second)
        return Error(Problem::KeptApartFromThemselves).withId(first);
    const QSqlDatabase db = m_database.connection();
    const auto members = memberIds(db, cohort);
    if (!members)
        return Status::from(members);
    for (const auto p : {first, second}) {
        if (!members.value().count(p))
            return Error(Problem::KeepApartStranger).withId(p);
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
            return sql::failure(sql::writing(Table::KeepApart), q);
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
            return sql::failure(sql::writing(Table::KeepApart), q);
        return {};
    });
}

Result<HostsInRooms> RoomsRepository::hostsInRooms(core::CohortId cohort) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT hosts_in_rooms FROM cohorts WHERE id = :cohort"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec())
        return Result<HostsInRooms>::failure(sql::failure(sql::reading(Table::Cohorts), q));
    if (!q.next())
        return Result<HostsInRooms>::failure(Error(Problem::NoSuchCohort).withId(cohort));
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
            return sql::failure(sql::writing(Table::Cohorts), q);
        return {};
    });
}

} // namespace convener::storage
