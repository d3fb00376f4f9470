// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/live/presenterscreens.h"

#include <QCoreApplication>
#include <QScreen>

namespace convener::gui {

int PresenterScreens::choose(const QStringList &names, int hostScreen, const QString &remembered)
{
    if (names.isEmpty())
        return -1;
    if (!remembered.isEmpty()) {
        if (const int index = static_cast<int>(names.indexOf(remembered)); index >= 0)
            return index;
    }
    for (int i = static_cast<int>(names.size()) - 1; i >= 0; --i) {
        if (i != hostScreen)
            return i;
    }
    return -1;
}

QString PresenterScreens::label(const QScreen *screen)
{
    const QSize size = screen->size();
    return QCoreApplication::translate("convener::gui::PresenterScreens", "%1 (%2 × %3)")
        .arg(screen->name())
        .arg(size.width())
        .arg(size.height());
}

} // namespace convener::gui
