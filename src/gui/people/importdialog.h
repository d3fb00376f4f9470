// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/roster/participantimporter.h"

#include <QDialog>

#include <memory>

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
    ImportDialog(const storage::ParticipantImporter &importer, storage::ParticipantImporter::Preview preview,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    const storage::ParticipantImporter::Preview &preview() const { return m_preview; }
    std::vector<core::Member> membersToAdd() const;

private:
    void fillMapping();
    void showPlan();
    void mappingChanged();

    const std::unique_ptr<Ui::ImportDialog> m_ui;
    const storage::ParticipantImporter &m_importer;
    storage::ParticipantImporter::Preview m_preview;
};

} // namespace convener::gui
