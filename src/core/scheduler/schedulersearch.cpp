// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulersearch.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace convener::core {

namespace {

// Weights that keep the cost lexicographic in practice: one unit of a level
// outweighs anything a single swap can change in the levels below it. Moves (re-
// planning) share the repeats' level: moving two people costs one repeat, which
// keeps announced rooms mostly intact without accepting many avoidable repeats.
constexpr std::int64_t kViolation = std::int64_t{1} << 42;
constexpr std::int64_t kRepeat = std::int64_t{1} << 32;
constexpr std::int64_t kMove = std::int64_t{1} << 31;
constexpr std::int64_t kOdd = std::int64_t{1} << 16;
constexpr std::int64_t kSpread = 16;

// Few candidates per iteration keep large rounds cheap; conflicts are sampled.
constexpr int kMaxCandidates = 48;
constexpr int kTenureMin = 4;
constexpr int kTenureSpan = 12;
constexpr std::int64_t kClockEvery = 64;
// Work (pairs looked at) after which the clock is read whatever the iteration:
// well under a millisecond, so large rounds stop close to the deadline.
constexpr std::int64_t kClockWork = 100'000;

// splitmix64: small, fast and the same on every platform, unlike the standard distributions.
class Random final
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint64_t>(bound)); }

private:
    std::uint64_t m_state;
};

struct RoundState
{
    std::vector<std::vector<int>> groups;
    std::vector<int> where;                                  // per person, -1 when absent
    std::vector<char> odd;
    std::vector<int> anchor;
    std::vector<int> present;
    std::vector<int> sizes;
    bool frozen = false;
};

class TabuSearch final
{
public:
    TabuSearch(const SearchInput &input, std::uint64_t seed, const ScheduleDeadline &deadline);

    SearchOutput run(const ScheduleOptions &options);

private:
    size_t pairIndex(int i, int j) const { return static_cast<size_t>(i) * static_cast<size_t>(m_n) + static_cast<size_t>(j); }
    // Cost of a pair's meeting count rising from m to m+1 in a planned round.
    std::int64_t step(size_t ij, int m) const
    {
        std::int64_t c = kSpread * (2 * m + 1);
        if (m_input.historyMeetings[ij] > 0)
            c += kRepeat + m_input.recencyCost[ij];
        else if (m >= 1)
            c += kRepeat;
        if (m_input.keepApart[ij])
            c += kViolation;
        return c;
    }
    std::int64_t joinCost(int p, int q) const
    {
        const size_t ij = pairIndex(p, q);
        return step(ij, m_meet[ij]);
    }
    std::int64_t leaveGain(int p, int q) const
    {
        const size_t ij = pairIndex(p, q);
        return step(ij, m_meet[ij] - 1);
    }
    void meet(int i, int j);
    void unmeet(int i, int j);
    void place(RoundState &round, int p, int g);
    void fillGreedily(RoundState &round);
    void fillInOrder(RoundState &round);
    void loadFrom(const std::vector<std::vector<std::vector<int>>> &groups);
    std::vector<std::vector<std::vector<int>>> snapshot() const;
    void applySwap(RoundState &round, int a, int b);
    bool isCandidate(const RoundState &round, int p, int minOdd) const;
    int repeats() const { return m_encounters - m_newPairs; }
    bool primaryReached() const { return m_violations == 0 && repeats() <= m_input.repeatTarget; }
    // Below the repeats there is no bound for the spread or recency of repeats with
    // history, nor for people moved; only these cases are provably optimal.
    bool secondaryOptimal() const
    {
        return m_oddLoad == m_input.oddTarget && (!m_hasAnchors || m_moved == 0)
            && (repeats() == 0 || (m_third == 0 && m_historyEncounters == 0));
    }
    void perturb();

