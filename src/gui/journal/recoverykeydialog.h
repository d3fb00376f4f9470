// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RecoveryKeyDialog;
}

namespace convener::gui {

// Shows a new recovery key once, with the warning that without it and the
// passphrase the journal is lost. It closes only after the participant says
// they wrote it down, and wipes the key from its label when it closes.
class RecoveryKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryKeyDialog)

public:
    RecoveryKeyDialog(const QString &recoveryKey, QWidget *parent = nullptr);
    ~RecoveryKeyDialog() override;

    void done(int result) override;

private:
    const std::unique_ptr<Ui::RecoveryKeyDialog> m_ui;
};

} // namespace convener::gui
