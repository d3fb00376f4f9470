// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/roster/rosterrepository.h"

#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/program/programrepository.h"
#include "storage/sql.h"

#include <algorithm>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace convener::storage {

namespace {

core::Cohort readCohort(const QSqlQuery &q)
{
    core::Cohort c;
    c.id = q.value(0).toLongLong();
    c.name = toStd(q.value(1).toString());
    c.startDate = toStd(q.value(2).toString());
    c.weekday = q.value(3).toInt();
    c.startTime = toStd(q.value(4).toString());
    c.timeZone = toStd(q.value(5).toString());
    c.description = toStd(q.value(6).toString());
    c.videoLink = toStd(q.value(7).toString());
    return c;
}

const QString kCohortColumns =
    QStringLiteral("id, name, start_date, weekday, start_time, time_zone, description, video_link");

void bindCohort(QSqlQuery &q, const core::Cohort &c)
{
    q.bindValue(QStringLiteral(":name"), toQt(core::trimmed(c.name)));
    q.bindValue(QStringLiteral(":start_date"), toQt(c.startDate));
    q.bindValue(QStringLiteral(":weekday"), c.weekday);
    q.bindValue(QStringLiteral(":start_time"), toQt(c.startTime));
    q.bindValue(QStringLiteral(":time_zone"), toQt(c.timeZone));
    q.bindValue(QStringLiteral(":description"), toQt(c.description));
    q.bindValue(QStringLiteral(":video_link"), toQt(core::trimmed(c.videoLink)));
}

// A person's details, saved only while the row is still at the version bound
// by rowversion::bindBasedOn(); the row's new version is returned.
QString updatePerson()
{
    return QStringLiteral("UPDATE people SET display_name = :display_name, email = :email, pronouns = :pronouns, "
                          "location = :location, time_zone = :time_zone, notes = :notes, %1 "
                          "WHERE id = :id AND %2 RETURNING row_version")
        .arg(rowversion::nextVersion(), rowversion::stillAt());
}

void bindMembership(QSqlQuery &q, core::CohortId cohort, core::PersonId person, core::Role role)
{
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":person"), sqlId(person));
    q.bindValue(QStringLiteral(":role"), toQt(core::roleKey(role)));
}

void bindPerson(QSqlQuery &q, const core::Person &p)
{
    q.bindValue(QStringLiteral(":display_name"), toQt(core::trimmed(p.displayName)));
    q.bindValue(QStringLiteral(":email"), toQt(core::trimmed(p.email)));
    q.bindValue(QStringLiteral(":pronouns"), toQt(core::trimmed(p.pronouns)));
    q.bindValue(QStringLiteral(":location"), toQt(core::trimmed(p.location)));
    q.bindValue(QStringLiteral(":time_zone"), toQt(core::trimmed(p.timeZone)));
    q.bindValue(QStringLiteral(":notes"), toQt(p.notes));
}

// How far the first call moves, in minutes of local time; nullopt when either
// start lacks a date or time to measure from.
std::optional<qint64> startShift(const core::Cohort &before, const core::Cohort &after)
{
    const QDate from = QDate::fromString(toQt(before.startDate), Qt::ISODate);
    const QDate to = QDate::fromString(toQt(after.startDate), Qt::ISODate);
    const QTime fromTime = QTime::fromString(toQt(before.startTime), QStringLiteral("HH:mm"));
    const QTime toTime = QTime::fromString(toQt(after.startTime), QStringLiteral("HH:mm"));
    if (!from.isValid() || !to.isValid() || !fromTime.isValid() || !toTime.isValid())
        return std::nullopt;
    return from.daysTo(to) * 24 * 60 + fromTime.secsTo(toTime) / 60;
}

