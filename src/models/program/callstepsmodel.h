// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programproblem.h"
#include "models/program/callfit.h"
#include "models/program/stepfield.h"
#include "models/rowledger.h"
#include "storage/program/programrepository.h"

#include <functional>
#include <memory>
#include <QAbstractTableModel>
#include <vector>

class QUndoCommand;
class QUndoStack;

namespace convener::models {

// The steps of one call of the current cohort, in order, as the agenda editor
// shows them: when each starts (from the call's planned start), how long it
// takes and how far it can shrink, where it happens, who leads it, and what
// validation finds wrong with it.
//
// The user-visible edits push one undo command each; the apply* calls are what
// those commands run. Each saves the whole call through the repository first
// and changes the model only once that worked: a failed save emits
// storageFailed and leaves both the database and the screen as they were.
class CallStepsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallStepsModel)

public:
    // The title comes first so that column 0 names the step; views show the
    // start time before it.
    enum Column { TitleColumn, StartColumn, DurationColumn, MinimumColumn, SpaceColumn, LeadColumn, TechnicalColumn,
                  ProblemsColumn, ColumnCount };
    enum DataRole {
        StepIdRole = Qt::UserRole + 1,
        StartOffsetRole,                                      // seconds from the call's start
        ProblemsRole,                                         // QStringList, errors first
        HasErrorRole,
    };

    // Which call of which cohort an undo command changes; commands keep it so
    // that undo after switching calls changes the right one. turn is the
    // command's place among others' changes to the call (RowLedger): -1 until
    // it has run, then updated each time it runs.
    struct CallRef
    {
        core::CohortId cohort = 0;
        int number = 0;
        int turn = -1;
        bool operator==(const CallRef &other) const { return cohort == other.cohort && number == other.number; }
    };

    static const QString kStepsMimeType;                      // rows dragged within the list
    static const QString kPracticeMimeType;                   // library ids, one per line

    CallStepsModel(storage::Database &database, QUndoStack *undoStack, QObject *parent = nullptr);
    ~CallStepsModel() override;

    // Loads the cohort's calls and shows the first (0: none).
    bool setCohort(core::CohortId cohort);
    // Reads the cohort's calls again (someone else changed them), keeping the
    // call on screen.
    bool reload();
    bool showCall(int number);
    core::CohortId cohort() const { return m_cohort; }
    const std::vector<storage::CohortCall> &calls() const { return m_calls; }
    bool hasCall() const { return m_shown >= 0; }
    int callNumber() const;
    CallRef callRef() const { return {m_cohort, callNumber()}; }
    // The call on screen; an empty call when there is none.
    const core::ProgramCall &call() const;
    const core::Step &step(int row) const;
    int rowOfStep(const std::string &stepId) const;

    // "18:05" when the call has a planned start, else "0:05" from its start.
    QString startText(int row) const;
    QString callStartText() const;
    CallFit fit() const { return fitCall(call()); }
    const std::vector<core::ProgramProblem> &problems(int row) const;
    // Problems of the call itself (its length, or steps taken together).
    const std::vector<core::ProgramProblem> &callProblems() const { return m_callProblems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // User-visible edits: each pushes one undoable command, or returns false
    // (after reporting why) when there is nothing it could do.
    bool insertSteps(int row, std::vector<core::Step> steps, const QString &text);
    bool insertPractice(int row, const QString &libraryId);
    bool removeStep(int row);
    // to: the step's place once moved.
    bool moveStep(int from, int to);
    bool duplicateStep(int row);
    bool changeStep(int row, StepField field, const QVariant &value, int phase = -1);
    // Takes over the steps and length of a call a co-host sent, keeping this
    // call's planned start.
    bool replaceSteps(const core::ProgramCall &from);

    // Files: each returns what went wrong, or an empty string.
    QString saveCallFile(const QString &path) const;
    QString saveStepFile(int row, const QString &path) const;
    // A practice file is inserted at row; a call file replaces the call's
    // steps. messages gets the file's problems, warnings included.
    bool openFile(const QString &path, int row, QStringList &messages);

    // What the undo commands run.
    bool applyInsert(CallRef &ref, int row, const std::vector<core::Step> &steps);
    bool applyRemove(CallRef &ref, int row, int count);
    bool applyMove(CallRef &ref, int from, int to);
    bool applyReplace(CallRef &ref, int row, const core::Step &step);
    bool applyCall(CallRef &ref, const core::ProgramCall &call);

    // Step ids made unique within the shown call (and among themselves).
    std::vector<core::Step> withFreshIds(std::vector<core::Step> steps) const;

    QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    // The list of calls changed (another cohort, or a call's title).
    void callsChanged();
    // Anything about the call on screen changed, or another call is shown.
    void callChanged();
    void storageFailed(const QString &message);
    // An edit that cannot be made; the message says why.
    void refused(const QString &message);

private:
    enum class Shape { Insert, Remove, Move, Row, Reset };
    bool apply(CallRef &ref, const std::function<void(core::ProgramCall &)> &edit, Shape shape, int row, int count,
        int to = 0);
    void recompute();
    static RowLedger::Key keyOf(const CallRef &ref);
    // Pushes an edit's command and says whether the edit was stored (a refused
    // one leaves nothing on the stack).
    bool push(QUndoCommand *command);
    // A save refused because someone else changed the call: says so and shows theirs.
    void refuseChangedElsewhere(const storage::Error &error);
    bool validRow(int row) const { return row >= 0 && row < rowCount(); }

    std::unique_ptr<storage::ProgramRepository> m_programs;
    QUndoStack *m_undoStack;
    core::CohortId m_cohort = 0;
    std::vector<storage::CohortCall> m_calls;
    int m_shown = -1;                                         // index into m_calls
    RowLedger m_ledger;
    bool m_applied = false; // whether the last command's change was stored
    std::vector<core::Seconds> m_offsets;
    std::vector<std::vector<core::ProgramProblem>> m_problems;
    std::vector<core::ProgramProblem> m_callProblems;
};

} // namespace convener::models
