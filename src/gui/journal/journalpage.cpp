// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/journal/journalpage.h"

#include "core/run/runengine.h"
#include "gui/journal/journaleditorpage.h"
#include "gui/journal/journallockpage.h"
#include "gui/journal/journalpassphrasedialog.h"
#include "gui/journal/recoverykeydialog.h"
#include "models/journal/journalentrymodel.h"
#include "models/journal/journalsession.h"
#include "models/journal/journalvault.h"
#include "models/live/runcontroller.h"
#include "models/roster/rostermodel.h"
#include "models/text.h"
#include "models/workspace.h"
#include "ui_journalpage.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace convener::gui {

using models::JournalVault;

namespace {
constexpr int kNameRole = Qt::UserRole + 1;
}

JournalPage::JournalPage(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::JournalPage>()), m_workspace(workspace),
      m_entries(new models::JournalEntryModel(*workspace.journals(), this)), m_lockPage(new JournalLockPage(this)),
      m_editorPage(new JournalEditorPage(m_entries, this)), m_idleTimer(this)
{
    m_ui->setupUi(this);
    m_ui->journalStack->addWidget(m_lockPage);
    m_ui->journalStack->addWidget(m_editorPage);
    m_lockPage->setEntriesModel(m_entries, models::JournalEntryModel::TitleColumn);
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_entries, signal, this, &JournalPage::showOpenCount);
    connect(m_entries, &QAbstractItemModel::modelReset, this, &JournalPage::showOpenCount);

    m_idleTimer.setObjectName(QStringLiteral("idleTimer"));
    m_idleTimer.setSingleShot(true);
    setAutoLockMinutes(kDefaultAutoLockMinutes);
    connect(&m_idleTimer, &QTimer::timeout, this, &JournalPage::lockJournal);

    JournalVault *vault = workspace.journals();
    connect(m_ui->personCombo, &QComboBox::currentIndexChanged, this, [this, vault](int index) {
        vault->setPerson(index < 0 ? 0 : m_ui->personCombo->itemData(index).toLongLong());
    });
    connect(vault, &JournalVault::stateChanged, this, &JournalPage::updateState);
    connect(vault, &JournalVault::busyChanged, m_lockPage, &JournalLockPage::setBusy);
    connect(vault, &JournalVault::failed, this, [this, vault](const QString &message) {
        if (vault->state() == JournalVault::State::Unlocked) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Journal"), message, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else {
            m_lockPage->showMessage(message);
            m_lockPage->focusPassphrase();
        }
    });
    connect(vault, &JournalVault::recoveryKeyIssued, this, &JournalPage::showRecoveryKey);
    connect(vault, &JournalVault::passphraseChanged, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Journal"),
                                    tr("Your journal now opens with the new passphrase only."), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(vault, &JournalVault::sessionStarted, this, [this, vault] {
        m_editorPage->setSession(vault->session());
        m_idleTimer.start();
    });
    connect(vault, &JournalVault::sessionAboutToEnd, this, [this] {
        m_idleTimer.stop();
        m_editorPage->setSession(nullptr);
    });

    connect(m_lockPage, &JournalLockPage::unlockRequested, vault, &JournalVault::unlock);
    connect(m_lockPage, &JournalLockPage::cancelRequested, vault, &JournalVault::cancel);
    connect(m_lockPage, &JournalLockPage::setUpRequested, this, &JournalPage::setUp);
    connect(m_lockPage, &JournalLockPage::recoveryRequested, this, &JournalPage::recover);
    connect(m_lockPage, &JournalLockPage::importRequested, this, &JournalPage::chooseImportFile);
    connect(m_editorPage, &JournalEditorPage::activity, &m_idleTimer, qOverload<>(&QTimer::start));
    connect(m_editorPage, &JournalEditorPage::lockRequested, this, &JournalPage::lockJournal);
    connect(m_editorPage, &JournalEditorPage::changePassphraseRequested, this, &JournalPage::changePassphrase);
    connect(m_editorPage, &JournalEditorPage::newRecoveryKeyRequested, this, &JournalPage::issueRecoveryKey);
    connect(m_editorPage, &JournalEditorPage::exportMarkdownRequested, this, &JournalPage::chooseMarkdownFile);
    connect(m_editorPage, &JournalEditorPage::exportArchiveRequested, this, &JournalPage::chooseArchiveFile);

    models::RosterModel *people = workspace.people();
    connect(&workspace, &models::Workspace::currentCohortChanged, this, &JournalPage::fillPeople);
    connect(people, &QAbstractItemModel::modelReset, this, &JournalPage::fillPeople);
    connect(people, &QAbstractItemModel::rowsInserted, this, &JournalPage::fillPeople);
    connect(people, &QAbstractItemModel::rowsRemoved, this, &JournalPage::fillPeople);
    connect(people, &QAbstractItemModel::dataChanged, this, &JournalPage::fillPeople);
    fillPeople();
    updateState();
    showLivePrompt();
}

