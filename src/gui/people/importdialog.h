// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/roster/rostermodel.h"

#include <memory>
#include <QDialog>

namespace Ui {
class ImportDialog;
}

namespace convener::gui {

// The preview of a participant import: what each column holds (changeable),
// who will be added and which rows will be skipped, with their line and reason.
// Nothing is stored until the person accepts; the caller then adds the people
// as one undoable step.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const models::RosterModel &people, models::ImportPreview preview, QWidget *parent = nullptr);
    ~ImportDialog() override;

    const models::ImportPreview &preview() const { return m_preview; }
    std::vector<core::Member> membersToAdd() const;

private:
    void fillMapping();
    void showPlan();
    void mappingChanged();

    const std::unique_ptr<Ui::ImportDialog> m_ui;
    const models::RosterModel &m_people;
    models::ImportPreview m_preview;
};

} // namespace convener::gui
