// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <string>

namespace convener::tests::crash {

// What the crash loop's parent sets up once and its writer finds by name on
// every start, so the two processes share nothing but the database file.
inline const std::string kCohortName = "Crash loop";
inline const std::string kKeeperName = "Journal keeper";
inline const std::string kPassphrase = "crash loop passphrase";
inline constexpr int kRetroCall = 1;
inline constexpr int kRunCall = 1;
// The cohort follows the four-call practice program; attendance and rounds go to its calls.
inline constexpr int kCalls = 4;

// Text that carries a write's sequence number, so the parent can tell which
// acknowledged write a stored value comes from (and that it is not older).
inline std::string tagged(const char *kind, long long seq)
{
    return std::string(kind) + ' ' + std::to_string(seq);
}

// The sequence number back from tagged text, or -1 when the text is not one.
inline long long seqOf(const std::string &text, const char *kind)
{
    const std::string prefix = std::string(kind) + ' ';
    if (text.rfind(prefix, 0) != 0)
        return -1;
    try {
        return std::stoll(text.substr(prefix.size()));
    } catch (...) {
        return -1;
    }
}

// The writer, run in a child the crash loop forks (crashwriter.cpp): opens the
// database at path and writes until it is killed; it never returns.
[[noreturn]] void runCrashWriter(const QString &path, long long firstSequenceNumber, std::uint64_t seed);

} // namespace convener::tests::crash
