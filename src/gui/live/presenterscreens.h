// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QScreen;

namespace convener::gui {

// Which screen the presenter window fills. The host's choice is remembered by
// the screen's name, because the order of screens changes as they are
// plugged in; without a choice (or when that screen is gone) it is a screen
// other than the host's own, so the Live area stays in view.
class PresenterScreens final
{
public:
    PresenterScreens() = delete;

    static QString settingsKey() { return QStringLiteral("live/presenterScreen"); }

    // An index into names; -1 (a normal window) when nothing was chosen and
    // the host's screen is the only one.
    static int choose(const QStringList &names, int hostScreen, const QString &remembered);
    // "DELL U2415 (1920 × 1200)", for the picker.
    static QString label(const QScreen *screen);
};

} // namespace convener::gui
