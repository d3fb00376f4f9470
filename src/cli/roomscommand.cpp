// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli rooms plan|show|move|swap|role|record|export|encounters|keep-apart|hosts
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "cli/roomsupport.h"
#include "core/rooms/encountermap.h"
#include "core/rooms/roomexport.h"
#include "io/privatefile.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/rooms/roomplanstore.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <QCommandLineParser>
#include <QDateTime>

namespace convener::cli {

namespace {

using storage::toQt;
using storage::toStd;

const QString kUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli rooms plan   --db PATH --cohort NAME --call N [--seed S] [--time-limit-ms T] [--keep]\n"
    "  convener-cli rooms show   --db PATH --cohort NAME --call N [--round R] [--format text|json]\n"
    "  convener-cli rooms move   --db PATH --cohort NAME --call N --round R --person NAME --room K\n"
    "  convener-cli rooms swap   --db PATH --cohort NAME --call N --round R --person NAME --with NAME\n"
    "  convener-cli rooms role   --db PATH --cohort NAME --call N --round R --person NAME --role ROLE|none\n"
    "                            [--turn T]\n"
    "  convener-cli rooms record --db PATH --cohort NAME --call N --round R\n"
    "  convener-cli rooms export --db PATH --cohort NAME --call N --round R --format zoom-csv|text|list|json\n"
    "                            [--out FILE]\n"
    "  convener-cli rooms encounters --db PATH --cohort NAME [--format text|json]\n"
    "  convener-cli rooms keep-apart --db PATH --cohort NAME --person NAME --with NAME [--reason TEXT] [--remove]\n"
    "  convener-cli rooms keep-apart --db PATH --cohort NAME --list\n"
    "  convener-cli rooms hosts --db PATH --cohort NAME --in-rooms|--out-of-rooms\n\n"
    "plan        plans every breakout round of the call (one per breakout step) from the call's attendance,\n"
    "            the rounds recorded in the cohort's other calls and its keep-apart pairs, stores the plan\n"
    "            and prints how many encounters are new, how many repeat and the fewest repeats any plan\n"
    "            could have. Rounds already recorded stay as they are. --keep re-plans the rest while keeping\n"
    "            people in their planned rooms where that costs no repeat. The same --seed (default 1) gives\n"
    "            the same plan; --time-limit-ms (default 2000) caps the search.\n"
    "show        prints the call's rounds with their rooms and roles.\n"
    "move, swap  change a planned round by hand: move a person to room K (one more than the last room\n"
    "            opens a new one), or swap two people's seats.\n"
    "role        changes a person's role in a planned round by hand: --role case-giver makes them their\n"
    "            room's case-giver (the one before loses the role), --role none takes their role away, and\n"
    "            --turn T moves them to turn T of a turn order (Troika's clients). 'rooms role --help' says more.\n"
    "record      marks a round as run: it becomes encounter history. Record rounds when they start.\n"
    "export      hands a round over: zoom-csv is Zoom's breakout pre-assignment file (people without an\n"
    "            email are listed on stderr, to assign by hand); text is for the call's chat; list is for\n"
    "            a co-host opening rooms by hand; json is everything. --out writes a file readable by you\n"
    "            alone instead of printing.\n"
    "encounters  prints who has met whom in recorded rounds: the share of pairs met and, per person, how\n"
    "            many of the cohort they have met.\n"
    "keep-apart  keeps two members out of the same room in every plan from now on (--reason is a note for\n"
    "            the hosts; giving the pair again changes it); --remove lets them meet again; --list prints\n"
    "            the pairs. Plans already stored stay as they are until you re-plan them.\n"
    "hosts       whether the cohort's host and co-hosts sit in the rooms (never two in one room) or stay\n"
    "            out of them; without an option it prints the current choice.\n\n"
    "Exit codes: 0 done, 1 a problem with the database, cohort, call or round, 2 a usage error.");

struct Options
{
    QCommandLineOption round{QStringLiteral("round"), QStringLiteral("The round number, from 1."), QStringLiteral("R")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("Output format."), QStringLiteral("FORMAT")};
    QCommandLineOption out{QStringList{QStringLiteral("out"), QStringLiteral("output")}, QStringLiteral("Write to FILE."),
                           QStringLiteral("FILE")};
    QCommandLineOption seed{QStringLiteral("seed"), QStringLiteral("Seed of the search."), QStringLiteral("S"), QStringLiteral("1")};
    QCommandLineOption timeLimit{QStringLiteral("time-limit-ms"), QStringLiteral("Search time limit."), QStringLiteral("T"),
                                 QStringLiteral("2000")};
    QCommandLineOption keep{QStringLiteral("keep"), QStringLiteral("Stay close to the stored plan.")};
    QCommandLineOption person{QStringLiteral("person"), QStringLiteral("A member's name."), QStringLiteral("NAME")};
    QCommandLineOption with{QStringLiteral("with"), QStringLiteral("Another member's name."), QStringLiteral("NAME")};
    QCommandLineOption room{QStringLiteral("room"), QStringLiteral("A room number."), QStringLiteral("K")};
    QCommandLineOption reason{QStringLiteral("reason"), QStringLiteral("Why the two are kept apart."), QStringLiteral("TEXT")};
    QCommandLineOption remove{QStringLiteral("remove"), QStringLiteral("Remove the pair.")};
    QCommandLineOption list{QStringLiteral("list"), QStringLiteral("List the pairs.")};
    QCommandLineOption inRooms{QStringLiteral("in-rooms"), QStringLiteral("Hosts join the rooms.")};
    QCommandLineOption outOfRooms{QStringLiteral("out-of-rooms"), QStringLiteral("Hosts stay out of the rooms.")};
};

// A parsed subcommand with its database, cohort and call open.
struct Session
{
    std::unique_ptr<storage::Database> db;
    CallTarget target;
};

// Parses the common options (and `extra`), opens the database and finds the cohort and call.
std::optional<Session> open(QCommandLineParser &parser, const QStringList &arguments, const QList<QCommandLineOption> &extra,
                            bool writes, bool needsCall, int &exitCode)
{
    parser.addOption(databaseOption());
    parser.addOption(cohortOption());
    parser.addOption(callOption());
    parser.addOptions(extra);
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return std::nullopt;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument '%1'.\n").arg(parser.positionalArguments().constFirst()) + kUsage);
        exitCode = kExitUsage;
        return std::nullopt;
    }
    if (parser.value(cohortOption()).trimmed().isEmpty()) {
        printError(QStringLiteral("--cohort NAME is required."));
        exitCode = kExitUsage;
        return std::nullopt;
    }
    int call = 1;
    if (needsCall) {
        call = callNumberFrom(parser, callOption(), QStringLiteral("the number of the call"));
        if (call == 0) {
            exitCode = kExitUsage;
            return std::nullopt;
        }
    }
    exitCode = kExitFailure;
    Session session;
    session.db
        = openDatabase(parser, writes ? storage::Database::Access::Write : storage::Database::Access::Read, false);
    if (!session.db)
        return std::nullopt;
    if (needsCall) {
        auto target = findCallTarget(*session.db, parser.value(cohortOption()), call);
        if (!target)
            return std::nullopt;
        session.target = std::move(*target);
    } else {
        storage::RosterRepository roster(*session.db);
        const auto cohort = roster.cohortByName(parser.value(cohortOption()));
        if (!cohort || !cohort.value()) {
            printError(!cohort
                    ? models::describe(cohort.error())
                    : QStringLiteral("There is no cohort named '%1'. 'convener-cli cohort list --db PATH' shows them.")
                          .arg(parser.value(cohortOption())));
            return std::nullopt;
        }
        const auto members = roster.members(cohort.value()->id);
        if (!members) {
            printError(models::describe(members.error()));
            return std::nullopt;
        }
        session.target = CallTarget{*cohort.value(), 0, members.value()};
    }
    exitCode = kExitOk;
    return session;
}

