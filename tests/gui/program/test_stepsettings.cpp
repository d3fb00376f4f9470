// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/program/durationedit.h"
#include "gui/program/stepeditor.h"
#include "programpagefixture.h"

#include <catch2/catch.hpp>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace convener;

namespace {

// An empty call, with the step under test inserted from the library.
struct Page : tests::ProgramPageFixture
{
    core::Step first()
    {
        const auto call = stored();
        REQUIRE_FALSE(call.steps.empty());
        return call.steps.front();
    }
};

} // namespace

TEST_CASE("Step form: a host sets a breakout group size, roles, clock warnings and moving on, and undoes them")
{
    Page p;
    p.insert(QStringLiteral("troika"));
    p.page->selectRow(0);
    REQUIRE(p.page->currentRow() == 0);
    const core::Step before = p.first();
    QUndoStack *undo = p.workspace.undoStack();
    const int count = undo->index();

    // Folded away at first, with a line that sums it up.
    auto *body = p.find<QWidget>("breakoutTimingBody");
    auto *summary = p.find<QLabel>("breakoutTimingSummary");
    CHECK_FALSE(body->isVisible());
    CHECK(summary->text().contains(QStringLiteral("Breakout rooms")));
    CHECK(summary->text().contains(QStringLiteral("Roles: client, consultant")));
    auto *toggle = p.find<QToolButton>("breakoutTimingToggle");
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    CHECK(body->isVisible());

    // The trio becomes small groups in breakout rooms; a group of four does
    // not fit the roles, and a group of one is no group: both said under it.
    auto *space = p.find<QComboBox>("spaceCombo");
    space->setCurrentIndex(space->findData(QStringLiteral("group")));
    Q_EMIT space->activated(space->currentIndex());
    REQUIRE(p.first().space == core::StepSpace::Group);
    auto *groupSize = p.find<QSpinBox>("groupSizeSpin");
    auto *groupProblem = p.find<QLabel>("groupProblemLabel");
    groupSize->setValue(4);
    CHECK(p.first().groupSize == 4);
    CHECK(groupProblem->isVisible());
    CHECK(groupProblem->text().contains(QStringLiteral("the roles need")));
    groupSize->setValue(1);
    CHECK(groupProblem->text().contains(QStringLiteral("at least 2 people")));
    groupSize->setValue(3);
    CHECK(p.first().groupSize == 3);
    CHECK_FALSE(groupProblem->isVisible());

    // Moving on by itself, from the keyboard.
    auto *autoAdvance = p.find<QCheckBox>("autoAdvanceCheck");
    CHECK_FALSE(autoAdvance->isChecked());
    autoAdvance->setFocus();
    QTest::keyClick(autoAdvance, Qt::Key_Space);
    CHECK(p.first().autoAdvance);
    CHECK(summary->text().contains(QStringLiteral("Goes on by itself")));

    // A warning as long as the longest phase sounds at the start of each; a
    // final minute before the warning is an error. Both are shown under them.
    auto *timing = p.find<QLabel>("thresholdsProblemLabel");
    p.find<gui::DurationEdit>("warningEdit")->setSeconds(300);
    CHECK(p.first().thresholds.warning == core::Seconds(300));
    CHECK(timing->isVisible());
    CHECK(timing->text().contains(QStringLiteral("as soon as")));
    p.find<gui::DurationEdit>("finalMinuteEdit")->setSeconds(360);
    CHECK(timing->text().contains(QStringLiteral("final minute")));
    CHECK(summary->text().contains(QStringLiteral("Problems:")));

    // A role typed and added, then held by up to two people.
    auto *roles = p.find<QTableWidget>("rolesTable");
    auto *name = p.find<QLineEdit>("newRoleEdit");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("timekeeper"));
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(roles->rowCount() == 3);
    CHECK(p.first().roles.back().name == "timekeeper");
    qobject_cast<QSpinBox *>(roles->cellWidget(2, 2))->setValue(2);
    CHECK(p.first().roles.back().maxCount == 2);
    // Renaming the role that passes round renames it in the rotation too.
    roles->item(0, 0)->setText(QStringLiteral("speaker"));
    CHECK(p.first().roles.front().name == "speaker");
    CHECK(p.first().rotation.role == "speaker");
    CHECK(p.find<QComboBox>("rotationRoleCombo")->currentData().toString() == QStringLiteral("speaker"));
    // An empty name is refused where the roles are, and nothing changes.
    auto *rolesProblem = p.find<QLabel>("rolesProblemLabel");
    roles->item(0, 0)->setText(QString());
    CHECK(rolesProblem->text().contains(QStringLiteral("needs a name")));
    CHECK(roles->item(0, 0)->text() == QStringLiteral("speaker"));
    QTest::mouseClick(p.find<QPushButton>("addRoleButton"), Qt::LeftButton);
    CHECK(rolesProblem->text().contains(QStringLiteral("name first")));
    CHECK(p.first().roles.size() == 3);

    if (qEnvironmentVariableIsSet("CONVENER_STEP_EDITOR_SHOT")) {
        auto *editor = p.page->findChild<gui::StepEditor *>();
        REQUIRE(editor);
        CHECK(editor->grab().save(qEnvironmentVariable("CONVENER_STEP_EDITOR_SHOT")));
    }

    // Undo takes the database and the form back, one edit at a time.
    while (undo->index() > count)
        undo->undo();
    CHECK(p.first() == before);
    CHECK_FALSE(autoAdvance->isChecked());
    CHECK(roles->rowCount() == 2);
    CHECK(p.find<gui::DurationEdit>("warningEdit")->seconds() == 120);
    CHECK(groupSize->value() == 0);
    undo->redo();
    CHECK(p.first().space == core::StepSpace::Group);
}
