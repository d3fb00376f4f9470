// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/journal/journallockpage.h"

#include "ui_journallockpage.h"

namespace convener::gui {

JournalLockPage::JournalLockPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::JournalLockPage>())
{
    m_ui->setupUi(this);
    const auto unlock = [this] {
        const QString passphrase = m_ui->passphraseEdit->text();
        if (passphrase.isEmpty())
            return;
        m_ui->passphraseEdit->clear();
        m_ui->messageLabel->clear();
        Q_EMIT unlockRequested(passphrase);
    };
    connect(m_ui->unlockButton, &QPushButton::clicked, this, unlock);
    connect(m_ui->passphraseEdit, &QLineEdit::returnPressed, this, unlock);
    connect(m_ui->showPassphraseCheck, &QCheckBox::toggled, this,
        [this](bool shown) { m_ui->passphraseEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->setUpButton, &QPushButton::clicked, this, &JournalLockPage::setUpRequested);
    connect(m_ui->recoveryButton, &QPushButton::clicked, this, &JournalLockPage::recoveryRequested);
    connect(m_ui->importButton, &QPushButton::clicked, this, &JournalLockPage::importRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &JournalLockPage::cancelRequested);
    setBusy(false);
}

JournalLockPage::~JournalLockPage() = default;

void JournalLockPage::setEntriesModel(QAbstractItemModel *model, int titleColumn)
{
    m_ui->openTitlesList->setModel(model);
    m_ui->openTitlesList->setModelColumn(titleColumn);
}

void JournalLockPage::setMode(Mode mode, const QString &name, int entryCount, int openTitles, bool canRecover)
{
    m_mode = mode;
    const bool locked = mode == Mode::Locked;
    m_ui->passphraseLabel->setVisible(locked);
    m_ui->passphraseEdit->setVisible(locked);
    m_ui->showPassphraseCheck->setVisible(locked);
    // Shown once does not mean shown the next time the journal locks.
    m_ui->showPassphraseCheck->setChecked(false);
    m_ui->unlockButton->setVisible(locked);
    m_ui->recoveryButton->setVisible(locked && canRecover);
    m_ui->setUpButton->setVisible(mode == Mode::NoJournal);
    m_ui->importButton->setVisible(mode != Mode::NoPerson);
    m_ui->openTitlesList->setVisible(locked && openTitles > 0);
    m_ui->messageLabel->clear();
    switch (mode) {
    case Mode::NoPerson:
        m_ui->headlineLabel->setText(tr("Choose your name to open your journal."));
        m_ui->detailLabel->setText(tr("Each participant keeps a private journal for the silent reflection on the "
                                      "calls. Only its owner can read it, with their passphrase; hosts see how "
                                      "many entries there are and nothing else."));
        break;
    case Mode::NoJournal:
        m_ui->headlineLabel->setText(tr("%1, you have no journal on this computer yet.").arg(name));
        m_ui->detailLabel->setText(tr("Set one up with a passphrase only you know, or import the journal file "
                                      "you exported on another computer."));
        break;
    case Mode::Locked:
        m_ui->headlineLabel->setText(tr("%1's journal is locked.").arg(name));
        m_ui->detailLabel->setText((entryCount == 1 ? tr("It holds 1 entry.")
                                                    : tr("It holds %n entries.", nullptr, entryCount))
                                   + (openTitles > 0 ? QLatin1Char(' ') + tr("The titles below were left open on purpose.")
                                                     : QString()));
        break;
    }
    setBusy(false);
}

void JournalLockPage::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->passphraseEdit->setEnabled(!busy);
    m_ui->unlockButton->setEnabled(!busy);
    m_ui->setUpButton->setEnabled(!busy);
    m_ui->recoveryButton->setEnabled(!busy);
    m_ui->importButton->setEnabled(!busy);
    if (busy)
        m_ui->messageLabel->setText(tr("Working on the key; this takes about a second..."));
    else if (m_ui->messageLabel->text() == tr("Working on the key; this takes about a second..."))
        m_ui->messageLabel->clear();
}

void JournalLockPage::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
}

void JournalLockPage::focusPassphrase()
{
    if (m_mode == Mode::Locked)
        m_ui->passphraseEdit->setFocus(Qt::OtherFocusReason);
}

} // namespace convener::gui
