// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "cli/clitext.h"

#include <cstdio>

namespace convener::cli {

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printOut(std::string_view utf8)
{
    std::fwrite(utf8.data(), 1, utf8.size(), stdout);
    if (utf8.empty() || utf8.back() != '\n')
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray utf8 = QStringLiteral("convener-cli: ").toUtf8() + text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace convener::cli
