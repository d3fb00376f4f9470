// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/csvreader.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>
#include <string>

namespace convener::core {

// Catch prints records this way when a comparison fails.
inline std::ostream &operator<<(std::ostream &os, const CsvRecord &record)
{
    os << "line " << record.line << " {";
    for (std::size_t i = 0; i < record.fields.size(); ++i)
        os << (i ? ", " : "") << '"' << record.fields[i] << '"';
    return os << '}';
}

inline std::ostream &operator<<(std::ostream &os, const CsvWarning &warning)
{
    return os << "warning " << static_cast<int>(warning.kind) << " at line " << warning.line << " (count "
              << warning.count << ')';
}

} // namespace convener::core

namespace csvtest {

inline std::string readDataFile(const std::string &name)
{
    const std::string path = std::string(CONVENER_TEST_DATA_DIR) + "/csv/" + name;
    std::ifstream in(path, std::ios::binary);
    INFO("data file " << path);
    REQUIRE(in.good());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline convener::core::CsvDocument readOk(std::string_view bytes, const convener::core::CsvReadOptions &options = {})
{
    auto result = convener::core::readCsv(bytes, options);
    if (const auto *error = std::get_if<convener::core::CsvError>(&result))
        FAIL("unexpected error at " << error->line << ':' << error->column << ": problem "
                                    << static_cast<int>(error->problem));
    return std::get<convener::core::CsvDocument>(std::move(result));
}

inline convener::core::CsvError readError(std::string_view bytes, const convener::core::CsvReadOptions &options = {})
{
    auto result = convener::core::readCsv(bytes, options);
    REQUIRE(std::holds_alternative<convener::core::CsvError>(result));
    return std::get<convener::core::CsvError>(std::move(result));
}

} // namespace csvtest
