// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programdocument.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace convener::models {

// A program, call or practice file as read from disk: the document when it
// could be read, and what was wrong with it, each line naming the file and
// where in it ("call.json:12:5: ...", "call.json: steps[2].duration: ...").
struct ProgramFile
{
    std::optional<core::ProgramDocument> document;
    QStringList problems;                                    // errors, or warnings that came with a document

    bool ok() const { return document.has_value(); }
};

ProgramFile readProgramFile(const QString &path);

// Writes the document in the current file format, replacing the file only once
// the whole text is on disk. Returns what went wrong, or an empty string.
QString writeProgramFile(const QString &path, const core::ProgramDocument &document);

} // namespace convener::models
