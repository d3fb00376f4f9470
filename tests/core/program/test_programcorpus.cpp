// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The broken-file corpus: tests/data/programs/broken/NAME.json must be refused
// with one problem for each line of NAME.expected (the words are checked in
// tests/models/program). Files in valid/ must load, validate cleanly and round-trip.
#include "core/program/programjson.h"
#include "core/program/programvalidation.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace convener::core;
namespace fs = std::filesystem;

namespace {
const fs::path kDataDir = fs::path(CONVENER_TEST_DATA_DIR) / "programs";

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> readLines(const fs::path &path)
{
    std::vector<std::string> lines;
    std::istringstream in(readFile(path));
    for (std::string line; std::getline(in, line);) {
        if (!line.empty())
            lines.push_back(line);
    }
    return lines;
}

std::vector<fs::path> jsonFiles(const fs::path &dir)
{
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}
} // namespace

TEST_CASE("Program corpus: every broken file is refused with as many problems as it expects")
{
    const auto files = jsonFiles(kDataDir / "broken");
    REQUIRE(files.size() >= 25);
    for (const fs::path &file : files) {
        INFO(file.filename().string());
        const fs::path expectedPath = fs::path(file).replace_extension(".expected");
        REQUIRE(fs::exists(expectedPath));
        const ProgramLoadResult result = loadProgramDocument(readFile(file));
        CHECK_FALSE(result.ok());
        CHECK(result.problems.size() == readLines(expectedPath).size());
    }
}

TEST_CASE("Program corpus: every valid file loads, validates and survives a round trip")
{
    const auto files = jsonFiles(kDataDir / "valid");
    REQUIRE_FALSE(files.empty());
    for (const fs::path &file : files) {
        INFO(file.filename().string());
        const ProgramLoadResult first = loadProgramDocument(readFile(file));
        REQUIRE(first.ok());
        CHECK_FALSE(hasErrors(validateDocument(*first.document)));
        const ProgramLoadResult second = loadProgramDocument(saveProgramDocument(*first.document));
        REQUIRE(second.ok());
        CHECK(*second.document == *first.document);
        CHECK(second.problems == first.problems);
    }
}

TEST_CASE("Program corpus: the example in docs/file-formats.md is the validated example file")
{
    const std::string doc = readFile(fs::path(CONVENER_TEST_DATA_DIR) / ".." / ".." / "docs" / "file-formats.md");
    const std::string open = "```json\n";
    const auto start = doc.find(open);
    REQUIRE(start != std::string::npos);
    const auto end = doc.find("```\n", start + open.size());
    REQUIRE(end != std::string::npos);
    CHECK(doc.substr(start + open.size(), end - start - open.size()) == readFile(kDataDir / "valid" / "example-call.json"));
    const ProgramLoadResult result = loadProgramDocument(readFile(kDataDir / "valid" / "example-call.json"));
    REQUIRE(result.ok());
    const auto &call = std::get<ProgramCall>(result.document->content);
    CHECK(call.findStep("troika")->plannedDuration() == std::chrono::minutes(33));
    CHECK(call.plannedDuration() == std::chrono::minutes(43));
}
