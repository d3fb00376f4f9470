// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class JournalPassphraseDialog;
}

namespace convener::gui {

// Asks for what a journal needs: a new passphrase (set-up), the current and a
// new one (change), the recovery key and a new one (recovery), or the
// passphrase of an exported journal file (import). The fields are cleared when
// the dialog closes; read them in the accepted() handler.
class JournalPassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPassphraseDialog)

public:
    enum class Purpose { SetUp, Change, Recover, Import };
    static constexpr int kMinimumLength = 8;

    explicit JournalPassphraseDialog(Purpose purpose, QWidget *parent = nullptr);
    ~JournalPassphraseDialog() override;

    // The current passphrase, the recovery key, or the file's passphrase.
    QString firstText() const;
    QString newPassphrase() const;

    void done(int result) override;

private:
    void check();

    const std::unique_ptr<Ui::JournalPassphraseDialog> m_ui;
    Purpose m_purpose;
};

} // namespace convener::gui
