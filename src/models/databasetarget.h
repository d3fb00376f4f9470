// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/serveraddress.h"

#include <optional>
#include <QString>

class QSettings;

namespace convener::models {

// What the app works on: a database file on this computer, or a team server.
// A password typed for a server travels with it in memory only; remember()
// never writes one.
struct DatabaseTarget
{
    QString path; // the file, when not on a server
    std::optional<storage::ServerAddress> server;
    // With a typed password: keep it in the keychain once the server accepts it.
    bool rememberPassword = false;

    static DatabaseTarget file(const QString &path);
    static DatabaseTarget teamServer(const storage::ServerAddress &address, bool rememberPassword = false);
    // convener.sqlite in the user's data folder, where Convener works alone.
    static DatabaseTarget thisComputer();

    bool isServer() const { return server.has_value(); }
    // The file's path, or the server's address as shown to a person (no password).
    QString display() const;
    DatabaseTarget withoutPassword() const;

    // Keeps in settings where the next start goes: back to this server, or,
    // for any file, to this computer's database (a file opened with
    // --database is not remembered). A server is also kept as the one File >
    // Connect to Team Server offers first. The address is kept field by
    // field, the certificate authority's file with it; a password never is.
    void remember(QSettings &settings) const;
    // The server to go back to at the start, if the app was last on one.
    static std::optional<DatabaseTarget> remembered(QSettings &settings);
    // The last server worked on, whether or not the app is still on it.
    static std::optional<storage::ServerAddress> rememberedServer(QSettings &settings);
};

} // namespace convener::models
