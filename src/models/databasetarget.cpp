// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/databasetarget.h"

#include "storage/database.h"

#include <QSettings>

namespace convener::models {

namespace {

const QString kKindKey = QStringLiteral("database/kind");
const QString kServerGroup = QStringLiteral("teamServer");

} // namespace

DatabaseTarget DatabaseTarget::file(const QString &path)
{
    DatabaseTarget target;
    target.path = path;
    return target;
}

DatabaseTarget DatabaseTarget::teamServer(const storage::ServerAddress &address, bool rememberPassword)
{
    DatabaseTarget target;
    target.server = address;
    target.rememberPassword = rememberPassword;
    return target;
}

DatabaseTarget DatabaseTarget::thisComputer()
{
    return file(storage::Database::defaultPath());
}

QString DatabaseTarget::display() const
{
    return server ? server->display() : path;
}

DatabaseTarget DatabaseTarget::withoutPassword() const
{
    DatabaseTarget copy = *this;
    if (copy.server)
        copy.server->password.clear();
    copy.rememberPassword = false;
    return copy;
}

void DatabaseTarget::remember(QSettings &settings) const
{
    if (!server) {
        settings.setValue(kKindKey, QStringLiteral("local"));
        return;
    }
    settings.setValue(kKindKey, QStringLiteral("server"));
    settings.beginGroup(kServerGroup);
    settings.setValue(QStringLiteral("host"), server->host);
    settings.setValue(QStringLiteral("port"), server->port);
    settings.setValue(QStringLiteral("database"), server->database);
    settings.setValue(QStringLiteral("user"), server->user);
    settings.setValue(QStringLiteral("sslMode"), server->sslMode);
    settings.setValue(QStringLiteral("sslRootCert"), server->sslRootCert);
    settings.setValue(QStringLiteral("connectTimeout"), server->connectTimeoutSeconds);
    settings.endGroup();
}

std::optional<DatabaseTarget> DatabaseTarget::remembered(QSettings &settings)
{
    if (settings.value(kKindKey).toString() != QLatin1String("server"))
        return std::nullopt;
    if (const auto address = rememberedServer(settings))
        return teamServer(*address);
    return std::nullopt;
}

std::optional<storage::ServerAddress> DatabaseTarget::rememberedServer(QSettings &settings)
{
    settings.beginGroup(kServerGroup);
    storage::ServerAddress address;
    address.host = settings.value(QStringLiteral("host")).toString();
    address.port = settings.value(QStringLiteral("port"), 0).toInt();
    address.database = settings.value(QStringLiteral("database")).toString();
    address.user = settings.value(QStringLiteral("user")).toString();
    address.sslMode = settings.value(QStringLiteral("sslMode")).toString();
    address.sslRootCert = settings.value(QStringLiteral("sslRootCert")).toString();
    address.connectTimeoutSeconds
        = settings.value(QStringLiteral("connectTimeout"), address.connectTimeoutSeconds).toInt();
    settings.endGroup();
    if (address.database.isEmpty())
        return std::nullopt;
    return address;
}

} // namespace convener::models
