// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RetroNewBoardPanel;
}

namespace convener::models {
class RetroBoardDocument;
}

namespace convener::gui {

// What the Retro area shows for a call without a board: the call number and
// the columns (a template or custom titles) of the board to create.
class RetroNewBoardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroNewBoardPanel)

public:
    explicit RetroNewBoardPanel(models::RetroBoardDocument *document, QWidget *parent = nullptr);
    ~RetroNewBoardPanel() override;

    // Suggests the call on screen (else call 4) and says why there is no board.
    // callCount: the cohort's calls, for the call proposed and the highest one allowed.
    void refresh(int callCount);
    void focusCallNumber();

public Q_SLOTS:
    void createBoard();

Q_SIGNALS:
    // The custom titles could not be used; the message says why.
    void refused(const QString &message);

private:
    const std::unique_ptr<Ui::RetroNewBoardPanel> m_ui;
    models::RetroBoardDocument *m_document;
};

} // namespace convener::gui
