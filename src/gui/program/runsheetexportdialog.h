// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/papersize.h"

#include <memory>
#include <QDialog>
#include <QList>
#include <QStringList>

namespace Ui {
class RunSheetExportDialog;
}

namespace convener::gui {

// Asks which call's run sheet to export and on which paper size a PDF of it is laid out.
class RunSheetExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSheetExportDialog)

public:
    // callTexts[i] describes the call numbered callNumbers[i]; paper is chosen at first.
    RunSheetExportDialog(
        const QStringList &callTexts, const QList<int> &callNumbers, io::PaperSize paper, QWidget *parent = nullptr);
    ~RunSheetExportDialog() override;

    int callNumber() const;
    io::PaperSize paperSize() const;

private:
    const std::unique_ptr<Ui::RunSheetExportDialog> m_ui;
};

} // namespace convener::gui
