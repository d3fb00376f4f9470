// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QUndoView;

namespace Ui {
class ProgramPage;
}

namespace convener::models {
class CallStepsModel;
class Workspace;
}

namespace convener::gui {

class PracticeLibraryPanel;
class StepEditor;

// The Program area, where co-hosts prepare a week's call: the call's steps
// with their start times, a form for the chosen step, the practice library,
// how the call fits its length, and the history of edits. Every edit is one
// undoable command on the workspace's stack and is saved at once.
class ProgramPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramPage)

public:
    explicit ProgramPage(models::Workspace &workspace, QWidget *parent = nullptr);
    ~ProgramPage() override;

    int currentRow() const;
    void selectRow(int row);
    StepEditor *editor() const { return m_editor; }
    PracticeLibraryPanel *library() const { return m_library; }

    // The file actions without their dialogs; each says how it went in the page.
    bool saveCallAs(const QString &path);
    bool saveStepAs(const QString &path);
    bool openFile(const QString &path);

public Q_SLOTS:
    void chooseSaveCallFile();
    void chooseSaveStepFile();
    void chooseOpenFile();

private:
    void fillCalls();
    void refresh();
    void refreshFit();
    void refreshHosts();
    void insertPractice(const QString &libraryId);
    QAction *addStepAction(const QString &text, const QKeySequence &key, const QString &icon, void (ProgramPage::*slot)());
    void moveUp();
    void moveDown();
    void duplicate();
    void remove();
    void say(const QString &message);

    const std::unique_ptr<Ui::ProgramPage> m_ui;
    models::Workspace &m_workspace;
    models::CallStepsModel *m_model;
    StepEditor *m_editor;
    PracticeLibraryPanel *m_library;
    QUndoView *m_history;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_saveStep = nullptr;
};

} // namespace convener::gui
