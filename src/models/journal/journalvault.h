// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "crypto/journalkey.h"
#include "crypto/kdflimits.h"
#include "models/journal/journalentry.h"
#include "storage/journal/journalrecord.h"

#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace convener::storage {
class Database;
class JournalRepository;
}

namespace convener::models {

class BackgroundTask;

class JournalSession;

// The journals of one open database, for one person at a time: set up, unlock,
// lock, change the passphrase, recover, import. Key derivation (Argon2id, about
// half a second) runs on a worker thread and its result comes back through a
// queued signal, so the window never freezes; busy() is true meanwhile. Only
// one derivation runs at a time. Passphrases are normalised to Unicode NFC
// before use, so one typed on another system still matches.
class JournalVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalVault)

public:
    enum class State { NoPerson, NoJournal, Locked, Unlocked };

    explicit JournalVault(storage::Database &database, QObject *parent = nullptr);
    ~JournalVault() override;

    // The cost of new passphrase records (set-up and passphrase changes). Tests
    // lower it; existing records keep the cost they were made with.
    void setKdfLimits(crypto::KdfLimits limits) { m_limits = limits; }

    storage::JournalRepository &repository() const { return *m_repository; }
    core::PersonId person() const { return m_person; }
    // Locks the journal that is open, then looks at another person's.
    void setPerson(core::PersonId person);
    State state() const;
    bool busy() const { return m_worker != nullptr; }
    JournalSession *session() const { return m_session.get(); }
    bool hasRecoveryRecord() const;

    // What a locked journal shows: its number of entries, and the entries whose
    // titles were left open (with only those titles).
    int lockedEntryCount() const { return m_lockedCount; }
    const std::vector<JournalEntry> &lockedEntries() const { return m_lockedEntries; }
    // For hosts: per member of the cohort with a journal, the number of entries.
    std::map<core::PersonId, int> entryCounts(core::CohortId cohort);

    void createJournal(const QString &passphrase);
    void unlock(const QString &passphrase);
    // Unlocks with the recovery key and sets a new passphrase at once.
    void unlockWithRecoveryKey(const QString &recoveryKey, const QString &newPassphrase);
    // Needs the current passphrase even though the journal is open, so nobody
    // passing an unlocked journal can take it over.
    void changePassphrase(const QString &current, const QString &replacement);
    // Replaces the recovery key; returns the new one to show once, or an empty
    // string when it could not be stored. Needs an unlocked journal.
    QString issueNewRecoveryKey();
    // Reads an exported journal and files it under the current person.
    void importArchive(const QString &path, const QString &passphrase);
    // Drops the result of the derivation under way (it still runs to its end).
    void cancel();
    // Saves what is being written as the entry, then forgets the key.
    void lock();

Q_SIGNALS:
    void stateChanged();
    void busyChanged(bool busy);
    // Shown on the lock screen: a wrong passphrase, a mistyped recovery key, a damaged file.
    void failed(const QString &message);
    // A new recovery key to show once (set-up, import, or on request).
    void recoveryKeyIssued(const QString &displayText);
    void passphraseChanged();
    // The session in place is about to go away (lock, other person) or a new one arrived.
    void sessionAboutToEnd();
    void sessionStarted();
    void storageFailed(const QString &message);

private:
    template<typename T>
    void runOffThread(std::function<T()> work, std::function<void(T)> done);
    void reload();
    void startSession(storage::JournalRecord record, crypto::JournalKey key);
    void endSession();

    std::unique_ptr<storage::JournalRepository> m_repository;
    crypto::KdfLimits m_limits = crypto::KdfLimits::moderate();
    core::PersonId m_person = 0;
    std::optional<storage::JournalRecord> m_record;
    int m_lockedCount = 0;
    std::vector<JournalEntry> m_lockedEntries;
    std::unique_ptr<JournalSession> m_session;
    BackgroundTask *m_worker = nullptr; // the derivation whose result is awaited
};

} // namespace convener::models
