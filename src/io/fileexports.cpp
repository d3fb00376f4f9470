// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "io/fileexports.h"

#include "core/roster/rostercsv.h"
#include "io/privatefile.h"

namespace convener::io {

storage::Status exportRoster(const std::vector<core::Member> &members, const QString &path)
{
    return writePrivateFile(path, core::rosterCsv(members));
}

storage::Status exportRetroBoard(const core::RetroSnapshot &snapshot, RetroFileFormat format, const QString &path)
{
    return writePrivateFile(
        path, format == RetroFileFormat::Markdown ? core::retroMarkdown(snapshot) : core::retroCsv(snapshot));
}

} // namespace convener::io
