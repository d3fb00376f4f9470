// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/openfailure.h"
#include "storage/database.h"

#include <memory>
#include <QSet>
#include <QString>

namespace convener::models {

class PasswordStore;

// Logs in to team servers with the passwords a PasswordStore keeps:
// - a password typed (or written into the address) is used as it is;
// - otherwise the stored one is tried first, and, when there is none,
//   libpq's own (PGPASSWORD, ~/.pgpass);
// - a stored password the server refused is not tried again in this run: the
//   person is asked (OpenFailure::storedPasswordRefused);
// - after a login with a typed password, that password replaces the stored
//   one when the person asked to remember it; a stored one the server refused
//   is removed when they did not.
class ServerLogin final
{
public:
    explicit ServerLogin(PasswordStore &store);
    ServerLogin(const ServerLogin &) = delete;
    ServerLogin &operator=(const ServerLogin &) = delete;

    // Connects as the rules above say; on failure returns nullptr and fills failure.
    std::unique_ptr<storage::Database> connect(const storage::ServerAddress &address, bool rememberPassword,
        const storage::Database::Options &options, OpenFailure &failure);

    // Why the keychain cannot keep passwords on this computer; empty when it can.
    QString keychainProblem();
    // What went wrong with the keychain in the last connect() although the
    // login itself worked (the password could not be kept); empty when nothing did.
    const QString &keychainNote() const { return m_keychainNote; }

private:
    PasswordStore &m_store;
    QSet<QString> m_refused; // keys whose stored password the server refused in this run
    QString m_keychainNote;
};

} // namespace convener::models
