// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Each file in tests/data/scheduler/ holds a problem (in the problem-file format
// of `convener-cli schedule --problem`), the seeds to try and what every result
// must show. Structural promises are checked for every case.
#include "core/scheduler/scheduler.h"
#include "core/scheduler/schedulerjson.h"
#include "test_schedulersupport.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

using namespace convener::core;
using convener::core::testing::requireValidSchedule;

namespace {

std::vector<std::filesystem::path> caseFiles()
{
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(std::filesystem::path(CONVENER_TEST_DATA_DIR) / "scheduler")) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace

TEST_CASE("Scheduler: every data case holds its stated properties")
{
    const auto files = caseFiles();
    REQUIRE(files.size() >= 8);
    for (const auto &file : files) {
        INFO(file.filename().string());
        const auto doc = nlohmann::json::parse(readFile(file));
        REQUIRE(doc.contains("description"));
        const auto &expect = doc.at("expect");
        const auto parsed = parseScheduleProblem(doc.at("problem").dump());
        std::optional<ScheduleError> error = parsed.error;
        if (parsed.problem)
            error = checkScheduleProblem(*parsed.problem);
        if (expect.contains("error")) {
            // The error as the command line prints it, field first; here the field, and
            // tests/models/rooms/test_scheduleerrortext.cpp checks the words.
            REQUIRE(error);
            CHECK_THAT(expect.at("error").get<std::string>(), Catch::StartsWith(error->field + ": "));
            continue;
        }
        REQUIRE_FALSE(error);
        const ScheduleProblem &problem = *parsed.problem;
        for (const auto &seed : doc.value("seeds", nlohmann::json::array({1}))) {
            INFO("seed " << seed);
            ScheduleOptions options;
            options.seed = seed.get<std::uint64_t>();
            options.timeLimit = std::chrono::milliseconds(20000);
            const auto result = planSchedule(problem, options);
            requireValidSchedule(problem, result);
            if (expect.contains("lower_bound"))
                CHECK(result.stats.lowerBound == expect.at("lower_bound").get<int>());
            if (expect.contains("repeats"))
                CHECK(result.stats.repeats == expect.at("repeats").get<int>());
            if (expect.value("repeats_equal_lower_bound", false))
                CHECK(result.stats.repeats == result.stats.lowerBound);
            if (expect.contains("max_pair_meetings_at_most"))
                CHECK(result.stats.maxPairMeetings <= expect.at("max_pair_meetings_at_most").get<int>());
        }
    }
}
