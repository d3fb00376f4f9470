// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "storage/result.h"

namespace convener::storage {

class JournalRepository;

// The demo participant's journal: two entries a newcomer can unlock and read.
// Its passphrase is public on purpose (the Demo cohort's description states
// it). It uses libsodium's "interactive" limits rather than the default, so
// that opening the demo, which runs on the interface thread, stays quick.
class DemoJournal final
{
public:
    static constexpr const char *kOwner = "Jo Whitaker";
    static constexpr const char *kPassphrase = "paper lanterns on the river";

    // Creates the journal for person, in the caller's transaction if one is open.
    static Status seed(JournalRepository &journals, core::PersonId person);
};

} // namespace convener::storage
