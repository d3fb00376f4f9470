// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/roomplanner.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <tuple>
#include <unordered_map>

namespace convener::core {

namespace {

// Empty for someone without a name (a person removed from the cohort who is in
// a recorded round): models name them by their id.
std::string personName(const RoomPlanRequest &request, PersonId person)
{
    const auto it = request.names.find(person);
    return it != request.names.end() ? it->second : std::string();
}

// Where the scheduler found the problem ("rounds[2].absent", "keep_apart", ...)
// as what a host knows: the round of the call and its step, the keep-apart
// pairs, or the number of people. The people the error names are given by
// their ids too.
RoomPlanFailure planFailure(
    const ScheduleError &error, const RoomPlanRequest &request, const std::vector<PersonId> &ids)
{
    RoomPlanFailure failure;
    failure.cause = error;
    for (const int p : error.people)
        failure.people.push_back(
            p >= 0 && static_cast<size_t>(p) < ids.size() ? ids[static_cast<size_t>(p)] : PersonId { 0 });
    const std::string prefix = "rounds[";
    if (error.field.rfind(prefix, 0) == 0) {
        const size_t close = error.field.find(']');
        if (close != std::string::npos) {
            const std::string digits = error.field.substr(prefix.size(), close - prefix.size());
            const bool number = !digits.empty() && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (number && digits.size() < 6) {
                const size_t index = static_cast<size_t>(std::stoi(digits));
                failure.kind = RoomPlanFailure::Kind::RoundUnplannable;
                failure.round = static_cast<int>(index) + 1;
                if (index < request.rounds.size())
                    failure.stepTitle = request.rounds[index].stepTitle;
                return failure;
            }
        }
    }
    if (error.field.rfind("keep_apart", 0) == 0)
        failure.kind = RoomPlanFailure::Kind::KeepApartUnplannable;
    else if (error.field == "people")
        failure.kind = RoomPlanFailure::Kind::TooFewPeople;
    return failure;
}

int pairCount(const std::vector<RoomRound> &rounds)
{
    int pairs = 0;
    for (const auto &round : rounds) {
        for (const auto &room : round.rooms) {
            const int n = static_cast<int>(room.seats.size());
            pairs += n * (n - 1) / 2;
        }
    }
    return pairs;
}

// The scheduler makes floor(n/k) groups of k or k+1 by default. When k+1 is
// more than the step's roles allow (a Case Clinic of seven) and ceil(n/k)
// groups of k or k-1 still fill every role, the smaller groups suit the step.
bool smallerGroupsFit(const BreakoutRound &round, int present)
{
    if (!round.maxGroupSize)
        return false;
    const auto usual = roundGroupSizes(present, round.groupSize, false);
    if (usual.empty() || usual.front() <= *round.maxGroupSize)
        return false;
    const auto smaller = roundGroupSizes(present, round.groupSize, true);
    return !smaller.empty() && smaller.back() >= round.minGroupSize.value_or(2);
}

// An exhaustive search for one round: can the present people fill rooms of
// these sizes with at most `budget` pairs who have met, and no keep-apart
// pair together? People with the most earlier encounters are placed first,
// and of several empty rooms of one size only the first is tried, which
// keeps a cohort of 20-30 to thousands of steps. Gives up (nullopt) past
// kNodeLimit steps.
class ExactRound final
{
public:
    static constexpr long kNodeLimit = 200000;

    ExactRound(std::vector<std::vector<int>> met, std::vector<std::vector<char>> apart, std::vector<int> people,
               std::vector<int> sizes)
        : m_met(std::move(met)), m_apart(std::move(apart)), m_people(std::move(people)), m_sizes(std::move(sizes))
    {
        const auto known = [this](int p) {
            return std::count_if(m_met[static_cast<size_t>(p)].begin(), m_met[static_cast<size_t>(p)].end(), [](int n) { return n > 0; });
        };
        std::stable_sort(m_people.begin(), m_people.end(), [&](int a, int b) { return known(a) > known(b); });
    }

