// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/roster/rostermodel.h"

#include "models/roster/addmembers.h"
#include "models/roster/editmember.h"
#include "models/roster/removemembers.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/roster/rosterrepository.h"

#include <algorithm>
#include <QUndoStack>

namespace convener::models {

using storage::toQt;
using storage::toStd;

namespace {

QString roleLabel(core::Role role)
{
    switch (role) {
    case core::Role::Participant: return RosterModel::tr("Participant");
    case core::Role::Host: return RosterModel::tr("Host");
    case core::Role::CoHost: return RosterModel::tr("Co-host");
    }
    return {};
}

std::string *textField(core::Member &m, int column)
{
    switch (column) {
    case RosterModel::NameColumn: return &m.person.displayName;
    case RosterModel::EmailColumn: return &m.person.email;
    case RosterModel::PronounsColumn: return &m.person.pronouns;
    case RosterModel::LocationColumn: return &m.person.location;
    case RosterModel::TimeZoneColumn: return &m.person.timeZone;
    case RosterModel::NotesColumn: return &m.person.notes;
    default: return nullptr;
    }
}

bool sortsBefore(const core::Member &a, const core::Member &b)
{
    const int c = QString::compare(toQt(a.person.displayName), toQt(b.person.displayName), Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a.person.id < b.person.id;
}

} // namespace

RosterModel::RosterModel(storage::RosterRepository &roster, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_roster(roster), m_undoStack(undoStack)
{
}

RosterModel::~RosterModel() = default;

namespace {

RowLedger::Key personKey(core::PersonId person)
{
    return { storage::Table::People, QString::number(person) };
}

} // namespace

bool RosterModel::setCohort(core::CohortId cohort)
{
    if (!load(cohort))
        return false;
    if (m_undoStack)
        m_undoStack->clear();
    return true;
}

bool RosterModel::reload()
{
    return load(m_cohort);
}

bool RosterModel::load(core::CohortId cohort)
{
    std::vector<core::Member> loaded;
    if (cohort != 0) {
        auto result = m_roster.members(cohort);
        if (!result) {
            Q_EMIT storageFailed(describe(result.error()));
            return false;
        }
        loaded = std::move(result).value();
        std::sort(loaded.begin(), loaded.end(), sortsBefore);
        const auto stamps = m_roster.memberStamps(cohort);
        if (!stamps) {
            Q_EMIT storageFailed(describe(stamps.error()));
            return false;
        }
        for (const auto &[person, stamp] : stamps.value())
            m_ledger.seen(personKey(person), stamp);
    }
    beginResetModel();
    m_cohort = cohort;
    m_members = std::move(loaded);
    endResetModel();
    return true;
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Member &m = member(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == RoleColumn)
            return role == Qt::EditRole ? toQt(core::roleKey(m.role)) : roleLabel(m.role);
        if (index.column() == NotesColumn && role == Qt::DisplayRole)
            return toQt(m.person.notes).simplified();
        if (auto *field = textField(const_cast<core::Member &>(m), index.column()))
            return toQt(*field);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NotesColumn && !m.person.notes.empty())
            return toQt(m.person.notes);
        if (index.column() == EmailColumn && m.person.email.empty())
            return tr("No email: this person will not be in room pre-assignment files.");
        return {};
    case PersonIdRole:
        return QVariant::fromValue<qlonglong>(m.person.id);
    case RoleKeyRole:
        return toQt(core::roleKey(m.role));
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case PronounsColumn: return tr("Pronouns");
    case LocationColumn: return tr("Location");
    case TimeZoneColumn: return tr("Time zone");
    case RoleColumn: return tr("Role");
    case NotesColumn: return tr("Notes");
    default: return {};
    }
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool RosterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    core::Member changed = member(index.row());
    if (index.column() == RoleColumn) {
        const auto parsed = core::roleFromKey(toStd(value.toString()));
        if (!parsed)
            return false;
        changed.role = *parsed;
    } else if (auto *field = textField(changed, index.column())) {
        *field = index.column() == NotesColumn ? toStd(value.toString()) : core::trimmed(toStd(value.toString()));
    } else {
        return false;
    }
    if (index.column() == NameColumn && changed.person.displayName.empty()) {
        Q_EMIT storageFailed(tr("A person needs a name."));
        return false;
    }
    if (changed == member(index.row()))
        return true;
    editMember(changed);
    return true;
}

int RosterModel::rowOf(core::PersonId id) const
{
    const auto it = std::find_if(m_members.begin(), m_members.end(),
                                 [id](const core::Member &m) { return m.person.id == id; });
    return it == m_members.end() ? -1 : static_cast<int>(it - m_members.begin());
}

void RosterModel::addMembers(const std::vector<core::Member> &members, const QString &description)
{
    if (!members.empty())
        m_undoStack->push(new AddMembers(this, members, description));
}

void RosterModel::editMember(const core::Member &changed)
{
    const int row = rowOf(changed.person.id);
    if (row < 0 || member(row) == changed)
        return;
    m_undoStack->push(new EditMember(this, member(row), changed));
}

void RosterModel::removeMembers(const std::vector<core::PersonId> &people)
{
    std::vector<core::Member> removed;
    for (core::PersonId id : people) {
        if (const int row = rowOf(id); row >= 0)
            removed.push_back(member(row));
    }
    if (!removed.empty())
        m_undoStack->push(new RemoveMembers(this, removed));
}

std::vector<core::Member> RosterModel::insertNew(const std::vector<core::Member> &members, bool *ok)
{
    auto stored = m_roster.addMembers(m_cohort, members);
    *ok = stored.ok();
    if (!stored) {
        Q_EMIT storageFailed(describe(stored.error()));
        return {};
    }
    for (const auto &m : stored.value())
        insertSorted(m);
    return std::move(stored).value();
}

bool RosterModel::restore(const std::vector<core::Member> &members)
{
    const auto status = m_roster.restoreMembers(m_cohort, members);
    if (!status) {
        Q_EMIT storageFailed(describe(status.error()));
        return false;
    }
    for (const auto &m : members)
        insertSorted(m);
    return true;
}

bool RosterModel::update(const core::Member &changed, int &turn)
{
    const int row = rowOf(changed.person.id);
    if (row < 0)
        return false;
    const RowLedger::Key key = personKey(changed.person.id);
    if (auto refusal = m_ledger.refusal(key, turn)) {
        Q_EMIT storageFailed(describe(refusal->withId(changed.person.id)));
        return false;
    }
    const auto saved = m_roster.editMember(m_cohort, changed, m_ledger.version(key));
    if (!saved) {
        Q_EMIT storageFailed(describe(saved.error()));
        // Someone else's version of the person is what the list shows now.
        if (saved.error().problem == storage::Problem::ChangedElsewhere)
            reload();
        return false;
    }
    m_ledger.wrote(key, saved.value());
    turn = m_ledger.turn(key);
    m_members[static_cast<size_t>(row)] = changed;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));

    // A new name can change where the row belongs; move it so the rows stay in name order.
    auto rest = m_members;
    rest.erase(rest.begin() + row);
    const int target = static_cast<int>(std::upper_bound(rest.begin(), rest.end(), changed, sortsBefore) - rest.begin());
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_members = std::move(rest);
        m_members.insert(m_members.begin() + target, changed);
        endMoveRows();
    }
    return true;
}

bool RosterModel::remove(const std::vector<core::PersonId> &people)
{
    const auto status = m_roster.removeMembers(m_cohort, people);
    if (!status) {
        Q_EMIT storageFailed(describe(status.error()));
        return false;
    }
    for (core::PersonId id : people) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_members.erase(m_members.begin() + row);
        endRemoveRows();
    }
    return true;
}

void RosterModel::insertSorted(const core::Member &m)
{
    const auto it = std::upper_bound(m_members.begin(), m_members.end(), m, sortsBefore);
    const int row = static_cast<int>(it - m_members.begin());
    beginInsertRows({}, row, row);
    m_members.insert(it, m);
    endInsertRows();
}

storage::Result<ImportPreview> RosterModel::previewImport(const QString &path) const
{
    return storage::ParticipantImporter(m_roster, m_cohort).preview(path);
}

storage::Result<ImportPreview> RosterModel::replanImport(
    const ImportPreview &preview, const core::ImportMapping &mapping) const
{
    return storage::ParticipantImporter(m_roster, m_cohort).replan(preview, mapping);
}

} // namespace convener::models
