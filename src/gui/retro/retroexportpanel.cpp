// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/retro/retroexportpanel.h"

#include "io/fileexports.h"
#include "models/retro/retroboarddocument.h"
#include "models/storageerror.h"
#include "models/text.h"
#include "models/workspace.h"
#include "ui_retroexportpanel.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace convener::gui {

using models::toQt;

RetroExportPanel::RetroExportPanel(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RetroExportPanel>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    connect(m_ui->exportMarkdownButton, &QPushButton::clicked, this, [this] { chooseExportFile(Format::Markdown); });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { chooseExportFile(Format::Csv); });
    refresh();
}

RetroExportPanel::~RetroExportPanel() = default;

void RetroExportPanel::refresh()
{
    const bool hasBoard = m_workspace.retro()->hasBoard();
    m_ui->exportMarkdownButton->setEnabled(hasBoard);
    m_ui->exportCsvButton->setEnabled(hasBoard);
}

void RetroExportPanel::chooseExportFile(Format format)
{
    const auto &snapshot = m_workspace.retro()->snapshot();
    const QString suffix = format == Format::Markdown ? QStringLiteral(".md") : QStringLiteral(".csv");
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                              + tr("%1 call %2 retro").arg(toQt(snapshot.cohortName)).arg(snapshot.board.callNumber)
                              + suffix;
    const QString filter = format == Format::Markdown ? tr("Markdown files (*.md)") : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Retro Board"), suggested, filter);
    if (!path.isEmpty())
        exportTo(path, format);
}

bool RetroExportPanel::exportTo(const QString &path, Format format)
{
    const auto &snapshot = m_workspace.retro()->snapshot();
    if (snapshot.board.id == 0)
        return false;
    const auto status = io::exportRetroBoard(
        snapshot, format == Format::Markdown ? io::RetroFileFormat::Markdown : io::RetroFileFormat::Csv, path);
    if (!status) {
        Q_EMIT m_workspace.storageFailed(models::describe(status.error()));
        return false;
    }
    Q_EMIT reported(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace convener::gui
