// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/databaseerror.h"

#include <QString>

namespace convener::models {

// Why a database file or a team server could not be opened, and whether it was
// the password this computer's keychain keeps that the server refused.
struct OpenFailure
{
    storage::DatabaseError error;
    bool storedPasswordRefused = false;

    // The server wants a password the person has to type: none was found, or
    // the one tried was refused.
    bool wantsPassword() const { return error.kind == storage::DatabaseError::Kind::LoginRefused; }
};

// The sentence a person reads: the storage failure, and what the keychain had to do with it.
QString describe(const OpenFailure &failure);

} // namespace convener::models
