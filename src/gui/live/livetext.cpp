// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/live/livetext.h"

#include "core/run/shownseconds.h"

#include <QCoreApplication>

namespace convener::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LiveText", text);
}
} // namespace

QString LiveText::remaining(core::Clock::Duration left)
{
    const long long shown = core::shownSeconds(left).count();
    const long long s = shown < 0 ? -shown : shown;
    const QString sign = shown < 0 ? QStringLiteral("\u2212") : QString();
    if (s >= 3600)
        return sign + QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return sign + QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString LiveText::length(core::Clock::Duration d)
{
    const long long s = std::chrono::round<std::chrono::seconds>(d < core::Clock::Duration{} ? -d : d).count();
    if (s < 60)
        return tr("%1 s").arg(s);
    const long long minutes = (s + 30) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString LiveText::exactLength(core::Clock::Duration d)
{
    const long long s = std::chrono::round<std::chrono::seconds>(d < core::Clock::Duration {} ? -d : d).count();
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s % 60 == 0)
        return tr("%1 min").arg(s / 60);
    return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

QString LiveText::urgency(const core::RunEngine &engine, core::Clock::Time now)
{
    if (engine.status() == core::RunStatus::Finished)
        return tr("The call is over");
    if (engine.status() == core::RunStatus::Paused)
        return tr("Paused");
    if (engine.waitingForHost())
        return engine.stepIndex() + 1 == engine.stepCount() ? tr("Overtime: the call's planned time is up")
                                                            : tr("Overtime: the step is over, move on when ready");
    switch (engine.urgency(now)) {
    case core::RunUrgency::Calm:
        return tr("Running");
    case core::RunUrgency::Warning:
        return tr("Warning: time to start wrapping up");
    case core::RunUrgency::FinalMinute:
        return tr("Final minute");
    case core::RunUrgency::Overtime:
        return tr("Overtime");
    }
    return {};
}

QString LiveText::step(const core::RunEngine &engine)
{
    if (engine.stepCount() == 0)
        return {};
    return tr("Step %1 of %2: %3")
        .arg(engine.stepIndex() + 1)
        .arg(engine.stepCount())
        .arg(QString::fromStdString(engine.currentStep().title));
}

QString LiveText::phase(const core::RunEngine &engine)
{
    if (engine.stepCount() == 0)
        return {};
    const core::StepSlot slot = engine.currentSlot();
    const core::Step &step = engine.currentStep();
    QString turn;
    if (slot.turns > 1)
        turn = tr("turn %1 of %2").arg(slot.turn).arg(slot.turns);
    switch (slot.kind) {
    case core::SlotKind::Changeover:
        return tr("Changeover before turn %1 of %2").arg(slot.turn).arg(slot.turns);
    case core::SlotKind::Phase: {
        const QString title = QString::fromStdString(step.phases.at(static_cast<std::size_t>(slot.phaseIndex)).title);
        return turn.isEmpty() ? title : tr("%1 (%2)").arg(title, turn);
    }
    case core::SlotKind::Step:
        return turn;
    }
    return {};
}

} // namespace convener::gui
