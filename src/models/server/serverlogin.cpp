// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/server/serverlogin.h"

#include "models/server/passwordstore.h"

#include <QCoreApplication>

namespace convener::models {

namespace {

QString notKept(const QString &why)
{
    return QCoreApplication::translate("convener::models::ServerLogin",
        "Connected, but this computer's keychain could not keep the password (%1). Convener will ask for it again "
        "next time.")
        .arg(why);
}

} // namespace

ServerLogin::ServerLogin(PasswordStore &store)
    : m_store(store)
{
}

std::unique_ptr<storage::Database> ServerLogin::connect(const storage::ServerAddress &address, bool rememberPassword,
    const storage::Database::Options &options, OpenFailure &failure)
{
    m_keychainNote.clear();
    failure = {};
    const QString key = PasswordStore::keyFor(address);
    const bool typed = !address.password.isEmpty();
    storage::ServerAddress attempt = address;
    bool usedStored = false;
    if (!typed && !m_refused.contains(key)) {
        const PasswordStore::Lookup stored = m_store.read(key);
        if (stored.password) {
            attempt.password = *stored.password;
            usedStored = true;
        }
    }

    auto database = storage::Database::connect(attempt, failure.error, options);
    if (!database) {
        failure.storedPasswordRefused = usedStored && failure.wantsPassword();
        if (failure.storedPasswordRefused)
            m_refused.insert(key);
        return nullptr;
    }
    if (typed) {
        QString problem;
        if (rememberPassword)
            problem = m_store.write(key, address.password);
        else if (m_refused.contains(key))
            problem = m_store.remove(key);
        if (problem.isEmpty())
            m_refused.remove(key);
        else if (rememberPassword)
            m_keychainNote = notKept(problem);
    }
    return database;
}

QString ServerLogin::keychainProblem()
{
    return m_store.unavailableReason();
}

} // namespace convener::models