int roundNumberFrom(const QCommandLineParser &parser, const Options &o)
{
    return callNumberFrom(parser, o.round, QStringLiteral("the round within the call"));
}

core::RoomHandover handover(const Session &s, const core::RoomRound &round, storage::Database &db)
{
    core::RoomHandover h;
    h.cohortName = s.target.cohort.name;
    h.callNumber = s.target.callNumber;
    h.round = round;
    // A recorded round may seat someone who has since left the cohort: still name them.
    const auto people = storage::RoomsRepository(db).people(round.people());
    if (people) {
        for (const auto &[id, person] : people.value())
            h.people[id] = {person.displayName, person.email};
    }
    return h;
}

int runPlan(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    int exitCode = kExitOk;
    auto session = open(parser, arguments, {o.seed, o.timeLimit, o.keep}, true, true, exitCode);
    if (!session)
        return exitCode;
    // The same ranges as `convener-cli schedule`: a day is the longest search.
    core::ScheduleOptions options;
    qint64 number = 0;
    if (!readWholeNumber(parser, o.seed, 0, std::numeric_limits<qint64>::max(), number, kUsage))
        return kExitUsage;
    options.seed = static_cast<std::uint64_t>(number);
    if (!readWholeNumber(parser, o.timeLimit, 1, 24LL * 3600 * 1000, number, kUsage))
        return kExitUsage;
    options.timeLimit = std::chrono::milliseconds(number);
    const auto &t = session->target;
    storage::RoomPlanStore planner(*session->db);
    const auto outcome = planner.planAndSave(t.cohort.id, t.callNumber,
                                             parser.isSet(o.keep) ? storage::RoomPlanStore::Mode::StayClose
                                                                  : storage::RoomPlanStore::Mode::Fresh,
                                             options);
    if (!outcome) {
        printError(QStringLiteral("Call %1 of '%2': %3")
                       .arg(t.callNumber)
                       .arg(toQt(t.cohort.name), models::describe(outcome.error())));
        return kExitFailure;
    }
    const auto &plan = outcome.value();
    QString text = QStringLiteral("Planned call %1 of '%2'.\n").arg(t.callNumber).arg(toQt(t.cohort.name));
    for (const auto &round : plan.rounds) {
        int people = 0;
        for (const auto &room : round.rooms)
            people += static_cast<int>(room.seats.size());
        text += QStringLiteral("Round %1, %2: %3 people in %4 rooms%5\n")
                    .arg(round.number)
                    .arg(shown(toQt(round.stepTitle)))
                    .arg(people)
                    .arg(round.rooms.size())
                    .arg(round.recorded() ? QStringLiteral(" (recorded, kept)") : QString());
    }
    const auto &s = plan.summary;
    text += QStringLiteral("Rounds: %1\nNew encounters: %2\nRepeats: %3\nUnavoidable minimum: %4\n")
                .arg(s.rounds)
                .arg(s.newEncounters)
                .arg(s.repeats)
                .arg(s.unavoidable);
    text += s.optimal() ? QStringLiteral("No plan can have fewer repeats.\n")
                        : QStringLiteral("The best found; at most %1 fewer repeats may be possible.\n").arg(s.repeats - s.unavoidable);
    printText(text);
    return kExitOk;
}

