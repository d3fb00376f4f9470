// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Wiring only: arguments, the database session, the workspace and its window,
// and replacing both when the window asks to work on another database.
#include "gui/journal/journalpage.h"
#include "gui/mainwindow.h"
#include "gui/server/serverconnectdialog.h"
#include "models/dailybackup.h"
#include "models/databasesession.h"
#include "models/server/keychainpasswordstore.h"
#include "models/server/serverlogin.h"
#include "models/storageerror.h"
#include "models/workspace.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <cstdio>
#include <cstring>
#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTimeZone>

using namespace convener;

namespace {

const char *const kUsage
    = "Usage: convener [--database PATH | --server URL] [--demo]\n\n"
      "Convener, a console for hosts of cohort practice programs.\n\n"
      "  --database PATH   open the database at PATH (default: convener.sqlite in your data folder)\n"
      "  --server URL      work on a team server: postgresql://user@host:port/database\n"
      "                    (the password from this computer's keychain, PGPASSWORD or ~/.pgpass,\n"
      "                    or asked for)\n"
      "  --demo            open the Demo cohort, creating it if needed\n"
      "  --version         show the version\n"
      "  --help            show this text\n";

// Answered before any window system is touched, so they work over ssh too.
bool handledWithoutDisplay(int argc, char **argv, int &exitCode)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("convener %s\n", CONVENER_VERSION);
            exitCode = 0;
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(kUsage, stdout);
            exitCode = 0;
            return true;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs("convener: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run it from a desktop session, or without a screen under a virtual one:\n"
                   "  xvfb-run -a convener\n",
                   stderr);
        exitCode = 1;
        return true;
    }
    return false;
}

