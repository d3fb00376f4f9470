// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/live/chimechooser.h"

namespace convener::gui {

ChimeChooser::Chime ChimeChooser::choose(const std::vector<core::RunTransition> &happened, core::RunStatus status) const
{
    if (m_muted)
        return Chime::None;
    Chime chime = Chime::None;
    for (const core::RunTransition &t : happened) {
        switch (t.event) {
        case core::RunEvent::PhaseOver:
        case core::RunEvent::StepOver:
        case core::RunEvent::CallOver:
            return Chime::End;
        case core::RunEvent::Warning:
            if (status == core::RunStatus::Running)
                chime = Chime::Warning;
            break;
        case core::RunEvent::PhaseStarted:
        case core::RunEvent::FinalMinute:
            break;
        }
    }
    return chime;
}

} // namespace convener::gui
