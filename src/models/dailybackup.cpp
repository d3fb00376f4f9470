// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/dailybackup.h"

#include "models/storageerror.h"
#include "storage/backgroundbackup.h"

#include <QFileInfo>

namespace convener::models {

DailyBackup::DailyBackup(QString databasePath, QString stamp, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_stamp(std::move(stamp))
{
}

DailyBackup::~DailyBackup()
{
    // Joined here, while this object can still take the events the copy may
    // have posted; the QObject destructor then drops any not yet delivered.
    m_backup.reset();
}

void DailyBackup::start()
{
    if (m_backup)
        return;
    m_backup = std::make_unique<storage::BackgroundBackup>(
        m_databasePath, m_stamp, QStringLiteral("daily"), [this](const storage::Result<QString> &done) {
            // On the backup thread: only the queued call touches this object's signals.
            if (done) {
                const qint64 bytes = QFileInfo(done.value()).size();
                QMetaObject::invokeMethod(
                    this, [this, path = done.value(), bytes] { Q_EMIT saved(path, bytes); }, Qt::QueuedConnection);
            } else {
                QMetaObject::invokeMethod(
                    this, [this, message = describe(done.error())] { Q_EMIT failed(message); }, Qt::QueuedConnection);
            }
        });
}

} // namespace convener::models
