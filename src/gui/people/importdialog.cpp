// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/people/importdialog.h"

#include "models/roster/importproblemtext.h"
#include "models/storageerror.h"
#include "models/text.h"
#include "ui_importdialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>

namespace convener::gui {

using models::toQt;

namespace {

QString fieldLabel(core::ImportField field)
{
    switch (field) {
    case core::ImportField::Ignore: return ImportDialog::tr("(not imported)");
    case core::ImportField::Name: return ImportDialog::tr("Name");
    case core::ImportField::FirstName: return ImportDialog::tr("First name");
    case core::ImportField::LastName: return ImportDialog::tr("Last name");
    case core::ImportField::Email: return ImportDialog::tr("Email");
    case core::ImportField::Pronouns: return ImportDialog::tr("Pronouns");
    case core::ImportField::Location: return ImportDialog::tr("Location");
    case core::ImportField::TimeZone: return ImportDialog::tr("Time zone");
    case core::ImportField::Notes: return ImportDialog::tr("Notes");
    case core::ImportField::Role: return ImportDialog::tr("Role");
    }
    return {};
}

QString roleLabel(core::Role role)
{
    switch (role) {
    case core::Role::Participant: return ImportDialog::tr("Participant");
    case core::Role::Host: return ImportDialog::tr("Host");
    case core::Role::CoHost: return ImportDialog::tr("Co-host");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(const models::RosterModel &people, models::ImportPreview preview, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_people(people)
    , m_preview(std::move(preview))
{
    m_ui->setupUi(this);
    const auto &doc = m_preview.document;
    const QString delimiter = doc.delimiter == '\t' ? tr("tabs") : doc.delimiter == ';' ? tr("semicolons") : tr("commas");
    m_ui->fileLabel->setText(tr("<b>%1</b><br>%2 records, separated by %3, read as %4.")
                                 .arg(QFileInfo(m_preview.path).fileName().toHtmlEscaped())
                                 .arg(doc.records.size())
                                 .arg(delimiter, toQt(doc.encoding)));
    m_ui->headerCheck->setChecked(m_preview.mapping.hasHeader);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    // The people to add matter most; the column mapping next; skipped rows are usually few.
    m_ui->splitter->setSizes({200, 300, 90});

    connect(m_ui->headerCheck, &QCheckBox::toggled, this, &ImportDialog::mappingChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillMapping();
    showPlan();
}

ImportDialog::~ImportDialog() = default;

std::vector<core::Member> ImportDialog::membersToAdd() const
{
    std::vector<core::Member> members;
    for (const auto &row : m_preview.plan.rows)
        members.push_back(row.member);
    return members;
}

void ImportDialog::fillMapping()
{
    const auto &doc = m_preview.document;
    const auto &mapping = m_preview.mapping;
    auto *table = m_ui->mappingTable;
    table->clear();
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Holds")});
    table->setRowCount(static_cast<int>(mapping.columns.size()));
    table->verticalHeader()->hide();
    const core::CsvRecord *header = (!doc.records.empty() && mapping.hasHeader) ? &doc.records.front() : nullptr;
    const size_t firstData = mapping.hasHeader ? 1 : 0;
    const core::CsvRecord *sample = doc.records.size() > firstData ? &doc.records[firstData] : nullptr;

    for (int column = 0; column < table->rowCount(); ++column) {
        const auto c = static_cast<size_t>(column);
        const QString name = (header && c < header->fields.size() && !header->fields[c].empty())
                                 ? toQt(header->fields[c])
                                 : tr("Column %1").arg(column + 1);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(Qt::ItemIsEnabled);
        table->setItem(column, 0, nameItem);
        auto *sampleItem = new QTableWidgetItem(sample && c < sample->fields.size() ? toQt(sample->fields[c]) : QString());
        sampleItem->setFlags(Qt::ItemIsEnabled);
        table->setItem(column, 1, sampleItem);

        auto *combo = new QComboBox(table);
        combo->setAccessibleName(tr("What column %1 holds").arg(name));
        for (core::ImportField field : core::allImportFields())
            combo->addItem(fieldLabel(field), static_cast<int>(field));
        combo->setCurrentIndex(combo->findData(static_cast<int>(mapping.columns[c])));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
        table->setCellWidget(column, 2, combo);
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

void ImportDialog::mappingChanged()
{
    core::ImportMapping mapping;
    mapping.hasHeader = m_ui->headerCheck->isChecked();
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(row, 2));
        mapping.columns.push_back(static_cast<core::ImportField>(combo->currentData().toInt()));
    }
    const bool headerToggled = mapping.hasHeader != m_preview.mapping.hasHeader;
    const auto replanned = m_people.replanImport(m_preview, mapping);
    if (!replanned) {
        m_ui->summaryLabel->setText(QStringLiteral("\u26A0 ") + models::describe(replanned.error()));
        return;
    }
    m_preview = replanned.value();
    if (headerToggled)
        fillMapping(); // the column names and first values shift with the header row
    showPlan();
}

void ImportDialog::showPlan()
{
    const auto &plan = m_preview.plan;
    auto *table = m_ui->previewTable;
    table->clear();
    const QStringList headers{tr("Line"), tr("Name"), tr("Email"), tr("Pronouns"), tr("Location"), tr("Time zone"), tr("Role")};
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(plan.rows.size()));
    table->verticalHeader()->hide();
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto &r = plan.rows[static_cast<size_t>(row)];
        const QStringList cells{QString::number(r.line), toQt(r.member.person.displayName), toQt(r.member.person.email),
                                toQt(r.member.person.pronouns), toQt(r.member.person.location),
                                toQt(r.member.person.timeZone), roleLabel(r.member.role)};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    table->resizeColumnsToContents();

    m_ui->problemsList->clear();
    for (const auto &p : plan.problems)
        m_ui->problemsList->addItem(tr("Line %1: %2").arg(p.line).arg(models::describe(p)));
    for (const QString &w : models::describeWarnings(m_preview.document))
        m_ui->problemsList->addItem(tr("Note: %1").arg(w));
    for (const QString &w : models::describeWarnings(plan))
        m_ui->problemsList->addItem(tr("Note: %1").arg(w));
    m_ui->problemsGroup->setVisible(m_ui->problemsList->count() > 0);

    QString summary = tr("People to add: %1.").arg(plan.rows.size());
    if (!plan.problems.empty())
        summary += QLatin1Char(' ') + tr("Rows to skip: %1 (listed above).").arg(plan.problems.size());
    m_ui->summaryLabel->setText(summary);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!plan.rows.empty());
}

} // namespace convener::gui
