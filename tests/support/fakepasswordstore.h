// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/server/passwordstore.h"

#include <map>
#include <QStringList>

namespace convener::tests {

// A keychain in memory that notes every key read, written and removed. With
// `unavailable` set it behaves as a computer without a keychain service.
class FakePasswordStore final : public models::PasswordStore
{
public:
    std::map<QString, QString> passwords;
    QString unavailable;
    QStringList reads;
    QStringList writes;
    QStringList removals;

    QString unavailableReason() override { return unavailable; }

    Lookup read(const QString &key) override
    {
        reads << key;
        if (!unavailable.isEmpty())
            return { std::nullopt, unavailable };
        const auto found = passwords.find(key);
        if (found == passwords.end())
            return {};
        return { found->second, QString() };
    }

    QString write(const QString &key, const QString &password) override
    {
        if (!unavailable.isEmpty())
            return unavailable;
        writes << key;
        passwords[key] = password;
        return {};
    }

    QString remove(const QString &key) override
    {
        if (!unavailable.isEmpty())
            return unavailable;
        removals << key;
        passwords.erase(key);
        return {};
    }
};

} // namespace convener::tests
