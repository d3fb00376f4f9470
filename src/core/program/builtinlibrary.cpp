// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/builtinlibrary.h"

#include <algorithm>

namespace convener::core {

namespace {
std::vector<BuiltinLibraryEntry> buildEntries()
{
    std::vector<BuiltinLibraryEntry> programs;
    std::vector<BuiltinLibraryEntry> calls;
    std::vector<BuiltinLibraryEntry> others;
    for (const BuiltinLibraryFile &file : builtinLibraryFiles()) {
        // Every file loads in the tests; one that did not would be left out
        // rather than take the library down.
        const ProgramLoadResult result = loadProgramDocument(file.text);
        if (!result.ok())
            continue;
        const ProgramDocument &doc = *result.document;
        BuiltinLibraryEntry entry{doc.id(), doc.kind(), doc.title(), Seconds{0}, 0, std::string(file.name)};
        if (const auto *program = std::get_if<Program>(&doc.content)) {
            entry.callCount = static_cast<int>(program->calls.size());
            for (const ProgramCall &call : program->calls) {
                entry.plannedDuration += call.plannedDuration();
                calls.push_back({program->id + '/' + call.id, DocumentKind::Call, call.title, call.plannedDuration(), 0, entry.fileName});
            }
            programs.push_back(std::move(entry));
        } else if (const auto *call = std::get_if<ProgramCall>(&doc.content)) {
            entry.plannedDuration = call->plannedDuration();
            others.push_back(std::move(entry));
        } else {
            entry.plannedDuration = std::get<Step>(doc.content).plannedDuration();
            others.push_back(std::move(entry));
        }
    }
    programs.insert(programs.end(), calls.begin(), calls.end());
    programs.insert(programs.end(), others.begin(), others.end());
    return programs;
}
} // namespace

const std::vector<BuiltinLibraryEntry> &BuiltinLibrary::entries()
{
    static const std::vector<BuiltinLibraryEntry> all = buildEntries();
    return all;
}

const BuiltinLibraryEntry *BuiltinLibrary::find(std::string_view id)
{
    const auto &all = entries();
    const auto it = std::find_if(all.begin(), all.end(), [&](const BuiltinLibraryEntry &e) { return e.id == id; });
    return it == all.end() ? nullptr : &*it;
}

ProgramLoadResult BuiltinLibrary::load(std::string_view id)
{
    const BuiltinLibraryEntry *entry = find(id);
    if (!entry) {
        ProgramLoadResult missing;
        missing.problems.emplace_back(ProgramProblemKind::NoSuchBuiltinTemplate).text = std::string(id);
        return missing;
    }
    const auto files = builtinLibraryFiles();
    const auto file = std::find_if(files.begin(), files.end(), [&](const BuiltinLibraryFile &f) { return f.name == entry->fileName; });
    ProgramLoadResult result = loadProgramDocument(file->text);
    if (entry->kind != DocumentKind::Call || !result.ok() || result.document->kind() == DocumentKind::Call)
        return result;
    const auto &program = std::get<Program>(result.document->content);
    const std::string_view callId = id.substr(id.find('/') + 1);
    const ProgramCall *call = program.findCall(callId);
    ProgramLoadResult callResult;
    callResult.document = ProgramDocument{*call};
    return callResult;
}

} // namespace convener::core