    const SearchInput &m_input;
    const ScheduleDeadline &m_deadline;
    int m_n;
    Random m_random;
    std::vector<RoundState> m_rounds;
    std::vector<int> m_meet;
    std::vector<int> m_oddCount;
    std::vector<char> m_partnered; // per person: kept apart from someone (fillInOrder)
    std::vector<int> m_tabuGroup;                            // per (round, person): the group just left
    std::vector<std::int64_t> m_tabuUntil;
    std::int64_t m_cost = 0;
    std::int64_t m_oddLoad = 0;
    int m_encounters = 0;
    int m_newPairs = 0;
    int m_violations = 0;
    int m_third = 0;                                         // encounters that bring a pair to 3+ meetings
    int m_historyEncounters = 0;
    int m_moved = 0;
    bool m_hasAnchors = false;
};

TabuSearch::TabuSearch(const SearchInput &input, std::uint64_t seed, const ScheduleDeadline &deadline)
    : m_input(input)
    , m_deadline(deadline)
    , m_n(input.people)
    , m_random(seed)
{
    m_meet = input.historyMeetings;
    m_oddCount.assign(static_cast<size_t>(m_n), 0);
    for (const SearchRound &in : input.rounds) {
        RoundState round;
        round.present = in.present;
        round.sizes = in.sizes;
        if (!in.groups.empty()) {
            round.sizes.clear();
            for (const auto &g : in.groups)
                round.sizes.push_back(static_cast<int>(g.size()));
        }
        round.odd = in.oddGroup;
        round.odd.resize(round.sizes.size(), 0);
        round.anchor = in.anchor;
        round.anchor.resize(static_cast<size_t>(m_n), -1);
        round.frozen = in.frozen;
        round.where.assign(static_cast<size_t>(m_n), -1);
        round.groups.resize(round.sizes.size());
        for (const int s : round.sizes)
            m_encounters += s * (s - 1) / 2;
        for (const int a : round.anchor) {
            if (a >= 0)
                m_hasAnchors = true;
        }
        m_rounds.push_back(std::move(round));
    }
    for (size_t t = 0; t < m_rounds.size(); ++t) {
        RoundState &round = m_rounds[t];
        const auto &given = input.rounds[t].groups;
        if (given.empty()) {
            // A greedy round costs people x people; past the deadline the
            // rounds left are filled as they come, still a valid plan.
            if (m_deadline.passed())
                fillInOrder(round);
            else
                fillGreedily(round);
        } else {
            for (size_t g = 0; g < given.size(); ++g) {
                for (const int p : given[g])
                    place(round, p, static_cast<int>(g));
            }
        }
    }
    for (const RoundState &round : m_rounds) {
        for (const int p : round.present) {
            const int a = round.anchor[static_cast<size_t>(p)];
            if (a >= 0 && a != round.where[static_cast<size_t>(p)]) {
                ++m_moved;
                m_cost += kMove;
            }
        }
    }
    m_tabuGroup.assign(m_rounds.size() * static_cast<size_t>(m_n), -1);
    m_tabuUntil.assign(m_rounds.size() * static_cast<size_t>(m_n), 0);
}

void TabuSearch::meet(int i, int j)
{
    const size_t ij = pairIndex(i, j);
    const int m = m_meet[ij];
    m_cost += step(ij, m);
    const bool fromHistory = m_input.historyMeetings[ij] > 0;
    if (!fromHistory && m == 0)
        ++m_newPairs;
    if (fromHistory)
        ++m_historyEncounters;
    if (m >= 2)
        ++m_third;
    if (m_input.keepApart[ij])
        ++m_violations;
    ++m_meet[ij];
    ++m_meet[pairIndex(j, i)];
}

void TabuSearch::unmeet(int i, int j)
{
    const size_t ij = pairIndex(i, j);
    const int m = m_meet[ij] - 1;
    m_cost -= step(ij, m);
    const bool fromHistory = m_input.historyMeetings[ij] > 0;
    if (!fromHistory && m == 0)
        --m_newPairs;
    if (fromHistory)
        --m_historyEncounters;
    if (m >= 2)
        --m_third;
    if (m_input.keepApart[ij])
        --m_violations;
    --m_meet[ij];
    --m_meet[pairIndex(j, i)];
}

void TabuSearch::place(RoundState &round, int p, int g)
{
    auto &group = round.groups[static_cast<size_t>(g)];
    for (const int x : group)
        meet(p, x);
    group.push_back(p);
    round.where[static_cast<size_t>(p)] = g;
    if (round.odd[static_cast<size_t>(g)]) {
        int &c = m_oddCount[static_cast<size_t>(p)];
        m_oddLoad += 2 * c + 1;
        m_cost += kOdd * (2 * c + 1);
        ++c;
    }
}

