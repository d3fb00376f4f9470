// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/practicelibrarymodel.h"

#include "core/program/builtinlibrary.h"
#include "core/program/programdurations.h"
#include "models/program/callstepsmodel.h"
#include "storage/conversions.h"

#include <QMimeData>

namespace convener::models {

using storage::toQt;

PracticeLibraryModel::PracticeLibraryModel(QObject *parent) : QAbstractListModel(parent)
{
    for (const auto &entry : core::BuiltinLibrary::entries()) {
        if (entry.kind != core::DocumentKind::Practice)
            continue;
        const auto loaded = core::BuiltinLibrary::load(entry.id);
        const auto *step = loaded.ok() ? std::get_if<core::Step>(&loaded.document->content) : nullptr;
        if (!step)
            continue;
        const QString text = QStringList{toQt(entry.id), toQt(step->title), toQt(step->instructions),
                                         toQt(step->facilitatorNotes)}.join(QLatin1Char(' '));
        m_all.push_back({toQt(entry.id), *step, text.toCaseFolded()});
    }
    for (size_t i = 0; i < m_all.size(); ++i)
        m_shown.push_back(i);
}

PracticeLibraryModel::~PracticeLibraryModel() = default;

void PracticeLibraryModel::setSearchText(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    const QStringList words = search.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    beginResetModel();
    m_shown.clear();
    for (size_t i = 0; i < m_all.size(); ++i) {
        bool all = true;
        for (const QString &word : words)
            all = all && m_all[i].searchable.contains(word);
        if (all)
            m_shown.push_back(i);
    }
    endResetModel();
}

QString PracticeLibraryModel::libraryId(int row) const
{
    return row >= 0 && row < rowCount() ? m_all[m_shown[static_cast<size_t>(row)]].id : QString();
}

int PracticeLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

QVariant PracticeLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Practice &p = m_all[m_shown[static_cast<size_t>(index.row())]];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(toQt(p.step.title), toQt(core::durationText(p.step.plannedDuration())));
    case Qt::ToolTipRole: return toQt(p.step.instructions);
    case LibraryIdRole: return p.id;
    default: return {};
    }
}

Qt::ItemFlags PracticeLibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PracticeLibraryModel::mimeTypes() const
{
    return {CallStepsModel::kPracticeMimeType};
}

QMimeData *PracticeLibraryModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const auto &index : indexes) {
        if (index.isValid())
            ids << data(index, LibraryIdRole).toString();
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(CallStepsModel::kPracticeMimeType, ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

Qt::DropActions PracticeLibraryModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace convener::models
