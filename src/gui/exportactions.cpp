// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/exportactions.h"

#include "gui/program/runsheetexportdialog.h"
#include "io/cohortexports.h"
#include "models/program/callstepsmodel.h"
#include "models/roster/cohortlistmodel.h"
#include "models/storageerror.h"
#include "models/text.h"
#include "models/workspace.h"

#include <chrono>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace convener::gui {

using models::toQt;

ExportActions::ExportActions(models::Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window), m_runSheet(new QAction(tr("Export &Run Sheet…"), this)),
      m_calendar(new QAction(tr("Export &Calendar…"), this))
{
    m_runSheet->setObjectName(QStringLiteral("actionExportRunSheet"));
    m_runSheet->setStatusTip(tr("Write a call's run sheet as a PDF to print, or as Markdown"));
    m_calendar->setObjectName(QStringLiteral("actionExportCalendar"));
    m_calendar->setStatusTip(tr("Write the cohort's calls as a calendar file (.ics) to import into any calendar"));
    connect(m_runSheet, &QAction::triggered, this, &ExportActions::chooseRunSheet);
    connect(m_calendar, &QAction::triggered, this, &ExportActions::chooseCalendar);
    connect(&m_workspace, &models::Workspace::currentCohortChanged, this, &ExportActions::updateEnabled);
    updateEnabled();
}

io::PaperSize ExportActions::localPaperSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? io::PaperSize::Letter : io::PaperSize::A4;
}

QString ExportActions::paperSettingsKey()
{
    return QStringLiteral("exports/runSheetPaper");
}

io::PaperSize ExportActions::rememberedPaperSize()
{
    // A value this version does not know (edited by hand, or from a newer one) counts as none.
    const QString key = QSettings().value(paperSettingsKey()).toString();
    return io::paperSizeFromKey(models::toStd(key)).value_or(localPaperSize());
}

void ExportActions::rememberPaperSize(io::PaperSize paper)
{
    QSettings().setValue(paperSettingsKey(), toQt(io::paperSizeKey(paper)));
}

void ExportActions::updateEnabled()
{
    const bool cohort = m_workspace.currentCohort() != 0;
    m_runSheet->setEnabled(cohort);
    m_calendar->setEnabled(cohort);
}

QString ExportActions::suggestedPath(const QString &name) const
{
    QString safe = name;
    safe.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + safe;
}

bool ExportActions::writeRunSheet(int callNumber, const QString &path, io::PaperSize paper)
{
    const auto written = io::exportRunSheet(m_workspace.database(), m_workspace.currentCohort(), callNumber, path, paper);
    if (!written) {
        Q_EMIT problem(models::describe(written.error()));
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

bool ExportActions::writeCalendar(const QString &path)
{
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(m_workspace.clock().wallNow());
    const auto written = io::exportCalendar(m_workspace.database(), m_workspace.currentCohort(), path, now);
    if (!written) {
        Q_EMIT problem(models::describe(written.error()));
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

void ExportActions::chooseRunSheet()
{
    const core::CohortId cohort = m_workspace.currentCohort();
    const int row = m_workspace.cohorts()->rowOf(cohort);
    if (row < 0)
        return;
    const QString cohortName = toQt(m_workspace.cohorts()->cohort(row).name);
    const auto &calls = m_workspace.program()->calls();
    if (calls.empty()) {
        Q_EMIT problem(tr("The cohort '%1' has no calls yet, so there is no run sheet to export. Give it a program "
                          "when you create a cohort.")
                           .arg(cohortName));
        return;
    }
    QStringList items;
    QList<int> numbers;
    for (const auto &c : calls) {
        QString item = tr("Call %1: %2").arg(c.number).arg(toQt(c.call.title));
        if (!c.call.plannedStart.empty())
            item += QStringLiteral(" (%1)").arg(toQt(c.call.plannedStart).replace(QLatin1Char('T'), QLatin1Char(' ')));
        items << item;
        numbers << c.number;
    }
    RunSheetExportDialog choice(items, numbers, rememberedPaperSize(), m_window);
    if (choice.exec() != QDialog::Accepted)
        return;
    const int callNumber = choice.callNumber();
    const io::PaperSize paper = choice.paperSize();
    rememberPaperSize(paper);
    const QString pdfFilter = tr("PDF files (*.pdf)");
    const QString markdownFilter = tr("Markdown files (*.md)");
    QString filter = pdfFilter;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Run Sheet"), suggestedPath(tr("%1 call %2 run sheet.pdf").arg(cohortName).arg(callNumber)),
        pdfFilter + QStringLiteral(";;") + markdownFilter, &filter);
    if (path.isEmpty())
        return;
    // The filter decides when the name has no suffix of its own.
    QString target = path;
    if (QFileInfo(path).suffix().isEmpty())
        target += filter == markdownFilter ? QStringLiteral(".md") : QStringLiteral(".pdf");
    writeRunSheet(callNumber, target, paper);
}

void ExportActions::chooseCalendar()
{
    const int row = m_workspace.cohorts()->rowOf(m_workspace.currentCohort());
    if (row < 0)
        return;
    const QString cohortName = toQt(m_workspace.cohorts()->cohort(row).name);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Calendar"),
                                                      suggestedPath(tr("%1 calls.ics").arg(cohortName)),
                                                      tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    writeCalendar(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".ics") : path);
}

} // namespace convener::gui
