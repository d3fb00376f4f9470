// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/journal/journalentrymodel.h"

#include "models/journal/journalsession.h"
#include "models/journal/journalvault.h"
#include "storage/conversions.h"

#include <QDateTime>

#include <algorithm>

namespace convener::models {

JournalEntryModel::JournalEntryModel(JournalVault &vault, QObject *parent) : QAbstractTableModel(parent), m_vault(vault)
{
    connect(&m_vault, &JournalVault::stateChanged, this, &JournalEntryModel::resetRows);
    connect(&m_vault, &JournalVault::sessionStarted, this, [this] { followSession(m_vault.session()); });
    resetRows();
}

JournalEntryModel::~JournalEntryModel() = default;

void JournalEntryModel::resetRows()
{
    beginResetModel();
    if (const JournalSession *session = m_vault.session())
        m_rows = session->entries();
    else
        m_rows = m_vault.lockedEntries();
    endResetModel();
}

void JournalEntryModel::followSession(JournalSession *session)
{
    if (!session)
        return;
    connect(session, &JournalSession::entryAboutToBeInserted, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(session, &JournalSession::entryInserted, this, [this, session](int row) {
        m_rows.insert(m_rows.begin() + row, session->entries().at(static_cast<size_t>(row)));
        endInsertRows();
    });
    connect(session, &JournalSession::entryAboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(session, &JournalSession::entryRemoved, this, [this](int row) {
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    });
    connect(session, &JournalSession::entryChanged, this, [this, session](int row) {
        m_rows[static_cast<size_t>(row)] = session->entries().at(static_cast<size_t>(row));
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int JournalEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JournalEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CallColumn: return e.callNumber ? tr("Call %1").arg(*e.callNumber) : tr("Other");
        case TitleColumn: return e.title.isEmpty() ? tr("Untitled entry") : e.title;
        case WrittenColumn: {
            const QDateTime written = QDateTime::fromString(e.createdAt, Qt::ISODateWithMs);
            return written.isValid() ? QLocale().toString(written.toLocalTime().date(), QLocale::ShortFormat)
                                     : QVariant();
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && e.titleOpen)
            return tr("This title stays readable while the journal is locked.");
        if (index.column() == CallColumn && !e.stepTitle.isEmpty())
            return e.stepTitle;
        return {};
    case EntryIdRole: return storage::toQt(e.entryId);
    case CallNumberRole: return e.callNumber ? QVariant(*e.callNumber) : QVariant();
    case TitleOpenRole: return e.titleOpen;
    default: return {};
    }
}

QVariant JournalEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CallColumn: return tr("Call");
    case TitleColumn: return tr("Title");
    case WrittenColumn: return tr("Written");
    default: return {};
    }
}

Qt::ItemFlags JournalEntryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

int JournalEntryModel::rowOf(const std::string &entryId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const JournalEntry &e) { return e.entryId == entryId; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

} // namespace convener::models