void TabuSearch::fillGreedily(RoundState &round)
{
    std::vector<int> order = round.present;
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[static_cast<size_t>(m_random.below(static_cast<int>(i)))]);
    for (const int p : order) {
        int best = -1;
        std::int64_t bestCost = std::numeric_limits<std::int64_t>::max();
        int ties = 0;
        for (size_t g = 0; g < round.groups.size(); ++g) {
            const auto &group = round.groups[g];
            if (static_cast<int>(group.size()) >= round.sizes[g])
                continue;
            std::int64_t c = 0;
            for (const int x : group)
                c += joinCost(p, x);
            if (round.odd[g])
                c += kOdd * (2 * m_oddCount[static_cast<size_t>(p)] + 1);
            const int anchor = round.anchor[static_cast<size_t>(p)];
            if (anchor >= 0 && anchor != static_cast<int>(g))
                c += kMove;
            if (c < bestCost) {
                bestCost = c;
                best = static_cast<int>(g);
                ties = 1;
            } else if (c == bestCost && m_random.below(++ties) == 0) {
                best = static_cast<int>(g);
            }
        }
        place(round, p, best);
    }
}

void TabuSearch::fillInOrder(RoundState &round)
{
    // Keep-apart is a hard rule, so even this quick start honours it where it
    // can: people with a partner to avoid go first, each into the first group
    // with room and none of their partners; everyone else fills what is left.
    if (m_partnered.empty()) {
        m_partnered.assign(static_cast<size_t>(m_n), 0);
        for (int p = 0; p < m_n; ++p) {
            for (int q = 0; q < m_n && !m_partnered[static_cast<size_t>(p)]; ++q)
                m_partnered[static_cast<size_t>(p)] = m_input.keepApart[pairIndex(p, q)];
        }
    }
    const auto hasPartner = [this](int p) { return m_partnered[static_cast<size_t>(p)] != 0; };
    const auto hasRoom = [&round](size_t g) { return static_cast<int>(round.groups[g].size()) < round.sizes[g]; };
    std::vector<int> free;
    for (const int p : round.present) {
        if (!hasPartner(p)) {
            free.push_back(p);
            continue;
        }
        int chosen = -1;
        for (size_t g = 0; g < round.groups.size() && chosen < 0; ++g) {
            const auto &group = round.groups[g];
            if (hasRoom(g) && std::none_of(group.begin(), group.end(), [&](int q) {
                    return m_input.keepApart[pairIndex(p, q)] != 0;
                }))
                chosen = static_cast<int>(g);
        }
        if (chosen < 0)
            free.push_back(p);
        else
            place(round, p, chosen);
    }
    size_t g = 0;
    for (const int p : free) {
        while (!hasRoom(g))
            ++g;
        place(round, p, static_cast<int>(g));
    }
}

std::vector<std::vector<std::vector<int>>> TabuSearch::snapshot() const
{
    std::vector<std::vector<std::vector<int>>> out;
    out.reserve(m_rounds.size());
    for (const RoundState &round : m_rounds)
        out.push_back(round.groups);
    return out;
}

void TabuSearch::loadFrom(const std::vector<std::vector<std::vector<int>>> &groups)
{
    m_meet = m_input.historyMeetings;
    std::fill(m_oddCount.begin(), m_oddCount.end(), 0);
    m_cost = 0;
    m_oddLoad = 0;
    m_newPairs = 0;
    m_violations = 0;
    m_third = 0;
    m_historyEncounters = 0;
    m_moved = 0;
    for (size_t t = 0; t < m_rounds.size(); ++t) {
        RoundState &round = m_rounds[t];
        std::fill(round.where.begin(), round.where.end(), -1);
        for (auto &g : round.groups)
            g.clear();
        for (size_t g = 0; g < groups[t].size(); ++g) {
            for (const int p : groups[t][g])
                place(round, p, static_cast<int>(g));
        }
        for (const int p : round.present) {
            const int a = round.anchor[static_cast<size_t>(p)];
            if (a >= 0 && a != round.where[static_cast<size_t>(p)]) {
                ++m_moved;
                m_cost += kMove;
            }
        }
    }
}

