// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli template list|show|validate
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "core/program/builtinlibrary.h"
#include "core/program/programdurations.h"
#include "core/program/programjson.h"
#include "core/program/programlimits.h"
#include "core/program/programmarkdown.h"
#include "core/program/programvalidation.h"
#include "models/program/programproblemtext.h"

#include <algorithm>
#include <cstdio>
#include <QCommandLineParser>
#include <QFile>

namespace convener::cli {

namespace {

const QString kTemplateUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli template list\n"
    "  convener-cli template show ID [--format markdown|json]\n"
    "  convener-cli template validate FILE\n\n"
    "list      prints the built-in templates: programs, their calls (PROGRAM/CALL) and practices.\n"
    "show      prints one built-in template as a Markdown agenda (the default) or as a program file.\n"
    "validate  checks a program, call or practice file. It prints each problem on a line, as\n"
    "          FILE:LINE:COLUMN: message (syntax) or FILE: PATH: message (meaning), and exits\n"
    "          with 1 when there is an error, 0 otherwise.");

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kTemplateUsage, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("template list takes no arguments.\n") + kTemplateUsage);
        return kExitUsage;
    }
    const auto &entries = core::BuiltinLibrary::entries();
    qsizetype idWidth = 2;
    for (const core::BuiltinLibraryEntry &e : entries)
        idWidth = std::max(idWidth, static_cast<qsizetype>(e.id.size()));
    QString text = QStringLiteral("%1  %2  %3  %4\n")
                       .arg(QStringLiteral("ID").leftJustified(idWidth), QStringLiteral("KIND").leftJustified(8),
                            QStringLiteral("PLANNED").leftJustified(16), QStringLiteral("TITLE"));
    for (const core::BuiltinLibraryEntry &e : entries) {
        QString planned = fromStd(core::durationText(e.plannedDuration));
        if (e.kind == core::DocumentKind::Program)
            planned = QStringLiteral("%1 calls").arg(e.callCount);
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(fromStd(e.id).leftJustified(idWidth), fromStd(core::documentKindKey(e.kind)).leftJustified(8),
                         planned.leftJustified(16), fromStd(e.title));
    }
    printOut(text);
    return kExitOk;
}

int runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("markdown or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("markdown"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("A template id from 'template list'."));
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kTemplateUsage, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("template show needs exactly one ID.\n") + kTemplateUsage);
        return kExitUsage;
    }
    const QString kind = parser.value(format);
    if (kind != QLatin1String("markdown") && kind != QLatin1String("json")) {
        printError(QStringLiteral("--format is markdown or json, not '%1'.").arg(kind));
        return kExitUsage;
    }
    const QString id = parser.positionalArguments().front();
    const core::ProgramLoadResult result = core::BuiltinLibrary::load(id.toStdString());
    if (!result.ok()) {
        printError(QStringLiteral("there is no built-in template '%1'; 'convener-cli template list' shows them.").arg(id));
        return kExitFailure;
    }
    if (kind == QLatin1String("json"))
        printOut(core::saveProgramDocument(*result.document));
    else
        printOut(core::documentMarkdown(*result.document));
    return kExitOk;
}

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A program, call or practice file."));
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kTemplateUsage, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("template validate needs exactly one FILE.\n") + kTemplateUsage);
        return kExitUsage;
    }
    const QString path = parser.positionalArguments().front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return kExitFailure;
    }
    // One byte past the limit is enough for the reader to refuse it, as the app
    // does: a huge file or an endless one (/dev/zero) is never read whole.
    const QByteArray bytes = file.read(static_cast<qint64>(core::kMaxProgramFileBytes) + 1);
    const core::ProgramLoadResult result = core::loadProgramDocument(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    std::vector<core::ProgramProblem> problems = result.problems;
    for (core::ProgramProblem &p : problems) {
        if (p.kind == core::ProgramProblemKind::FileTooLarge)
            p.count = std::max<long long>(p.count, file.size()); // a regular file's real size
    }
    if (result.ok()) {
        for (core::ProgramProblem &p : core::validateDocument(*result.document))
            problems.push_back(std::move(p));
    }
    QString report;
    for (const core::ProgramProblem &p : problems)
        report += models::describe(p, path) + QLatin1Char('\n');
    if (!core::hasErrors(problems)) {
        report += QStringLiteral("%1: valid %2 '%3'\n")
                      .arg(path, fromStd(core::documentKindKey(result.document->kind())),
                          fromStd(result.document->title()));
        printOut(report);
        return kExitOk;
    }
    // The problems as a compiler prints them (FILE:LINE:COLUMN: ...), on stderr.
    const QByteArray utf8 = report.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    std::fflush(stderr);
    return kExitFailure;
}

} // namespace

int runTemplateCommand(const QStringList &arguments)
{
    return runSubcommand("template", arguments, kTemplateUsage, {{"list", runList}, {"show", runShow}, {"validate", runValidate}});
}

} // namespace convener::cli
