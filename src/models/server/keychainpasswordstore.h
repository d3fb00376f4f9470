// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/server/passwordstore.h"

#include <optional>

namespace convener::models {

// Passwords in this computer's keychain through QtKeychain (the Secret
// Service on Linux), under the service "Convener". Each call waits for the
// keychain's answer in an event loop of its own that takes no input, so a
// click cannot start a second login meanwhile. QtKeychain's fallback to a
// plain settings file stays off. Once the keychain is found missing it is not
// asked again in this run.
class KeychainPasswordStore final : public PasswordStore
{
public:
    static constexpr const char *kService = "Convener";

    KeychainPasswordStore() = default;

    QString unavailableReason() override;
    Lookup read(const QString &key) override;
    QString write(const QString &key, const QString &password) override;
    QString remove(const QString &key) override;

private:
    std::optional<QString> m_unavailable; // unset: not known yet
};

} // namespace convener::models
