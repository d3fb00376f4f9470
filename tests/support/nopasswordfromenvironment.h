// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace convener::tests {

// While it lives, libpq finds no password of its own: PGPASSWORD is unset and
// PGPASSFILE names a file that does not exist. Both are put back as they were.
class NoPasswordFromEnvironment final
{
public:
    NoPasswordFromEnvironment()
        : m_hadPassword(qEnvironmentVariableIsSet("PGPASSWORD"))
        , m_password(qgetenv("PGPASSWORD"))
        , m_hadPassFile(qEnvironmentVariableIsSet("PGPASSFILE"))
        , m_passFile(qgetenv("PGPASSFILE"))
    {
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/convener-test-pgpass");
    }
    ~NoPasswordFromEnvironment()
    {
        restore("PGPASSWORD", m_hadPassword, m_password);
        restore("PGPASSFILE", m_hadPassFile, m_passFile);
    }
    NoPasswordFromEnvironment(const NoPasswordFromEnvironment &) = delete;
    NoPasswordFromEnvironment &operator=(const NoPasswordFromEnvironment &) = delete;

private:
    static void restore(const char *name, bool had, const QByteArray &value)
    {
        if (had)
            qputenv(name, value);
        else
            qunsetenv(name);
    }

    const bool m_hadPassword;
    const QByteArray m_password;
    const bool m_hadPassFile;
    const QByteArray m_passFile;
};

} // namespace convener::tests
