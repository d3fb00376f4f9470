// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cassert>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace convener::core {

// The error half of a Result, to construct a failure without naming the
// value type: `return core::Failure(Error{...});` (std::unexpected in C++23).
template<typename E>
struct Failure final
{
    explicit Failure(E e) : error(std::move(e)) {}
    E error;
};

// A value or the error that prevented it, shaped like C++23's std::expected so
// that every layer fails the same way: core and crypto with their error kinds,
// storage with its own. value() on a failure is a bug: it asserts in a debug
// build rather than handing back garbage.
template<typename T, typename E>
class [[nodiscard]] Result final
{
public:
    using value_type = T;
    using error_type = E;

    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}   // NOLINT: implicit by design
    template<typename G, std::enable_if_t<std::is_constructible_v<E, G>, int> = 0>
    Result(Failure<G> failure) : m_state(std::in_place_index<1>, std::move(failure.error)) {}   // NOLINT
    // An error converts on its own where it cannot be taken for a value (a
    // crypto::Error is never a JournalKey); otherwise write failure() or Failure.
    template<typename G = E, std::enable_if_t<!std::is_constructible_v<T, const G &>, int> = 0>
    Result(E error) : m_state(std::in_place_index<1>, std::move(error)) {}   // NOLINT
    static Result failure(E error) { return Result(Failure<E>(std::move(error))); }

    bool ok() const { return m_state.index() == 0; }
    bool has_value() const { return ok(); }
    explicit operator bool() const { return ok(); }

    T &value() & { assert(ok()); return *std::get_if<0>(&m_state); }
    const T &value() const & { assert(ok()); return *std::get_if<0>(&m_state); }
    T value() && { assert(ok()); return std::move(*std::get_if<0>(&m_state)); }   // by value: safe on temporaries
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    template<typename U>
    T value_or(U &&fallback) const & { return ok() ? value() : static_cast<T>(std::forward<U>(fallback)); }

    const E &error() const { assert(!ok()); return *std::get_if<1>(&m_state); }

private:
    std::variant<T, E> m_state;
};

// A Result with no value: success, or the error.
template<typename E>
class [[nodiscard]] Result<void, E> final
{
public:
    using value_type = void;
    using error_type = E;

    Result() = default;
    template<typename G, std::enable_if_t<std::is_constructible_v<E, G>, int> = 0>
    Result(Failure<G> failure) : m_error(std::in_place, std::move(failure.error)) {}   // NOLINT
    Result(E error) : m_error(std::in_place, std::move(error)) {}   // NOLINT: as for a value's Result
    static Result failure(E error) { return Result(Failure<E>(std::move(error))); }
    // The error of another result, or success when it succeeded.
    template<typename T>
    static Result from(const Result<T, E> &other) { return other.ok() ? Result() : failure(other.error()); }

    bool ok() const { return !m_error.has_value(); }
    bool has_value() const { return ok(); }
    explicit operator bool() const { return ok(); }

    const E &error() const { assert(!ok()); return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace convener::core