int runShow(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    int exitCode = kExitOk;
    auto session = open(parser, arguments, {o.round, o.format}, false, true, exitCode);
    if (!session)
        return exitCode;
    const QString fmt = parser.value(o.format).isEmpty() ? QStringLiteral("text") : parser.value(o.format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        printError(QStringLiteral("--format must be text or json, not '%1'.").arg(fmt));
        return kExitUsage;
    }
    int only = 0;
    if (parser.isSet(o.round) && (only = roundNumberFrom(parser, o)) == 0)
        return kExitUsage;
    const auto &t = session->target;
    storage::RoomsRepository rooms(*session->db);
    auto rounds = rooms.rounds(t.cohort.id, t.callNumber);
    if (!rounds) {
        printError(models::describe(rounds.error()));
        return kExitFailure;
    }
    if (rounds.value().empty()) {
        printError(QStringLiteral("Call %1 of '%2' has no rooms planned yet. Plan them with 'convener-cli rooms plan'.")
                       .arg(t.callNumber)
                       .arg(toQt(t.cohort.name)));
        return kExitFailure;
    }
    if (only > 0) {
        const auto r = rooms.round(t.cohort.id, t.callNumber, only);
        if (!r) {
            printError(models::describe(r.error()));
            return kExitFailure;
        }
        rounds = std::vector<core::RoomRound>{r.value()};
    }
    std::string text;
    if (fmt == QLatin1String("json")) {
        nlohmann::ordered_json all = nlohmann::ordered_json::array();
        for (const auto &round : rounds.value())
            all.push_back(nlohmann::ordered_json::parse(core::roomRoundJson(handover(*session, round, *session->db))));
        text = all.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    } else {
        for (const auto &round : rounds.value()) {
            text += core::roomChatText(shownHandover(handover(*session, round, *session->db)));
            text += round.recorded() ? "Recorded " + round.recordedAt + "\n\n" : std::string("Planned\n\n");
        }
        printText(text);
        return kExitOk;
    }
    printOut(text);
    return kExitOk;
}

