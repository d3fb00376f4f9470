// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <sys/mount.h>
#include <unistd.h>

namespace convener::tests {

// A small tmpfs mounted for a test, where a disk really fills; only root may
// mount one, so a test checks `mounted` and says it is skipped otherwise.
struct SmallDisk
{
    QTemporaryDir dir;
    bool mounted = false;

    explicit SmallDisk(const char *size)
    {
        if (::geteuid() != 0)
            return;
        const QByteArray options = QByteArray("size=") + size;
        mounted = ::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (mounted)
            ::umount(QFile::encodeName(dir.path()).constData());
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    // Fills the disk to its last byte with the file "ballast"; removing it makes room again.
    void fill() const
    {
        QFile ballast(dir.filePath(QStringLiteral("ballast")));
        if (!ballast.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
        const QByteArray block(4096, 'b');
        while (ballast.write(block) == block.size() && ballast.flush()) { }
    }
};

} // namespace convener::tests
