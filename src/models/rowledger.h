// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/error.h"
#include "storage/rowversion.h"

#include <map>
#include <optional>
#include <QString>
#include <utility>

namespace convener::models {

// What a document knows of the rows it edits on a database that others may
// change too: the version of each row as last read or written here, and how
// many times someone else has changed it since this document first saw it.
//
// An undo command remembers the count (its turn) when it last ran; when it
// runs again and the count has moved, someone else changed the row in
// between, and the command is refused instead of reverting their change. The
// version is what the next write names, so a change that has not reached this
// document yet is refused by the database itself.
class RowLedger final
{
public:
    // A row: its table and its key as text ("12", or "3/2/41" for a composite key).
    using Key = std::pair<storage::Table, QString>;

    // A reload read the row at stamp. A version other than the one known (read
    // or written here) means someone else changed it.
    void seen(const Key &key, const storage::RowStamp &stamp);
    // A write made here moved the row to version.
    void wrote(const Key &key, storage::RowVersion version);
    // A write made here moved the row on by one, to version, without being
    // based on it (taking a grouped card off the board moves its column on).
    // Learned when the row was at the version known here just before; else
    // someone else had changed it, and the next reload counts their change.
    void movedTo(const Key &key, storage::RowVersion version);
    // The version the next write names: 0 (unchecked) for a row never read.
    storage::RowVersion version(const Key &key) const;
    // How many changes by someone else this document has seen of the row.
    int turn(const Key &key) const;
    // Whether a command whose turn is `turn` (-1: it has not run yet) may still
    // run; if not, the refusal to report, naming the last change seen.
    std::optional<storage::Error> refusal(const Key &key, int turn) const;

private:
    struct Row
    {
        storage::RowVersion version = 0;
        int foreignChanges = 0;
        storage::RowStamp lastForeign;
    };
    std::map<Key, Row> m_rows;
};

} // namespace convener::models
