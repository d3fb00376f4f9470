// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/common/csvwriter.h"

#include "core/roster/person.h"

namespace convener::core {

namespace {
template<typename FieldWriter>
std::string joinRow(const std::vector<std::string> &cells, FieldWriter writeField)
{
    std::string row;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row += ',';
        row += writeField(cells[i]);
    }
    // A lone empty or blank cell would read back as a blank line, which is not a record.
    if (cells.size() == 1 && trimmed(row).empty())
        row = '"' + row + '"';
    row += "\r\n";
    return row;
}
} // namespace

std::string csvSafeCell(std::string_view cell)
{
    if (!cell.empty()) {
        switch (cell.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return "'" + std::string(cell);
        default:
            break;
        }
    }
    return std::string(cell);
}

std::string csvFieldRaw(std::string_view cell)
{
    if (cell.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(cell);
    std::string out;
    out.reserve(cell.size() + 2);
    out += '"';
    for (char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csvField(std::string_view cell)
{
    return csvFieldRaw(csvSafeCell(cell));
}

std::string csvRow(const std::vector<std::string> &cells)
{
    return joinRow(cells, [](const std::string &cell) { return csvField(cell); });
}

std::string csvRowRaw(const std::vector<std::string> &cells)
{
    return joinRow(cells, [](const std::string &cell) { return csvFieldRaw(cell); });
}

} // namespace convener::core
