// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>

#include <cstdint>

#include <string>
#include <string_view>

namespace convener::storage {

// The core speaks UTF-8 std::string; Qt speaks QString. These are the only crossings.
inline QString toQt(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

inline std::string toStd(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), static_cast<size_t>(utf8.size()));
}

// Ids are int64 in the core; QVariant wants qlonglong, which is a different type on LP64.
inline QVariant sqlId(std::int64_t id)
{
    return QVariant(static_cast<qlonglong>(id));
}

} // namespace convener::storage
