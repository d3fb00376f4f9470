// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// What a document remembers of the rows it edits: an undo command may run
// again only while nobody else has changed its row.
#include "models/rowledger.h"

#include <catch2/catch.hpp>

using namespace convener;
using models::RowLedger;

namespace {

storage::RowStamp stamp(storage::RowVersion version, const char *who = "")
{
    return { version, QString::fromUtf8(who), QStringLiteral("2026-12-08T17:02:00Z") };
}

} // namespace

TEST_CASE("Row ledger: an undo runs again only while nobody else changed its row", "[file]")
{
    RowLedger ledger;
    const RowLedger::Key card { storage::Table::RetroCards, QStringLiteral("7") };
    CHECK(ledger.version(card) == 0); // never read: the write is not checked

    ledger.seen(card, stamp(1));
    CHECK(ledger.version(card) == 1);
    // A command that has not run yet may always run; one that ran at turn 0 may run again.
    CHECK_FALSE(ledger.refusal(card, -1));
    CHECK_FALSE(ledger.refusal(card, 0));

    // This document's own write and the reload after it: nobody else's change.
    ledger.wrote(card, 2);
    ledger.seen(card, stamp(2));
    CHECK(ledger.turn(card) == 0);

    // Someone else's change, seen on the next reload, refuses the older command, naming them.
    ledger.seen(card, stamp(3, "maya"));
    CHECK(ledger.turn(card) == 1);
    const auto refusal = ledger.refusal(card, 0);
    REQUIRE(refusal);
    CHECK(refusal->problem == storage::Problem::ChangedElsewhere);
    CHECK(refusal->table == storage::Table::RetroCards);
    CHECK(refusal->name == QStringLiteral("maya"));
    CHECK_FALSE(ledger.refusal(card, 1));
}

TEST_CASE("Row ledger: a row moved on by a side effect is learned only when nobody else moved it first", "[file]")
{
    RowLedger ledger;
    const RowLedger::Key column { storage::Table::RetroColumns, QStringLiteral("3") };
    ledger.seen(column, stamp(4));

    // Taking a grouped card off moved the column from 4, as known here, to 5.
    ledger.movedTo(column, 5);
    CHECK(ledger.version(column) == 5);
    ledger.seen(column, stamp(5));
    CHECK(ledger.turn(column) == 0);

    // A co-host had moved it to 6 unseen, and this side effect to 7: not
    // learned, so the reload counts their change and undo will not revert it.
    ledger.movedTo(column, 7);
    CHECK(ledger.version(column) == 5);
    ledger.seen(column, stamp(7, "maya"));
    CHECK(ledger.turn(column) == 1);

    // A row never read is not learned either: the first reload reads it.
    const RowLedger::Key other { storage::Table::RetroColumns, QStringLiteral("4") };
    ledger.movedTo(other, 2);
    CHECK(ledger.version(other) == 0);
}
