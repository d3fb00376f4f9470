// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/privatefile.h"

#include <QDir>
#include <QSaveFile>

namespace convener::storage {

Status writePrivateFile(const QString &path, const QByteArray &contents)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("Could not write %1: %2").arg(shown, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(contents) != contents.size()) {
        file.cancelWriting();
        return Status::failure(QStringLiteral("Could not write %1: %2").arg(shown, file.errorString()));
    }
    if (!file.commit())
        return Status::failure(QStringLiteral("Could not save %1: %2").arg(shown, file.errorString()));
    return {};
}

} // namespace convener::storage
