// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/common/csvreader.h"

#include "support/test_csvsupport.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace convener::core;
using csvtest::readDataFile;
using csvtest::readError;
using csvtest::readOk;

namespace {

struct ReaderCase
{
    const char *name;
    std::string input;
    std::vector<CsvRecord> records;
    char delimiter = ',';
};

std::string bytes(std::initializer_list<const char *> parts)
{
    std::string out;
    for (const char *p : parts)
        out += p;
    return out;
}

} // namespace

TEST_CASE("CsvReader: fields and line numbers come out right for the shapes forms export")
{
    using R = CsvRecord;
    const std::vector<ReaderCase> cases{
        {"LF line ends", "a,b\nc,d\n", {R{{"a", "b"}, 1}, R{{"c", "d"}, 2}}},
        {"CRLF line ends", "a,b\r\nc,d\r\n", {R{{"a", "b"}, 1}, R{{"c", "d"}, 2}}},
        {"old Mac CR line ends", "a,b\rc,d\r", {R{{"a", "b"}, 1}, R{{"c", "d"}, 2}}},
        {"mixed line ends", "a\r\nb\nc\rd", {R{{"a"}, 1}, R{{"b"}, 2}, R{{"c"}, 3}, R{{"d"}, 4}}},
        {"no line end after the last record", "a,b\nc,d", {R{{"a", "b"}, 1}, R{{"c", "d"}, 2}}},
        {"UTF-8 BOM is not part of the first field", "\xEF\xBB\xBFName,Email\nAna,a@x.org\n",
         {R{{"Name", "Email"}, 1}, R{{"Ana", "a@x.org"}, 2}}},
        {"quoted delimiter", "\"Lisbon, Portugal\",x\n", {R{{"Lisbon, Portugal", "x"}, 1}}},
        {"doubled quotes", "\"say \"\"hi\"\"\",x\n", {R{{"say \"hi\"", "x"}, 1}}},
        {"a field that is only a quote", "\"\"\"\",x\n", {R{{"\"", "x"}, 1}}},
        {"quoted LF keeps later line numbers right", "a,\"l1\nl2\"\nb,c\n",
         {R{{"a", "l1\nl2"}, 1}, R{{"b", "c"}, 3}}},
        {"quoted CRLF becomes LF and counts once", "a,\"l1\r\nl2\r\nl3\"\r\nb,c\r\n",
         {R{{"a", "l1\nl2\nl3"}, 1}, R{{"b", "c"}, 4}}},
        {"quoted CR becomes LF", "\"l1\rl2\",x\ry,z", {R{{"l1\nl2", "x"}, 1}, R{{"y", "z"}, 3}}},
        {"quoted field at end of file without line end", "a,\"b\"", {R{{"a", "b"}, 1}}},
        {"blank lines are skipped, line numbers are not", "a\n\n\r\n\nb\n", {R{{"a"}, 1}, R{{"b"}, 5}}},
        {"leading blank lines", "\n\nName,Email\n", {R{{"Name", "Email"}, 3}}},
        {"a line of spaces is blank", "a\n   \nb\n", {R{{"a"}, 1}, R{{"b"}, 3}}},
        {"a quoted empty field is a record", "\"\"\nb\n", {R{{""}, 1}, R{{"b"}, 2}}},
        {"trailing delimiter gives an empty last field", "a,b,\nc,d,\n", {R{{"a", "b", ""}, 1}, R{{"c", "d", ""}, 2}}},
        {"a line of delimiters is a record of empty fields", "a,b,c\n,,\n", {R{{"a", "b", "c"}, 1}, R{{"", "", ""}, 2}}},
        {"fields are not trimmed", " a , b \n", {R{{" a ", " b "}, 1}}},
        {"blanks around quoted fields are layout", "\"Ana\" , \"a@x.org\"\n", {R{{"Ana", "a@x.org"}, 1}}},
        {"non-ASCII text is kept byte for byte", "Zoë,Ōkubo,Алексей,李明\n", {R{{"Zoë", "Ōkubo", "Алексей", "李明"}, 1}}},
        {"semicolons are sniffed", "Name;Email\nAna;a@x.org\n", {R{{"Name", "Email"}, 1}, R{{"Ana", "a@x.org"}, 2}}, ';'},
        {"tabs are sniffed", "Name\tEmail\nAna\ta@x.org\n", {R{{"Name", "Email"}, 1}, R{{"Ana", "a@x.org"}, 2}}, '\t'},
        {"semicolon file with commas inside answers", "Name;City\nAna;Lisbon, Portugal\nBo;Porto\n",
         {R{{"Name", "City"}, 1}, R{{"Ana", "Lisbon, Portugal"}, 2}, R{{"Bo", "Porto"}, 3}}, ';'},
        {"comma file with semicolons inside answers", "Name,Notes\nAna,tea; cake\nBo,none\n",
         {R{{"Name", "Notes"}, 1}, R{{"Ana", "tea; cake"}, 2}, R{{"Bo", "none"}, 3}}, ','},
        {"delimiters inside quotes do not count when sniffing", "\"a;b;c\",x\n\"d;e;f\",y\n",
         {R{{"a;b;c", "x"}, 1}, R{{"d;e;f", "y"}, 2}}, ','},
        {"Excel's sep= line names the delimiter and is not a record", "sep=;\r\nName;Email\r\nAna;a@x.org\r\n",
         {R{{"Name", "Email"}, 2}, R{{"Ana", "a@x.org"}, 3}}, ';'},
        {"one column and no delimiter", "Ana\nBo\n", {R{{"Ana"}, 1}, R{{"Bo"}, 2}}, ','},
        {"empty file", "", {}, ','},
        {"only blank lines", "\r\n\r\n", {}, ','},
    };
    for (const ReaderCase &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const CsvDocument doc = readOk(c.input);
            CHECK(doc.records == c.records);
            CHECK(doc.delimiter == c.delimiter);
            CHECK(doc.warnings.empty());
        }
    }
}

