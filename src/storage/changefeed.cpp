// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/changefeed.h"

#include "storage/database.h"
#include "storage/migrations.h"

namespace convener::storage {

ChangeFeed::ChangeFeed(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    if (!m_database.isServer())
        return;
    connect(m_database.connection().driver(), &QSqlDriver::notification, this, &ChangeFeed::noticed);
    listen();
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening) {
        if (QSqlDriver *driver = m_database.connection().driver())
            driver->unsubscribeFromNotification(QLatin1String(Migrations::kChangeChannel));
    }
}

bool ChangeFeed::listen()
{
    if (!m_database.isServer())
        return false;
    QSqlDriver *driver = m_database.connection().driver();
    const QString channel = QLatin1String(Migrations::kChangeChannel);
    // The driver remembers subscriptions by name: after a lost connection it
    // must be told again for the new session.
    if (driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    m_listening = driver->subscribeToNotification(channel);
    return m_listening;
}

void ChangeFeed::noticed(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // Our own writes are already on screen: the document that made them shows them.
    if (source == QSqlDriver::SelfSource || channel != QLatin1String(Migrations::kChangeChannel))
        return;
    m_pending.insert(payload.toString());
    // Notices of one transaction arrive together; hand them over once, after
    // the driver has read them all.
    if (!m_delivering) {
        m_delivering = true;
        QMetaObject::invokeMethod(this, &ChangeFeed::deliver, Qt::QueuedConnection);
    }
}

void ChangeFeed::deliver()
{
    m_delivering = false;
    QSet<QString> tables;
    tables.swap(m_pending);
    if (!tables.isEmpty())
        Q_EMIT changed(tables);
}

} // namespace convener::storage