    // The groups when a split within budget exists, empty when none does, nullopt when the search gave up.
    std::optional<std::vector<ScheduleGroup>> within(int budget)
    {
        m_rooms.assign(m_sizes.size(), {});
        m_nodes = 0;
        m_gaveUp = false;
        if (place(0, budget))
            return m_rooms;
        if (m_gaveUp)
            return std::nullopt;
        return std::vector<ScheduleGroup>{};
    }

private:
    bool place(size_t i, int budget)
    {
        if (++m_nodes > kNodeLimit) {
            m_gaveUp = true;
            return false;
        }
        if (i == m_people.size())
            return true;
        const int p = m_people[i];
        std::set<int> emptyTried;
        for (size_t r = 0; r < m_rooms.size() && !m_gaveUp; ++r) {
            auto &room = m_rooms[r];
            if (static_cast<int>(room.size()) >= m_sizes[r])
                continue;
            if (room.empty() && !emptyTried.insert(m_sizes[r]).second)
                continue;
            int cost = 0;
            bool allowed = true;
            for (const int q : room) {
                cost += m_met[static_cast<size_t>(p)][static_cast<size_t>(q)] > 0 ? 1 : 0;
                allowed = allowed && !m_apart[static_cast<size_t>(p)][static_cast<size_t>(q)];
            }
            if (!allowed || cost > budget)
                continue;
            room.push_back(p);
            if (place(i + 1, budget - cost))
                return true;
            room.pop_back();
        }
        return false;
    }

