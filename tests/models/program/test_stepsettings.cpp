// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/thresholdreach.h"
#include "models/program/fieldproblems.h"
#include "programfixture.h"

#include <catch2/catch.hpp>

using namespace convener;
using models::StepField;

namespace {

// The practice program's first call, with the step under test put first.
struct Fixture : tests::ProgramFixture
{
    // What the database holds for the first step, read back apart from the model.
    core::Step first()
    {
        const auto call = stored();
        REQUIRE_FALSE(call.steps.empty());
        return call.steps.front();
    }

    QString problemsOf(std::vector<std::string_view> fields)
    {
        return models::fieldProblems(model.problems(0), fields).join(QLatin1Char('\n'));
    }
};

QVariantMap role(const QString &name, int min, int max)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("min"), min}, {QStringLiteral("max"), max}};
}

} // namespace

TEST_CASE("Step settings: breakout rooms and moving on by itself are one undo step each, saved at once")
{
    Fixture f;
    REQUIRE(f.model.insertPractice(0, QStringLiteral("silent-journaling")));
    REQUIRE_FALSE(f.first().breakout);
    const int count = f.stack.count();

    REQUIRE(f.model.changeStep(0, StepField::Breakout, true));
    CHECK(f.first().breakout);
    CHECK(f.stack.undoText() == QStringLiteral("Move Silent journaling into breakout rooms"));
    // Alone in a breakout room is allowed, but said next to the setting.
    CHECK(f.problemsOf({"breakout"}).contains(QStringLiteral("on one's own")));

    REQUIRE(f.model.changeStep(0, StepField::AutoAdvance, true));
    CHECK(f.first().autoAdvance);
    CHECK(f.stack.undoText() == QStringLiteral("Let Silent journaling move on by itself"));
    CHECK(f.stack.count() == count + 2);

    f.stack.undo();
    CHECK_FALSE(f.first().autoAdvance);
    CHECK(f.first().breakout);
    f.stack.undo();
    CHECK_FALSE(f.first().breakout);
    CHECK(f.problemsOf({"breakout"}).isEmpty());
    f.stack.redo();
    f.stack.redo();
    CHECK(f.first().breakout);
    CHECK(f.first().autoAdvance);
    CHECK(f.model.step(0).autoAdvance);

    // Only a yes or no fits these fields.
    CHECK_FALSE(f.model.changeStep(0, StepField::AutoAdvance, QStringLiteral("sometimes")));
    CHECK(f.first().autoAdvance);
}

TEST_CASE("Step settings: clock warnings fold clicks into one undo step, and a warning after the final minute is flagged")
{
    Fixture f;
    REQUIRE(f.model.insertPractice(0, QStringLiteral("troika-consulting")));
    const core::Step before = f.first();
    REQUIRE(before.thresholds == core::StepThresholds{});
    const int count = f.stack.count();

    REQUIRE(f.model.changeStep(0, StepField::WarningThreshold, 150));
    REQUIRE(f.model.changeStep(0, StepField::WarningThreshold, 180));
    CHECK(f.stack.count() == count + 1);
    CHECK(f.first().thresholds.warning == core::Seconds(180));

    REQUIRE(f.model.changeStep(0, StepField::FinalMinuteThreshold, 200));
    CHECK(f.first().thresholds.finalMinute == core::Seconds(200));
    CHECK(f.stack.count() == count + 2);
    CHECK(f.problemsOf({"thresholds"}).contains(QStringLiteral("final minute")));

    f.stack.undo();
    CHECK(f.first().thresholds.finalMinute == core::Seconds(60));
    CHECK(f.problemsOf({"thresholds"}).isEmpty());
    f.stack.undo();
    CHECK(f.first() == before);
    f.stack.redo();
    CHECK(f.first().thresholds.warning == core::Seconds(180));

    CHECK_FALSE(f.model.changeStep(0, StepField::WarningThreshold, -1));
    CHECK_FALSE(f.model.changeStep(0, StepField::FinalMinuteThreshold, 25 * 60 * 60));
    CHECK(f.first().thresholds.warning == core::Seconds(180));
}

