// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class JournalPage;
}

namespace convener::models {
class JournalEntryModel;
class RunController;
class Workspace;
}

namespace convener::gui {

class JournalEditorPage;
class JournalLockPage;

// The Journal area: a participant picks their name, unlocks (or sets up) their
// journal and writes. It locks itself on the Lock button, after a few idle
// minutes, and whenever it is hidden (another area, the window closing).
// Hosts see here, in the name list, only how many entries each journal has.
// While a call is live it shows the prompt of the call's current step above
// the journal, read from the run it is given to follow.
class JournalPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPage)

public:
    static constexpr int kDefaultAutoLockMinutes = 5;

    explicit JournalPage(models::Workspace &workspace, QWidget *parent = nullptr);
    ~JournalPage() override;

    // Idle minutes before the journal locks itself (a setting of the app).
    void setAutoLockMinutes(int minutes);
    int autoLockMinutes() const { return m_idleTimer.interval() / 60000; }

    // The steps behind the menu entries, callable without a file chooser.
    bool exportMarkdownTo(const QString &path);
    bool exportArchiveTo(const QString &path);
    void importArchiveFrom(const QString &path);

    // The live run whose current prompt to show; the page only reads it.
    void followRun(models::RunController *run);

public Q_SLOTS:
    void lockJournal();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void fillPeople();
    // "Ana (3 journal entries)", "Ana (no journal)" for nothing.
    static QString personLabel(const QString &name, std::optional<int> entries);
    void showOpenCount();
    void updateState();
    QString personName() const;
    void setUp();
    void recover();
    void changePassphrase();
    void issueRecoveryKey();
    void showRecoveryKey(const QString &key);
    void chooseMarkdownFile();
    void chooseArchiveFile();
    void chooseImportFile();
    void showLivePrompt();

    const std::unique_ptr<Ui::JournalPage> m_ui;
    models::Workspace &m_workspace;
    models::JournalEntryModel *m_entries;
    JournalLockPage *m_lockPage;
    JournalEditorPage *m_editorPage;
    QTimer m_idleTimer;                                      // a child, so tests can find it
    QPointer<models::RunController> m_run;
};

} // namespace convener::gui
