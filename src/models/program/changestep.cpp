// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/changestep.h"

#include "storage/conversions.h"

namespace convener::models {

namespace {

QString describeCues(const core::Step &before, const core::Step &after, int phase)
{
    const auto count = [phase](const core::Step &s) {
        if (phase < 0)
            return s.cues.size();
        return phase < static_cast<int>(s.phases.size()) ? s.phases[static_cast<size_t>(phase)].cues.size() : 0;
    };
    const QString title = storage::toQt(after.title);
    if (count(after) > count(before))
        return CallStepsModel::tr("Add a cue to %1").arg(title);
    if (count(after) < count(before))
        return CallStepsModel::tr("Remove a cue from %1").arg(title);
    return CallStepsModel::tr("Edit a cue of %1").arg(title);
}

QString describeRoles(const core::Step &before, const core::Step &after)
{
    const QString title = storage::toQt(after.title);
    if (after.roles.size() > before.roles.size())
        return CallStepsModel::tr("Add a role to %1").arg(title);
    if (after.roles.size() < before.roles.size())
        return CallStepsModel::tr("Remove a role from %1").arg(title);
    return CallStepsModel::tr("Edit a role of %1").arg(title);
}

QString describe(StepField field, const core::Step &before, const core::Step &step, int phase)
{
    const QString title = storage::toQt(step.title);
    const QString phaseTitle = phase >= 0 && phase < static_cast<int>(step.phases.size())
                                   ? storage::toQt(step.phases[static_cast<size_t>(phase)].title) : QString();
    switch (field) {
    case StepField::Title: return CallStepsModel::tr("Rename %1").arg(title);
    case StepField::Duration: return CallStepsModel::tr("Change the length of %1").arg(title);
    case StepField::Minimum: return CallStepsModel::tr("Change the shortest length of %1").arg(title);
    case StepField::Space: return CallStepsModel::tr("Change the space of %1").arg(title);
    case StepField::GroupSize: return CallStepsModel::tr("Change the group size of %1").arg(title);
    case StepField::LeadHost: return CallStepsModel::tr("Change who leads %1").arg(title);
    case StepField::TechnicalHost: return CallStepsModel::tr("Change the technical host of %1").arg(title);
    case StepField::FacilitatorNotes: return CallStepsModel::tr("Edit the notes of %1").arg(title);
    case StepField::Instructions: return CallStepsModel::tr("Edit the instructions of %1").arg(title);
    case StepField::Prompts: return CallStepsModel::tr("Edit the prompts of %1").arg(title);
    case StepField::PhaseTitle: return CallStepsModel::tr("Rename a phase of %1").arg(title);
    case StepField::PhaseDuration: return CallStepsModel::tr("Change the length of %1 in %2").arg(phaseTitle, title);
    case StepField::PhaseMinimum:
        return CallStepsModel::tr("Change the shortest length of %1 in %2").arg(phaseTitle, title);
    case StepField::RotationKind: return CallStepsModel::tr("Change how %1 rotates").arg(title);
    case StepField::RotationCount: return CallStepsModel::tr("Change the number of turns of %1").arg(title);
    case StepField::RotationRole: return CallStepsModel::tr("Change the role passed round in %1").arg(title);
    case StepField::RotationChangeover: return CallStepsModel::tr("Change the changeover of %1").arg(title);
    case StepField::Cues: return describeCues(before, step, phase);
    case StepField::Breakout:
        return step.breakout ? CallStepsModel::tr("Move %1 into breakout rooms").arg(title)
                             : CallStepsModel::tr("Take %1 out of breakout rooms").arg(title);
    case StepField::AutoAdvance:
        return step.autoAdvance ? CallStepsModel::tr("Let %1 move on by itself").arg(title)
                                : CallStepsModel::tr("Let %1 wait for the host").arg(title);
    case StepField::Roles: return describeRoles(before, step);
    case StepField::WarningThreshold: return CallStepsModel::tr("Change when %1 warns").arg(title);
    case StepField::FinalMinuteThreshold: return CallStepsModel::tr("Change the final minute of %1").arg(title);
    }
    return {};
}

} // namespace

ChangeStep::ChangeStep(CallStepsModel *model, CallStepsModel::CallRef call, int row, StepField field, int phase,
                       core::Step before, core::Step after)
    : QUndoCommand(describe(field, before, after, phase)), m_model(model), m_call(call), m_row(row), m_field(field),
      m_phase(phase), m_before(std::move(before)), m_after(std::move(after))
{
}

void ChangeStep::redo()
{
    if (!m_model->applyReplace(m_call, m_row, m_after))
        setObsolete(true);
}

void ChangeStep::undo()
{
    if (!m_model->applyReplace(m_call, m_row, m_before))
        setObsolete(true);
}

int ChangeStep::id() const
{
    // Any fixed number unique among the commands that merge.
    return 0x5354;
}

bool ChangeStep::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeStep *>(other);
    if (!mergesEdits(m_field) || next->m_call != m_call || next->m_row != m_row || next->m_field != m_field ||
        next->m_phase != m_phase)
        return false;
    m_after = next->m_after;
    m_call.turn = next->m_call.turn;
    // Back where it started: nothing left to undo.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace convener::models
