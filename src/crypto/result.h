// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/error.h"

#include <utility>
#include <variant>

namespace convener::crypto {

// A value or the Error that prevented it (std::expected arrives only in C++23).
// value() requires ok(); calling it on an error is a bug and throws
// std::bad_variant_access rather than returning garbage.
template <typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }

    const Error &error() const { return std::get<1>(m_state); }
    ErrorKind kind() const { return error().kind; }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    const Error &error() const { return m_error; }
    ErrorKind kind() const { return m_error.kind; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace convener::crypto