// A damaged database: offer the newest automatic backup. The damaged file is
// moved aside, never deleted.
bool offerRestore(const storage::DatabaseError &error)
{
    const QStringList backups = storage::Backups::list(error.path);
    if (backups.isEmpty())
        return false;
    const QFileInfo newest(backups.front());
    QMessageBox box(QMessageBox::Warning, QApplication::translate("main", "The database is damaged"),
        models::describe(error), QMessageBox::NoButton);
    box.setInformativeText(QApplication::translate("main", "Convener can put its newest backup in its place: %1, "
                                                           "taken %2. The damaged file is kept beside it.")
                               .arg(newest.fileName(), QLocale().toString(newest.lastModified(), QLocale::ShortFormat)));
    QPushButton *restore = box.addButton(QApplication::translate("main", "Restore the Backup"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    const auto restored = storage::Backups::restore(error.path, newest.filePath(), storage::Backups::stampNow());
    if (!restored) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Restore failed"), models::describe(restored.error()));
        return false;
    }
    return true;
}

// The connect dialog, filled in with address and showing why the first try
// failed (usually: the server wants a password); each Connect tries again.
// Returns whether the session opened the server.
bool connectWithDialog(
    models::DatabaseSession &session, const storage::ServerAddress &address, const models::OpenFailure &failure)
{
    gui::ServerConnectDialog dialog;
    dialog.setAddress(address);
    dialog.setKeychainProblem(session.login().keychainProblem());
    dialog.setRememberPassword(failure.storedPasswordRefused);
    dialog.refuse(models::describe(failure), failure.wantsPassword());
    QObject::connect(&dialog, &gui::ServerConnectDialog::connectRequested, &dialog, [&session, &dialog] {
        const auto opened = session.switchTo(dialog.target());
        if (opened)
            dialog.accept();
        else
            dialog.refuse(models::describe(opened.error()), opened.error().wantsPassword());
    });
    return dialog.exec() == QDialog::Accepted;
}

// A team server remembered from last time that cannot be opened now must not
// keep the host out of Convener: offer the database on this computer.
bool offerThisComputer(const models::OpenFailure &failure)
{
    QMessageBox box(QMessageBox::Warning, QApplication::translate("main", "The team server cannot be opened"),
        models::describe(failure), QMessageBox::NoButton);
    box.setInformativeText(QApplication::translate("main",
        "You can work on the database on this computer meanwhile "
        "and connect again later with File > Connect to Team "
        "Server."));
    QPushButton *local
        = box.addButton(QApplication::translate("main", "Work on This Computer"), QMessageBox::AcceptRole);
    box.addButton(QApplication::translate("main", "Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(local);
    box.exec();
    return box.clickedButton() == local;
}

// Where the app starts: the command line wins, then the team server it was
// last on, then the database on this computer.
struct Start
{
    models::DatabaseTarget target;
    bool remembered = false;
};

// Opens the database to start with, asking on the way for what it needs: a
// backup in place of a damaged file, a password, or this computer's database
// in place of a remembered server. declined: the person has read why and
// chose to stop, so the failure need not be shown again.
core::Result<void, models::OpenFailure> openAtStart(
    models::DatabaseSession &session, const Start &start, bool &declined)
{
    declined = false;
    auto opened = session.switchTo(start.target);
    if (opened)
        return opened;
    const models::OpenFailure failure = opened.error();
    if (!start.target.isServer()) {
        if (failure.error.kind == storage::DatabaseError::Kind::Corrupt && offerRestore(failure.error))
            return session.switchTo(start.target);
        return opened;
    }
    if (failure.wantsPassword()) {
        if (connectWithDialog(session, *start.target.server, failure))
            return {};
        declined = true;
    }
    if (start.remembered) {
        if (offerThisComputer(failure))
            return openAtStart(session, Start { models::DatabaseTarget::thisComputer(), false }, declined);
        declined = true;
    }
    return opened;
}

} // namespace

int main(int argc, char **argv)
{
    int exitCode = 0;
    if (handledWithoutDisplay(argc, argv, exitCode))
        return exitCode;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("convener"));
    QApplication::setOrganizationName(QStringLiteral("Convener"));
    QApplication::setApplicationDisplayName(QStringLiteral("Convener"));
    QApplication::setApplicationVersion(QStringLiteral(CONVENER_VERSION));

    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Open the database at PATH."),
                                            QStringLiteral("PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Open the Demo cohort."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("Work on the team server at URL."), QStringLiteral("URL"));
    parser.addOption(databaseOption);
    parser.addOption(serverOption);
    parser.addOption(demoOption);
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "convener: %s\n\n%s", qPrintable(parser.errorText()), kUsage);
        return 2;
    }

    if (parser.isSet(serverOption) && parser.isSet(databaseOption)) {
        std::fprintf(stderr, "convener: choose --database or --server, not both\n\n%s", kUsage);
        return 2;
    }
    QSettings settings;
    Start start { models::DatabaseTarget::thisComputer(), false };
    if (parser.isSet(serverOption)) {
        const auto address = storage::ServerAddress::parse(parser.value(serverOption));
        if (!address) {
            std::fprintf(stderr, "convener: %s\n", qPrintable(models::describe(address.error())));
            QMessageBox::critical(nullptr, QApplication::translate("main", "Convener cannot open its database"),
                models::describe(address.error()));
            return 1;
        }
        start.target = models::DatabaseTarget::teamServer(address.value());
    } else if (parser.isSet(databaseOption)) {
        start.target = models::DatabaseTarget::file(parser.value(databaseOption));
    } else if (const auto last = models::DatabaseTarget::remembered(settings)) {
        start = Start { *last, true };
    }

    models::KeychainPasswordStore keychain;
    models::ServerLogin login(keychain);
    storage::Database::Options fileOptions;
    fileOptions.dailyBackup = true;
    // The day's first open checks the file but copies it only once the window is up.
    fileOptions.deferDailyBackup = true;
    models::DatabaseSession session(login, fileOptions);
    session.setLastServer(models::DatabaseTarget::rememberedServer(settings));

    std::unique_ptr<gui::MainWindow> window;
    // Today's backup copies on a thread of its own once the event loop runs, so
    // the window is drawn first. Declared after the window: quitting stops the
    // copy (keeping no half-written file, and showing nothing) before the
    // window and database go.
    std::unique_ptr<models::DailyBackup> backup;
    QByteArray geometry; // the window's place and size, kept for the next one
    bool demo = parser.isSet(demoOption);

    // Switching: the copy stops and the window goes before the workspace it shows.
    QObject::connect(&session, &models::DatabaseSession::aboutToClose, &session, [&] {
        backup.reset();
        geometry = window->saveGeometry();
        window.reset();
    });
    QObject::connect(&session, &models::DatabaseSession::opened, &session, [&] {
        models::Workspace &workspace = *session.workspace();
        session.target().remember(settings);
        const QString lastKey = QStringLiteral("lastCohort/") + session.database()->path();
        if (demo)
            workspace.openDemo();
        else
            workspace.openRemembered(settings.value(lastKey).toLongLong());
        demo = false;
        QObject::connect(&workspace, &models::Workspace::currentCohortChanged, &workspace,
            [&settings, lastKey](qint64 id) { settings.setValue(lastKey, id); });

        window = std::make_unique<gui::MainWindow>(
            workspace, QDate::currentDate(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        window->setSession(&session);
        // Minutes without typing before an open journal locks itself.
        if (auto *journal = window->findChild<gui::JournalPage *>())
            journal->setAutoLockMinutes(
                settings.value(QStringLiteral("journal/autoLockMinutes"), gui::JournalPage::kDefaultAutoLockMinutes)
                    .toInt());
        if (!geometry.isEmpty())
            window->restoreGeometry(geometry);
        // Queued: the switch replaces the window, so it runs once the click
        // that asked for it has returned.
        QObject::connect(
            window.get(), &gui::MainWindow::switchRequested, &session,
            [&](const models::DatabaseTarget &target) {
                const auto switched = session.switchTo(target);
                if (!switched)
                    window->refuseSwitch(switched.error());
            },
            Qt::QueuedConnection);
        window->show();
        if (session.onServer() && !login.keychainNote().isEmpty())
            window->showProblem(login.keychainNote());
        if (session.database()->dailyBackupDue()) {
            QTimer::singleShot(0, window.get(), [&backup, &window, path = session.database()->path()] {
                backup = std::make_unique<models::DailyBackup>(path, storage::Backups::stampNow());
                window->followBackup(backup.get());
                backup->start();
            });
        }
    });

    bool declined = false;
    if (const auto opened = openAtStart(session, start, declined); !opened) {
        const QString message = models::describe(opened.error());
        std::fprintf(stderr, "convener: %s\n", qPrintable(message));
        if (!declined)
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Convener cannot open its database"), message);
        return 1;
    }
    return QApplication::exec();
}
