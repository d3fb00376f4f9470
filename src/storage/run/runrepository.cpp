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

// A row of kStoredColumns.
Result<std::optional<StoredRun>> readStored(const QSqlQuery &q)
{
    StoredRun run;
    run.callNumber = q.value(0).toInt();
    auto state = parse(q.value(1).toString(), run.callNumber);
    if (!state)
        return Result<std::optional<StoredRun>>::failure(state.error());
    run.state = std::move(state).value();
    run.driver = q.value(2).toString();
    run.stamp = rowversion::readStamp(q, 3);
    run.byThisLogin = q.value(6).toInt() != 0;
    return std::optional<StoredRun>(std::move(run));
}

} // namespace

RunRepository::RunRepository(Database &database) : m_database(database)
{
}

Status RunRepository::save(core::CohortId cohort, int callNumber, const core::RunState &state, const QString &driver)
{
    return sql::inTransaction(m_database.connection(), Table::CallRuns, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        // A run under way that another Convener drives is theirs to write.
        sql::prepare(q,
            QStringLiteral("INSERT INTO call_runs (cohort_id, call_number, status, state, saved_at, driver) "
                           "VALUES (:cohort, :number, :status, :state, {{now_ms}}, COALESCE(:driver, '')) "
                           "ON CONFLICT (cohort_id, call_number) DO UPDATE SET status = excluded.status, "
                           "state = excluded.state, saved_at = excluded.saved_at, driver = excluded.driver, "
                           "%1 "
                           "WHERE :anyone = 1 OR call_runs.driver = excluded.driver OR call_runs.driver = '' "
                           "OR call_runs.status NOT IN ('running', 'paused') "
                           "RETURNING call_runs.row_version")
                .arg(rowversion::nextVersion(QStringLiteral("call_runs"))));
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        q.bindValue(QStringLiteral(":number"), callNumber);
        q.bindValue(QStringLiteral(":status"), toQt(std::string(core::runStatusKey(state.status))));
        q.bindValue(QStringLiteral(":state"), toQt(core::runStateToJson(state).dump()));
        q.bindValue(QStringLiteral(":driver"), driver);
        q.bindValue(QStringLiteral(":anyone"), driver.isEmpty() ? 1 : 0);
        if (!q.exec())
            return sql::failure(sql::writing(Table::CallRuns), q);
        if (q.next())
            return {};
        q.finish();
        return rowversion::refusal(m_database.connection(), Table::CallRuns, "call_runs",
            QStringLiteral("cohort_id = :cohort AND call_number = :number"),
            { { QStringLiteral(":cohort"), sqlId(cohort) }, { QStringLiteral(":number"), callNumber } },
            Error(Problem::ChangedElsewhere).inTable(Table::CallRuns))
            .withCall(callNumber);
    });
}

Result<StoredRun> RunRepository::takeOver(core::CohortId cohort, int callNumber, const QString &driver)
{
    using R = Result<StoredRun>;
    const Status taken = sql::inTransaction(m_database.connection(), Table::CallRuns, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        sql::prepare(q,
            QStringLiteral("UPDATE call_runs SET driver = COALESCE(:driver, ''), %1 WHERE cohort_id = :cohort AND "
                           "call_number = :number")
                .arg(rowversion::nextVersion()));
        q.bindValue(QStringLiteral(":driver"), driver);
        q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
        q.bindValue(QStringLiteral(":number"), callNumber);
        if (!q.exec())
            return sql::failure(sql::writing(Table::CallRuns), q);
        if (q.numRowsAffected() != 1)
            return Error(Problem::SavedRunUnreadable).withCall(callNumber);
        return {};
    });
    if (!taken)
        return R::failure(taken.error());
    auto run = stored(cohort, callNumber);
    if (!run)
        return R::failure(run.error());
    if (!run.value())
        return R::failure(Error(Problem::SavedRunUnreadable).withCall(callNumber));
    return std::move(*run.value());
}

namespace {

const QString kStoredColumns = QStringLiteral("call_number, state, driver, %1, %2")
                                   .arg(rowversion::stampColumns(), QStringLiteral("{{by_this_login}}"));

} // namespace

Result<std::optional<StoredRun>> RunRepository::stored(core::CohortId cohort, int callNumber) const
{
    using R = Result<std::optional<StoredRun>>;
    QSqlQuery q(m_database.connection());
    sql::prepare(q,
        QStringLiteral("SELECT %1 FROM call_runs WHERE cohort_id = :cohort AND call_number = :number")
            .arg(kStoredColumns));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    q.bindValue(QStringLiteral(":number"), callNumber);
    if (!q.exec())
        return R::failure(sql::failure(sql::reading(Table::CallRuns), q));
    if (!q.next())
        return std::optional<StoredRun>();
    return readStored(q);
}

Result<std::optional<StoredRun>> RunRepository::unfinishedRun(core::CohortId cohort) const
{
    using R = Result<std::optional<StoredRun>>;
    QSqlQuery q(m_database.connection());
    sql::prepare(q,
        QStringLiteral("SELECT %1 FROM call_runs WHERE cohort_id = :cohort "
                       "AND status IN ('running', 'paused') ORDER BY saved_at DESC, id DESC LIMIT 1")
            .arg(kStoredColumns));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (!q.exec())
        return R::failure(sql::failure(sql::reading(Table::CallRuns), q));
    if (!q.next())
        return std::optional<StoredRun>();
    return readStored(q);
}

Result<std::optional<core::RunState>> RunRepository::load(core::CohortId cohort, int callNumber) const
{
    auto run = stored(cohort, callNumber);
    if (!run)
        return Result<std::optional<core::RunState>>::failure(run.error());
    if (!run.value())
        return std::optional<core::RunState>();
    return std::optional<core::RunState>(std::move(run.value()->state));
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
