// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/program/rotationcuespanel.h"

#include "gui/program/durationedit.h"
#include "models/program/callstepsmodel.h"
#include "models/text.h"
#include "ui_rotationcuespanel.h"

#include <algorithm>
#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>
#include <vector>

namespace convener::gui {

using models::StepField;
using models::toQt;

namespace {

const QString kAt = QStringLiteral("at");
const QString kText = QStringLiteral("text");

// Which cue a table row shows: its phase (-1: the step) and its place there.
constexpr int kPhaseRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;

void fillMoments(QComboBox *combo)
{
    combo->addItem(RotationCuesPanel::tr("At the start"), QStringLiteral("start"));
    combo->addItem(RotationCuesPanel::tr("At the warning"), QStringLiteral("warning"));
    combo->addItem(RotationCuesPanel::tr("In the final minute"), QStringLiteral("final_minute"));
    combo->addItem(RotationCuesPanel::tr("At the end"), QStringLiteral("end"));
}

} // namespace

RotationCuesPanel::RotationCuesPanel(models::CallStepsModel *model, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RotationCuesPanel>()), m_model(model)
{
    m_ui->setupUi(this);
    m_ui->rotationKindCombo->addItem(tr("None: the step runs once"), QStringLiteral("none"));
    m_ui->rotationKindCombo->addItem(tr("Once per member of the group"), QStringLiteral("per_member"));
    m_ui->rotationKindCombo->addItem(tr("A fixed number of turns"), QStringLiteral("fixed"));
    fillMoments(m_ui->cueMomentCombo);
    m_ui->cuesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->cuesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    connect(m_ui->rotationKindCombo, &QComboBox::activated, this,
            [this] { commit(StepField::RotationKind, m_ui->rotationKindCombo->currentData()); });
    connect(m_ui->rotationCountSpin, &QSpinBox::valueChanged, this,
            [this](int count) { commit(StepField::RotationCount, count); });
    connect(m_ui->rotationRoleCombo, &QComboBox::activated, this,
            [this] { commit(StepField::RotationRole, m_ui->rotationRoleCombo->currentData()); });
    connect(m_ui->changeoverEdit, &DurationEdit::secondsChanged, this,
        [this](int seconds) { commit(StepField::RotationChangeover, seconds); });
    connect(m_ui->cuesTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 2)
            changeCue(item->row(), kText, item->text());
    });
    connect(m_ui->cuesTable, &QTableWidget::itemSelectionChanged, this,
            [this] { m_ui->removeCueButton->setEnabled(!m_ui->cuesTable->selectedItems().isEmpty()); });
    connect(m_ui->addCueButton, &QPushButton::clicked, this, &RotationCuesPanel::addCue);
    connect(m_ui->cueTextEdit, &QLineEdit::returnPressed, this, &RotationCuesPanel::addCue);
    connect(m_ui->removeCueButton, &QPushButton::clicked, this, &RotationCuesPanel::removeCue);
}

RotationCuesPanel::~RotationCuesPanel() = default;

void RotationCuesPanel::load(int row)
{
    m_row = row >= 0 && row < m_model->rowCount() ? row : -1;
    setEnabled(m_row >= 0);
    if (m_row < 0)
        return;
    m_loading = true;
    loadRotation();
    loadCues();
    m_loading = false;
}

void RotationCuesPanel::loadRotation()
{
    const core::Step &s = m_model->step(m_row);
    const auto &rot = s.rotation;
    m_ui->rotationKindCombo->setCurrentIndex(
        m_ui->rotationKindCombo->findData(toQt(core::rotationKindKey(rot.kind))));
    const bool fixed = rot.kind == core::RotationKind::Fixed;
    m_ui->rotationCountSpin->setEnabled(fixed);
    m_ui->rotationCountSpin->setValue(rot.count);
    const bool rotates = rot.kind != core::RotationKind::None;
    m_ui->rotationRoleCombo->setEnabled(rotates);
    // A step that does not rotate keeps a changeover it was given only so that
    // validation can point at it; it can still be set back to zero.
    m_ui->changeoverEdit->setEnabled(rotates || rot.changeover.count() > 0);
    m_ui->changeoverEdit->setSeconds(static_cast<int>(rot.changeover.count()));

    QComboBox *roles = m_ui->rotationRoleCombo;
    roles->clear();
    roles->addItem(tr("No role named"), QString());
    for (const auto &role : s.roles)
        roles->addItem(toQt(role.name), toQt(role.name));
    // A role the step does not have stays visible, so the problem shown for it
    // can be read and put right here.
    if (!rot.role.empty() && roles->findData(toQt(rot.role)) < 0)
        roles->addItem(tr("%1 (not a role of this step)").arg(toQt(rot.role)), toQt(rot.role));
    roles->setCurrentIndex(roles->findData(toQt(rot.role)));
}

