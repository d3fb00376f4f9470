// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/retro/retroexport.h"

#include "core/common/csvwriter.h"
#include "core/retro/retrorules.h"
#include "core/retro/retrotopic.h"

#include <algorithm>
#include <cctype>

namespace convener::core {

namespace {

// Card text is free text: keep it from turning into Markdown structure
// (headings, lists, links, tables) and keep each card on one line.
std::string markdownText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '#': case '|':
        case '~':
            out += '\\';
            out += c;
            break;
        case '\r':
            break;
        case '\n':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    std::string result = trimmed(out);
    // A leading "-", "+" or "12." would start a list.
    if (!result.empty() && (result.front() == '-' || result.front() == '+'))
        return '\\' + result;
    const std::size_t digits = result.find_first_not_of("0123456789");
    if (digits > 0 && digits != std::string::npos && (result[digits] == '.' || result[digits] == ')'))
        result.insert(digits, 1, '\\');
    return result;
}

std::string votesText(int votes)
{
    return std::to_string(votes) + (votes == 1 ? " vote" : " votes");
}

std::string personName(const RetroSnapshot &s, std::optional<PersonId> id)
{
    if (!id)
        return {};
    const auto it = s.names.find(*id);
    return it == s.names.end() ? std::string("someone no longer in the cohort") : it->second;
}

std::string authorOf(const RetroSnapshot &s, const RetroCard &card)
{
    if (s.board.state.anonymity == RetroAnonymity::Anonymous)
        return {};
    return personName(s, card.author);
}

std::string cardLine(const RetroSnapshot &s, const RetroCard &card, bool tallies)
{
    std::string line = markdownText(card.text);
    const std::string author = authorOf(s, card);
    if (!author.empty())
        line += " (" + markdownText(author) + ")";
    if (tallies)
        line += " - " + votesText(RetroRules::tally(s.board, card.id));
    return line;
}

std::string groupTitle(const RetroBoard &board, RetroGroupId id)
{
    const RetroGroup *g = board.group(id);
    return g ? g->title : std::string();
}

std::vector<const RetroAction *> actionsInOrder(const RetroBoard &board)
{
    std::vector<const RetroAction *> out;
    for (const RetroAction &a : board.actions)
        out.push_back(&a);
    std::stable_sort(out.begin(), out.end(), [](const RetroAction *a, const RetroAction *b) { return a->position < b->position; });
    return out;
}

} // namespace

std::string retroMarkdown(const RetroSnapshot &s)
{
    const RetroBoard &board = s.board;
    const bool tallies = RetroRules::talliesVisible(board.state);
    std::string md = "# Retro: " + markdownText(s.cohortName) + ", call " + std::to_string(board.callNumber) + "\n\n";
    md += "- Phase: " + std::string(retroPhaseKey(board.state.phase)) + "\n";
    md += std::string("- Authors: ")
          + (board.state.anonymity == RetroAnonymity::Anonymous ? "anonymous" : "shown") + "\n";
    md += "- Votes: " + std::to_string(board.state.limits.perPerson) + " per person, at most "
          + std::to_string(board.state.limits.perCard) + " on one card";
    md += tallies ? "\n" : " (counts stay hidden until voting closes)\n";

    for (const RetroColumn &column : board.columns) {
        md += "\n## " + markdownText(column.title) + "\n\n";
        if (!column.prompt.empty())
            md += "_" + markdownText(column.prompt) + "_\n\n";
        const auto topics = retroColumnTopics(board, column.id);
        if (topics.empty())
            md += "No cards.\n";
        for (const RetroTopic &topic : topics) {
            if (topic.group == 0) {
                md += "- " + cardLine(s, *board.card(topic.cards.front()), tallies) + "\n";
                continue;
            }
            md += "- **" + markdownText(topic.title) + "**";
            if (tallies)
                md += " - " + votesText(topic.votes);
            md += "\n";
            for (RetroCardId id : topic.cards)
                md += "  - " + cardLine(s, *board.card(id), tallies) + "\n";
        }
    }

    if (tallies) {
        md += "\n## Discussion order\n\n";
        int n = 0;
        for (const RetroTopic &topic : retroDiscussOrder(board)) {
            const RetroColumn *column = board.column(topic.column);
            md += std::to_string(++n) + ". " + markdownText(topic.title) + " (" + markdownText(column ? column->title : "")
                  + ") - " + votesText(topic.votes) + "\n";
        }
    }

    md += "\n## Action items\n\n";
    const auto actions = actionsInOrder(board);
    if (actions.empty())
        md += "None yet.\n";
    for (const RetroAction *a : actions) {
        md += std::string("- [") + (a->status == RetroActionStatus::Done ? "x" : " ") + "] " + markdownText(a->text);
        std::vector<std::string> details;
        if (a->owner)
            details.push_back("owner: " + markdownText(personName(s, a->owner)));
        if (a->dueCall)
            details.push_back("due by call " + std::to_string(*a->dueCall));
        for (std::size_t i = 0; i < details.size(); ++i)
            md += (i == 0 ? " (" : ", ") + details[i];
        if (!details.empty())
            md += ")";
        md += "\n";
    }
    return md;
}

std::string retroCsv(const RetroSnapshot &s)
{
    const RetroBoard &board = s.board;
    const bool tallies = RetroRules::talliesVisible(board.state);
    std::string csv = csvRow({"record", "column", "group", "text", "author", "votes", "owner", "due_call", "status"});
    for (const RetroColumn &column : board.columns) {
        for (const RetroTopic &topic : retroColumnTopics(board, column.id)) {
            for (RetroCardId id : topic.cards) {
                const RetroCard &card = *board.card(id);
                csv += csvRow({"card", column.title, groupTitle(board, card.group), card.text, authorOf(s, card),
                               tallies ? std::to_string(RetroRules::tally(board, id)) : std::string(), {}, {}, {}});
            }
        }
    }
    for (const RetroAction *a : actionsInOrder(board)) {
        csv += csvRow({"action", {}, {}, a->text, {}, {}, personName(s, a->owner),
                       a->dueCall ? std::to_string(*a->dueCall) : std::string(),
                       std::string(retroActionStatusKey(a->status))});
    }
    return csv;
}

} // namespace convener::core
