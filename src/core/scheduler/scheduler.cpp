// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/scheduler.h"

#include "core/scheduler/schedulelimits.h"
#include "core/scheduler/schedulerbound.h"
#include "core/scheduler/schedulerdeadline.h"
#include "core/scheduler/schedulerdesigns.h"
#include "core/scheduler/schedulersearch.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace convener::core {

namespace {

using Clock = std::chrono::steady_clock;

// Work allowed for the exact per-round proofs of one plan, in search nodes:
// about a tenth of a second on the build machine, enough for every realistic
// call up to 40 people that needs a proof at all (bench_scheduler_calls).
constexpr std::int64_t kProofNodes = 2'000'000;

// Iterations without a better plan after which a search stops: a short wait
// before trying the proof, a long one when the proof could not close the gap.
std::int64_t shortStall(int people)
{
    return 400 + 20 * static_cast<std::int64_t>(people);
}

std::int64_t longStall(int people)
{
    return 5 * shortStall(people);
}

ScheduleError scheduleError(ScheduleErrorKind kind, std::string field)
{
    ScheduleError error;
    error.kind = kind;
    error.field = std::move(field);
    return error;
}

// Names person p among the error's facts: their number, and their name when
// the problem names people.
ScheduleError &about(ScheduleError &error, const ScheduleProblem &problem, int p)
{
    error.people.push_back(p);
    if (p >= 0 && p < static_cast<int>(problem.names.size()))
        error.names.push_back(problem.names[static_cast<size_t>(p)]);
    return error;
}

ScheduleError personError(ScheduleErrorKind kind, std::string field, const ScheduleProblem &problem, int p)
{
    ScheduleError error = scheduleError(kind, std::move(field));
    about(error, problem, p);
    return error;
}

ScheduleError unknownPerson(std::string field, int p)
{
    ScheduleError error = scheduleError(ScheduleErrorKind::UnknownPerson, std::move(field));
    error.count = p;
    return error;
}

std::string roundField(size_t t)
{
    return "rounds[" + std::to_string(t) + "]";
}

std::optional<ScheduleError> checkPeopleList(const ScheduleProblem &problem, const std::vector<int> &list,
                                             const std::string &field)
{
    std::set<int> seen;
    for (const int p : list) {
        if (p < 0 || p >= problem.people)
            return unknownPerson(field, p);
        if (!seen.insert(p).second)
            return personError(ScheduleErrorKind::ListedTwice, field, problem, p);
    }
    return std::nullopt;
}

// The size the round has fewer groups of is the odd one; on a tie, the size that
// differs from what was asked for.
std::vector<char> oddGroups(const std::vector<int> &sizes, int groupSize)
{
    std::map<int, int> count;
    for (const int s : sizes)
        ++count[s];
    std::vector<char> odd(sizes.size(), 0);
    if (count.size() < 2)
        return odd;
    const auto small = count.begin();
    const auto large = std::next(count.begin());
    int oddSize = small->second < large->second ? small->first : large->first;
    if (small->second == large->second)
        oddSize = small->first == groupSize ? large->first : small->first;
    for (size_t g = 0; g < sizes.size(); ++g)
        odd[g] = sizes[g] == oddSize ? 1 : 0;
    return odd;
}

// Can the constrained people of one round be placed so that no keep-apart pair
// shares a group? Only people with a keep-apart partner need placing; the rest
// fill whatever room is left. Returns false only when proven impossible.
class KeepApartCheck final
{
public:
    KeepApartCheck(std::vector<int> people, const std::vector<std::vector<int>> &apart, const std::vector<int> &sizes)
        : m_people(std::move(people))
        , m_apart(apart)
        , m_members(sizes.size())
        , m_small(sizes.back())
        , m_bigAllowed(static_cast<int>(std::count(sizes.begin(), sizes.end(), sizes.front())))
    {
        if (sizes.front() == sizes.back())
            m_bigAllowed = 0;
    }

