// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/retro/retrorepository.h"

#include "core/retro/retrorules.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sql.h"

#include <functional>
#include <initializer_list>
#include <QSqlQuery>
#include <QVariant>
#include <set>

namespace convener::storage {

namespace {

using core::RetroRules;

const char *const kSecondsColumns[] = {"write_seconds", "group_seconds", "vote_seconds", "discuss_seconds",
                                       "actions_seconds"};

std::optional<core::PersonId> readOptionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// What the board's rules refused, as a problem with the facts its sentence needs.
Error refused(const core::RetroRefusal &why)
{
    using Kind = core::RetroRefusal::Kind;
    switch (why.kind) {
    case Kind::OutOfPhase:
        return Error(Problem::RetroOutOfPhase)
            .withCount(static_cast<int>(why.edit))
            .withRound(static_cast<int>(why.phase));
    case Kind::CardTextMissing:
        return Error(Problem::RetroCardTextMissing);
    case Kind::CardTextTooLong:
        return Error(Problem::RetroCardTextTooLong).withCount(why.limit);
    case Kind::VoterMissing:
        return Error(Problem::RetroVoterMissing);
    case Kind::CardGone:
        return Error(Problem::RetroCardGone);
    case Kind::VotesUsedUp:
        return Error(Problem::RetroVotesUsedUp).withCount(why.limit);
    case Kind::CardVotesUsedUp:
        return Error(Problem::RetroCardVotesUsedUp).withCount(why.limit);
    case Kind::NoVoteToRetract:
        return Error(Problem::RetroNoVoteToRetract);
    case Kind::VotesPerPersonOutOfRange:
        return Error(Problem::RetroVotesPerPersonOutOfRange).withCount(why.limit);
    case Kind::VotesPerCardOutOfRange:
        return Error(Problem::RetroVotesPerCardOutOfRange);
    case Kind::LimitsBelowVotesCast:
        return Error(Problem::RetroLimitsBelowVotesCast);
    case Kind::AnonymityKept:
        return Error(Problem::RetroAnonymityKept);
    case Kind::GroupSameCard:
        return Error(Problem::RetroGroupSameCard);
    case Kind::GroupAcrossColumns:
        return Error(Problem::RetroGroupAcrossColumns);
    case Kind::AlreadyGrouped:
        return Error(Problem::RetroAlreadyGrouped);
    case Kind::DueCallOutOfRange:
        return Error(Problem::RetroDueCallOutOfRange).withCount(why.limit);
    }
    return Error(Problem::RetroOutOfPhase).withCount(static_cast<int>(why.edit)).withRound(static_cast<int>(why.phase));
}

core::RetroAction readAction(const QSqlQuery &q)
{
    core::RetroAction a;
    a.id = q.value(0).toLongLong();
    a.text = toStd(q.value(1).toString());
    a.owner = readOptionalId(q.value(2));
    if (!q.value(3).isNull())
        a.dueCall = q.value(3).toInt();
    a.status = core::retroActionStatusFromKey(toStd(q.value(4).toString())).value_or(core::RetroActionStatus::Open);
    a.position = q.value(5).toInt();
    return a;
}

const QString kActionColumns = QStringLiteral("a.id, a.text, a.owner_id, a.due_call, a.status, a.position");

Status insertCard(QSqlQuery &q, core::RetroBoardId board, const core::RetroCard &c)
{
    return sql::run(q,
        QStringLiteral("INSERT INTO retro_cards (id, board_id, column_id, group_id, author_id, text, position) "
                       "VALUES (?, ?, ?, (SELECT id FROM retro_groups WHERE id = ?), ?, ?, ?)"),
        { sqlId(c.id), sqlId(board), sqlId(c.column), sqlId(c.group), sql::optionalId(c.author), toQt(c.text),
            c.position },
        sql::writing(Table::RetroCards));
}

Status insertAction(QSqlQuery &q, core::RetroBoardId board, const core::RetroAction &a)
{
    // A new item (id 0) is given its id by the database; a restored one keeps its own.
    const QVariant owner = sql::optionalId(a.owner);
    const QVariant due = sql::optionalInt(a.dueCall);
    const QString status = toQt(core::retroActionStatusKey(a.status));
    if (a.id == 0) {
        return sql::run(q,
            QStringLiteral("INSERT INTO retro_actions (board_id, text, owner_id, due_call, status, position) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            { sqlId(board), toQt(a.text), owner, due, status, a.position }, sql::writing(Table::RetroActions));
    }
    return sql::run(q,
        QStringLiteral("INSERT INTO retro_actions (id, board_id, text, owner_id, due_call, status, position) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { sqlId(a.id), sqlId(board), toQt(a.text), owner, due, status, a.position }, sql::writing(Table::RetroActions));
}

// rowversion::stillAt() for this file's statements, whose values are bound
// in order: 1 when the write is not checked (basedOn 0), then basedOn.
QString stillAtInOrder()
{
    return QStringLiteral("(? = 1 OR row_version = ?)");
}

// Why a write to the board's state found it moved on: someone else changed
// it since it was read, or removed the board.
Error boardRefusal(const QSqlDatabase &db, core::RetroBoardId board)
{
    return rowversion::refusal(db, Table::RetroBoards, "retro_boards", QStringLiteral("id = :id"),
        { { QStringLiteral(":id"), sqlId(board) } }, Error(Problem::RetroBoardGone).withId(board));
}

// Why an action item's update or removal touched no row: someone else
// changed it since it was read, or removed it.
Error actionRefusal(const QSqlDatabase &db, core::RetroActionId action)
{
    return rowversion::refusal(db, Table::RetroActions, "retro_actions", QStringLiteral("id = :id"),
        { { QStringLiteral(":id"), sqlId(action) } }, Error(Problem::RetroActionGone).withId(action))
        .withId(action);
}

// Refused as ChangedElsewhere when the board's state is no longer at basedOn (0: not checked).
Status boardStillAt(const QSqlDatabase &db, core::RetroBoardId board, RowVersion basedOn)
{
    if (basedOn == 0)
        return {};
    QSqlQuery q(db);
    if (Status ran = sql::run(q, QStringLiteral("SELECT row_version FROM retro_boards WHERE id = ?"), { sqlId(board) },
            sql::reading(Table::RetroBoards));
        !ran)
        return ran;
    if (q.next() && q.value(0).toLongLong() == basedOn)
        return {};
    return boardRefusal(db, board);
}

// Writes the board's state when the board is still at basedOn (0: not
// checked); returns the board's new version. Refused as ChangedElsewhere,
// naming who, when someone else changed the state since it was read.
Result<RowVersion> writeState(
    QSqlDatabase db, core::RetroBoardId board, const core::RetroBoardState &s, RowVersion basedOn)
{
    QString sql = QStringLiteral("UPDATE retro_boards SET phase = ?, revealed = ?, anonymity = ?, votes_per_person = ?, "
                                 "votes_per_card = ?");
    for (const char *column : kSecondsColumns)
        sql += QStringLiteral(", %1 = ?").arg(QLatin1String(column));
    sql += QStringLiteral(", row_version = row_version + 1, changed_at = {{now}} "
                          "WHERE id = ? AND ")
        + stillAtInOrder() + QStringLiteral(" RETURNING row_version");
    QSqlQuery q(db);
    sql::prepare(q, sql);
    q.addBindValue(toQt(core::retroPhaseKey(s.phase)));
    q.addBindValue(s.revealed ? 1 : 0);
    q.addBindValue(toQt(core::retroAnonymityKey(s.anonymity)));
    q.addBindValue(s.limits.perPerson);
    q.addBindValue(s.limits.perCard);
    for (const auto &seconds : s.phaseSeconds)
        q.addBindValue(sql::optionalInt(seconds));
    q.addBindValue(sqlId(board));
    q.addBindValue(basedOn == 0 ? 1 : 0);
    q.addBindValue(QVariant::fromValue(basedOn));
    if (Status stored = sql::exec(q, sql::writing(Table::RetroBoards)); !stored)
        return stored.error();
    if (!q.next())
        return boardRefusal(db, board);
    return q.value(0).toLongLong();
}

// Why a write to a card touched no row: someone else changed its words
// since it was read, or removed it.
Error cardRefusal(const QSqlDatabase &db, core::RetroCardId card)
{
    return rowversion::refusal(db, Table::RetroCards, "retro_cards", QStringLiteral("id = :id"),
        { { QStringLiteral(":id"), sqlId(card) } }, Error(Problem::RetroCardGone).withId(card))
        .withId(card);
}

// Moves the column's version on (its title or grouping is about to change)
// when it is still at basedOn (0: not checked); returns the new version.
// Refused as ChangedElsewhere, naming who, when someone changed the column's
// title or grouping since it was read.
// With a title, the column is renamed in the same statement.
Result<RowVersion> moveColumnOn(const QSqlDatabase &db, core::RetroBoardId board, core::RetroColumnId column,
    RowVersion basedOn, const std::optional<QString> &title = std::nullopt)
{
    QSqlQuery q(db);
    sql::prepare(q,
        QStringLiteral("UPDATE retro_columns SET %1row_version = row_version + 1, changed_at = {{now}} "
                       "WHERE id = ? AND board_id = ? AND ")
                .arg(title ? QStringLiteral("title = ?, ") : QString())
            + stillAtInOrder() + QStringLiteral(" RETURNING row_version"));
    if (title)
        q.addBindValue(*title);
    for (const QVariant &value :
        { sqlId(column), sqlId(board), QVariant(basedOn == 0 ? 1 : 0), QVariant::fromValue(basedOn) })
        q.addBindValue(value);
    if (Status ran = sql::exec(q, sql::writing(Table::RetroColumns)); !ran)
        return ran.error();
    if (q.next())
        return q.value(0).toLongLong();
    return rowversion::refusal(db, Table::RetroColumns, "retro_columns", QStringLiteral("id = :id"),
        { { QStringLiteral(":id"), sqlId(column) } }, Error(Problem::RetroColumnGone).withId(column))
        .withId(column);
}

// On a server, tells the stamp trigger whether the card updates that follow
// in this transaction change only what other rows' versions cover (a card's
// group, its author), so the cards' own versions stay (migration step 10). A
// file has no trigger: there, an update moves a version only when it says so.
Status coveredElsewhere(const Database &database, bool on)
{
    if (!database.isServer())
        return {};
    QSqlQuery q(database.connection());
    return sql::run(q, QStringLiteral("SELECT set_config('convener.covered_elsewhere', ?, true)"),
        { on ? QStringLiteral("on") : QStringLiteral("off") }, sql::writing(Table::RetroCards));
}

// Runs the card updates of write with coveredElsewhere on, and turns it off after.
Status coveringElsewhere(const Database &database, const std::function<Status()> &write)
{
    if (Status covered = coveredElsewhere(database, true); !covered)
        return covered;
    if (Status written = write(); !written)
        return written;
    return coveredElsewhere(database, false);
}

// Sets the cards' groups (card, group or 0), leaving the cards' own versions
// as they are (see coveredElsewhere).
Status writeCardGroups(
    const Database &database, const std::vector<std::pair<core::RetroCardId, core::RetroGroupId>> &groups)
{
    if (groups.empty())
        return {};
    return coveringElsewhere(database, [&]() -> Status {
        QSqlQuery q(database.connection());
        for (const auto &[card, group] : groups) {
            if (Status ran = sql::run(q, QStringLiteral("UPDATE retro_cards SET group_id = ? WHERE id = ?"),
                    { group == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : sqlId(group), sqlId(card) },
                    sql::writing(Table::RetroCards));
                !ran)
                return ran;
        }
        return {};
    });
}

// Makes the column's grouping g: writes only the groups and cards that
// differ from what is stored, then drops the column's groups left without
// cards (a card listed in g may have been removed since).
Status writeGrouping(const Database &database, core::RetroBoardId board, const core::RetroGrouping &g)
{
    QSqlQuery q(database.connection());
    std::map<core::RetroGroupId, QString> storedGroups;
    if (Status ran
        = sql::run(q, QStringLiteral("SELECT id, title FROM retro_groups WHERE board_id = ? AND column_id = ?"),
            { sqlId(board), sqlId(g.column) }, sql::reading(Table::RetroGroups));
        !ran)
        return ran;
    while (q.next())
        storedGroups.emplace(q.value(0).toLongLong(), q.value(1).toString());
    for (const core::RetroGroup &group : g.groups) {
        const auto stored = storedGroups.find(group.id);
        if (stored != storedGroups.end() && stored->second == toQt(group.title))
            continue;
        const Status ran = stored == storedGroups.end()
            ? sql::run(q,
                QStringLiteral("INSERT INTO retro_groups (id, board_id, column_id, title) VALUES (?, ?, ?, ?)"),
                { sqlId(group.id), sqlId(board), sqlId(g.column), toQt(group.title) }, sql::writing(Table::RetroGroups))
            : sql::run(q, QStringLiteral("UPDATE retro_groups SET title = ? WHERE id = ?"),
                { toQt(group.title), sqlId(group.id) }, sql::writing(Table::RetroGroups));
        if (!ran)
            return ran;
    }

    std::map<core::RetroCardId, core::RetroGroupId> wanted(g.cards.begin(), g.cards.end());
    std::vector<std::pair<core::RetroCardId, core::RetroGroupId>> changes;
    if (Status ran
        = sql::run(q, QStringLiteral("SELECT id, group_id FROM retro_cards WHERE board_id = ? AND column_id = ?"),
            { sqlId(board), sqlId(g.column) }, sql::reading(Table::RetroCards));
        !ran)
        return ran;
    while (q.next()) {
        const core::RetroCardId card = q.value(0).toLongLong();
        const core::RetroGroupId now = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        const auto it = wanted.find(card);
        const core::RetroGroupId want = it == wanted.end() ? 0 : it->second;
        if (now != want)
            changes.emplace_back(card, want);
    }
    if (Status written = writeCardGroups(database, changes); !written)
        return written;
    return sql::run(q,
        QStringLiteral("DELETE FROM retro_groups WHERE board_id = ? AND column_id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM retro_cards c WHERE c.group_id = retro_groups.id)"),
        { sqlId(board), sqlId(g.column) }, sql::writing(Table::RetroGroups));
}

} // namespace

RetroRepository::RetroRepository(Database &database) : m_database(database)
{
}

Result<std::vector<int>> RetroRepository::boardCalls(core::CohortId cohort) const
{
    QSqlQuery q(m_database.connection());
    if (Status ran
        = sql::run(q, QStringLiteral("SELECT call_number FROM retro_boards WHERE cohort_id = ? ORDER BY call_number"),
            { sqlId(cohort) }, sql::reading(Table::RetroBoards));
        !ran)
        return Result<std::vector<int>>::failure(ran.error());
    std::vector<int> calls;
    while (q.next())
        calls.push_back(q.value(0).toInt());
    return calls;
}

Result<std::optional<core::RetroBoard>> RetroRepository::findBoard(core::CohortId cohort, int callNumber) const
{
    using R = Result<std::optional<core::RetroBoard>>;
    QSqlQuery q(m_database.connection());
    if (Status ran = sql::run(q, QStringLiteral("SELECT id FROM retro_boards WHERE cohort_id = ? AND call_number = ?"),
            { sqlId(cohort), callNumber }, sql::reading(Table::RetroBoards));
        !ran)
        return R::failure(ran.error());
    if (!q.next())
        return std::optional<core::RetroBoard>();
    auto loaded = board(q.value(0).toLongLong());
    if (!loaded)
        return R::failure(loaded.error());
    return std::optional<core::RetroBoard>(std::move(loaded).value());
}

Result<core::RetroBoard> RetroRepository::board(core::RetroBoardId id) const
{
    using R = Result<core::RetroBoard>;
    QSqlQuery q(m_database.connection());
    QString sql = QStringLiteral("SELECT id, cohort_id, call_number, template, phase, revealed, anonymity, "
                                 "votes_per_person, votes_per_card");
    for (const char *column : kSecondsColumns)
        sql += QStringLiteral(", %1").arg(QLatin1String(column));
    if (Status ran = sql::run(q, sql + QStringLiteral(" FROM retro_boards WHERE id = ?"), { sqlId(id) },
            sql::reading(Table::RetroBoards));
        !ran)
        return R::failure(ran.error());
    if (!q.next())
        return R::failure(Error(Problem::RetroBoardGone).withId(id));
    core::RetroBoard b;
    b.id = q.value(0).toLongLong();
    b.cohort = q.value(1).toLongLong();
    b.callNumber = q.value(2).toInt();
    b.source = core::retroTemplateFromKey(toStd(q.value(3).toString())).value_or(core::RetroTemplate::Custom);
    b.state.phase = core::retroPhaseFromKey(toStd(q.value(4).toString())).value_or(core::RetroPhase::Write);
    b.state.revealed = q.value(5).toInt() != 0;
    b.state.anonymity = core::retroAnonymityFromKey(toStd(q.value(6).toString())).value_or(core::RetroAnonymity::Anonymous);
    b.state.limits = {q.value(7).toInt(), q.value(8).toInt()};
    for (size_t i = 0; i < b.state.phaseSeconds.size(); ++i) {
        const QVariant v = q.value(static_cast<int>(9 + i));
        if (!v.isNull())
            b.state.phaseSeconds[i] = v.toInt();
    }

    if (Status ran = sql::run(q,
            QStringLiteral("SELECT id, title, prompt FROM retro_columns WHERE board_id = ? ORDER BY position"),
            { sqlId(id) }, sql::reading(Table::RetroColumns));
        !ran)
        return R::failure(ran.error());
    while (q.next())
        b.columns.push_back({q.value(0).toLongLong(), toStd(q.value(1).toString()), toStd(q.value(2).toString())});

    if (Status ran
        = sql::run(q, QStringLiteral("SELECT id, column_id, title FROM retro_groups WHERE board_id = ? ORDER BY id"),
            { sqlId(id) }, sql::reading(Table::RetroGroups));
        !ran)
        return R::failure(ran.error());
    while (q.next())
        b.groups.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), toStd(q.value(2).toString())});

    if (Status ran = sql::run(q,
            QStringLiteral("SELECT id, column_id, group_id, author_id, text, position FROM retro_cards "
                           "WHERE board_id = ? ORDER BY position, id"),
            { sqlId(id) }, sql::reading(Table::RetroCards));
        !ran)
        return R::failure(ran.error());
    while (q.next()) {
        core::RetroCard c;
        c.id = q.value(0).toLongLong();
        c.column = q.value(1).toLongLong();
        c.group = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        c.author = readOptionalId(q.value(3));
        c.text = toStd(q.value(4).toString());
        c.position = q.value(5).toInt();
        b.cards.push_back(std::move(c));
    }

    if (Status ran = sql::run(q,
            QStringLiteral("SELECT v.person_id, v.card_id FROM retro_votes v JOIN retro_cards c ON c.id = v.card_id "
                           "WHERE c.board_id = ? ORDER BY v.id"),
            { sqlId(id) }, sql::reading(Table::RetroVotes));
        !ran)
        return R::failure(ran.error());
    while (q.next())
        b.votes.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});

