// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/demo/demorooms.h"

#include "core/rooms/attendance.h"
#include "core/rooms/breakoutround.h"
#include "storage/rooms/roomplanstore.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QTimeZone>

#include <map>
#include <string>

namespace convener::storage {

namespace {

struct DemoMark
{
    int call;
    const char *name;
    core::AttendanceStatus status;
    const char *arrivedAt;
};

// Kiri is in Wellington, where the call is at dawn; people miss a week; one
// arrives after the first encounter has started.
const DemoMark kMarks[] = {
    {1, "Kiri Walker", core::AttendanceStatus::Absent, ""},
    {1, "Tariq Aziz", core::AttendanceStatus::Absent, ""},
    {1, "Lucía Gómez", core::AttendanceStatus::Late, "17:27"},
    {2, "Kiri Walker", core::AttendanceStatus::Absent, ""},
    {2, "Oluwaseun Bello", core::AttendanceStatus::Absent, ""},
    {2, "Sofia Rossi", core::AttendanceStatus::Absent, ""},
};

// When a round started, in UTC, from the call's local planned start and the round's planned minute.
std::string startedAt(const CohortCall &call, const core::BreakoutRound &round, const QString &timeZone)
{
    QDateTime local = QDateTime::fromString(toQt(call.call.plannedStart), Qt::ISODate);
    const QTimeZone zone(timeZone.toUtf8());
    if (!local.isValid() || !zone.isValid())
        return call.call.plannedStart;
    local.setTimeZone(zone);
    if (round.startMinute) {
        const int startMinute = local.time().hour() * 60 + local.time().minute();
        const int delta = (*round.startMinute - startMinute + 24 * 60) % (24 * 60);
        local = local.addSecs(static_cast<qint64>(delta) * 60);
    }
    return toStd(local.toUTC().toString(Qt::ISODate));
}

} // namespace

Status DemoRooms::seed(Database &database, core::CohortId cohort, const std::vector<core::Member> &members)
{
    std::map<std::string, core::PersonId> ids;
    for (const auto &m : members)
        ids[m.person.displayName] = m.person.id;
    const auto cohortRecord = RosterRepository(database).cohort(cohort);
    if (!cohortRecord)
        return Status::from(cohortRecord);

    return sql::inTransaction(database.connection(), Table::BreakoutRounds, [&]() -> Status {
        RoomsRepository rooms(database);
        ProgramRepository programs(database);
        RoomPlanStore planner(database);
        for (int call = 1; call <= kRecordedCalls; ++call) {
            std::vector<core::AttendanceMark> marks;
            for (const DemoMark &m : kMarks) {
                const auto id = ids.find(m.name);
                if (m.call == call && id != ids.end())
                    marks.push_back(core::AttendanceMark { id->second, m.status, m.arrivedAt });
            }
            if (const auto set = rooms.setAttendance(cohort, call, marks); !set)
                return set;
            core::ScheduleOptions options;
            options.seed = 2026;
            // The iteration limit, not the clock, ends a search that misses the
            // bound, so every machine seeds the same rooms.
            options.iterationLimit = 20000;
            options.timeLimit = std::chrono::minutes(10);
            const auto planned = planner.planAndSave(cohort, call, RoomPlanStore::Mode::Fresh, options);
            if (!planned)
                return Status::from(planned);
            const auto callRecord = programs.call(cohort, call);
            if (!callRecord)
                return Status::from(callRecord);
            const auto steps = core::breakoutRounds(callRecord.value().call);
            for (const auto &round : planned.value().rounds) {
                const auto &step = steps.at(static_cast<size_t>(round.number - 1));
                const std::string at = startedAt(callRecord.value(), step, toQt(cohortRecord.value().timeZone));
                if (const auto recorded = rooms.recordRound(cohort, call, round.number, at); !recorded)
                    return recorded.error();
            }
        }
        return {};
    });
}

} // namespace convener::storage
