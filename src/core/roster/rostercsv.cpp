// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/rostercsv.h"

#include "core/common/csvwriter.h"

namespace convener::core {

std::string rosterCsv(const std::vector<Member> &members, ByteOrderMark bom)
{
    std::string out = bom == ByteOrderMark::Include ? "\xEF\xBB\xBF" : "";
    out += csvRow({"Name", "Email", "Pronouns", "Location", "Time zone", "Role", "Notes"});
    for (const Member &m : members) {
        out += csvRow({m.person.displayName, m.person.email, m.person.pronouns, m.person.location, m.person.timeZone,
                       std::string(roleKey(m.role)), m.person.notes});
    }
    return out;
}

} // namespace convener::core
