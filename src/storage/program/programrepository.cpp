// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/program/programrepository.h"

#include "core/program/builtinlibrary.h"
#include "core/program/programdocument.h"
#include "core/program/programjson.h"
#include "core/roster/callcalendar.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/roster/rosterrepository.h"
#include "storage/sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convener::storage {

namespace {

QString callJson(const core::ProgramCall &call)
{
    core::ProgramDocument document{call};
    return toQt(core::saveProgramDocument(document));
}

// A stored call that no longer reads (a damaged row, or written by a newer
// Convener) is reported with where it is, never silently dropped.
Result<CohortCall> readCall(const QSqlQuery &q)
{
    CohortCall c;
    c.id = q.value(0).toLongLong();
    c.cohort = q.value(1).toLongLong();
    c.number = q.value(2).toInt();
    const auto loaded = core::loadProgramDocument(toStd(q.value(3).toString()));
    const auto *call = loaded.ok() ? std::get_if<core::ProgramCall>(&loaded.document->content) : nullptr;
    if (!call) {
        // What the reader found, when it found anything: models say "it is not a call" otherwise.
        Error unreadable = Error(Problem::CallUnreadable).withId(c.cohort).withCall(c.number);
        if (!loaded.problems.empty())
            unreadable.withProgramProblem(loaded.problems.front());
        return unreadable;
    }
    c.call = *call;
    c.stamp = rowversion::readStamp(q, 5);
    // The column is what a moved call changes (and what queries see), so it wins
    // over the copy inside the document.
    if (const QString start = q.value(4).toString(); !start.isEmpty())
        c.call.plannedStart = toStd(start);
    return c;
}

} // namespace

ProgramRepository::ProgramRepository(Database &database) : m_database(database)
{
}

Status ProgramRepository::followProgram(core::CohortId cohort, const core::Program &program, const std::string &programId)
{
    RosterRepository roster(m_database);
    const auto stored = roster.cohort(cohort);
    if (!stored)
        return Status::failure(stored.error());
    const auto starts = core::weeklyCallStarts(stored.value(), static_cast<int>(program.calls.size()));

    const QSqlDatabase db = m_database.connection();
    return sql::inTransaction(db, Table::CohortCalls, [&]() -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM cohort_calls WHERE cohort_id = :cohort"));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        if (!q.exec() || !q.next())
            return sql::failure(sql::reading(Table::CohortCalls), q);
        if (q.value(0).toInt() > 0)
            return Error(Problem::CallsAlreadyChosen).withId(cohort).withName(toQt(stored.value().name));

        q.prepare(QStringLiteral("UPDATE cohorts SET program_id = :id, program_name = :name WHERE id = :cohort"));
        q.bindValue(QStringLiteral(":id"), toQt(programId));
        q.bindValue(QStringLiteral(":name"), toQt(program.name));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        if (!q.exec())
            return sql::failure(sql::writing(Table::Cohorts), q);

        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO cohort_calls (cohort_id, number, planned_start, document) "
                                      "VALUES (:cohort, :number, :start, :document)"));
        for (size_t i = 0; i < program.calls.size(); ++i) {
            core::ProgramCall call = program.calls[i];
            if (i < starts.size())
                call.plannedStart = starts[i];
            insert.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
            insert.bindValue(QStringLiteral(":number"), static_cast<int>(i + 1));
            insert.bindValue(QStringLiteral(":start"), toQt(call.plannedStart));
            insert.bindValue(QStringLiteral(":document"), callJson(call));
            if (!insert.exec())
                return sql::failure(sql::writing(Table::CohortCalls), insert);
        }
        return {};
    });
}

Status ProgramRepository::followBuiltinProgram(core::CohortId cohort, const std::string &programId)
{
    const auto loaded = core::BuiltinLibrary::load(programId);
    const auto *program = loaded.ok() ? std::get_if<core::Program>(&loaded.document->content) : nullptr;
    if (!program)
        return Error(Problem::NoSuchBuiltinProgram).withName(toQt(programId));
    return followProgram(cohort, *program, programId);
}

Result<std::vector<CohortCall>> ProgramRepository::calls(core::CohortId cohort) const
{
    using R = Result<std::vector<CohortCall>>;
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT id, cohort_id, number, document, planned_start, row_version, changed_by, changed_at "
                       "FROM cohort_calls "
                       "WHERE cohort_id = :cohort "
                       "ORDER BY number"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec())
        return R::failure(sql::failure(sql::reading(Table::CohortCalls), q));
    std::vector<CohortCall> out;
    while (q.next()) {
        auto c = readCall(q);
        if (!c)
            return R::failure(c.error());
        out.push_back(std::move(c).value());
    }
    return out;
}

Result<CohortCall> ProgramRepository::call(core::CohortId cohort, int number) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT id, cohort_id, number, document, planned_start, row_version, changed_by, changed_at "
                       "FROM cohort_calls "
                       "WHERE cohort_id = :cohort AND number = :number"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":number"), number);
    if (!q.exec())
        return sql::failure(sql::reading(Table::CohortCalls), q);
    if (!q.next())
        return Error(Problem::NoSuchCall).withId(cohort).withCall(number);
    return readCall(q);
}

Result<RowVersion> ProgramRepository::saveCall(const CohortCall &call)
{
    RowVersion saved = 0;
    const Status status = sql::inTransaction(m_database.connection(), Table::CohortCalls, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        sql::prepare(q,
            QStringLiteral("UPDATE cohort_calls SET document = :document, planned_start = :start, "
                           "updated_at = {{now}}, %1 WHERE id = :id AND %2 RETURNING row_version")
                .arg(rowversion::nextVersion(), rowversion::stillAt()));
        q.bindValue(QStringLiteral(":document"), callJson(call.call));
        q.bindValue(QStringLiteral(":start"), toQt(call.call.plannedStart));
        q.bindValue(QStringLiteral(":id"), sqlId(call.id));
        rowversion::bindBasedOn(q, call.stamp.version);
        if (!q.exec())
            return sql::failure(sql::writing(Table::CohortCalls), q);
        if (!q.next()) {
            return rowversion::refusal(m_database.connection(), Table::CohortCalls, "cohort_calls",
                QStringLiteral("id = :id"), { { QStringLiteral(":id"), sqlId(call.id) } },
                Error(Problem::CallGone).withId(call.cohort).withCall(call.number))
                .withId(call.cohort)
                .withCall(call.number);
        }
        saved = q.value(0).toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return saved;
}

Result<std::string> ProgramRepository::programName(core::CohortId cohort) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT program_name FROM cohorts WHERE id = :cohort"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec() || !q.next())
        return sql::failure(sql::reading(Table::Cohorts), q);
    return toStd(q.value(0).toString());
}

} // namespace convener::storage
