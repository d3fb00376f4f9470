// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/journal/journaleditorpage.h"

#include "models/journal/journalentrymodel.h"
#include "models/journal/journalsession.h"
#include "models/text.h"
#include "ui_journaleditorpage.h"

#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>

namespace convener::gui {

using models::JournalEntryModel;

namespace {
constexpr int kCalls = 4;                                    // a practice program has four calls

int wordCount(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}
} // namespace

JournalEditorPage::JournalEditorPage(models::JournalEntryModel *entries, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::JournalEditorPage>()), m_entries(entries), m_autosave(this)
{
    m_ui->setupUi(this);
    m_ui->entriesView->setModel(entries);
    QHeaderView *header = m_ui->entriesView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JournalEntryModel::CallColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JournalEntryModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(JournalEntryModel::WrittenColumn, QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);

    m_ui->callCombo->addItem(tr("No call"));
    for (int call = 1; call <= kCalls; ++call)
        m_ui->callCombo->addItem(tr("Call %1").arg(call), call);

    // Calm writing: a readable serif at a comfortable size, margins, no frame.
    QFont font = m_ui->bodyEdit->font();
    font.setStyleHint(QFont::Serif);
    font.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif")});
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_ui->bodyEdit->setFont(font);
    m_ui->bodyEdit->document()->setDocumentMargin(18);

    auto *menu = new QMenu(m_ui->moreButton);
    menu->addAction(tr("Change &Passphrase..."), this, &JournalEditorPage::changePassphraseRequested);
    menu->addAction(tr("New &Recovery Key..."), this, &JournalEditorPage::newRecoveryKeyRequested);
    menu->addSeparator();
    menu->addAction(tr("Export as &Markdown..."), this, &JournalEditorPage::exportMarkdownRequested);
    menu->addAction(tr("Export Journal &File for Another Computer..."), this,
                    &JournalEditorPage::exportArchiveRequested);
    m_ui->moreButton->setMenu(menu);

    m_autosave.setObjectName(QStringLiteral("autosaveTimer"));
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        if (m_session && m_session->saveDraftNow())
            m_ui->saveStateLabel->setText(tr("Kept safe as a draft"));
    });

    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, &JournalEditorPage::textEdited);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &JournalEditorPage::textEdited);
    connect(m_ui->callCombo, &QComboBox::activated, this, &JournalEditorPage::textEdited);
    connect(m_ui->titleOpenCheck, &QCheckBox::toggled, this, &JournalEditorPage::textEdited);
    connect(m_ui->bodyEdit, &QPlainTextEdit::cursorPositionChanged, this, &JournalEditorPage::activity);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->commit()) {
            m_ui->saveStateLabel->setText(tr("Saved"));
            m_ui->restoredLabel->hide();
            selectCurrentRow();
        }
    });
    connect(m_ui->newEntryButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->startNewEntry(m_ui->callCombo->currentData().isValid()
                                         ? std::optional<int>(m_ui->callCombo->currentData().toInt())
                                         : std::nullopt);
        m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &JournalEditorPage::deleteCurrent);
    connect(m_ui->lockButton, &QPushButton::clicked, this, &JournalEditorPage::lockRequested);
    connect(m_ui->entriesView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activity();
        if (m_session)
            m_session->openEntry(models::toStd(index.data(JournalEntryModel::EntryIdRole).toString()));
    });
    connect(m_ui->entriesView, &QTreeView::clicked, m_ui->entriesView, &QTreeView::activated);

    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, m_ui->saveButton, &QPushButton::click);
    auto *add = new QShortcut(QKeySequence::New, this);
    connect(add, &QShortcut::activated, m_ui->newEntryButton, &QPushButton::click);
    auto *lock = new QShortcut(QKeySequence(tr("Ctrl+L")), this);
    connect(lock, &QShortcut::activated, m_ui->lockButton, &QPushButton::click);
    setSession(nullptr);
}

JournalEditorPage::~JournalEditorPage() = default;

void JournalEditorPage::setSession(models::JournalSession *session)
{
    m_autosave.stop();
    m_session = session;
    if (!session) {
        m_loading = true;
        m_ui->titleEdit->clear();
        m_ui->bodyEdit->clear();
        m_ui->bodyEdit->document()->clearUndoRedoStacks();
        m_loading = false;
        return;
    }
    connect(session, &models::JournalSession::draftPending, &m_autosave, qOverload<>(&QTimer::start));
    connect(session, &models::JournalSession::currentChanged, this, &JournalEditorPage::showCurrent);
    showCurrent();
    m_ui->restoredLabel->setVisible(session->restoredDraft());
    m_ui->bodyEdit->setFocus(Qt::OtherFocusReason);
}

void JournalEditorPage::showCurrent()
{
    if (!m_session)
        return;
    const models::JournalText &text = m_session->current();
    m_loading = true;
    m_ui->titleEdit->setText(text.title);
    m_ui->bodyEdit->setPlainText(text.body);
    m_ui->bodyEdit->document()->clearUndoRedoStacks();
    m_ui->callCombo->setCurrentIndex(text.callNumber ? m_ui->callCombo->findData(*text.callNumber) : 0);
    m_ui->titleOpenCheck->setChecked(text.titleOpen);
    m_loading = false;
    m_ui->restoredLabel->hide();
    m_ui->saveStateLabel->setText(m_session->currentIsSaved() ? tr("Saved") : tr("New entry"));
    updateCounts();
    selectCurrentRow();
}

void JournalEditorPage::textEdited()
{
    updateCounts();
    if (m_loading || !m_session)
        return;
    Q_EMIT activity();
    models::JournalText text = m_session->current();
    text.title = m_ui->titleEdit->text();
    text.body = m_ui->bodyEdit->toPlainText();
    text.titleOpen = m_ui->titleOpenCheck->isChecked();
    const QVariant call = m_ui->callCombo->currentData();
    text.callNumber = call.isValid() ? std::optional<int>(call.toInt()) : std::nullopt;
    m_session->updateText(text);
    if (m_session->hasUnsavedChanges())
        m_ui->saveStateLabel->setText(tr("Writing..."));
}

void JournalEditorPage::updateCounts()
{
    const int words = wordCount(m_ui->bodyEdit->toPlainText());
    m_ui->wordCountLabel->setText(words == 1 ? tr("1 word") : tr("%n words", nullptr, words));
    m_ui->deleteButton->setEnabled(m_session && m_session->currentIsSaved());
}

void JournalEditorPage::selectCurrentRow()
{
    if (!m_session)
        return;
    const int row = m_entries->rowOf(m_session->current().entryId);
    if (row < 0)
        m_ui->entriesView->clearSelection();
    else
        m_ui->entriesView->setCurrentIndex(m_entries->index(row, JournalEntryModel::TitleColumn));
}

void JournalEditorPage::deleteCurrent()
{
    if (!m_session || !m_session->currentIsSaved())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Entry"),
                    tr("Delete this entry for good? It cannot be brought back."), QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        m_session->deleteEntry(m_session->current().entryId);
}

} // namespace convener::gui
