// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/papersize.h"

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace convener::models {
class Workspace;
}

namespace convener::gui {

// The File menu's exports of the current cohort: a call's run sheet (PDF or
// Markdown) and the cohort's calendar (iCalendar). It asks for the call and
// the file, writes through convener_io, and reports problems by signal so the
// window shows them the way it shows every other problem.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    // window parents the dialogs.
    ExportActions(models::Workspace &workspace, QWidget *window);

    QAction *runSheetAction() const { return m_runSheet; }
    QAction *calendarAction() const { return m_calendar; }

    // Without dialogs, for the actions and for tests. False after emitting problem().
    bool writeRunSheet(int callNumber, const QString &path, io::PaperSize paper);
    bool writeCalendar(const QString &path);

    // A4, or US Letter where the locale measures in inches.
    static io::PaperSize localPaperSize();
    // The paper size chosen for the last run sheet, kept in QSettings under
    // paperSettingsKey() as "a4" or "letter"; the locale's until there is one.
    static io::PaperSize rememberedPaperSize();
    static void rememberPaperSize(io::PaperSize paper);
    static QString paperSettingsKey();

public Q_SLOTS:
    void chooseRunSheet();
    void chooseCalendar();

Q_SIGNALS:
    void problem(const QString &message);
    void exported(const QString &path);

private:
    void updateEnabled();
    QString suggestedPath(const QString &name) const;

    models::Workspace &m_workspace;
    QWidget *m_window;
    QAction *m_runSheet;
    QAction *m_calendar;
};

} // namespace convener::gui
