// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

namespace convener::storage {

class Database;

// Tells which tables other Conveners changed on a team server, as soon as
// their transactions commit: the server announces them (LISTEN/NOTIFY on
// Migrations::kChangeChannel) and Qt's PostgreSQL driver hands the notices
// over in the event loop, so nothing is polled. A database file has no one
// else writing to it, and its feed stays silent.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    explicit ChangeFeed(Database &database, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Whether the server takes the notices (false for a file, or when the
    // subscription failed: the connection is gone, say).
    bool isListening() const { return m_listening; }
    // Subscribes again (after the connection came back).
    bool listen();

Q_SIGNALS:
    // Tables that someone else changed, by their SQL names ("people",
    // "cohort_calls", ...), gathered from the notices that arrived together:
    // one signal for one transaction's, or a burst's, changes.
    void changed(const QSet<QString> &tables);

private:
    void noticed(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    void deliver();

    Database &m_database;
    bool m_listening = false;
    bool m_delivering = false;
    QSet<QString> m_pending;
};

} // namespace convener::storage
