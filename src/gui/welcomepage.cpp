// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/welcomepage.h"

#include "ui_welcomepage.h"

namespace convener::gui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    connect(m_ui->createCohortButton, &QPushButton::clicked, this, &WelcomePage::newCohortRequested);
    connect(m_ui->openDemoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

WelcomePage::~WelcomePage() = default;

} // namespace convener::gui