    std::vector<std::vector<int>> m_met;
    std::vector<std::vector<char>> m_apart;
    std::vector<int> m_people;
    std::vector<int> m_sizes;
    std::vector<ScheduleGroup> m_rooms;
    long m_nodes = 0;
    bool m_gaveUp = false;
};

// When one round is left to plan, the scheduler's bound (what must repeat)
// can sit below what cannot be avoided. An exhaustive search settles it: the
// true minimum for the round, and a plan reaching it when the search found
// fewer repeats than the scheduler did (for a fresh plan only; a re-plan keeps
// people close to their rooms instead). Leaves result alone when the search
// gives up.
void settleLastRound(const ScheduleProblem &problem, size_t keptRounds, bool fresh, ScheduleResult &result)
{
    if (problem.rounds.size() != keptRounds + 1 || result.stats.repeats <= result.stats.lowerBound)
        return;
    const size_t n = static_cast<size_t>(problem.people);
    std::vector<std::vector<int>> met(n, std::vector<int>(n, 0));
    int fixedRepeats = 0;
    const auto meet = [&met, &fixedRepeats](const ScheduleRound &round, bool count) {
        for (const auto &group : round) {
            for (size_t a = 0; a < group.size(); ++a) {
                for (size_t b = a + 1; b < group.size(); ++b) {
                    auto &m = met[static_cast<size_t>(group[a])][static_cast<size_t>(group[b])];
                    fixedRepeats += count && m > 0 ? 1 : 0;
                    ++m;
                    met[static_cast<size_t>(group[b])][static_cast<size_t>(group[a])] = m;
                }
            }
        }
    };
    for (const auto &round : problem.history)
        meet(round, false);
    for (size_t t = 0; t < keptRounds; ++t)
        meet(result.rounds[t], true);
    std::vector<std::vector<char>> apart(n, std::vector<char>(n, 0));
    for (const auto &[a, b] : problem.keepApart) {
        apart[static_cast<size_t>(a)][static_cast<size_t>(b)] = 1;
        apart[static_cast<size_t>(b)][static_cast<size_t>(a)] = 1;
    }
    const auto present = presentPeople(problem)[keptRounds];
    const auto &request = problem.rounds[keptRounds];
    ExactRound exact(std::move(met), std::move(apart), present,
                     roundGroupSizes(static_cast<int>(present.size()), request.groupSize, request.smallerGroups));
    const int planned = result.stats.repeats - fixedRepeats;
    for (int budget = std::max(0, result.stats.lowerBound - fixedRepeats); budget < planned; ++budget) {
        const auto found = exact.within(budget);
        if (!found)
            return;
        if (found->empty())
            continue;
        if (!fresh) {
            result.stats.lowerBound = fixedRepeats + budget;
            result.stats.boundReached = false;
            return;
        }
        result.rounds[keptRounds] = *found;
        const auto stats = evaluateSchedule(problem, result.rounds);
        result.stats.repeats = stats.repeats;
        result.stats.maxPairMeetings = stats.maxPairMeetings;
        result.stats.lowerBound = stats.repeats;
        result.stats.boundReached = true;
        return;
    }
    // No split has fewer repeats than the plan: the plan is the minimum.
    result.stats.lowerBound = result.stats.repeats;
    result.stats.boundReached = true;
}

} // namespace

RoomPlanner::RoomPlanner(ScheduleOptions options, int attempts)
    : m_options(std::move(options)), m_attempts(std::max(1, attempts))
{
}

RoomPlanOutcome RoomPlanner::plan(const RoomPlanRequest &request) const
{
    return run(request, {});
}

RoomPlanOutcome RoomPlanner::replan(const RoomPlanRequest &request, const std::vector<RoomRound> &previous) const
{
    return run(request, previous);
}

ScheduleProblem RoomPlanner::scheduleProblem(const RoomPlanRequest &request, const std::vector<RoomRound> &kept,
                                             std::vector<PersonId> &ids)
{
    ids.clear();
    std::unordered_map<PersonId, int> index;
    const auto add = [&](PersonId p) {
        if (index.emplace(p, static_cast<int>(ids.size())).second)
            ids.push_back(p);
    };
    for (const PersonId p : request.people)
        add(p);
    for (const auto &round : kept) {
        for (const PersonId p : round.people())
            add(p);
    }
    const std::set<PersonId> planned(request.people.begin(), request.people.end());

    ScheduleProblem problem;
    problem.people = static_cast<int>(ids.size());
    for (const PersonId p : ids)
        problem.names.push_back(personName(request, p));
    for (const auto &round : request.history) {
        ScheduleRound mapped;
        std::set<int> seen;
        for (const auto &group : round) {
            ScheduleGroup g;
            for (const PersonId p : group) {
                const auto it = index.find(p);
                if (it != index.end() && seen.insert(it->second).second)
                    g.push_back(it->second);
            }
            if (g.size() >= 2)
                mapped.push_back(std::move(g));
        }
        if (!mapped.empty())
            problem.history.push_back(std::move(mapped));
    }
    std::set<std::pair<int, int>> apart;
    for (const auto &[a, b] : request.keepApart) {
        const auto ia = index.find(a);
        const auto ib = index.find(b);
        if (ia != index.end() && ib != index.end() && ia->second != ib->second)
            apart.insert(std::minmax(ia->second, ib->second));
    }
    problem.keepApart.assign(apart.begin(), apart.end());

    for (size_t t = 0; t < request.rounds.size(); ++t) {
        ScheduleRoundRequest r;
        r.groupSize = request.rounds[t].groupSize;
        std::set<int> away;
        if (t < kept.size()) {
            std::vector<char> here(ids.size(), 0);
            for (const PersonId p : kept[t].people())
                here[static_cast<size_t>(index.at(p))] = 1;
            for (size_t i = 0; i < ids.size(); ++i) {
                if (!here[i])
                    away.insert(static_cast<int>(i));
            }
        } else {
            const int number = static_cast<int>(t) + 1;
            for (size_t i = 0; i < ids.size(); ++i) {
                const PersonId p = ids[i];
                if (!planned.count(p)) {
                    away.insert(static_cast<int>(i));
                    continue;
                }
                const auto late = request.joinsAt.find(p);
                if (late != request.joinsAt.end() && (late->second <= 0 || late->second > number))
                    away.insert(static_cast<int>(i));
            }
            if (t < request.absentFromRound.size()) {
                for (const PersonId p : request.absentFromRound[t]) {
                    if (const auto it = index.find(p); it != index.end())
                        away.insert(it->second);
                }
            }
        }
        r.absent.assign(away.begin(), away.end());
        r.smallerGroups = smallerGroupsFit(request.rounds[t], static_cast<int>(ids.size() - away.size()));
        problem.rounds.push_back(std::move(r));
    }
    return problem;
}

RoomPlanOutcome RoomPlanner::run(const RoomPlanRequest &request, const std::vector<RoomRound> &previous) const
{
    RoomPlanOutcome outcome;
    if (request.rounds.empty()) {
        outcome.error = RoomPlanFailure { RoomPlanFailure::Kind::NoBreakoutSteps, 0, {}, {}, {} };
        return outcome;
    }
    std::vector<RoomRound> kept;
    for (const auto &round : previous) {
        if (!round.recorded() || kept.size() >= request.rounds.size())
            break;
        kept.push_back(round);
    }
    if (kept.size() == request.rounds.size()) {
        outcome.error = RoomPlanFailure { RoomPlanFailure::Kind::NothingLeftToPlan, 0, {}, {}, {} };
        return outcome;
    }

    std::vector<PersonId> ids;
    const ScheduleProblem problem = scheduleProblem(request, kept, ids);
    std::unordered_map<PersonId, int> index;
    for (size_t i = 0; i < ids.size(); ++i)
        index.emplace(ids[i], static_cast<int>(i));

    std::vector<ScheduleRound> old;
    if (!previous.empty()) {
        for (size_t t = 0; t < std::min(previous.size(), request.rounds.size()); ++t) {
            ScheduleRound round;
            for (const auto &room : previous[t].rooms) {
                ScheduleGroup g;
                for (const auto &seat : room.seats) {
                    if (const auto it = index.find(seat.person); it != index.end())
                        g.push_back(it->second);
                }
                round.push_back(std::move(g));
            }
            old.push_back(std::move(round));
        }
    }
    const auto now = [this]() { return m_options.clock ? m_options.clock() : std::chrono::steady_clock::now(); };
    const auto started = now();
    ScheduleResult result;
    for (int attempt = 0; attempt < m_attempts; ++attempt) {
        ScheduleOptions options = m_options;
        options.seed = m_options.seed + static_cast<std::uint64_t>(attempt) * 0x9E3779B97F4A7C15ULL;
        const auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(now() - started);
        if (attempt > 0 && spent >= m_options.timeLimit)
            break;
        options.timeLimit = (m_options.timeLimit - spent) / (m_attempts - attempt);
        ScheduleResult next = previous.empty() ? planSchedule(problem, options)
                                               : replanSchedule(problem, old, static_cast<int>(kept.size()), options);
        if (!next.ok()) {
            if (attempt == 0)
                result = std::move(next);
            break;
        }
        const auto rank = [](const ScheduleStats &s) { return std::make_tuple(s.repeats, s.maxPairMeetings, s.moved); };
        if (attempt == 0 || rank(next.stats) < rank(result.stats))
            result = std::move(next);
        if (result.stats.boundReached || (m_options.cancel && m_options.cancel->load()))
            break;
    }
    if (!result.ok()) {
        outcome.error = planFailure(*result.error, request, ids);
        return outcome;
    }
    settleLastRound(problem, kept.size(), previous.size() <= kept.size(), result);

    RoleHistory roles = request.roles;
    for (size_t t = 0; t < result.rounds.size(); ++t) {
        if (t < kept.size()) {
            outcome.rounds.push_back(kept[t]);
            roles.addRound(kept[t]);
            continue;
        }
        const BreakoutRound &step = request.rounds[t];
        RoomRound round;
        round.number = static_cast<int>(t) + 1;
        round.stepId = step.stepId;
        round.stepTitle = step.stepTitle;
        round.groupSize = step.groupSize;
        std::vector<std::vector<PersonId>> groups;
        for (const auto &group : result.rounds[t]) {
            std::vector<PersonId> g;
            for (const int p : group)
                g.push_back(ids[static_cast<size_t>(p)]);
            if (!g.empty())
                groups.push_back(std::move(g));
        }
        round.rooms = roomsFromGroups(groups);
        assignRoomRoles(round, step, roles);
        roles.addRound(round);
        outcome.rounds.push_back(std::move(round));
    }

    auto &s = outcome.summary;
    s.rounds = static_cast<int>(outcome.rounds.size());
    s.repeats = result.stats.repeats;
    s.unavoidable = result.stats.lowerBound;
    s.newEncounters = pairCount(outcome.rounds) - s.repeats;
    s.maxPairMeetings = result.stats.maxPairMeetings;
    s.moved = result.stats.moved;
    s.stoppedEarly = result.stats.stoppedEarly;
    return outcome;
}

} // namespace convener::core
