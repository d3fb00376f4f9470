// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/attendancemodel.h"

#include "models/rooms/changeattendance.h"
#include "models/rooms/roomsdocument.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"

#include <algorithm>
#include <map>
#include <QUndoStack>

namespace convener::models {

AttendanceModel::AttendanceModel(RoomsDocument &document, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    connect(&document, &RoomsDocument::attendanceMarked, this, &AttendanceModel::showMark);
}

AttendanceModel::~AttendanceModel() = default;

QString AttendanceModel::statusText(core::AttendanceStatus status)
{
    switch (status) {
    case core::AttendanceStatus::Present:
        return tr("Present");
    case core::AttendanceStatus::Absent:
        return tr("Absent");
    case core::AttendanceStatus::Late:
        return tr("Late");
    }
    return {};
}

bool AttendanceModel::load(core::CohortId cohort, int callNumber)
{
    const auto marks = m_document.repository().attendance(cohort, callNumber);
    const auto members = storage::RosterRepository(m_document.database()).members(cohort);
    if (!marks || !members) {
        Q_EMIT storageFailed(!marks ? describe(marks.error()) : describe(members.error()));
        return false;
    }
    m_document.noteAttendanceRead(cohort, callNumber, marks.value());
    std::map<core::PersonId, const core::Member *> byId;
    for (const auto &m : members.value())
        byId.emplace(m.person.id, &m);
    beginResetModel();
    m_cohort = cohort;
    m_call = callNumber;
    m_rows.clear();
    for (const auto &mark : marks.value()) {
        Row row;
        row.mark = mark;
        if (const auto it = byId.find(mark.person); it != byId.end()) {
            row.name = storage::toQt(it->second->person.displayName);
            row.role = it->second->role;
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
    return true;
}

void AttendanceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_cohort = 0;
    m_call = 0;
    endResetModel();
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AttendanceModel::rowOf(core::PersonId person) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [person](const Row &r) { return r.mark.person == person; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int AttendanceModel::count(core::AttendanceStatus status) const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [status](const Row &r) { return r.mark.status == status; }));
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    if (role == PersonIdRole)
        return QVariant::fromValue<qint64>(row.mark.person);
    if (role == StatusRole)
        return static_cast<int>(row.mark.status);
    const bool late = row.mark.status == core::AttendanceStatus::Late;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            if (row.role == core::Role::Participant || role == Qt::EditRole)
                return row.name;
            return tr("%1 (%2)").arg(row.name, row.role == core::Role::Host ? tr("host") : tr("co-host"));
        case StatusColumn:
            return statusText(row.mark.status);
        case ArrivedColumn:
            if (!late)
                return QString();
            if (row.mark.arrivedAt.empty() && role == Qt::DisplayRole)
                return tr("time not known");
            return storage::toQt(row.mark.arrivedAt);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ArrivedColumn && late)
        return tr("The local time they arrived, like 18:20. They join the rounds that start after it.");
    return {};
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ArrivedColumn:
        return tr("Arrived");
    default:
        return {};
    }
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ArrivedColumn && m_rows[static_cast<size_t>(index.row())].mark.status == core::AttendanceStatus::Late)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == ArrivedColumn)
        return setArrival(index.row(), value.toString());
    if (index.column() == StatusColumn && role == Qt::EditRole) {
        const int status = value.toInt();
        if (status < 0 || status > static_cast<int>(core::AttendanceStatus::Late))
            return false;
        setStatus(index.row(), static_cast<core::AttendanceStatus>(status));
        return true;
    }
    return false;
}

void AttendanceModel::setStatus(int row, core::AttendanceStatus status)
{
    if (row < 0 || row >= rowCount())
        return;
    core::AttendanceMark after = m_rows[static_cast<size_t>(row)].mark;
    if (after.status == status)
        return;
    after.status = status;
    if (status == core::AttendanceStatus::Late && after.arrivedAt.empty())
        after.arrivedAt = storage::toStd(m_document.localTimeNow());
    if (status != core::AttendanceStatus::Late)
        after.arrivedAt.clear();
    change(row, std::move(after));
}

bool AttendanceModel::setArrival(int row, const QString &arrivedAt)
{
    if (row < 0 || row >= rowCount())
        return false;
    const Row &current = m_rows[static_cast<size_t>(row)];
    const std::string time = storage::toStd(arrivedAt.trimmed());
    if (!time.empty() && !core::minuteOfDay(time)) {
        Q_EMIT storageFailed(tr("'%1' is not a time like 18:20, so %2's arrival was not changed.").arg(arrivedAt, current.name));
        return false;
    }
    core::AttendanceMark after = current.mark;
    after.status = core::AttendanceStatus::Late;
    after.arrivedAt = time;
    if (after == current.mark)
        return true;
    change(row, std::move(after));
    return true;
}

void AttendanceModel::change(int row, core::AttendanceMark after)
{
    const Row &current = m_rows[static_cast<size_t>(row)];
    const QString text = after.status == core::AttendanceStatus::Late && current.mark.status == core::AttendanceStatus::Late
                             ? tr("Change when %1 arrived").arg(current.name)
                             : tr("Mark %1 %2").arg(current.name, statusText(after.status).toLower());
    m_undoStack->push(new ChangeAttendance(&m_document, m_cohort, m_call, current.mark, std::move(after), text));
}

void AttendanceModel::showMark(const core::AttendanceMark &mark)
{
    const int row = rowOf(mark.person);
    if (row >= 0) {
        m_rows[static_cast<size_t>(row)].mark = mark;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    Q_EMIT attendanceChanged();
}

} // namespace convener::models
