// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/journalkey.h"
#include "journaltestsupport.h"
#include "models/journal/journalentrymodel.h"
#include "models/journal/journalsession.h"
#include "models/journal/journalvault.h"
#include "storage/backups.h"
#include "storage/journal/journalrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace convener;
using models::JournalText;
using models::JournalVault;

namespace {

const QString kPassphrase = QStringLiteral("slow tide over the harbour");

struct Fixture
{
    tests::TempDatabase temp;
    storage::RosterRepository roster{temp.db()};
    std::unique_ptr<JournalVault> vault;
    std::unique_ptr<models::JournalEntryModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    core::CohortId cohort = 0;
    core::PersonId person = 0;

    Fixture()
    {
        core::Cohort c;
        c.name = "Journal cohort";
        cohort = roster.createCohort(c).value();
        std::vector<core::Member> add(2);
        add[0].person.displayName = "Ada";
        add[1].person.displayName = "Bo";
        person = roster.addMembers(cohort, add).value().front().person.id;
        openVault();
    }

    // A fresh vault and model over the same database, as after restarting the app.
    void openVault()
    {
        tester.reset();
        model.reset();
        vault = std::make_unique<JournalVault>(temp.db());
        vault->setKdfLimits(crypto::KdfLimits::insecureMinimumForTests());
        model = std::make_unique<models::JournalEntryModel>(*vault);
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        vault->setPerson(person);
    }

    QString create()
    {
        QSignalSpy recovery(vault.get(), &JournalVault::recoveryKeyIssued);
        vault->createJournal(kPassphrase);
        tests::waitUntilIdle(*vault);
        REQUIRE(vault->state() == JournalVault::State::Unlocked);
        REQUIRE(recovery.count() == 1);
        return recovery.at(0).at(0).toString();
    }

    void unlock(const QString &passphrase = kPassphrase)
    {
        vault->unlock(passphrase);
        tests::waitUntilIdle(*vault);
    }

    models::JournalSession &session() { return *vault->session(); }

