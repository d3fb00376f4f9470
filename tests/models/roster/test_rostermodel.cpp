// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/roster/cohortlistmodel.h"
#include "models/roster/rosterfiltermodel.h"
#include "models/roster/rostermodel.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace convener;
using models::RosterModel;

namespace {

core::Member member(const std::string &name, const std::string &email = {})
{
    core::Member m;
    m.person.displayName = name;
    m.person.email = email;
    return m;
}

struct Fixture
{
    tests::TempDatabase temp;
    storage::RosterRepository roster{temp.db()};
    QUndoStack undo;
    RosterModel model{roster, &undo};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    core::CohortId cohort = 0;

    Fixture()
    {
        core::Cohort c;
        c.name = "Model cohort";
        cohort = roster.createCohort(c).value();
        REQUIRE(model.setCohort(cohort));
    }

    QStringList names() const
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, RosterModel::NameColumn).data().toString();
        return out;
    }

    QStringList storedNames()
    {
        QStringList out;
        for (const auto &m : roster.members(cohort).value())
            out << QString::fromStdString(m.person.displayName);
        return out;
    }
};

} // namespace

TEST_CASE("RosterModel: adding people is stored, shown in name order and undoable")
{
    Fixture f;
    f.model.addMembers({member("Carla"), member("ana", "ana@example.org")}, QStringLiteral("Add two"));
    CHECK(f.names() == QStringList{QStringLiteral("ana"), QStringLiteral("Carla")});
    CHECK(f.storedNames() == f.names());

    f.undo.undo();
    CHECK(f.model.rowCount() == 0);
    CHECK(f.storedNames().isEmpty());

    f.undo.redo();
    CHECK(f.names() == QStringList{QStringLiteral("ana"), QStringLiteral("Carla")});
    CHECK(f.storedNames() == f.names());
}

TEST_CASE("RosterModel: editing a cell is one undoable command and keeps name order")
{
    Fixture f;
    f.model.addMembers({member("Ben"), member("Dana")}, QStringLiteral("Add"));
    const QModelIndex ben = f.model.index(0, RosterModel::NameColumn);
    REQUIRE(f.model.setData(ben, QStringLiteral("  Zed ")));
    CHECK(f.names() == QStringList{QStringLiteral("Dana"), QStringLiteral("Zed")});
    CHECK(f.storedNames() == f.names());
    CHECK(f.undo.count() == 2);

    f.undo.undo();
    CHECK(f.names() == QStringList{QStringLiteral("Ben"), QStringLiteral("Dana")});
    CHECK(f.storedNames() == f.names());
}

TEST_CASE("RosterModel: a role is changed through its key and an empty name is refused")
{
    Fixture f;
    f.model.addMembers({member("Ben")}, QStringLiteral("Add"));
    REQUIRE(f.model.setData(f.model.index(0, RosterModel::RoleColumn), QStringLiteral("co-host")));
    CHECK(f.roster.members(f.cohort).value()[0].role == core::Role::CoHost);
    CHECK(f.model.index(0, RosterModel::RoleColumn).data().toString() == QStringLiteral("Co-host"));

    QSignalSpy failed(&f.model, &RosterModel::storageFailed);
    CHECK_FALSE(f.model.setData(f.model.index(0, RosterModel::NameColumn), QStringLiteral("   ")));
    CHECK(failed.count() == 1);
    CHECK(f.names() == QStringList{QStringLiteral("Ben")});
}

TEST_CASE("RosterModel: removing people can be undone with every detail back")
{
    Fixture f;
    core::Member ana = member("Ana", "ana@example.org");
    ana.person.pronouns = "she/her";
    ana.person.notes = "Joins late on Tuesdays";
    f.model.addMembers({ana, member("Ben"), member("Cy")}, QStringLiteral("Add"));
    const auto before = f.roster.members(f.cohort).value();

    f.model.removeMembers({f.model.member(0).person.id, f.model.member(2).person.id});
    CHECK(f.names() == QStringList{QStringLiteral("Ben")});
    CHECK(f.storedNames() == f.names());

    f.undo.undo();
    CHECK(f.roster.members(f.cohort).value() == before);
    CHECK(f.model.members() == before);
}

TEST_CASE("RosterModel: switching cohort reloads the rows and forgets the undo history")
{
    Fixture f;
    f.model.addMembers({member("Ana")}, QStringLiteral("Add"));
    core::Cohort other;
    other.name = "Other";
    const auto otherId = f.roster.createCohort(other).value();
    REQUIRE(f.model.setCohort(otherId));
    CHECK(f.model.rowCount() == 0);
    CHECK(f.undo.count() == 0);
}

TEST_CASE("RosterFilterModel: every search word must match, and the role filter narrows")
{
    Fixture f;
    core::Member ana = member("Ana Lopez", "ana@example.org");
    ana.person.location = "Lisbon";
    core::Member host = member("Hugo", "hugo@example.org");
    host.role = core::Role::Host;
    host.person.location = "Lisbon";
    f.model.addMembers({ana, host, member("Bea", "bea@example.org")}, QStringLiteral("Add"));

    models::RosterFilterModel filter;
    filter.setSourceModel(&f.model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSearchText(QStringLiteral("lisbon"));
    CHECK(filter.rowCount() == 2);
    filter.setSearchText(QStringLiteral("LISBON ana"));
    CHECK(filter.rowCount() == 1);
    filter.setSearchText(QString());
    filter.setRoleFilter(core::Role::Host);
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, 0).data().toString() == QStringLiteral("Hugo"));
}

TEST_CASE("CohortListModel: a new cohort appears in name order; a duplicate name is refused")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    models::CohortListModel list(roster);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(list.reload());
    core::Cohort b;
    b.name = "Beta";
    core::Cohort a;
    a.name = "alpha";
    CHECK(list.create(b) > 0);
    CHECK(list.create(a) > 0);
    CHECK(list.index(0).data().toString() == QStringLiteral("alpha"));
    QSignalSpy failed(&list, &models::CohortListModel::storageFailed);
    CHECK(list.create(b) == 0);
    CHECK(failed.count() == 1);
    CHECK(list.rowCount() == 2);
}

TEST_CASE("CohortListModel: a new cohort gets its hosts, the first as host and the others as co-hosts")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    models::CohortListModel list(roster);
    REQUIRE(list.reload());
    core::Cohort c;
    c.name = "Autumn circle";
    const core::CohortId id = list.create(c, "practice-program", {"Amara", "Björn"});
    REQUIRE(id > 0);
    const auto members = roster.members(id);
    REQUIRE(members);
    REQUIRE(members.value().size() == 2);
    for (const core::Member &m : members.value())
        CHECK(m.role == (m.person.displayName == "Amara" ? core::Role::Host : core::Role::CoHost));

    // All or nothing: a cohort whose hosts cannot be added is not created.
    core::Cohort d;
    d.name = "Winter circle";
    QSignalSpy failed(&list, &models::CohortListModel::storageFailed);
    CHECK(list.create(d, {}, {"   "}) == 0);
    CHECK(failed.count() == 1);
    CHECK(list.rowCount() == 1);
}
