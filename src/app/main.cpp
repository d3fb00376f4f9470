// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Wiring only: arguments, the database, the workspace and the main window.
#include "gui/journal/journalpage.h"
#include "gui/mainwindow.h"
#include "models/dailybackup.h"
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
#include <QInputDialog>
#include <QLineEdit>
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
      "                    (the password from PGPASSWORD or ~/.pgpass, or asked for)\n"
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

// A team server, asking for the password when the server wants one that
// PGPASSWORD and ~/.pgpass did not give. The password is kept in memory only.
std::unique_ptr<storage::Database> connectToServer(const QString &url, storage::DatabaseError &error)
{
    const auto parsed = storage::ServerAddress::parse(url);
    if (!parsed) {
        error = storage::DatabaseError::make(storage::DatabaseError::Kind::CannotRead, url, parsed.error());
        return nullptr;
    }
    storage::ServerAddress address = parsed.value();
    storage::Database::Options options;
    options.createIfMissing = false;
    auto database = storage::Database::connect(address, error, options);
    for (int attempt = 0; !database && error.kind == storage::DatabaseError::Kind::LoginRefused && attempt < 3;
         ++attempt) {
        bool ok = false;
        const QString label = attempt == 0
            ? QApplication::translate("main", "Password for the team server %1:").arg(address.display())
            : QApplication::translate("main", "The server did not accept that password. Password for %1:")
                  .arg(address.display());
        const QString password = QInputDialog::getText(
            nullptr, QApplication::translate("main", "Team server"), label, QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        address.password = password;
        database = storage::Database::connect(address, error, options);
    }
    return database;
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

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : storage::Database::defaultPath();
    storage::Database::Options options;
    options.dailyBackup = true;
    // The day's first open checks the file but copies it only once the window is up.
    options.deferDailyBackup = true;
    storage::DatabaseError error;
    const bool onServer = parser.isSet(serverOption);
    if (onServer && parser.isSet(databaseOption)) {
        std::fprintf(stderr, "convener: choose --database or --server, not both\n\n%s", kUsage);
        return 2;
    }
    auto database
        = onServer ? connectToServer(parser.value(serverOption), error) : storage::Database::open(path, error, options);
    if (!database && !onServer && error.kind == storage::DatabaseError::Kind::Corrupt && offerRestore(error))
        database = storage::Database::open(path, error, options);
    if (!database) {
        std::fprintf(stderr, "convener: %s\n", qPrintable(models::describe(error)));
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Convener cannot open its database"), models::describe(error));
        return 1;
    }

    models::Workspace workspace(*database);
    QSettings settings;
    const QString lastKey = QStringLiteral("lastCohort/") + database->path();
    if (parser.isSet(demoOption))
        workspace.openDemo();
    else
        workspace.setCurrentCohort(settings.value(lastKey).toLongLong());
    QObject::connect(&workspace, &models::Workspace::currentCohortChanged, &app, [&settings, lastKey](qint64 id) {
        settings.setValue(lastKey, id);
    });

    gui::MainWindow window(workspace, QDate::currentDate(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    // Minutes without typing before an open journal locks itself.
    if (auto *journal = window.findChild<gui::JournalPage *>())
        journal->setAutoLockMinutes(settings.value(QStringLiteral("journal/autoLockMinutes"),
                                                   gui::JournalPage::kDefaultAutoLockMinutes).toInt());
    window.show();

    // Today's backup copies on a thread of its own once the event loop runs, so
    // the window is drawn first. Declared after the window: quitting stops the
    // copy (keeping no half-written file, and showing nothing) before the
    // window and database go.
    std::unique_ptr<models::DailyBackup> backup;
    if (database->dailyBackupDue()) {
        QTimer::singleShot(0, &window, [&backup, &window, path = database->path()] {
            backup = std::make_unique<models::DailyBackup>(path, storage::Backups::stampNow());
            window.followBackup(backup.get());
            backup->start();
        });
    }
    return QApplication::exec();
}
