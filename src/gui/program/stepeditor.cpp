// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/program/stepeditor.h"

#include "core/program/programdurations.h"
#include "gui/program/breakouttimingpanel.h"
#include "gui/program/durationedit.h"
#include "gui/program/rotationcuespanel.h"
#include "models/program/callstepsmodel.h"
#include "models/program/fieldproblems.h"
#include "models/text.h"
#include "ui_stepeditor.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>

namespace convener::gui {

using models::StepField;
using models::toQt;

namespace {

void setComboText(QComboBox *combo, const QString &text)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(combo->findText(text));
    combo->setEditText(text);
}

} // namespace

StepEditor::StepEditor(models::CallStepsModel *model, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::StepEditor>()), m_model(model),
      m_rotationCues(new RotationCuesPanel(model, this)), m_breakoutTiming(new BreakoutTimingPanel(model, this))
{
    m_ui->setupUi(this);
    m_ui->editorLayout->addWidget(m_rotationCues);
    m_ui->editorLayout->addWidget(m_breakoutTiming);
    connect(m_rotationCues, &RotationCuesPanel::rejected, this,
        [this](const QString &message) { m_ui->stepProblemsLabel->setText(QStringLiteral("\u26A0 ") + message); });
    m_ui->spaceCombo->addItem(tr("Alone (self)"), QStringLiteral("self"));
    m_ui->spaceCombo->addItem(tr("Pairs"), QStringLiteral("pair"));
    m_ui->spaceCombo->addItem(tr("Trios"), QStringLiteral("trio"));
    m_ui->spaceCombo->addItem(tr("Small groups"), QStringLiteral("group"));
    m_ui->spaceCombo->addItem(tr("Whole circle"), QStringLiteral("circle"));
    m_ui->phasesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    connect(m_ui->titleEdit, &QLineEdit::editingFinished, this,
            [this] { commit(StepField::Title, m_ui->titleEdit->text()); });
    connect(m_ui->durationEdit, &DurationEdit::secondsChanged, this,
        [this](int seconds) { commit(StepField::Duration, seconds); });
    connect(m_ui->minimumEdit, &DurationEdit::secondsChanged, this,
        [this](int seconds) { commit(StepField::Minimum, seconds); });
    connect(m_ui->fixedCheck, &QCheckBox::toggled, this, [this](bool fixed) {
        commit(StepField::Minimum, fixed ? QVariant() : QVariant(m_ui->minimumEdit->seconds()));
    });
    connect(m_ui->spaceCombo, &QComboBox::activated, this,
            [this] { commit(StepField::Space, m_ui->spaceCombo->currentData()); });
    connect(m_ui->groupSizeSpin, &QSpinBox::valueChanged, this, [this](int size) { commit(StepField::GroupSize, size); });
    for (const auto &host : {std::pair{m_ui->leadCombo, StepField::LeadHost},
                             std::pair{m_ui->technicalCombo, StepField::TechnicalHost}}) {
        QComboBox *combo = host.first;
        const StepField field = host.second;
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
                [this, combo, field] { commit(field, combo->currentText()); });
        connect(combo, &QComboBox::activated, this, [this, combo, field] { commit(field, combo->currentText()); });
    }
    connect(m_ui->phasesTable, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { commitPhase(item->row(), item->column()); });
    for (auto *edit : {m_ui->instructionsEdit, m_ui->notesEdit, m_ui->promptsEdit})
        edit->installEventFilter(this);

    connect(m_model, &models::CallStepsModel::callChanged, this, &StepEditor::load);
    load();
}

StepEditor::~StepEditor() = default;

void StepEditor::setRow(int row)
{
    if (row == m_row)
        return;
    commitPending();
    m_row = row;
    load();
}

void StepEditor::setHostNames(const QStringList &names)
{
    for (auto *combo : {m_ui->leadCombo, m_ui->technicalCombo}) {
        const QString text = combo->currentText();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(QString());
        combo->addItems(names);
        setComboText(combo, text);
    }
}

void StepEditor::commitPending()
{
    for (auto *edit : {m_ui->instructionsEdit, m_ui->notesEdit, m_ui->promptsEdit})
        commitText(edit);
}

bool StepEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        commitText(qobject_cast<QPlainTextEdit *>(watched));
    return QWidget::eventFilter(watched, event);
}

std::optional<int> StepEditor::parseLength(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.isEmpty() || parts.size() > 2)
        return std::nullopt;
    bool okMinutes = false;
    bool okSeconds = true;
    const int minutes = parts[0].toInt(&okMinutes);
    const int seconds = parts.size() == 2 ? parts[1].toInt(&okSeconds) : 0;
    if (!okMinutes || !okSeconds || minutes < 0 || seconds < 0 || seconds > 59 || minutes > 24 * 60)
        return std::nullopt;
    return minutes * 60 + seconds;
}