// A planned start is a wall-clock reading in the cohort's zone. The arithmetic
// runs in UTC so that a daylight-saving change of this machine cannot bend it.
std::optional<std::string> movedStart(const std::string &start, qint64 minutes)
{
    const QString text = toQt(start);
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11), QStringLiteral("HH:mm"));
    if (text.size() != 16 || text.at(10) != QLatin1Char('T') || !date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime moved = QDateTime(date, time, QTimeZone::utc()).addSecs(minutes * 60);
    return toStd(moved.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
}

Error cohortProblemError(const core::CohortProblem &p)
{
    static const std::pair<const char *, Problem> kinds[] = {
        { "name", Problem::CohortNameMissing },
        { "start_date", Problem::CohortStartDateInvalid },
        { "weekday", Problem::CohortWeekdayInvalid },
        { "start_time", Problem::CohortStartTimeInvalid },
        { "video_link", Problem::CohortVideoLinkInvalid },
    };
    const auto *kind
        = std::find_if(std::begin(kinds), std::end(kinds), [&](const auto &k) { return p.field == k.first; });
    assert(kind != std::end(kinds));
    return Error(kind->second).withName(toQt(p.value));
}

} // namespace

Error cohortError(const std::vector<core::CohortProblem> &problems)
{
    assert(!problems.empty());
    Error error = cohortProblemError(problems.front());
    for (auto p = problems.begin() + 1; p != problems.end(); ++p)
        error.more.push_back(cohortProblemError(*p));
    return error;
}

RosterRepository::RosterRepository(Database &database) : m_database(database)
{
}

Result<std::vector<core::Cohort>> RosterRepository::cohorts() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(
            sql::forEngine(q, QStringLiteral("SELECT %1 FROM cohorts ORDER BY name {{nocase}}").arg(kCohortColumns))))
        return Result<std::vector<core::Cohort>>::failure(sql::failure(sql::reading(Table::Cohorts), q));
    std::vector<core::Cohort> out;
    while (q.next())
        out.push_back(readCohort(q));
    return out;
}

Result<std::optional<core::Cohort>> RosterRepository::cohortByName(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    sql::prepare(q, QStringLiteral("SELECT %1 FROM cohorts WHERE name = :name {{nocase}}").arg(kCohortColumns));
    q.bindValue(QStringLiteral(":name"), name.trimmed());
    if (!q.exec())
        return Result<std::optional<core::Cohort>>::failure(sql::failure(sql::reading(Table::Cohorts), q));
    if (!q.next())
        return std::optional<core::Cohort>();
    return std::optional<core::Cohort>(readCohort(q));
}

Result<core::Cohort> RosterRepository::cohort(core::CohortId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cohorts WHERE id = :id").arg(kCohortColumns));
    q.bindValue(QStringLiteral(":id"), sqlId(id));
    if (!q.exec())
        return Result<core::Cohort>::failure(sql::failure(sql::reading(Table::Cohorts), q));
    if (!q.next())
        return Result<core::Cohort>::failure(Error(Problem::NoSuchCohort).withId(id));
    return readCohort(q);
}

Result<core::CohortId> RosterRepository::createCohort(const core::Cohort &cohort)
{
    if (const auto problems = core::validateCohort(cohort); !problems.empty())
        return Result<core::CohortId>::failure(cohortError(problems));
    const auto existing = cohortByName(toQt(cohort.name));
    if (!existing)
        return Result<core::CohortId>::failure(existing.error());
    if (existing.value())
        return Result<core::CohortId>::failure(Error(Problem::CohortNameTaken).withName(toQt(cohort.name)));

    core::CohortId id = 0;
    const Status saved = sql::inTransaction(m_database.connection(), Table::Cohorts, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO cohorts (name, start_date, weekday, start_time, time_zone, description, "
                                 "video_link) VALUES (:name, :start_date, :weekday, :start_time, :time_zone, "
                                 ":description, :video_link)"));
        bindCohort(q, cohort);
        if (Status inserted = sql::exec(q, sql::writing(Table::Cohorts)); !inserted)
            return inserted;
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!saved)
        return saved.error();
    return id;
}

Status RosterRepository::updateCohort(const core::Cohort &cohort)
{
    if (const auto problems = core::validateCohort(cohort); !problems.empty())
        return cohortError(problems);
    const auto before = this->cohort(cohort.id);
    if (!before)
        return Status::failure(before.error());
    const auto existing = cohortByName(toQt(cohort.name));
    if (!existing)
        return Status::failure(existing.error());
    if (existing.value() && existing.value()->id != cohort.id)
        return Error(Problem::CohortNameTaken).withName(toQt(core::trimmed(cohort.name)));

    return sql::inTransaction(m_database.connection(), Table::Cohorts, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("UPDATE cohorts SET name = :name, start_date = :start_date, weekday = :weekday, "
                                 "start_time = :start_time, time_zone = :time_zone, description = :description, "
                                 "video_link = :video_link WHERE id = :id"));
        bindCohort(q, cohort);
        q.bindValue(QStringLiteral(":id"), sqlId(cohort.id));
        if (Status updated = sql::exec(q, sql::writing(Table::Cohorts)); !updated)
            return updated;
        return moveDatedCalls(before.value(), cohort);
    });
}

