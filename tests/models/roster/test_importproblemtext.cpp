// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The words of every problem and warning of a participant CSV, as people read
// them in the import dialog and on the command line.
#include "core/common/csvreader.h"
#include "core/roster/importplan.h"
#include "models/roster/importproblemtext.h"
#include "models/storageerror.h"

#include <catch2/catch.hpp>
#include <string>
#include <variant>

using namespace convener;
using core::CsvError;
using core::CsvProblem;
using core::CsvWarning;
using core::CsvWarningKind;
using core::ImportProblem;
using core::ImportReason;
using core::ImportWarning;
using core::ImportWarningKind;
using Reason = core::ImportReasonKind;

namespace {

const QString kSaveAsUtf8
    = QStringLiteral("open it in your spreadsheet and save or download it as \"CSV UTF-8\" (comma-separated values)");

CsvError readError(const std::string &bytes, const core::CsvReadOptions &options = {})
{
    auto read = core::readCsv(bytes, options);
    REQUIRE(std::holds_alternative<CsvError>(read));
    return std::get<CsvError>(read);
}

} // namespace

TEST_CASE("Import problem text: every reason a CSV file cannot be read is worded")
{
    CHECK(models::describe(CsvError { CsvProblem::Utf16, 1, 1 })
        == QStringLiteral("the file is encoded as UTF-16, which cannot be imported; ") + kSaveAsUtf8);
    CHECK(models::describe(CsvError { CsvProblem::LooksLikeUtf16, 1, 2 })
        == QStringLiteral("the file looks like UTF-16 text, which cannot be imported; ") + kSaveAsUtf8);
    CHECK(models::describe(CsvError { CsvProblem::Workbook })
        == QStringLiteral("the file is a spreadsheet workbook, not a CSV file; ") + kSaveAsUtf8);
    CHECK(models::describe(CsvError { CsvProblem::NulByte, 2, 6 })
        == QStringLiteral("the file contains a NUL byte, so it is not a text CSV file"));
    CHECK(models::describe(CsvError { CsvProblem::QuoteNotClosed, 2, 3 })
        == QStringLiteral("a quoted field starts here and its closing quote is missing"));
    CHECK(models::describe(CsvError { CsvProblem::TooLarge, 0, 0, 23, 10 })
        == QStringLiteral("the file is 23 bytes, more than the limit of 10 bytes; a participant list is far smaller, "
                          "so this is probably not the file you meant"));
    CHECK(models::describe(CsvError { CsvProblem::BadDelimiter })
        == QStringLiteral("a quote or a line end cannot be the delimiter"));
}

TEST_CASE("Import problem text: every CSV warning is worded with its line")
{
    CHECK(models::describe(CsvWarning { CsvWarningKind::InvalidUtf8Replaced, 4 })
        == QStringLiteral("line 4: bytes that are not valid UTF-8 were replaced with \uFFFD; the file may be damaged"));
    CHECK(models::describe(CsvWarning { CsvWarningKind::ReadAsWindows1252, 3 })
        == QStringLiteral("line 3: the file is not valid UTF-8, so it was read as Windows-1252 (what Excel writes on "
                          "Windows); check that accented names look right, or save the file as \"CSV UTF-8\""));
    CHECK(models::describe(CsvWarning { CsvWarningKind::TextAfterClosingQuote, 2 })
        == QStringLiteral("line 2: text after the closing quote of a field was kept as part of the field"));
    CHECK(models::describe(CsvWarning { CsvWarningKind::QuoteInUnquotedField, 101 })
        == QStringLiteral("line 101: a quote inside an unquoted field was kept as text"));
    CHECK(models::describe(CsvWarning { CsvWarningKind::MoreNotListed, 0, 400 })
        == QStringLiteral("400 more warnings like these were not listed"));
}