void TabuSearch::applySwap(RoundState &round, int a, int b)
{
    const int ga = round.where[static_cast<size_t>(a)];
    const int gb = round.where[static_cast<size_t>(b)];
    auto &groupA = round.groups[static_cast<size_t>(ga)];
    auto &groupB = round.groups[static_cast<size_t>(gb)];
    for (const int x : groupA) {
        if (x != a) {
            unmeet(a, x);
            meet(b, x);
        }
    }
    for (const int y : groupB) {
        if (y != b) {
            unmeet(b, y);
            meet(a, y);
        }
    }
    *std::find(groupA.begin(), groupA.end(), a) = b;
    *std::find(groupB.begin(), groupB.end(), b) = a;
    round.where[static_cast<size_t>(a)] = gb;
    round.where[static_cast<size_t>(b)] = ga;
    if (round.odd[static_cast<size_t>(ga)] != round.odd[static_cast<size_t>(gb)]) {
        const int into = round.odd[static_cast<size_t>(ga)] ? b : a;
        const int outOf = round.odd[static_cast<size_t>(ga)] ? a : b;
        int &ci = m_oddCount[static_cast<size_t>(into)];
        int &co = m_oddCount[static_cast<size_t>(outOf)];
        const std::int64_t change = (2 * ci + 1) - (2 * co - 1);
        m_oddLoad += change;
        m_cost += kOdd * change;
        ++ci;
        --co;
    }
    for (const auto &[p, from, to] : {std::tuple{a, ga, gb}, std::tuple{b, gb, ga}}) {
        const int anchor = round.anchor[static_cast<size_t>(p)];
        if (anchor >= 0) {
            const int change = (to != anchor) - (from != anchor);
            m_moved += change;
            m_cost += kMove * change;
        }
    }
}

bool TabuSearch::isCandidate(const RoundState &round, int p, int minOdd) const
{
    const int g = round.where[static_cast<size_t>(p)];
    for (const int x : round.groups[static_cast<size_t>(g)]) {
        if (x == p)
            continue;
        const size_t ij = pairIndex(p, x);
        if (m_input.keepApart[ij] || m_input.historyMeetings[ij] > 0 || m_meet[ij] >= 2)
            return true;
    }
    if (round.odd[static_cast<size_t>(g)] && m_oddCount[static_cast<size_t>(p)] >= minOdd + 2)
        return true;
    const int anchor = round.anchor[static_cast<size_t>(p)];
    return anchor >= 0 && anchor != g;
}

void TabuSearch::perturb()
{
    std::vector<int> open;
    for (size_t t = 0; t < m_rounds.size(); ++t) {
        if (!m_rounds[t].frozen && m_rounds[t].groups.size() > 1)
            open.push_back(static_cast<int>(t));
    }
    if (open.empty())
        return;
    const int swaps = 2 + m_n / 12;
    for (int s = 0; s < swaps; ++s) {
        RoundState &round = m_rounds[static_cast<size_t>(open[static_cast<size_t>(m_random.below(static_cast<int>(open.size())))])];
        const int a = round.present[static_cast<size_t>(m_random.below(static_cast<int>(round.present.size())))];
        const int b = round.present[static_cast<size_t>(m_random.below(static_cast<int>(round.present.size())))];
        if (round.where[static_cast<size_t>(a)] != round.where[static_cast<size_t>(b)])
            applySwap(round, a, b);
    }
}

