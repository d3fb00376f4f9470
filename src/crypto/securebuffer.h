// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace convener::crypto {

// Owns bytes that must not outlive their use: keys, passphrase-derived keys and
// decrypted journal text. The memory comes from sodium_malloc (guard pages,
// locked against swapping where the system allows) and is wiped when freed.
// Move-only, so a secret has exactly one owner. Copying the text out (into a
// QString, say) leaves that copy unprotected; keep such copies short-lived.
// Allocation failure throws std::bad_alloc.
class SecureBuffer final
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);                 // zero-filled
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    static SecureBuffer copyOf(std::span<const unsigned char> bytes);
    static SecureBuffer copyOf(std::string_view text);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    std::span<unsigned char> bytes() { return {m_data, m_size}; }
    std::span<const unsigned char> bytes() const { return {m_data, m_size}; }
    std::string_view view() const;                           // the bytes as (UTF-8) text

    // Shortens the visible size without reallocating; the hidden tail stays
    // allocated and is wiped with the rest. newSize must not exceed size().
    void truncate(std::size_t newSize);

    // Constant-time comparison, for tests and key checks.
    bool sameContents(const SecureBuffer &other) const;

private:
    void release() noexcept;

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace convener::crypto
