// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/runsheet.h"
#include "io/papersize.h"

#include <QByteArray>

namespace convener::io {

// The run sheet as a PDF to print: black on white (nothing is told by colour
// alone), the cohort and call in every page's header, "Page N of M" in the
// footer. A step is kept on one page when it fits; a longer one breaks
// between lines and table rows, repeating table headings.
QByteArray runSheetPdf(const core::RunSheet &sheet, PaperSize paper);

} // namespace convener::io
