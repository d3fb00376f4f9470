// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <string_view>

namespace convener::cli {

// Writing to the terminal. Results go to stdout, messages to stderr, both UTF-8.
void printOut(const QString &text);
void printOut(std::string_view utf8);
void printError(const QString &text);

// The standard exit codes of every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

} // namespace convener::cli
