// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/program/runsheetexportdialog.h"

#include "ui_runsheetexportdialog.h"

#include <QPushButton>

namespace convener::gui {

RunSheetExportDialog::RunSheetExportDialog(
    const QStringList &callTexts, const QList<int> &callNumbers, io::PaperSize paper, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RunSheetExportDialog>())
{
    m_ui->setupUi(this);
    for (qsizetype i = 0; i < callTexts.size() && i < callNumbers.size(); ++i)
        m_ui->callCombo->addItem(callTexts.at(i), callNumbers.at(i));
    // The sizes are named as printers and paper packs name them.
    m_ui->paperCombo->addItem(tr("A4 (210 × 297 mm)"), static_cast<int>(io::PaperSize::A4));
    m_ui->paperCombo->addItem(tr("US Letter (8.5 × 11 in)"), static_cast<int>(io::PaperSize::Letter));
    m_ui->paperCombo->setCurrentIndex(m_ui->paperCombo->findData(static_cast<int>(paper)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->callCombo->count() > 0);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RunSheetExportDialog::~RunSheetExportDialog() = default;

int RunSheetExportDialog::callNumber() const
{
    return m_ui->callCombo->currentData().toInt();
}

io::PaperSize RunSheetExportDialog::paperSize() const
{
    return m_ui->paperCombo->currentData().toInt() == static_cast<int>(io::PaperSize::Letter) ? io::PaperSize::Letter
                                                                                              : io::PaperSize::A4;
}

} // namespace convener::gui