QString StepEditor::lengthText(long long seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void StepEditor::load()
{
    const bool valid = m_row >= 0 && m_row < m_model->rowCount();
    setEnabled(valid);
    m_rotationCues->load(valid ? m_row : -1);
    m_breakoutTiming->load(valid ? m_row : -1);
    if (!valid) {
        m_row = -1;
        m_ui->groupProblemLabel->hide();
        m_ui->stepProblemsLabel->setText(tr("Choose a step to edit it here."));
        return;
    }
    m_loading = true;
    const core::Step &s = m_model->step(m_row);
    m_ui->titleEdit->setText(toQt(s.title));
    const bool phased = !s.phases.empty();
    m_ui->durationEdit->setEnabled(!phased);
    m_ui->minimumEdit->setEnabled(!phased && s.minimum.has_value());
    m_ui->fixedCheck->setEnabled(!phased);
    // A plain step's fields hold one turn; a step of phases shows its whole
    // planned length, which it takes from them.
    m_ui->durationEdit->setSeconds(static_cast<int>((phased ? s.plannedDuration() : s.turnDuration()).count()));
    m_ui->minimumEdit->setSeconds(static_cast<int>((phased ? s.minimumDuration() : s.turnMinimum()).count()));
    m_ui->fixedCheck->setChecked(!phased && !s.minimum.has_value());
    const int turns = s.turns(s.plannedGroupSize().value_or(1));
    if (phased)
        m_ui->phasedLengthLabel->setText(tr("from its phases: turns: %1").arg(turns));
    else if (turns > 1 || s.rotation.changeover.count() > 0)
        m_ui->phasedLengthLabel->setText(
            tr("per turn; turns: %1, in all %2").arg(turns).arg(lengthText(s.plannedDuration().count())));
    else
        m_ui->phasedLengthLabel->clear();
    m_ui->spaceCombo->setCurrentIndex(m_ui->spaceCombo->findData(toQt(core::spaceKey(s.space))));
    m_ui->groupSizeSpin->setValue(s.groupSize.value_or(0));
    setComboText(m_ui->leadCombo, toQt(s.leadHost));
    setComboText(m_ui->technicalCombo, toQt(s.technicalHost));
    QStringList prompts;
    for (const auto &p : s.prompts)
        prompts << toQt(p);
    const std::pair<QPlainTextEdit *, QString> texts[] = {{m_ui->instructionsEdit, toQt(s.instructions)},
                                                          {m_ui->notesEdit, toQt(s.facilitatorNotes)},
                                                          {m_ui->promptsEdit, prompts.join(QLatin1Char('\n'))}};
    for (const auto &[edit, text] : texts) {
        // Text being typed is not thrown away by an edit elsewhere.
        if (edit->hasFocus() && edit->document()->isModified())
            continue;
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
        edit->document()->setModified(false);
    }
    loadPhases();
    // Problems of the space and the group size are shown under them too.
    QStringList groupProblems;
    for (const QString &p : models::fieldProblems(m_model->problems(m_row), {"space", "group_size"}))
        groupProblems << QStringLiteral("\u26A0 ") + p;
    m_ui->groupProblemLabel->setText(groupProblems.join(QLatin1Char('\n')));
    m_ui->groupProblemLabel->setVisible(!groupProblems.isEmpty());
    QStringList problems = m_model->data(m_model->index(m_row, 0), models::CallStepsModel::ProblemsRole).toStringList();
    m_ui->stepProblemsLabel->setText(problems.isEmpty() ? tr("No problems found in this step.")
                                                        : QStringLiteral("\u26A0 ") + problems.join(QStringLiteral("\n\u26A0 ")));
    m_loading = false;
}

void StepEditor::loadPhases()
{
    const core::Step &s = m_model->step(m_row);
    const QSignalBlocker block(m_ui->phasesTable);
    m_ui->phasesTable->setRowCount(static_cast<int>(s.phases.size()));
    for (size_t i = 0; i < s.phases.size(); ++i) {
        const auto &p = s.phases[i];
        const int r = static_cast<int>(i);
        const QString texts[] = {toQt(p.title), lengthText(p.duration.count()),
                                 p.minimum ? lengthText(p.minimum->count()) : QString()};
        for (int column = 0; column < 3; ++column) {
            // Items are updated in place: this runs while one of them is
            // still announcing its own change.
            if (auto *item = m_ui->phasesTable->item(r, column))
                item->setText(texts[column]);
            else
                m_ui->phasesTable->setItem(r, column, new QTableWidgetItem(texts[column]));
        }
    }
    m_ui->phasesTable->setVisible(!s.phases.empty());
    m_ui->phasesLabel->setVisible(!s.phases.empty());
}

void StepEditor::commit(StepField field, const QVariant &value, int phase)
{
    if (m_loading || m_row < 0)
        return;
    if (models::stepField(m_model->step(m_row), field, phase) == value)
        return;
    m_committing = true;
    const bool stored = m_model->changeStep(m_row, field, value, phase);
    m_committing = false;
    if (!stored)
        load();
}

void StepEditor::followModel(int row)
{
    if (m_committing || m_loading)
        return;
    for (auto *edit : { m_ui->instructionsEdit, m_ui->notesEdit, m_ui->promptsEdit }) {
        if (edit->document()->isModified())
            return;
    }
    m_row = row;
    load();
}

void StepEditor::commitText(QPlainTextEdit *edit)
{
    if (!edit || m_loading || m_row < 0 || !edit->document()->isModified())
        return;
    edit->document()->setModified(false);
    const QString text = edit->toPlainText();
    if (edit == m_ui->promptsEdit)
        commit(StepField::Prompts, text.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    else
        commit(edit == m_ui->notesEdit ? StepField::FacilitatorNotes : StepField::Instructions, text);
}

void StepEditor::commitPhase(int row, int column)
{
    const QString text = m_ui->phasesTable->item(row, column)->text();
    if (column == 0) {
        commit(StepField::PhaseTitle, text, row);
        return;
    }
    const auto seconds = parseLength(text);
    if (column == 2 && text.trimmed().isEmpty()) {
        commit(StepField::PhaseMinimum, QVariant(), row);
        return;
    }
    if (!seconds) {
        m_ui->stepProblemsLabel->setText(tr("\u26A0 '%1' is not a length: write minutes, or minutes:seconds such as 4:30.")
                                             .arg(text));
        const QSignalBlocker block(m_ui->phasesTable);
        loadPhases();
        return;
    }
    commit(column == 1 ? StepField::PhaseDuration : StepField::PhaseMinimum, *seconds, row);
}

} // namespace convener::gui
