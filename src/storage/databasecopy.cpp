// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/databasecopy.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/writetransaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace convener::storage {

namespace {

struct TableOrder
{
    const char *name;
    const char *key; // ORDER BY: the primary key's columns
    bool identity; // whether the server assigns its id (its sequence follows the copy)
};

// References point up this list: a row's cohort, person, board, column or
// group is copied before it.
constexpr TableOrder kTables[] = {
    { "cohorts", "id", true },
    { "people", "id", true },
    { "memberships", "cohort_id, person_id", false },
    { "cohort_calls", "id", true },
    { "journals", "id", true },
    { "journal_entries", "id", true },
    { "journal_drafts", "journal_id", false },
    { "retro_boards", "id", true },
    { "retro_columns", "id", true },
    { "retro_groups", "id", true },
    { "retro_cards", "id", true },
    { "retro_votes", "id", true },
    { "retro_actions", "id", true },
    { "call_runs", "id", true },
    { "attendance", "cohort_id, call_number, person_id", false },
    { "breakout_rounds", "id", true },
    { "room_assignments", "round_id, person_id", false },
    { "room_plans", "cohort_id, call_number", false },
    { "keep_apart", "cohort_id, person_a, person_b", false },
};

// One value in a form both engines give alike: SQLite hands integers back as
// qlonglong, the server as int or qlonglong; both hand text and bytes alike.
void addValue(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData("N;");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::Bool:
        hash.addData(QByteArray("I" + QByteArray::number(value.toLongLong()) + ';'));
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        hash.addData(QByteArray("B" + QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
        return;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        hash.addData(QByteArray("T" + QByteArray::number(text.size()) + ':'));
        hash.addData(text);
        return;
    }
    }
}

Error copyFailed(const QString &table, const QSqlQuery &q)
{
    return Error(Problem::CopyFailed).withName(table).withDetail(q.lastError().text());
}

// Runs through every row of table t in key order: the order both the copy and
// its checksums rely on. Returns whether the statement ran.
bool readInKeyOrder(QSqlQuery &q, const TableOrder &t)
{
    q.setForwardOnly(true);
    return q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(QLatin1String(t.name), QLatin1String(t.key)));
}

} // namespace

const std::vector<QString> &DatabaseCopy::tables()
{
    static const std::vector<QString> kNames = [] {
        std::vector<QString> names;
        for (const TableOrder &t : kTables)
            names.push_back(QString::fromLatin1(t.name));
        return names;
    }();
    return kNames;
}

Result<std::vector<DatabaseCopy::TableReport>> DatabaseCopy::summarize(const QSqlDatabase &db)
{
    std::vector<TableReport> reports;
    for (const TableOrder &t : kTables) {
        const QString table = QString::fromLatin1(t.name);
        QSqlQuery q(db);
        if (!readInKeyOrder(q, t))
            return copyFailed(table, q);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        TableReport report;
        report.table = table;
        while (q.next()) {
            ++report.rows;
            for (int i = 0, columns = q.record().count(); i < columns; ++i)
                addValue(hash, q.value(i));
            hash.addData("\n");
        }
        if (q.lastError().isValid())
            return copyFailed(table, q);
        report.checksum = hash.result().toHex();
        reports.push_back(report);
    }
    return reports;
}

Result<std::vector<DatabaseCopy::TableReport>> DatabaseCopy::copy(Database &from, Database &to)
{
    if (from.schemaVersion() != Migrations::latestVersion())
        return Error(Problem::CopySourceOutdated).withPath(from.path()).withCount(from.schemaVersion());
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    {
        qint64 rows = 0;
        for (const TableOrder &t : kTables) {
            QSqlQuery q(target);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t.name))) || !q.next())
                return copyFailed(QString::fromLatin1(t.name), q);
            rows += q.value(0).toLongLong();
        }
        if (rows > 0)
            return Error(Problem::CopyTargetNotEmpty)
                .withPath(to.path())
                .withCount(static_cast<int>(qMin<qint64>(rows, INT_MAX)));
    }

    WriteTransaction transaction(target);
    if (!transaction.isActive())
        return Error(Problem::CopyFailed).withDetail(transaction.error());
    if (to.isServer()) {
        // A copy keeps every row as it was, its stamp included: the server's
        // trigger for new rows leaves them alone for this transaction.
        QSqlQuery copying(target);
        if (!copying.exec(QStringLiteral("SET LOCAL convener.copying = 'on'")))
            return copyFailed(QStringLiteral("cohorts"), copying);
    }
    for (const TableOrder &t : kTables) {
        const QString table = QString::fromLatin1(t.name);
        QSqlQuery read(source);
        if (!readInKeyOrder(read, t))
            return copyFailed(table, read);
        QSqlQuery write(target);
        bool prepared = false;
        while (read.next()) {
            const QSqlRecord record = read.record();
            if (!prepared) {
                QStringList columns;
                QStringList marks;
                for (int i = 0; i < record.count(); ++i) {
                    columns << record.fieldName(i);
                    marks << QStringLiteral("?");
                }
                if (!write.prepare(
                        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
                    return copyFailed(table, write);
                prepared = true;
            }
            for (int i = 0; i < record.count(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return copyFailed(table, write);
        }
        if (read.lastError().isValid())
            return copyFailed(table, read);
        // A server hands out ids from a sequence of its own, which must go on
        // after the highest id copied, not from 1.
        if (t.identity && to.isServer()) {
            QSqlQuery q(target);
            if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                       "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                            .arg(table)))
                return copyFailed(table, q);
        }
    }

    // Read both sides back before keeping anything.
    const auto written = summarize(target);
    if (!written)
        return written.error();
    const auto original = summarize(source);
    if (!original)
        return original.error();
    for (size_t i = 0; i < original.value().size(); ++i) {
        const TableReport &a = original.value()[i];
        const TableReport &b = written.value()[i];
        if (a.rows != b.rows || a.checksum != b.checksum) {
            return Error(Problem::CopyMismatch)
                .withName(a.table)
                .withDetail(QStringLiteral("%1 rows, checksum %2 / %3 rows, checksum %4")
                                .arg(a.rows)
                                .arg(QString::fromLatin1(a.checksum.left(12)))
                                .arg(b.rows)
                                .arg(QString::fromLatin1(b.checksum.left(12))));
        }
    }
    if (!transaction.commit())
        return Error(Problem::CopyFailed).withDetail(transaction.error());
    return written;
}

} // namespace convener::storage