    if (Status ran = sql::run(q,
            QStringLiteral("SELECT %1 FROM retro_actions a WHERE a.board_id = ? ORDER BY a.position, a.id")
                .arg(kActionColumns),
            { sqlId(id) }, sql::reading(Table::RetroActions));
        !ran)
        return R::failure(ran.error());
    while (q.next())
        b.actions.push_back(readAction(q));
    return b;
}

Result<core::RetroSnapshot> RetroRepository::snapshot(core::RetroBoardId id) const
{
    using R = Result<core::RetroSnapshot>;
    auto loaded = board(id);
    if (!loaded)
        return R::failure(loaded.error());
    core::RetroSnapshot s;
    s.board = std::move(loaded).value();
    std::set<core::PersonId> people;
    for (const auto &c : s.board.cards) {
        if (c.author)
            people.insert(*c.author);
    }
    for (const auto &a : s.board.actions) {
        if (a.owner)
            people.insert(*a.owner);
    }
    QSqlQuery q(m_database.connection());
    if (Status ran = sql::run(q, QStringLiteral("SELECT name FROM cohorts WHERE id = ?"), { sqlId(s.board.cohort) },
            sql::reading(Table::Cohorts));
        !ran)
        return R::failure(ran.error());
    if (q.next())
        s.cohortName = toStd(q.value(0).toString());
    for (core::PersonId person : people) {
        if (Status ran = sql::run(q, QStringLiteral("SELECT display_name FROM people WHERE id = ?"), { sqlId(person) },
                sql::reading(Table::People));
            !ran)
            return R::failure(ran.error());
        if (q.next())
            s.names[person] = toStd(q.value(0).toString());
    }
    return s;
}

