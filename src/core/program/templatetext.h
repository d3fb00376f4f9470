// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programlimits.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

// The values a prompt or a cue may name. In a cue, {minutes} is the length of
// its phase; in a step's prompt, the planned length of the whole step.
struct TemplateValues
{
    Seconds duration{0};                                     // {minutes}
    int round = 1;                                           // {round}: the current turn, from 1
    int rounds = 1;                                          // {rounds}
    int groupSize = 0;                                       // {group_size}
    std::string role;                                        // {role}: the role that passes round
    std::string next;                                        // {next}: who holds it next, given by the caller

    bool operator==(const TemplateValues &) const = default;
};

// The variable names a template may use, without braces.
std::span<const std::string_view> templateVariableNames();

// A mistake in a template: an opening brace never closed, an unknown variable
// (named), or a closing brace with no opening one.
enum class TemplateMistakeKind { BraceNotClosed, UnknownVariable, BraceNotOpened };

struct TemplateMistake
{
    TemplateMistakeKind kind = TemplateMistakeKind::UnknownVariable;
    std::string variable; // the unknown variable's name, without braces

    bool operator==(const TemplateMistake &) const = default;
};

// What is wrong with a template, one mistake after another, in order; empty
// when it is fine. "{{" and "}}" write literal braces.
std::vector<TemplateMistake> checkTemplate(std::string_view text);

// The text with every variable replaced. A mistake that checkTemplate reports
// is copied through as written, so rendering never fails.
std::string renderTemplate(std::string_view text, const TemplateValues &values);

// Whole minutes as "5"; anything else with one decimal, "1.5".
std::string minutesText(Seconds duration);

} // namespace convener::core