Status RosterRepository::moveDatedCalls(const core::Cohort &before, const core::Cohort &after)
{
    if (before.startDate == after.startDate && before.startTime == after.startTime)
        return {};
    ProgramRepository program(m_database);
    const auto calls = program.calls(after.id);
    if (!calls)
        return Status::failure(calls.error());
    const bool dated = std::any_of(calls.value().begin(), calls.value().end(),
                                   [](const CohortCall &c) { return !c.call.plannedStart.empty(); });
    if (!dated)
        return {};
    const auto shift = startShift(before, after);
    if (!shift)
        return Error(Problem::DatedCallsNeedStart).withName(toQt(after.name));
    for (CohortCall call : calls.value()) {
        if (call.call.plannedStart.empty())
            continue;
        const auto moved = movedStart(call.call.plannedStart, *shift);
        if (!moved)
            return Error(Problem::CallStartUnreadable).withCall(call.number).withName(toQt(call.call.plannedStart));
        call.call.plannedStart = *moved;
        if (const auto saved = program.saveCall(call); !saved)
            return Status::failure(saved.error());
    }
    return {};
}

Status RosterRepository::setHosts(core::CohortId cohort, const std::vector<std::string> &names)
{
    const auto current = members(cohort);
    if (!current)
        return Status::failure(current.error());
    std::vector<core::Member> wanted;                        // in order, the first hosts
    for (const std::string &written : names) {
        const QString name = toQt(core::trimmed(written));
        const bool repeated = std::any_of(wanted.begin(), wanted.end(), [&](const core::Member &m) {
            return QString::compare(toQt(m.person.displayName), name, Qt::CaseInsensitive) == 0;
        });
        if (name.isEmpty() || repeated)
            continue;
        core::Member m;
        m.person.displayName = toStd(name);
        m.role = wanted.empty() ? core::Role::Host : core::Role::CoHost;
        // A member who already hosts is the one meant when two people share the name.
        const core::Member *match = nullptr;
        for (const core::Member &existing : current.value()) {
            if (QString::compare(toQt(existing.person.displayName), name, Qt::CaseInsensitive) != 0)
                continue;
            if (!match || (match->role == core::Role::Participant && existing.role != core::Role::Participant))
                match = &existing;
        }
        if (match)
            m.person = match->person;
        wanted.push_back(std::move(m));
    }

    return sql::inTransaction(m_database.connection(), Table::Memberships, [&]() -> Status {
        std::vector<core::Member> joining;
        for (const core::Member &m : wanted) {
            if (m.person.id == 0) {
                joining.push_back(m);
                continue;
            }
            const auto was = std::find_if(current.value().begin(), current.value().end(),
                [&](const core::Member &e) { return e.person.id == m.person.id; });
            if (was->role != m.role) {
                if (const Status saved = updateMember(cohort, m); !saved)
                    return saved;
            }
        }
        for (core::Member m : current.value()) {
            const bool kept = std::any_of(
                wanted.begin(), wanted.end(), [&](const core::Member &w) { return w.person.id == m.person.id; });
            if (kept || m.role == core::Role::Participant)
                continue;
            m.role = core::Role::Participant;
            if (const Status saved = updateMember(cohort, m); !saved)
                return saved;
        }
        if (!joining.empty()) {
            if (const auto added = addMembers(cohort, joining); !added)
                return Status::failure(added.error());
        }
        return {};
    });
}

Result<std::string> RosterRepository::cohortCreatedAt(core::CohortId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT created_at FROM cohorts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), sqlId(id));
    if (!q.exec())
        return Result<std::string>::failure(sql::failure(sql::reading(Table::Cohorts), q));
    if (!q.next())
        return Result<std::string>::failure(Error(Problem::NoSuchCohort).withId(id));
    return toStd(q.value(0).toString());
}