Result<std::vector<RetroRepository::OpenAction>> RetroRepository::openActions(core::CohortId cohort) const
{
    using R = Result<std::vector<OpenAction>>;
    QSqlQuery q(m_database.connection());
    if (Status ran = sql::run(q,
            QStringLiteral(
                "SELECT %1, b.id, b.call_number FROM retro_actions a JOIN retro_boards b ON b.id = a.board_id "
                "WHERE b.cohort_id = ? AND a.status = 'open' ORDER BY b.call_number, a.position, a.id")
                .arg(kActionColumns),
            { sqlId(cohort) }, sql::reading(Table::RetroActions));
        !ran)
        return R::failure(ran.error());
    std::vector<OpenAction> out;
    while (q.next())
        out.push_back({readAction(q), q.value(6).toLongLong(), q.value(7).toInt()});
    return out;
}

Result<std::vector<RetroRepository::CarriedAction>> RetroRepository::carriedActions(core::CohortId cohort) const
{
    using R = Result<std::vector<CarriedAction>>;
    QSqlQuery q(m_database.connection());
    // linked: the other cohorts with one of this cohort's hosts among their hosts.
    if (Status ran = sql::run(q,
            QStringLiteral(
                "WITH me AS (SELECT start_date FROM cohorts WHERE id = ?), "
                "linked AS (SELECT DISTINCT other.cohort_id FROM memberships mine "
                "  JOIN memberships other ON other.person_id = mine.person_id "
                "  WHERE mine.cohort_id = ? AND other.cohort_id <> mine.cohort_id "
                "    AND mine.role IN ('host', 'co-host') AND other.role IN ('host', 'co-host')) "
                "SELECT %1, c.name, b.call_number, COALESCE(p.display_name, ''), b.id "
                "FROM retro_actions a JOIN retro_boards b ON b.id = a.board_id JOIN cohorts c ON c.id = b.cohort_id "
                "LEFT JOIN people p ON p.id = a.owner_id "
                "WHERE a.status = 'open' AND b.cohort_id <> ? "
                "  AND (NOT EXISTS (SELECT 1 FROM linked) OR (b.cohort_id IN (SELECT cohort_id FROM linked) "
                "       AND (c.start_date = '' OR (SELECT start_date FROM me) = '' "
                "            OR c.start_date <= (SELECT start_date FROM me)))) "
                "ORDER BY c.start_date DESC, c.id DESC, b.call_number, a.position, a.id")
                .arg(kActionColumns),
            { sqlId(cohort), sqlId(cohort), sqlId(cohort) }, sql::reading(Table::RetroActions));
        !ran)
        return R::failure(ran.error());
    std::vector<CarriedAction> out;
    while (q.next())
        out.push_back({readAction(q), toStd(q.value(6).toString()), q.value(7).toInt(), toStd(q.value(8).toString()),
                       q.value(9).toLongLong()});
    return out;
}

