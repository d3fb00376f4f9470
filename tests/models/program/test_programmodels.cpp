// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/builtinlibrary.h"
#include "core/program/programdurations.h"
#include "models/program/callfit.h"
#include "models/program/callstepsmodel.h"
#include "models/roster/cohortlistmodel.h"
#include "models/program/practicelibrarymodel.h"
#include "models/program/programfile.h"
#include "models/workspace.h"
#include "programfixture.h"
#include "storage/conversions.h"
#include "storage/program/programrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace convener;
using models::CallStepsModel;
using models::StepField;

namespace {

using Fixture = tests::ProgramFixture;

QString clock(int secondsAfterSix)
{
    const QTime t = QTime(18, 0).addSecs(secondsAfterSix);
    return t.toString(t.second() != 0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace

TEST_CASE("Program model: each step starts when the ones before it have taken their planned time")
{
    Fixture f;
    const auto &call = f.model.call();
    REQUIRE(call.plannedStart == "2026-12-07T18:00");
    REQUIRE(f.model.rowCount() == static_cast<int>(call.steps.size()));
    long long elapsed = 0;
    for (int row = 0; row < f.model.rowCount(); ++row) {
        CHECK(f.model.startText(row) == clock(static_cast<int>(elapsed)));
        CHECK(f.model.data(f.model.index(row, CallStepsModel::StartColumn)).toString() == clock(static_cast<int>(elapsed)));
        CHECK(f.model.data(f.model.index(row, 0), CallStepsModel::StartOffsetRole).toLongLong() == elapsed);
        elapsed += call.steps[static_cast<size_t>(row)].plannedDuration().count();
    }
    // Lengthening the first step pushes every later start back by the same time.
    const QString before = f.model.startText(2);
    REQUIRE(f.model.changeStep(0, StepField::Duration, 600));
    CHECK(f.model.startText(1) == QStringLiteral("18:10"));
    CHECK(f.model.startText(2) == clock(QTime(18, 0).secsTo(QTime::fromString(before, QStringLiteral("HH:mm"))) + 300));
}

TEST_CASE("Program model: inserting a practice from the library is saved, undone and redone")
{
    Fixture f;
    const auto before = f.stored();
    REQUIRE(f.model.insertPractice(2, QStringLiteral("troika-consulting")));
    CHECK(f.model.step(2).title == "Troika Consulting");
    CHECK(f.stored().steps.size() == before.steps.size() + 1);
    CHECK(f.stored().steps[2].id == "troika-consulting");
    CHECK(f.stack.undoText() == QStringLiteral("Insert Troika Consulting"));

    f.stack.undo();
    CHECK(f.stored() == before);
    CHECK(f.model.rowCount() == static_cast<int>(before.steps.size()));
    f.stack.redo();
    CHECK(f.stored().steps[2].title == "Troika Consulting");

    // A second copy of the same practice gets an id of its own.
    REQUIRE(f.model.insertPractice(0, QStringLiteral("troika-consulting")));
    CHECK(f.stored().steps[0].id == "troika-consulting-2");
    CHECK_FALSE(f.model.insertPractice(0, QStringLiteral("no-such-practice")));
}

TEST_CASE("Program model: removing a step is saved, and undo puts it back in its place")
{
    Fixture f;
    const auto before = f.stored();
    REQUIRE(f.model.removeStep(1));
    CHECK(f.stored().steps.size() == before.steps.size() - 1);
    CHECK(f.stored().steps[1].id == before.steps[2].id);
    f.stack.undo();
    CHECK(f.stored() == before);
    f.stack.redo();
    CHECK(f.stored().steps[1].id == before.steps[2].id);
}

TEST_CASE("Program model: moving a step is saved, undone and redone")
{
    Fixture f;
    const auto before = f.ids(f.stored());
    REQUIRE(f.model.moveStep(0, 2));
    auto moved = before;
    std::rotate(moved.begin(), moved.begin() + 1, moved.begin() + 3);
    CHECK(f.ids(f.stored()) == moved);
    CHECK(f.ids(f.model.call()) == moved);
    f.stack.undo();
    CHECK(f.ids(f.stored()) == before);
    f.stack.redo();
    CHECK(f.ids(f.stored()) == moved);

    REQUIRE(f.model.moveStep(2, 0));
    CHECK(f.ids(f.stored()) == before);
    CHECK_FALSE(f.model.moveStep(0, 0));
    CHECK_FALSE(f.model.moveStep(0, 99));
}

TEST_CASE("Program model: duplicating a step puts a copy with its own id right after it")
{
    Fixture f;
    const auto before = f.stored();
    REQUIRE(f.model.duplicateStep(1));
    const auto after = f.stored();
    REQUIRE(after.steps.size() == before.steps.size() + 1);
    CHECK(after.steps[2].title == before.steps[1].title);
    CHECK(after.steps[2].id == before.steps[1].id + "-2");
    f.stack.undo();
    CHECK(f.stored() == before);
    f.stack.redo();
    CHECK(f.stored() == after);
}

TEST_CASE("Program model: field edits are saved and undone, and clicks on one number fold into one step")
{
    Fixture f;
    const auto before = f.stored();
    const int undoBefore = f.stack.count();

    REQUIRE(f.model.changeStep(1, StepField::LeadHost, QStringLiteral("Rosa")));
    REQUIRE(f.model.changeStep(1, StepField::TechnicalHost, QStringLiteral("Idris")));
    REQUIRE(f.model.changeStep(1, StepField::Title, QStringLiteral("Arrival round")));
    REQUIRE(f.model.changeStep(1, StepField::FacilitatorNotes, QStringLiteral("Start with yourself.")));
    REQUIRE(f.model.changeStep(1, StepField::Instructions, QStringLiteral("Say how you arrive.")));
    REQUIRE(f.model.changeStep(1, StepField::Prompts, QStringList{QStringLiteral("How are you?"), QString()}));
    REQUIRE(f.model.changeStep(1, StepField::Space, QStringLiteral("group")));
    REQUIRE(f.model.changeStep(1, StepField::GroupSize, 4));
    REQUIRE(f.model.changeStep(1, StepField::Minimum, 240));
    auto s = f.stored().steps[1];
    CHECK(s.leadHost == "Rosa");
    CHECK(s.technicalHost == "Idris");
    CHECK(s.title == "Arrival round");
    CHECK(s.facilitatorNotes == "Start with yourself.");
    CHECK(s.instructions == "Say how you arrive.");
    CHECK(s.prompts == std::vector<std::string>{"How are you?"});
    CHECK(s.space == core::StepSpace::Group);
    CHECK(s.groupSize == 4);
    CHECK(s.minimum == core::Seconds(240));
    CHECK(f.model.data(f.model.index(1, CallStepsModel::LeadColumn)).toString() == QStringLiteral("Rosa"));
    CHECK(f.stack.count() == undoBefore + 9);

    // Three clicks up on the duration are one undo step.
    const auto duration = *f.stored().steps[1].duration;
    for (int i = 1; i <= 3; ++i)
        REQUIRE(f.model.changeStep(1, StepField::Duration, static_cast<int>(duration.count()) + 60 * i));
    CHECK(f.stack.count() == undoBefore + 10);
    CHECK(f.stored().steps[1].duration == duration + core::Seconds(180));
    f.stack.undo();
    CHECK(f.stored().steps[1].duration == duration);

    while (f.stack.count() > undoBefore && f.stack.canUndo())
        f.stack.undo();
    CHECK(f.stored() == before);
    for (int i = 0; i < 10; ++i)
        f.stack.redo();
    CHECK(f.stored().steps[1].leadHost == "Rosa");
    CHECK(f.stored().steps[1].duration == duration + core::Seconds(180));

    // A value that does not fit is refused and changes nothing.
    QSignalSpy refused(&f.model, &CallStepsModel::refused);
    CHECK_FALSE(f.model.changeStep(1, StepField::Title, QStringLiteral("   ")));
    CHECK_FALSE(f.model.changeStep(1, StepField::Space, QStringLiteral("ballroom")));
    CHECK(refused.count() == 2);
    // Setting a field to what it already is adds nothing to undo.
    const int count = f.stack.count();
    CHECK_FALSE(f.model.changeStep(1, StepField::LeadHost, QStringLiteral("Rosa")));
    CHECK(f.stack.count() == count);
}

TEST_CASE("Program model: a phase's length is changed, and clicking it back to where it was leaves nothing to undo")
{
    Fixture f;
    REQUIRE(f.model.insertPractice(0, QStringLiteral("troika-consulting")));
    const auto before = f.stored().steps[0];
    REQUIRE(!before.phases.empty());
    const int seconds = static_cast<int>(before.phases[0].duration.count());
    const int count = f.stack.count();
    REQUIRE(f.model.changeStep(0, StepField::PhaseDuration, seconds + 60, 0));
    CHECK(f.stored().steps[0].phases[0].duration.count() == seconds + 60);
    CHECK(f.stored().steps[0].plannedDuration() > before.plannedDuration());
    REQUIRE(f.model.changeStep(0, StepField::PhaseMinimum, 60, 0));
    CHECK(f.stored().steps[0].phases[0].minimum == core::Seconds(60));
    f.stack.undo();
    f.stack.undo();
    CHECK(f.stored().steps[0] == before);
    f.stack.redo();
    REQUIRE(f.model.changeStep(0, StepField::PhaseDuration, seconds, 0));
    CHECK(f.stack.count() == count);
    CHECK(f.stored().steps[0] == before);
    CHECK_FALSE(f.model.changeStep(0, StepField::PhaseDuration, 60, 42));
}

TEST_CASE("Program model: a rotation change is one undo step and moves the planned length and later starts")
{
    Fixture f;
    REQUIRE(f.model.insertPractice(0, QStringLiteral("troika-consulting")));
    const auto before = f.stored();
    const core::Step troika = before.steps[0];
    REQUIRE(troika.rotation.kind == core::RotationKind::PerMember);
    REQUIRE(troika.plannedGroupSize() == 3);
    const auto offset = [&f](int row) {
        return f.model.data(f.model.index(row, 0), CallStepsModel::StartOffsetRole).toLongLong();
    };
    const long long turn = troika.turnDuration().count();
    const long long changeover = troika.rotation.changeover.count();
    CHECK(offset(1) == 3 * turn + 2 * changeover);
    const int count = f.stack.count();

    // Two fixed turns instead of one per trio member.
    REQUIRE(f.model.changeStep(0, StepField::RotationKind, QStringLiteral("fixed")));
    REQUIRE(f.model.changeStep(0, StepField::RotationCount, 3));
    REQUIRE(f.model.changeStep(0, StepField::RotationCount, 2));
    CHECK(f.stack.count() == count + 2);                      // the count's clicks fold into one step
    CHECK(f.stack.text(count) == QStringLiteral("Change how Troika Consulting rotates"));
    auto stored = f.stored().steps[0];
    CHECK(stored.rotation.kind == core::RotationKind::Fixed);
    CHECK(stored.rotation.count == 2);
    CHECK(stored.plannedDuration().count() == 2 * turn + changeover);
    CHECK(offset(1) == 2 * turn + changeover);
    CHECK(offset(2) == offset(1) + before.steps[1].plannedDuration().count());

    // A changeover of a minute between turns, and a per-member rotation
    // follows the group size.
    REQUIRE(f.model.changeStep(0, StepField::RotationChangeover, 60));
    REQUIRE(f.model.changeStep(0, StepField::RotationKind, QStringLiteral("per_member")));
    REQUIRE(f.model.changeStep(0, StepField::Space, QStringLiteral("group")));
    REQUIRE(f.model.changeStep(0, StepField::GroupSize, 4));
    CHECK(f.stored().steps[0].plannedDuration().count() == 4 * turn + 3 * 60);
    CHECK(offset(1) == 4 * turn + 3 * 60);

    // Undo walks every change back, in the database and on screen.
    f.stack.undo();
    f.stack.undo();
    CHECK(offset(1) == 3 * turn + 2 * 60);
    f.stack.undo();
    f.stack.undo();
    CHECK(f.stored().steps[0].rotation.count == 2);
    f.stack.undo();
    f.stack.undo();
    CHECK(f.stored() == before);
    CHECK(offset(1) == 3 * turn + 2 * changeover);
    f.stack.redo();
    f.stack.redo();
    CHECK(f.stored().steps[0].rotation.kind == core::RotationKind::Fixed);
    CHECK(offset(1) == 2 * turn + changeover);

    // Values that do not fit are refused and change nothing.
    CHECK_FALSE(f.model.changeStep(0, StepField::RotationKind, QStringLiteral("sometimes")));
    CHECK_FALSE(f.model.changeStep(0, StepField::RotationCount, 0));
    CHECK_FALSE(f.model.changeStep(0, StepField::RotationChangeover, -5));
    CHECK(f.stored().steps[0].rotation.count == 2);
}

TEST_CASE("Program model: a rotation problem is shown next to its step, and a role can be named")
{
    Fixture f;
    REQUIRE(f.model.insertPractice(0, QStringLiteral("troika-consulting")));
    REQUIRE(f.model.changeStep(0, StepField::RotationRole, QStringLiteral("juggler")));
    const auto problems = f.model.data(f.model.index(0, 0), CallStepsModel::ProblemsRole).toStringList();
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("juggler")));
    f.stack.undo();
    CHECK(f.model.problems(0).empty());
}

TEST_CASE("Program model: cues are added, edited and removed one undo step each, for the step and its phases")
{
    Fixture f;
    REQUIRE(f.model.insertPractice(0, QStringLiteral("troika-consulting")));
    const auto before = f.stored();
    const int count = f.stack.count();
    const auto cue = [](const char *at, const char *text) {
        return QVariantMap{{QStringLiteral("at"), QString::fromLatin1(at)}, {QStringLiteral("text"), QString::fromLatin1(text)}};
    };

    QVariantList stepCues = models::stepField(before.steps[0], StepField::Cues).toList();
    stepCues << cue("end", "Thank your trio");
    REQUIRE(f.model.changeStep(0, StepField::Cues, stepCues));
    CHECK(f.stack.text(count) == QStringLiteral("Add a cue to Troika Consulting"));
    REQUIRE_FALSE(f.stored().steps[0].cues.empty());
    CHECK(f.stored().steps[0].cues.back().moment == core::CueMoment::End);
    CHECK(f.stored().steps[0].cues.back().text == "Thank your trio");

    // Edit the text and the moment: each one step.
    stepCues.back() = cue("final_minute", "One minute, then thank your trio");
    REQUIRE(f.model.changeStep(0, StepField::Cues, stepCues));
    CHECK(f.stack.text(count + 1) == QStringLiteral("Edit a cue of Troika Consulting"));
    CHECK(f.stored().steps[0].cues.back().moment == core::CueMoment::FinalMinute);

    // A phase's cue, then one removed.
    const int phase = static_cast<int>(before.steps[0].phases.size()) - 1;
    QVariantList phaseCues = models::stepField(before.steps[0], StepField::Cues, phase).toList();
    phaseCues << cue("warning", "Wrap up, client");
    REQUIRE(f.model.changeStep(0, StepField::Cues, phaseCues, phase));
    CHECK(f.stored().steps[0].phases[static_cast<size_t>(phase)].cues.back().text == "Wrap up, client");
    phaseCues.removeLast();
    REQUIRE(f.model.changeStep(0, StepField::Cues, phaseCues, phase));
    CHECK(f.stack.text(count + 3) == QStringLiteral("Remove a cue from Troika Consulting"));
    CHECK(f.stored().steps[0].phases[static_cast<size_t>(phase)].cues == before.steps[0].phases[static_cast<size_t>(phase)].cues);
    CHECK(f.stack.count() == count + 4);

    // A cue without text or with an unknown moment is refused.
    QSignalSpy refused(&f.model, &CallStepsModel::refused);
    CHECK_FALSE(f.model.changeStep(0, StepField::Cues, QVariantList{cue("start", "  ")}));
    CHECK_FALSE(f.model.changeStep(0, StepField::Cues, QVariantList{cue("teatime", "Tea")}));
    CHECK_FALSE(f.model.changeStep(0, StepField::Cues, QVariantList{cue("start", "Hi")}, 42));
    CHECK(refused.count() == 3);

    f.stack.undo();
    f.stack.undo();
    CHECK(f.stored().steps[0].cues.back().text == "One minute, then thank your trio");
    f.stack.undo();
    f.stack.undo();
    CHECK(f.stored() == before);
    f.stack.redo();
    CHECK(f.stored().steps[0].cues.back().text == "Thank your trio");
}

TEST_CASE("Program model: cues keep fields of a newer format through an edit")
{
    core::StepCue cue;
    cue.moment = core::CueMoment::Warning;
    cue.text = "Switch speakers";
    cue.unknownFields = nlohmann::ordered_json{{"sound", "gong"}};
    core::Step step;
    step.title = "Pairs";
    step.cues.push_back(cue);
    QVariantList cues = models::stepField(step, StepField::Cues).toList();
    QVariantMap edited = cues[0].toMap();
    edited.insert(QStringLiteral("text"), QStringLiteral("Switch speakers now"));
    cues[0] = edited;
    REQUIRE(models::setStepField(step, StepField::Cues, -1, cues));
    CHECK(step.cues[0].text == "Switch speakers now");
    CHECK(step.cues[0].unknownFields == cue.unknownFields);
}

TEST_CASE("Program model: a rotation change that cannot be saved is reported and changes nothing")
{
    Fixture f;
    const auto before = f.model.call();
    const int count = f.stack.count();
    QSqlQuery q(f.temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM cohort_calls WHERE number = 1")));
    QSignalSpy failed(&f.workspace, &models::Workspace::storageFailed);
    CHECK_FALSE(f.model.changeStep(0, StepField::RotationKind, QStringLiteral("fixed")));
    CHECK(failed.count() == 1);
    CHECK(f.model.call() == before);
    CHECK(f.stack.count() == count);
}

TEST_CASE("Program model: undo after switching calls changes the call it was made on")
{
    Fixture f;
    const auto first = f.stored(1);
    REQUIRE(f.model.removeStep(0));
    REQUIRE(f.model.showCall(2));
    f.stack.undo();
    CHECK(f.stored(1) == first);
    CHECK(f.model.callNumber() == 1);
    CHECK(f.model.rowCount() == static_cast<int>(first.steps.size()));
}

TEST_CASE("Program model: a failed save is reported and changes nothing")
{
    Fixture f;
    const auto before = f.model.call();
    const int count = f.stack.count();
    QSqlQuery q(f.temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM cohort_calls WHERE number = 1")));
    QSignalSpy failed(&f.workspace, &models::Workspace::storageFailed);
    CHECK_FALSE(f.model.removeStep(0));
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("Call 1")));
    CHECK(f.model.call() == before);
    CHECK(f.stack.count() == count);
}

TEST_CASE("Program model: problems are listed next to the step they concern")
{
    Fixture f;
    REQUIRE(f.model.changeStep(0, StepField::Space, QStringLiteral("group")));
    REQUIRE(f.model.changeStep(0, StepField::Duration, 0));
    const auto problems = f.model.data(f.model.index(0, 0), CallStepsModel::ProblemsRole).toStringList();
    REQUIRE_FALSE(problems.isEmpty());
    CHECK_FALSE(f.model.data(f.model.index(0, CallStepsModel::ProblemsColumn)).toString().isEmpty());
    CHECK(f.model.problems(1).empty());
    f.stack.undo();
    f.stack.undo();
    CHECK(f.model.problems(0).empty());
}

TEST_CASE("Fit to time: a call over its length says by how much and what can give time back")
{
    core::ProgramCall call;
    call.length = core::Seconds(90 * 60);
    core::Step a, b, c;
    a.title = "Long";
    a.duration = core::Seconds(60 * 60);
    a.minimum = core::Seconds(45 * 60);
    b.title = "Fixed";
    b.duration = core::Seconds(20 * 60);
    c.title = "Short";
    c.duration = core::Seconds(20 * 60);
    c.minimum = core::Seconds(15 * 60);
    call.steps = {c, b, a};
    const auto fit = models::fitCall(call);
    CHECK(fit.planned == core::Seconds(100 * 60));
    CHECK(fit.minimum == core::Seconds(80 * 60));
    CHECK(fit.over() == core::Seconds(10 * 60));
    CHECK_FALSE(fit.overAtMinimum());
    REQUIRE(fit.compressible.size() == 2);
    CHECK(fit.compressible[0].row == 2);
    CHECK(fit.compressible[0].saving == core::Seconds(15 * 60));
    CHECK(fit.compressible[1].title == "Short");

    call.steps.pop_back();
    const auto fits = models::fitCall(call);
    CHECK(fits.over() == core::Seconds(0));
    CHECK(fits.spare() == core::Seconds(50 * 60));
    CHECK(fits.compressible.empty());
}

TEST_CASE("Fit to time: the model's call runs over once a long practice is added")
{
    Fixture f;
    CHECK(f.model.fit().over() == core::Seconds(0));
    REQUIRE(f.model.insertPractice(f.model.rowCount(), QStringLiteral("case-clinic")));
    const auto fit = f.model.fit();
    CHECK(fit.planned == f.stored().plannedDuration());
    CHECK(fit.over() == fit.planned - core::Seconds(90 * 60));
    CHECK_FALSE(fit.compressible.empty());
}

TEST_CASE("Program files: a call saved as a file opens back with the same steps")
{
    Fixture f;
    REQUIRE(f.model.changeStep(0, StepField::LeadHost, QStringLiteral("Rosa")));
    const QString path = QDir(f.temp.dir()).filePath(QStringLiteral("call-1.json"));
    REQUIRE(f.model.saveCallFile(path).isEmpty());
    const auto read = models::readProgramFile(path);
    REQUIRE(read.ok());
    const auto *call = std::get_if<core::ProgramCall>(&read.document->content);
    REQUIRE(call);
    CHECK(call->steps == f.model.call().steps);
    CHECK(call->plannedStart.empty());

    // Opened into call 2, it takes the steps and keeps call 2's date.
    REQUIRE(f.model.showCall(2));
    const auto second = f.stored(2);
    QStringList messages;
    REQUIRE(f.model.openFile(path, 0, messages));
    CHECK(f.stored(2).steps == f.stored(1).steps);
    CHECK(f.stored(2).plannedStart == second.plannedStart);
    f.stack.undo();
    CHECK(f.stored(2) == second);

    // One step saved as a practice file is inserted where asked.
    const QString practice = QDir(f.temp.dir()).filePath(QStringLiteral("welcome.json"));
    REQUIRE(f.model.saveStepFile(0, practice).isEmpty());
    REQUIRE(f.model.openFile(practice, 1, messages));
    CHECK(f.stored(2).steps[1].title == second.steps[0].title);
    CHECK(f.stored(2).steps[1].id != second.steps[0].id);
}

TEST_CASE("Program files: a newer or broken file explains itself and changes nothing")
{
    Fixture f;
    const auto before = f.stored();
    QStringList messages;
    CHECK_FALSE(f.model.openFile(QStringLiteral(CONVENER_TEST_DATA_DIR "/programs/broken/newer-format.json"), 0, messages));
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].contains(QStringLiteral("newer-format.json")));
    CHECK(messages[0].contains(QStringLiteral("newer Convener")));
    CHECK_FALSE(f.model.openFile(QStringLiteral(CONVENER_TEST_DATA_DIR "/programs/broken/syntax-missing-comma.json"), 0, messages));
    REQUIRE_FALSE(messages.isEmpty());
    CHECK(messages[0].startsWith(QStringLiteral("syntax-missing-comma.json:")));
    CHECK_FALSE(f.model.openFile(QDir(f.temp.dir()).filePath(QStringLiteral("missing.json")), 0, messages));
    CHECK(messages[0].contains(QStringLiteral("missing.json")));
    CHECK(f.stored() == before);
}

