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

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Escapes the control characters of text, but keeps line breaks when asked.
QString escaped(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u) || (keepLineBreaks && u == u'\n'))
            out += c;
        else
            out += QStringLiteral("\\x%1").arg(static_cast<int>(u), 2, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace

QString shown(const QString &text)
{
    return escaped(text, false);
}

std::string shown(std::string_view utf8)
{
    return shown(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()))).toStdString();
}

void printText(const QString &text)
{
    printOut(escaped(text, true));
}

void printText(std::string_view utf8)
{
    printText(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

void printError(const QString &text)
{
    const QByteArray utf8 = QStringLiteral("convener-cli: ").toUtf8() + escaped(text, true).toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool readWholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 low, qint64 high,
    qint64 &out, const QString &usage)
{
    bool ok = false;
    const QString text = parser.value(option);
    out = text.toLongLong(&ok);
    if (ok && out >= low && out <= high)
        return true;
    printError(QStringLiteral("--%1 expects a whole number from %2 to %3, not '%4'.\n")
                   .arg(option.names().constFirst())
                   .arg(low)
                   .arg(high)
                   .arg(text)
        + usage);
    return false;
}

int runSubcommand(const char *command, const QStringList &arguments, const QString &usage,
                  std::initializer_list<Subcommand> subcommands)
{
    const QString sub = arguments.value(0);
    for (const Subcommand &subcommand : subcommands) {
        if (sub == QLatin1String(subcommand.name))
            return subcommand.run(arguments.mid(1));
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut(usage);
        return kExitOk;
    }
    const QString name = QString::fromUtf8(command);
    printError((sub.isEmpty() ? QStringLiteral("%1 needs a subcommand.\n").arg(name)
                              : QStringLiteral("%1 has no subcommand '%2'.\n").arg(name, sub))
               + usage);
    return kExitUsage;
}

} // namespace convener::cli