void RotationCuesPanel::loadCues()
{
    const core::Step &s = m_model->step(m_row);
    QTableWidget *table = m_ui->cuesTable;
    const QSignalBlocker block(table);
    const QString partName = m_ui->cuePartCombo->currentText();
    m_ui->cuePartCombo->clear();
    m_ui->cuePartCombo->addItem(tr("Whole step"), -1);
    for (size_t i = 0; i < s.phases.size(); ++i)
        m_ui->cuePartCombo->addItem(toQt(s.phases[i].title), static_cast<int>(i));
    m_ui->cuePartCombo->setCurrentIndex(std::max(m_ui->cuePartCombo->findText(partName), 0));
    m_ui->cuePartCombo->setVisible(!s.phases.empty());

    struct Row
    {
        int phase;
        int index;
        QString part;
        QVariantMap cue;
    };
    std::vector<Row> rows;
    for (int phase = -1; phase < static_cast<int>(s.phases.size()); ++phase) {
        const QVariantList list = cues(phase);
        const QString part = phase < 0 ? tr("Whole step") : toQt(s.phases[static_cast<size_t>(phase)].title);
        for (int i = 0; i < list.size(); ++i)
            rows.push_back({phase, i, part, list[i].toMap()});
    }
    // The same number of cues: updated in place, since this runs while one of
    // the table's items or combo boxes is still announcing its own change.
    if (table->rowCount() != static_cast<int>(rows.size())) {
        table->clearContents();
        table->setRowCount(static_cast<int>(rows.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            auto *partItem = new QTableWidgetItem;
            partItem->setFlags(partItem->flags() & ~Qt::ItemIsEditable);
            table->setItem(r, 0, partItem);
            auto *when = new QComboBox(table);
            fillMoments(when);
            when->setAccessibleName(tr("When the cue is due"));
            connect(when, &QComboBox::activated, this,
                    [this, partItem, when] { changeCue(partItem->row(), kAt, when->currentData()); });
            table->setCellWidget(r, 1, when);
            table->setItem(r, 2, new QTableWidgetItem);
        }
    }
    for (int r = 0; r < table->rowCount(); ++r) {
        const Row &row = rows[static_cast<size_t>(r)];
        QTableWidgetItem *partItem = table->item(r, 0);
        partItem->setText(row.part);
        partItem->setData(kPhaseRole, row.phase);
        partItem->setData(kIndexRole, row.index);
        auto *when = qobject_cast<QComboBox *>(table->cellWidget(r, 1));
        when->setCurrentIndex(when->findData(row.cue.value(kAt)));
        table->item(r, 2)->setText(row.cue.value(kText).toString());
    }
    m_ui->removeCueButton->setEnabled(!table->selectedItems().isEmpty());
}

bool RotationCuesPanel::commit(StepField field, const QVariant &value, int phase)
{
    if (m_loading || m_row < 0)
        return false;
    if (models::stepField(m_model->step(m_row), field, phase) == value)
        return false;
    const bool changed = m_model->changeStep(m_row, field, value, phase);
    // A refused value is put back to what the step holds.
    if (!changed)
        load(m_row);
    return changed;
}

QVariantList RotationCuesPanel::cues(int phase) const
{
    return models::stepField(m_model->step(m_row), StepField::Cues, phase).toList();
}

void RotationCuesPanel::changeCue(int tableRow, const QString &key, const QVariant &value)
{
    const QTableWidgetItem *part = m_ui->cuesTable->item(tableRow, 0);
    if (!part || m_row < 0)
        return;
    const int phase = part->data(kPhaseRole).toInt();
    const int index = part->data(kIndexRole).toInt();
    QVariantList list = cues(phase);
    if (index < 0 || index >= list.size())
        return;
    if (key == kText && value.toString().trimmed().isEmpty()) {
        Q_EMIT rejected(tr("A cue needs a text: to drop the cue in row %1, choose it and press Remove cue.")
                            .arg(tableRow + 1));
        load(m_row);
        return;
    }
    QVariantMap cue = list[index].toMap();
    cue.insert(key, value);
    list[index] = cue;
    commit(StepField::Cues, list, phase);
}

void RotationCuesPanel::addCue()
{
    if (m_row < 0)
        return;
    const QString text = m_ui->cueTextEdit->text().trimmed();
    if (text.isEmpty()) {
        Q_EMIT rejected(tr("Write the cue's text first, then press Add cue."));
        return;
    }
    const int phase = m_ui->cuePartCombo->currentData().toInt();
    QVariantList list = cues(phase);
    list << QVariantMap{{kAt, m_ui->cueMomentCombo->currentData()}, {kText, text}};
    if (commit(StepField::Cues, list, phase))
        m_ui->cueTextEdit->clear();
}

void RotationCuesPanel::removeCue()
{
    const auto selected = m_ui->cuesTable->selectedItems();
    if (selected.isEmpty() || m_row < 0)
        return;
    const QTableWidgetItem *part = m_ui->cuesTable->item(selected.first()->row(), 0);
    const int phase = part->data(kPhaseRole).toInt();
    QVariantList list = cues(phase);
    const int index = part->data(kIndexRole).toInt();
    if (index < 0 || index >= list.size())
        return;
    list.removeAt(index);
    commit(StepField::Cues, list, phase);
}

} // namespace convener::gui
