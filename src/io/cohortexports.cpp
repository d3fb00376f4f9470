// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "io/cohortexports.h"

#include "core/program/runsheetmarkdown.h"
#include "core/roster/callcalendar.h"
#include "io/privatefile.h"
#include "io/runsheetpdf.h"
#include "storage/conversions.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"

namespace convener::io {

namespace {

using storage::toQt;

QByteArray bytes(const std::string &text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

storage::Result<core::RunSheet> loadRunSheet(storage::Database &database, core::CohortId cohort, int callNumber)
{
    using R = storage::Result<core::RunSheet>;
    const auto stored = storage::RosterRepository(database).cohort(cohort);
    if (!stored)
        return R::failure(stored.error());
    const auto call = storage::ProgramRepository(database).call(cohort, callNumber);
    if (!call)
        return R::failure(call.error());
    const storage::RoomsRepository roomsRepository(database);
    const auto rounds = roomsRepository.rounds(cohort, callNumber);
    if (!rounds)
        return R::failure(rounds.error());
    core::RunSheetRooms rooms;
    rooms.rounds = rounds.value();
    std::vector<core::PersonId> ids;
    for (const auto &round : rooms.rounds) {
        for (const core::PersonId id : round.people())
            ids.push_back(id);
    }
    if (!ids.empty()) {
        const auto people = roomsRepository.people(ids);
        if (!people)
            return R::failure(people.error());
        for (const auto &[id, person] : people.value())
            rooms.names[id] = person.displayName;
    }
    return core::buildRunSheet(stored.value(), callNumber, call.value().call, rooms);
}

bool isMarkdownPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive);
}

storage::Status exportRunSheet(storage::Database &database, core::CohortId cohort, int callNumber, const QString &path,
                               PaperSize paper)
{
    const auto sheet = loadRunSheet(database, cohort, callNumber);
    if (!sheet)
        return storage::Status::failure(sheet.error());
    const QByteArray contents = isMarkdownPath(path) ? bytes(core::runSheetMarkdown(sheet.value()))
                                                     : runSheetPdf(sheet.value(), paper);
    return io::writePrivateFile(path, contents);
}

storage::Result<CalendarRequest> loadCalendar(storage::Database &database, core::CohortId cohort,
                                              std::chrono::sys_seconds now)
{
    using R = storage::Result<CalendarRequest>;
    const storage::RosterRepository roster(database);
    const auto stored = roster.cohort(cohort);
    if (!stored)
        return R::failure(stored.error());
    const auto created = roster.cohortCreatedAt(cohort);
    if (!created)
        return R::failure(created.error());
    const auto calls = storage::ProgramRepository(database).calls(cohort);
    if (!calls)
        return R::failure(calls.error());
    if (calls.value().empty())
        return R::failure(storage::Error(storage::Problem::CohortWithoutCalls).withName(toQt(stored.value().name)));

    CalendarRequest request;
    request.cohort = stored.value();
    request.cohortKey = created.value();
    request.stamp = now;
    request.callCount = static_cast<int>(calls.value().size());
    const auto weekly = core::weeklyCallStarts(stored.value(), request.callCount);
    for (const auto &c : calls.value()) {
        CalendarCall entry;
        entry.number = c.number;
        entry.title = c.call.title;
        entry.length = c.call.length;
        entry.start = c.call.plannedStart;
        // A call never dated follows the cohort's weekly rhythm, as its run sheet does.
        if (entry.start.empty() && c.number >= 1 && static_cast<std::size_t>(c.number) <= weekly.size())
            entry.start = weekly[static_cast<std::size_t>(c.number - 1)];
        request.calls.push_back(std::move(entry));
    }
    return request;
}

storage::Status exportCalendar(storage::Database &database, core::CohortId cohort, const QString &path,
                               std::chrono::sys_seconds now)
{
    const auto request = loadCalendar(database, cohort, now);
    if (!request)
        return storage::Status::failure(request.error());
    const auto text = cohortCalendar(request.value());
    if (!text)
        return storage::Status::failure(text.error());
    return io::writePrivateFile(path, bytes(text.value()));
}

} // namespace convener::io