Result<core::RetroBoard> RetroRepository::createBoard(core::CohortId cohort, int callNumber,
                                                      core::RetroTemplate source,
                                                      const std::vector<core::RetroColumnSpec> &columns)
{
    using R = Result<core::RetroBoard>;
    if (callNumber < 1)
        return R::failure(Error(Problem::RetroBoardCallTooLow).withCall(callNumber));
    if (columns.empty() || columns.size() > core::kMaxRetroColumns)
        return R::failure(Error(Problem::RetroBoardColumnCount).withCount(static_cast<int>(core::kMaxRetroColumns)));
    const auto existing = findBoard(cohort, callNumber);
    if (!existing)
        return R::failure(existing.error());
    if (existing.value())
        return R::failure(Error(Problem::RetroBoardExists).withId(cohort).withCall(callNumber));
    core::RetroBoardId id = 0;
    const Status stored
        = sql::inTransaction(m_database.connection(), Table::RetroBoards, [&]() -> Status {
              QSqlQuery q(m_database.connection());
              if (Status ran = sql::run(q,
                      QStringLiteral("INSERT INTO retro_boards (cohort_id, call_number, template) VALUES (?, ?, ?)"),
                      { sqlId(cohort), callNumber, toQt(core::retroTemplateKey(source)) },
                      sql::writing(Table::RetroBoards));
                  !ran)
                  return ran;
              id = q.lastInsertId().toLongLong();
              int position = 0;
              for (const auto &column : columns) {
                  if (core::trimmed(column.title).empty())
                      return Error(Problem::RetroBoardColumnUntitled);
                  if (Status ran = sql::run(q,
                          QStringLiteral(
                              "INSERT INTO retro_columns (board_id, position, title, prompt) VALUES (?, ?, ?, ?)"),
                          { sqlId(id), position++, toQt(core::trimmed(column.title)), toQt(column.prompt) },
                          sql::writing(Table::RetroColumns));
                      !ran)
                      return ran;
              }
              return {};
          });
    if (!stored)
        return R::failure(stored.error());
    return board(id);
}

