// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/stepfield.h"

#include "storage/conversions.h"

#include <QStringList>

namespace convener::models {

using storage::toQt;
using storage::toStd;

namespace {

std::optional<core::Seconds> seconds(const QVariant &value, bool optional, bool &ok)
{
    ok = true;
    if (optional && (!value.isValid() || value.isNull()))
        return std::nullopt;
    bool isInt = false;
    const qlonglong s = value.toLongLong(&isInt);
    if (optional && isInt && s < 0)
        return std::nullopt;
    ok = isInt && s >= 0 && s <= core::kMaxDuration.count();
    return core::Seconds(s);
}

QVariant optionalSeconds(const std::optional<core::Seconds> &s)
{
    return s ? QVariant(static_cast<int>(s->count())) : QVariant();
}

} // namespace

bool mergesEdits(StepField field)
{
    switch (field) {
    case StepField::Duration:
    case StepField::Minimum:
    case StepField::GroupSize:
    case StepField::PhaseDuration:
    case StepField::PhaseMinimum: return true;
    default: return false;
    }
}

bool setStepField(core::Step &step, StepField field, int phase, const QVariant &value)
{
    const bool phaseField = field == StepField::PhaseTitle || field == StepField::PhaseDuration ||
                            field == StepField::PhaseMinimum;
    if (phaseField && (phase < 0 || phase >= static_cast<int>(step.phases.size())))
        return false;
    core::Step next = step;
    bool ok = true;
    switch (field) {
    case StepField::Title: next.title = toStd(value.toString().trimmed()); ok = !next.title.empty(); break;
    case StepField::Duration: next.duration = seconds(value, false, ok); break;
    case StepField::Minimum: next.minimum = seconds(value, true, ok); break;
    case StepField::Space: {
        const auto space = core::spaceFromKey(toStd(value.toString()));
        ok = space.has_value();
        if (space)
            next.space = *space;
        break;
    }
    case StepField::GroupSize: {
        const int size = value.isNull() ? 0 : value.toInt(&ok);
        ok = ok && size >= 0 && size <= core::kMaxGroupSize;
        next.groupSize = size > 0 ? std::optional<int>(size) : std::nullopt;
        break;
    }
    case StepField::LeadHost: next.leadHost = toStd(value.toString().trimmed()); break;
    case StepField::TechnicalHost: next.technicalHost = toStd(value.toString().trimmed()); break;
    case StepField::FacilitatorNotes: next.facilitatorNotes = toStd(value.toString()); break;
    case StepField::Instructions: next.instructions = toStd(value.toString()); break;
    case StepField::Prompts: {
        next.prompts.clear();
        for (const QString &prompt : value.toStringList()) {
            if (!prompt.trimmed().isEmpty())
                next.prompts.push_back(toStd(prompt.trimmed()));
        }
        break;
    }
    case StepField::PhaseTitle: {
        auto &p = next.phases[static_cast<size_t>(phase)];
        p.title = toStd(value.toString().trimmed());
        ok = !p.title.empty();
        break;
    }
    case StepField::PhaseDuration: {
        const auto s = seconds(value, false, ok);
        if (ok)
            next.phases[static_cast<size_t>(phase)].duration = *s;
        break;
    }
    case StepField::PhaseMinimum: next.phases[static_cast<size_t>(phase)].minimum = seconds(value, true, ok); break;
    }
    if (!ok)
        return false;
    step = std::move(next);
    return true;
}

QVariant stepField(const core::Step &step, StepField field, int phase)
{
    const core::Phase *p = phase >= 0 && phase < static_cast<int>(step.phases.size())
                               ? &step.phases[static_cast<size_t>(phase)] : nullptr;
    switch (field) {
    case StepField::Title: return toQt(step.title);
    case StepField::Duration: return optionalSeconds(step.duration);
    case StepField::Minimum: return optionalSeconds(step.minimum);
    case StepField::Space: return toQt(core::spaceKey(step.space));
    case StepField::GroupSize: return step.groupSize ? QVariant(*step.groupSize) : QVariant();
    case StepField::LeadHost: return toQt(step.leadHost);
    case StepField::TechnicalHost: return toQt(step.technicalHost);
    case StepField::FacilitatorNotes: return toQt(step.facilitatorNotes);
    case StepField::Instructions: return toQt(step.instructions);
    case StepField::Prompts: {
        QStringList prompts;
        for (const auto &prompt : step.prompts)
            prompts << toQt(prompt);
        return prompts;
    }
    case StepField::PhaseTitle: return p ? QVariant(toQt(p->title)) : QVariant();
    case StepField::PhaseDuration: return p ? QVariant(static_cast<int>(p->duration.count())) : QVariant();
    case StepField::PhaseMinimum: return p ? optionalSeconds(p->minimum) : QVariant();
    }
    return {};
}

} // namespace convener::models
