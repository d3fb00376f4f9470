// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/demo/demoseeder.h"

#include "core/roster/demodata.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/demo/demojournal.h"
#include "storage/demo/demoretro.h"
#include "storage/demo/demorooms.h"
#include "storage/journal/journalrepository.h"
#include "storage/program/programrepository.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/sql.h"

namespace convener::storage {

namespace {
constexpr const char *kDemoProgram = "practice-program";
}

DemoSeeder::DemoSeeder(RosterRepository &roster) : m_roster(roster)
{
}

Result<DemoSeeder::Outcome> DemoSeeder::seed()
{
    using R = Result<Outcome>;
    const core::Cohort demo = core::demoCohort();
    const auto existing = m_roster.cohortByName(toQt(demo.name));
    if (!existing)
        return R::failure(existing.error());
    if (existing.value())
        return Outcome{existing.value()->id, false};

    core::CohortId seeded = 0;
    const Status saved = sql::inTransaction(m_roster.database().connection(), Table::Cohorts, [&]() -> Status {
        const auto cohort = m_roster.createCohort(demo);
        if (!cohort)
            return cohort.error();
        seeded = cohort.value();
        const auto added = m_roster.addMembers(seeded, core::demoMembers());
        if (!added)
            return added.error();
        // One participant keeps a journal whose passphrase the demo's description states.
        for (const auto &member : added.value()) {
            if (member.person.displayName != DemoJournal::kOwner)
                continue;
            JournalRepository journals(m_roster.database());
            if (const auto journal = DemoJournal::seed(journals, member.person.id); !journal)
                return journal.error();
        }

        // Call 4 closes with a retro board, already run to the action items.
        RetroRepository retro(m_roster.database());
        if (const auto board = DemoRetro::seed(retro, seeded, added.value()); !board)
            return board.error();

        // The Demo cohort follows the four-call practice program, dated from its start.
        if (Status followed = ProgramRepository(m_roster.database()).followBuiltinProgram(seeded, kDemoProgram);
            !followed)
            return followed;
        // Calls 1 and 2 have happened: attendance and recorded breakout rounds.
        return DemoRooms::seed(m_roster.database(), seeded, added.value());
    });
    if (!saved)
        return R::failure(saved.error());
    return Outcome { seeded, true };
}

} // namespace convener::storage
