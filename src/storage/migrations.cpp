// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace convener::storage {

namespace {

// Never edit a step that has shipped: add a new one.
const std::vector<std::vector<const char *>> &steps()
{
    static const std::vector<std::vector<const char *>> kSteps{
        // 1: cohorts, people and who belongs to which cohort.
        {
            R"(CREATE TABLE cohorts (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
                start_date TEXT NOT NULL DEFAULT '',
                weekday INTEGER NOT NULL DEFAULT 1 CHECK (weekday BETWEEN 1 AND 7),
                start_time TEXT NOT NULL DEFAULT '18:00',
                time_zone TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            ))",
            R"(CREATE TABLE people (
                id INTEGER PRIMARY KEY,
                display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
                email TEXT NOT NULL DEFAULT '',
                pronouns TEXT NOT NULL DEFAULT '',
                location TEXT NOT NULL DEFAULT '',
                time_zone TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            ))",
            // Removing someone from a cohort deletes the membership, not the person,
            // so that the removal can be undone and their history stays whole.
            R"(CREATE TABLE memberships (
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                role TEXT NOT NULL DEFAULT 'participant' CHECK (role IN ('participant', 'host', 'co-host')),
                added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                PRIMARY KEY (cohort_id, person_id)
            ) WITHOUT ROWID)",
            "CREATE INDEX memberships_person ON memberships(person_id)",
            "CREATE INDEX people_email ON people(email COLLATE NOCASE)",
        },
        // 2: a cohort follows a program; each of its calls is stored whole (as the
        // JSON of the program format) so one week can be adapted without touching
        // the template or the other weeks.
        {
            "ALTER TABLE cohorts ADD COLUMN program_id TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE cohorts ADD COLUMN program_name TEXT NOT NULL DEFAULT ''",
            R"(CREATE TABLE cohort_calls (
                id INTEGER PRIMARY KEY,
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                number INTEGER NOT NULL CHECK (number >= 1),
                planned_start TEXT NOT NULL DEFAULT '',
                document TEXT NOT NULL,
                updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                UNIQUE (cohort_id, number)
            ))",
        },
        // 3: private journals. Only key records, sealed items and the program's
        // clear metadata are stored; see docs/journal-security.md.
        {
            R"(CREATE TABLE journals (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL UNIQUE REFERENCES people(id) ON DELETE CASCADE,
                journal_id TEXT NOT NULL UNIQUE CHECK (length(journal_id) = 32),
                passphrase_record BLOB NOT NULL,
                recovery_record BLOB,
                key_version INTEGER NOT NULL CHECK (key_version >= 1),
                created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            ))",
            R"(CREATE TABLE journal_entries (
                id INTEGER PRIMARY KEY,
                journal_id INTEGER NOT NULL REFERENCES journals(id) ON DELETE CASCADE,
                entry_id TEXT NOT NULL CHECK (length(entry_id) BETWEEN 1 AND 255),
                call_number INTEGER CHECK (call_number IS NULL OR call_number >= 1),
                step_title TEXT,
                open_title TEXT,
                sealed_title BLOB,
                sealed_body BLOB NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (journal_id, entry_id)
            ))",
            R"(CREATE TABLE journal_drafts (
                journal_id INTEGER PRIMARY KEY REFERENCES journals(id) ON DELETE CASCADE,
                entry_id TEXT NOT NULL CHECK (length(entry_id) BETWEEN 1 AND 255),
                call_number INTEGER CHECK (call_number IS NULL OR call_number >= 1),
                sealed_draft BLOB NOT NULL,
                saved_at TEXT NOT NULL
            ))",
        },
        // 4: retro boards: a cohort call's board with its columns, cards, groups,
        // votes and action items. The call is its number within the cohort.
        {
            R"(CREATE TABLE retro_boards (
                id INTEGER PRIMARY KEY,
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
                created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                UNIQUE (cohort_id, call_number)
            ))",
            R"(CREATE TABLE retro_columns (
                id INTEGER PRIMARY KEY,
                board_id INTEGER NOT NULL REFERENCES retro_boards(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                title TEXT NOT NULL CHECK (length(trim(title)) > 0),
                prompt TEXT NOT NULL DEFAULT '',
                UNIQUE (board_id, position)
            ))",
            R"(CREATE TABLE retro_groups (
                id INTEGER PRIMARY KEY,
                board_id INTEGER NOT NULL REFERENCES retro_boards(id) ON DELETE CASCADE,
                column_id INTEGER NOT NULL REFERENCES retro_columns(id) ON DELETE CASCADE,
                title TEXT NOT NULL DEFAULT ''
            ))",
            // author_id is NULL on anonymous boards: the author is never stored.
            R"(CREATE TABLE retro_cards (
                id INTEGER PRIMARY KEY,
                board_id INTEGER NOT NULL REFERENCES retro_boards(id) ON DELETE CASCADE,
                column_id INTEGER NOT NULL REFERENCES retro_columns(id) ON DELETE CASCADE,
                group_id INTEGER REFERENCES retro_groups(id) ON DELETE SET NULL,
                author_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
                text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                position INTEGER NOT NULL
            ))",
            R"(CREATE TABLE retro_votes (
                id INTEGER PRIMARY KEY,
                card_id INTEGER NOT NULL REFERENCES retro_cards(id) ON DELETE CASCADE,
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE
            ))",
            R"(CREATE TABLE retro_actions (
                id INTEGER PRIMARY KEY,
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
                id INTEGER PRIMARY KEY,
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
            ) WITHOUT ROWID)",
            R"(CREATE TABLE breakout_rounds (
                id INTEGER PRIMARY KEY,
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
            ) WITHOUT ROWID)",
            "CREATE INDEX room_assignments_person ON room_assignments(person_id)",
            R"(CREATE TABLE keep_apart (
                cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
                person_a INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                person_b INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                reason TEXT NOT NULL DEFAULT '',
                CHECK (person_a < person_b),
                PRIMARY KEY (cohort_id, person_a, person_b)
            ) WITHOUT ROWID)",
            // A plan never names someone who has left the cohort; recorded
            // rounds keep them, since they are history.
            R"(CREATE TRIGGER memberships_leave_plans AFTER DELETE ON memberships
            BEGIN
                DELETE FROM room_assignments
                WHERE person_id = OLD.person_id
                  AND round_id IN (SELECT id FROM breakout_rounds
                                   WHERE cohort_id = OLD.cohort_id AND status = 'planned');
            END)",
        },
    };
    return kSteps;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(steps().size());
}

Status Migrations::apply(Database &database)
{
    QSqlDatabase db = database.connection();
    const int current = database.schemaVersion();
    if (current < 0)
        return Error(Problem::MigrationStepFailed).withCount(0);
    for (int version = current + 1; version <= latestVersion(); ++version) {
        const auto stepFailed = [version](const QString &detail) {
            return Error(Problem::MigrationStepFailed).withCount(version).withDetail(detail);
        };
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return stepFailed(transaction.error());
        QSqlQuery q(db);
        for (const char *statement : steps()[static_cast<size_t>(version - 1)]) {
            if (!q.exec(QString::fromUtf8(statement)))
                return stepFailed(q.lastError().text());
        }
        if (version == 1 && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)))
            return stepFailed(q.lastError().text());
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return stepFailed(q.lastError().text());
        if (!transaction.commit())
            return stepFailed(transaction.error());
    }
    return {};
}

} // namespace convener::storage
