// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/demo/demojournal.h"

#include "crypto/journalid.h"
#include "crypto/journalkey.h"
#include "storage/conversions.h"
#include "storage/journal/journalrepository.h"

namespace convener::storage {

namespace {

struct DemoEntry
{
    int call;
    const char *title;
    bool titleOpen;
    const char *body;
};

const DemoEntry kEntries[] = {
    {1, "Listening without fixing", true,
     "Three partners today. With the second one I noticed how fast I wanted to offer a solution; "
     "looping back what she said first felt slow, and then it felt like the most useful thing I did "
     "all evening.\n\nIntroducing myself without my job was harder than I expected. I said I like "
     "walking along canals early in the morning, and that was true and new to say."},
    {2, "What gets in the way", false,
     "The community I imagined a year from now has a long kitchen table and nobody in a hurry.\n\n"
     "What stops me: I wait to be invited. In the trio I tried saying that out loud, and the two "
     "consultants talked about it as if it were an ordinary thing, which somehow made it smaller."},
};

// Making the demo's key or sealing its entries failed; the crypto library's
// own words are the detail.
Error setUpFailure(const crypto::Error &error)
{
    return Error(Problem::DemoJournalSetUpFailed).withDetail(toQt(error.message));
}

} // namespace

Status DemoJournal::seed(JournalRepository &journals, core::PersonId person)
{
    auto setup = crypto::JournalKey::create(kPassphrase, crypto::KdfLimits::interactive());
    if (!setup)
        return setUpFailure(setup.error());
    const auto journal = journals.createJournal(person, setup.value().passphraseRecord, setup.value().recovery.record);
    if (!journal)
        return Status::from(journal);
    const crypto::JournalKey &key = setup.value().key;
    for (const DemoEntry &demo : kEntries) {
        JournalEntryRecord entry;
        entry.entryId = crypto::newEntryId();
        entry.callNumber = demo.call;
        if (demo.titleOpen) {
            entry.openTitle = demo.title;
        } else {
            auto title = key.seal(entry.entryId, crypto::ItemKind::EntryTitle, demo.title);
            if (!title)
                return setUpFailure(title.error());
            entry.sealedTitle = title.value().toBytes();
        }
        auto body = key.seal(entry.entryId, crypto::ItemKind::EntryBody, demo.body);
        if (!body)
            return setUpFailure(body.error());
        entry.sealedBody = body.value().toBytes();
        const auto saved = journals.saveEntry(journal.value().id, entry);
        if (!saved)
            return Status::from(saved);
    }
    return {};
}

} // namespace convener::storage
