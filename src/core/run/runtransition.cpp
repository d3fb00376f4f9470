// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/runtransition.h"

namespace convener::core {

std::string_view runEventKey(RunEvent event)
{
    switch (event) {
    case RunEvent::PhaseStarted:
        return "phase_started";
    case RunEvent::Warning:
        return "warning";
    case RunEvent::FinalMinute:
        return "final_minute";
    case RunEvent::PhaseOver:
        return "phase_over";
    case RunEvent::StepOver:
        return "step_over";
    case RunEvent::CallOver:
        return "call_over";
    }
    return "phase_started";
}

} // namespace convener::core
