// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class JournalEditorPage;
}

namespace convener::models {
class JournalEntryModel;
class JournalSession;
struct JournalText;
}

namespace convener::gui {

// Writing in an unlocked journal: the entries by call on the left, a large,
// quiet editor on the right. Autosave: the session asks for a save on the
// first change after the last one (draftPending) and this page's one-second
// single-shot timer answers with saveDraftNow(), so the sealed draft is at
// most about a second behind the typing.
class JournalEditorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalEditorPage)

public:
    static constexpr int kAutosaveMs = 1000;

    JournalEditorPage(models::JournalEntryModel *entries, QWidget *parent = nullptr);
    ~JournalEditorPage() override;

    // The session to edit, or none (locked): then every text leaves the widgets.
    void setSession(models::JournalSession *session);

Q_SIGNALS:
    void lockRequested();
    void changePassphraseRequested();
    void newRecoveryKeyRequested();
    void exportMarkdownRequested();
    void exportArchiveRequested();
    // Typing, choosing an entry: what keeps the journal from locking itself.
    void activity();

private:
    void showCurrent();
    void textEdited();
    void updateCounts();
    void selectCurrentRow();
    void deleteCurrent();

    const std::unique_ptr<Ui::JournalEditorPage> m_ui;
    models::JournalEntryModel *m_entries;
    models::JournalSession *m_session = nullptr;
    QTimer m_autosave;                                       // a child, so tests can find it
    bool m_loading = false;
};

} // namespace convener::gui
