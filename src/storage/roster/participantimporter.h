// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/csvreader.h"
#include "core/roster/importplan.h"
#include "storage/result.h"

#include <QString>

#include <optional>

namespace convener::storage {

class RosterRepository;

// Brings a registration-form CSV into a cohort: read and plan first (nothing is
// stored, so a preview can show what will happen), then store every importable
// row in one transaction.
class ParticipantImporter final
{
public:
    struct Preview
    {
        QString path;
        core::CsvDocument document;
        core::ImportMapping mapping;
        core::ImportPlan plan;
    };

    ParticipantImporter(RosterRepository &roster, core::CohortId cohort);

    // Reads the file and plans the import; the mapping is guessed unless given.
    // A file that cannot be read as CSV fails with ImportFileMalformed: its place and the reader's CsvError.
    Result<Preview> preview(const QString &path, const std::optional<core::ImportMapping> &mapping = {}) const;
    // Plans again with another mapping (the person changed a column in the preview).
    Result<Preview> replan(const Preview &preview, const core::ImportMapping &mapping) const;
    // Stores the planned rows; all or nothing.
    Result<std::vector<core::Member>> import(const Preview &preview);

private:
    RosterRepository &m_roster;
    core::CohortId m_cohort;
};

} // namespace convener::storage