Result<std::vector<core::Member>> RosterRepository::members(core::CohortId cohort) const
{
    QSqlQuery q(m_database.connection());
    sql::prepare(q,
        QStringLiteral("SELECT p.id, p.display_name, p.email, p.pronouns, p.location, p.time_zone, p.notes, m.role "
                       "FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.cohort_id = :cohort "
                       "ORDER BY p.display_name {{nocase}}, p.id"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec())
        return Result<std::vector<core::Member>>::failure(sql::failure(sql::reading(Table::Memberships), q));
    std::vector<core::Member> out;
    while (q.next()) {
        core::Member m;
        m.person.id = q.value(0).toLongLong();
        m.person.displayName = toStd(q.value(1).toString());
        m.person.email = toStd(q.value(2).toString());
        m.person.pronouns = toStd(q.value(3).toString());
        m.person.location = toStd(q.value(4).toString());
        m.person.timeZone = toStd(q.value(5).toString());
        m.person.notes = toStd(q.value(6).toString());
        m.role = core::roleFromKey(toStd(q.value(7).toString())).value_or(core::Role::Participant);
        out.push_back(std::move(m));
    }
    return out;
}

Result<int> RosterRepository::memberCount(core::CohortId cohort) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM memberships WHERE cohort_id = :cohort"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec() || !q.next())
        return Result<int>::failure(sql::failure(sql::reading(Table::Memberships), q));
    return q.value(0).toInt();
}

Result<std::vector<std::string>> RosterRepository::memberEmails(core::CohortId cohort) const
{
    const auto all = members(cohort);
    if (!all)
        return Result<std::vector<std::string>>::failure(all.error());
    std::vector<std::string> emails;
    for (const auto &m : all.value()) {
        if (!core::trimmed(m.person.email).empty())
            emails.push_back(core::normalizedEmail(m.person.email));
    }
    return emails;
}

Result<std::vector<core::Member>> RosterRepository::addMembers(core::CohortId cohort,
                                                               const std::vector<core::Member> &members)
{
    std::vector<core::Member> stored;
    const Status saved = sql::inTransaction(m_database.connection(), Table::Memberships, [&]() -> Status {
        QSqlQuery person(m_database.connection());
        person.prepare(QStringLiteral("INSERT INTO people (display_name, email, pronouns, location, time_zone, notes) "
                                      "VALUES (:display_name, :email, :pronouns, :location, :time_zone, :notes)"));
        QSqlQuery membership(m_database.connection());
        membership.prepare(
            QStringLiteral("INSERT INTO memberships (cohort_id, person_id, role) VALUES (:cohort, :person, :role)"));
        stored.reserve(members.size());
        for (const core::Member &m : members) {
            if (core::trimmed(m.person.displayName).empty())
                return Error(Problem::PeopleNeedNames);
            bindPerson(person, m.person);
            if (Status added = sql::exec(person, sql::writing(Table::People)); !added)
                return added;
            core::Member saved = m;
            saved.person.id = person.lastInsertId().toLongLong();
            bindMembership(membership, cohort, saved.person.id, m.role);
            if (Status joined = sql::exec(membership, sql::writing(Table::Memberships)); !joined)
                return joined;
            stored.push_back(std::move(saved));
        }
        return {};
    });
    if (!saved)
        return saved.error();
    return stored;
}

Status RosterRepository::restoreMembers(core::CohortId cohort, const std::vector<core::Member> &members)
{
    return sql::inTransaction(m_database.connection(), Table::Memberships, [&]() -> Status {
        QSqlQuery person(m_database.connection());
        sql::prepare(person, updatePerson());
        rowversion::bindBasedOn(person, 0);
        QSqlQuery membership(m_database.connection());
        membership.prepare(QStringLiteral("INSERT INTO memberships (cohort_id, person_id, role) "
                                          "VALUES (:cohort, :person, :role) "
                                          "ON CONFLICT (cohort_id, person_id) DO UPDATE SET role = excluded.role"));
        for (const core::Member &m : members) {
            bindPerson(person, m.person);
            person.bindValue(QStringLiteral(":id"), sqlId(m.person.id));
            if (Status restored = sql::exec(person, sql::writing(Table::People)); !restored)
                return restored;
            if (!person.next())
                return Error(Problem::PersonGone).withName(toQt(m.person.displayName));
            bindMembership(membership, cohort, m.person.id, m.role);
            if (Status joined = sql::exec(membership, sql::writing(Table::Memberships)); !joined)
                return joined;
        }
        return {};
    });
}

