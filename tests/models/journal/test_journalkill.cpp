// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "journalkilltext.h"
#include "journaltestsupport.h"

#include "models/journal/journalsession.h"
#include "models/journal/journalvault.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace convener;

namespace {

const QString kPassphrase = QStringLiteral("kill switch test");

// Starts the writer, lets it commit `saves` drafts, then kills it with SIGKILL
// in the middle of whatever it does next. Returns the last acknowledged length.
qsizetype typeAndKill(const QString &database, core::PersonId person, int saves)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(CONVENER_JOURNAL_WRITER),
                 {database, QString::number(person), kPassphrase});
    REQUIRE(writer.waitForStarted(30000));
    qsizetype last = -1;
    int seen = 0;
    while (seen < saves) {
        if (!writer.canReadLine())
            REQUIRE(writer.waitForReadyRead(30000));
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine().trimmed();
            REQUIRE(line.startsWith("saved "));
            last = line.mid(6).toLongLong();
            ++seen;
        }
    }
    writer.kill();
    REQUIRE(writer.waitForFinished(30000));
    CHECK(writer.exitStatus() == QProcess::CrashExit);
    // Lines that arrived before the kill acknowledge later saves too.
    while (writer.canReadLine()) {
        const QByteArray line = writer.readLine().trimmed();
        if (line.startsWith("saved "))
            last = line.mid(6).toLongLong();
    }
    return last;
}

} // namespace

TEST_CASE("Journal: a writer killed mid-typing leaves the draft of its last save")
{
    tests::TempDatabase temp;
    core::PersonId person = 0;
    {
        storage::RosterRepository roster(temp.db());
        core::Cohort c;
        c.name = "Kill cohort";
        const auto cohort = roster.createCohort(c).value();
        std::vector<core::Member> add(1);
        add[0].person.displayName = "Writer";
        person = roster.addMembers(cohort, add).value().front().person.id;
        models::JournalVault vault(temp.db());
        vault.setKdfLimits(crypto::KdfLimits::insecureMinimumForTests());
        vault.setPerson(person);
        vault.createJournal(kPassphrase);
        tests::waitUntilIdle(vault);
        REQUIRE(vault.state() == models::JournalVault::State::Unlocked);
    }
    temp.close();

    qsizetype previous = 0;
    for (int round = 0; round < 20; ++round) {
        INFO("round " << round);
        const qsizetype acknowledged = typeAndKill(temp.path(), person, 2 + (round * 7) % 23);
        REQUIRE(acknowledged > previous);

        temp.reopen();
        {
            models::JournalVault vault(temp.db());
            vault.setPerson(person);
            vault.unlock(kPassphrase);
            tests::waitUntilIdle(vault);
            REQUIRE(vault.session());
            const QString restored = vault.session()->current().body;
            // What was typed up to the last acknowledged save, or a save the kill
            // interrupted after it was committed but before it was acknowledged.
            CHECK(restored.size() >= acknowledged);
            CHECK(restored == tests::typedText(restored.size()));
            previous = restored.size();
        }
        temp.close();
    }
}
