// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// libFuzzer entry point for the program file loader. Beyond "never crashes",
// it checks two properties on every file that loads: saving and loading again
// gives the same document, and an expanded step lasts its planned duration.
#include "core/program/programjson.h"
#include "core/program/programmarkdown.h"
#include "core/program/programvalidation.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace convener::core;

namespace {
void checkStep(const Step &step)
{
    const int size = step.plannedGroupSize().value_or(1);
    // Keeps each input fast; the arithmetic is the same for larger sizes.
    if (static_cast<std::size_t>(step.turns(size)) * (step.phases.size() + 1) > 20000)
        return;
    Seconds total{0};
    for (const StepSlot &slot : step.expand(size)) {
        if (slot.offset != total)
            __builtin_trap();
        total += slot.duration;
    }
    if (total != step.plannedDuration(size))
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const ProgramLoadResult result = loadProgramDocument(text);
    if (!result.ok())
        return 0;
    const ProgramDocument &doc = *result.document;
    (void)validateDocument(doc);
    (void)documentMarkdown(doc);
    const ProgramLoadResult again = loadProgramDocument(saveProgramDocument(doc));
    if (!again.ok() || !(*again.document == doc))
        __builtin_trap();
    if (const auto *step = std::get_if<Step>(&doc.content)) {
        checkStep(*step);
    } else if (const auto *call = std::get_if<ProgramCall>(&doc.content)) {
        for (const Step &s : call->steps)
            checkStep(s);
    } else {
        for (const ProgramCall &c : std::get<Program>(doc.content).calls) {
            for (const Step &s : c.steps)
                checkStep(s);
        }
    }
    return 0;
}
