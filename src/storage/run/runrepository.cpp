// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/run/runrepository.h"

#include "core/common/json/jsonreader.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convener::storage {

namespace {

Result<core::RunState> parse(const QString &text, int callNumber)
{
    // The database file can be damaged or edited by hand: read it as any other untrusted JSON.
    const auto json = core::readJson<nlohmann::json>(toStd(text));
    auto state = json.ok() ? core::runStateFromJson(json.value()) : std::nullopt;
    if (!state)
        return Result<core::RunState>::failure(Error(Problem::SavedRunUnreadable).withCall(callNumber));
    return std::move(*state);
}

} // namespace

RunRepository::RunRepository(Database &database) : m_database(database)
{
}

Status RunRepository::save(core::CohortId cohort, int callNumber, const core::RunState &state)
{
    return sql::inTransaction(m_database.connection(), Table::CallRuns, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        sql::prepare(q,
            QStringLiteral("INSERT INTO call_runs (cohort_id, call_number, status, state, saved_at) "
                           "VALUES (:cohort, :number, :status, :state, {{now_ms}}) "
                           "ON CONFLICT (cohort_id, call_number) DO UPDATE SET status = excluded.status, "
                           "state = excluded.state, saved_at = excluded.saved_at"));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        q.bindValue(QStringLiteral(":number"), callNumber);
        q.bindValue(QStringLiteral(":status"), toQt(std::string(core::runStatusKey(state.status))));
        q.bindValue(QStringLiteral(":state"), toQt(core::runStateToJson(state).dump()));
        if (!q.exec())
            return sql::failure(sql::writing(Table::CallRuns), q);
        return {};
    });
}

Result<std::optional<core::RunState>> RunRepository::load(core::CohortId cohort, int callNumber) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT state FROM call_runs WHERE cohort_id = :cohort AND call_number = :number"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":number"), callNumber);
    if (!q.exec())
        return Result<std::optional<core::RunState>>::failure(sql::failure(sql::reading(Table::CallRuns), q));
    if (!q.next())
        return std::optional<core::RunState>();
    auto state = parse(q.value(0).toString(), callNumber);
    if (!state)
        return Result<std::optional<core::RunState>>::failure(state.error());
    return std::optional<core::RunState>(std::move(state).value());
}

Result<std::optional<SavedRun>> RunRepository::unfinished(core::CohortId cohort) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT call_number, state FROM call_runs WHERE cohort_id = :cohort "
                             "AND status IN ('running', 'paused') ORDER BY saved_at DESC, id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec())
        return Result<std::optional<SavedRun>>::failure(sql::failure(sql::reading(Table::CallRuns), q));
    if (!q.next())
        return std::optional<SavedRun>();
    const int number = q.value(0).toInt();
    auto state = parse(q.value(1).toString(), number);
    if (!state)
        return Result<std::optional<SavedRun>>::failure(state.error());
    return std::optional<SavedRun>(SavedRun{number, std::move(state).value()});
}

Status RunRepository::remove(core::CohortId cohort, int callNumber)
{
    return sql::inTransaction(m_database.connection(), Table::CallRuns, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM call_runs WHERE cohort_id = :cohort AND call_number = :number"));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        q.bindValue(QStringLiteral(":number"), callNumber);
        if (!q.exec())
            return sql::failure(sql::writing(Table::CallRuns), q);
        return {};
    });
}

} // namespace convener::storage