TEST_CASE("CsvReader: a forced delimiter overrides sniffing")
{
    CsvReadOptions options;
    options.delimiter = ',';
    const CsvDocument doc = readOk("a;b;c,d\n", options);
    CHECK(doc.delimiter == ',');
    CHECK(doc.records == std::vector<CsvRecord>{CsvRecord{{"a;b;c", "d"}, 1}});

    options.delimiter = ';';
    CHECK(readOk("sep=,\na;b,c\n", options).records == std::vector<CsvRecord>{CsvRecord{{"a", "b,c"}, 2}});
}

TEST_CASE("CsvReader: malformed but readable text is kept with a warning naming the line")
{
    struct Case
    {
        const char *name;
        std::string input;
        std::vector<std::string> firstFields;                // of the record the warning is about
        CsvWarning warning;
    };
    const std::vector<Case> cases {
        { "quote inside an unquoted field", "Name,Height\nAna,5'11\" tall\n", { "Ana", "5'11\" tall" },
            { CsvWarningKind::QuoteInUnquotedField, 2 } },
        { "text after a closing quote", "Name,x\n\"Ana\" Lopez,y\n", { "Ana Lopez", "y" },
            { CsvWarningKind::TextAfterClosingQuote, 2 } },
        { "warning line after a multi-line field", "a,\"1\n2\n3\"\nb,c\"d\n", { "b", "c\"d" },
            { CsvWarningKind::QuoteInUnquotedField, 4 } },
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const CsvDocument doc = readOk(c.input);
            REQUIRE(doc.records.size() == 2);
            CHECK(doc.records.back().fields == c.firstFields);
            REQUIRE(doc.warnings.size() == 1);
            CHECK(doc.warnings.front() == c.warning);
        }
    }
}

TEST_CASE("CsvReader: a flood of warnings is capped and the rest counted")
{
    std::string input = "Name,Height\n";
    for (int i = 0; i < 500; ++i)
        input += "Ana,5'11\"\n";
    const CsvDocument doc = readOk(input);
    CHECK(doc.records.size() == 501);
    REQUIRE(doc.warnings.size() == 101);
    CHECK(doc.warnings[99] == CsvWarning { CsvWarningKind::QuoteInUnquotedField, 101 });
    CHECK(doc.warnings.back() == CsvWarning { CsvWarningKind::MoreNotListed, 0, 400 });
}

