// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "support/demoretroboard.h"

#include "storage/demo/demoretro.h"
#include "storage/demo/demoseeder.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"

namespace convener::tests {

storage::Result<core::RetroBoard> seedDemoRetroBoard(storage::Database &db)
{
    using R = storage::Result<core::RetroBoard>;
    storage::RosterRepository roster(db);
    const auto demo = storage::DemoSeeder(roster).seed();
    if (!demo)
        return R::failure(demo.error());
    const auto board = storage::RetroRepository(db).findBoard(demo.value().cohort, storage::DemoRetro::kCall);
    if (!board)
        return R::failure(board.error());
    if (!board.value())
        return R::failure(
            storage::Error(storage::Problem::ReadFailed)
                .inTable(storage::Table::RetroBoards)
                .withDetail(
                    QStringLiteral("the Demo cohort has no retro board for call %1").arg(storage::DemoRetro::kCall)));
    return *board.value();
}

} // namespace convener::tests
