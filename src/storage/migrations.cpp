// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/writetransaction.h"

#include <array>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <vector>

namespace convener::storage {

namespace {

// A statement of a step: written once for both engines with the tokens of
// dialect::expand(), or, where the engines have no shared words for it (a
// trigger, the server's collation), once for each.
struct Statement
{
    enum class On { Both, SQLite, PostgreSQL };
    Statement(const char *text) // NOLINT: most statements run on both engines
        : sql(QString::fromUtf8(text))
    {
    }
    Statement(On only, const char *text)
        : sql(QString::fromUtf8(text))
        , on(only)
    {
    }
    Statement(On only, QString text)
        : sql(std::move(text))
        , on(only)
    {
    }
    QString sql;
    On on = On::Both;

    bool runsOn(Engine engine) const { return on == On::Both || (on == On::SQLite) == (engine == Engine::SQLite); }
};
using On = Statement::On;

// The tables whose rows hosts change in place, and so carry a row version: an
// edit names the version it was based on and is refused when the row has
// moved on (see docs/team-server.md, "Two hosts at once").
constexpr std::array kVersionedTables { "cohorts", "people", "memberships", "cohort_calls", "attendance",
    "breakout_rounds", "retro_boards", "retro_columns", "retro_groups", "retro_cards", "retro_actions", "call_runs" };

// Every table of Convener's: a change to any of them is announced on a server.
constexpr std::array kAllTables { "cohorts", "people", "memberships", "cohort_calls", "journals", "journal_entries",
    "journal_drafts", "retro_boards", "retro_columns", "retro_groups", "retro_cards", "retro_votes", "retro_actions",
    "call_runs", "attendance", "breakout_rounds", "room_assignments", "keep_apart" };

// Step 7: row versions, and a server that tells every connected Convener
// which tables a transaction changed.
std::vector<Statement> rowVersionsAndChangeFeed()
{
    std::vector<Statement> out;
    for (const char *table : kVersionedTables) {
        const QString name = QString::fromLatin1(table);
        // The version an edit is checked against; whoever (the server's login)
        // and whenever last changed the row, for the refusal's words.
        out.emplace_back(
            On::Both, QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1").arg(name));
        out.emplace_back(
            On::Both, QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''").arg(name));
        out.emplace_back(
            On::Both, QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''").arg(name));
    }
    // On a server the login that changed a row is written by the server
    // itself, and an update that forgot to move the version on moves it.
    out.emplace_back(On::PostgreSQL,
        QStringLiteral(R"(CREATE FUNCTION convener_stamp_row() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.row_version IS NOT DISTINCT FROM OLD.row_version THEN
                NEW.row_version := OLD.row_version + 1;
            END IF;
            NEW.changed_by := session_user;
            NEW.changed_at := %1;
            RETURN NEW;
        END $$)")
            .arg(dialect::expand(Engine::PostgreSQL, QStringLiteral("{{now}}"))));
    for (const char *table : kVersionedTables) {
        out.emplace_back(On::PostgreSQL,
            QStringLiteral("CREATE TRIGGER %1_stamp BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                           "convener_stamp_row()")
                .arg(QString::fromLatin1(table)));
    }
    // One notice per changed table and transaction (the server folds equal
    // notices of a transaction into one), delivered when it commits.
    out.emplace_back(On::PostgreSQL,
        QStringLiteral(R"(CREATE FUNCTION convener_announce_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('%1', TG_TABLE_NAME);
            RETURN NULL;
        END $$)")
            .arg(QLatin1String(Migrations::kChangeChannel)));
    for (const char *table : kAllTables) {
        out.emplace_back(On::PostgreSQL,
            QStringLiteral("CREATE TRIGGER %1_announce AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH STATEMENT "
                           "EXECUTE FUNCTION convener_announce_change()")
                .arg(QString::fromLatin1(table)));
    }
    return out;
}

// Step 8: on a server, a new row also names the login that made it and when,
// so that refusing an edit based on "nobody had marked this person yet" can
// say who did (step 7 stamped updates only). A whole-database copy keeps the
// stamps it copies.
std::vector<Statement> stampNewRows()
{
    std::vector<Statement> out;
    out.emplace_back(On::PostgreSQL,
        QStringLiteral(R"(CREATE FUNCTION convener_stamp_new_row() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            -- storage::DatabaseCopy keeps the rows it copies as they were.
            IF current_setting('convener.copying', true) IS DISTINCT FROM 'on' THEN
                NEW.changed_by := session_user;
                NEW.changed_at := %1;
            END IF;
            RETURN NEW;
        END $$)")
            .arg(dialect::expand(Engine::PostgreSQL, QStringLiteral("{{now}}"))));
    for (const char *table : kVersionedTables) {
        out.emplace_back(On::PostgreSQL,
            QStringLiteral("CREATE TRIGGER %1_stamp_new BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                           "convener_stamp_new_row()")
                .arg(QString::fromLatin1(table)));
    }
    return out;
}

// Step 9: one version for each call's room plan. A plan is many rows that a
// new plan deletes and writes again (its rounds and seats), so their own
// versions cannot say "the plan has moved on since you saw it"; this row can.
// Every write to a call's planned or recorded rounds moves it on, checked or
// not, and it is never deleted with the plan, so its version only grows.
std::vector<Statement> roomPlanVersions()
{
    std::vector<Statement> out;
    out.emplace_back(On::Both, R"(CREATE TABLE room_plans (
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                call_number INTEGER NOT NULL CHECK (call_number >= 1),
                row_version INTEGER NOT NULL DEFAULT 1,
                changed_by TEXT NOT NULL DEFAULT '',
                changed_at TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (cohort_id, call_number)
            ){{without_rowid}})");
    // The same stamps and notices as the tables of steps 7 and 8.
    out.emplace_back(On::PostgreSQL,
        "CREATE TRIGGER room_plans_stamp BEFORE UPDATE ON room_plans FOR EACH ROW EXECUTE FUNCTION "
        "convener_stamp_row()");
    out.emplace_back(On::PostgreSQL,
        "CREATE TRIGGER room_plans_stamp_new BEFORE INSERT ON room_plans FOR EACH ROW EXECUTE FUNCTION "
        "convener_stamp_new_row()");
    out.emplace_back(On::PostgreSQL,
        "CREATE TRIGGER room_plans_announce AFTER INSERT OR UPDATE OR DELETE ON room_plans FOR EACH STATEMENT "
        "EXECUTE FUNCTION convener_announce_change()");
    return out;
}

// Step 10: some writes change a row in a way that another row's version
// covers: a card's group belongs to its column's grouping (the column's
// version), its author to the board's anonymity (the board's version). On a
// server such a write asks the stamp trigger to leave the row's own stamp
// alone, as a file does, so that a card's version moves only when its words
// do, and a co-host's grouping never looks like an edit of the cards in it.
std::vector<Statement> versionsCoveredElsewhere()
{
    std::vector<Statement> out;
    out.emplace_back(On::PostgreSQL,
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION convener_stamp_row() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.row_version IS NOT DISTINCT FROM OLD.row_version THEN
                IF current_setting('convener.covered_elsewhere', true) = 'on' THEN
                    NEW.changed_by := OLD.changed_by;
                    NEW.changed_at := OLD.changed_at;
                    RETURN NEW;
                END IF;
                NEW.row_version := OLD.row_version + 1;
            END IF;
            NEW.changed_by := session_user;
            NEW.changed_at := %1;
            RETURN NEW;
        END $$)")
            .arg(dialect::expand(Engine::PostgreSQL, QStringLiteral("{{now}}"))));
    return out;
}

// Step 11: who drives a call's live run. One Convener at a time writes a
// run's state (the one that started it, or took it over); the others follow
// it. A run saved by another driver while it is under way is refused.
std::vector<Statement> runDrivers()
{
    std::vector<Statement> out;
    out.emplace_back(On::Both, "ALTER TABLE call_runs ADD COLUMN driver TEXT NOT NULL DEFAULT ''");
    return out;
}

// Never edit a step that has shipped: add a new one. (Writing a shipped
// step's words as tokens that expand to the same SQL on SQLite is not an edit.)
const std::vector<std::vector<Statement>> &steps()
{
    static const std::vector<std::vector<Statement>> kSteps {
        // 1: cohorts, people and who belongs to which cohort.
        {
            // Names are unique and sorted regardless of case, as SQLite's NOCASE does
            // (and, on a server, beyond ASCII).
            { On::PostgreSQL,
                "CREATE COLLATION convener_nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = "
                "false)" },
            R"(CREATE TABLE cohorts (
                id {{id}},
                name TEXT NOT NULL UNIQUE {{nocase}} CHECK (length(trim(name)) > 0),
                start_date TEXT NOT NULL DEFAULT '',
                weekday INTEGER NOT NULL DEFAULT 1 CHECK (weekday BETWEEN 1 AND 7),
                start_time TEXT NOT NULL DEFAULT '18:00',
                time_zone TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL DEFAULT ({{now}})
            ))",
            R"(CREATE TABLE people (
                id {{id}},
                display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
                email TEXT NOT NULL DEFAULT '',
                pronouns TEXT NOT NULL DEFAULT '',
                location TEXT NOT NULL DEFAULT '',
                time_zone TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL DEFAULT ({{now}})
            ))",
            // Removing someone from a cohort deletes the membership, not the person,
            // so that the removal can be undone and their history stays whole.
            R"(CREATE TABLE memberships (
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                role TEXT NOT NULL DEFAULT 'participant' CHECK (role IN ('participant', 'host', 'co-host')),
                added_at TEXT NOT NULL DEFAULT ({{now}}),
                PRIMARY KEY (cohort_id, person_id)
            ){{without_rowid}})",
            "CREATE INDEX memberships_person ON memberships(person_id)",
            "CREATE INDEX people_email ON people(email {{nocase}})",
        },
        // 2: a cohort follows a program; each of its calls is stored whole (as the
        // JSON of the program format) so one week can be adapted without touching
        // the template or the other weeks.
        {
            "ALTER TABLE cohorts ADD COLUMN program_id TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE cohorts ADD COLUMN program_name TEXT NOT NULL DEFAULT ''",
            R"(CREATE TABLE cohort_calls (
                id {{id}},
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                number INTEGER NOT NULL CHECK (number >= 1),
                planned_start TEXT NOT NULL DEFAULT '',
                document TEXT NOT NULL,
                updated_at TEXT NOT NULL DEFAULT ({{now}}),
                UNIQUE (cohort_id, number)
            ))",
        },
        // 3: private journals. Only key records, sealed items and the program's
        // clear metadata are stored; see docs/journal-security.md.
        {
            R"(CREATE TABLE journals (
                id {{id}},
                person_id INTEGER NOT NULL UNIQUE REFERENCES people(id) ON DELETE CASCADE,
                journal_id TEXT NOT NULL UNIQUE CHECK (length(journal_id) = 32),
                passphrase_record {{bytes}} NOT NULL,
                recovery_record {{bytes}},
                key_version INTEGER NOT NULL CHECK (key_version >= 1),
                created_at TEXT NOT NULL DEFAULT ({{now}})
            ))",
            R"(CREATE TABLE journal_entries (
                id {{id}},
                journal_id INTEGER NOT NULL REFERENCES journals(id) ON DELETE CASCADE,
                entry_id TEXT NOT NULL CHECK (length(entry_id) BETWEEN 1 AND 255),
                call_number INTEGER CHECK (call_number IS NULL OR call_number >= 1),
                step_title TEXT,
                open_title TEXT,
                sealed_title {{bytes}},
                sealed_body {{bytes}} NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (journal_id, entry_id)
            ))",
            R"(CREATE TABLE journal_drafts (
                journal_id INTEGER PRIMARY KEY REFERENCES journals(id) ON DELETE CASCADE,
                entry_id TEXT NOT NULL CHECK (length(entry_id) BETWEEN 1 AND 255),
                call_number INTEGER CHECK (call_number IS NULL OR call_number >= 1),
                sealed_draft {{bytes}} NOT NULL,
                saved_at TEXT NOT NULL
            ))",
        },
        // 4: retro boards: a cohort call's board with its columns, cards, groups,
        // votes and action items. The call is its number within the cohort.
        {
            R"(CREATE TABLE retro_boards (
                id {{id}},
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                call_number INTEGER NOT NULL CHECK (call_number >= 1),
                template TEXT NOT NULL CHECK (template IN ('rbtg', 'start-stop-continue', 'custom')),
                phase TEXT NOT NULL DEFAULT 'write' CHECK (phase IN ('write', 'group', 'vote', 'discuss', 'actions')),
                revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
                anonymity TEXT NOT NULL DEFAULT 'named' CHECK (anonymity IN ('named', 'anonymous')),
                votes_per_person INTEGER NOT NULL DEFAULT 5 CHECK (votes_per_person >= 1),
                votes_per_card INTEGER NOT NULL DEFAULT 3 CHECK (votes_per_card >= 1),
                write_seconds INTEGER CHECK (write_seconds IS NULL OR write_seconds > 0),
                group_seconds INTEGER CHECK (group_seconds IS NULL OR group_seconds > 0),
                vote_seconds INTEGER CHECK (vote_seconds IS NULL OR vote_seconds > 0),
                discuss_seconds INTEGER CHECK (discuss_seconds IS NULL OR discuss_seconds > 0),
                actions_seconds INTEGER CHECK (actions_seconds IS NULL OR actions_seconds > 0),
                created_at TEXT NOT NULL DEFAULT ({{now}}),
                UNIQUE (cohort_id, call_number)
            ))",
            R"(CREATE TABLE retro_columns (
                id {{id}},
                board_id INTEGER NOT NULL REFERENCES retro_boards(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                title TEXT NOT NULL CHECK (length(trim(title)) > 0),
                prompt TEXT NOT NULL DEFAULT '',
                UNIQUE (board_id, position)
            ))",
            R"(CREATE TABLE retro_groups (
                id {{id}},
                board_id INTEGER NOT NULL REFERENCES retro_boards(id) ON DELETE CASCADE,
                column_id INTEGER NOT NULL REFERENCES retro_columns(id) ON DELETE CASCADE,
                title TEXT NOT NULL DEFAULT ''
            ))",
            // author_id is NULL on anonymous boards: the author is never stored.
            R"(CREATE TABLE retro_cards (
                id {{id}},
                board_id INTEGER NOT NULL REFERENCES retro_boards(id) ON DELETE CASCADE,
                column_id INTEGER NOT NULL REFERENCES retro_columns(id) ON DELETE CASCADE,
                group_id INTEGER REFERENCES retro_groups(id) ON DELETE SET NULL,
                author_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
                text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                position INTEGER NOT NULL
            ))",
            R"(CREATE TABLE retro_votes (
                id {{id}},
                card_id INTEGER NOT NULL REFERENCES retro_cards(id) ON DELETE CASCADE,
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE
            ))",
            R"(CREATE TABLE retro_actions (
                id {{id}},
                board_id INTEGER NOT NULL REFERENCES retro_boards(id) ON DELETE CASCADE,
                text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
                due_call INTEGER CHECK (due_call IS NULL OR due_call >= 1),
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
                position INTEGER NOT NULL
            ))",
            "CREATE INDEX retro_cards_board ON retro_cards(board_id)",
            "CREATE INDEX retro_votes_card ON retro_votes(card_id)",
            "CREATE INDEX retro_actions_board ON retro_actions(board_id, status)",
        },
        // 5: live runs: the run state of a cohort's call (position, wall-clock
        // deadlines, pause, changes) as JSON, saved on every transition.
        {
            R"(CREATE TABLE call_runs (
                id {{id}},
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                call_number INTEGER NOT NULL CHECK (call_number >= 1),
                status TEXT NOT NULL CHECK (status IN ('not_started', 'running', 'paused', 'finished')),
                state TEXT NOT NULL,
                saved_at TEXT NOT NULL,
                UNIQUE (cohort_id, call_number)
            ))",
        },
        // 6: rooms and attendance. Who came to each call, the breakout rounds of
        // a call (one per breakout step, planned and then recorded), who sat in
        // which room with which role, and pairs the host keeps apart. Recorded
        // rounds are the cohort's encounter history. The cohort also keeps its
        // video-call link for invitations and the calendar, and whether its
        // hosts join the rooms (kept apart from each other) or stay out of them.
        {
            "ALTER TABLE cohorts ADD COLUMN video_link TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE cohorts ADD COLUMN hosts_in_rooms TEXT NOT NULL DEFAULT 'apart' "
            "CHECK (hosts_in_rooms IN ('apart', 'out'))",
            R"(CREATE TABLE attendance (
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                call_number INTEGER NOT NULL CHECK (call_number >= 1),
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'late')),
                arrived_at TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (cohort_id, call_number, person_id)
            ){{without_rowid}})",
            R"(CREATE TABLE breakout_rounds (
                id {{id}},
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                call_number INTEGER NOT NULL CHECK (call_number >= 1),
                round_number INTEGER NOT NULL CHECK (round_number >= 1),
                step_id TEXT NOT NULL DEFAULT '',
                step_title TEXT NOT NULL DEFAULT '',
                group_size INTEGER NOT NULL CHECK (group_size >= 2),
                status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'recorded')),
                recorded_at TEXT NOT NULL DEFAULT '',
                UNIQUE (cohort_id, call_number, round_number)
            ))",
            // role is '' for a plain member; role_rank orders members who share a
            // role (Troika's clients take their turns in rank order); seat is the
            // order in which the room lists its people.
            R"(CREATE TABLE room_assignments (
                round_id INTEGER NOT NULL REFERENCES breakout_rounds(id) ON DELETE CASCADE,
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                room INTEGER NOT NULL CHECK (room >= 1),
                seat INTEGER NOT NULL DEFAULT 0 CHECK (seat >= 0),
                role TEXT NOT NULL DEFAULT '',
                role_rank INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (round_id, person_id)
            ){{without_rowid}})",
            "CREATE INDEX room_assignments_person ON room_assignments(person_id)",
            R"(CREATE TABLE keep_apart (
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                person_a INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                person_b INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                reason TEXT NOT NULL DEFAULT '',
                CHECK (person_a < person_b),
                PRIMARY KEY (cohort_id, person_a, person_b)
            ){{without_rowid}})",
            // A plan never names someone who has left the cohort; recorded
            // rounds keep them, since they are history.
            { On::SQLite, R"(CREATE TRIGGER memberships_leave_plans AFTER DELETE ON memberships
            BEGIN
                DELETE FROM room_assignments
                WHERE person_id = OLD.person_id
                  AND round_id IN (SELECT id FROM breakout_rounds
                                   WHERE cohort_id = OLD.cohort_id AND status = 'planned');
            END)" },
            { On::PostgreSQL, R"(CREATE FUNCTION memberships_leave_plans() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM room_assignments
                WHERE person_id = OLD.person_id
                  AND round_id IN (SELECT id FROM breakout_rounds
                                   WHERE cohort_id = OLD.cohort_id AND status = 'planned');
                RETURN OLD;
            END $$)" },
            { On::PostgreSQL, R"(CREATE TRIGGER memberships_leave_plans AFTER DELETE ON memberships
                FOR EACH ROW EXECUTE FUNCTION memberships_leave_plans())" },
        },
        // 7: row versions and the server's change notices.
        rowVersionsAndChangeFeed(),
        // 8: a server stamps new rows too.
        stampNewRows(),
        // 9: a version for each call's room plan.
        roomPlanVersions(),
        // 10: a card's group and author are covered by other rows' versions.
        versionsCoveredElsewhere(),
        // 11: one driver for each call's live run.
        runDrivers(),
    };
    return kSteps;
}

