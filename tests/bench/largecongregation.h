// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The made-up cohort the benchmarks share: a large congregation of `count`
// people (two hosts), the same for every run so figures compare, and the
// People area shown as the app shows it.
#pragma once

#include "core/roster/cohort.h"
#include "core/roster/person.h"
#include "models/roster/rostermodel.h"
#include "storage/roster/rosterrepository.h"

#include <cstddef>
#include <QUndoStack>
#include <string>
#include <vector>

namespace convener::bench {

inline core::Cohort largeCongregation()
{
    core::Cohort c;
    c.name = "Large congregation";
    c.startDate = "2026-01-08";
    c.weekday = 4;
    c.startTime = "18:00";
    c.timeZone = "Europe/Lisbon";
    return c;
}

inline std::vector<core::Member> largeCongregationPeople(int count)
{
    std::vector<core::Member> people(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        core::Person &p = people[static_cast<std::size_t>(i)].person;
        p.displayName = "Person " + std::to_string(i + 1);
        p.email = "person" + std::to_string(i + 1) + "@example.org";
        p.pronouns = i % 3 == 0 ? "she/her" : i % 3 == 1 ? "he/him" : "they/them";
        p.location = "City " + std::to_string(i % 37);
        p.timeZone = "Europe/Lisbon";
        p.notes = "Joined through the spring registration form.";
        people[static_cast<std::size_t>(i)].role = i < 2 ? core::Role::Host : core::Role::Participant;
    }
    return people;
}

// Shows the cohort in the People area's model as the app does, every cell
// read once; returns the rows shown: -1 when the model did not load, 0 when no
// cell had any text.
inline int showPeopleArea(storage::Database &db, core::CohortId cohort)
{
    storage::RosterRepository roster(db);
    QUndoStack undo;
    models::RosterModel model(roster, &undo);
    if (!model.setCohort(cohort))
        return -1;
    qsizetype cells = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            cells += model.data(model.index(row, column)).toString().size();
    }
    return cells == 0 ? 0 : model.rowCount();
}

} // namespace convener::bench
