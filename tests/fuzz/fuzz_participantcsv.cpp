// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// libFuzzer entry point for the participant CSV import: the reader, the
// column guess and the import plan. Beyond "never crashes", it checks that
// every row and problem points at a line of the file, and that records
// written back with the CSV writer read back as the same fields.
#include "core/common/csvreader.h"
#include "core/common/csvwriter.h"
#include "core/roster/importplan.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

using namespace convener::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const auto read = readCsv(bytes);
    const auto *doc = std::get_if<CsvDocument>(&read);
    if (!doc) {
        const CsvError &error = std::get<CsvError>(read);
        // A problem has a place, line and column, or is about the whole file (both 0).
        if (error.line < 0 || error.column < 0 || (error.line == 0) != (error.column == 0))
            __builtin_trap();
        return 0;
    }
    const ImportMapping mapping = guessMapping(*doc);
    const ImportPlan plan = planImport(*doc, mapping, {"ana@example.org"});
    const int lastLine = doc->records.empty() ? 0 : doc->records.back().line;
    for (const ImportRow &row : plan.rows) {
        if (row.line < 1 || row.line > lastLine || row.member.person.displayName.empty())
            __builtin_trap();
    }
    for (const ImportProblem &problem : plan.problems) {
        if (problem.line < 1 || problem.line > lastLine || problem.reasons.empty())
            __builtin_trap();
    }

    // Round trip: what the reader gave, written raw (no formula guard) as
    // comma-separated UTF-8, reads back field for field.
    if (doc->records.size() > 200)
        return 0;
    std::string written;
    for (const CsvRecord &record : doc->records)
        written += csvRowRaw(record.fields);
    // The reader sniffs the first bytes of a file (a workbook's ZIP or OLE
    // header, a byte-order mark) before it reads any cell, so text that starts
    // with them is another kind of file and has no round trip. Found by this
    // fuzzer: a UTF-8 BOM followed by "PK\3\4" (seed csv/bom-then-zip-header.csv).
    for (const std::string_view signature : {std::string_view("PK\x03\x04"), std::string_view("\xD0\xCF\x11\xE0"),
                                              std::string_view("\xEF\xBB\xBF"), std::string_view("\xFF\xFE"),
                                              std::string_view("\xFE\xFF")}) {
        if (std::string_view(written).substr(0, signature.size()) == signature)
            return 0;
    }
    CsvReadOptions options;
    options.delimiter = ',';
    const auto again = readCsv(written, options);
    const auto *back = std::get_if<CsvDocument>(&again);
    if (!back || back->records.size() != doc->records.size())
        __builtin_trap();
    for (std::size_t i = 0; i < doc->records.size(); ++i) {
        if (back->records[i].fields != doc->records[i].fields)
            __builtin_trap();
    }
    return 0;
}
