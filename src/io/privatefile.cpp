// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "io/privatefile.h"

#include <QDir>
#include <QSaveFile>

namespace convener::io {

storage::Status writePrivateFile(const QString &path, const QByteArray &contents)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return storage::Status::failure(
            storage::Error(storage::Problem::ExportOpenFailed).withPath(shown).withDetail(file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(contents) != contents.size()) {
        file.cancelWriting();
        return storage::Status::failure(
            storage::Error(storage::Problem::ExportWriteFailed).withPath(shown).withDetail(file.errorString()));
    }
    if (!file.commit())
        return storage::Status::failure(
            storage::Error(storage::Problem::ExportCommitFailed).withPath(shown).withDetail(file.errorString()));
    return {};
}

storage::Status writePrivateFile(const QString &path, std::string_view utf8)
{
    return writePrivateFile(path, QByteArray(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

} // namespace convener::io
