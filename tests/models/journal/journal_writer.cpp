// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Not a test by itself: the process test_journalkill starts and kills. It opens
// a database, unlocks a journal and keeps "typing", saving a draft after every
// few characters exactly as the Journal area's autosave does, and prints
// "saved LENGTH" once each save has been committed.
// Usage: journal_writer DATABASE PERSON_ID PASSPHRASE
#include "journalkilltext.h"
#include "models/journal/journalsession.h"
#include "models/journal/journalvault.h"
#include "models/storageerror.h"
#include "storage/database.h"

#include <cstdio>
#include <QCoreApplication>
#include <QEventLoop>

using namespace convener;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: journal_writer DATABASE PERSON_ID PASSPHRASE\n");
        return 2;
    }
    storage::DatabaseError error;
    auto database = storage::Database::open(args.at(1), error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(models::describe(error)));
        return 1;
    }
    models::JournalVault vault(*database);
    vault.setPerson(args.at(2).toLongLong());
    QEventLoop loop;
    QObject::connect(&vault, &models::JournalVault::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    vault.unlock(args.at(3));
    loop.exec();
    models::JournalSession *session = vault.session();
    if (!session) {
        std::fprintf(stderr, "could not unlock the journal\n");
        return 1;
    }
    models::JournalText text = session->current();
    if (text.body != tests::typedText(text.body.size())) {
        std::fprintf(stderr, "the restored draft is not what was typed\n");
        return 1;
    }
    for (qsizetype step = 1;; ++step) {
        text.body = tests::typedText(text.body.size() + 1 + step % 5);
        session->updateText(text);
        if (!session->saveDraftNow())
            return 1;
        std::printf("saved %lld\n", static_cast<long long>(text.body.size()));
        std::fflush(stdout);
    }
}
