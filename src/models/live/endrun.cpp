// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/live/endrun.h"

#include "models/live/runcontroller.h"

#include <QCoreApplication>

namespace convener::models {

EndRun::EndRun(RunController &run, core::RunState before)
    : QUndoCommand(QCoreApplication::translate("EndRun", "End the call"))
    , m_run(run)
    , m_before(std::move(before))
{
}

void EndRun::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (!m_run.applyEnd())
        setObsolete(true);
}

void EndRun::undo()
{
    if (!m_run.applyRestore(m_before))
        setObsolete(true);
}

} // namespace convener::models
