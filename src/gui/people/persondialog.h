// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <QDialog>

#include <memory>
#include <string>
#include <vector>

namespace Ui {
class PersonDialog;
}

namespace convener::gui {

// Adds or edits one person. Checks as the person types: a name is required, an
// email must look like one and must not belong to someone else in the cohort.
class PersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)

public:
    // otherEmails: the normalised emails of everyone else in the cohort.
    PersonDialog(const core::Member &member, std::vector<std::string> otherEmails, QWidget *parent = nullptr);
    ~PersonDialog() override;

    core::Member member() const;

private:
    void check();

    const std::unique_ptr<Ui::PersonDialog> m_ui;
    core::Member m_original;
    std::vector<std::string> m_otherEmails;
};

} // namespace convener::gui