JournalPage::~JournalPage() = default;

void JournalPage::followRun(models::RunController *run)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    if (run)
        connect(run, &models::RunController::changed, this, &JournalPage::showLivePrompt);
    showLivePrompt();
}

void JournalPage::showLivePrompt()
{
    const core::RunEngine *engine = m_run ? m_run->engine() : nullptr;
    const bool live = engine && (engine->status() == core::RunStatus::Running || engine->status() == core::RunStatus::Paused);
    QStringList prompts;
    if (live) {
        for (const std::string &prompt : engine->currentPrompts())
            prompts << QString::fromStdString(prompt);
    }
    // Only a prompt is worth the writer's attention; the rest of the run
    // (timers, cues, notes) stays in the Live area.
    m_ui->livePromptFrame->setVisible(!prompts.isEmpty());
    if (prompts.isEmpty())
        return;
    const QString heading = tr("Prompt of the call now: %1").arg(QString::fromStdString(engine->currentStep().title));
    const QString text = prompts.join(QStringLiteral("\n\n"));
    // The run reports a change several times a second; the text is set only
    // when it differs, so a selection in it survives.
    if (m_ui->livePromptHeading->text() != heading)
        m_ui->livePromptHeading->setText(heading);
    if (m_ui->livePromptText->text() != text)
        m_ui->livePromptText->setText(text);
}

void JournalPage::setAutoLockMinutes(int minutes)
{
    m_idleTimer.setInterval(std::max(1, minutes) * 60000);
}

void JournalPage::hideEvent(QHideEvent *event)
{
    lockJournal();
    QWidget::hideEvent(event);
}

void JournalPage::lockJournal()
{
    m_workspace.journals()->lock();
}

QString JournalPage::personLabel(const QString &name, std::optional<int> entries)
{
    if (!entries)
        return tr("%1 (no journal)").arg(name);
    if (*entries == 1)
        return tr("%1 (1 journal entry)").arg(name);
    return tr("%1 (%2 journal entries)").arg(name).arg(*entries);
}

void JournalPage::showOpenCount()
{
    // While the journal is open, its own count follows each entry written
    // or removed (the others' counts change only when they write).
    if (m_workspace.journals()->state() != JournalVault::State::Unlocked)
        return;
    const int index = m_ui->personCombo->currentIndex();
    if (index <= 0)
        return;
    m_ui->personCombo->setItemText(index, personLabel(personName(), m_entries->rowCount()));
}

void JournalPage::fillPeople()
{
    JournalVault *vault = m_workspace.journals();
    const auto counts = vault->entryCounts(m_workspace.currentCohort());
    QComboBox *combo = m_ui->personCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Choose your name..."), QVariant::fromValue<qlonglong>(0));
    int selected = 0;
    for (const core::Member &m : m_workspace.people()->members()) {
        const QString name = models::toQt(m.person.displayName);
        const auto count = counts.find(m.person.id);
        const QString label
            = personLabel(name, count == counts.end() ? std::nullopt : std::optional<int>(count->second));
        combo->addItem(label, QVariant::fromValue<qlonglong>(m.person.id));
        combo->setItemData(combo->count() - 1, name, kNameRole);
        if (m.person.id == vault->person())
            selected = combo->count() - 1;
    }
    combo->setCurrentIndex(selected);
    if (selected == 0)
        vault->setPerson(0);
}