    void write(const QString &title, const QString &body, std::optional<int> call, bool titleOpen = false)
    {
        REQUIRE(session().startNewEntry(call));
        JournalText text = session().current();
        text.title = title;
        text.body = body;
        text.titleOpen = titleOpen;
        session().updateText(text);
        REQUIRE(session().commit());
    }
};

QString marker()
{
    return QStringLiteral("MARK%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

// Every spelling in which text could sit in a file: UTF-8 and UTF-16 in both byte orders.
int hitsIn(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray bytes = file.readAll();
    const QByteArray utf8 = text.toUtf8();
    QByteArray utf16le, utf16be;
    for (QChar c : text) {
        utf16le.append(static_cast<char>(c.unicode() & 0xff)).append(static_cast<char>(c.unicode() >> 8));
        utf16be.append(static_cast<char>(c.unicode() >> 8)).append(static_cast<char>(c.unicode() & 0xff));
    }
    return static_cast<int>(bytes.count(utf8) + bytes.count(utf16le) + bytes.count(utf16be));
}

bool ownerOnly(const QString &path)
{
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                        | QFile::WriteOther | QFile::ExeOther;
    const auto permissions = QFile::permissions(path);
    return (permissions & others) == 0 && permissions.testFlag(QFile::ReadOwner);
}

} // namespace

TEST_CASE("Journal: set-up gives a recovery key and an empty unlocked journal")
{
    Fixture f;
    CHECK(f.vault->state() == JournalVault::State::NoJournal);
    const QString recovery = f.create();
    CHECK(recovery.size() == 56 + 13);
    CHECK(f.session().entries().empty());
    CHECK(f.vault->hasRecoveryRecord());
    CHECK(f.model->rowCount() == 0);
}

TEST_CASE("Journal: a wrong passphrase says only that")
{
    Fixture f;
    f.create();
    f.vault->lock();
    REQUIRE(f.vault->state() == JournalVault::State::Locked);
    QSignalSpy failed(f.vault.get(), &JournalVault::failed);
    f.unlock(QStringLiteral("slow tide over the harbor"));
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString() == QStringLiteral("Wrong passphrase."));
    CHECK(f.vault->state() == JournalVault::State::Locked);
}

TEST_CASE("Journal: entries are listed by call and only open titles show when locked")
{
    Fixture f;
    f.create();
    f.write(QStringLiteral("Later"), QStringLiteral("in call three"), 3);
    f.write(QStringLiteral("Loose"), QStringLiteral("outside a call"), std::nullopt);
    f.write(QStringLiteral("Shown"), QStringLiteral("in call one"), 1, true);
    REQUIRE(f.model->rowCount() == 3);
    using M = models::JournalEntryModel;
    CHECK(f.model->index(0, M::TitleColumn).data().toString() == QStringLiteral("Shown"));
    CHECK(f.model->index(1, M::TitleColumn).data().toString() == QStringLiteral("Later"));
    CHECK(f.model->index(2, M::TitleColumn).data().toString() == QStringLiteral("Loose"));
    CHECK(f.model->index(0, M::CallColumn).data().toString() == QStringLiteral("Call 1"));

    f.vault->lock();
    CHECK(f.vault->lockedEntryCount() == 3);
    REQUIRE(f.model->rowCount() == 1);
    CHECK(f.model->index(0, M::TitleColumn).data().toString() == QStringLiteral("Shown"));

    f.unlock();
    CHECK(f.model->rowCount() == 3);
    REQUIRE(f.session().openEntry(f.model->index(1, M::TitleColumn).data(M::EntryIdRole).toString().toStdString()));
    CHECK(f.session().current().body == QStringLiteral("in call three"));

    // Moving an entry to another call moves its row.
    JournalText text = f.session().current();
    text.callNumber = 1;
    f.session().updateText(text);
    REQUIRE(f.session().commit());
    // Written before "Shown", so it now comes first in call 1.
    CHECK(f.model->index(0, M::TitleColumn).data().toString() == QStringLiteral("Later"));
    CHECK(f.model->index(0, M::CallColumn).data().toString() == QStringLiteral("Call 1"));
    CHECK(f.model->index(1, M::TitleColumn).data().toString() == QStringLiteral("Shown"));

    REQUIRE(f.session().deleteEntry(f.session().current().entryId));
    CHECK(f.model->rowCount() == 2);
}

TEST_CASE("Journal: autosave restores the draft after a crash")
{
    Fixture f;
    f.create();
    QSignalSpy pending(f.vault->session(), &models::JournalSession::draftPending);
    JournalText text = f.session().current();
    text.title = QStringLiteral("Half written");
    text.body = QStringLiteral("The first sentence");
    f.session().updateText(text);
    text.body += QStringLiteral(" and the second");
    f.session().updateText(text);
    CHECK(pending.count() == 1);                         // one timer start per save, not per keystroke
    REQUIRE(f.session().saveDraftNow());
    text.body += QStringLiteral(" typed after the last save");
    f.session().updateText(text);
    CHECK(pending.count() == 2);

    // Dropping the vault without locking is what a crash leaves behind.
    f.openVault();
    f.unlock();
    REQUIRE(f.vault->state() == JournalVault::State::Unlocked);
    CHECK(f.session().restoredDraft());
    CHECK(f.session().current().title == QStringLiteral("Half written"));
    CHECK(f.session().current().body == QStringLiteral("The first sentence and the second"));
    CHECK(f.session().entries().empty());

    f.vault->lock();                                     // locking saves the restored text as the entry
    f.unlock();
    REQUIRE(f.session().entries().size() == 1);
    CHECK_FALSE(f.session().restoredDraft());
    CHECK_FALSE(f.vault->repository().draft(f.session().record().id).value());
}

namespace {
// Writes entries whose titles and bodies are fresh markers, one entry with its
// title left open on purpose (the control a scan must find), and an unsaved
// draft; returns the markers that must never be found and the open title.
std::pair<std::vector<QString>, QString> writeSecrets(Fixture &f, int entries)
{
    std::vector<QString> secrets;
    for (int i = 0; i < entries; ++i) {
        secrets.push_back(marker());
        secrets.push_back(marker());
        f.write(secrets[secrets.size() - 2], QStringLiteral("body ") + secrets.back() + QStringLiteral(" end"), i + 1);
    }
    const QString openTitle = marker();
    f.write(openTitle, QStringLiteral("the control"), 2, true);
    f.session().startNewEntry(4);
    JournalText draft = f.session().current();
    secrets.push_back(marker());
    secrets.push_back(marker());
    draft.title = secrets[secrets.size() - 2];
    draft.body = secrets.back();
    f.session().updateText(draft);
    REQUIRE(f.session().saveDraftNow());
    return { secrets, openTitle };
}

// How many values, in every row of every table of the server database, hold text's bytes.
int hitsOnServer(QSqlDatabase db, const QString &text)
{
    const QByteArray needle = text.toUtf8();
    QSqlQuery tables(db);
    REQUIRE(
        tables.exec(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")));
    int hits = 0;
    int tableCount = 0;
    while (tables.next()) {
        ++tableCount;
        QSqlQuery rows(db);
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM %1").arg(tables.value(0).toString())));
        while (rows.next()) {
            for (int column = 0; column < rows.record().count(); ++column) {
                const QVariant value = rows.value(column);
                const QByteArray bytes
                    = value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
                if (bytes.contains(needle))
                    ++hits;
            }
        }
    }
    CHECK(tableCount > 10);
    return hits;
}
} // namespace

TEST_CASE("Journal: nothing typed reaches the team server readable", "[server]")
{
    Fixture f;
    f.create();
    const auto [secrets, openTitle] = writeSecrets(f, 3);

    for (const QString &secret : secrets) {
        INFO(secret.toStdString());
        CHECK(hitsOnServer(f.temp.db().connection(), secret) == 0);
    }
    // The scan does read every row: the title left open on purpose is found.
    CHECK(hitsOnServer(f.temp.db().connection(), openTitle) > 0);
}

TEST_CASE("Journal: nothing typed is readable in the database, its WAL, or an export", "[file]")
{
    Fixture f;
    f.create();
    const auto [secrets, openTitle] = writeSecrets(f, 4);
    const QString archive = f.temp.dir() + QStringLiteral("/journal.cvjournal");
    REQUIRE(f.session().exportArchive(archive));

    const QString backup = f.temp.dir() + QStringLiteral("/backup-copy.sqlite");
    REQUIRE(storage::Backups::write(f.temp.db().connection(), backup).ok());

    // Every file in the database's folder: the database, -wal, -shm, the lock,
    // the backups folder and this backup, and the exported journal file.
    QStringList files;
    for (QDirIterator it(f.temp.dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    REQUIRE(files.contains(f.temp.path() + QStringLiteral("-wal")));
    REQUIRE(files.contains(f.temp.path() + QStringLiteral("-shm")));
    REQUIRE(files.contains(backup));
    REQUIRE(files.contains(archive));
    for (const QString &file : files) {
        for (const QString &secret : secrets) {
            INFO(file.toStdString() << " " << secret.toStdString());
            CHECK(hitsIn(file, secret) == 0);
        }
    }
    // The scan does read the files: the title left open on purpose is found.
    CHECK(hitsIn(f.temp.path(), openTitle) + hitsIn(f.temp.path() + QStringLiteral("-wal"), openTitle) > 0);
    CHECK(hitsIn(backup, openTitle) > 0);

    // And after a checkpoint folds the WAL into the database file.
    f.vault.reset();
    f.tester.reset();
    f.model.reset();
    f.temp.close();
    for (const QString &secret : secrets)
        CHECK(hitsIn(f.temp.path(), secret) == 0);
    CHECK(ownerOnly(archive));
}

TEST_CASE("Journal: a passphrase change keeps every sealed entry and only the new passphrase opens")
{
    Fixture f;
    f.create();
    for (int i = 0; i < 3; ++i)
        f.write(QStringLiteral("t%1").arg(i), QStringLiteral("b%1").arg(i), i + 1);
    const auto journal = f.session().record().id;
    const auto before = f.vault->repository().entries(journal).value();

    QSignalSpy failed(f.vault.get(), &JournalVault::failed);
    f.vault->changePassphrase(QStringLiteral("not the passphrase"), QStringLiteral("new words"));
    tests::waitUntilIdle(*f.vault);
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString() == QStringLiteral("Wrong passphrase."));

    QSignalSpy changed(f.vault.get(), &JournalVault::passphraseChanged);
    f.vault->changePassphrase(kPassphrase, QStringLiteral("new words"));
    tests::waitUntilIdle(*f.vault);
    REQUIRE(changed.count() == 1);
    const auto after = f.vault->repository().entries(journal).value();
    REQUIRE(after.size() == before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        CHECK(after[i].sealedBody == before[i].sealedBody);
        CHECK(after[i].sealedTitle == before[i].sealedTitle);
    }

    f.vault->lock();
    f.unlock(kPassphrase);
    CHECK(f.vault->state() == JournalVault::State::Locked);
    f.unlock(QStringLiteral("new words"));
    REQUIRE(f.vault->state() == JournalVault::State::Unlocked);
    CHECK(f.session().entries().size() == 3);
}

TEST_CASE("Journal: the recovery key opens the journal and sets a new passphrase")
{
    Fixture f;
    const QString recovery = f.create();
    f.write(QStringLiteral("kept"), QStringLiteral("safe"), 1);
    f.vault->lock();

    QSignalSpy failed(f.vault.get(), &JournalVault::failed);
    QString typo = recovery;
    typo[0] = typo[0] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    f.vault->unlockWithRecoveryKey(typo, QStringLiteral("fresh start"));
    tests::waitUntilIdle(*f.vault);
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("mistyped")));

    f.vault->unlockWithRecoveryKey(recovery.toLower(), QStringLiteral("fresh start"));
    tests::waitUntilIdle(*f.vault);
    REQUIRE(f.vault->state() == JournalVault::State::Unlocked);
    f.vault->lock();
    f.unlock(kPassphrase);
    CHECK(f.vault->state() == JournalVault::State::Locked);
    f.unlock(QStringLiteral("fresh start"));
    CHECK(f.vault->state() == JournalVault::State::Unlocked);
}

TEST_CASE("Journal: an exported archive moves the journal and its draft to another database")
{
    Fixture f;
    f.create();
    f.write(QStringLiteral("one"), QStringLiteral("first"), 1, true);
    f.write(QStringLiteral("two"), QStringLiteral("second"), 2);
    f.session().startNewEntry(3);
    JournalText draft = f.session().current();
    draft.body = QStringLiteral("unfinished");
    f.session().updateText(draft);
    REQUIRE(f.session().saveDraftNow());
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("moved.cvjournal"));
    REQUIRE(f.session().exportArchive(archive));

