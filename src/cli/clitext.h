// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <initializer_list>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <string_view>

namespace convener::cli {

// Writing to the terminal. Results go to stdout, messages to stderr, both UTF-8.
// printOut writes exactly what it is given: for machine formats (JSON, CSV,
// Markdown), which carry names as their format escapes them.
void printOut(const QString &text);
void printOut(std::string_view utf8);
// Text for a person to read: every control character but the line breaks is
// shown escaped (see shown()), so a name with ESC [ 2 J in it cannot clear
// the screen or move the cursor. Messages (printError) are written the same way.
void printText(const QString &text);
void printText(std::string_view utf8);
void printError(const QString &text);

// A name, reason or title as the terminal shows it: each control character
// (U+0000 to U+001F, U+007F to U+009F), line breaks included, written as \xHH
// with two lower-case hex digits (ESC as \x1b, a newline as \x0a), so one
// name stays on its line. Other text is left as it is.
QString shown(const QString &text);
std::string shown(std::string_view utf8);

// The standard exit codes of every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// The whole number an option gives, from low to high. Anything else (not a
// number, or one out of range however large) is refused on stderr with the
// option, the text as typed and the range, followed by `usage`.
bool readWholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 low, qint64 high,
    qint64 &out, const QString &usage);

// One subcommand of a command ("people import"): its name and what runs it
// with the arguments after the name.
struct Subcommand
{
    const char *name;
    std::function<int(const QStringList &)> run;
};

// Runs the subcommand the first argument names. --help or -h prints the
// command's usage; a missing or unknown subcommand is a usage error that says
// which, followed by the usage.
int runSubcommand(const char *command, const QStringList &arguments, const QString &usage,
                  std::initializer_list<Subcommand> subcommands);

} // namespace convener::cli
