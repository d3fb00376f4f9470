// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli db backup|check|restore
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "models/storageerror.h"
#include "storage/backups.h"
#include "storage/databasecopy.h"
#include "storage/migrations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace convener::cli {

namespace {

const QString kUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli db backup --db PATH --to FILE\n"
    "  convener-cli db check --db PATH\n"
    "  convener-cli db backups --db PATH\n"
    "  convener-cli db restore --db PATH --from BACKUP\n"
    "  convener-cli db copy --from PATH|URL --to PATH|URL\n\n"
    "backup   writes a consistent copy of the database to FILE (which must not exist), even while\n"
    "         Convener has it open. From a team server, FILE is an SQLite database of everything,\n"
    "         which opens in Convener on one computer.\n"
    "check    runs SQLite's integrity and foreign-key checks; exit 0 when healthy, 1 with the problems.\n"
    "         On a team server: connects, checks the schema and reads every table through.\n"
    "backups  lists the automatic backups beside the database file, newest first.\n"
    "restore  puts BACKUP in place of the database file; the old file is kept beside it with\n"
    "         '.damaged-<time>' appended. Refused while Convener has the database open.\n"
    "copy     copies a whole database between a file and a team server (either way): ids, history\n"
    "         and journals (still sealed) alike. The target is a new file or a server database just\n"
    "         set up with 'server init'; every table's rows and checksum are compared afterwards.");

void printCopyReport(const storage::Database &from, const storage::Database &to,
    const std::vector<storage::DatabaseCopy::TableReport> &tables)
{
    qint64 rows = 0;
    for (const auto &t : tables)
        rows += t.rows;
    printOut(QStringLiteral("Copied %1 to %2: %3 rows in %4 tables, each table's rows and checksum checked on both "
                            "sides.")
                 .arg(QDir::toNativeSeparators(from.path()), QDir::toNativeSeparators(to.path()))
                 .arg(rows)
                 .arg(tables.size()));
}

// Copies from into a new SQLite file at path; on any failure the new file
// (and its side files) is removed again, so nothing half-made is left.
bool copyToNewFile(storage::Database &from, const QString &path)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        printError(models::describe(
            storage::Error(storage::Problem::BackupTargetExists).withPath(QDir::toNativeSeparators(path))));
        return false;
    }
    storage::DatabaseError error;
    auto target = storage::Database::open(path, error, storage::Database::Options {});
    if (!target) {
        printError(models::describe(error));
        return false;
    }
    const QString made = target->path();
    const auto copied = storage::DatabaseCopy::copy(from, *target);
    if (!copied) {
        target.reset();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(made + suffix);
        printError(models::describe(copied.error()));
        return false;
    }
    printCopyReport(from, *target, copied.value());
    return true;
}

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The backup file to write."), QStringLiteral("FILE"));
    parser.addOption(to);
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    if (parser.value(to).isEmpty()) {
        printError(QStringLiteral("db backup needs --to FILE.\n") + kUsage);
        return kExitUsage;
    }
    auto db = openDatabase(parser, storage::Database::Access::Read, false);
    if (!db)
        return kExitFailure;
    if (db->isServer())
        return copyToNewFile(*db, parser.value(to)) ? kExitOk : kExitFailure;
    if (const auto status = storage::Backups::write(db->connection(), parser.value(to)); !status) {
        printError(models::describe(status.error()));
        return kExitFailure;
    }
    printOut(QStringLiteral("Backed up %1 to %2.").arg(QDir::toNativeSeparators(db->path()),
                                                       QDir::toNativeSeparators(parser.value(to))));
    return kExitOk;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    // An older database is checked as it is; the upgrade is left to a command that writes.
    auto db = openDatabase(parser, storage::Database::Access::Read, false, true);
    if (!db)
        return kExitFailure;
    const auto problems = storage::Backups::check(db->connection());
    if (!problems) {
        printError(models::describe(problems.error()));
        return kExitFailure;
    }
    if (!problems.value().empty()) {
        for (const storage::Error &p : problems.value())
            printError(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(db->path()), models::describe(p)));
        return kExitFailure;
    }
    if (db->schemaVersion() < storage::Migrations::latestVersion()) {
        printOut(QStringLiteral("%1 is healthy (schema version %2; Convener upgrades it to version %3 the next time "
                                "it writes to it).")
                     .arg(QDir::toNativeSeparators(db->path()))
                     .arg(db->schemaVersion())
                     .arg(storage::Migrations::latestVersion()));
        return kExitOk;
    }
    printOut(QStringLiteral("%1 is healthy (schema version %2).").arg(QDir::toNativeSeparators(db->path())).arg(db->schemaVersion()));
    return kExitOk;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    if (storage::ServerAddress::looksLikeAddress(parser.value(databaseOption()))) {
        printError(models::describe(storage::Error(storage::Problem::FileOnlyCommand)
                                        .withName(QStringLiteral("db backups"))
                                        .withPath(parser.value(databaseOption()))));
        return kExitFailure;
    }
    const QString path = QFileInfo(parser.value(databaseOption())).absoluteFilePath();
    for (const QString &backup : storage::Backups::list(path))
        printOut(QDir::toNativeSeparators(backup));
    return kExitOk;
}

int runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The backup to restore."), QStringLiteral("BACKUP"));
    parser.addOption(from);
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    const QString path = parser.value(databaseOption());
    if (path.isEmpty() || parser.value(from).isEmpty()) {
        printError(QStringLiteral("db restore needs --db PATH and --from BACKUP.\n") + kUsage);
        return kExitUsage;
    }
    if (storage::ServerAddress::looksLikeAddress(path)) {
        printError(models::describe(
            storage::Error(storage::Problem::FileOnlyCommand).withName(QStringLiteral("db restore")).withPath(path)));
        return kExitFailure;
    }
    // The backup is checked (read-only) by the restore itself, before anything is moved.
    const QString target = QFileInfo(path).canonicalFilePath().isEmpty() ? QFileInfo(path).absoluteFilePath()
                                                                         : QFileInfo(path).canonicalFilePath();
    QLockFile lock(storage::Database::lockPathFor(target));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        printError(QStringLiteral("%1 is open in Convener; close it before restoring.").arg(QDir::toNativeSeparators(path)));
        return kExitFailure;
    }
    const QString stamp = storage::Backups::stampNow();
    if (const auto status = storage::Backups::restore(target, parser.value(from), stamp); !status) {
        printError(models::describe(status.error()));
        return kExitFailure;
    }
    printOut(QStringLiteral("Restored %1 from %2; the previous file was kept with '.damaged-%3' appended.")
                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(parser.value(from)), stamp));
    return kExitOk;
}

int runCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The database to copy: a file or a server."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Where to: a new file, or a server database set up with 'server init'."),
        QStringLiteral("PATH|URL"));
    parser.addOption(from);
    parser.addOption(to);
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    if (parser.value(from).isEmpty() || parser.value(to).isEmpty()) {
        printError(QStringLiteral("db copy needs --from and --to.\n") + kUsage);
        return kExitUsage;
    }
    models::OpenFailure failure;
    storage::Database::Options reading;
    reading.access = storage::Database::Access::Read;
    auto source = openPathOrServer(parser.value(from), failure, reading);
    if (!source) {
        printError(models::describe(failure));
        return kExitFailure;
    }
    if (!storage::ServerAddress::looksLikeAddress(parser.value(to)))
        return copyToNewFile(*source, parser.value(to)) ? kExitOk : kExitFailure;
    auto target = openPathOrServer(parser.value(to), failure, storage::Database::Options {});
    if (!target) {
        printError(models::describe(failure));
        return kExitFailure;
    }
    const auto copied = storage::DatabaseCopy::copy(*source, *target);
    if (!copied) {
        printError(models::describe(copied.error()));
        return kExitFailure;
    }
    printCopyReport(*source, *target, copied.value());
    return kExitOk;
}

} // namespace

int runDbCommand(const QStringList &arguments)
{
    return runSubcommand("db", arguments, kUsage,
        { { "backup", runBackup }, { "check", runCheck }, { "backups", runList }, { "restore", runRestore },
            { "copy", runCopy } });
}

} // namespace convener::cli
