// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/serveraddress.h"

#include <optional>
#include <QString>

namespace convener::models {

// Where the passwords of team servers are kept between runs: this computer's
// keychain (KeychainPasswordStore), or a fake in the tests. Never QSettings,
// never a file Convener writes.
class PasswordStore
{
public:
    // A password looked up: found, not there, or the store could not be asked
    // (problem: the store's own words).
    struct Lookup
    {
        std::optional<QString> password;
        QString problem;
    };

    virtual ~PasswordStore() = default;

    // Why passwords cannot be kept on this computer (no keychain service
    // answers); empty when they can.
    virtual QString unavailableReason() = 0;
    virtual Lookup read(const QString &key) = 0;
    // Keeps password under key, replacing what was there; returns the store's
    // words when it could not, else an empty string.
    virtual QString write(const QString &key, const QString &password) = 0;
    virtual QString remove(const QString &key) = 0;

    // The key a server's password is kept under: user@host:port/database
    // (5432 when the address leaves the port to the default).
    static QString keyFor(const storage::ServerAddress &address)
    {
        return QStringLiteral("%1@%2:%3/%4")
            .arg(address.user, address.host)
            .arg(address.port > 0 ? address.port : 5432)
            .arg(address.database);
    }
};

} // namespace convener::models
