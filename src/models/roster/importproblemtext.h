// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/csvreader.h"
#include "core/roster/importplan.h"

#include <QString>
#include <QStringList>

namespace convener::models {

// The sentences a person reads about a participant CSV, made here behind tr()
// so that core only names what it found.

// Why the file could not be read, without its place (storage::Error and the
// callers put "FILE:LINE:COLUMN: " before it).
QString describe(const core::CsvError &error);

// One warning, with its line: "line 7: a quote inside an unquoted field was kept as text".
QString describe(const core::CsvWarning &warning);

// The document's warnings, one sentence each, in order.
QStringList describeWarnings(const core::CsvDocument &document);

// Why a row is skipped, without its line: "no name given", several reasons
// joined with "; ".
QString describe(const core::ImportProblem &problem);
QString describe(const core::ImportReason &reason);

// What was done to a row that is still imported, with its line.
QString describe(const core::ImportWarning &warning);

// The plan's warnings, one sentence each, in order.
QStringList describeWarnings(const core::ImportPlan &plan);

} // namespace convener::models