TEST_CASE("CsvReader: fatal problems say what and where")
{
    struct Case
    {
        const char *name;
        std::string input;
        int line;
        int column;
        CsvProblem problem;
        std::size_t maxBytes = 64u << 20;
    };
    const std::vector<Case> cases {
        { "unterminated quoted field", "a,b\nc,\"open\nmore\n", 2, 3, CsvProblem::QuoteNotClosed },
        { "column counts characters, not bytes", "Zoë,Ōkubo,\"x", 1, 11, CsvProblem::QuoteNotClosed },
        { "unterminated quote after a multi-line field", "\"1\n2\",x\ny,\"z", 3, 3, CsvProblem::QuoteNotClosed },
        { "UTF-16 little endian with BOM", bytes({ "\xFF\xFE", "N" }) + std::string(1, '\0'), 1, 1, CsvProblem::Utf16 },
        { "UTF-16 big endian with BOM", std::string("\xFE\xFF\0N", 4), 1, 1, CsvProblem::Utf16 },
        { "UTF-16 without BOM", std::string("N\0a\0m\0e\0\n\0A\0n\0a\0", 16), 1, 2, CsvProblem::LooksLikeUtf16 },
        { "NUL byte in text", std::string("Name,Email\nAna,a\0@x.org\n", 24), 2, 6, CsvProblem::NulByte },
        { "Excel workbook saved with a .csv name", std::string("PK\x03\x04\x14\0\x06\0", 8), 0, 0,
            CsvProblem::Workbook },
        { "file over the size limit", "Name,Email\nAna,a@x.org\n", 0, 0, CsvProblem::TooLarge, 10 },
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            CsvReadOptions options;
            options.maxBytes = c.maxBytes;
            const CsvError error = readError(c.input, options);
            CHECK(error.line == c.line);
            CHECK(error.column == c.column);
            CHECK(error.problem == c.problem);
        }
    }
}

TEST_CASE("CsvReader: a file over the limit gives its size and the limit")
{
    CsvReadOptions options;
    options.maxBytes = 10;
    const CsvError error = readError("Name,Email\nAna,a@x.org\n", options);
    CHECK(error.problem == CsvProblem::TooLarge);
    CHECK(error.size == 23);
    CHECK(error.limit == 10);
}

TEST_CASE("CsvReader: a quote or a line end cannot be forced as the delimiter")
{
    for (char bad : {'"', '\n', '\r'}) {
        CsvReadOptions options;
        options.delimiter = bad;
        CHECK(readError("a,b\n", options).problem == CsvProblem::BadDelimiter);
    }
}

TEST_CASE("CsvReader: encodings are detected and decoded to UTF-8")
{
    struct Case
    {
        const char *name;
        std::string input;
        std::string encoding;
        std::string firstField;
        bool warns;
    };
    const std::vector<Case> cases{
        {"plain ASCII", "Ana\n", "UTF-8", "Ana", false},
        {"UTF-8 without BOM", "José Muñoz\n", "UTF-8", "José Muñoz", false},
        {"UTF-8 with BOM", "\xEF\xBB\xBFJosé\n", "UTF-8 with BOM", "José", false},
        {"four-byte UTF-8", "Ana \xF0\x9F\x8C\xBB\n", "UTF-8", "Ana \xF0\x9F\x8C\xBB", false},
        {"Latin-1 letters", "Jos\xE9 Mu\xF1oz\n", "Windows-1252", "José Muñoz", true},
        {"0x80 is the euro sign", "\x80 20\n", "Windows-1252", "€ 20", true},
        {"0x92 is the right single quote", "Siobh\xE1n O\x92" "Brien\n", "Windows-1252", "Siobhán O’Brien", true},
        {"0x93 and 0x94 are curly double quotes", "\x93hi\x94\n", "Windows-1252", "“hi”", true},
        {"0x8A, 0x9E and 0x9F", "\x8A\x9E\x9F\n", "Windows-1252", "ŠžŸ", true},
        {"undefined 0x81 keeps its value", "a\x81\n", "Windows-1252", "a\xC2\x81", true},
        {"overlong UTF-8 is not UTF-8", "\xC0\xAF\n", "Windows-1252", "À¯", true},
        {"UTF-8 surrogate is not UTF-8", "\xED\xA0\x80\n", "Windows-1252", "í\xC2\xA0€", true},
        {"truncated UTF-8 at end of file", "Jos\xC3", "Windows-1252", "JosÃ", true},
        {"BOM with a damaged byte keeps UTF-8", "\xEF\xBB\xBFJos\xE9\n", "UTF-8 with BOM", "Jos\xEF\xBF\xBD", true},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const CsvDocument doc = readOk(c.input);
            CHECK(doc.encoding == c.encoding);
            REQUIRE(doc.records.size() == 1);
            CHECK(doc.records.front().fields.front() == c.firstField);
            CHECK(doc.warnings.size() == (c.warns ? 1u : 0u));
        }
    }
}

