// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/retroboardmodel.h"

#include "core/retro/retrorules.h"
#include "core/retro/retrotopic.h"
#include "models/retro/retroboarddocument.h"
#include "storage/conversions.h"

#include <algorithm>
#include <QMimeData>

namespace convener::models {

using core::RetroRules;
using storage::toQt;

namespace {

const QString kCardMime = QStringLiteral("application/x-convener-retro-cards");

// Index ids: 0 for a column; for a topic, the column's row + 1; for a card in
// a group, also the topic's row + 1 shifted up. Boards are far smaller than this.
constexpr quintptr kTopicShift = 16;

quintptr topicId(int columnRow)
{
    return static_cast<quintptr>(columnRow) + 1;
}

quintptr groupCardId(int columnRow, int topicRow)
{
    return (static_cast<quintptr>(topicRow + 1) << kTopicShift) | topicId(columnRow);
}

int columnRowOf(quintptr id)
{
    return static_cast<int>(id & ((quintptr{1} << kTopicShift) - 1)) - 1;
}

int topicRowOf(quintptr id)
{
    return static_cast<int>(id >> kTopicShift) - 1;
}

// Spelled out rather than "%n vote(s)": the app ships no English plural forms.
QString votesText(int votes)
{
    return votes == 1 ? RetroBoardModel::tr("1 vote") : RetroBoardModel::tr("%1 votes").arg(votes);
}

} // namespace

bool RetroBoardModel::ColumnLayout::operator==(const ColumnLayout &other) const
{
    return std::equal(topics.begin(), topics.end(), other.topics.begin(), other.topics.end(),
                      [](const Topic &a, const Topic &b) { return a.group == b.group && a.cards == b.cards; });
}

RetroBoardModel::RetroBoardModel(RetroBoardDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_layout(layoutOf(document->board()))
{
    connect(m_document, &RetroBoardDocument::snapshotAboutToChange, this, &RetroBoardModel::beginChange);
    connect(m_document, &RetroBoardDocument::snapshotChanged, this, &RetroBoardModel::endChange);
}

RetroBoardModel::~RetroBoardModel() = default;

void RetroBoardModel::beginChange(const core::RetroSnapshot &next, bool otherBoard)
{
    m_nextLayout = layoutOf(next.board);
    // Another board always resets; the same board keeps its indexes while its
    // shape stays, so that views keep their selection and what they expanded.
    m_resetting
        = otherBoard || m_nextLayout != m_layout || next.board.columns.size() != m_document->board().columns.size();
    if (m_resetting)
        beginResetModel();
}

void RetroBoardModel::endChange()
{
    m_layout = std::move(m_nextLayout);
    m_nextLayout.clear();
    if (m_resetting) {
        m_resetting = false;
        endResetModel();
        return;
    }
    if (m_layout.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (int c = 0; c < rowCount(); ++c) {
        const QModelIndex column = index(c, 0);
        const int topics = rowCount(column);
        if (topics == 0)
            continue;
        Q_EMIT dataChanged(index(0, 0, column), index(topics - 1, 0, column));
        for (int t = 0; t < topics; ++t) {
            const QModelIndex topic = index(t, 0, column);
            if (const int cards = rowCount(topic); cards > 0)
                Q_EMIT dataChanged(index(0, 0, topic), index(cards - 1, 0, topic));
        }
    }
}

std::vector<RetroBoardModel::ColumnLayout> RetroBoardModel::layoutOf(const core::RetroBoard &board)
{
    std::vector<ColumnLayout> layout;
    for (const auto &column : board.columns) {
        ColumnLayout c;
        for (const auto &topic : core::retroColumnTopics(board, column.id))
            c.topics.push_back({topic.group, topic.cards});
        layout.push_back(std::move(c));
    }
    return layout;
}

QModelIndex RetroBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr{0});
    if (parent.internalId() == 0)
        return createIndex(row, column, topicId(parent.row()));
    if (topicRowOf(parent.internalId()) < 0)
        return createIndex(row, column, groupCardId(columnRowOf(parent.internalId()), parent.row()));
    return {};
}

QModelIndex RetroBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int columnRow = columnRowOf(child.internalId());
    const int topicRow = topicRowOf(child.internalId());
    if (topicRow < 0)
        return createIndex(columnRow, 0, quintptr{0});
    return createIndex(topicRow, 0, topicId(columnRow));
}

int RetroBoardModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(m_layout.size());
    if (parent.internalId() == 0)
        return static_cast<int>(m_layout.at(static_cast<size_t>(parent.row())).topics.size());
    if (topicRowOf(parent.internalId()) < 0) {
        const auto &topic = m_layout.at(static_cast<size_t>(columnRowOf(parent.internalId())))
                                .topics.at(static_cast<size_t>(parent.row()));
        return topic.group != 0 ? static_cast<int>(topic.cards.size()) : 0;
    }
    return 0;
}

int RetroBoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const core::RetroCard *RetroBoardModel::cardAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const auto &column = m_layout.at(static_cast<size_t>(columnRowOf(index.internalId())));
    const int topicRow = topicRowOf(index.internalId());
    if (topicRow < 0) {
        const auto &topic = column.topics.at(static_cast<size_t>(index.row()));
        return topic.group == 0 ? m_document->board().card(topic.cards.front()) : nullptr;
    }
    return m_document->board().card(
        column.topics.at(static_cast<size_t>(topicRow)).cards.at(static_cast<size_t>(index.row())));
}

QString RetroBoardModel::cardText(const core::RetroCard &card) const
{
    const auto &state = m_document->board().state;
    if (!RetroRules::cardsVisible(state))
        return tr("Hidden card");
    QString text = toQt(card.text);
    if (state.anonymity == core::RetroAnonymity::Named && card.author)
        text += QStringLiteral("\n\u2014 ") + m_document->personName(card.author);
    if (RetroRules::talliesVisible(state))
        text += QLatin1Char('\n') + votesText(RetroRules::tally(m_document->board(), card.id));
    return text;
}

QVariant RetroBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &board = m_document->board();
    if (index.internalId() == 0) {
        const auto &column = board.columns.at(static_cast<size_t>(index.row()));
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case TextRole: return toQt(column.title);
        case Qt::ToolTipRole: return toQt(column.prompt);
        case KindRole: return static_cast<int>(Kind::Column);
        case ColumnIdRole: return QVariant::fromValue<qlonglong>(column.id);
        default: return {};
        }
    }
    if (const core::RetroCard *card = cardAt(index)) {
        switch (role) {
        case Qt::DisplayRole: return cardText(*card);
        case Qt::EditRole:
        case TextRole: return toQt(card->text);
        case Qt::ToolTipRole:
            return RetroRules::cardsVisible(board.state) ? toQt(card->text) : tr("Cards stay hidden until you reveal them.");
        case Qt::AccessibleTextRole: return cardText(*card).replace(QLatin1Char('\n'), QStringLiteral(", "));
        case KindRole: return static_cast<int>(Kind::Card);
        case ColumnIdRole: return QVariant::fromValue<qlonglong>(card->column);
        case GroupIdRole: return QVariant::fromValue<qlonglong>(card->group);
        case CardIdRole: return QVariant::fromValue<qlonglong>(card->id);
        case AuthorRole:
            return board.state.anonymity == core::RetroAnonymity::Named ? m_document->personName(card->author)
                                                                        : QString();
        case VotesRole:
            return RetroRules::talliesVisible(board.state) ? QVariant(RetroRules::tally(board, card->id)) : QVariant();
        default: return {};
        }
    }
    const auto &topic = m_layout.at(static_cast<size_t>(columnRowOf(index.internalId()))).topics.at(static_cast<size_t>(index.row()));
    const core::RetroGroup *group = board.group(topic.group);
    if (!group)
        return {};
    int votes = 0;
    for (auto id : topic.cards)
        votes += RetroRules::tally(board, id);
    const int count = static_cast<int>(topic.cards.size());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("Group: %1 (%2)").arg(toQt(group->title), count == 1 ? tr("1 card") : tr("%1 cards").arg(count));
        if (RetroRules::talliesVisible(board.state))
            text += QLatin1Char('\n') + votesText(votes);
        return text;
    }
    case Qt::AccessibleTextRole: return data(index, Qt::DisplayRole).toString().replace(QLatin1Char('\n'), QStringLiteral(", "));
    case Qt::EditRole:
    case TextRole: return toQt(group->title);
    case KindRole: return static_cast<int>(Kind::Group);
    case ColumnIdRole: return QVariant::fromValue<qlonglong>(group->column);
    case GroupIdRole: return QVariant::fromValue<qlonglong>(group->id);
    case CardIdRole: return QVariant::fromValue<qlonglong>(topic.cards.front());
    case VotesRole: return RetroRules::talliesVisible(board.state) ? QVariant(votes) : QVariant();
    default: return {};
    }
}

