// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RetroExportPanel;
}

namespace convener::models {
class Workspace;
}

namespace convener::gui {

// The Retro area's export buttons: the board on screen, with its votes and
// action items, saved as Markdown or CSV in a file readable by the owner only.
class RetroExportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroExportPanel)

public:
    enum class Format { Markdown, Csv };

    explicit RetroExportPanel(models::Workspace &workspace, QWidget *parent = nullptr);
    ~RetroExportPanel() override;

    // Asks where to save, then writes there.
    void chooseExportFile(Format format);
    bool exportTo(const QString &path, Format format);
    // Enables the buttons only while a board is on screen.
    void refresh();

Q_SIGNALS:
    // A sentence for the page's message line once a file is written.
    void reported(const QString &message);

private:
    const std::unique_ptr<Ui::RetroExportPanel> m_ui;
    models::Workspace &m_workspace;
};

} // namespace convener::gui
