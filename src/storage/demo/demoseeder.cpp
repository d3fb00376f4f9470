// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/demo/demoseeder.h"

#include "core/roster/demodata.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/demo/demoretro.h"
#include "storage/demo/demorooms.h"
#include "storage/demo/demojournal.h"
#include "storage/journal/journalrepository.h"
#include "storage/program/programrepository.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/writetransaction.h"

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

    WriteTransaction transaction(m_roster.database().connection());
    if (!transaction.isActive())
        return R::failure(QStringLiteral("Could not start saving the demo: %1").arg(transaction.error()));
    const auto cohort = m_roster.createCohort(demo);
    if (!cohort)
        return R::failure(cohort.error());
    const auto added = m_roster.addMembers(cohort.value(), core::demoMembers());
    if (!added)
        return R::failure(added.error());
    // One participant keeps a journal whose passphrase the demo's description states.
    for (const auto &member : added.value()) {
        if (member.person.displayName != DemoJournal::kOwner)
            continue;
        JournalRepository journals(m_roster.database());
        if (const auto journal = DemoJournal::seed(journals, member.person.id); !journal)
            return R::failure(journal.error());
    }

    // Call 4 closes with a retro board, already run to the action items.
    RetroRepository retro(m_roster.database());
    if (const auto board = DemoRetro::seed(retro, cohort.value(), added.value()); !board)
        return R::failure(board.error());

    // The Demo cohort follows the four-call practice program, dated from its start.
    const auto followed = ProgramRepository(m_roster.database()).followBuiltinProgram(cohort.value(), kDemoProgram);
    if (!followed)
        return R::failure(followed.error());
    // Calls 1 and 2 have happened: attendance and recorded breakout rounds.
    if (const auto rooms = DemoRooms::seed(m_roster.database(), cohort.value(), added.value()); !rooms)
        return R::failure(rooms.error());
    if (!transaction.commit())
        return R::failure(QStringLiteral("Could not save the demo: %1").arg(transaction.error()));
    return Outcome{cohort.value(), true};
}

} // namespace convener::storage
