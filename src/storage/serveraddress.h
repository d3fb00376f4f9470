// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/result.h"

#include <QString>

namespace convener::storage {

// Where a team's PostgreSQL server is and how to log in, read from an address
// such as postgresql://maria@db.example.org:5432/cohorts?sslmode=verify-full.
// Whatever is left out falls to libpq's own defaults and environment (PGHOST,
// PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ~/.pgpass), as psql does.
struct ServerAddress
{
    QString host; // a name, an address, or a folder holding the server's socket
    int port = 0; // 0: the default (5432, or PGPORT)
    QString database;
    QString user;
    QString password; // only when the address carried one; never shown
    // disable, allow, prefer, require, verify-ca or verify-full (empty: libpq's
    // default, which is prefer). verify-full is the one to use across a network.
    QString sslMode;
    QString sslRootCert; // the certificate authority's file, for verify-ca and verify-full
    int connectTimeoutSeconds = 10;

    // Whether text is a server address rather than a file's path.
    static bool looksLikeAddress(const QString &text);
    // Reads an address; a malformed one names the part that could not be read.
    static Result<ServerAddress> parse(const QString &text);

    // The address to show a person: no password, no options but sslmode.
    QString display() const;
    // libpq's connection options for QPSQL (sslmode, sslrootcert, timeouts, the
    // application's name), separated by semicolons.
    QString connectOptions() const;
};

} // namespace convener::storage
