// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

class QAbstractItemModel;

namespace Ui {
class JournalLockPage;
}

namespace convener::gui {

// What the Journal area shows while a journal is closed: the passphrase field,
// set-up for someone without a journal, the other ways in (recovery key,
// importing a journal file), and any titles the participant left open.
class JournalLockPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalLockPage)

public:
    enum class Mode { NoPerson, NoJournal, Locked };

    explicit JournalLockPage(QWidget *parent = nullptr);
    ~JournalLockPage() override;

    void setEntriesModel(QAbstractItemModel *model, int titleColumn);
    void setMode(Mode mode, const QString &name, int entryCount, int openTitles, bool canRecover);
    void setBusy(bool busy);
    void showMessage(const QString &message);
    void focusPassphrase();

Q_SIGNALS:
    void unlockRequested(const QString &passphrase);
    void setUpRequested();
    void recoveryRequested();
    void importRequested();
    void cancelRequested();

private:
    const std::unique_ptr<Ui::JournalLockPage> m_ui;
    Mode m_mode = Mode::NoPerson;
};

} // namespace convener::gui
