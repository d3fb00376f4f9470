// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Under the usual umask 022 every file Convener writes holds personal data and
// is readable by its owner only: the database, its -wal and -shm, backups
// (daily and by hand), exports and journal archives, even when an export
// replaces a file that others could read.
#include "crypto/journalarchive.h"
#include "crypto/journalkey.h"
#include "io/privatefile.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/roster/rosterrepository.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace convener;

namespace {

// The permission bits of a file, as `ls -l` shows them in octal.
unsigned modeOf(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return static_cast<unsigned>(info.st_mode & 0777);
}

class Umask final
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }
    Umask(const Umask &) = delete;
    Umask &operator=(const Umask &) = delete;

private:
    mode_t m_old;
};

} // namespace

TEST_CASE("Files: database, -wal, -shm, backups, exports and journal archives are 0600 under umask 022")
{
    const Umask mask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("convener.sqlite"));
    {
        storage::DatabaseError error;
        auto db = storage::Database::open(path, error);
        REQUIRE(db);
        core::Cohort c;
        c.name = "Private";
        REQUIRE(storage::RosterRepository(*db).createCohort(c).ok());
    }
    storage::DatabaseError error;
    storage::Database::Options options;
    options.dailyBackup = true;
    auto db = storage::Database::open(path, error, options);
    REQUIRE(db);
    core::Cohort c;
    c.name = "Written again";
    REQUIRE(storage::RosterRepository(*db).createCohort(c).ok());
    REQUIRE_FALSE(db->backupPath().isEmpty());

    const QString byHand = dir.filePath(QStringLiteral("by-hand.sqlite"));
    REQUIRE(storage::Backups::write(db->connection(), byHand).ok());

    const QString exported = dir.filePath(QStringLiteral("roster.csv"));
    REQUIRE(io::writePrivateFile(exported, QByteArrayLiteral("name\r\nAna\r\n")).ok());
    // An export written over a file that others can read leaves one they cannot.
    const QString replaced = dir.filePath(QStringLiteral("shared.csv"));
    {
        QFile old(replaced);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    REQUIRE(modeOf(replaced) == 0644);
    REQUIRE(io::writePrivateFile(replaced, QByteArrayLiteral("new")).ok());

    auto setup = crypto::JournalKey::create("archive passphrase", crypto::KdfLimits::insecureMinimumForTests()).value();
    const QString archive = dir.filePath(QStringLiteral("journal.cvjournal"));
    REQUIRE(crypto::JournalArchive::save(QFile::encodeName(archive).toStdString(), setup.key, setup.passphraseRecord, {})
                .ok());

    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), db->backupPath(),
                                byHand, exported, replaced, archive}) {
        INFO(file.toStdString());
        CHECK(modeOf(file) == 0600);
    }
    CHECK(modeOf(storage::Backups::folderFor(path)) == 0700);
}