TEST_CASE("Step settings: roles are added, edited and removed one undo step each, and a rename carries the rotation")
{
    Fixture f;
    REQUIRE(f.model.insertPractice(0, QStringLiteral("troika-consulting")));
    const core::Step before = f.first();
    REQUIRE(before.rotation.role == "client");
    const int count = f.stack.count();

    QVariantList roles = models::stepField(f.model.step(0), StepField::Roles).toList();
    REQUIRE(roles.size() == 2);
    roles << role(QStringLiteral("timekeeper"), 0, 1);
    REQUIRE(f.model.changeStep(0, StepField::Roles, roles));
    CHECK(f.stack.undoText() == QStringLiteral("Add a role to Troika Consulting"));
    REQUIRE(f.first().roles.size() == 3);
    CHECK(f.first().roles[2].name == "timekeeper");
    CHECK(f.first().roles[2].minCount == 0);

    // The role that passes round is renamed, and the rotation follows it.
    roles[0] = role(QStringLiteral("speaker"), 1, 1);
    REQUIRE(f.model.changeStep(0, StepField::Roles, roles));
    CHECK(f.first().rotation.role == "speaker");
    CHECK(f.model.problems(0).empty());

    // Four people at least no longer fit a trio: said at the group size.
    roles[1] = role(QStringLiteral("consultant"), 3, 3);
    REQUIRE(f.model.changeStep(0, StepField::Roles, roles));
    CHECK(f.stack.undoText() == QStringLiteral("Edit a role of Troika Consulting"));
    CHECK(f.problemsOf({"group_size"}).contains(QStringLiteral("the roles need")));
    // The most fewer than the fewest is said at the roles.
    roles[1] = role(QStringLiteral("consultant"), 2, 1);
    REQUIRE(f.model.changeStep(0, StepField::Roles, roles));
    CHECK(f.problemsOf({"roles"}).contains(QStringLiteral("fewer than the least")));

    roles.removeLast();
    REQUIRE(f.model.changeStep(0, StepField::Roles, roles));
    CHECK(f.stack.undoText() == QStringLiteral("Remove a role from Troika Consulting"));
    CHECK(f.first().roles.size() == 2);
    CHECK(f.stack.count() == count + 5);

    // Values a program file could not hold are refused and change nothing.
    const core::Step last = f.first();
    CHECK_FALSE(f.model.changeStep(0, StepField::Roles, QVariantList{role(QString(), 1, 1)}));
    CHECK_FALSE(f.model.changeStep(0, StepField::Roles, QVariantList{role(QStringLiteral("x"), -1, 1)}));
    CHECK_FALSE(f.model.changeStep(0, StepField::Roles, QVariantList{role(QStringLiteral("x"), 1, 501)}));
    CHECK(f.first() == last);

    while (f.stack.index() > count)
        f.stack.undo();
    CHECK(f.first() == before);
    CHECK(f.model.step(0).rotation.role == "client");
    f.stack.redo();
    f.stack.redo();
    CHECK(f.first().rotation.role == "speaker");
}

TEST_CASE("Step settings: a role keeps fields of a newer format through an edit")
{
    Fixture f;
    REQUIRE(f.model.insertPractice(0, QStringLiteral("troika-consulting")));
    QVariantMap extended = role(QStringLiteral("client"), 1, 1);
    extended.insert(QStringLiteral("unknown"), QStringLiteral(R"({"colour":"red"})"));
    QVariantList roles = models::stepField(f.model.step(0), StepField::Roles).toList();
    roles[0] = extended;
    REQUIRE(f.model.changeStep(0, StepField::Roles, roles));
    CHECK(f.first().roles[0].unknownFields.value("colour", std::string()) == "red");
    // Read back as the form reads it, edited and written again: still there.
    roles = models::stepField(f.model.step(0), StepField::Roles).toList();
    QVariantMap first = roles[0].toMap();
    first.insert(QStringLiteral("max"), 2);
    roles[0] = first;
    REQUIRE(f.model.changeStep(0, StepField::Roles, roles));
    CHECK(f.first().roles[0].maxCount == 2);
    CHECK(f.first().roles[0].unknownFields.value("colour", std::string()) == "red");
}

TEST_CASE("Step settings: a breakout group without a size, or of one person, is flagged at the group size")
{
    Fixture f;
    REQUIRE(f.model.insertPractice(0, QStringLiteral("sharing-round")));
    REQUIRE(f.model.changeStep(0, StepField::Space, QStringLiteral("group")));
    REQUIRE(f.model.changeStep(0, StepField::Breakout, true));
    CHECK(f.problemsOf({"group_size"}).contains(QStringLiteral("needs a group size")));
    REQUIRE(f.model.changeStep(0, StepField::GroupSize, 1));
    CHECK(f.problemsOf({"group_size"}).contains(QStringLiteral("at least 2 people")));
    REQUIRE(f.model.changeStep(0, StepField::GroupSize, 4));
    CHECK(f.problemsOf({"group_size"}).isEmpty());
    CHECK(f.first().groupSize == 4);
    CHECK(f.first().breakout);
    // A problem of the rotation's role is not one of the roles themselves.
    CHECK(models::fieldProblems(
        { core::ProgramProblem(core::ProgramProblemKind::NoSuchRotatingRole, "steps[0].rotation.role") }, { "roles" })
              .isEmpty());
}

TEST_CASE("Step settings: a warning as long as every phase is told apart from one that reaches only short phases")
{
    core::Step step;
    step.title = "Troika";
    for (const auto &[title, length] : {std::pair{"Share", 240}, std::pair{"Confer", 300}, std::pair{"Reflect", 120}}) {
        core::Phase phase;
        phase.id = title;
        phase.title = title;
        phase.duration = core::Seconds(length);
        step.phases.push_back(phase);
    }
    const auto some = core::thresholdReach(step, core::Seconds(120));
    CHECK(some.titles == std::vector<std::string>{"Reflect"});
    CHECK_FALSE(some.every());
    const auto all = core::thresholdReach(step, core::Seconds(300));
    CHECK(all.every());
    CHECK(all.longest == core::Seconds(300));
    CHECK(core::thresholdReach(step, core::Seconds(0)).none());

    core::Step plain;
    plain.title = "Journal";
    plain.duration = core::Seconds(300);
    CHECK(core::thresholdReach(plain, core::Seconds(120)).none());
    CHECK(core::thresholdReach(plain, core::Seconds(300)).every());
}
