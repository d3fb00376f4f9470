// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/securebuffer.h"

#include "crypto/sodiumsupport.h"

#include <sodium.h>

#include <algorithm>
#include <cassert>
#include <new>
#include <utility>

namespace convener::crypto {

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data == nullptr)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::copyOf(std::span<const unsigned char> bytes)
{
    SecureBuffer buffer(bytes.size());
    std::copy(bytes.begin(), bytes.end(), buffer.m_data);
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(std::string_view text)
{
    return copyOf({reinterpret_cast<const unsigned char *>(text.data()), text.size()});
}

std::string_view SecureBuffer::view() const
{
    return {reinterpret_cast<const char *>(m_data), m_size};
}

void SecureBuffer::truncate(std::size_t newSize)
{
    assert(newSize <= m_size);
    m_size = std::min(newSize, m_size);
}

bool SecureBuffer::sameContents(const SecureBuffer &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::release() noexcept
{
    // sodium_free wipes the whole allocation, including a truncated tail.
    if (m_data != nullptr)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

} // namespace convener::crypto
