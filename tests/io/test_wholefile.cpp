// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Files written out are all there or not at all, and only where a file belongs.
#include "io/privatefile.h"
#include "support/smalldisk.h"

#include <catch2/catch.hpp>
#include <cerrno>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sys/stat.h>
#include <unistd.h>

using namespace convener;
using storage::Problem;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
}

} // namespace

TEST_CASE("Files written out: a write that fails part-way leaves an earlier file as it was and nothing else")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runsheet.md"));
    REQUIRE(io::writePrivateFile(path, QByteArrayLiteral("the good export\n")).ok());

    io::testing::failWritesAfter(10, ENOSPC);
    const auto full = io::writePrivateFile(path, QByteArray(100000, 'x'));
    io::testing::failWritesAfter(-1, 0);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().problem == Problem::ExportDiskFull);
    CHECK(contentsOf(path) == QByteArrayLiteral("the good export\n"));
    CHECK(namesIn(dir.path()) == QStringList { QStringLiteral("runsheet.md") });

    io::testing::failWritesAfter(0, EIO);
    const auto failing = io::writePrivateFile(dir.filePath(QStringLiteral("new.md")), QByteArrayLiteral("text"));
    io::testing::failWritesAfter(-1, 0);
    REQUIRE_FALSE(failing.ok());
    CHECK(failing.error().problem == Problem::ExportWriteFailed);
    CHECK_FALSE(failing.error().detail.isEmpty());
    CHECK(namesIn(dir.path()) == QStringList { QStringLiteral("runsheet.md") });
}

TEST_CASE("Files written out: on a disk that is really full the export fails and the earlier file stays")
{
    tests::SmallDisk disk("64k");
    if (!disk.mounted) {
        WARN("skipped: mounting a small tmpfs needs root");
        return;
    }
    const QString path = disk.dir.filePath(QStringLiteral("rooms.csv"));
    const QByteArray good(20000, 'g');
    REQUIRE(io::writePrivateFile(path, good).ok());
    const auto full = io::writePrivateFile(path, QByteArray(200000, 'x'));
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().problem == Problem::ExportDiskFull);
    CHECK(contentsOf(path) == good);
    CHECK(namesIn(disk.dir.path()) == QStringList { QStringLiteral("rooms.csv") });
    // With room again, the same export goes through.
    CHECK(io::writePrivateFile(path, QByteArray(30000, 'y')).ok());
}

TEST_CASE("Files written out: only a new path or a regular file is written")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto toFifo = io::writePrivateFile(fifo, QByteArrayLiteral("x"));
    REQUIRE_FALSE(toFifo.ok());
    CHECK(toFifo.error().problem == Problem::ExportTargetNotAFile);
    struct stat st
    {
    };
    REQUIRE(::lstat(QFile::encodeName(fifo).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));

    const auto toFolder = io::writePrivateFile(dir.path(), QByteArrayLiteral("x"));
    REQUIRE_FALSE(toFolder.ok());
    CHECK(toFolder.error().problem == Problem::ExportTargetNotAFile);

    // /dev/null stays a device, even for root.
    const auto toDevice = io::writePrivateFile(QStringLiteral("/dev/null"), QByteArrayLiteral("x"));
    REQUIRE_FALSE(toDevice.ok());
    CHECK(toDevice.error().problem == Problem::ExportTargetNotAFile);
    REQUIRE(::lstat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));

    // A symbolic link is not followed, and the file it points to is left alone.
    const QString real = dir.filePath(QStringLiteral("real.md"));
    REQUIRE(io::writePrivateFile(real, QByteArrayLiteral("kept")).ok());
    const QString link = dir.filePath(QStringLiteral("link.md"));
    REQUIRE(QFile::link(real, link));
    const auto toLink = io::writePrivateFile(link, QByteArrayLiteral("x"));
    REQUIRE_FALSE(toLink.ok());
    CHECK(toLink.error().problem == Problem::ExportTargetIsLink);
    CHECK(contentsOf(real) == QByteArrayLiteral("kept"));
    CHECK(QFileInfo(link).isSymLink());

    // A regular file is replaced whole.
    CHECK(io::writePrivateFile(real, QByteArrayLiteral("new")).ok());
    CHECK(contentsOf(real) == QByteArrayLiteral("new"));
    CHECK(namesIn(dir.path())
        == QStringList { QStringLiteral("link.md"), QStringLiteral("pipe"), QStringLiteral("real.md") });
}

TEST_CASE("Files written out: a shared file follows the umask, a private one is the owner's only")
{
    QTemporaryDir dir;
    const mode_t old = ::umask(022);
    const QString shared = dir.filePath(QStringLiteral("program.json"));
    const QString personal = dir.filePath(QStringLiteral("roster.csv"));
    REQUIRE(io::writeWholeFile(shared, QByteArrayLiteral("{}"), io::FileAccess::Shared).ok());
    REQUIRE(io::writePrivateFile(personal, QByteArrayLiteral("name")).ok());
    ::umask(old);
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(shared).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);
    REQUIRE(::stat(QFile::encodeName(personal).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}