Status RetroRepository::removeBoard(core::RetroBoardId id)
{
    return sql::inTransaction(m_database.connection(), Table::RetroBoards, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        return sql::run(q, QStringLiteral("DELETE FROM retro_boards WHERE id = ?"), { sqlId(id) },
            sql::writing(Table::RetroBoards));
    });
}

Status RetroRepository::restoreBoard(const core::RetroBoard &b)
{
    return sql::inTransaction(m_database.connection(), Table::RetroBoards, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        if (Status ran = sql::run(q,
                QStringLiteral("INSERT INTO retro_boards (id, cohort_id, call_number, template) VALUES (?, ?, ?, ?)"),
                { sqlId(b.id), sqlId(b.cohort), b.callNumber, toQt(core::retroTemplateKey(b.source)) },
                sql::writing(Table::RetroBoards));
            !ran)
            return ran;
        if (const auto written = writeState(m_database.connection(), b.id, b.state, 0); !written)
            return Status::from(written);
        int position = 0;
        for (const auto &c : b.columns) {
            if (Status ran = sql::run(q,
                    QStringLiteral(
                        "INSERT INTO retro_columns (id, board_id, position, title, prompt) VALUES (?, ?, ?, ?, ?)"),
                    { sqlId(c.id), sqlId(b.id), position++, toQt(c.title), toQt(c.prompt) },
                    sql::writing(Table::RetroColumns));
                !ran)
                return ran;
        }
        for (const auto &g : b.groups) {
            if (Status ran = sql::run(q,
                    QStringLiteral("INSERT INTO retro_groups (id, board_id, column_id, title) VALUES (?, ?, ?, ?)"),
                    { sqlId(g.id), sqlId(b.id), sqlId(g.column), toQt(g.title) }, sql::writing(Table::RetroGroups));
                !ran)
                return ran;
        }
        for (const auto &c : b.cards) {
            if (Status ran = insertCard(q, b.id, c); !ran)
                return ran;
        }
        for (const auto &v : b.votes) {
            if (Status ran = sql::run(q, QStringLiteral("INSERT INTO retro_votes (card_id, person_id) VALUES (?, ?)"),
                    { sqlId(v.card), sqlId(v.person) }, sql::writing(Table::RetroVotes));
                !ran)
                return ran;
        }
        for (const auto &a : b.actions) {
            if (Status ran = insertAction(q, b.id, a); !ran)
                return ran;
        }
        return {};
    });
}

Result<RowVersion> RetroRepository::changeState(
    core::RetroBoardId id, const core::RetroBoardState &state, RowVersion basedOn)
{
    return sql::inTransactionFor<RowVersion>(m_database.connection(), Table::RetroBoards, [&]() -> Result<RowVersion> {
        // The version first: a change made on a board someone else has moved
        // on since is refused as that, not judged by the rules of a phase the
        // host has not seen yet.
        if (Status still = boardStillAt(m_database.connection(), id, basedOn); !still)
            return still.error();
        const auto current = board(id);
        if (!current)
            return current.error();
        const core::RetroBoard &b = current.value();
        if (state.limits != b.state.limits) {
            if (auto why = RetroRules::checkVoteLimits(b, state.limits))
                return refused(*why);
        }
        if (auto why = RetroRules::checkAnonymityChange(b, state.anonymity))
            return refused(*why);
        if (b.state.revealed && !state.revealed)
            return Error(Problem::RetroCardsRevealed).withId(id);
        for (const auto &seconds : state.phaseSeconds) {
            if (seconds && *seconds <= 0)
                return Error(Problem::RetroTimerTooShort);
        }
        const auto written = writeState(m_database.connection(), id, state, basedOn);
        if (!written)
            return written;
        if (state.anonymity == core::RetroAnonymity::Anonymous && b.state.anonymity != state.anonymity) {
            // The board's version says the authors went.
            const Status erased = coveringElsewhere(m_database, [&] {
                QSqlQuery q(m_database.connection());
                return sql::run(q,
                    QStringLiteral(
                        "UPDATE retro_cards SET author_id = NULL WHERE board_id = ? AND author_id IS NOT NULL"),
                    { sqlId(id) }, sql::writing(Table::RetroCards));
            });
            if (!erased)
                return erased.error();
        }
        return written;
    });
}

Result<RowVersion> RetroRepository::restoreState(
    core::RetroBoardId id, const core::RetroBoardState &state, const CardAuthors &authors, RowVersion basedOn)
{
    return sql::inTransactionFor<RowVersion>(m_database.connection(), Table::RetroBoards, [&]() -> Result<RowVersion> {
        const auto written = writeState(m_database.connection(), id, state, basedOn);
        if (!written)
            return written;
        const Status authorsBack = coveringElsewhere(m_database, [&]() -> Status {
            QSqlQuery q(m_database.connection());
            for (const auto &[card, author] : authors) {
                if (Status ran
                    = sql::run(q, QStringLiteral("UPDATE retro_cards SET author_id = ? WHERE id = ? AND board_id = ?"),
                        { sql::optionalId(author), sqlId(card), sqlId(id) }, sql::writing(Table::RetroCards));
                    !ran)
                    return ran;
            }
            return {};
        });
        if (!authorsBack)
            return authorsBack.error();
        return written;
    });
}

