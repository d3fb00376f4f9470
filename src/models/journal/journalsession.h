// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/journalkey.h"
#include "models/journal/journalentry.h"
#include "models/journal/journaltext.h"
#include "storage/journal/journalrecord.h"

#include <QObject>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace convener::storage {
class JournalRepository;
}

namespace convener::models {

// One unlocked journal. It owns the JournalKey, so destroying the session is
// locking: the key and the decrypted titles go with it.
//
// Autosave: every change of the editor's text goes to updateText(). The first
// change after a save emits draftPending(); the GUI answers with a one-second
// single-shot timer whose timeout calls saveDraftNow(). So a draft is sealed and
// stored at most about once a second while typing, and a crash loses at most
// the last second. The session itself reads no clock. Committing (commit(),
// switching entries, locking) seals the text as the entry and drops the draft.
class JournalSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalSession)

public:
    // Loads the entries' titles and any draft left by an earlier session; a
    // draft becomes the current text (restoredDraft() says so). Problems
    // reading are reported by loadProblem(), for the caller to show.
    JournalSession(storage::JournalRepository &repository, storage::JournalRecord record, crypto::JournalKey key,
                   QObject *parent = nullptr);
    ~JournalSession() override;

    const storage::JournalRecord &record() const { return m_record; }
    const crypto::JournalKey &key() const { return m_key; }
    const std::vector<JournalEntry> &entries() const { return m_entries; }
    int rowOf(const std::string &entryId) const;
    const QString &loadProblem() const { return m_loadProblem; }

    const JournalText &current() const { return m_current; }
    bool currentIsSaved() const;                             // the current entry exists in storage
    bool hasUnsavedChanges() const { return m_entryDirty; }
    bool draftIsPending() const { return m_draftDirty; }
    bool restoredDraft() const { return m_restoredDraft; }

    // The editor's text changed. Keeps the current entry id whatever text.entryId says.
    void updateText(const JournalText &text);
    // Seals and stores the draft if the text changed since the last save. False on a storage failure.
    bool saveDraftNow();
    // Seals the current text as its entry and drops the draft. A blank new entry is not stored.
    bool commit();
    // Commits the current entry, then makes a new empty one current.
    bool startNewEntry(std::optional<int> callNumber);
    // Commits the current entry, then opens another. False if it could not be opened.
    bool openEntry(std::string entryId);               // by value: it may name a row commit() moves
    // Deletes an entry; when it is the current one, a new empty entry becomes current.
    bool deleteEntry(std::string entryId);

    // The whole journal as Markdown, written readable by its owner only.
    bool exportMarkdown(const QString &path, const QString &ownerName);
    // The whole journal, still sealed, for moving it to another machine (0600).
    bool exportArchive(const QString &path);

Q_SIGNALS:
    void draftPending();
    void draftSaved();
    void currentChanged();
    // Rows of entries(): an entry was stored or removed.
    void entryAboutToBeInserted(int row);
    void entryInserted(int row);
    void entryChanged(int row);
    void entryAboutToBeRemoved(int row);
    void entryRemoved(int row);
    void entriesAboutToBeReset();
    void entriesReset();
    void storageFailed(const QString &message);

private:
    bool loadEntries();
    void loadDraft();
    std::optional<JournalText> readEntry(const std::string &entryId);
    void placeEntry(const JournalEntry &entry);

    storage::JournalRepository &m_repository;
    storage::JournalRecord m_record;
    crypto::JournalKey m_key;
    std::vector<JournalEntry> m_entries;
    JournalText m_current;
    bool m_entryDirty = false;
    bool m_draftDirty = false;
    bool m_restoredDraft = false;
    QString m_loadProblem;
};

} // namespace convener::models