QString JournalPage::personName() const
{
    return m_ui->personCombo->currentData(kNameRole).toString();
}

void JournalPage::updateState()
{
    JournalVault *vault = m_workspace.journals();
    switch (vault->state()) {
    case JournalVault::State::Unlocked:
        m_ui->journalStack->setCurrentWidget(m_editorPage);
        break;
    case JournalVault::State::NoPerson:
        m_lockPage->setMode(JournalLockPage::Mode::NoPerson, {}, 0, 0, false);
        m_ui->journalStack->setCurrentWidget(m_lockPage);
        break;
    case JournalVault::State::NoJournal:
        m_lockPage->setMode(JournalLockPage::Mode::NoJournal, personName(), 0, 0, false);
        m_ui->journalStack->setCurrentWidget(m_lockPage);
        break;
    case JournalVault::State::Locked:
        m_lockPage->setMode(JournalLockPage::Mode::Locked, personName(), vault->lockedEntryCount(),
                            static_cast<int>(vault->lockedEntries().size()), vault->hasRecoveryRecord());
        m_ui->journalStack->setCurrentWidget(m_lockPage);
        m_lockPage->focusPassphrase();
        break;
    }
    // The counts in the name list change with every lock; the list is rebuilt quietly.
    if (vault->state() != JournalVault::State::Unlocked)
        fillPeople();
}

void JournalPage::setUp()
{
    auto *dialog = new JournalPassphraseDialog(JournalPassphraseDialog::Purpose::SetUp, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_workspace.journals()->createJournal(dialog->newPassphrase());
    });
    dialog->open();
}

void JournalPage::recover()
{
    auto *dialog = new JournalPassphraseDialog(JournalPassphraseDialog::Purpose::Recover, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_workspace.journals()->unlockWithRecoveryKey(dialog->firstText(), dialog->newPassphrase());
    });
    dialog->open();
}

void JournalPage::changePassphrase()
{
    auto *dialog = new JournalPassphraseDialog(JournalPassphraseDialog::Purpose::Change, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_workspace.journals()->changePassphrase(dialog->firstText(), dialog->newPassphrase());
    });
    dialog->open();
}

void JournalPage::issueRecoveryKey()
{
    const auto answer = QMessageBox::question(this, tr("New Recovery Key"),
                                              tr("Make a new recovery key? The one you wrote down before stops "
                                                 "working."),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString key = m_workspace.journals()->issueNewRecoveryKey();
    if (!key.isEmpty())
        showRecoveryKey(key);
}

void JournalPage::showRecoveryKey(const QString &key)
{
    auto *dialog = new RecoveryKeyDialog(key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool JournalPage::exportMarkdownTo(const QString &path)
{
    models::JournalSession *session = m_workspace.journals()->session();
    if (!session || !session->exportMarkdown(path, personName()))
        return false;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Journal"),
                                tr("Your journal is in %1.\n\nThis file is not encrypted: anyone who can open it can "
                                   "read it. Keep it somewhere private, or delete it when you are done.")
                                    .arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

bool JournalPage::exportArchiveTo(const QString &path)
{
    models::JournalSession *session = m_workspace.journals()->session();
    return session && session->exportArchive(path);
}

void JournalPage::importArchiveFrom(const QString &path)
{
    auto *dialog = new JournalPassphraseDialog(JournalPassphraseDialog::Purpose::Import, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        m_workspace.journals()->importArchive(path, dialog->firstText());
    });
    dialog->open();
}

void JournalPage::chooseMarkdownFile()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                          + QStringLiteral("/journal.md");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Journal as Markdown"), start,
                                                      tr("Markdown (*.md)"));
    if (!path.isEmpty())
        exportMarkdownTo(path);
}

void JournalPage::chooseArchiveFile()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                          + QStringLiteral("/journal.cvjournal");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Journal File"), start,
                                                      tr("Convener journal (*.cvjournal)"));
    if (!path.isEmpty())
        exportArchiveTo(path);
}

void JournalPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Journal File"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Convener journal (*.cvjournal);;All files (*)"));
    if (!path.isEmpty())
        importArchiveFrom(path);
}

} // namespace convener::gui