    bool feasible() { return place(0); }

private:
    bool place(size_t index)
    {
        if (index == m_people.size())
            return true;
        if (++m_nodes > kNodeLimit)
            return true;
        const int p = m_people[index];
        bool triedEmpty = false;
        for (auto &group : m_members) {
            if (group.empty()) {
                if (triedEmpty)
                    continue;
                triedEmpty = true;
            }
            const int count = static_cast<int>(group.size());
            if (count > m_small || (count == m_small && m_bigUsed >= m_bigAllowed))
                continue;
            const bool clash = std::any_of(group.begin(), group.end(), [&](int q) {
                const auto &a = m_apart[static_cast<size_t>(p)];
                return std::find(a.begin(), a.end(), q) != a.end();
            });
            if (clash)
                continue;
            if (count == m_small)
                ++m_bigUsed;
            group.push_back(p);
            if (place(index + 1))
                return true;
            group.pop_back();
            if (count == m_small)
                --m_bigUsed;
        }
        return false;
    }

    static constexpr long kNodeLimit = 200'000;
    std::vector<int> m_people;
    const std::vector<std::vector<int>> &m_apart;
    std::vector<std::vector<int>> m_members;
    int m_small;
    int m_bigAllowed;
    int m_bigUsed = 0;
    long m_nodes = 0;
};

std::optional<ScheduleError> checkKeepApart(const ScheduleProblem &problem, size_t t, const std::vector<int> &present,
                                            const std::vector<int> &sizes)
{
    const int n = problem.people;
    std::vector<char> here(static_cast<size_t>(n), 0);
    for (const int p : present)
        here[static_cast<size_t>(p)] = 1;
    std::vector<std::vector<int>> apart(static_cast<size_t>(n));
    for (const auto &[a, b] : problem.keepApart) {
        if (a == b || !here[static_cast<size_t>(a)] || !here[static_cast<size_t>(b)])
            continue;
        auto &la = apart[static_cast<size_t>(a)];
        if (std::find(la.begin(), la.end(), b) == la.end()) {
            la.push_back(b);
            apart[static_cast<size_t>(b)].push_back(a);
        }
    }
    std::vector<int> constrained;
    for (const int p : present) {
        if (!apart[static_cast<size_t>(p)].empty())
            constrained.push_back(p);
    }
    if (constrained.empty())
        return std::nullopt;

    const int others = static_cast<int>(present.size()) - 1;
    const int smallest = sizes.back();
    for (const int p : constrained) {
        const int degree = static_cast<int>(apart[static_cast<size_t>(p)].size());
        if (others - degree < smallest - 1) {
            ScheduleError error = personError(ScheduleErrorKind::KeptApartFromTooMany, "keep_apart", problem, p);
            error.count = degree;
            error.present = static_cast<int>(present.size());
            error.round = static_cast<int>(t);
            error.groupSize = smallest;
            return error;
        }
    }
    const int groups = static_cast<int>(sizes.size());
    std::sort(constrained.begin(), constrained.end(), [&](int a, int b) {
        const auto da = apart[static_cast<size_t>(a)].size();
        const auto db = apart[static_cast<size_t>(b)].size();
        return da != db ? da > db : a < b;
    });
    for (const int start : constrained) {
        std::vector<int> clique{start};
        for (const int q : apart[static_cast<size_t>(start)]) {
            const bool all = std::all_of(clique.begin(), clique.end(), [&](int c) {
                const auto &a = apart[static_cast<size_t>(q)];
                return std::find(a.begin(), a.end(), c) != a.end();
            });
            if (all)
                clique.push_back(q);
        }
        if (static_cast<int>(clique.size()) > groups) {
            std::sort(clique.begin(), clique.end());
            ScheduleError error = scheduleError(ScheduleErrorKind::KeptApartMoreThanGroups, "keep_apart");
            for (const int c : clique)
                about(error, problem, c);
            error.round = static_cast<int>(t);
            error.groups = groups;
            return error;
        }
    }
    KeepApartCheck check(constrained, apart, sizes);
    if (!check.feasible()) {
        ScheduleError error = scheduleError(ScheduleErrorKind::KeepApartUnsplittable, "keep_apart");
        error.present = static_cast<int>(present.size());
        error.round = static_cast<int>(t);
        error.groups = groups;
        return error;
    }
    return std::nullopt;
}

std::int64_t millisecondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count();
}

