// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace convener::gui {

// What a first start shows while the database has no cohort: create one from
// a program, or open the demo cohort to look around.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

Q_SIGNALS:
    void newCohortRequested();
    void demoRequested();

private:
    const std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace convener::gui
