// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "models/rowledger.h"
#include "storage/roster/participantimporter.h"

#include <QAbstractTableModel>
#include <vector>

class QUndoStack;

namespace convener::storage {
class RosterRepository;
}

namespace convener::models {

// A participant file read and planned, not yet stored: its rows, how its
// columns are read and who would be added or skipped.
using ImportPreview = storage::ParticipantImporter::Preview;

// The members of one cohort as a table. The model is the only writer of the
// roster while the app runs: every change goes to the database first and only
// then to the rows, announced in begin/end pairs. Edits made through setData()
// are pushed to the undo stack as commands.
class RosterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterModel)

public:
    enum Column { NameColumn, EmailColumn, PronounsColumn, LocationColumn, TimeZoneColumn, RoleColumn, NotesColumn,
                  ColumnCount };
    enum DataRole { PersonIdRole = Qt::UserRole + 1, RoleKeyRole };

    RosterModel(storage::RosterRepository &roster, QUndoStack *undoStack, QObject *parent = nullptr);
    ~RosterModel() override;

    // Loads the members of a cohort (0: none). Clears the undo stack: history belongs to one cohort.
    bool setCohort(core::CohortId cohort);
    // Reads the cohort's members again (someone else changed them), keeping
    // the undo history, whose commands check that their people are unchanged.
    bool reload();
    core::CohortId cohort() const { return m_cohort; }
    // Reads and plans a registration-form CSV into this cohort; the rows it
    // gives are then added with addMembers, as one undoable import.
    storage::Result<ImportPreview> previewImport(const QString &path) const;
    // Plans the same file again with the columns read another way.
    storage::Result<ImportPreview> replanImport(const ImportPreview &preview, const core::ImportMapping &mapping) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const core::Member &member(int row) const { return m_members.at(static_cast<size_t>(row)); }
    const std::vector<core::Member> &members() const { return m_members; }
    int rowOf(core::PersonId id) const;

    // User-visible edits: each pushes one undoable command.
    void addMembers(const std::vector<core::Member> &members, const QString &description);
    void editMember(const core::Member &changed);
    void removeMembers(const std::vector<core::PersonId> &people);

    // What the undo commands call. Each writes to the database, then updates the
    // rows; on failure it emits storageFailed and leaves the rows as they were.
    std::vector<core::Member> insertNew(const std::vector<core::Member> &members, bool *ok);
    bool restore(const std::vector<core::Member> &members);
    // turn: the command's place among others' changes to the person (see
    // RowLedger), -1 before it first ran; updated when the change is stored.
    bool update(const core::Member &member, int &turn);
    bool remove(const std::vector<core::PersonId> &people);

Q_SIGNALS:
    void storageFailed(const QString &message);

private:
    bool load(core::CohortId cohort);
    void insertSorted(const core::Member &member);

    storage::RosterRepository &m_roster;
    QUndoStack *m_undoStack;
    RowLedger m_ledger;
    core::CohortId m_cohort = 0;
    std::vector<core::Member> m_members;
};

} // namespace convener::models
