// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/retro/retrorules.h"
#include "io/fileexports.h"
#include "models/storageerror.h"
#include "storage/retro/retrorepository.h"
#include "support/demoretroboard.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace convener;
using core::RetroPhase;

TEST_CASE("Retro export: the CSV file reads back with Python's csv module")
{
    tests::TempDatabase temp;
    const auto seeded = tests::seedDemoRetroBoard(temp.db());
    INFO((seeded.ok() ? std::string() : models::describe(seeded.error()).toStdString()));
    REQUIRE(seeded.ok());
    const core::RetroBoard *board = &seeded.value();
    storage::RetroRepository retro(temp.db());
    // A card that would be a formula in a spreadsheet, with a comma, quotes and a line break.
    REQUIRE(retro.changeState(board->id, core::RetroRules::enterPhase(board->state, RetroPhase::Group)).ok());
    REQUIRE(retro.addCard(board->id, board->columns[0].id, std::nullopt, "=SUM(A1:A9), \"really\"\nyes").ok());
    REQUIRE(retro.changeState(board->id, core::RetroRules::enterPhase(board->state, RetroPhase::Actions)).ok());

    const auto snapshot = retro.snapshot(board->id);
    REQUIRE(snapshot.ok());
    CHECK(snapshot.value().cohortName == "Demo");
    const QString path = temp.dir() + QStringLiteral("/retro.csv");
    REQUIRE(io::exportRetroBoard(snapshot.value(), io::RetroFileFormat::Csv, path).ok());
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    CHECK((QFile::permissions(path) & others) == 0);

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        WARN("python3 is not installed; the CSV was checked by core::readCsv in the core tests only.");
        return;
    }
    QProcess check;
    check.start(python,
        { QStringLiteral(CONVENER_TEST_DATA_DIR "/retro/check_retro_csv.py"), path,
            QString::number(board->cards.size() + 1), QString::number(board->actions.size()) });
    REQUIRE(check.waitForFinished(30000));
    INFO(check.readAllStandardOutput().toStdString() << check.readAllStandardError().toStdString());
    CHECK(check.exitStatus() == QProcess::NormalExit);
    CHECK(check.exitCode() == 0);
}