// Where a server keeps what SQLite keeps in its header (application_id,
// user_version): one row, written by the first step.
constexpr auto kServerSchemaTable = "convener_schema";

bool setVersion(QSqlQuery &q, Engine engine, int version)
{
    if (engine == Engine::SQLite) {
        if (version == 1 && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)))
            return false;
        return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    if (version == 1) {
        return q.exec(QStringLiteral("CREATE TABLE %1 (application_id INTEGER NOT NULL, version INTEGER NOT NULL)")
                          .arg(QLatin1String(kServerSchemaTable)))
            && q.exec(QStringLiteral("INSERT INTO %1 (application_id, version) VALUES (%2, 1)")
                          .arg(QLatin1String(kServerSchemaTable))
                          .arg(Database::kApplicationId));
    }
    return q.exec(QStringLiteral("UPDATE %1 SET version = %2").arg(QLatin1String(kServerSchemaTable)).arg(version));
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(steps().size());
}

std::optional<Migrations::Stamp> Migrations::stampOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    Stamp stamp;
    if (dialect::engineOf(db) == Engine::SQLite) {
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return std::nullopt;
        stamp.applicationId = q.value(0).toInt();
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return std::nullopt;
        stamp.version = q.value(0).toInt();
        return stamp;
    }
    if (!q.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(QLatin1String(kServerSchemaTable)))
        || !q.next())
        return std::nullopt;
    if (!q.value(0).toBool())
        return stamp;
    if (!q.exec(QStringLiteral("SELECT application_id, version FROM %1").arg(QLatin1String(kServerSchemaTable))))
        return std::nullopt;
    if (q.next()) {
        stamp.applicationId = q.value(0).toInt();
        stamp.version = q.value(1).toInt();
    }
    return stamp;
}

