// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/program/breakouttimingpanel.h"

#include "core/program/thresholdreach.h"
#include "gui/program/durationedit.h"
#include "gui/program/stepeditor.h"
#include "models/program/callstepsmodel.h"
#include "models/program/fieldproblems.h"
#include "models/text.h"
#include "ui_breakouttimingpanel.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QSpinBox>

namespace convener::gui {

using models::StepField;
using models::toQt;

namespace {

const QString kName = QStringLiteral("name");
const QString kMin = QStringLiteral("min");
const QString kMax = QStringLiteral("max");
const QString kWarningSign = QStringLiteral("\u26A0 ");

void showLines(QLabel *label, const QStringList &lines)
{
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

QStringList marked(const QStringList &problems)
{
    QStringList out;
    for (const QString &p : problems)
        out << kWarningSign + p;
    return out;
}

} // namespace

BreakoutTimingPanel::BreakoutTimingPanel(models::CallStepsModel *model, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BreakoutTimingPanel>()), m_model(model)
{
    m_ui->setupUi(this);
    auto *header = m_ui->rolesTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    connect(m_ui->breakoutTimingToggle, &QToolButton::toggled, this, &BreakoutTimingPanel::setExpanded);
    connect(m_ui->breakoutCheck, &QCheckBox::toggled, this, [this](bool on) { commit(StepField::Breakout, on); });
    connect(m_ui->autoAdvanceCheck, &QCheckBox::toggled, this,
            [this](bool on) { commit(StepField::AutoAdvance, on); });
    connect(m_ui->warningEdit, &DurationEdit::secondsChanged, this,
        [this](int seconds) { commit(StepField::WarningThreshold, seconds); });
    connect(m_ui->finalMinuteEdit, &DurationEdit::secondsChanged, this,
        [this](int seconds) { commit(StepField::FinalMinuteThreshold, seconds); });
    connect(m_ui->rolesTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0)
            changeRole(item->row(), kName, item->text());
    });
    connect(m_ui->rolesTable, &QTableWidget::itemSelectionChanged, this,
            [this] { m_ui->removeRoleButton->setEnabled(!m_ui->rolesTable->selectedItems().isEmpty()); });
    connect(m_ui->addRoleButton, &QPushButton::clicked, this, &BreakoutTimingPanel::addRole);
    connect(m_ui->newRoleEdit, &QLineEdit::returnPressed, this, &BreakoutTimingPanel::addRole);
    connect(m_ui->removeRoleButton, &QPushButton::clicked, this, &BreakoutTimingPanel::removeRole);
    setExpanded(false);
}

BreakoutTimingPanel::~BreakoutTimingPanel() = default;

void BreakoutTimingPanel::setExpanded(bool expanded)
{
    {
        const QSignalBlocker block(m_ui->breakoutTimingToggle);
        m_ui->breakoutTimingToggle->setChecked(expanded);
    }
    m_ui->breakoutTimingToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->breakoutTimingBody->setVisible(expanded);
}

void BreakoutTimingPanel::load(int row)
{
    m_row = row >= 0 && row < m_model->rowCount() ? row : -1;
    setEnabled(m_row >= 0);
    if (m_row < 0) {
        m_ui->breakoutTimingSummary->clear();
        return;
    }
    m_loading = true;
    const core::Step &s = m_model->step(m_row);
    m_ui->breakoutCheck->setChecked(s.breakout);
    m_ui->autoAdvanceCheck->setChecked(s.autoAdvance);
    m_ui->warningEdit->setSeconds(static_cast<int>(s.thresholds.warning.count()));
    m_ui->finalMinuteEdit->setSeconds(static_cast<int>(s.thresholds.finalMinute.count()));
    loadRoles();
    loadProblems();
    m_loading = false;
}

