// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QtGlobal>

namespace convener::gui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("Convener %1").arg(QStringLiteral(CONVENER_VERSION)));
    const QString html = tr(
        "<p>A console for hosts of small-group cohort programs: session plans with timers, "
        "breakout rooms where people keep meeting someone new, and private journals.</p>"
        "<p>Free software under the MIT licence. Built with Qt %1, SQLite, nlohmann/json and libsodium.</p>"
        "<h3>The methods</h3>"
        "<p>The four-week practice program follows the design by <b>Richard D. Bartlett</b> and "
        "<b>Nati Lombardo</b> (<a href=\"https://microsolidarity.cc\">microsolidarity.cc</a>), shared under "
        "CC-BY-SA 4.0.</p>"
        "<p><b>Troika Consulting</b> comes from Liberating Structures.</p>"
        "<p><b>Case Clinic</b> comes from the Presencing Institute (Theory U).</p>"
        "<p>Convener's prompts and help text are written anew; the methods belong to their authors.</p>")
                             .arg(QString::fromLatin1(qVersion()));
    m_ui->creditsBrowser->setHtml(html);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

} // namespace convener::gui
