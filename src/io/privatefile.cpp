// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "io/privatefile.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>
#include <unistd.h>

namespace convener::io {

namespace {

using storage::Error;
using storage::Problem;
using storage::Status;

std::atomic<qint64> g_failAfter { -1 };
std::atomic<int> g_failError { 0 };

// write(2) with the test's fault: a short write, then the error.
ssize_t writeSome(int fd, const char *data, size_t size)
{
    const qint64 budget = g_failAfter.load();
    if (budget >= 0) {
        if (budget == 0) {
            errno = g_failError.load();
            return -1;
        }
        size = std::min(size, static_cast<size_t>(budget));
    }
    const ssize_t written = ::write(fd, data, size);
    if (written > 0 && budget >= 0)
        g_failAfter.store(budget - written);
    return written;
}

Error failure(int error, Problem otherwise, const QString &shown)
{
    if (error == ENOSPC || error == EDQUOT)
        return Error(Problem::ExportDiskFull).withPath(shown);
    return Error(otherwise).withPath(shown).withDetail(QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace

namespace testing {
void failWritesAfter(qint64 bytes, int error)
{
    g_failError.store(error);
    g_failAfter.store(bytes);
}
} // namespace testing

Status writeWholeFile(const QString &path, const QByteArray &contents, FileAccess access)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QByteArray target = QFile::encodeName(path);
    struct stat existing
    {
    };
    if (::lstat(target.constData(), &existing) == 0) {
        if (S_ISLNK(existing.st_mode))
            return Status::failure(Error(Problem::ExportTargetIsLink).withPath(shown));
        if (!S_ISREG(existing.st_mode))
            return Status::failure(Error(Problem::ExportTargetNotAFile).withPath(shown));
    } else if (errno != ENOENT) {
        return Status::failure(failure(errno, Problem::ExportOpenFailed, shown));
    }

    // The new file beside the old one, so the rename stays on one file system.
    QByteArray temporary = target + ".convener-XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return Status::failure(failure(errno, Problem::ExportOpenFailed, shown));
    const auto abandon = [&](int error, Problem problem) {
        ::close(fd);
        ::unlink(temporary.constData());
        return Status::failure(failure(error, problem, shown));
    };
    mode_t mode = S_IRUSR | S_IWUSR;
    if (access == FileAccess::Shared) {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = (S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH) & ~mask;
    }
    if (::fchmod(fd, mode) != 0)
        return abandon(errno, Problem::ExportOpenFailed);

    const char *data = contents.constData();
    size_t left = static_cast<size_t>(contents.size());
    while (left > 0) {
        const ssize_t written = writeSome(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return abandon(errno, Problem::ExportWriteFailed);
        }
        if (written == 0)
            return abandon(ENOSPC, Problem::ExportWriteFailed);
        data += written;
        left -= static_cast<size_t>(written);
    }
    // On a full disk some file systems report the failure only here.
    if (::fsync(fd) != 0)
        return abandon(errno, Problem::ExportCommitFailed);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return Status::failure(failure(error, Problem::ExportCommitFailed, shown));
    }
    if (::rename(temporary.constData(), target.constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return Status::failure(failure(error, Problem::ExportCommitFailed, shown));
    }
    // The rename itself is kept across a power cut once the folder is synced.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

Status writePrivateFile(const QString &path, const QByteArray &contents)
{
    return writeWholeFile(path, contents, FileAccess::Private);
}

Status writePrivateFile(const QString &path, std::string_view utf8)
{
    return writePrivateFile(path, QByteArray(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

} // namespace convener::io
