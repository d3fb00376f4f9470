// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/retro/retronewboardpanel.h"

#include "core/retro/retrotemplate.h"
#include "models/retro/retroboarddocument.h"
#include "models/retro/retrorefusal.h"
#include "models/text.h"
#include "ui_retronewboardpanel.h"

#include <string>
#include <variant>
#include <vector>

namespace convener::gui {

RetroNewBoardPanel::RetroNewBoardPanel(models::RetroBoardDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RetroNewBoardPanel>())
    , m_document(document)
{
    m_ui->setupUi(this);
    m_ui->templateCombo->addItem(tr("Roses, Buds, Thorns and Gems"), static_cast<int>(core::RetroTemplate::RosesBudsThornsGems));
    m_ui->templateCombo->addItem(tr("Start, Stop, Continue"), static_cast<int>(core::RetroTemplate::StartStopContinue));
    m_ui->templateCombo->addItem(tr("Custom columns"), static_cast<int>(core::RetroTemplate::Custom));
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->customColumnsEdit->setEnabled(m_ui->templateCombo->currentData().toInt()
                                            == static_cast<int>(core::RetroTemplate::Custom));
    });
    m_ui->customColumnsEdit->setEnabled(false);
    connect(m_ui->createBoardButton, &QPushButton::clicked, this, &RetroNewBoardPanel::createBoard);
}

RetroNewBoardPanel::~RetroNewBoardPanel() = default;

void RetroNewBoardPanel::refresh(int callCount)
{
    const bool hasCohort = m_document->cohort() != 0;
    if (callCount > 0)
        m_ui->newCallSpin->setMaximum(callCount);
    const int proposed = m_document->proposedNewBoardCall(callCount);
    m_ui->newCallSpin->setValue(proposed);
    m_ui->createBoardButton->setEnabled(hasCohort);
    m_ui->noBoardLabel->setText(hasCohort
            ? tr("Call %1 has no retro board yet. Choose its columns and create it: Roses, Buds, Thorns and "
                 "Gems suit the closing call.")
                  .arg(proposed)
            : tr("Open a cohort first (in People) to run its retro here."));
}

void RetroNewBoardPanel::focusCallNumber()
{
    m_ui->newCallSpin->setFocus(Qt::OtherFocusReason);
}

void RetroNewBoardPanel::createBoard()
{
    const auto source = static_cast<core::RetroTemplate>(m_ui->templateCombo->currentData().toInt());
    std::vector<core::RetroColumnSpec> columns = core::retroTemplateColumns(source);
    if (source == core::RetroTemplate::Custom) {
        auto parsed = core::customRetroColumns(models::toStd(m_ui->customColumnsEdit->text()));
        if (auto *problem = std::get_if<core::RetroColumnsRefusal>(&parsed)) {
            Q_EMIT refused(models::describe(*problem));
            return;
        }
        columns = std::get<std::vector<core::RetroColumnSpec>>(parsed);
    }
    m_document->createBoard(m_ui->newCallSpin->value(), source, columns);
}

} // namespace convener::gui
