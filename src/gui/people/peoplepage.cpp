// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/people/peoplepage.h"

#include "gui/people/importdialog.h"
#include "gui/people/persondialog.h"
#include "io/fileexports.h"
#include "models/roster/cohortlistmodel.h"
#include "models/roster/rosterfiltermodel.h"
#include "models/roster/rostermodel.h"
#include "models/storageerror.h"
#include "models/text.h"
#include "models/workspace.h"
#include "ui_peoplepage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QShortcut>
#include <QStandardPaths>

namespace convener::gui {

using models::RosterModel;
using models::toQt;

PeoplePage::PeoplePage(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PeoplePage>()), m_workspace(workspace),
      m_filter(new models::RosterFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(workspace.people());
    m_ui->peopleTable->setModel(m_filter);
    m_ui->peopleTable->sortByColumn(RosterModel::NameColumn, Qt::AscendingOrder);
    m_ui->peopleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->peopleTable->setColumnWidth(RosterModel::NameColumn, 190);
    m_ui->peopleTable->setColumnWidth(RosterModel::EmailColumn, 230);
    m_ui->peopleTable->setColumnWidth(RosterModel::LocationColumn, 170);
    m_ui->peopleTable->setColumnWidth(RosterModel::TimeZoneColumn, 150);
    m_ui->peopleTable->setWordWrap(false);
    m_ui->peopleTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->peopleTable->verticalHeader()->setDefaultSectionSize(m_ui->peopleTable->fontMetrics().height() + 10);

    m_ui->roleFilter->addItem(tr("Everyone"));
    m_ui->roleFilter->addItem(tr("Participants"), QStringLiteral("participant"));
    m_ui->roleFilter->addItem(tr("Hosts"), QStringLiteral("host"));
    m_ui->roleFilter->addItem(tr("Co-hosts"), QStringLiteral("co-host"));

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &models::RosterFilterModel::setSearchText);
    connect(m_ui->roleFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_ui->roleFilter->currentData().toString();
        m_filter->setRoleFilter(key.isEmpty() ? std::nullopt : core::roleFromKey(models::toStd(key)));
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_ui->editButton, &QPushButton::clicked, this, &PeoplePage::editSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PeoplePage::removeSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, &PeoplePage::chooseImportFile);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PeoplePage::chooseExportFile);
    connect(m_ui->peopleTable, &QTableView::activated, this, &PeoplePage::editSelected);
    connect(m_ui->emptyLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("new-cohort"))
            Q_EMIT newCohortRequested();
        else if (link == QLatin1String("demo"))
            Q_EMIT demoRequested();
        else if (link == QLatin1String("add"))
            addPerson();
        else if (link == QLatin1String("import"))
            chooseImportFile();
    });

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason); });
    auto *add = new QShortcut(QKeySequence::New, this);
    connect(add, &QShortcut::activated, this, &PeoplePage::addPerson);
    auto *remove = new QShortcut(QKeySequence::Delete, m_ui->peopleTable, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &PeoplePage::removeSelected);

    const auto refresh = [this] { updateState(); };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_filter, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, refresh);
    // The filter drops its rows while the roster is still about to lose them, so
    // the total is counted again once the roster has finished.
    connect(m_workspace.people(), &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_ui->peopleTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, refresh);
    connect(&m_workspace, &models::Workspace::currentCohortChanged, this, refresh);
    updateState();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::updateState()
{
    const bool hasCohort = m_workspace.currentCohort() != 0;
    const int total = m_workspace.people()->rowCount();
    const int shown = m_filter->rowCount();
    const int selected = static_cast<int>(m_ui->peopleTable->selectionModel()->selectedRows().size());

    m_ui->addButton->setEnabled(hasCohort);
    m_ui->importButton->setEnabled(hasCohort);
    m_ui->exportButton->setEnabled(total > 0);
    m_ui->editButton->setEnabled(selected == 1);
    m_ui->removeButton->setEnabled(selected > 0);
    m_ui->searchEdit->setEnabled(total > 0);
    m_ui->roleFilter->setEnabled(total > 0);

    if (!hasCohort) {
        m_ui->emptyLabel->setText(tr("<p style='font-size:14pt'>No cohort is open.</p>"
                                     "<p><a href='new-cohort'>Create a cohort</a> for your program, or "
                                     "<a href='demo'>open the demo cohort</a> to look around with made-up people.</p>"));
        m_ui->tableStack->setCurrentWidget(m_ui->emptyLabel);
        m_ui->countLabel->clear();
        return;
    }
    if (total == 0) {
        m_ui->emptyLabel->setText(tr("<p style='font-size:14pt'>Nobody is in this cohort yet.</p>"
                                     "<p><a href='add'>Add a person</a>, or <a href='import'>import the CSV</a> "
                                     "your registration form exports.</p>"));
        m_ui->tableStack->setCurrentWidget(m_ui->emptyLabel);
        m_ui->countLabel->clear();
        return;
    }
    m_ui->tableStack->setCurrentWidget(m_ui->peopleTable);
    // Counts are written as "label: number" so they read right for one person too.
    m_ui->countLabel->setText(shown == total ? tr("Members: %1").arg(total) : tr("Showing %1 of %2").arg(shown).arg(total));
}

