// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli: the same core and storage as the app, for scripts and for hosts
// who prefer a terminal.
#include "cli/clitext.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <array>
#include <cstring>
#include <memory>

using namespace convener::cli;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

// One row per command; each command lives in its own file and prints its own --help.
const std::array kCommands {
    Command { "cohort", "create, edit and list cohorts", runCohortCommand },
    Command { "people", "import participants from CSV and list a cohort's members", runPeopleCommand },
    Command { "demo", "create the made-up Demo cohort to explore with", runDemoCommand },
    Command { "db", "back up, check, restore and copy a database", runDbCommand },
    Command { "server", "set up a team server's database", runServerCommand },
    Command { "template", "list, show and validate program templates", runTemplateCommand },
    Command { "retro", "export a call's retro board as Markdown or CSV", runRetroCommand },
    Command {
        "export", "write a call's run sheet (PDF, Markdown) or the cohort's calendar (iCalendar)", runExportCommand },
    Command { "schedule", "plan breakout groups with as few repeat encounters as possible", runScheduleCommand },
    Command { "attendance", "mark and list who came to a call", runAttendanceCommand },
    Command { "rooms", "plan, adjust, record and export a call's breakout rooms", runRoomsCommand },
};

QString usage()
{
    QString text = QStringLiteral("Usage: convener-cli COMMAND [OPTIONS]\n\n"
                                  "Convener's command line: the same database and planning as the app.\n\n"
                                  "Commands:\n");
    for (const Command &c : kCommands) {
        if (c.run)
            text += QStringLiteral("  %1%2\n").arg(QString::fromUtf8(c.name).leftJustified(12), QString::fromUtf8(c.summary));
    }
    text += QStringLiteral("\nWherever a command takes --db PATH, a team server's address works too:\n"
                           "  --db postgresql://user@host:port/database\n"
                           "  (the password from PGPASSWORD, ~/.pgpass or this computer's keychain)\n"
                           "\nRun 'convener-cli COMMAND --help' for a command's options.\n"
                           "  --help      show this text\n"
                           "  --version   show the version\n");
    return text;
}

// A run sheet's PDF lays out text with Qt's fonts, which need a GUI
// application; the offscreen platform means it never needs a display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("convener"));
    QCoreApplication::setOrganizationName(QStringLiteral("Convener"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVENER_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printError(QStringLiteral("no command given.\n") + usage());
        return kExitUsage;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printOut(usage());
        return kExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printOut(QStringLiteral("convener-cli %1").arg(QCoreApplication::applicationVersion()));
        return kExitOk;
    }
    for (const Command &c : kCommands) {
        if (c.run && first == QLatin1String(c.name))
            return c.run(args);
    }
    printError(QStringLiteral("unknown command '%1'.\n").arg(first) + usage());
    return kExitUsage;
}