Result<core::RetroCard> RetroRepository::addCard(core::RetroBoardId id, core::RetroColumnId column,
                                                 std::optional<core::PersonId> author, const std::string &text)
{
    core::RetroCard card;
    const Status stored
        = sql::inTransaction(m_database.connection(), Table::RetroBoards, [&]() -> Status {
              const auto current = board(id);
              if (!current)
                  return Status::from(current);
              const core::RetroBoard &b = current.value();
              if (auto why = RetroRules::checkEdit(b.state, core::RetroEdit::AddCard))
                  return refused(*why);
              if (auto why = RetroRules::checkCardText(text))
                  return refused(*why);
              if (!b.column(column))
                  return Error(Problem::RetroColumnNotOnBoard).withId(column);
              card.column = column;
              card.author = b.state.anonymity == core::RetroAnonymity::Anonymous ? std::nullopt : author;
              card.text = text;
              for (const auto &c : b.cards)
                  card.position = std::max(card.position, c.position);
              ++card.position;
              QSqlQuery q(m_database.connection());
              if (Status ran = sql::run(q,
                      QStringLiteral("INSERT INTO retro_cards (board_id, column_id, author_id, text, position) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      { sqlId(id), sqlId(column), sql::optionalId(card.author), toQt(text), card.position },
                      sql::writing(Table::RetroCards));
                  !ran)
                  return ran;
              card.id = q.lastInsertId().toLongLong();
              return {};
          });
    if (!stored)
        return Result<core::RetroCard>::failure(stored.error());
    return card;
}

Result<RowVersion> RetroRepository::editCard(
    core::RetroBoardId id, core::RetroCardId card, const std::string &text, RowVersion basedOn)
{
    return sql::inTransactionFor<RowVersion>(m_database.connection(), Table::RetroBoards, [&]() -> Result<RowVersion> {
        const auto current = board(id);
        if (!current)
            return current.error();
        if (auto why = RetroRules::checkEdit(current.value().state, core::RetroEdit::EditCard))
            return refused(*why);
        if (auto why = RetroRules::checkCardText(text))
            return refused(*why);
        QSqlQuery q(m_database.connection());
        if (Status ran = sql::run(q,
                QStringLiteral("UPDATE retro_cards SET text = ?, row_version = row_version + 1, changed_at = {{now}} "
                               "WHERE id = ? AND board_id = ? AND ")
                    + stillAtInOrder() + QStringLiteral(" RETURNING row_version"),
                { toQt(text), sqlId(card), sqlId(id), basedOn == 0 ? 1 : 0, QVariant::fromValue(basedOn) },
                sql::writing(Table::RetroCards));
            !ran)
            return ran.error();
        if (!q.next())
            return cardRefusal(m_database.connection(), card);
        return q.value(0).toLongLong();
    });
}

Result<RetroRepository::CardRemoval> RetroRepository::removeCard(
    core::RetroBoardId id, core::RetroCardId card, RowVersion basedOn)
{
    return sql::inTransactionFor<
        CardRemoval>(m_database.connection(), Table::RetroBoards, [&]() -> Result<CardRemoval> {
        const auto current = board(id);
        if (!current)
            return current.error();
        const core::RetroBoard &b = current.value();
        if (auto why = RetroRules::checkEdit(b.state, core::RetroEdit::RemoveCard))
            return refused(*why);
        const core::RetroCard *c = b.card(card);
        if (!c)
            return Error(Problem::RetroCardGone).withId(card);
        CardRemoval removal;
        QSqlQuery q(m_database.connection());
        if (Status ran = sql::run(q,
                QStringLiteral("DELETE FROM retro_cards WHERE id = ? AND board_id = ? AND ") + stillAtInOrder()
                    + QStringLiteral(" RETURNING row_version"),
                { sqlId(card), sqlId(id), basedOn == 0 ? 1 : 0, QVariant::fromValue(basedOn) },
                sql::writing(Table::RetroCards));
            !ran)
            return ran.error();
        if (!q.next())
            return cardRefusal(m_database.connection(), card);
        removal.card = q.value(0).toLongLong();
        q.finish();
        if (c->group != 0) {
            // The column's grouping changed; a group left empty is no topic any more.
            const auto moved = moveColumnOn(m_database.connection(), id, c->column, 0);
            if (!moved)
                return moved.error();
            removal.column = moved.value();
            if (Status ran = sql::run(q,
                    QStringLiteral("DELETE FROM retro_groups WHERE id = ? AND NOT EXISTS "
                                   "(SELECT 1 FROM retro_cards WHERE group_id = ?)"),
                    { sqlId(c->group), sqlId(c->group) }, sql::writing(Table::RetroGroups));
                !ran)
                return ran.error();
        }
        return removal;
    });
}

Result<RowVersion> RetroRepository::restoreCard(
    core::RetroBoardId id, const core::RetroCard &card, const std::vector<core::RetroVote> &votes, RowVersion version)
{
    return sql::inTransactionFor<RowVersion>(m_database.connection(), Table::RetroBoards, [&]() -> Result<RowVersion> {
        QSqlQuery q(m_database.connection());
        if (Status ran = insertCard(q, id, card); !ran)
            return ran.error();
        if (version > 1) {
            if (Status ran = sql::run(q, QStringLiteral("UPDATE retro_cards SET row_version = ? WHERE id = ?"),
                    { QVariant::fromValue(version), sqlId(card.id) }, sql::writing(Table::RetroCards));
                !ran)
                return ran.error();
        }
        for (const auto &v : votes) {
            if (Status ran = sql::run(q, QStringLiteral("INSERT INTO retro_votes (card_id, person_id) VALUES (?, ?)"),
                    { sqlId(card.id), sqlId(v.person) }, sql::writing(Table::RetroVotes));
                !ran)
                return ran.error();
        }
        if (card.group == 0)
            return RowVersion { 0 };
        // Back in its group (when the group is still there), the card changes
        // its column's grouping.
        if (Status ran = sql::run(q, QStringLiteral("SELECT 1 FROM retro_cards WHERE id = ? AND group_id IS NOT NULL"),
                { sqlId(card.id) }, sql::reading(Table::RetroCards));
            !ran)
            return ran.error();
        if (!q.next())
            return RowVersion { 0 };
        return moveColumnOn(m_database.connection(), id, card.column, 0);
    });
}

Result<RetroRepository::GroupingWrite> RetroRepository::groupCards(
    core::RetroBoardId id, core::RetroCardId dragged, core::RetroCardId target, RowVersion basedOn)
{
    return sql::inTransactionFor<GroupingWrite>(
        m_database.connection(), Table::RetroBoards, [&]() -> Result<GroupingWrite> {
            const auto current = board(id);
            if (!current)
                return current.error();
            GroupingWrite out;
            // The version first: cards dropped on a column someone else has
            // regrouped since are refused as that, not judged by a grouping
            // the host has not seen.
            if (const core::RetroCard *t = current.value().card(target)) {
                const auto moved = moveColumnOn(m_database.connection(), id, t->column, basedOn);
                if (!moved)
                    return moved.error();
                out.column = moved.value();
            }
            if (auto why = RetroRules::checkGroupCards(current.value(), dragged, target))
                return refused(*why);
            QSqlQuery q(m_database.connection());
            if (Status ran = sql::run(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM retro_groups"), {},
                    sql::reading(Table::RetroGroups));
                !ran)
                return ran.error();
            if (!q.next())
                return Error(Problem::RetroGroupNotMade);
            out.grouping = RetroRules::groupedCards(current.value(), dragged, target, q.value(0).toLongLong());
            if (Status written = writeGrouping(m_database, id, out.grouping); !written)
                return written.error();
            return out;
        });
}

Result<RetroRepository::GroupingWrite> RetroRepository::ungroupCard(
    core::RetroBoardId id, core::RetroCardId card, RowVersion basedOn)
{
    return sql::inTransactionFor<GroupingWrite>(
        m_database.connection(), Table::RetroBoards, [&]() -> Result<GroupingWrite> {
            const auto current = board(id);
            if (!current)
                return current.error();
            const core::RetroCard *c = current.value().card(card);
            GroupingWrite out;
            if (c) {
                const auto moved = moveColumnOn(m_database.connection(), id, c->column, basedOn);
                if (!moved)
                    return moved.error();
                out.column = moved.value();
            }
            if (auto why = RetroRules::checkEdit(current.value().state, core::RetroEdit::UngroupCard))
                return refused(*why);
            if (!c || c->group == 0)
                return Error(Problem::RetroCardNotGrouped).withId(card);
            out.grouping = RetroRules::ungroupedCard(current.value(), card);
            if (Status written = writeGrouping(m_database, id, out.grouping); !written)
                return written.error();
            return out;
        });
}

Result<RowVersion> RetroRepository::renameColumn(
    core::RetroBoardId id, core::RetroColumnId column, const std::string &title, RowVersion basedOn)
{
    return sql::inTransactionFor<RowVersion>(m_database.connection(), Table::RetroBoards, [&]() -> Result<RowVersion> {
        const auto current = board(id);
        if (!current)
            return current.error();
        if (current.value().source != core::RetroTemplate::Custom)
            return Error(Problem::RetroColumnsFixed).withId(id);
        const std::string wanted = core::trimmed(title);
        if (wanted.empty())
            return Error(Problem::RetroColumnUntitled);
        if (!current.value().column(column))
            return Error(Problem::RetroColumnGone).withId(column);
        for (const core::RetroColumn &other : current.value().columns) {
            if (other.id != column && toQt(other.title).compare(toQt(wanted), Qt::CaseInsensitive) == 0)
                return Error(Problem::RetroColumnTitleTaken).withName(toQt(other.title));
        }
        return moveColumnOn(m_database.connection(), id, column, basedOn, toQt(wanted));
    });
}

Result<RowVersion> RetroRepository::renameGroup(
    core::RetroBoardId id, core::RetroGroupId group, const std::string &title, RowVersion basedOn)
{
    return sql::inTransactionFor<RowVersion>(m_database.connection(), Table::RetroBoards, [&]() -> Result<RowVersion> {
        const auto current = board(id);
        if (!current)
            return current.error();
        const core::RetroGroup *g = current.value().group(group);
        if (!g)
            return Error(Problem::RetroGroupGone).withId(group);
        const auto moved = moveColumnOn(m_database.connection(), id, g->column, basedOn);
        if (!moved)
            return moved;
        if (auto why = RetroRules::checkEdit(current.value().state, core::RetroEdit::RenameGroup))
            return refused(*why);
        if (core::trimmed(title).empty())
            return Error(Problem::RetroGroupUntitled);
        QSqlQuery q(m_database.connection());
        if (Status ran = sql::run(q, QStringLiteral("UPDATE retro_groups SET title = ? WHERE id = ? AND board_id = ?"),
                { toQt(core::trimmed(title)), sqlId(group), sqlId(id) }, sql::writing(Table::RetroGroups));
            !ran)
            return ran.error();
        return moved;
    });
}

Result<RowVersion> RetroRepository::restoreGrouping(
    core::RetroBoardId id, const core::RetroGrouping &grouping, RowVersion basedOn)
{
    return sql::inTransactionFor<RowVersion>(m_database.connection(), Table::RetroBoards, [&]() -> Result<RowVersion> {
        const auto moved = moveColumnOn(m_database.connection(), id, grouping.column, basedOn);
        if (!moved)
            return moved;
        if (Status written = writeGrouping(m_database, id, grouping); !written)
            return written.error();
        return moved;
    });
}

Status RetroRepository::castVote(core::RetroBoardId id, core::PersonId person, core::RetroCardId card)
{
    return sql::inTransaction(m_database.connection(), Table::RetroBoards, [&]() -> Status {
        const auto current = board(id);
        if (!current)
            return Status::from(current);
        if (auto why = RetroRules::checkCastVote(current.value(), person, card))
            return refused(*why);
        QSqlQuery q(m_database.connection());
        return sql::run(q, QStringLiteral("INSERT INTO retro_votes (card_id, person_id) VALUES (?, ?)"),
            { sqlId(card), sqlId(person) }, sql::writing(Table::RetroVotes));
    });
}

Status RetroRepository::retractVote(core::RetroBoardId id, core::PersonId person, core::RetroCardId card)
{
    return sql::inTransaction(m_database.connection(), Table::RetroBoards, [&]() -> Status {
        const auto current = board(id);
        if (!current)
            return Status::from(current);
        if (auto why = RetroRules::checkRetractVote(current.value(), person, card))
            return refused(*why);
        QSqlQuery q(m_database.connection());
        return sql::run(q,
            QStringLiteral("DELETE FROM retro_votes WHERE id = (SELECT MAX(id) FROM retro_votes "
                           "WHERE card_id = ? AND person_id = ?)"),
            { sqlId(card), sqlId(person) }, sql::writing(Table::RetroVotes));
    });
}

Result<core::RetroAction> RetroRepository::addAction(core::RetroBoardId id, const core::RetroAction &action)
{
    core::RetroAction stored = action;
    const Status status = sql::inTransaction(m_database.connection(), Table::RetroBoards, [&]() -> Status {
        const auto current = board(id);
        if (!current)
            return Status::from(current);
        if (auto why = RetroRules::checkEdit(current.value().state, core::RetroEdit::AddActionItem))
            return refused(*why);
        if (core::trimmed(action.text).empty())
            return Error(Problem::RetroActionUndescribed);
        if (auto why = RetroRules::checkDueCall(action.dueCall))
            return refused(*why);
        stored.id = 0;
        stored.position = 0;
        for (const auto &a : current.value().actions)
            stored.position = std::max(stored.position, a.position);
        ++stored.position;
        QSqlQuery q(m_database.connection());
        if (Status ran = insertAction(q, id, stored); !ran)
            return ran;
        stored.id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return Result<core::RetroAction>::failure(status.error());
    return stored;
}

Result<RowVersion> RetroRepository::updateAction(
    core::RetroBoardId id, const core::RetroAction &action, RowVersion basedOn)
{
    return sql::inTransactionFor<RowVersion>(m_database.connection(), Table::RetroBoards, [&]() -> Result<RowVersion> {
        const auto current = board(id);
        if (!current)
            return current.error();
        const core::RetroAction *before = current.value().action(action.id);
        if (!before)
            return Error(Problem::RetroActionGone).withId(action.id);
        core::RetroAction statusOnly = *before;
        statusOnly.status = action.status;
        if (!(statusOnly == action)) {
            if (auto why = RetroRules::checkEdit(current.value().state, core::RetroEdit::EditActionItem))
                return refused(*why);
        }
        if (core::trimmed(action.text).empty())
            return Error(Problem::RetroActionUndescribed);
        if (auto why = RetroRules::checkDueCall(action.dueCall))
            return refused(*why);
        QSqlQuery q(m_database.connection());
        if (Status ran = sql::run(q,
                QStringLiteral("UPDATE retro_actions SET text = ?, owner_id = ?, due_call = ?, status = ?, "
                               "row_version = row_version + 1, changed_at = {{now}} "
                               "WHERE id = ? AND ")
                    + stillAtInOrder() + QStringLiteral(" RETURNING row_version"),
                { toQt(action.text), sql::optionalId(action.owner), sql::optionalInt(action.dueCall),
                    toQt(core::retroActionStatusKey(action.status)), sqlId(action.id), basedOn == 0 ? 1 : 0,
                    QVariant::fromValue(basedOn) },
                sql::writing(Table::RetroActions));
            !ran)
            return ran.error();
        if (!q.next())
            return actionRefusal(m_database.connection(), action.id);
        return q.value(0).toLongLong();
    });
}

Status RetroRepository::removeAction(core::RetroBoardId id, core::RetroActionId action, RowVersion basedOn)
{
    return sql::inTransaction(m_database.connection(), Table::RetroBoards, [&]() -> Status {
        const auto current = board(id);
        if (!current)
            return Status::from(current);
        if (auto why = RetroRules::checkEdit(current.value().state, core::RetroEdit::RemoveActionItem))
            return refused(*why);
        QSqlQuery q(m_database.connection());
        if (Status ran = sql::run(q,
                QStringLiteral("DELETE FROM retro_actions WHERE id = ? AND board_id = ? AND ") + stillAtInOrder(),
                { sqlId(action), sqlId(id), basedOn == 0 ? 1 : 0, QVariant::fromValue(basedOn) },
                sql::writing(Table::RetroActions));
            !ran)
            return ran;
        if (q.numRowsAffected() == 0 && basedOn != 0)
            return actionRefusal(m_database.connection(), action);
        return {};
    });
}

Status RetroRepository::restoreAction(core::RetroBoardId id, const core::RetroAction &action, RowVersion version)
{
    return sql::inTransaction(m_database.connection(), Table::RetroBoards, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        if (Status inserted = insertAction(q, id, action); !inserted)
            return inserted;
        if (version <= 1)
            return {};
        return sql::run(q, QStringLiteral("UPDATE retro_actions SET row_version = ? WHERE id = ?"),
            { QVariant::fromValue(version), sqlId(action.id) }, sql::writing(Table::RetroActions));
    });
}

Result<RetroRepository::Stamps> RetroRepository::stamps(core::RetroBoardId id) const
{
    using R = Result<Stamps>;
    QSqlQuery q(m_database.connection());
    Stamps out;
    q.prepare(QStringLiteral("SELECT %1 FROM retro_boards WHERE id = :id").arg(rowversion::stampColumns()));
    q.bindValue(QStringLiteral(":id"), sqlId(id));
    if (!q.exec())
        return R::failure(sql::failure(sql::reading(Table::RetroBoards), q));
    if (!q.next())
        return R::failure(Error(Problem::RetroBoardGone).withId(id));
    out.board = rowversion::readStamp(q, 0);
    const auto readRows = [&](const char *table, Table which, std::map<std::int64_t, RowStamp> &into) -> Status {
        q.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE board_id = :id")
                      .arg(rowversion::stampColumns(), QLatin1String(table)));
        q.bindValue(QStringLiteral(":id"), sqlId(id));
        if (!q.exec())
            return sql::failure(sql::reading(which), q);
        while (q.next())
            into.emplace(q.value(0).toLongLong(), rowversion::readStamp(q, 1));
        return {};
    };
    for (const Status &read : { readRows("retro_columns", Table::RetroColumns, out.columns),
             readRows("retro_cards", Table::RetroCards, out.cards),
             readRows("retro_actions", Table::RetroActions, out.actions) }) {
        if (!read)
            return R::failure(read.error());
    }
    return out;
}

} // namespace convener::storage
