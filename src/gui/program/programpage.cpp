// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/program/programpage.h"

#include "core/program/programdurations.h"
#include "gui/program/practicelibrarypanel.h"
#include "gui/program/stepeditor.h"
#include "models/program/callstepsmodel.h"
#include "models/program/programproblemtext.h"
#include "models/roster/rostermodel.h"
#include "models/text.h"
#include "models/workspace.h"
#include "ui_programpage.h"

#include <algorithm>
#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>
#include <QUndoView>

namespace convener::gui {

using models::CallStepsModel;
using models::toQt;

namespace {

// Whole minutes for the bar; rounded up so a call a few seconds over never reads as fitting.
int minutesUp(core::Seconds s)
{
    return static_cast<int>((s.count() + 59) / 60);
}

QString fileNameFor(const QString &title)
{
    QString name = title.toLower();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    return name.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-')) + QStringLiteral(".json");
}

} // namespace

ProgramPage::ProgramPage(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProgramPage>()), m_workspace(workspace),
      m_model(workspace.program()), m_editor(new StepEditor(m_model, this)), m_library(new PracticeLibraryPanel(this)),
      m_history(new QUndoView(workspace.undoStack(), this))
{
    m_ui->setupUi(this);
    m_ui->editorHostLayout->addWidget(m_editor);
    m_ui->libraryTabLayout->addWidget(m_library);
    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setEmptyLabel(tr("<opened>"));
    m_history->setAccessibleName(tr("History of edits; choose an entry to go back to it"));
    m_ui->historyTabLayout->addWidget(m_history);
    // The step form is only useful whole: a form cut off at the right hides the
    // group size and the phase lengths. Give its scroll area the form's width
    // (plus room for the vertical scroll bar); the step table takes what is left.
    const int formWidth = m_ui->editorHost->minimumSizeHint().width()
        + m_ui->editorScroll->verticalScrollBar()->sizeHint().width()
        + 2 * m_ui->editorScroll->frameWidth();
    m_ui->editorScroll->setMinimumWidth(formWidth);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setStretchFactor(2, 1);
    m_ui->splitter->setSizes({640, formWidth, 300});

    auto *table = m_ui->stepTable;
    table->setModel(m_model);
    table->setDropIndicatorShown(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(CallStepsModel::TitleColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->moveSection(CallStepsModel::StartColumn, 0);

    m_moveUp = addStepAction(tr("Move &up"), QKeySequence(Qt::CTRL | Qt::Key_Up), QStringLiteral("go-up"), &ProgramPage::moveUp);
    m_moveDown = addStepAction(tr("Move do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down), QStringLiteral("go-down"),
                               &ProgramPage::moveDown);
    m_duplicate = addStepAction(tr("&Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("edit-copy"),
                                &ProgramPage::duplicate);
    m_remove = addStepAction(tr("&Remove"), QKeySequence(QKeySequence::Delete), QStringLiteral("edit-delete"), &ProgramPage::remove);
    m_saveStep = addStepAction(tr("Save step as &practice file..."), QKeySequence(), QStringLiteral("document-save-as"),
                               &ProgramPage::chooseSaveStepFile);
    m_ui->moveUpButton->setDefaultAction(m_moveUp);
    m_ui->moveDownButton->setDefaultAction(m_moveDown);
    m_ui->duplicateButton->setDefaultAction(m_duplicate);
    m_ui->removeButton->setDefaultAction(m_remove);
    m_ui->saveStepButton->setDefaultAction(m_saveStep);
    for (auto *button : {m_ui->moveUpButton, m_ui->moveDownButton, m_ui->duplicateButton, m_ui->removeButton,
                         m_ui->saveStepButton})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_editor->setRow(currentRow());
        refresh();
    });
    connect(m_ui->callCombo, &QComboBox::activated, this, [this](int index) {
        m_editor->commitPending();
        m_model->showCall(m_ui->callCombo->itemData(index).toInt());
    });
    connect(m_model, &CallStepsModel::callsChanged, this, &ProgramPage::fillCalls);
    connect(m_model, &CallStepsModel::callChanged, this, [this] {
        // After an undo the table may mark another row (a step moved back),
        // or the same row with other contents: the form follows it.
        if (currentRow() >= 0)
            m_editor->followModel(currentRow());
        refresh();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectRow(0); });
    // A step that arrives (a practice dropped from the library, a removal
    // undone) becomes the step shown, as one inserted with the button does.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int) { selectRow(first); });
    connect(m_model, &CallStepsModel::refused, this, &ProgramPage::say);
    connect(m_library, &PracticeLibraryPanel::insertRequested, this, &ProgramPage::insertPractice);
    connect(m_ui->saveCallButton, &QPushButton::clicked, this, &ProgramPage::chooseSaveCallFile);
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &ProgramPage::chooseOpenFile);
    connect(workspace.people(), &QAbstractItemModel::modelReset, this, &ProgramPage::refreshHosts);
    connect(workspace.people(), &QAbstractItemModel::dataChanged, this, &ProgramPage::refreshHosts);
    connect(workspace.people(), &QAbstractItemModel::rowsInserted, this, &ProgramPage::refreshHosts);

    fillCalls();
    refreshHosts();
    selectRow(0);
}

ProgramPage::~ProgramPage() = default;

QAction *ProgramPage::addStepAction(const QString &text, const QKeySequence &key, const QString &icon,
                                    void (ProgramPage::*slot)())
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(key);
    // Only while the step list has the focus: Delete and Ctrl+D keep their
    // usual meaning in the text fields of the form.
    action->setShortcutContext(Qt::WidgetShortcut);
    if (!key.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("...")),
                                             key.toString(QKeySequence::NativeText)));
    m_ui->stepTable->addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

