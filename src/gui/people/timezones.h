// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

class QComboBox;
class QString;

namespace convener::gui {

// Fills an editable combo box with the IANA time zones the system knows and
// selects current (or leaves it as typed text when the system does not know it).
void fillTimeZones(QComboBox *combo, const QString &current);

} // namespace convener::gui