TEST_CASE("Import problem text: what the reader finds reads as it did, in place in its file")
{
    CHECK(models::describe(readError("Name,Email\nAna,a@x.org\n",
              [] {
                  core::CsvReadOptions options;
                  options.maxBytes = 10;
                  return options;
              }()))
        == QStringLiteral("the file is 23 bytes, more than the limit of 10 bytes; a participant list is far smaller, "
                          "so this is probably not the file you meant"));

    const CsvError open = readError("a,b\nc,\"open\nmore\n");
    CHECK(models::describe(storage::Error(storage::Problem::ImportFileMalformed)
                               .withPath(QStringLiteral("/tmp/p.csv"))
                               .at(open.line, open.column)
                               .withCsvError(open))
        == QStringLiteral("/tmp/p.csv:2:3: a quoted field starts here and its closing quote is missing"));

    std::string flood = "Name,Height\n";
    for (int i = 0; i < 150; ++i)
        flood += "Ana,5'11\"\n";
    const auto read = core::readCsv(flood);
    REQUIRE(std::holds_alternative<core::CsvDocument>(read));
    const QStringList words = models::describeWarnings(std::get<core::CsvDocument>(read));
    REQUIRE(words.size() == 101);
    CHECK(words.front() == QStringLiteral("line 2: a quote inside an unquoted field was kept as text"));
    CHECK(words.back() == QStringLiteral("50 more warnings like these were not listed"));
}

TEST_CASE("Import problem text: every reason a row is skipped is worded, several joined")
{
    CHECK(models::describe(ImportReason { Reason::NoName }) == QStringLiteral("no name given"));
    CHECK(models::describe(ImportReason { Reason::EmailMalformed, "ana@" })
        == QStringLiteral("'ana@' does not look like an email address"));
    CHECK(models::describe(ImportReason { Reason::AlreadyInCohort, "ana@example.org" })
        == QStringLiteral("already in the cohort (ana@example.org)"));
    CHECK(models::describe(ImportReason { Reason::SameEmailAsLine, {}, 2 }) == QStringLiteral("same email as line 2"));
    CHECK(models::describe(ImportReason { Reason::NotARole, "guest" })
        == QStringLiteral("'guest' is not a role (participant, host or co-host)"));

    CHECK(models::describe(ImportProblem { 2, { { Reason::NoName }, { Reason::EmailMalformed, "ana@" } } })
        == QStringLiteral("no name given; 'ana@' does not look like an email address"));
    CHECK(models::describe(ImportProblem { 3, { { Reason::NotARole, "Zoë's" } } })
        == QStringLiteral("'Zoë's' is not a role (participant, host or co-host)"));
}

TEST_CASE("Import problem text: fields past the last column are counted with their line")
{
    CHECK(models::describe(ImportWarning { ImportWarningKind::FieldsIgnored, 6, 1 })
        == QStringLiteral("line 6: 1 field past the last column were ignored"));
    CHECK(models::describe(ImportWarning { ImportWarningKind::FieldsIgnored, 2, 2 })
        == QStringLiteral("line 2: 2 fields past the last column were ignored"));
}

TEST_CASE("Import problem text: a planned import reads as it did")
{
    const auto read = core::readCsv("Name,Email,Role\n"
                                    "Ana,ana@example.org\n"
                                    ",bo@example.org,,extra\n"
                                    "Cy,ANA@example.org\n"
                                    "Di,di@example.org,guest\n"
                                    "Ed,ed@\n"
                                    "Flo,old@example.org\n");
    REQUIRE(std::holds_alternative<core::CsvDocument>(read));
    const auto &doc = std::get<core::CsvDocument>(read);
    const core::ImportPlan plan = core::planImport(doc, core::guessMapping(doc), { "Old@Example.org" });
    QStringList skipped;
    for (const ImportProblem &problem : plan.problems)
        skipped.push_back(QStringLiteral("%1: %2").arg(problem.line).arg(models::describe(problem)));
    CHECK(skipped
        == QStringList { QStringLiteral("3: no name given"), QStringLiteral("4: same email as line 2"),
            QStringLiteral("5: 'guest' is not a role (participant, host or co-host)"),
            QStringLiteral("6: 'ed@' does not look like an email address"),
            QStringLiteral("7: already in the cohort (old@example.org)") });
    CHECK(models::describeWarnings(plan)
        == QStringList { QStringLiteral("line 3: 1 field past the last column were ignored") });
}
