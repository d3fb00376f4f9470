// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "crypto/bytes.h"
#include "crypto/journalid.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace convener::storage {

using JournalRowId = std::int64_t;

// A journal as stored: who it belongs to and its key records. The data key is
// only ever here wrapped; the recovery key itself is never stored.
struct JournalRecord
{
    JournalRowId id = 0;                                     // local to this database
    core::PersonId person = 0;
    crypto::JournalId journalId;                             // travels with the journal; bound into every item
    crypto::Bytes passphraseRecord;                          // crypto::WrappedKey::toBytes()
    std::optional<crypto::Bytes> recoveryRecord;             // none after an import until a new key is issued
    std::uint32_t keyVersion = 0;
};

// One saved entry. Only sealed bytes and the program's own clear metadata:
// the call, the step, the dates and, if the participant chose so, the title.
struct JournalEntryRecord
{
    std::string entryId;                                     // crypto::newEntryId(), kept on every machine
    std::optional<int> callNumber;
    std::optional<std::string> stepTitle;
    std::optional<std::string> openTitle;                    // a title the participant left readable when locked
    std::optional<crypto::Bytes> sealedTitle;                // none when the title is open or empty
    crypto::Bytes sealedBody;
    QString createdAt;                                       // ISO 8601 UTC; empty on save means "now"
    QString updatedAt;
};

// The autosaved text of the entry being written (one per journal), sealed as a
// draft under that entry's id.
struct JournalDraftRecord
{
    std::string entryId;
    std::optional<int> callNumber;
    crypto::Bytes sealedDraft;
};

} // namespace convener::storage