int ProgramPage::currentRow() const
{
    const QModelIndex current = m_ui->stepTable->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ProgramPage::selectRow(int row)
{
    if (row >= m_model->rowCount())
        row = m_model->rowCount() - 1;
    if (row < 0) {
        m_editor->setRow(-1);
        refresh();
        return;
    }
    m_ui->stepTable->setCurrentIndex(m_model->index(row, CallStepsModel::TitleColumn));
    m_ui->stepTable->scrollTo(m_model->index(row, 0));
    m_editor->setRow(row);
}

void ProgramPage::fillCalls()
{
    m_ui->callCombo->clear();
    for (const auto &c : m_model->calls()) {
        const QDateTime start = QDateTime::fromString(toQt(c.call.plannedStart), QStringLiteral("yyyy-MM-ddTHH:mm"));
        const QString when = start.isValid() ? QLocale().toString(start, QStringLiteral("ddd d MMM, HH:mm")) : QString();
        // Built-in titles already read "Call 2: ...".
        const QString title = c.call.title.empty() ? tr("Call %1").arg(c.number) : toQt(c.call.title);
        m_ui->callCombo->addItem(when.isEmpty() ? title : tr("%1 (%2)").arg(title, when), c.number);
    }
    m_ui->callCombo->setCurrentIndex(m_ui->callCombo->findData(m_model->callNumber()));
    refresh();
}

void ProgramPage::refresh()
{
    const bool hasCall = m_model->hasCall();
    if (!hasCall) {
        m_ui->noCallsLabel->setText(
            m_workspace.currentCohort() == 0
                ? tr("<p style='font-size:14pt'>No cohort is open.</p><p>Create a cohort from a program, or open the "
                     "demo cohort, to prepare its calls here.</p>")
                : tr("<p style='font-size:14pt'>This cohort follows no program yet.</p><p>Its calls appear here "
                     "once it has them.</p>"));
        m_ui->programStack->setCurrentWidget(m_ui->noCallsPage);
        return;
    }
    m_ui->programStack->setCurrentWidget(m_ui->editorPage);
    const int index = m_ui->callCombo->findData(m_model->callNumber());
    if (m_ui->callCombo->currentIndex() != index)
        m_ui->callCombo->setCurrentIndex(index);
    m_ui->callStartLabel->setText(m_model->call().plannedStart.empty()
                                      ? QString()
                                      : tr("Starts %1").arg(m_model->callStartText()));
    const int row = currentRow();
    const bool hasRow = row >= 0;
    m_moveUp->setEnabled(hasRow && row > 0);
    m_moveDown->setEnabled(hasRow && row + 1 < m_model->rowCount());
    m_duplicate->setEnabled(hasRow);
    m_remove->setEnabled(hasRow);
    m_saveStep->setEnabled(hasRow);
    if (!hasRow && m_model->rowCount() > 0)
        m_editor->setRow(-1);
    QStringList problems;
    for (const auto &p : m_model->callProblems())
        problems << QStringLiteral("\u26A0 ") + models::describe(p);
    m_ui->callProblemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->callProblemsLabel->setVisible(!problems.isEmpty());
    refreshFit();
}

void ProgramPage::refreshFit()
{
    const auto fit = m_model->fit();
    const int planned = minutesUp(fit.planned);
    const int length = minutesUp(fit.length);
    m_ui->fitBar->setRange(0, std::max({planned, length, 1}));
    m_ui->fitBar->setValue(planned);
    // The bar says in words and in colour how the plan stands: green when it
    // fits, orange when it fits only with steps shortened, red when it cannot
    // (light shades, so that its words stay readable on them).
    QString standing;
    QString colour = QStringLiteral("#a5d6a7");
    if (fit.over() > core::Seconds(0)) {
        standing = tr("%1 over").arg(toQt(core::durationText(fit.over())));
        colour = fit.overAtMinimum() ? QStringLiteral("#ef9a9a") : QStringLiteral("#ffcc80");
    } else if (fit.spare() > core::Seconds(0)) {
        standing = tr("%1 to spare").arg(toQt(core::durationText(fit.spare())));
    } else {
        standing = tr("exactly");
    }
    m_ui->fitBar->setFormat(tr("Planned %1 of %2 min: %3").arg(planned).arg(length).arg(standing));
    m_ui->fitBar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background-color: %1; }").arg(colour));
    QString text;
    if (fit.over() == core::Seconds(0)) {
        text = fit.spare() > core::Seconds(0)
                   ? tr("Fits, with %1 to spare.").arg(toQt(core::durationText(fit.spare())))
                   : tr("Fits exactly.");
    } else {
        QStringList steps;
        for (const auto &c : fit.compressible)
            steps << tr("%1 (up to %2)").arg(toQt(c.title), toQt(core::durationText(c.saving)));
        text = tr("\u26A0 Over by %1.").arg(toQt(core::durationText(fit.over())));
        if (fit.overAtMinimum())
            text += QLatin1Char(' ') + tr("Even with every step at its shortest it runs %1 over: remove or "
                                          "replace a step.")
                                           .arg(toQt(core::durationText(fit.minimum - fit.length)));
        else
            text += QLatin1Char(' ') + tr("Could be shortened: %1.").arg(steps.join(QStringLiteral(", ")));
    }
    m_ui->fitLabel->setText(text);
}