struct PreparedSearch
{
    SearchInput input;
    std::vector<std::vector<int>> present;
};

// History as the search needs it: meeting counts and how recently each pair met.
void addHistory(SearchInput &input, const std::vector<ScheduleRound> &history)
{
    const int n = input.people;
    const size_t cells = static_cast<size_t>(n) * static_cast<size_t>(n);
    input.historyMeetings.assign(cells, 0);
    input.recencyCost.assign(cells, 0);
    const int span = std::max(1, static_cast<int>(history.size()) - 1);
    for (size_t h = 0; h < history.size(); ++h) {
        // Recency is a tie-breaker: 1 for the oldest round up to 15 for the latest.
        const int recency = 1 + static_cast<int>(14 * static_cast<int>(h) / span);
        for (const auto &group : history[h]) {
            for (size_t a = 0; a < group.size(); ++a) {
                for (size_t b = a + 1; b < group.size(); ++b) {
                    for (const auto ij : {static_cast<size_t>(group[a] * n + group[b]), static_cast<size_t>(group[b] * n + group[a])}) {
                        ++input.historyMeetings[ij];
                        input.recencyCost[ij] = recency;
                    }
                }
            }
        }
    }
}

void addKeepApart(SearchInput &input, const std::vector<std::pair<int, int>> &pairs)
{
    const int n = input.people;
    input.keepApart.assign(static_cast<size_t>(n) * static_cast<size_t>(n), 0);
    for (const auto &[a, b] : pairs) {
        if (a != b) {
            input.keepApart[static_cast<size_t>(a * n + b)] = 1;
            input.keepApart[static_cast<size_t>(b * n + a)] = 1;
        }
    }
}

SearchRound openRound(const ScheduleProblem &problem, size_t t, std::vector<int> present)
{
    const auto &request = problem.rounds[t];
    SearchRound round;
    round.sizes = roundGroupSizes(static_cast<int>(present.size()), request.groupSize, request.smallerGroups);
    round.oddGroup = oddGroups(round.sizes, request.groupSize);
    round.present = std::move(present);
    return round;
}

bool designFits(const ScheduleProblem &problem)
{
    if (problem.rounds.empty() || !problem.history.empty() || !problem.keepApart.empty())
        return false;
    const int k = problem.rounds.front().groupSize;
    return std::all_of(problem.rounds.begin(), problem.rounds.end(), [&](const ScheduleRoundRequest &r) {
        return r.groupSize == k && r.absent.empty() && r.late.empty();
    });
}

