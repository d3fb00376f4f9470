// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/result.h"

#include <QByteArray>
#include <QString>
#include <string_view>

namespace convener::io {

// Writes a whole file readable by its owner only (rosters and journals hold
// personal data), atomically: the old file stays until the new one is complete.
storage::Status writePrivateFile(const QString &path, const QByteArray &contents);
// The same for text held as UTF-8.
storage::Status writePrivateFile(const QString &path, std::string_view utf8);

} // namespace convener::io
