// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/retro/retropeoplecombo.h"

#include "models/roster/rostermodel.h"
#include "models/text.h"

#include <QComboBox>

namespace convener::gui {

void fillPeopleCombo(QComboBox *combo, const models::RosterModel &people, const QString &noneText)
{
    const QVariant before = combo->currentData();
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText);
    for (const auto &m : people.members())
        combo->addItem(models::toQt(m.person.displayName), QVariant::fromValue<qlonglong>(m.person.id));
    const int again = before.isValid() ? combo->findData(before) : -1;
    combo->setCurrentIndex(again >= 0 ? again : 0);
}

std::optional<core::PersonId> chosenPerson(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toLongLong();
}

} // namespace convener::gui