void tidy(std::vector<ScheduleRound> &rounds, size_t from, bool sortGroups)
{
    for (size_t t = from; t < rounds.size(); ++t) {
        for (auto &g : rounds[t])
            std::sort(g.begin(), g.end());
        if (sortGroups) {
            std::sort(rounds[t].begin(), rounds[t].end(), [](const ScheduleGroup &a, const ScheduleGroup &b) {
                return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
        }
    }
}

std::vector<int> oddSeats(const std::vector<SearchRound> &rounds)
{
    std::vector<int> seats;
    for (const SearchRound &round : rounds) {
        int s = 0;
        for (size_t g = 0; !round.frozen && g < round.oddGroup.size(); ++g) {
            if (round.oddGroup[g])
                s += round.groups.empty() ? round.sizes[g] : static_cast<int>(round.groups[g].size());
        }
        seats.push_back(s);
    }
    return seats;
}

std::vector<std::vector<int>> openPresent(const std::vector<SearchRound> &rounds)
{
    std::vector<std::vector<int>> present;
    for (const SearchRound &round : rounds)
        present.push_back(round.frozen ? std::vector<int>{} : round.present);
    return present;
}

} // namespace

std::vector<int> roundGroupSizes(int present, int groupSize, bool smallerGroups)
{
    const int k = groupSize;
    if (k < 2 || present < 2)
        return {};
    int groups = 0;
    if (smallerGroups) {
        if (present < k - 1)
            return {};
        groups = (present + k - 1) / k;
    } else {
        if (present < k)
            return {};
        groups = present / k;
        // More left over than groups to take one each: use smaller groups instead
        // of groups two or more above the size asked for.
        if (present - groups * k > groups)
            groups = (present + k - 1) / k;
    }
    while (groups > 1 && present / groups < 2)
        --groups;
    std::vector<int> sizes(static_cast<size_t>(groups), present / groups);
    for (int g = 0; g < present % groups; ++g)
        ++sizes[static_cast<size_t>(g)];
    return sizes;
}

std::vector<std::vector<int>> presentPeople(const ScheduleProblem &problem)
{
    const size_t rounds = problem.rounds.size();
    std::vector<size_t> joins(static_cast<size_t>(std::max(problem.people, 0)), 0);
    for (size_t t = 0; t < rounds; ++t) {
        for (const int p : problem.rounds[t].late) {
            if (p >= 0 && p < problem.people)
                joins[static_cast<size_t>(p)] = std::max(joins[static_cast<size_t>(p)], t);
        }
    }
    std::vector<std::vector<int>> present(rounds);
    for (size_t t = 0; t < rounds; ++t) {
        std::vector<char> away(joins.size(), 0);
        for (const int p : problem.rounds[t].absent) {
            if (p >= 0 && p < problem.people)
                away[static_cast<size_t>(p)] = 1;
        }
        for (int p = 0; p < problem.people; ++p) {
            if (!away[static_cast<size_t>(p)] && joins[static_cast<size_t>(p)] <= t)
                present[t].push_back(p);
        }
    }
    return present;
}

std::optional<ScheduleError> checkScheduleProblem(const ScheduleProblem &problem)
{
    // The maximums first: nothing below is worth doing for a request past them.
    const auto tooMany = [](ScheduleErrorKind kind, std::string field, size_t count, int limit) {
        ScheduleError error = scheduleError(kind, std::move(field));
        error.count = static_cast<long long>(count);
        error.limit = limit;
        return error;
    };
    if (problem.people > kScheduleMaxPeople)
        return tooMany(
            ScheduleErrorKind::TooManyPeople, "people", static_cast<size_t>(problem.people), kScheduleMaxPeople);
    if (problem.rounds.size() > static_cast<size_t>(kScheduleMaxRounds))
        return tooMany(ScheduleErrorKind::TooManyRounds, "rounds", problem.rounds.size(), kScheduleMaxRounds);
    if (problem.history.size() > static_cast<size_t>(kScheduleMaxHistoryRounds))
        return tooMany(
            ScheduleErrorKind::TooManyHistoryRounds, "history", problem.history.size(), kScheduleMaxHistoryRounds);
    if (problem.keepApart.size() > static_cast<size_t>(kScheduleMaxKeepApart))
        return tooMany(
            ScheduleErrorKind::TooManyKeptApart, "keep_apart", problem.keepApart.size(), kScheduleMaxKeepApart);
    if (problem.people < 2)
        return scheduleError(ScheduleErrorKind::TooFewPeople, "people");
    if (!problem.names.empty() && static_cast<int>(problem.names.size()) != problem.people)
        return scheduleError(ScheduleErrorKind::NamesMismatch, "people");
    for (size_t h = 0; h < problem.history.size(); ++h) {
        std::set<int> seen;
        for (size_t g = 0; g < problem.history[h].size(); ++g) {
            const std::string field = "history[" + std::to_string(h) + "][" + std::to_string(g) + "]";
            if (problem.history[h][g].size() > static_cast<size_t>(kScheduleMaxHistoryGroup))
                return tooMany(ScheduleErrorKind::HistoryGroupTooLarge, field, problem.history[h][g].size(),
                    kScheduleMaxHistoryGroup);
            for (const int p : problem.history[h][g]) {
                if (p < 0 || p >= problem.people)
                    return unknownPerson(field, p);
                if (!seen.insert(p).second)
                    return personError(ScheduleErrorKind::InTwoGroups, field, problem, p);
            }
        }
    }
    for (size_t i = 0; i < problem.keepApart.size(); ++i) {
        const auto [a, b] = problem.keepApart[i];
        const std::string field = "keep_apart[" + std::to_string(i) + "]";
        for (const int p : {a, b}) {
            if (p < 0 || p >= problem.people)
                return unknownPerson(field, p);
        }
        if (a == b)
            return personError(ScheduleErrorKind::KeptApartFromThemselves, field, problem, a);
    }
    std::map<int, size_t> lateFrom;
    for (size_t t = 0; t < problem.rounds.size(); ++t) {
        const auto &request = problem.rounds[t];
        const std::string field = roundField(t);
        if (request.groupSize < 2)
            return scheduleError(ScheduleErrorKind::GroupSizeBelowTwo, field + ".group_size");
        if (request.groupSize > kScheduleMaxGroupSize) {
            ScheduleError error = scheduleError(ScheduleErrorKind::NumberOutOfRange, field + ".group_size");
            error.text = std::to_string(request.groupSize);
            error.least = 2;
            error.limit = kScheduleMaxGroupSize;
            return error;
        }
        if (auto e = checkPeopleList(problem, request.absent, field + ".absent"))
            return e;
        if (auto e = checkPeopleList(problem, request.late, field + ".late"))
            return e;
        for (const int p : request.late) {
            if (std::find(request.absent.begin(), request.absent.end(), p) != request.absent.end())
                return personError(ScheduleErrorKind::LateAndAbsent, field + ".late", problem, p);
            const auto [it, fresh] = lateFrom.emplace(p, t);
            if (!fresh) {
                ScheduleError error = personError(ScheduleErrorKind::LateTwice, field + ".late", problem, p);
                error.round = static_cast<int>(it->second);
                return error;
            }
        }
    }
    const auto present = presentPeople(problem);
    for (size_t t = 0; t < problem.rounds.size(); ++t) {
        const auto &request = problem.rounds[t];
        const int here = static_cast<int>(present[t].size());
        const auto sizes = roundGroupSizes(here, request.groupSize, request.smallerGroups);
        if (sizes.empty()) {
            const int away = problem.people - here;
            const bool mostAway = away > here;
            ScheduleError error
                = scheduleError(mostAway ? ScheduleErrorKind::MostAway : ScheduleErrorKind::TooFewPresent,
                    roundField(t) + (mostAway ? ".absent" : ".group_size"));
            if (mostAway)
                error.count = away;
            error.present = here;
            error.groupSize = request.smallerGroups ? std::max(2, request.groupSize - 1) : request.groupSize;
            return error;
        }
        if (auto e = checkKeepApart(problem, t, present[t], sizes))
            return e;
    }
    return std::nullopt;
}

ScheduleStats evaluateSchedule(const ScheduleProblem &problem, const std::vector<ScheduleRound> &rounds)
{
    ScheduleStats stats = evaluatePlan(problem, rounds);
    stats.lowerBound = scheduleLowerBound(problem);
    stats.boundReached = stats.repeats <= stats.lowerBound;
    return stats;
}

ScheduleStats evaluatePlan(const ScheduleProblem &problem, const std::vector<ScheduleRound> &rounds)
{
    ScheduleStats stats;
    const int n = problem.people;
    std::vector<int> meetings(static_cast<size_t>(n) * static_cast<size_t>(n), 0);
    std::vector<char> apart(meetings.size(), 0);
    for (const auto &[a, b] : problem.keepApart) {
        apart[static_cast<size_t>(a * n + b)] = 1;
        apart[static_cast<size_t>(b * n + a)] = 1;
    }
    const auto forPairs = [n](const ScheduleGroup &group, const auto &visit) {
        for (size_t a = 0; a < group.size(); ++a) {
            for (size_t b = a + 1; b < group.size(); ++b)
                visit(static_cast<size_t>(group[a] * n + group[b]), static_cast<size_t>(group[b] * n + group[a]));
        }
    };
    for (const auto &round : problem.history) {
        for (const auto &group : round)
            forPairs(group, [&](size_t ij, size_t ji) { ++meetings[ij], ++meetings[ji]; });
    }
    std::vector<char> plannedPair(meetings.size(), 0);
    for (const auto &round : rounds) {
        for (const auto &group : round) {
            forPairs(group, [&](size_t ij, size_t ji) {
                if (meetings[ij] > 0)
                    ++stats.repeats;
                if (apart[ij])
                    ++stats.keepApartViolations;
                ++meetings[ij];
                ++meetings[ji];
                plannedPair[ij] = 1;
            });
        }
    }
    for (size_t ij = 0; ij < meetings.size(); ++ij) {
        if (plannedPair[ij])
            stats.maxPairMeetings = std::max(stats.maxPairMeetings, meetings[ij]);
    }
    return stats;
}

ScheduleProblem uniformScheduleProblem(int people, int groupSize, int rounds, bool smallerGroups)
{
    ScheduleProblem problem;
    problem.people = people;
    ScheduleRoundRequest request;
    request.groupSize = groupSize;
    request.smallerGroups = smallerGroups;
    problem.rounds.assign(static_cast<size_t>(std::max(rounds, 0)), request);
    return problem;
}

ScheduleResult planSchedule(const ScheduleProblem &problem, const ScheduleOptions &options)
{
    // One deadline for the whole run, counted from here: the checks, the
    // start, the bounds and the proof spend the time limit as the search does.
    const ScheduleDeadline deadline(options);
    const auto started = deadline.started();
    ScheduleResult result;
    if (auto e = checkScheduleProblem(problem)) {
        result.error = std::move(e);
        return result;
    }
    SearchInput input;
    input.people = problem.people;
    addHistory(input, problem.history);
    addKeepApart(input, problem.keepApart);
    const auto present = presentPeople(problem);
    for (size_t t = 0; t < problem.rounds.size(); ++t)
        input.rounds.push_back(openRound(problem, t, present[t]));
    if (options.useDesigns && designFits(problem) && problem.people % problem.rounds.front().groupSize == 0) {
        if (auto design = knownDesign(problem.people, problem.rounds.front().groupSize, static_cast<int>(problem.rounds.size()))) {
            // Renamed by the seed, so that another seed gives another plan, as it does without a design.
            const auto renamed = relabelledDesign(*design, problem.people, options.seed);
            for (size_t t = 0; t < renamed.size(); ++t)
                input.rounds[t].groups = renamed[t];
        }
    }
    input.repeatTarget = scheduleLowerBound(problem, deadline);
    input.oddTarget = minimumOddLoad(problem.people, openPresent(input.rounds), oddSeats(input.rounds), deadline);
    // A first, short search: on realistic calls its plan is already optimal,
    // and what is missing is the proof, not a better plan.
    input.stallStop = shortStall(problem.people);

    SearchOutput out = runScheduleSearch(input, options, deadline);
    std::int64_t iterations = out.iterations;
    ScheduleStats stats = evaluatePlan(problem, out.rounds);
    int lowerBound = input.repeatTarget;
    if (stats.repeats > lowerBound && !out.stoppedEarly && !deadline.passed()) {
        // Prove it: the exact minimum of each round on its own.
        const PlanBound proof = planLowerBound(problem, out.rounds, kProofNodes, deadline);
        lowerBound = std::max(lowerBound, proof.lowerBound);
        const bool better = std::any_of(proof.betterRounds.begin(), proof.betterRounds.end(), [](const auto &r) { return r.has_value(); });
        if ((stats.repeats > lowerBound || better) && !deadline.passed()) {
            // Not closed: search on from the plan (and any better round the
            // proof turned up) until the bound, the limit or a long stall.
            for (size_t t = 0; t < input.rounds.size(); ++t)
                input.rounds[t].groups = proof.betterRounds[t] ? *proof.betterRounds[t] : out.rounds[t];
            input.repeatTarget = lowerBound;
            // With history the proof is strong, and a gap it leaves is most
            // often a bound short of the optimum: wait for a long stall, no
            // more. Without history the bound is only counting, and a plan
            // with no repeats may take the whole limit to find (instance j of
            // the shared benchmark), so the search runs to the limit as before.
            input.stallStop = problem.history.empty() ? 0 : longStall(problem.people);
            SearchOutput more = runScheduleSearch(input, options, deadline);
            iterations += more.iterations;
            const ScheduleStats moreStats = evaluatePlan(problem, more.rounds);
            if (moreStats.repeats <= stats.repeats) {
                out = std::move(more);
                stats = moreStats;
            } else {
                out.stoppedEarly = more.stoppedEarly;
            }
        }
    }
    result.rounds = std::move(out.rounds);
    tidy(result.rounds, 0, true);
    result.stats = stats;
    result.stats.lowerBound = std::max(stats.lowerBound, lowerBound);
    result.stats.boundReached = result.stats.repeats <= result.stats.lowerBound;
    result.stats.iterations = iterations;
    result.stats.stoppedEarly = out.stoppedEarly && !result.stats.boundReached;
    result.stats.planFoundUs = std::chrono::duration_cast<std::chrono::microseconds>(out.bestFoundAt - started).count();
    result.stats.elapsedMs = millisecondsBetween(started, deadline.now());
    return result;
}

ScheduleResult replanSchedule(const ScheduleProblem &problem, const std::vector<ScheduleRound> &previous,
                              int startedRounds, const ScheduleOptions &options)
{
    const ScheduleDeadline deadline(options);
    const auto started = deadline.started();
    ScheduleResult result;
    if (auto e = checkScheduleProblem(problem)) {
        result.error = std::move(e);
        return result;
    }
    const size_t fixedCount = static_cast<size_t>(std::max(startedRounds, 0));
    if (fixedCount > previous.size() || fixedCount > problem.rounds.size()) {
        result.error = scheduleError(ScheduleErrorKind::StartedRoundsBeyondPlan, "started_rounds");
        return result;
    }
    for (size_t t = 0; t < previous.size(); ++t) {
        std::set<int> seen;
        for (const auto &group : previous[t]) {
            for (const int p : group) {
                if (p < 0 || p >= problem.people || !seen.insert(p).second) {
                    result.error
                        = scheduleError(ScheduleErrorKind::PreviousRoundInvalid, "previous[" + std::to_string(t) + "]");
                    return result;
                }
            }
        }
    }

    // The rounds that have started count as history for the bound and the search.
    ScheduleProblem rest = problem;
    rest.history.insert(rest.history.end(), previous.begin(), previous.begin() + static_cast<std::ptrdiff_t>(fixedCount));
    rest.rounds.erase(rest.rounds.begin(), rest.rounds.begin() + static_cast<std::ptrdiff_t>(fixedCount));

    SearchInput input;
    input.people = problem.people;
    addHistory(input, problem.history);
    addKeepApart(input, problem.keepApart);
    const auto present = presentPeople(problem);
    std::vector<std::vector<int>> slotOfOld(problem.rounds.size());
    for (size_t t = 0; t < problem.rounds.size(); ++t) {
        if (t < fixedCount) {
            SearchRound round;
            round.groups = previous[t];
            round.oddGroup.assign(round.groups.size(), 0);
            for (const auto &g : round.groups)
                round.present.insert(round.present.end(), g.begin(), g.end());
            std::sort(round.present.begin(), round.present.end());
            round.frozen = true;
            input.rounds.push_back(std::move(round));
            continue;
        }
        SearchRound round = openRound(problem, t, present[t]);
        if (t < previous.size()) {
            // Keep the old groups in their old order, dropping those with the fewest
            // people still present when the round now has fewer groups.
            std::vector<char> here(static_cast<size_t>(problem.people), 0);
            for (const int p : round.present)
                here[static_cast<size_t>(p)] = 1;
            const auto &old = previous[t];
            std::vector<std::vector<int>> staying(old.size());
            for (size_t g = 0; g < old.size(); ++g) {
                for (const int p : old[g]) {
                    if (here[static_cast<size_t>(p)])
                        staying[g].push_back(p);
                }
            }
            std::vector<size_t> order(old.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return staying[a].size() > staying[b].size(); });
            const size_t groups = round.sizes.size();
            std::vector<char> kept(old.size(), 0);
            for (size_t i = 0; i < std::min(groups, order.size()); ++i)
                kept[order[i]] = 1;
            auto &slot = slotOfOld[t];
            slot.assign(old.size(), -1);
            std::vector<std::vector<int>> members;
            for (size_t g = 0; g < old.size(); ++g) {
                if (kept[g]) {
                    slot[g] = static_cast<int>(members.size());
                    members.push_back(staying[g]);
                }
            }
            members.resize(groups);
            // Larger sizes go to the slots holding the most people already.
            std::vector<size_t> bySize(groups);
            std::iota(bySize.begin(), bySize.end(), 0);
            std::stable_sort(bySize.begin(), bySize.end(), [&](size_t a, size_t b) { return members[a].size() > members[b].size(); });
            std::vector<int> capacity(groups);
            for (size_t i = 0; i < groups; ++i)
                capacity[bySize[i]] = round.sizes[i];
            std::vector<int> pool;
            std::vector<char> placed(static_cast<size_t>(problem.people), 0);
            round.anchor.assign(static_cast<size_t>(problem.people), -1);
            for (size_t g = 0; g < groups; ++g) {
                auto &m = members[g];
                for (const int p : m)
                    round.anchor[static_cast<size_t>(p)] = static_cast<int>(g);
                while (static_cast<int>(m.size()) > capacity[g]) {
                    pool.push_back(m.back());
                    m.pop_back();
                }
                for (const int p : m)
                    placed[static_cast<size_t>(p)] = 1;
            }
            for (const int p : round.present) {
                if (!placed[static_cast<size_t>(p)] && std::find(pool.begin(), pool.end(), p) == pool.end())
                    pool.push_back(p);
            }
            size_t next = 0;
            for (size_t g = 0; g < groups; ++g) {
                while (static_cast<int>(members[g].size()) < capacity[g])
                    members[g].push_back(pool[next++]);
            }
            round.groups = members;
            round.sizes = capacity;
            round.oddGroup = oddGroups(capacity, problem.rounds[t].groupSize);
        }
        input.rounds.push_back(std::move(round));
    }
    const int fixedRepeats = evaluatePlan(problem,
        std::vector<ScheduleRound>(previous.begin(), previous.begin() + static_cast<std::ptrdiff_t>(fixedCount)))
                                 .repeats;
    input.repeatTarget = fixedRepeats + scheduleLowerBound(rest, deadline);
    input.oddTarget = minimumOddLoad(problem.people, openPresent(input.rounds), oddSeats(input.rounds), deadline);

    SearchOutput out = runScheduleSearch(input, options, deadline);
    result.rounds = std::move(out.rounds);
    int lowerBound = input.repeatTarget;
    result.stats = evaluatePlan(problem, result.rounds);
    if (result.stats.repeats > lowerBound && !deadline.passed()) {
        // The same proof as for a fresh plan, over the rounds still open: their
        // history includes the started rounds, whose own repeats are fixed.
        const std::vector<ScheduleRound> open(result.rounds.begin() + static_cast<std::ptrdiff_t>(fixedCount), result.rounds.end());
        lowerBound = std::max(lowerBound, fixedRepeats + planLowerBound(rest, open, kProofNodes, deadline).lowerBound);
    }
    result.stats.lowerBound = lowerBound;
    result.stats.boundReached = result.stats.repeats <= lowerBound;
    for (size_t t = fixedCount; t < std::min(previous.size(), result.rounds.size()); ++t) {
        std::vector<int> groupNow(static_cast<size_t>(problem.people), -1);
        for (size_t g = 0; g < result.rounds[t].size(); ++g) {
            for (const int p : result.rounds[t][g])
                groupNow[static_cast<size_t>(p)] = static_cast<int>(g);
        }
        for (size_t g = 0; g < previous[t].size(); ++g) {
            for (const int p : previous[t][g]) {
                if (groupNow[static_cast<size_t>(p)] >= 0 && groupNow[static_cast<size_t>(p)] != slotOfOld[t][g])
                    ++result.stats.moved;
            }
        }
    }
    tidy(result.rounds, fixedCount, false);
    result.stats.iterations = out.iterations;
    result.stats.stoppedEarly = out.stoppedEarly && !result.stats.boundReached;
    result.stats.planFoundUs = std::chrono::duration_cast<std::chrono::microseconds>(out.bestFoundAt - started).count();
    result.stats.elapsedMs = millisecondsBetween(started, deadline.now());
    return result;
}

} // namespace convener::core
