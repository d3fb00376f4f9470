// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/result.h"

#include <QByteArray>
#include <QString>

namespace convener::storage {

// Writes a whole file readable by its owner only (rosters and journals hold
// personal data), atomically: the old file stays until the new one is complete.
Status writePrivateFile(const QString &path, const QByteArray &contents);

} // namespace convener::storage
