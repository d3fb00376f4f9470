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
    };
    return kSteps;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(steps().size());
}

bool Migrations::apply(Database &database, QString &error)
{
    QSqlDatabase db = database.connection();
    const int current = database.schemaVersion();
    if (current < 0) {
        error = QStringLiteral("the schema version could not be read");
        return false;
    }
    for (int version = current + 1; version <= latestVersion(); ++version) {
        WriteTransaction transaction(db);
        if (!transaction.isActive()) {
            error = QStringLiteral("step %1 could not start: %2").arg(version).arg(transaction.error());
            return false;
        }
        QSqlQuery q(db);
        for (const char *statement : steps()[static_cast<size_t>(version - 1)]) {
            if (!q.exec(QString::fromUtf8(statement))) {
                error = QStringLiteral("step %1 failed: %2").arg(version).arg(q.lastError().text());
                return false;
            }
        }
        if (version == 1 && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId))) {
            error = QStringLiteral("step 1 failed: %1").arg(q.lastError().text());
            return false;
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            error = QStringLiteral("step %1 failed: %2").arg(version).arg(q.lastError().text());
            return false;
        }
        if (!transaction.commit()) {
            error = QStringLiteral("step %1 could not be saved: %2").arg(version).arg(transaction.error());
            return false;
        }
    }
    return true;
}

} // namespace convener::storage
