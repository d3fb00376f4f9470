// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace convener::core {

// One record of a CSV file. Fields are UTF-8 and untrimmed: trimming is the
// importer's call, because a writer/reader round trip must give back the text.
struct CsvRecord
{
    std::vector<std::string> fields;
    int line = 0;                                            // 1-based physical line where the record starts

    bool operator==(const CsvRecord &) const = default;
};

// What the reader kept but a person should check, one value for each thing
// they can be told. Core never words it: models::describe()
// (models/roster/importproblemtext.h) makes the sentence behind tr().
enum class CsvWarningKind {
    InvalidUtf8Replaced, // a file with a UTF-8 BOM has bytes that are not UTF-8; they became U+FFFD
    ReadAsWindows1252, // the file is not UTF-8, so it was decoded as Windows-1252
    TextAfterClosingQuote, // kept as part of the field
    QuoteInUnquotedField, // kept as text
    MoreNotListed, // count: the warnings past the cap, which were not listed
};

struct CsvWarning
{
    CsvWarningKind kind = CsvWarningKind::MoreNotListed;
    int line = 0; // 1-based physical line; 0 for MoreNotListed
    std::size_t count = 0;

    bool operator==(const CsvWarning &) const = default;
};

struct CsvDocument
{
    std::vector<CsvRecord> records;                          // blank lines are not records
    char delimiter = ',';                                    // detected ',', ';' or '\t', or forced
    std::string encoding;                                    // "UTF-8", "UTF-8 with BOM" or "Windows-1252"
    // Capped: past the cap, one last MoreNotListed warning counts the rest.
    std::vector<CsvWarning> warnings;
};

// What stops the whole file from being read, one value for each thing a person
// can be told (worded in models, as the warnings are).
enum class CsvProblem {
    Utf16, // a UTF-16 byte-order mark
    LooksLikeUtf16, // NUL bytes beside most characters: UTF-16 without a byte-order mark
    Workbook, // a spreadsheet workbook (xlsx or xls), not CSV
    NulByte, // a NUL byte in text
    QuoteNotClosed, // line and column of the opening quote
    TooLarge, // size: the file's bytes, limit: the most the reader takes
    BadDelimiter, // a quote or a line end was forced as the delimiter
};

// line and column are 1-based (column in characters); both are 0 when the
// problem is the file as a whole (too large, a workbook rather than CSV).
struct CsvError
{
    CsvProblem problem = CsvProblem::QuoteNotClosed;
    int line = 0;
    int column = 0;
    std::size_t size = 0;
    std::size_t limit = 0;

    bool operator==(const CsvError &) const = default;
};

struct CsvReadOptions
{
    std::optional<char> delimiter;                           // unset: sniffed from the first records
    std::size_t maxBytes = 64u << 20;
};

// Parses a whole file's bytes (RFC 4180, read leniently).
// Decoding: UTF-8 with or without BOM; bytes that are not valid UTF-8 make the
// whole file read as Windows-1252 (Excel's "CSV" on Windows), with a warning.
// Line ends: CRLF, LF or CR. Line ends inside quoted fields become "\n".
// Delimiter: an Excel "sep=;" first line wins, else the candidate that splits
// the first records most consistently outside quotes.
// Fatal: an unterminated quoted field, UTF-16, NUL bytes, over maxBytes, a
// workbook file. Everything else (a stray quote, text after a closing quote)
// is kept as text with a warning.
std::variant<CsvDocument, CsvError> readCsv(std::string_view bytes, const CsvReadOptions &options = {});

} // namespace convener::core
