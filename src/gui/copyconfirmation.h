// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

class QAbstractButton;

namespace convener::gui {

// Says "Copied" on the button that copied something, for a moment and without
// taking the focus from where the host is: the button's words change and come
// back, and the button keeps its width so nothing beside it moves.
void confirmCopied(QAbstractButton *button);

} // namespace convener::gui