SearchOutput TabuSearch::run(const ScheduleOptions &options)
{
    SearchOutput out;
    out.bestFoundAt = m_deadline.now();
    auto best = snapshot();
    std::int64_t bestCost = m_cost;
    std::int64_t lastImprovement = 0;
    std::int64_t lastBetter = 0;
    std::int64_t primarySince = -1;
    const std::int64_t stallLimit = 400 + 20 * static_cast<std::int64_t>(m_n);
    const std::int64_t polishLimit = 2000 + 50 * static_cast<std::int64_t>(m_n);

    std::vector<std::pair<int, int>> candidates;             // (round, person)
    std::vector<std::int64_t> leave(static_cast<size_t>(m_n));
    std::vector<std::int64_t> join;
    std::int64_t iteration = 0;
    std::int64_t work = 0;
    std::int64_t scanWork = 0;
    for (const RoundState &round : m_rounds) {
        if (!round.frozen)
            scanWork
                += static_cast<std::int64_t>(round.present.size()) * (round.sizes.empty() ? 1 : round.sizes.front());
    }
    bool done = primaryReached() && secondaryOptimal();
    while (!done) {
        if (options.iterationLimit > 0 && iteration >= options.iterationLimit) {
            out.stoppedEarly = !primaryReached();
            break;
        }
        if (iteration > 0 && (iteration % kClockEvery == 0 || work >= kClockWork)) {
            work = 0;
            if (m_deadline.passed()) {
                out.stoppedEarly = true;
                break;
            }
        }
        ++iteration;
        work += scanWork;

        candidates.clear();
        for (size_t t = 0; t < m_rounds.size(); ++t) {
            const RoundState &round = m_rounds[t];
            if (round.frozen || round.groups.size() < 2)
                continue;
            int minOdd = std::numeric_limits<int>::max();
            for (const int p : round.present)
                minOdd = std::min(minOdd, m_oddCount[static_cast<size_t>(p)]);
            for (const int p : round.present) {
                if (isCandidate(round, p, minOdd))
                    candidates.emplace_back(static_cast<int>(t), p);
            }
        }
        if (candidates.empty()) {
            std::vector<int> open;
            for (size_t t = 0; t < m_rounds.size(); ++t) {
                if (!m_rounds[t].frozen && m_rounds[t].groups.size() > 1)
                    open.push_back(static_cast<int>(t));
            }
            if (open.empty())
                break;
            const int t = open[static_cast<size_t>(m_random.below(static_cast<int>(open.size())))];
            const auto &present = m_rounds[static_cast<size_t>(t)].present;
            candidates.emplace_back(t, present[static_cast<size_t>(m_random.below(static_cast<int>(present.size())))]);
        }
        if (candidates.size() > static_cast<size_t>(kMaxCandidates)) {
            for (size_t i = 0; i < static_cast<size_t>(kMaxCandidates); ++i)
                std::swap(candidates[i], candidates[i + static_cast<size_t>(m_random.below(static_cast<int>(candidates.size() - i)))]);
            candidates.resize(static_cast<size_t>(kMaxCandidates));
            std::sort(candidates.begin(), candidates.end());
        }

        std::int64_t bestDelta = std::numeric_limits<std::int64_t>::max();
        int moveRound = -1;
        int moveA = -1;
        int moveB = -1;
        int ties = 0;
        int cachedRound = -1;
        for (const auto &[t, a] : candidates) {
            const RoundState &round = m_rounds[static_cast<size_t>(t)];
            if (t != cachedRound) {
                // What each person of this round saves by leaving their group.
                for (size_t g = 0; g < round.groups.size(); ++g) {
                    const auto &group = round.groups[g];
                    for (const int p : group) {
                        std::int64_t s = 0;
                        for (const int x : group) {
                            if (x != p)
                                s += leaveGain(p, x);
                        }
                        leave[static_cast<size_t>(p)] = s;
                    }
                }
                cachedRound = t;
            }
            const int ga = round.where[static_cast<size_t>(a)];
            const auto &groupA = round.groups[static_cast<size_t>(ga)];
            work += static_cast<std::int64_t>(round.present.size()) * static_cast<std::int64_t>(groupA.size() + 1);
            const size_t tabuBase = static_cast<size_t>(t) * static_cast<size_t>(m_n);
            const auto oa = static_cast<std::int64_t>(m_oddCount[static_cast<size_t>(a)]);
            const int anchorA = round.anchor[static_cast<size_t>(a)];
            for (size_t gb = 0; gb < round.groups.size(); ++gb) {
                if (static_cast<int>(gb) == ga)
                    continue;
                const auto &groupB = round.groups[gb];
                std::int64_t joinB = 0;
                for (const int y : groupB)
                    joinB += joinCost(a, y);
                const bool aTabu = m_tabuGroup[tabuBase + static_cast<size_t>(a)] == static_cast<int>(gb)
                    && m_tabuUntil[tabuBase + static_cast<size_t>(a)] > iteration;
                for (const int b : groupB) {
                    std::int64_t d = joinB - joinCost(a, b) - leave[static_cast<size_t>(a)] - leave[static_cast<size_t>(b)];
                    for (const int x : groupA) {
                        if (x != a)
                            d += joinCost(b, x);
                    }
                    const bool oddA = round.odd[static_cast<size_t>(ga)];
                    const bool oddB = round.odd[gb];
                    if (oddA != oddB) {
                        const auto ob = static_cast<std::int64_t>(m_oddCount[static_cast<size_t>(b)]);
                        d += oddA ? kOdd * (2 * (ob - oa) + 2) : kOdd * (2 * (oa - ob) + 2);
                    }
                    if (anchorA >= 0)
                        d += kMove * ((static_cast<int>(gb) != anchorA) - (ga != anchorA));
                    const int anchorB = round.anchor[static_cast<size_t>(b)];
                    if (anchorB >= 0)
                        d += kMove * ((ga != anchorB) - (static_cast<int>(gb) != anchorB));
                    const bool tabu = aTabu
                        || (m_tabuGroup[tabuBase + static_cast<size_t>(b)] == ga && m_tabuUntil[tabuBase + static_cast<size_t>(b)] > iteration);
                    if (tabu && m_cost + d >= bestCost)
                        continue;
                    if (d < bestDelta) {
                        bestDelta = d;
                        moveRound = t;
                        moveA = a;
                        moveB = b;
                        ties = 1;
                    } else if (d == bestDelta && m_random.below(++ties) == 0) {
                        moveRound = t;
                        moveA = a;
                        moveB = b;
                    }
                }
            }
        }
        if (moveRound < 0)
            continue;

        RoundState &round = m_rounds[static_cast<size_t>(moveRound)];
        const size_t tabuBase = static_cast<size_t>(moveRound) * static_cast<size_t>(m_n);
        m_tabuGroup[tabuBase + static_cast<size_t>(moveA)] = round.where[static_cast<size_t>(moveA)];
        m_tabuUntil[tabuBase + static_cast<size_t>(moveA)] = iteration + kTenureMin + m_random.below(kTenureSpan);
        m_tabuGroup[tabuBase + static_cast<size_t>(moveB)] = round.where[static_cast<size_t>(moveB)];
        m_tabuUntil[tabuBase + static_cast<size_t>(moveB)] = iteration + kTenureMin + m_random.below(kTenureSpan);
        applySwap(round, moveA, moveB);

        if (m_cost < bestCost) {
            bestCost = m_cost;
            best = snapshot();
            lastImprovement = iteration;
            lastBetter = iteration;
            out.bestFoundAt = m_deadline.now();
        }
        if (m_input.stallStop > 0 && primarySince < 0 && iteration - lastBetter > m_input.stallStop) {
            out.stalled = true;
            break;
        }
        if (primaryReached()) {
            if (secondaryOptimal())
                done = true;
            else if (primarySince < 0)
                primarySince = iteration;
        }
        // Re-planning has no bound on the people moved, so it ends when it stops improving.
        if ((primarySince >= 0 || m_hasAnchors) && iteration - lastImprovement > polishLimit)
            break;
        if (primarySince < 0 && !m_hasAnchors && iteration - lastImprovement > stallLimit) {
            loadFrom(best);
            perturb();
            lastImprovement = iteration;
            std::fill(m_tabuUntil.begin(), m_tabuUntil.end(), 0);
        }
    }
    if (m_cost > bestCost)
        loadFrom(best);
    out.iterations = iteration;
    for (const RoundState &round : m_rounds)
        out.rounds.push_back(round.groups);
    return out;
}

} // namespace

SearchOutput runScheduleSearch(
    const SearchInput &input, const ScheduleOptions &options, const ScheduleDeadline &deadline)
{
    TabuSearch search(input, options.seed, deadline);
    return search.run(options);
}

} // namespace convener::core
