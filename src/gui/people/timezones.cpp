// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/people/timezones.h"

#include <QComboBox>
#include <QCompleter>
#include <QTimeZone>

namespace convener::gui {

void fillTimeZones(QComboBox *combo, const QString &current)
{
    combo->clear();
    combo->addItem(QString());
    const auto ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        // Skip the legacy aliases ("EST5EDT", "Etc/GMT+3") that confuse more than they help.
        if (!id.contains('/') || id.startsWith("Etc/"))
            continue;
        combo->addItem(QString::fromUtf8(id));
    }
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const int index = combo->findText(current);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(current);
}

} // namespace convener::gui
