// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// How long a participant waits between typing their passphrase and seeing their
// journal: parsing the stored key record and running Argon2id. Prints figures
// for docs/journal-security.md; not a pass/fail test.
//
// Usage: bench_journal_unlock [moderate-runs] [interactive-runs]   (default 7 and 15)

#include "crypto/journalkey.h"
#include "crypto/kdflimits.h"
#include "crypto/wrappedkey.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

using namespace convener::crypto;

namespace {

const std::string kPassphrase = "a benchmark passphrase of ordinary length";

long peakResidentMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;                           // Linux reports KiB
}

std::string cpuModel()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            return colon == std::string::npos ? line : line.substr(colon + 2);
        }
    }
    return "unknown CPU";
}

bool measure(const char *name, KdfLimits limits, int runs)
{
    auto setup = JournalKey::create(kPassphrase, limits);
    if (!setup) {
        std::fprintf(stderr, "set-up failed: %s\n", setup.error().message.c_str());
        return false;
    }
    const Bytes stored = setup.value().passphraseRecord.toBytes();

    std::vector<double> milliseconds;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        auto record = WrappedKey::fromBytes(stored);
        if (!record) {
            std::fprintf(stderr, "record failed to parse: %s\n", record.error().message.c_str());
            return false;
        }
        auto key = JournalKey::unlock(record.value(), kPassphrase);
        const auto end = std::chrono::steady_clock::now();
        if (!key) {
            std::fprintf(stderr, "unlock failed: %s\n", key.error().message.c_str());
            return false;
        }
        milliseconds.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    const std::size_t n = milliseconds.size();
    const double median = n % 2 == 1 ? milliseconds[n / 2] : (milliseconds[n / 2 - 1] + milliseconds[n / 2]) / 2;
    std::printf("%-12s ops=%llu mem=%llu MiB  runs=%d  median %.0f ms  min %.0f ms  max %.0f ms  peak RSS so far %ld MiB\n",
                name, static_cast<unsigned long long>(limits.opsLimit),
                static_cast<unsigned long long>(limits.memLimit >> 20), runs, median, milliseconds.front(),
                milliseconds.back(), peakResidentMiB());
    return true;
}

int runsFrom(int argc, char **argv, int index, int fallback)
{
    if (argc <= index)
        return fallback;
    const int runs = std::atoi(argv[index]);
    return runs > 0 ? runs : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    const int moderateRuns = runsFrom(argc, argv, 1, 7);
    const int interactiveRuns = runsFrom(argc, argv, 2, 15);
    std::printf("Journal unlock (parse key record + Argon2id + unwrap), single thread, %s\n", cpuModel().c_str());
    // Interactive first: peak RSS only grows, so each line shows its own peak.
    const bool ok = measure("interactive", KdfLimits::interactive(), interactiveRuns)
        && measure("moderate", KdfLimits::moderate(), moderateRuns);
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
