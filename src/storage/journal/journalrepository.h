// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "crypto/wrappedkey.h"
#include "storage/journal/journalrecord.h"
#include "storage/result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace convener::storage {

class Database;

// Participants' private journals. It stores what the crypto library produced
// and nothing else: key records, sealed items and clear metadata. Every sealed
// blob handed in must parse as a crypto::SealedItem, so plaintext passed here by
// mistake is refused rather than written. Every write is one IMMEDIATE
// transaction.
class JournalRepository final
{
public:
    explicit JournalRepository(Database &database);
    Database &database() const { return m_database; }

    Result<std::optional<JournalRecord>> journalFor(core::PersonId person) const;
    // A new journal for a person who has none.
    Result<JournalRecord> createJournal(core::PersonId person, const crypto::WrappedKey &passphraseRecord,
                                        const crypto::WrappedKey &recoveryRecord);
    // Replaces the passphrase record in one statement, so the old passphrase stops
    // opening the journal exactly when the new one starts. Entries are untouched.
    Status replacePassphraseRecord(JournalRowId journal, const crypto::WrappedKey &record);
    Status replaceRecoveryRecord(JournalRowId journal, const crypto::WrappedKey &record);

    // By call (entries without a call last), then oldest first.
    Result<std::vector<JournalEntryRecord>> entries(JournalRowId journal) const;
    // Inserts or updates the entry with this id and drops the draft written
    // for it, in one transaction. Returns the entry with its stored dates.
    Result<JournalEntryRecord> saveEntry(JournalRowId journal, const JournalEntryRecord &entry);
    Status deleteEntry(JournalRowId journal, const std::string &entryId);

    Result<std::optional<JournalDraftRecord>> draft(JournalRowId journal) const;
    Status saveDraft(JournalRowId journal, const JournalDraftRecord &draft);
    Status discardDraft(JournalRowId journal);

    // What a host may know: per member of the cohort who has a journal, how many
    // entries it holds. Nothing else about the journals leaves this call.
    Result<std::map<core::PersonId, int>> entryCounts(core::CohortId cohort) const;

    // Files a journal moved from another machine under a person. A person with
    // no journal gets this one (with no recovery record yet); a person whose
    // journal has the same journal id gets the entries it lacks. Another
    // journal is refused: one person, one journal.
    Result<JournalRecord> importJournal(core::PersonId person, const crypto::WrappedKey &passphraseRecord,
                                        const std::vector<JournalEntryRecord> &entries,
                                        const std::optional<JournalDraftRecord> &draft);

private:
    Database &m_database;
};

} // namespace convener::storage