int runEdit(const QStringList &arguments, bool swap)
{
    Options o;
    QCommandLineParser parser;
    int exitCode = kExitOk;
    auto session = open(parser, arguments, {o.round, o.person, swap ? o.with : o.room}, true, true, exitCode);
    if (!session)
        return exitCode;
    const int round = roundNumberFrom(parser, o);
    if (round == 0)
        return kExitUsage;
    if (parser.value(o.person).trimmed().isEmpty() || (swap && parser.value(o.with).trimmed().isEmpty())) {
        printError(swap ? QStringLiteral("--person NAME and --with NAME are required.") : QStringLiteral("--person NAME is required."));
        return kExitUsage;
    }
    int room = 0;
    if (!swap && (room = callNumberFrom(parser, o.room, QStringLiteral("the room to move to"))) == 0)
        return kExitUsage;
    const auto &t = session->target;
    const auto person = findMember(t, parser.value(o.person));
    if (!person)
        return kExitFailure;
    storage::RoomsRepository rooms(*session->db);
    storage::Status done;
    if (swap) {
        const auto other = findMember(t, parser.value(o.with));
        if (!other)
            return kExitFailure;
        done = storage::Status::from(
            rooms.swapPeople(t.cohort.id, t.callNumber, round, person->person.id, other->person.id));
    } else {
        done = storage::Status::from(rooms.movePerson(t.cohort.id, t.callNumber, round, person->person.id, room));
    }
    if (!done) {
        printError(models::describe(done.error()));
        return kExitFailure;
    }
    const auto changed = rooms.round(t.cohort.id, t.callNumber, round);
    if (changed)
        printText(core::roomChatText(shownHandover(handover(*session, changed.value(), *session->db))));
    return kExitOk;
}

int runRecord(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    int exitCode = kExitOk;
    auto session = open(parser, arguments, {o.round}, true, true, exitCode);
    if (!session)
        return exitCode;
    const int round = roundNumberFrom(parser, o);
    if (round == 0)
        return kExitUsage;
    const auto &t = session->target;
    const std::string now = toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const auto recorded = storage::RoomsRepository(*session->db).recordRound(t.cohort.id, t.callNumber, round, now);
    if (!recorded) {
        printError(models::describe(recorded.error()));
        return kExitFailure;
    }
    printText(QStringLiteral("Recorded round %1 of call %2 of '%3'.")
                  .arg(round)
                  .arg(t.callNumber)
                  .arg(shown(toQt(t.cohort.name))));
    return kExitOk;
}

int runExport(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    int exitCode = kExitOk;
    auto session = open(parser, arguments, {o.round, o.format, o.out}, false, true, exitCode);
    if (!session)
        return exitCode;
    const QString fmt = parser.value(o.format);
    const QStringList formats{QStringLiteral("zoom-csv"), QStringLiteral("text"), QStringLiteral("list"), QStringLiteral("json")};
    if (!formats.contains(fmt)) {
        printError(QStringLiteral("--format must be zoom-csv, text, list or json, not '%1'.").arg(fmt));
        return kExitUsage;
    }
    const int roundNumber = roundNumberFrom(parser, o);
    if (roundNumber == 0)
        return kExitUsage;
    const auto &t = session->target;
    const auto round = storage::RoomsRepository(*session->db).round(t.cohort.id, t.callNumber, roundNumber);
    if (!round) {
        printError(QStringLiteral("'%1': %2").arg(toQt(t.cohort.name), models::describe(round.error())));
        return kExitFailure;
    }
    const core::RoomHandover h = handover(*session, round.value(), *session->db);
    std::string text;
    if (fmt == QLatin1String("zoom-csv")) {
        const core::ZoomCsv zoom = core::zoomPreassignmentCsv(h);
        text = zoom.csv;
        if (!zoom.withoutEmail.empty()) {
            QStringList names;
            for (const auto id : zoom.withoutEmail)
                names << QStringLiteral("%1 (%2)").arg(toQt(h.people.at(id).name), toQt(core::roomName(round.value().roomOf(id))));
            printError(QStringLiteral("Without an email, so not in the file; assign them by hand: %1").arg(names.join(QStringLiteral(", "))));
        }
    } else if (fmt == QLatin1String("text")) {
        text = core::roomChatText(h);
    } else if (fmt == QLatin1String("list")) {
        text = core::roomCoHostList(h);
    } else {
        text = core::roomRoundJson(h);
    }
    if (parser.isSet(o.out)) {
        const auto written = io::writePrivateFile(parser.value(o.out), text);
        if (!written) {
            printError(models::describe(written.error()));
            return kExitFailure;
        }
        return kExitOk;
    }
    // To a terminal, the text formats show names escaped; the file formats go as they are.
    if (fmt == QLatin1String("text"))
        text = core::roomChatText(shownHandover(h));
    else if (fmt == QLatin1String("list"))
        text = core::roomCoHostList(shownHandover(h));
    printOut(text);
    return kExitOk;
}