TEST_CASE("CsvReader: the Windows-1252 warning names the first line that is not UTF-8")
{
    const CsvDocument doc = readOk("Name\nAna\nJos\xE9\nFran\xE7ois\n");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings.front() == CsvWarning { CsvWarningKind::ReadAsWindows1252, 3 });
}

TEST_CASE("CsvReader: line numbers stay right after many multi-line fields")
{
    std::string input = "Name,Notes\r\n";
    for (int i = 0; i < 1000; ++i)
        input += "P" + std::to_string(i) + ",\"first\r\nsecond\"\r\n";
    const CsvDocument doc = readOk(input);
    REQUIRE(doc.records.size() == 1001);
    for (std::size_t k = 1; k < doc.records.size(); ++k) {
        if (doc.records[k].line != static_cast<int>(2 * k)) {
            FAIL_CHECK("record " << k << " starts on line " << doc.records[k].line);
            break;
        }
    }
    CHECK(doc.records.back().fields == std::vector<std::string>{"P999", "first\nsecond"});
}

TEST_CASE("CsvReader: real exports read with the right delimiter and encoding and record lines")
{
    struct Case
    {
        const char *file;
        char delimiter;
        std::string encoding;
        std::vector<int> lines;
        std::size_t warnings;
    };
    const std::vector<Case> cases{
        {"google_forms.csv", ',', "UTF-8", {1, 2, 3, 5, 6, 7, 8}, 0},
        {"typeform.csv", ',', "UTF-8 with BOM", {1, 2, 3, 6, 7}, 0},
        {"excel_semicolon_cp1252.csv", ';', "Windows-1252", {1, 2, 3, 4, 5}, 1},
        {"spreadsheet_first_last.csv", ',', "UTF-8", {1, 2, 3, 5, 6, 7, 8, 9}, 0},
        {"no_header.csv", ',', "UTF-8", {1, 2, 3, 4}, 0},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.file)
        {
            const CsvDocument doc = readOk(readDataFile(c.file));
            CHECK(doc.delimiter == c.delimiter);
            CHECK(doc.encoding == c.encoding);
            std::vector<int> lines;
            for (const CsvRecord &r : doc.records)
                lines.push_back(r.line);
            CHECK(lines == c.lines);
            CHECK(doc.warnings.size() == c.warnings);
        }
    }
}

TEST_CASE("CsvReader: the European Excel export decodes names and notes and keeps unquoted commas")
{
    const CsvDocument doc = readOk(readDataFile("excel_semicolon_cp1252.csv"));
    REQUIRE(doc.records.size() == 5);
    CHECK(doc.records[1].fields == std::vector<std::string>{"José Muñoz", "jose@example.es", "Sevilla, España", "Pays 20 € by transfer"});
    CHECK(doc.records[2].fields[0] == "Siobhán O’Brien");
    CHECK(doc.records[3].fields == std::vector<std::string>{"François Dupré", "", "Lyon", "“No email, call me”"});
    CHECK(doc.records[4].fields[0] == "Jürgen Groß");
}

TEST_CASE("CsvReader: a UTF-16 file is refused with advice to save as CSV UTF-8")
{
    const CsvError error = readError(readDataFile("utf16.csv"));
    CHECK(error.line == 1);
    CHECK(error.column == 1);
    CHECK(error.problem == CsvProblem::Utf16);
}
