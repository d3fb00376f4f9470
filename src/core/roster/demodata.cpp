// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/demodata.h"

namespace convener::core {

Cohort demoCohort()
{
    Cohort c;
    c.name = "Demo";
    c.startDate = "2026-01-13";
    c.weekday = 2;
    c.startTime = "17:00";
    c.timeZone = "Europe/London";
    c.description = "A made-up cohort to explore Convener with: four weekly calls, two hosts and "
                    "24 participants spread over many time zones. Jo Whitaker keeps a journal you can "
                    "open in the Journal area with the passphrase: paper lanterns on the river";
    return c;
}

std::vector<Member> demoMembers()
{
    struct Row
    {
        const char *name;
        const char *email;
        const char *pronouns;
        const char *location;
        const char *timeZone;
        Role role;
        const char *notes;
    };
    static const Row kRows[] = {
        {"Maya Okafor", "maya.okafor@example.org", "she/her", "Bristol, UK", "Europe/London", Role::Host,
         "Leads the room."},
        {"Tomás Ferreira", "tomas.ferreira@example.org", "he/him", "Porto, Portugal", "Europe/Lisbon", Role::CoHost,
         "Technical host: rooms, chat, clock."},
        {"Aiko Tanaka", "aiko.tanaka@example.org", "she/her", "Osaka, Japan", "Asia/Tokyo", Role::Participant,
         "Joins early morning local time."},
        {"Ben Adeyemi", "ben.adeyemi@example.org", "he/him", "Lagos, Nigeria", "Africa/Lagos", Role::Participant, ""},
        {"Chloé Martin", "chloe.martin@example.org", "she/her", "Lyon, France", "Europe/Paris", Role::Participant, ""},
        {"Dev Raman", "", "he/him", "Pune, India", "Asia/Kolkata", Role::Participant,
         "Registered by phone; no email given."},
        {"Eilidh MacLeod", "eilidh.macleod@example.org", "she/her", "Inverness, UK", "Europe/London",
         Role::Participant, ""},
        {"Farid Haddad", "farid.haddad@example.org", "he/him", "Beirut, Lebanon", "Asia/Beirut", Role::Participant, ""},
        {"Greta Lindqvist", "greta.lindqvist@example.org", "she/her", "Malmö, Sweden", "Europe/Stockholm",
         Role::Participant, ""},
        {"Hana Novák", "hana.novak@example.org", "they/them", "Brno, Czechia", "Europe/Prague", Role::Participant, ""},
        {"Ibrahim Diallo", "ibrahim.diallo@example.org", "he/him", "Dakar, Senegal", "Africa/Dakar",
         Role::Participant, ""},
        {"Jo Whitaker", "jo.whitaker@example.org", "they/them", "Leeds, UK", "Europe/London", Role::Participant,
         "Prefers not to be on camera during journaling."},
        {"Kiri Walker", "kiri.walker@example.org", "she/her", "Wellington, New Zealand", "Pacific/Auckland",
         Role::Participant, ""},
        {"Lucía Gómez", "lucia.gomez@example.org", "she/her", "Bogotá, Colombia", "America/Bogota", Role::Participant,
         ""},
        {"Mateus Silva", "", "he/him", "Recife, Brazil", "America/Recife", Role::Participant, ""},
        {"Nadia Petrova", "nadia.petrova@example.org", "she/her", "Sofia, Bulgaria", "Europe/Sofia", Role::Participant,
         ""},
        {"Oluwaseun Bello", "seun.bello@example.org", "he/him", "Toronto, Canada", "America/Toronto",
         Role::Participant, ""},
        {"Priya Shah", "priya.shah@example.org", "she/her", "Nairobi, Kenya", "Africa/Nairobi", Role::Participant, ""},
        {"Quinn O'Brien", "quinn.obrien@example.org", "they/them", "Cork, Ireland", "Europe/Dublin",
         Role::Participant, ""},
        {"Rafael Costa", "rafael.costa@example.org", "he/him", "Lisbon, Portugal", "Europe/Lisbon", Role::Participant,
         ""},
        {"Sofia Rossi", "sofia.rossi@example.org", "she/her", "Bologna, Italy", "Europe/Rome", Role::Participant, ""},
        {"Tariq Aziz", "", "he/him", "Berlin, Germany", "Europe/Berlin", Role::Participant, ""},
        {"Una Kovač", "una.kovac@example.org", "she/her", "Zagreb, Croatia", "Europe/Zagreb", Role::Participant, ""},
        {"Vikram Nair", "vikram.nair@example.org", "he/him", "Singapore", "Asia/Singapore", Role::Participant, ""},
        {"Wen Li", "wen.li@example.org", "she/her", "Vancouver, Canada", "America/Vancouver", Role::Participant,
         "Joins from the west coast, early in the day."},
        {"Yusuf Kaya", "yusuf.kaya@example.org", "he/him", "Istanbul, Türkiye", "Europe/Istanbul", Role::Participant,
         ""},
    };

    std::vector<Member> members;
    members.reserve(std::size(kRows));
    for (const Row &r : kRows) {
        Member m;
        m.person.displayName = r.name;
        m.person.email = r.email;
        m.person.pronouns = r.pronouns;
        m.person.location = r.location;
        m.person.timeZone = r.timeZone;
        m.person.notes = r.notes;
        m.role = r.role;
        members.push_back(std::move(m));
    }
    return members;
}

} // namespace convener::core
