// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <thread>

namespace convener::storage {

// Takes an automatic backup of a database that is open in the app, on a
// thread and SQLite connection of its own, so the window never waits for it.
// It copies with SQLite's online backup API a few pages at a time inside one
// read transaction: in WAL mode the app's writes go on meanwhile, and the copy
// is the database as it was when the copy began. The copy is written under a
// temporary name, checked, and only then renamed into the backups folder, so
// a copy cut short (quitting, a crash, a full disk) never counts as a backup.
class BackgroundBackup final
{
public:
    // Called on the backup thread after each step with the pages still to
    // copy and the pages in all; returning false stops the copy.
    using Progress = std::function<bool(int remaining, int total)>;
    // Called on the backup thread with the backup's path or why it failed;
    // not called when the copy was stopped.
    using Done = std::function<void(const Result<QString> &)>;

    static constexpr int kPagesPerStep = 256;

    // Starts copying databasePath to "<name>-<stamp>-<reason>.sqlite" in its
    // backups folder; then only the newest Backups::kKeep are kept.
    BackgroundBackup(QString databasePath, QString stamp, QString reason, Done done = {}, Progress progress = {},
                     int pagesPerStep = kPagesPerStep);
    // Stops a copy still under way and waits for the thread: quitting the app
    // waits for at most one step, never for the whole copy.
    ~BackgroundBackup();
    BackgroundBackup(const BackgroundBackup &) = delete;
    BackgroundBackup &operator=(const BackgroundBackup &) = delete;

    // Asks a copy under way to stop at its next step; its temporary file is removed.
    void stop() { m_stop.store(true); }
    // Waits for the copy to end: the backup's path, why it failed, or that it was stopped.
    Result<QString> wait();

    // The temporary name a backup is written under until it is complete.
    static QString partialPathFor(const QString &backupPath);

private:
    Result<QString> run();

    const QString m_databasePath;
    const QString m_stamp;
    const QString m_reason;
    const Done m_done;
    const Progress m_progress;
    const int m_pagesPerStep;
    std::atomic<bool> m_stop{false};
    std::optional<Result<QString>> m_outcome;
    std::thread m_thread;
};

} // namespace convener::storage