void BreakoutTimingPanel::loadRoles()
{
    const core::Step &s = m_model->step(m_row);
    QTableWidget *table = m_ui->rolesTable;
    const QSignalBlocker block(table);
    // The same number of roles: updated in place, since this runs while one of
    // the table's items or spin boxes is still announcing its own change.
    if (table->rowCount() != static_cast<int>(s.roles.size())) {
        table->clearContents();
        table->setRowCount(static_cast<int>(s.roles.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            auto *nameItem = new QTableWidgetItem;
            table->setItem(r, 0, nameItem);
            for (int column : {1, 2}) {
                auto *spin = new QSpinBox(table);
                spin->setRange(0, core::kMaxRoleCount);
                spin->setKeyboardTracking(false);
                spin->setAccessibleName(column == 1 ? tr("Fewest people in the role") : tr("Most people in the role"));
                const QString key = column == 1 ? kMin : kMax;
                connect(spin, &QSpinBox::valueChanged, this,
                        [this, nameItem, key](int value) { changeRole(nameItem->row(), key, value); });
                table->setCellWidget(r, column, spin);
            }
        }
    }
    for (int r = 0; r < table->rowCount(); ++r) {
        const core::StepRole &role = s.roles[static_cast<size_t>(r)];
        table->item(r, 0)->setText(toQt(role.name));
        for (const auto &[column, count] : {std::pair{1, role.minCount}, std::pair{2, role.maxCount}}) {
            auto *spin = qobject_cast<QSpinBox *>(table->cellWidget(r, column));
            const QSignalBlocker blockSpin(spin);
            spin->setValue(count);
        }
    }
    m_ui->removeRoleButton->setEnabled(!table->selectedItems().isEmpty());
}

void BreakoutTimingPanel::loadProblems()
{
    const core::Step &s = m_model->step(m_row);
    const auto &problems = m_model->problems(m_row);
    const QStringList breakout = models::fieldProblems(problems, {"breakout", "auto_advance"});
    const QStringList roles = models::fieldProblems(problems, {"roles"});
    const QStringList thresholds = models::fieldProblems(problems, {"thresholds"});
    showLines(m_ui->breakoutProblemLabel, marked(breakout));
    showLines(m_ui->rolesProblemLabel, marked(roles));

    // The run engine lets a threshold longer than a phase fire at its start:
    // not wrong, but worth knowing, and pointless when it happens to every phase.
    QStringList timing = marked(thresholds);
    const QString part = s.phases.empty() ? tr("the step") : tr("the longest phase");
    const auto warning = core::thresholdReach(s, s.thresholds.warning);
    const auto finalMinute = core::thresholdReach(s, s.thresholds.finalMinute);
    int notices = 0;
    if (warning.every()) {
        timing << kWarningSign + tr("The warning (%1 before the end) is as long as %2 (%3): it sounds as soon as "
                                    "each part starts.")
                                     .arg(StepEditor::lengthText(s.thresholds.warning.count()), part,
                                          StepEditor::lengthText(warning.longest.count()));
        ++notices;
    } else if (!warning.none()) {
        QStringList titles;
        for (const auto &title : warning.titles)
            titles << toQt(title);
        timing << tr("Note: these phases last no longer than the warning, so it sounds as they start: %1.")
                      .arg(titles.join(QStringLiteral(", ")));
    }
    if (finalMinute.every() && !warning.every()) {
        timing << kWarningSign + tr("The final minute (%1 before the end) is as long as %2 (%3): it begins as soon "
                                    "as each part starts.")
                                     .arg(StepEditor::lengthText(s.thresholds.finalMinute.count()), part,
                                          StepEditor::lengthText(finalMinute.longest.count()));
        ++notices;
    }
    showLines(m_ui->thresholdsProblemLabel, timing);

    QStringList names;
    for (const auto &role : s.roles)
        names << toQt(role.name);
    QStringList summary;
    const auto count = breakout.size() + roles.size() + thresholds.size() + notices;
    if (count > 0)
        summary << kWarningSign + tr("Problems: %1").arg(count);
    summary << (s.breakout ? tr("Breakout rooms") : tr("Main room"));
    summary << (names.isEmpty() ? tr("No roles") : tr("Roles: %1").arg(names.join(QStringLiteral(", "))));
    summary << tr("Warns %1 before the end").arg(StepEditor::lengthText(s.thresholds.warning.count()));
    summary << (s.autoAdvance ? tr("Goes on by itself") : tr("Waits for the host"));
    m_ui->breakoutTimingSummary->setText(summary.join(QStringLiteral(" \u00B7 ")));
}

bool BreakoutTimingPanel::commit(StepField field, const QVariant &value)
{
    if (m_loading || m_row < 0)
        return false;
    if (models::stepField(m_model->step(m_row), field) == value)
        return false;
    const bool changed = m_model->changeStep(m_row, field, value);
    // A refused value is put back to what the step holds.
    if (!changed)
        load(m_row);
    return changed;
}

void BreakoutTimingPanel::reject(const QString &message)
{
    load(m_row);
    const QString text = m_ui->rolesProblemLabel->text();
    showLines(m_ui->rolesProblemLabel,
              (text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'))) << kWarningSign + message);
}

void BreakoutTimingPanel::changeRole(int tableRow, const QString &key, const QVariant &value)
{
    if (m_row < 0 || m_loading)
        return;
    QVariantList list = models::stepField(m_model->step(m_row), StepField::Roles).toList();
    if (tableRow < 0 || tableRow >= list.size())
        return;
    if (key == kName && value.toString().trimmed().isEmpty()) {
        reject(tr("A role needs a name: to drop the role in row %1, choose it and press Remove role.").arg(tableRow + 1));
        return;
    }
    QVariantMap role = list[tableRow].toMap();
    role.insert(key, value);
    list[tableRow] = role;
    commit(StepField::Roles, list);
}

void BreakoutTimingPanel::addRole()
{
    if (m_row < 0)
        return;
    const QString name = m_ui->newRoleEdit->text().trimmed();
    if (name.isEmpty()) {
        reject(tr("Write the new role's name first, then press Add role."));
        return;
    }
    QVariantList list = models::stepField(m_model->step(m_row), StepField::Roles).toList();
    for (const QVariant &role : list) {
        if (role.toMap().value(kName).toString() == name) {
            reject(tr("This step already has a role named '%1'.").arg(name));
            return;
        }
    }
    list << QVariantMap{{kName, name}, {kMin, 1}, {kMax, 1}};
    if (commit(StepField::Roles, list))
        m_ui->newRoleEdit->clear();
}

void BreakoutTimingPanel::removeRole()
{
    const auto selected = m_ui->rolesTable->selectedItems();
    if (selected.isEmpty() || m_row < 0)
        return;
    QVariantList list = models::stepField(m_model->step(m_row), StepField::Roles).toList();
    const int index = selected.first()->row();
    if (index < 0 || index >= list.size())
        return;
    list.removeAt(index);
    commit(StepField::Roles, list);
}

} // namespace convener::gui
