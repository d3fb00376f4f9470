// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace convener::storage {
class BackgroundBackup;
}

namespace convener::models {

// The day's automatic backup as the window sees it: storage::BackgroundBackup
// copies on a thread of its own and reports there; this hands the outcome to
// the thread that made the object, as a signal, so widgets can show it. A copy
// stopped because the object goes (the app quits) reports nothing at all.
class DailyBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackup)

public:
    // stamp names the file ("yyyyMMdd-HHmmss", UTC); the app reads the clock, not this.
    DailyBackup(QString databasePath, QString stamp, QObject *parent = nullptr);
    // Stops a copy under way and waits for at most one step of it.
    ~DailyBackup() override;

    // Starts the copy; connect to the signals first. Later calls do nothing.
    void start();

Q_SIGNALS:
    // The backup is complete, checked and kept: its path and its size in bytes.
    void saved(const QString &path, qint64 bytes);
    // No backup was kept today; the message says why and where.
    void failed(const QString &message);

private:
    const QString m_databasePath;
    const QString m_stamp;
    std::unique_ptr<storage::BackgroundBackup> m_backup;
};

} // namespace convener::models