int runEncounters(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    int exitCode = kExitOk;
    auto session = open(parser, arguments, {o.format}, false, false, exitCode);
    if (!session)
        return exitCode;
    const QString fmt = parser.value(o.format).isEmpty() ? QStringLiteral("text") : parser.value(o.format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        printError(QStringLiteral("--format must be text or json, not '%1'.").arg(fmt));
        return kExitUsage;
    }
    const auto &t = session->target;
    const auto recorded = storage::RoomsRepository(*session->db).recordedRounds(t.cohort.id);
    if (!recorded) {
        printError(models::describe(recorded.error()));
        return kExitFailure;
    }
    std::vector<core::EncounterMap::Groups> rounds;
    for (const auto &r : recorded.value())
        rounds.push_back(r.round.groups());
    const core::EncounterMap map(core::personIds(t.members), rounds);
    const int percent = static_cast<int>(std::lround(map.shareMet() * 100));
    if (fmt == QLatin1String("json")) {
        nlohmann::ordered_json j;
        j["cohort"] = t.cohort.name;
        j["recorded_rounds"] = recorded.value().size();
        j["pairs"] = map.pairCount();
        j["pairs_met"] = map.pairsMet();
        j["people"] = nlohmann::ordered_json::array();
        for (size_t i = 0; i < t.members.size(); ++i) {
            const auto &m = t.members[i];
            j["people"].push_back({{"id", m.person.id}, {"name", m.person.displayName}, {"met", map.metCount(m.person.id)},
                                   {"meetings", map.matrix()[i]}});
        }
        printOut(j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        return kExitOk;
    }
    QString text = QStringLiteral("'%1': %2 recorded rounds. Pairs met: %3 of %4 (%5%).\n")
                       .arg(toQt(t.cohort.name))
                       .arg(recorded.value().size())
                       .arg(map.pairsMet())
                       .arg(map.pairCount())
                       .arg(percent);
    for (const auto &m : t.members)
        text += QStringLiteral("  %1: met %2 of %3\n")
                    .arg(shown(toQt(m.person.displayName)))
                    .arg(map.metCount(m.person.id))
                    .arg(t.members.size() - 1);
    printText(text);
    return kExitOk;
}

QString nameOf(const CallTarget &t, core::PersonId id)
{
    for (const auto &m : t.members)
        if (m.person.id == id)
            return shown(toQt(m.person.displayName));
    return QStringLiteral("person %1").arg(id);
}

int runKeepApart(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    int exitCode = kExitOk;
    // Listing only reads, so it does not wait for the write lock.
    auto session = open(parser, arguments, {o.person, o.with, o.reason, o.remove, o.list}, !arguments.contains(QStringLiteral("--list")),
                        false, exitCode);
    if (!session)
        return exitCode;
    const bool list = parser.isSet(o.list);
    const bool hasPair = parser.isSet(o.person) || parser.isSet(o.with);
    if (list && (hasPair || parser.isSet(o.remove) || parser.isSet(o.reason))) {
        printError(QStringLiteral("--list takes no --person, --with, --reason or --remove."));
        return kExitUsage;
    }
    const auto &t = session->target;
    storage::RoomsRepository rooms(*session->db);
    if (list) {
        const auto pairs = rooms.keepApart(t.cohort.id);
        if (!pairs) {
            printError(models::describe(pairs.error()));
            return kExitFailure;
        }
        QString text = pairs.value().empty()
            ? QStringLiteral("'%1' keeps nobody apart.").arg(shown(toQt(t.cohort.name)))
            : QStringLiteral("'%1' keeps apart:").arg(shown(toQt(t.cohort.name)));
        for (const auto &p : pairs.value()) {
            text += QStringLiteral("\n  %1 and %2").arg(nameOf(t, p.first), nameOf(t, p.second));
            if (!p.reason.empty())
                text += QStringLiteral(": %1").arg(shown(toQt(p.reason)));
        }
        printText(text);
        return kExitOk;
    }
    if (parser.value(o.person).trimmed().isEmpty() || parser.value(o.with).trimmed().isEmpty()) {
        printError(QStringLiteral("--person NAME and --with NAME are required (or --list).\n") + kUsage);
        return kExitUsage;
    }
    if (parser.isSet(o.remove) && parser.isSet(o.reason)) {
        printError(QStringLiteral("--reason goes with adding a pair, not with --remove."));
        return kExitUsage;
    }
    const auto person = findMember(t, parser.value(o.person));
    if (!person)
        return kExitFailure;
    const auto other = findMember(t, parser.value(o.with));
    if (!other)
        return kExitFailure;
    const QString first = toQt(person->person.displayName);
    const QString second = toQt(other->person.displayName);
    if (person->person.id == other->person.id) {
        printError(QStringLiteral("--person and --with both name %1: a pair needs two different people.").arg(first));
        return kExitFailure;
    }
    if (parser.isSet(o.remove)) {
        const auto pairs = rooms.keepApart(t.cohort.id);
        if (!pairs) {
            printError(models::describe(pairs.error()));
            return kExitFailure;
        }
        const auto a = std::min(person->person.id, other->person.id);
        const auto b = std::max(person->person.id, other->person.id);
        if (std::none_of(pairs.value().begin(), pairs.value().end(),
                         [a, b](const storage::KeepApartPair &p) { return p.first == a && p.second == b; })) {
            printError(QStringLiteral("%1 and %2 are not kept apart in '%3'.").arg(first, second, toQt(t.cohort.name)));
            return kExitFailure;
        }
        if (const auto removed = rooms.removeKeepApart(t.cohort.id, person->person.id, other->person.id); !removed) {
            printError(models::describe(removed.error()));
            return kExitFailure;
        }
        printText(QStringLiteral("%1 and %2 may share a room again. Re-plan the calls not yet run to use this.")
                      .arg(first, second));
        return kExitOk;
    }
    const QString reason = parser.value(o.reason).trimmed();
    if (const auto added = rooms.addKeepApart(t.cohort.id, person->person.id, other->person.id, toStd(reason)); !added) {
        printError(models::describe(added.error()));
        return kExitFailure;
    }
    printText(QStringLiteral("%1 and %2 are kept apart%3. Re-plan the calls not yet run to use this.")
                  .arg(first, second, reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
    return kExitOk;
}

int runHosts(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    int exitCode = kExitOk;
    const bool writes = arguments.contains(QStringLiteral("--in-rooms")) || arguments.contains(QStringLiteral("--out-of-rooms"));
    auto session = open(parser, arguments, {o.inRooms, o.outOfRooms}, writes, false, exitCode);
    if (!session)
        return exitCode;
    if (parser.isSet(o.inRooms) && parser.isSet(o.outOfRooms)) {
        printError(QStringLiteral("Give one of --in-rooms and --out-of-rooms, not both."));
        return kExitUsage;
    }
    const auto &t = session->target;
    storage::RoomsRepository rooms(*session->db);
    const auto describe = [&t](storage::HostsInRooms placement) {
        return placement == storage::HostsInRooms::LeftOut
                   ? QStringLiteral("The hosts of '%1' stay out of the rooms.").arg(toQt(t.cohort.name))
                   : QStringLiteral("The hosts of '%1' join the rooms, never two in one room.").arg(toQt(t.cohort.name));
    };
    if (!parser.isSet(o.inRooms) && !parser.isSet(o.outOfRooms)) {
        const auto current = rooms.hostsInRooms(t.cohort.id);
        if (!current) {
            printError(models::describe(current.error()));
            return kExitFailure;
        }
        printText(describe(current.value()));
        return kExitOk;
    }
    const auto placement = parser.isSet(o.outOfRooms) ? storage::HostsInRooms::LeftOut : storage::HostsInRooms::KeptApart;
    if (const auto set = rooms.setHostsInRooms(t.cohort.id, placement); !set) {
        printError(models::describe(set.error()));
        return kExitFailure;
    }
    printText(describe(placement) + QStringLiteral(" Re-plan the calls not yet run to use this."));
    return kExitOk;
}

} // namespace

int runRoomsCommand(const QStringList &arguments)
{
    return runSubcommand("rooms", arguments, kUsage, {
                             {"plan", runPlan},
                             {"show", runShow},
                             {"move", [](const QStringList &rest) { return runEdit(rest, false); }},
                             {"swap", [](const QStringList &rest) { return runEdit(rest, true); }},
                             {"role", runRoomRoleCommand},
                             {"record", runRecord},
                             {"export", runExport},
                             {"encounters", runEncounters},
                             {"keep-apart", runKeepApart},
                             {"hosts", runHosts},
                         });
}

} // namespace convener::cli