TEST_CASE("Practice library: searching narrows the list and a drag carries the practice into a call")
{
    Fixture f;
    models::PracticeLibraryModel library;
    QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = library.rowCount();
    CHECK(all >= 10);
    library.setSearchText(QStringLiteral("TROIKA"));
    REQUIRE(library.rowCount() == 1);
    CHECK(library.libraryId(0) == QStringLiteral("troika-consulting"));
    library.setSearchText(QStringLiteral("no such words"));
    CHECK(library.rowCount() == 0);
    library.setSearchText(QString());
    CHECK(library.rowCount() == all);

    library.setSearchText(QStringLiteral("journaling"));
    REQUIRE(library.rowCount() >= 1);
    std::unique_ptr<QMimeData> mime(library.mimeData({library.index(0)}));
    REQUIRE(mime);
    REQUIRE(f.model.canDropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));
    REQUIRE(f.model.dropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));
    CHECK(f.stored().steps[1].title == core::BuiltinLibrary::load(storage::toStd(library.libraryId(0))).document->title());

    // A step dragged within the list moves, as one undoable command.
    const auto before = f.ids(f.stored());
    std::unique_ptr<QMimeData> row(f.model.mimeData({f.model.index(0, 0)}));
    REQUIRE(row);
    f.model.dropMimeData(row.get(), Qt::MoveAction, 3, 0, {});
    const auto after = f.ids(f.stored());
    CHECK(after[2] == before[0]);
    CHECK(after[0] == before[1]);
    f.stack.undo();
    CHECK(f.ids(f.stored()) == before);
}
