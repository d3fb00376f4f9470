// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/stepfield.h"

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

const QString kAt = QStringLiteral("at");
const QString kText = QStringLiteral("text");
const QString kUnknown = QStringLiteral("unknown");
const QString kName = QStringLiteral("name");
const QString kMin = QStringLiteral("min");
const QString kMax = QStringLiteral("max");

// Fields of a newer format travel with an item as JSON text, kept as they were.
void putUnknown(QVariantMap &map, const nlohmann::ordered_json &unknown)
{
    if (!unknown.is_null())
        map.insert(kUnknown, toQt(unknown.dump()));
}

bool readUnknown(const QVariantMap &map, nlohmann::ordered_json &unknown)
{
    const QString text = map.value(kUnknown).toString();
    if (text.isEmpty())
        return true;
    unknown = nlohmann::ordered_json::parse(toStd(text), nullptr, false);
    return !unknown.is_discarded();
}

bool flag(const QVariant &value, bool &ok)
{
    ok = value.typeId() == QMetaType::Bool;
    return value.toBool();
}

// Roles given in the same number and order as before, with one renamed: the
// rotation follows a role it named, so renaming does not break the step.
void followRename(core::Step &step, const std::vector<core::StepRole> &before)
{
    if (step.rotation.role.empty() || before.size() != step.roles.size())
        return;
    for (size_t i = 0; i < before.size(); ++i) {
        if (before[i].name == step.rotation.role && step.roles[i].name != before[i].name) {
            step.rotation.role = step.roles[i].name;
            return;
        }
    }
}

} // namespace

QVariantMap cueValue(const core::StepCue &cue)
{
    QVariantMap map{{kAt, toQt(core::cueMomentKey(cue.moment))}, {kText, toQt(cue.text)}};
    putUnknown(map, cue.unknownFields);
    return map;
}

bool cueFromValue(const QVariant &value, core::StepCue &cue)
{
    const QVariantMap map = value.toMap();
    const auto moment = core::cueMomentFromKey(toStd(map.value(kAt).toString()));
    const std::string text = toStd(map.value(kText).toString().trimmed());
    if (!moment || text.empty())
        return false;
    core::StepCue next;
    next.moment = *moment;
    next.text = text;
    if (!readUnknown(map, next.unknownFields))
        return false;
    cue = std::move(next);
    return true;
}

QVariantMap roleValue(const core::StepRole &role)
{
    QVariantMap map{{kName, toQt(role.name)}, {kMin, role.minCount}, {kMax, role.maxCount}};
    putUnknown(map, role.unknownFields);
    return map;
}

bool roleFromValue(const QVariant &value, core::StepRole &role)
{
    const QVariantMap map = value.toMap();
    core::StepRole next;
    next.name = toStd(map.value(kName).toString().trimmed());
    bool okMin = false;
    bool okMax = false;
    next.minCount = map.value(kMin).toInt(&okMin);
    next.maxCount = map.value(kMax).toInt(&okMax);
    const auto inRange = [](int count) { return count >= 0 && count <= core::kMaxRoleCount; };
    if (next.name.empty() || !okMin || !okMax || !inRange(next.minCount) || !inRange(next.maxCount))
        return false;
    if (!readUnknown(map, next.unknownFields))
        return false;
    role = std::move(next);
    return true;
}

bool mergesEdits(StepField field)
{
    switch (field) {
    case StepField::Duration:
    case StepField::Minimum:
    case StepField::GroupSize:
    case StepField::PhaseDuration:
    case StepField::PhaseMinimum:
    case StepField::RotationCount:
    case StepField::RotationChangeover:
    case StepField::WarningThreshold:
    case StepField::FinalMinuteThreshold: return true;
    default: return false;
    }
}

bool setStepField(core::Step &step, StepField field, int phase, const QVariant &value)
{
    const bool phaseField = field == StepField::PhaseTitle || field == StepField::PhaseDuration ||
                            field == StepField::PhaseMinimum;
    // Cues belong to the step (phase -1) or to one of its phases.
    if (field == StepField::Cues && (phase < -1 || phase >= static_cast<int>(step.phases.size())))
        return false;
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
    case StepField::RotationKind: {
        const auto kind = core::rotationKindFromKey(toStd(value.toString()));
        ok = kind.has_value();
        if (kind)
            next.rotation.kind = *kind;
        break;
    }
    case StepField::RotationCount: {
        const int count = value.toInt(&ok);
        // As many turns as a group can have people is plenty.
        ok = ok && count >= 1 && count <= core::kMaxGroupSize;
        next.rotation.count = count;
        break;
    }
    case StepField::RotationRole: next.rotation.role = toStd(value.toString().trimmed()); break;
    case StepField::RotationChangeover: {
        const auto s = seconds(value, false, ok);
        if (ok)
            next.rotation.changeover = *s;
        break;
    }
    case StepField::Cues: {
        std::vector<core::StepCue> cues;
        for (const QVariant &item : value.toList()) {
            core::StepCue cue;
            ok = ok && cueFromValue(item, cue);
            cues.push_back(std::move(cue));
        }
        (phase < 0 ? next.cues : next.phases[static_cast<size_t>(phase)].cues) = std::move(cues);
        break;
    }
    case StepField::Breakout: next.breakout = flag(value, ok); break;
    case StepField::AutoAdvance: next.autoAdvance = flag(value, ok); break;
    case StepField::Roles: {
        std::vector<core::StepRole> roles;
        for (const QVariant &item : value.toList()) {
            core::StepRole role;
            ok = ok && roleFromValue(item, role);
            roles.push_back(std::move(role));
        }
        next.roles = std::move(roles);
        if (ok)
            followRename(next, step.roles);
        break;
    }
    case StepField::WarningThreshold: {
        const auto s = seconds(value, false, ok);
        if (ok)
            next.thresholds.warning = *s;
        break;
    }
    case StepField::FinalMinuteThreshold: {
        const auto s = seconds(value, false, ok);
        if (ok)
            next.thresholds.finalMinute = *s;
        break;
    }
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
    case StepField::RotationKind: return toQt(core::rotationKindKey(step.rotation.kind));
    case StepField::RotationCount: return step.rotation.count;
    case StepField::RotationRole: return toQt(step.rotation.role);
    case StepField::RotationChangeover: return static_cast<int>(step.rotation.changeover.count());
    case StepField::Cues: {
        if (phase >= 0 && !p)
            return {};
        QVariantList cues;
        for (const auto &cue : p ? p->cues : step.cues)
            cues << cueValue(cue);
        return cues;
    }
    case StepField::Breakout: return step.breakout;
    case StepField::AutoAdvance: return step.autoAdvance;
    case StepField::Roles: {
        QVariantList roles;
        for (const auto &role : step.roles)
            roles << roleValue(role);
        return roles;
    }
    case StepField::WarningThreshold: return static_cast<int>(step.thresholds.warning.count());
    case StepField::FinalMinuteThreshold: return static_cast<int>(step.thresholds.finalMinute.count());
    }
    return {};
}

} // namespace convener::models
