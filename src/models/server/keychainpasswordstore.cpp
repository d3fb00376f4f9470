// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/server/keychainpasswordstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace convener::models {

namespace {

// Starts job and waits for it. QtKeychain may answer before start() returns,
// hence the flag rather than a plain exec().
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

// No keychain answers here: none installed or running (no Secret Service on
// the session bus, no session bus at all, as in CI).
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

QString KeychainPasswordStore::unavailableReason()
{
    if (!m_unavailable)
        read(QStringLiteral("availability check"));
    return m_unavailable.value_or(QString());
}

PasswordStore::Lookup KeychainPasswordStore::read(const QString &key)
{
    if (m_unavailable && !m_unavailable->isEmpty())
        return { std::nullopt, *m_unavailable };
    QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
    job.setKey(key);
    runToEnd(job);
    switch (job.error()) {
    case QKeychain::NoError:
        m_unavailable = QString();
        return { job.textData(), QString() };
    case QKeychain::EntryNotFound:
        m_unavailable = QString();
        return {};
    default:
        if (meansNoKeychain(job.error()))
            m_unavailable = job.errorString();
        return { std::nullopt, job.errorString() };
    }
}

QString KeychainPasswordStore::write(const QString &key, const QString &password)
{
    if (m_unavailable && !m_unavailable->isEmpty())
        return *m_unavailable;
    QKeychain::WritePasswordJob job(QString::fromLatin1(kService));
    job.setKey(key);
    job.setTextData(password);
    runToEnd(job);
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

QString KeychainPasswordStore::remove(const QString &key)
{
    if (m_unavailable && !m_unavailable->isEmpty())
        return *m_unavailable;
    QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
    job.setKey(key);
    runToEnd(job);
    const bool gone = job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
    return gone ? QString() : job.errorString();
}

} // namespace convener::models
