// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/runstate.h"
#include "core/run/runtransition.h"

#include <vector>

namespace convener::gui {

// Decides which chime, if any, a batch of run transitions is worth. It plays
// nothing itself, so the choice can be tested without an audio device.
class ChimeChooser final
{
public:
    enum class Chime { None, Warning, End };

    bool isMuted() const { return m_muted; }
    void setMuted(bool muted) { m_muted = muted; }

    // An end (of a phase, a step or the call) outranks a warning in the same
    // batch, so a host who catches up after a stall hears one chime, not two.
    // The final minute has no chime of its own: it follows the warning so
    // closely that a third sound per phase would be noise. A run that is not
    // running (paused, finished) only ever rings for an end: a warning that
    // comes due while the host has stopped the clock is not news.
    Chime choose(const std::vector<core::RunTransition> &happened, core::RunStatus status) const;

private:
    bool m_muted = false;
};

} // namespace convener::gui
