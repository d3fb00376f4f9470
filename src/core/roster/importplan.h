// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/csvreader.h"
#include "core/roster/person.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

// What a CSV column holds, from the roster's point of view.
enum class ImportField { Ignore, Name, FirstName, LastName, Email, Pronouns, Location, TimeZone, Notes, Role };

std::string_view importFieldKey(ImportField field);           // "name", "first-name", ... stable keys for the CLI
std::optional<ImportField> importFieldFromKey(std::string_view key);   // keys only, any case
std::vector<ImportField> allImportFields();                   // in menu order, Ignore first

// The field a header cell names, as registration forms phrase their
// questions ("Email Address", "What's your name?", "Where are you based?").
// Columns forms add on their own ("Timestamp", "#", "Network ID") give
// Ignore; a header that names nothing known gives nullopt.
std::optional<ImportField> importFieldFromHeader(std::string_view header);

struct ImportMapping
{
    bool hasHeader = true;
    std::vector<ImportField> columns;                        // one entry per column

    bool operator==(const ImportMapping &) const = default;
};

// The first record is a header when none of its cells is an email address and
// at least one names a known field (or sits above a column of emails).
// Columns map from their header names; a column of emails is recognised by its
// content with or without a header. Each field except Notes is given to one
// column at most. columns has one entry per column of the widest record.
ImportMapping guessMapping(const CsvDocument &doc);

struct ImportRow
{
    int line = 0;
    Member member;                                           // person.id == 0: not stored yet
};

// Why a row is not imported, one value for each thing a person can be told.
// Core never words it: models::describe() (models/roster/importproblemtext.h)
// makes the sentence behind tr().
enum class ImportReasonKind {
    NoName, // neither a name nor a first or last name
    EmailMalformed, // value: the email as written (trimmed)
    AlreadyInCohort, // value: the email, normalised
    SameEmailAsLine, // otherLine: the earlier row that has the email
    NotARole, // value: the Role cell as written (trimmed)
};

struct ImportReason
{
    ImportReasonKind kind = ImportReasonKind::NoName;
    std::string value = {}; // initialised, so that {kind} alone is complete under -Wmissing-field-initializers
    int otherLine = 0;

    bool operator==(const ImportReason &) const = default;
};

struct ImportProblem
{
    int line = 0;
    std::vector<ImportReason> reasons; // at least one, in the order they are told
};

// What was done to a row that is still imported.
enum class ImportWarningKind {
    FieldsIgnored, // count: the non-empty fields past the header's width that no column mapping uses
};

struct ImportWarning
{
    ImportWarningKind kind = ImportWarningKind::FieldsIgnored;
    int line = 0;
    std::size_t count = 0;

    bool operator==(const ImportWarning &) const = default;
};

struct ImportPlan
{
    std::vector<ImportRow> rows;
    std::vector<ImportProblem> problems;                     // one per rejected row, in file order
    std::vector<ImportWarning> warnings; // the rows concerned are still imported
};

// Turns the records into members, all or nothing being the storage side's job.
// existingEmails: the cohort's current members (normalised here again).
// A row is rejected when it has no name (Name, else First + Last), a malformed
// email, an email already imported from an earlier row or already in the cohort, or a Role
// cell that names no role. An empty email is fine; a completely empty row is
// skipped silently. Values are trimmed; several Notes columns are joined with
// a line break. Fields past the header's width that no column mapping uses
// are ignored with a warning; missing fields count as empty.
ImportPlan planImport(const CsvDocument &doc, const ImportMapping &mapping, const std::vector<std::string> &existingEmails);

} // namespace convener::core
