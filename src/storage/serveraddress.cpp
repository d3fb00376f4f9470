// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/serveraddress.h"

#include <optional>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace convener::storage {

namespace {

Error invalid(const QString &text, const QString &part)
{
    return Error(Problem::ServerAddressInvalid).withName(text).withValue(part);
}

// A whole number from min to max, or nullopt.
std::optional<int> wholeNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= min && value <= max ? std::optional<int>(value) : std::nullopt;
}

bool isSslMode(const QString &mode)
{
    static const QStringList kModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    return kModes.contains(mode);
}

} // namespace

bool ServerAddress::looksLikeAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    if (!looksLikeAddress(text))
        return invalid(text, text.section(QLatin1String("://"), 0, 0));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(text, url.errorString());
    ServerAddress address;
    address.host = url.host(QUrl::FullyDecoded);
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    if (url.port() != -1) {
        if (url.port() < 1)
            return invalid(text, QString::number(url.port()));
        address.port = url.port();
    }
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return invalid(text, path);
    address.database = path;

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!isSslMode(value))
                return invalid(text, key + QLatin1Char('=') + value);
            address.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            address.sslRootCert = value;
        } else if (key == QLatin1String("host")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            const auto port = wholeNumber(value, 1, 65535);
            if (!port)
                return invalid(text, key + QLatin1Char('=') + value);
            address.port = *port;
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("dbname")) {
            address.database = value;
        } else if (key == QLatin1String("connect_timeout")) {
            const auto seconds = wholeNumber(value, 1, 600);
            if (!seconds)
                return invalid(text, key + QLatin1Char('=') + value);
            address.connectTimeoutSeconds = *seconds;
        } else {
            return invalid(text, key);
        }
    }
    return address;
}

QString ServerAddress::display() const
{
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (host.startsWith(QLatin1Char('/'))) {
        // A socket folder is shown as libpq's host option, after the database.
    } else if (host.contains(QLatin1Char(':'))) {
        out += QLatin1Char('[') + host + QLatin1Char(']');
    } else {
        out += host;
    }
    if (port > 0 && !host.startsWith(QLatin1Char('/')))
        out += QLatin1Char(':') + QString::number(port);
    out += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList options;
    if (host.startsWith(QLatin1Char('/'))) {
        options << QStringLiteral("host=") + host;
        if (port > 0)
            options << QStringLiteral("port=") + QString::number(port);
    }
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!options.isEmpty())
        out += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return out;
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    options << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds);
    options << QStringLiteral("application_name=convener");
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + sslRootCert;
    return options.join(QLatin1Char(';'));
}

} // namespace convener::storage