Status RosterRepository::updateMember(core::CohortId cohort, const core::Member &member)
{
    const auto edited = editMember(cohort, member, 0);
    return edited ? Status {} : Status::failure(edited.error());
}

Result<RowVersion> RosterRepository::editMember(core::CohortId cohort, const core::Member &member, RowVersion basedOn)
{
    if (core::trimmed(member.person.displayName).empty())
        return Error(Problem::PersonNeedsName);
    RowVersion saved = 0;
    const Status status = sql::inTransaction(m_database.connection(), Table::Memberships, [&]() -> Status {
        QSqlQuery person(m_database.connection());
        sql::prepare(person, updatePerson());
        bindPerson(person, member.person);
        person.bindValue(QStringLiteral(":id"), sqlId(member.person.id));
        rowversion::bindBasedOn(person, basedOn);
        if (!person.exec())
            return Status::failure(sql::failure(sql::writing(Table::People), person));
        if (!person.next()) {
            return rowversion::refusal(m_database.connection(), Table::People, "people", QStringLiteral("id = :id"),
                { { QStringLiteral(":id"), sqlId(member.person.id) } },
                Error(Problem::MemberGone).withName(toQt(member.person.displayName)))
                .withId(member.person.id);
        }
        saved = person.value(0).toLongLong();
        // The role is written only when it changes: on a server every write
        // is announced, and co-hosts would read the rooms again for nothing.
        QSqlQuery current(m_database.connection());
        current.prepare(
            QStringLiteral("SELECT role FROM memberships WHERE cohort_id = :cohort AND person_id = :person"));
        current.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        current.bindValue(QStringLiteral(":person"), sqlId(member.person.id));
        if (!current.exec())
            return Status::failure(sql::failure(sql::reading(Table::Memberships), current));
        if (!current.next())
            return Error(Problem::MemberGone).withName(toQt(member.person.displayName));
        const QString roleKey = toQt(core::roleKey(member.role));
        if (current.value(0).toString() == roleKey)
            return {};
        QSqlQuery role(m_database.connection());
        role.prepare(
            QStringLiteral("UPDATE memberships SET role = :role WHERE cohort_id = :cohort AND person_id = :person"));
        role.bindValue(QStringLiteral(":role"), roleKey);
        role.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        role.bindValue(QStringLiteral(":person"), sqlId(member.person.id));
        if (!role.exec())
            return Status::failure(sql::failure(sql::writing(Table::Memberships), role));
        if (role.numRowsAffected() != 1)
            return Error(Problem::MemberGone).withName(toQt(member.person.displayName));
        return {};
    });
    if (!status)
        return status.error();
    return saved;
}

Result<std::map<core::PersonId, RowStamp>> RosterRepository::memberStamps(core::CohortId cohort) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT p.id, %1 FROM memberships m JOIN people p ON p.id = m.person_id "
                             "WHERE m.cohort_id = :cohort")
                  .arg(rowversion::stampColumns(QStringLiteral("p."))));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec())
        return sql::failure(sql::reading(Table::People), q);
    std::map<core::PersonId, RowStamp> out;
    while (q.next())
        out.emplace(q.value(0).toLongLong(), rowversion::readStamp(q, 1));
    return out;
}

Status RosterRepository::removeMembers(core::CohortId cohort, const std::vector<core::PersonId> &people)
{
    return sql::inTransaction(m_database.connection(), Table::Memberships, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM memberships WHERE cohort_id = :cohort AND person_id = :person"));
        for (core::PersonId id : people) {
            q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
            q.bindValue(QStringLiteral(":person"), sqlId(id));
            if (!q.exec())
                return Status::failure(sql::failure(sql::writing(Table::Memberships), q));
        }
        return {};
    });
}

} // namespace convener::storage