int Migrations::versionOf(const QSqlDatabase &db)
{
    const auto stamp = stampOf(db);
    return stamp ? stamp->version : -1;
}

Status Migrations::apply(Database &database)
{
    QSqlDatabase db = database.connection();
    const Engine engine = database.engine();
    const int start = database.schemaVersion();
    if (start < 0)
        return Error(Problem::MigrationStepFailed).withCount(0);
    for (int version = start + 1; version <= latestVersion(); ++version) {
        const auto stepFailed = [version](const QString &detail) {
            return Error(Problem::MigrationStepFailed).withCount(version).withDetail(detail);
        };
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return stepFailed(transaction.error());
        QSqlQuery q(db);
        // Several hosts may open a server at once after an update: the first
        // upgrades it, the others wait here and then find the step done.
        if (engine == Engine::PostgreSQL && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(43524952)")))
            return stepFailed(q.lastError().text());
        const int current = versionOf(db);
        if (current < 0)
            return stepFailed(QStringLiteral("the schema version could not be read"));
        if (current >= version)
            continue;
        for (const Statement &statement : steps()[static_cast<size_t>(version - 1)]) {
            if (!statement.runsOn(engine))
                continue;
            if (!q.exec(dialect::expand(engine, statement.sql)))
                return stepFailed(q.lastError().text());
        }
        if (!setVersion(q, engine, version))
            return stepFailed(q.lastError().text());
        if (!transaction.commit())
            return stepFailed(transaction.error());
    }
    return {};
}

} // namespace convener::storage