Qt::ItemFlags RetroBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled;
    if (index.internalId() == 0)
        return m_document->board().source == core::RetroTemplate::Custom ? f | Qt::ItemIsEditable : f;
    f |= Qt::ItemIsSelectable;
    const auto &state = m_document->board().state;
    const auto kind = static_cast<Kind>(data(index, KindRole).toInt());
    if (kind == Kind::Card) {
        f |= Qt::ItemNeverHasChildren;
        if (RetroRules::phaseAllows(state.phase, core::RetroEdit::EditCard) && RetroRules::cardsVisible(state))
            f |= Qt::ItemIsEditable;
        if (RetroRules::phaseAllows(state.phase, core::RetroEdit::GroupCards))
            f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    } else if (RetroRules::phaseAllows(state.phase, core::RetroEdit::RenameGroup)) {
        f |= Qt::ItemIsEditable | Qt::ItemIsDropEnabled;
    }
    return f;
}

bool RetroBoardModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto kind = static_cast<Kind>(data(index, KindRole).toInt());
    if (kind == Kind::Card)
        m_document->editCard(data(index, CardIdRole).toLongLong(), value.toString());
    else if (kind == Kind::Group)
        m_document->renameGroup(data(index, GroupIdRole).toLongLong(), value.toString());
    else if (kind == Kind::Column)
        m_document->renameColumn(data(index, ColumnIdRole).toLongLong(), value.toString());
    else
        return false;
    return true;
}

QStringList RetroBoardModel::mimeTypes() const
{
    return {kCardMime};
}

QMimeData *RetroBoardModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (static_cast<Kind>(data(index, KindRole).toInt()) == Kind::Card)
            ids << QString::number(data(index, CardIdRole).toLongLong());
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kCardMime, ids.join(QLatin1Char(',')).toUtf8());
    return mime;
}

bool RetroBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                      const QModelIndex &parent) const
{
    // Only a drop onto a card or a group means something: grouping.
    return data && data->hasFormat(kCardMime) && row < 0 && parent.isValid() && parent.internalId() != 0
        && RetroRules::phaseAllows(m_document->board().state.phase, core::RetroEdit::GroupCards);
}

bool RetroBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    std::vector<core::RetroCardId> dragged;
    const auto target = this->data(parent, CardIdRole).toLongLong();
    for (const QByteArray &id : data->data(kCardMime).split(',')) {
        if (id.toLongLong() != target)
            dragged.push_back(id.toLongLong());
    }
    if (dragged.empty())
        return false;
    m_document->groupCards(dragged, target);
    return true;
}

Qt::DropActions RetroBoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RetroBoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QModelIndex RetroBoardModel::columnIndex(core::RetroColumnId column) const
{
    const auto &columns = m_document->board().columns;
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].id == column)
            return index(static_cast<int>(i), 0);
    }
    return {};
}

QModelIndex RetroBoardModel::cardIndex(core::RetroCardId card) const
{
    for (size_t c = 0; c < m_layout.size(); ++c) {
        const auto &topics = m_layout[c].topics;
        for (size_t t = 0; t < topics.size(); ++t) {
            const auto &cards = topics[t].cards;
            const auto it = std::find(cards.begin(), cards.end(), card);
            if (it == cards.end())
                continue;
            const QModelIndex topic = index(static_cast<int>(t), 0, index(static_cast<int>(c), 0));
            if (topics[t].group == 0)
                return topic;
            return index(static_cast<int>(it - cards.begin()), 0, topic);
        }
    }
    return {};
}

} // namespace convener::models
