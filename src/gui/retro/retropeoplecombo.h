// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <QString>

#include <optional>

class QComboBox;

namespace convener::models {
class RosterModel;
}

namespace convener::gui {

// Fills a combo box with the cohort's members (person id as item data),
// after a first item for nobody when noneText is given, and keeps the
// person chosen before when they are still there.
void fillPeopleCombo(QComboBox *combo, const models::RosterModel &people, const QString &noneText);

// The person chosen in such a combo box, or nothing for the "nobody" item.
std::optional<core::PersonId> chosenPerson(const QComboBox *combo);

} // namespace convener::gui
