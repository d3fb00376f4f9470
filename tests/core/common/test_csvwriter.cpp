// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/common/csvwriter.h"

#include "core/common/csvreader.h"
#include "support/test_csvsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace convener::core;
using csvtest::readOk;

namespace {

// What the reader gives back for a written cell: line ends inside a quoted
// field come back as LF.
std::string asRead(std::string text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

CsvReadOptions commaSeparated()
{
    CsvReadOptions options;
    options.delimiter = ',';
    return options;
}

// Strings that break naive writers or readers.
const std::vector<std::string> kAwkward{
    "",
    "plain",
    " leading and trailing blanks ",
    "a,b",
    "\"",
    "\"\"",
    "\"quoted\"",
    "say \"hi\", then leave",
    "line one\nline two",
    "line one\r\nline two",
    "ends with a line break\n",
    "\n",
    ",",
    ";",
    "tab\tinside",
    "'already quoted for a spreadsheet",
    "=HYPERLINK(\"http://example.invalid\",\"click\")",
    "+33 6 12 34 56 78",
    "-5",
    "@SUM(A1:A2)",
    "\tleading tab",
    "\rleading CR",
    "a=b",
    "Zoë Ōkubo",
    "Алексей Смирнов",
    "李明",
    "emoji \xF0\x9F\x8C\xBB inside",
    "  ",
};

} // namespace

TEST_CASE("CsvWriter: cells that a spreadsheet would run as formulas get a leading apostrophe")
{
    struct Case
    {
        std::string cell;
        std::string safe;
    };
    const std::vector<Case> cases{
        {"=SUM(A1:A9)", "'=SUM(A1:A9)"},
        {"+1 555 0100", "'+1 555 0100"},
        {"-2", "'-2"},
        {"@cmd", "'@cmd"},
        {"\tx", "'\tx"},
        {"\rx", "'\rx"},
        {"=", "'="},
        {"", ""},
        {"Ana", "Ana"},
        {"a=b", "a=b"},
        {" =not first", " =not first"},
        {"'=already", "'=already"},
        {"ana@example.org", "ana@example.org"},
        {"Zoë", "Zoë"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.cell);
        CHECK(csvSafeCell(c.cell) == c.safe);
    }
}

TEST_CASE("CsvWriter: fields are quoted only when RFC 4180 needs it")
{
    struct Case
    {
        std::string cell;
        std::string field;
        std::string raw;
    };
    const std::vector<Case> cases{
        {"plain", "plain", "plain"},
        {"", "", ""},
        {"a,b", "\"a,b\"", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\"", "\"say \"\"hi\"\"\""},
        {"l1\nl2", "\"l1\nl2\"", "\"l1\nl2\""},
        {"l1\r\nl2", "\"l1\r\nl2\"", "\"l1\r\nl2\""},
        {"semi;colon", "semi;colon", "semi;colon"},
        {" spaced ", " spaced ", " spaced "},
        {"=1+2", "'=1+2", "=1+2"},
        {"=A1,B1", "\"'=A1,B1\"", "\"=A1,B1\""},
        {"-\"x\"", "\"'-\"\"x\"\"\"", "\"-\"\"x\"\"\""},
        {"\rcr", "\"'\rcr\"", "\"\rcr\""},
    };
    for (const Case &c : cases) {
        CAPTURE(c.cell);
        CHECK(csvField(c.cell) == c.field);
        CHECK(csvFieldRaw(c.cell) == c.raw);
    }
}

TEST_CASE("CsvWriter: rows are joined with commas and end with CRLF")
{
    CHECK(csvRow({"Ana", "ana@example.org"}) == "Ana,ana@example.org\r\n");
    CHECK(csvRow({"a", "", "c"}) == "a,,c\r\n");
    CHECK(csvRow({"", ""}) == ",\r\n");
    CHECK(csvRow({}) == "\r\n");
    CHECK(csvRow({""}) == "\"\"\r\n");
    CHECK(csvRow({"  "}) == "\"  \"\r\n");
    CHECK(csvRow({"=1", "x,y"}) == "'=1,\"x,y\"\r\n");
    CHECK(csvRowRaw({"=1", "x,y"}) == "=1,\"x,y\"\r\n");
}

TEST_CASE("CsvWriter: the raw row keeps a fixed header byte for byte")
{
    const std::string header = csvRowRaw({"Pre-assign Room Name", "Email Address"});
    CHECK(header == "Pre-assign Room Name,Email Address\r\n");
    CHECK(csvRowRaw({"-Room 1", "@host"}) == "-Room 1,@host\r\n");
}

TEST_CASE("CsvWriter: awkward strings survive a raw write and read")
{
    const std::string cell = GENERATE(from_range(kAwkward));
    CAPTURE(cell);
    SECTION("alone in a row")
    {
        const CsvDocument doc = readOk(csvRowRaw({cell}) + csvRowRaw({"next"}), commaSeparated());
        REQUIRE(doc.records.size() == 2);
        CHECK(doc.records[0].fields == std::vector<std::string>{asRead(cell)});
        CHECK(doc.records[1].fields == std::vector<std::string>{"next"});
    }
    SECTION("between other cells")
    {
        const CsvDocument doc = readOk(csvRowRaw({"before", cell, "after"}), commaSeparated());
        REQUIRE(doc.records.size() == 1);
        CHECK(doc.records[0].fields == std::vector<std::string>{"before", asRead(cell), "after"});
    }
}

TEST_CASE("CsvWriter: a whole table of awkward strings round trips with line numbers intact")
{
    std::string file = csvRowRaw({"Name", "Notes"});
    for (const std::string &cell : kAwkward)
        file += csvRowRaw({"P", cell});
    const CsvDocument doc = readOk(file);
    CHECK(doc.delimiter == ',');
    CHECK(doc.warnings.empty());
    REQUIRE(doc.records.size() == kAwkward.size() + 1);
    int expectedLine = 2;
    for (std::size_t i = 0; i < kAwkward.size(); ++i) {
        const CsvRecord &record = doc.records[i + 1];
        CAPTURE(kAwkward[i]);
        CHECK(record.fields == std::vector<std::string>{"P", asRead(kAwkward[i])});
        CHECK(record.line == expectedLine);
        const std::string read = asRead(kAwkward[i]);
        expectedLine += 1 + static_cast<int>(std::count(read.begin(), read.end(), '\n'));
    }
}

TEST_CASE("CsvWriter: formulas written then read come back neutralised")
{
    const std::string cell = GENERATE(from_range(kAwkward));
    CAPTURE(cell);
    const CsvDocument doc = readOk(csvRow({"Ana", cell}), commaSeparated());
    REQUIRE(doc.records.size() == 1);
    const std::string back = doc.records[0].fields[1];
    CHECK(back == asRead(csvSafeCell(cell)));
    if (!back.empty())
        CHECK(std::string_view("=+-@\t\r").find(back.front()) == std::string_view::npos);
}
