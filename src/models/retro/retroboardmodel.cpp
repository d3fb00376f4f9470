// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/retroboardmodel.h"

#include "core/retro/retrorules.h"
#include "core/retro/retrotopic.h"
#include "models/retro/addcard.h"
#include "models/retro/castvote.h"
#include "models/retro/changeretrophase.h"
#include "models/retro/changeretrosettings.h"
#include "models/retro/createretroboard.h"
#include "models/retro/editcard.h"
#include "models/retro/groupcards.h"
#include "models/retro/removecard.h"
#include "models/retro/renamecolumn.h"
#include "models/retro/renamegroup.h"
#include "models/retro/retractvote.h"
#include "models/retro/retrorefusal.h"
#include "models/retro/revealcards.h"
#include "models/retro/ungroupcard.h"
#include "models/storageerror.h"
#include "storage/conversions.h"

#include <algorithm>
#include <QMimeData>
#include <QUndoStack>

namespace convener::models {

using core::RetroRules;
using storage::toQt;
using storage::toStd;

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

RetroBoardModel::RetroBoardModel(storage::RetroRepository &retro, QUndoStack *undoStack, QObject *parent)
    : QAbstractItemModel(parent), m_retro(retro), m_undoStack(undoStack)
{
}

RetroBoardModel::~RetroBoardModel() = default;

bool RetroBoardModel::setCohort(core::CohortId cohort)
{
    m_cohort = cohort;
    int call = 0;
    if (cohort != 0) {
        const auto calls = m_retro.boardCalls(cohort);
        if (!calls) {
            Q_EMIT storageFailed(describe(calls.error()));
            return false;
        }
        const auto &list = calls.value();
        call = std::find(list.begin(), list.end(), 4) != list.end() ? 4 : (list.empty() ? 4 : list.back());
    }
    return loadCall(call);
}

bool RetroBoardModel::showCall(int callNumber)
{
    if (callNumber == m_call && m_cohort != 0)
        return true;
    return loadCall(callNumber);
}

bool RetroBoardModel::loadCall(int callNumber)
{
    core::RetroSnapshot snapshot;
    std::vector<int> calls;
    if (m_cohort != 0) {
        const auto found = m_retro.findBoard(m_cohort, callNumber);
        const auto list = m_retro.boardCalls(m_cohort);
        if (!found || !list) {
            Q_EMIT storageFailed(!found ? describe(found.error()) : describe(list.error()));
            return false;
        }
        calls = list.value();
        if (found.value()) {
            auto loaded = m_retro.snapshot(found.value()->id);
            if (!loaded) {
                Q_EMIT storageFailed(describe(loaded.error()));
                return false;
            }
            snapshot = std::move(loaded).value();
        }
    }
    m_calls = std::move(calls);
    beginResetModel();
    m_call = callNumber;
    m_snapshot = std::move(snapshot);
    m_layout = layoutOf(m_snapshot.board);
    endResetModel();
    Q_EMIT boardChanged();
    Q_EMIT actionsChanged();
    return true;
}

bool RetroBoardModel::reload(core::RetroBoardId board)
{
    if (board != m_snapshot.board.id) {
        // The change was made on another board (undo after switching calls):
        // show that board, so the host sees what changed.
        const auto other = m_retro.board(board);
        if (!other)
            return loadCall(m_call);
        if (other.value().cohort != m_cohort)
            return true;
        return loadCall(other.value().callNumber);
    }
    auto loaded = m_retro.snapshot(board);
    if (!loaded) {
        Q_EMIT storageFailed(describe(loaded.error()));
        return false;
    }
    setSnapshot(std::move(loaded).value(), m_call);
    return true;
}

void RetroBoardModel::setSnapshot(core::RetroSnapshot snapshot, int callNumber)
{
    auto layout = layoutOf(snapshot.board);
    const bool sameShape = layout == m_layout && snapshot.board.columns.size() == m_snapshot.board.columns.size();
    if (!sameShape)
        beginResetModel();
    m_call = callNumber;
    m_snapshot = std::move(snapshot);
    m_layout = std::move(layout);
    if (!sameShape) {
        endResetModel();
    } else if (!m_layout.empty()) {
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
    Q_EMIT boardChanged();
}

std::vector<RetroBoardModel::ColumnLayout> RetroBoardModel::layoutOf(const core::RetroBoard &board) const
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

QString RetroBoardModel::personName(std::optional<core::PersonId> person) const
{
    if (!person)
        return {};
    const auto it = m_snapshot.names.find(*person);
    if (it != m_snapshot.names.end())
        return toQt(it->second);
    return m_nameLookup ? m_nameLookup(*person) : QString();
}

void RetroBoardModel::setNameLookup(std::function<QString(core::PersonId)> lookup)
{
    m_nameLookup = std::move(lookup);
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
        return topic.group == 0 ? m_snapshot.board.card(topic.cards.front()) : nullptr;
    }
    return m_snapshot.board.card(column.topics.at(static_cast<size_t>(topicRow)).cards.at(static_cast<size_t>(index.row())));
}

QString RetroBoardModel::cardText(const core::RetroCard &card) const
{
    const auto &state = m_snapshot.board.state;
    if (!RetroRules::cardsVisible(state))
        return tr("Hidden card");
    QString text = toQt(card.text);
    if (state.anonymity == core::RetroAnonymity::Named && card.author)
        text += QStringLiteral("\n\u2014 ") + personName(card.author);
    if (RetroRules::talliesVisible(state))
        text += QLatin1Char('\n') + votesText(RetroRules::tally(m_snapshot.board, card.id));
    return text;
}

QVariant RetroBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &board = m_snapshot.board;
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
            return board.state.anonymity == core::RetroAnonymity::Named ? personName(card->author) : QString();
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
        return m_snapshot.board.source == core::RetroTemplate::Custom ? f | Qt::ItemIsEditable : f;
    f |= Qt::ItemIsSelectable;
    const auto &state = m_snapshot.board.state;
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
        editCard(data(index, CardIdRole).toLongLong(), value.toString());
    else if (kind == Kind::Group)
        renameGroup(data(index, GroupIdRole).toLongLong(), value.toString());
    else if (kind == Kind::Column)
        renameColumn(data(index, ColumnIdRole).toLongLong(), value.toString());
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
           && RetroRules::phaseAllows(m_snapshot.board.state.phase, core::RetroEdit::GroupCards);
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
    groupCards(dragged, target);
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
    const auto &columns = m_snapshot.board.columns;
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

bool RetroBoardModel::check(const core::RetroVerdict &verdict)
{
    if (!verdict)
        return true;
    Q_EMIT refused(describe(*verdict));
    return false;
}

bool RetroBoardModel::report(const storage::Status &status)
{
    if (!status)
        Q_EMIT storageFailed(describe(status.error()));
    return status.ok();
}

void RetroBoardModel::createBoard(int callNumber, core::RetroTemplate source,
                                  const std::vector<core::RetroColumnSpec> &columns)
{
    if (m_cohort == 0)
        return;
    m_undoStack->push(new CreateRetroBoard(this, callNumber, source, columns));
}

void RetroBoardModel::addCard(core::RetroColumnId column, std::optional<core::PersonId> author, const QString &text)
{
    if (!hasBoard() || !check(RetroRules::checkEdit(board().state, core::RetroEdit::AddCard))
        || !check(RetroRules::checkCardText(toStd(text.trimmed()))))
        return;
    if (board().state.anonymity == core::RetroAnonymity::Anonymous)
        author.reset();
    m_undoStack->push(new AddCard(this, board().id, column, author, toStd(text.trimmed())));
}

void RetroBoardModel::editCard(core::RetroCardId card, const QString &text)
{
    const core::RetroCard *c = board().card(card);
    if (!c || !check(RetroRules::checkEdit(board().state, core::RetroEdit::EditCard))
        || !check(RetroRules::checkCardText(toStd(text.trimmed()))) || c->text == toStd(text.trimmed()))
        return;
    m_undoStack->push(new EditCard(this, board().id, card, c->text, toStd(text.trimmed())));
}

void RetroBoardModel::removeCard(core::RetroCardId card)
{
    if (!board().card(card) || !check(RetroRules::checkEdit(board().state, core::RetroEdit::RemoveCard)))
        return;
    m_undoStack->push(new RemoveCard(this, board(), card));
}

void RetroBoardModel::groupCards(const std::vector<core::RetroCardId> &dragged, core::RetroCardId target)
{
    for (auto card : dragged) {
        if (!check(RetroRules::checkGroupCards(board(), card, target)))
            return;
    }
    if (dragged.size() == 1) {
        m_undoStack->push(new GroupCards(this, board(), dragged.front(), target));
        return;
    }
    m_undoStack->beginMacro(tr("Group %n cards", nullptr, static_cast<int>(dragged.size()) + 1));
    for (auto card : dragged)
        m_undoStack->push(new GroupCards(this, board(), card, target));
    m_undoStack->endMacro();
}

void RetroBoardModel::ungroupCard(core::RetroCardId card)
{
    const core::RetroCard *c = board().card(card);
    if (!c || !check(RetroRules::checkEdit(board().state, core::RetroEdit::UngroupCard)))
        return;
    if (c->group == 0) {
        Q_EMIT refused(tr("That card is not in a group."));
        return;
    }
    m_undoStack->push(new UngroupCard(this, board(), card));
}

void RetroBoardModel::renameGroup(core::RetroGroupId group, const QString &title)
{
    const core::RetroGroup *g = board().group(group);
    if (!g || !check(RetroRules::checkEdit(board().state, core::RetroEdit::RenameGroup)))
        return;
    if (title.trimmed().isEmpty()) {
        Q_EMIT refused(tr("A group needs a title."));
        return;
    }
    if (toStd(title.trimmed()) != g->title)
        m_undoStack->push(new RenameGroup(this, board().id, group, g->title, toStd(title.trimmed())));
}

void RetroBoardModel::renameColumn(core::RetroColumnId column, const QString &title)
{
    const core::RetroColumn *c = hasBoard() ? board().column(column) : nullptr;
    if (!c)
        return;
    if (board().source != core::RetroTemplate::Custom) {
        Q_EMIT refused(tr("Only a board with custom columns can rename them; this board follows a template."));
        return;
    }
    const QString wanted = title.trimmed();
    if (wanted.isEmpty()) {
        Q_EMIT refused(tr("A column needs a title."));
        return;
    }
    for (const core::RetroColumn &other : board().columns) {
        if (other.id != column && toQt(other.title).compare(wanted, Qt::CaseInsensitive) == 0) {
            Q_EMIT refused(tr("The board already has a column \"%1\"; give each column its own title.").arg(toQt(other.title)));
            return;
        }
    }
    if (toStd(wanted) != c->title)
        m_undoStack->push(new RenameColumn(this, board().id, column, c->title, toStd(wanted)));
}

void RetroBoardModel::castVote(core::PersonId person, core::RetroCardId card)
{
    if (hasBoard() && check(RetroRules::checkCastVote(board(), person, card)))
        m_undoStack->push(new CastVote(this, board().id, person, card));
}

void RetroBoardModel::retractVote(core::PersonId person, core::RetroCardId card)
{
    if (hasBoard() && check(RetroRules::checkRetractVote(board(), person, card)))
        m_undoStack->push(new RetractVote(this, board().id, person, card));
}

void RetroBoardModel::changePhase(core::RetroPhase phase)
{
    if (!hasBoard() || phase == board().state.phase)
        return;
    m_undoStack->push(
        new ChangeRetroPhase(this, board().id, board().state, RetroRules::enterPhase(board().state, phase)));
}

void RetroBoardModel::revealCards()
{
    if (hasBoard() && !board().state.revealed)
        m_undoStack->push(new RevealCards(this, board().id, board().state));
}

void RetroBoardModel::changeSettings(const core::RetroBoardState &state)
{
    if (!hasBoard() || state == board().state)
        return;
    if (!check(RetroRules::checkAnonymityChange(board(), state.anonymity)))
        return;
    if (state.limits != board().state.limits && !check(RetroRules::checkVoteLimits(board(), state.limits)))
        return;
    m_undoStack->push(new ChangeRetroSettings(this, board(), state));
}

std::optional<core::RetroBoard> RetroBoardModel::applyCreateBoard(int callNumber, core::RetroTemplate source,
                                                                  const std::vector<core::RetroColumnSpec> &columns)
{
    auto created = m_retro.createBoard(m_cohort, callNumber, source, columns);
    if (!created) {
        Q_EMIT storageFailed(describe(created.error()));
        return std::nullopt;
    }
    loadCall(callNumber);
    return std::move(created).value();
}

bool RetroBoardModel::applyRemoveBoard(core::RetroBoardId board)
{
    if (!report(m_retro.removeBoard(board)))
        return false;
    loadCall(m_call);
    return true;
}

bool RetroBoardModel::applyRestoreBoard(const core::RetroBoard &board)
{
    if (!report(m_retro.restoreBoard(board)))
        return false;
    if (board.cohort == m_cohort)
        loadCall(board.callNumber);
    return true;
}

std::optional<core::RetroCard> RetroBoardModel::applyAddCard(core::RetroBoardId board, core::RetroColumnId column,
                                                             std::optional<core::PersonId> author,
                                                             const std::string &text)
{
    auto card = m_retro.addCard(board, column, author, text);
    if (!card) {
        Q_EMIT storageFailed(describe(card.error()));
        return std::nullopt;
    }
    reload(board);
    return std::move(card).value();
}

bool RetroBoardModel::applyEditCard(core::RetroBoardId board, core::RetroCardId card, const std::string &text)
{
    return report(m_retro.editCard(board, card, text)) && reload(board);
}

bool RetroBoardModel::applyRemoveCard(core::RetroBoardId board, core::RetroCardId card)
{
    return report(m_retro.removeCard(board, card)) && reload(board);
}

bool RetroBoardModel::applyRestoreCard(core::RetroBoardId board, const core::RetroCard &card,
                                       const std::vector<core::RetroVote> &votes)
{
    return report(m_retro.restoreCard(board, card, votes)) && reload(board);
}

std::optional<core::RetroGrouping> RetroBoardModel::applyGroupCards(core::RetroBoardId board, core::RetroCardId dragged,
                                                                    core::RetroCardId target)
{
    auto after = m_retro.groupCards(board, dragged, target);
    if (!after) {
        Q_EMIT storageFailed(describe(after.error()));
        return std::nullopt;
    }
    reload(board);
    return std::move(after).value();
}

std::optional<core::RetroGrouping> RetroBoardModel::applyUngroupCard(core::RetroBoardId board, core::RetroCardId card)
{
    auto after = m_retro.ungroupCard(board, card);
    if (!after) {
        Q_EMIT storageFailed(describe(after.error()));
        return std::nullopt;
    }
    reload(board);
    return std::move(after).value();
}

bool RetroBoardModel::applyGrouping(core::RetroBoardId board, const core::RetroGrouping &grouping)
{
    return report(m_retro.restoreGrouping(board, grouping)) && reload(board);
}

bool RetroBoardModel::applyRenameGroup(core::RetroBoardId board, core::RetroGroupId group, const std::string &title)
{
    return report(m_retro.renameGroup(board, group, title)) && reload(board);
}

bool RetroBoardModel::applyRenameColumn(core::RetroBoardId board, core::RetroColumnId column, const std::string &title)
{
    return report(m_retro.renameColumn(board, column, title)) && reload(board);
}

bool RetroBoardModel::applyCastVote(core::RetroBoardId board, core::PersonId person, core::RetroCardId card)
{
    return report(m_retro.castVote(board, person, card)) && reload(board);
}

bool RetroBoardModel::applyRetractVote(core::RetroBoardId board, core::PersonId person, core::RetroCardId card)
{
    return report(m_retro.retractVote(board, person, card)) && reload(board);
}

bool RetroBoardModel::applyState(core::RetroBoardId board, const core::RetroBoardState &state)
{
    return report(m_retro.changeState(board, state)) && reload(board);
}

bool RetroBoardModel::applyRestoreState(core::RetroBoardId board, const core::RetroBoardState &state,
                                        const storage::RetroRepository::CardAuthors &authors)
{
    return report(m_retro.restoreState(board, state, authors)) && reload(board);
}

std::optional<core::RetroAction> RetroBoardModel::applyAddAction(core::RetroBoardId board, const core::RetroAction &action)
{
    auto stored = m_retro.addAction(board, action);
    if (!stored) {
        Q_EMIT storageFailed(describe(stored.error()));
        return std::nullopt;
    }
    reload(board);
    Q_EMIT actionsChanged();
    return std::move(stored).value();
}

bool RetroBoardModel::applyUpdateAction(core::RetroBoardId board, const core::RetroAction &action)
{
    if (!report(m_retro.updateAction(board, action)))
        return false;
    // Closing an action carried over from another board leaves the board on screen as it is.
    if (board == m_snapshot.board.id)
        reload(board);
    Q_EMIT actionsChanged();
    return true;
}

bool RetroBoardModel::applyRemoveAction(core::RetroBoardId board, core::RetroActionId action)
{
    if (!report(m_retro.removeAction(board, action)) || !reload(board))
        return false;
    Q_EMIT actionsChanged();
    return true;
}

bool RetroBoardModel::applyRestoreAction(core::RetroBoardId board, const core::RetroAction &action)
{
    if (!report(m_retro.restoreAction(board, action)) || !reload(board))
        return false;
    Q_EMIT actionsChanged();
    return true;
}

storage::Result<std::optional<core::RetroBoard>> RetroBoardModel::boardOfCall(
    core::CohortId cohort, int callNumber) const
{
    return m_retro.findBoard(cohort, callNumber);
}

storage::Result<std::vector<storage::RetroRepository::CarriedAction>> RetroBoardModel::carriedActions(
    core::CohortId cohort) const
{
    return m_retro.carriedActions(cohort);
}

} // namespace convener::models
