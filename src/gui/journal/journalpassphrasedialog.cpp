// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/journal/journalpassphrasedialog.h"

#include "ui_journalpassphrasedialog.h"

#include <QPushButton>

namespace convener::gui {

JournalPassphraseDialog::JournalPassphraseDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::JournalPassphraseDialog>()), m_purpose(purpose)
{
    m_ui->setupUi(this);
    const bool hasFirst = purpose != Purpose::SetUp;
    const bool hasNew = purpose != Purpose::Import;
    m_ui->firstLabel->setVisible(hasFirst);
    m_ui->firstEdit->setVisible(hasFirst);
    m_ui->newLabel->setVisible(hasNew);
    m_ui->newEdit->setVisible(hasNew);
    m_ui->confirmLabel->setVisible(hasNew);
    m_ui->confirmEdit->setVisible(hasNew);
    m_ui->newLabel->setText(purpose == Purpose::SetUp ? tr("&Passphrase:") : tr("&New passphrase:"));
    m_ui->newEdit->setAccessibleName(tr("New passphrase"));

    const QString lost = tr("<b>Without your passphrase or your recovery key, the journal is gone.</b> Nobody can "
                            "open it for you: not the hosts, not the people who make Convener.");
    switch (purpose) {
    case Purpose::SetUp:
        setWindowTitle(tr("Set Up Your Journal"));
        m_ui->introLabel->setText(tr("Choose a passphrase only you know. A few unrelated words are easy to "
                                     "remember and hard to guess. Next you get a recovery key to write down."));
        m_ui->warningLabel->setText(lost);
        break;
    case Purpose::Change:
        setWindowTitle(tr("Change Passphrase"));
        m_ui->introLabel->setText(tr("Your entries stay exactly as they are; only the lock on them changes."));
        m_ui->firstLabel->setText(tr("&Current passphrase:"));
        m_ui->firstEdit->setAccessibleName(tr("Current passphrase"));
        m_ui->warningLabel->setText(lost);
        break;
    case Purpose::Recover:
        setWindowTitle(tr("Open With Recovery Key"));
        m_ui->introLabel->setText(tr("Type the recovery key you wrote down when you set up the journal, and "
                                     "choose a new passphrase. Dashes, spaces and capitals do not matter."));
        m_ui->firstLabel->setText(tr("&Recovery key:"));
        m_ui->firstEdit->setAccessibleName(tr("Recovery key"));
        m_ui->firstEdit->setEchoMode(QLineEdit::Normal);
        m_ui->firstEdit->setMinimumWidth(420);
        break;
    case Purpose::Import:
        setWindowTitle(tr("Import Journal File"));
        m_ui->introLabel->setText(tr("Type the passphrase the journal had when it was exported."));
        m_ui->firstLabel->setText(tr("&Passphrase:"));
        m_ui->firstEdit->setAccessibleName(tr("Passphrase of the journal file"));
        break;
    }
    m_ui->warningLabel->setVisible(!m_ui->warningLabel->text().isEmpty());
    connect(m_ui->firstEdit, &QLineEdit::textChanged, this, &JournalPassphraseDialog::check);
    connect(m_ui->newEdit, &QLineEdit::textChanged, this, &JournalPassphraseDialog::check);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &JournalPassphraseDialog::check);
    connect(m_ui->showPassphraseCheck, &QCheckBox::toggled, this, [this](bool shown) {
        for (QLineEdit *edit : { m_ui->firstEdit, m_ui->newEdit, m_ui->confirmEdit })
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

JournalPassphraseDialog::~JournalPassphraseDialog() = default;

QString JournalPassphraseDialog::firstText() const
{
    return m_ui->firstEdit->text();
}

QString JournalPassphraseDialog::newPassphrase() const
{
    return m_ui->newEdit->text();
}

void JournalPassphraseDialog::check()
{
    QString problem;
    const bool hasNew = m_purpose != Purpose::Import;
    if (m_purpose != Purpose::SetUp && m_ui->firstEdit->text().isEmpty())
        problem = QStringLiteral(" ");
    else if (hasNew && m_ui->newEdit->text().size() < kMinimumLength)
        problem = m_ui->newEdit->text().isEmpty()
                      ? QStringLiteral(" ")
                      : tr("The new passphrase needs at least %n characters.", nullptr, kMinimumLength);
    else if (hasNew && m_ui->confirmEdit->text() != m_ui->newEdit->text())
        problem = m_ui->confirmEdit->text().isEmpty() ? QStringLiteral(" ") : tr("The two passphrases differ.");
    m_ui->problemLabel->setText(problem.trimmed());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void JournalPassphraseDialog::done(int result)
{
    QDialog::done(result);
    // After accepted() has been handled: the secrets leave the widgets now.
    m_ui->firstEdit->clear();
    m_ui->newEdit->clear();
    m_ui->confirmEdit->clear();
}

} // namespace convener::gui