std::vector<std::string> PeoplePage::emailsExcept(long long personId) const
{
    std::vector<std::string> emails;
    for (const auto &m : m_workspace.people()->members()) {
        if (m.person.id != personId && !m.person.email.empty())
            emails.push_back(core::normalizedEmail(m.person.email));
    }
    return emails;
}

void PeoplePage::addPerson()
{
    if (m_workspace.currentCohort() == 0)
        return;
    PersonDialog dialog(core::Member{}, emailsExcept(0), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Member m = dialog.member();
    m_workspace.people()->addMembers({m}, tr("Add %1").arg(toQt(m.person.displayName)));
}

void PeoplePage::editSelected()
{
    const auto rows = m_ui->peopleTable->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const int row = m_filter->mapToSource(rows.front()).row();
    const core::Member current = m_workspace.people()->member(row);
    PersonDialog dialog(current, emailsExcept(current.person.id), this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace.people()->editMember(dialog.member());
}

void PeoplePage::removeSelected()
{
    std::vector<core::PersonId> ids;
    for (const QModelIndex &index : m_ui->peopleTable->selectionModel()->selectedRows())
        ids.push_back(index.data(RosterModel::PersonIdRole).toLongLong());
    m_workspace.people()->removeMembers(ids);
}

void PeoplePage::chooseImportFile()
{
    if (m_workspace.currentCohort() == 0)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Participants"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool PeoplePage::importFile(const QString &path)
{
    const models::RosterModel &people = *m_workspace.people();
    auto preview = people.previewImport(path);
    if (!preview) {
        Q_EMIT m_workspace.storageFailed(
            tr("The file could not be imported.\n%1").arg(models::describe(preview.error())));
        return false;
    }
    ImportDialog dialog(people, std::move(preview).value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto members = dialog.membersToAdd();
    m_workspace.people()->addMembers(members, tr("Import from %1").arg(QFileInfo(path).fileName()));
    return true;
}

void PeoplePage::chooseExportFile()
{
    const int row = m_workspace.cohorts()->rowOf(m_workspace.currentCohort());
    const QString name = row >= 0 ? toQt(m_workspace.cohorts()->cohort(row).name) : tr("people");
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                              + name + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Participants"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool PeoplePage::exportTo(const QString &path)
{
    const auto status = io::exportRoster(m_workspace.people()->members(), path);
    if (!status) {
        Q_EMIT m_workspace.storageFailed(models::describe(status.error()));
        return false;
    }
    return true;
}

} // namespace convener::gui