    Fixture other;
    QSignalSpy failed(other.vault.get(), &JournalVault::failed);
    other.vault->importArchive(archive, QStringLiteral("wrong"));
    tests::waitUntilIdle(*other.vault);
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString() == QStringLiteral("Wrong passphrase."));

    QSignalSpy recovery(other.vault.get(), &JournalVault::recoveryKeyIssued);
    other.vault->importArchive(archive, kPassphrase);
    tests::waitUntilIdle(*other.vault);
    REQUIRE(other.vault->state() == JournalVault::State::Unlocked);
    CHECK(recovery.count() == 1);
    CHECK(other.vault->hasRecoveryRecord());
    CHECK(other.session().entries().size() == 2);
    CHECK(other.session().restoredDraft());
    CHECK(other.session().current().body == QStringLiteral("unfinished"));
    REQUIRE(other.session().openEntry(other.session().entries().at(1).entryId));
    CHECK(other.session().current().body == QStringLiteral("second"));
    CHECK(other.session().entries().at(0).titleOpen);
}

TEST_CASE("Journal: a Markdown export is readable by its owner only")
{
    Fixture f;
    f.create();
    f.write(QStringLiteral("Listening"), QStringLiteral("It went slowly."), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.md"));
    REQUIRE(f.session().exportMarkdown(path, QStringLiteral("Ada")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("# Journal of Ada")));
    CHECK(text.contains(QStringLiteral("## Call 1")));
    CHECK(text.contains(QStringLiteral("### Listening")));
    CHECK(text.contains(QStringLiteral("It went slowly.")));
    CHECK(ownerOnly(path));
}

TEST_CASE("Journal: hosts see per-person counts")
{
    Fixture f;
    f.create();
    f.write(QStringLiteral("a"), QStringLiteral("b"), 1);
    f.write(QStringLiteral("c"), QStringLiteral("d"), 2);
    CHECK(f.vault->entryCounts(f.cohort) == std::map<core::PersonId, int>{{f.person, 2}});
}

TEST_CASE("Journal: choosing another person locks the open journal")
{
    Fixture f;
    f.create();
    f.write(QStringLiteral("a"), QStringLiteral("b"), 1);
    JournalText text = f.session().current();
    text.body = QStringLiteral("edited just before leaving");
    f.session().updateText(text);
    f.vault->setPerson(f.person + 1);
    CHECK(f.vault->session() == nullptr);
    CHECK(f.vault->state() == JournalVault::State::NoJournal);
    CHECK(f.model->rowCount() == 0);
    f.vault->setPerson(f.person);
    f.unlock();
    REQUIRE(f.session().openEntry(f.session().entries().at(0).entryId));
    CHECK(f.session().current().body == QStringLiteral("edited just before leaving"));
}
