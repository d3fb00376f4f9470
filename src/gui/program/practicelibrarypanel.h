// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PracticeLibraryPanel;
}

namespace convener::models {
class PracticeLibraryModel;
}

namespace convener::gui {

// The searchable list of practices to compose a call from. A practice is
// dragged into the step list, or inserted with the button, Enter or a double click.
class PracticeLibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeLibraryPanel)

public:
    explicit PracticeLibraryPanel(QWidget *parent = nullptr);
    ~PracticeLibraryPanel() override;

    models::PracticeLibraryModel *model() const { return m_model; }
    QString currentPractice() const;

Q_SIGNALS:
    void insertRequested(const QString &libraryId);

private:
    void showDetails();

    const std::unique_ptr<Ui::PracticeLibraryPanel> m_ui;
    models::PracticeLibraryModel *m_model;
};

} // namespace convener::gui
