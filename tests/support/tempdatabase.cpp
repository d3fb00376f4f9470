// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "support/tempdatabase.h"

#include "models/storageerror.h"

#include <stdexcept>

namespace convener::tests {

TempDatabase::TempDatabase()
{
    reopen();
}

void TempDatabase::reopen()
{
    m_database.reset();
    storage::DatabaseError error;
    m_database = storage::Database::open(path(), error);
    if (!m_database)
        throw std::runtime_error(models::describe(error).toStdString());
}

} // namespace convener::tests
