// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RetroPhaseBar;
}

namespace convener::models {
class RetroBoardDocument;
}

namespace convener::gui {

// The bar above a retro board: the phase it is in and the way to the next,
// the reveal, anonymity and vote limits, and a line saying what they mean
// for the room.
class RetroPhaseBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroPhaseBar)

public:
    explicit RetroPhaseBar(models::RetroBoardDocument *document, QWidget *parent = nullptr);
    ~RetroPhaseBar() override;

    // Shows the state of the board on screen; does nothing without a board.
    void refresh();

Q_SIGNALS:
    // Anonymity or a vote limit was changed here (or refused), so whatever
    // depends on them should be shown again.
    void settingsEdited();

private:
    void changeLimits();

    const std::unique_ptr<Ui::RetroPhaseBar> m_ui;
    models::RetroBoardDocument *m_document;
};

} // namespace convener::gui