void ProgramPage::refreshHosts()
{
    QStringList names;
    auto *people = m_workspace.people();
    for (int row = 0; row < people->rowCount(); ++row) {
        const auto &m = people->member(row);
        if (m.role != core::Role::Participant)
            names << toQt(m.person.displayName);
    }
    m_editor->setHostNames(names);
}

void ProgramPage::insertPractice(const QString &libraryId)
{
    const int row = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
    if (m_model->insertPractice(row, libraryId))
        selectRow(row);
}

void ProgramPage::moveUp()
{
    const int row = currentRow();
    if (m_model->moveStep(row, row - 1))
        selectRow(row - 1);
}

void ProgramPage::moveDown()
{
    const int row = currentRow();
    if (m_model->moveStep(row, row + 1))
        selectRow(row + 1);
}

void ProgramPage::duplicate()
{
    const int row = currentRow();
    if (m_model->duplicateStep(row))
        selectRow(row + 1);
}

void ProgramPage::remove()
{
    const int row = currentRow();
    if (m_model->removeStep(row))
        selectRow(row);
}

void ProgramPage::say(const QString &message)
{
    m_ui->messageLabel->setText(message);
}

bool ProgramPage::saveCallAs(const QString &path)
{
    m_editor->commitPending();
    const QString error = m_model->saveCallFile(path);
    say(error.isEmpty() ? tr("Saved call %1 to %2.").arg(m_model->callNumber()).arg(QDir::toNativeSeparators(path))
                        : error);
    return error.isEmpty();
}

bool ProgramPage::saveStepAs(const QString &path)
{
    m_editor->commitPending();
    const QString error = m_model->saveStepFile(currentRow(), path);
    say(error.isEmpty() ? tr("Saved the step as %1.").arg(QDir::toNativeSeparators(path)) : error);
    return error.isEmpty();
}

bool ProgramPage::openFile(const QString &path)
{
    m_editor->commitPending();
    QStringList messages;
    const int row = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
    const bool ok = m_model->openFile(path, row, messages);
    const QString name = QFileInfo(path).fileName();
    if (ok) {
        say(messages.isEmpty() ? tr("Opened %1. Undo takes it back out.").arg(name)
                               : tr("Opened %1, with notes:\n%2").arg(name, messages.join(QLatin1Char('\n'))));
        return true;
    }
    const QString text = tr("%1 was not opened; nothing was changed.\n%2").arg(name, messages.join(QLatin1Char('\n')));
    say(text);
    // Not modal: the host can keep the explanation open while fixing the file.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open a file"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void ProgramPage::chooseSaveCallFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the call as a file"),
                                                      fileNameFor(toQt(m_model->call().title)),
                                                      tr("Convener program files (*.json)"));
    if (!path.isEmpty())
        saveCallAs(path);
}

void ProgramPage::chooseSaveStepFile()
{
    if (currentRow() < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the step as a practice file"),
                                                      fileNameFor(toQt(m_model->step(currentRow()).title)),
                                                      tr("Convener program files (*.json)"));
    if (!path.isEmpty())
        saveStepAs(path);
}

void ProgramPage::chooseOpenFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a call or practice file"), QString(),
                                                      tr("Convener program files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

} // namespace convener::gui
