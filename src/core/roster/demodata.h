// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"
#include "core/roster/person.h"

#include <vector>

namespace convener::core {

// The fictional "Demo" cohort a newcomer can explore: two hosts and 24
// participants with varied names, pronouns and time zones; a few gave no email.
// All addresses use example.org, which is reserved and never delivers mail.
Cohort demoCohort();
std::vector<Member> demoMembers();

} // namespace convener::core
