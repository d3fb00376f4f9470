// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PeoplePage;
}

namespace convener::models {
class RosterFilterModel;
class Workspace;
}

namespace convener::gui {

// The People area: the current cohort's members with search, role filter,
// add, edit, remove (all undoable), CSV import with a preview, and CSV export.
class PeoplePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)

public:
    explicit PeoplePage(models::Workspace &workspace, QWidget *parent = nullptr);
    ~PeoplePage() override;

    // The steps behind the buttons, callable without a file chooser.
    bool importFile(const QString &path);
    bool exportTo(const QString &path);

public Q_SLOTS:
    void addPerson();
    void editSelected();
    void removeSelected();
    void chooseImportFile();
    void chooseExportFile();

Q_SIGNALS:
    void newCohortRequested();
    void demoRequested();

private:
    void updateState();
    std::vector<std::string> emailsExcept(long long personId) const;

    const std::unique_ptr<Ui::PeoplePage> m_ui;
    models::Workspace &m_workspace;
    models::RosterFilterModel *m_filter;
};

} // namespace convener::gui
