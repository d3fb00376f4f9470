// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace convener::cli {

// Each command receives its own arguments (without "convener-cli" and the
// command words) and returns the process exit code: 0 success, 1 a problem with
// the input or the request, 2 usage errors. Messages go to stderr, results to stdout.
int runCohortCommand(const QStringList &arguments);
int runDbCommand(const QStringList &arguments);
int runServerCommand(const QStringList &arguments);
int runPeopleCommand(const QStringList &arguments);
int runDemoCommand(const QStringList &arguments);
int runScheduleCommand(const QStringList &arguments);
int runTemplateCommand(const QStringList &arguments);
int runRetroCommand(const QStringList &arguments);
int runRoomsCommand(const QStringList &arguments);
int runAttendanceCommand(const QStringList &arguments);
int runExportCommand(const QStringList &arguments);

} // namespace convener::cli
