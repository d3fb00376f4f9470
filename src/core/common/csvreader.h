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

struct CsvDocument
{
    std::vector<CsvRecord> records;                          // blank lines are not records
    char delimiter = ',';                                    // detected ',', ';' or '\t', or forced
    std::string encoding;                                    // "UTF-8", "UTF-8 with BOM" or "Windows-1252"
    std::vector<std::string> warnings;                       // "line 7: ..."; capped, the last one counts the rest
};

// A problem that stops the whole file from being read. line and column are
// 1-based (column in characters); both are 0 when the problem is the file as
// a whole (too large, a workbook rather than CSV).
struct CsvError
{
    int line = 0;
    int column = 0;
    std::string message;
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
