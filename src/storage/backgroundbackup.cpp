// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/backgroundbackup.h"

#include "storage/backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

#include <memory>

namespace convener::storage {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct CloseConnection
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

QString messageOf(sqlite3 *db, int code)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
}

// Interrupts a statement of the connection once the copy is to stop, so
// quitting never waits for the check of a large copy.
int stopRequested(void *stop)
{
    return static_cast<const std::atomic<bool> *>(stop)->load() ? 1 : 0;
}

// Backups of this database cut short by an earlier session: never a backup, so never kept.
void removeLeftOverPartials(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    QDir folder(Backups::folderFor(databasePath));
    const QStringList left = folder.entryList({base + QStringLiteral("-*.sqlite.partial")}, QDir::Files);
    for (const QString &name : left)
        folder.remove(name);
}

} // namespace

BackgroundBackup::BackgroundBackup(QString databasePath, QString stamp, QString reason, Done done, Progress progress,
                                   int pagesPerStep)
    : m_databasePath(std::move(databasePath)), m_stamp(std::move(stamp)), m_reason(std::move(reason)),
      m_done(std::move(done)), m_progress(std::move(progress)), m_pagesPerStep(pagesPerStep > 0 ? pagesPerStep : 1)
{
    m_thread = std::thread([this] {
        m_outcome = run();
        if (m_done && !m_stop.load())
            m_done(*m_outcome);
    });
}

BackgroundBackup::~BackgroundBackup()
{
    m_stop.store(true);
    if (m_thread.joinable())
        m_thread.join();
}

Result<QString> BackgroundBackup::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    return *m_outcome;
}

QString BackgroundBackup::partialPathFor(const QString &backupPath)
{
    // Not matched by Backups::list(), which only takes names ending in ".sqlite".
    return backupPath + QStringLiteral(".partial");
}

Result<QString> BackgroundBackup::run()
{
    using R = Result<QString>;

    removeLeftOverPartials(m_databasePath);
    const auto target = Backups::automaticTarget(m_databasePath, m_stamp, m_reason);
    if (!target)
        return target;
    const QString partial = partialPathFor(target.value());
    const QString shown = native(target.value());

    // The copy is created owner-only before SQLite opens it; SQLite keeps the mode.
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return R::failure(
                Error(Problem::FileCreateFailed).withPath(native(partial)).withDetail(file.errorString()));
    }
    const auto fail = [&](Problem problem, const QString &detail = QString()) {
        QFile::remove(partial);
        return R::failure(Error(problem)
                              .withPath(problem == Problem::BackupSourceUnreadable ? native(m_databasePath) : shown)
                              .withDetail(detail));
    };

    {
        sqlite3 *rawSource = nullptr;
        const int openedSource = sqlite3_open_v2(QFile::encodeName(m_databasePath).constData(), &rawSource,
                                                 SQLITE_OPEN_READONLY, nullptr);
        const Connection source(rawSource);
        if (openedSource != SQLITE_OK)
            return fail(Problem::BackupSourceUnreadable, messageOf(rawSource, openedSource));
        sqlite3 *rawCopy = nullptr;
        const int openedCopy = sqlite3_open_v2(QFile::encodeName(partial).constData(), &rawCopy, SQLITE_OPEN_READWRITE,
                                               nullptr);
        const Connection copy(rawCopy);
        if (openedCopy != SQLITE_OK)
            return fail(Problem::FileWriteFailed, messageOf(rawCopy, openedCopy));
        sqlite3_busy_timeout(source.get(), 5000);
        sqlite3_progress_handler(source.get(), 1000, stopRequested, &m_stop);
        sqlite3_progress_handler(copy.get(), 1000, stopRequested, &m_stop);
        // The copy needs no rollback journal: until it is complete it is not a backup at all.
        if (sqlite3_exec(copy.get(), "PRAGMA journal_mode = OFF", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(Problem::FileWriteFailed, messageOf(copy.get(), 0));

        // One read transaction for the whole copy: every step copies from the
        // same snapshot, so the app's commits meanwhile (which in WAL mode this
        // reader does not hold up) never make the copy start over.
        if (sqlite3_exec(source.get(), "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr)
            != SQLITE_OK)
            return fail(Problem::BackupSourceUnreadable, messageOf(source.get(), 0));

        sqlite3_backup *backup = sqlite3_backup_init(copy.get(), "main", source.get(), "main");
        if (!backup)
            return fail(Problem::BackupStartFailed, messageOf(copy.get(), 0));
        int step = SQLITE_OK;
        bool goOn = true;
        while (goOn && !m_stop.load()) {
            step = sqlite3_backup_step(backup, m_pagesPerStep);
            if (step == SQLITE_DONE)
                break;
            if (step != SQLITE_OK && step != SQLITE_BUSY && step != SQLITE_LOCKED)
                break;
            if (m_progress)
                goOn = m_progress(sqlite3_backup_remaining(backup), sqlite3_backup_pagecount(backup));
        }
        const int finished = sqlite3_backup_finish(backup);
        sqlite3_exec(source.get(), "COMMIT", nullptr, nullptr, nullptr);
        if (step != SQLITE_DONE) {
            if (m_stop.load() || !goOn)
                return fail(Problem::BackupStopped);
            return fail(Problem::BackupWriteFailed, QString::fromUtf8(sqlite3_errstr(step)));
        }
        if (finished != SQLITE_OK)
            return fail(Problem::BackupWriteFailed, messageOf(copy.get(), finished));

        // Read the copy back before it counts: a backup is only worth keeping if it opens healthy.
        sqlite3_stmt *check = nullptr;
        QStringList problems;
        if (sqlite3_prepare_v2(copy.get(), "PRAGMA quick_check", -1, &check, nullptr) != SQLITE_OK)
            return fail(Problem::BackupCheckFailed, messageOf(copy.get(), 0));
        int row = SQLITE_ROW;
        while ((row = sqlite3_step(check)) == SQLITE_ROW)
            problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)));
        sqlite3_finalize(check);
        if (m_stop.load())
            return fail(Problem::BackupStopped);
        if (row != SQLITE_DONE)
            return fail(Problem::BackupCheckFailed, messageOf(copy.get(), row));
        if (problems != QStringList{QStringLiteral("ok")})
            return fail(Problem::BackupUnhealthy, problems.mid(0, 3).join(QStringLiteral("; ")));
    }

    if (!QFile::rename(partial, target.value()))
        return fail(Problem::BackupNotNamed);
    Backups::keepNewest(m_databasePath);
    return target;
}

} // namespace convener::storage
