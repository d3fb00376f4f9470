// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/result.h"

#include <QByteArray>
#include <QString>
#include <string_view>

namespace convener::io {

// Who may read a file written out.
enum class FileAccess {
    Private, // its owner only (rosters, journals, exports with personal data)
    Shared, // as the user's umask allows (program files to hand to co-hosts)
};

// Writes a whole file, so that it is either all there or the path is as it
// was: the bytes go to a new file beside it, every write is checked, the file
// is synced, and only then is it renamed over the path (a full disk leaves an
// earlier export in place). Only a new path or a regular file is written: a
// folder, device, pipe or socket is refused, and so is a symbolic link, which
// an export does not follow.
storage::Status writeWholeFile(const QString &path, const QByteArray &contents, FileAccess access);

// writeWholeFile, readable by its owner only.
storage::Status writePrivateFile(const QString &path, const QByteArray &contents);
// The same for text held as UTF-8.
storage::Status writePrivateFile(const QString &path, std::string_view utf8);

namespace testing {
// Makes every write after the next `bytes` bytes fail with errno `error`, as
// a full or failing disk would, until called again with a negative count.
void failWritesAfter(qint64 bytes, int error);
} // namespace testing

} // namespace convener::io
