// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Renders Convener's main screens on the demo data into PNG files, for the
// README and docs/. Usage: convener-screenshots OUTPUT_DIR [SAMPLE_CSV]
#include "gui/importdialog.h"
#include "gui/mainwindow.h"
#include "models/workspace.h"
#include "storage/database.h"
#include "storage/participantimporter.h"
#include "storage/rosterrepository.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTemporaryDir>

#include <cstdio>

using namespace convener;

namespace {
bool save(QWidget &widget, const QString &path)
{
    QApplication::processEvents();
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: convener-screenshots OUTPUT_DIR [SAMPLE_CSV]\n");
        return 2;
    }
    const QString out = args.at(1);
    QDir().mkpath(out);

    QTemporaryDir dir;
    storage::DatabaseError error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("demo.sqlite")), error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    models::Workspace workspace(*db);
    workspace.openDemo();
    gui::MainWindow window(workspace, QDate(2026, 11, 22), QStringLiteral("Europe/London"));
    window.resize(1180, 720);
    window.show();
    bool ok = save(window, out + QStringLiteral("/people.png"));

    if (args.size() > 2) {
        storage::ParticipantImporter importer(workspace.roster(), workspace.currentCohort());
        auto preview = importer.preview(args.at(2));
        if (!preview) {
            std::fprintf(stderr, "%s\n", qPrintable(preview.error()));
            return 1;
        }
        gui::ImportDialog dialog(importer, std::move(preview).value(), &window);
        dialog.resize(900, 640);
        dialog.show();
        ok = save(dialog, out + QStringLiteral("/import.png")) && ok;
    }
    return ok ? 0 : 1;
}
