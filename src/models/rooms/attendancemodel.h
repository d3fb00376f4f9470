// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/attendance.h"
#include "core/roster/person.h"

#include <QAbstractTableModel>

#include <vector>

class QUndoStack;

namespace convener::models {

class RoomsDocument;

// Who is here for one call: every member of the cohort with their status and,
// for a late joiner, the local time they arrived. The status is set with
// setStatus (the quick toggles) or by editing the Status column; the arrival
// is edited in place. Each change is one undoable command that writes through
// the Rooms document; the model shows what the document announces.
class AttendanceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceModel)

public:
    enum Column { NameColumn, StatusColumn, ArrivedColumn, ColumnCount };
    enum DataRole { PersonIdRole = Qt::UserRole + 1, StatusRole };

    // Reads through the document (its repository and the call's time zone);
    // each change is pushed on undoStack as a command that writes through it.
    AttendanceModel(RoomsDocument &document, QUndoStack *undoStack, QObject *parent = nullptr);
    ~AttendanceModel() override;

    // Reads the call's attendance; false (storageFailed emitted) when it cannot.
    bool load(core::CohortId cohort, int callNumber);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const core::AttendanceMark &mark(int row) const { return m_rows.at(static_cast<size_t>(row)).mark; }
    int rowOf(core::PersonId person) const;
    int count(core::AttendanceStatus status) const;
    static QString statusText(core::AttendanceStatus status);

    // The quick toggles. Late takes the current local time when no arrival is known yet.
    void setStatus(int row, core::AttendanceStatus status);
    // Changes a late joiner's arrival ("HH:MM"); a malformed time is refused with a message.
    bool setArrival(int row, const QString &arrivedAt);

Q_SIGNALS:
    void storageFailed(const QString &message);
    // Someone's attendance changed (the plan may want re-planning).
    void attendanceChanged();

private:
    struct Row
    {
        QString name;
        core::Role role = core::Role::Participant;
        core::AttendanceMark mark;
    };
    void change(int row, core::AttendanceMark after);
    // The document saved a mark of the call shown.
    void showMark(const core::AttendanceMark &mark);

    RoomsDocument &m_document;
    QUndoStack *m_undoStack;
    core::CohortId m_cohort = 0;
    int m_call = 0;
    std::vector<Row> m_rows;
};

} // namespace convener::models
