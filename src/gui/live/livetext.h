// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"
#include "core/run/runengine.h"

#include <QString>

namespace convener::gui {

// How the live screens write times and states, shared by the Live area and
// the presenter window so they always agree.
class LiveText final
{
public:
    LiveText() = delete;

    // "4:05", "1:02:03"; overtime as "−0:42". Whole seconds, rounded towards
    // the deadline so that "0:00" shows only when the time is really up.
    static QString remaining(core::Clock::Duration remaining);
    // "3 min", "1 h 5 min", "40 s".
    static QString length(core::Clock::Duration length);
    // To the second where that matters: "45 s", "9 min", "9 min 50 s".
    static QString exactLength(core::Clock::Duration length);
    static QString urgency(const core::RunEngine &engine, core::Clock::Time now);
    // The step, turn and phase as the host reads them.
    static QString step(const core::RunEngine &engine);
    static QString phase(const core::RunEngine &engine);
};

} // namespace convener::gui
