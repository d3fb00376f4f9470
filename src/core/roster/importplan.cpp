// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/importplan.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace convener::core {

namespace {

struct FieldNames
{
    ImportField field;
    std::string_view key;
};

constexpr std::array<FieldNames, 10> kFieldNames { {
    { ImportField::Ignore, "ignore" },
    { ImportField::Name, "name" },
    { ImportField::FirstName, "first-name" },
    { ImportField::LastName, "last-name" },
    { ImportField::Email, "email" },
    { ImportField::Pronouns, "pronouns" },
    { ImportField::Location, "location" },
    { ImportField::TimeZone, "time-zone" },
    { ImportField::Notes, "notes" },
    { ImportField::Role, "role" },
} };

const FieldNames &namesOf(ImportField field)
{
    for (const FieldNames &names : kFieldNames) {
        if (names.field == field)
            return names;
    }
    return kFieldNames.front();
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// " what s your email address " for "What's your email address?": lower-case
// words separated by single spaces and padded with one, so that a phrase
// matches whole words only.
std::string headerWords(std::string_view header)
{
    std::string out = " ";
    for (char c : header) {
        const bool wordChar = isAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80;
        if (wordChar)
            out += asciiLower(c);
        else if (out.back() != ' ')
            out += ' ';
    }
    if (out.back() != ' ')
        out += ' ';
    return out;
}

bool hasPhrase(const std::string &words, std::string_view phrase)
{
    std::string needle = " ";
    needle += phrase;
    needle += ' ';
    return words.find(needle) != std::string::npos;
}

bool hasAnyPhrase(const std::string &words, std::initializer_list<std::string_view> phrases)
{
    return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) { return hasPhrase(words, p); });
}

// Single-line values: runs of white space (a line break inside a quoted
// name included) become one space.
std::string simplified(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (isAsciiSpace(c)) {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

bool looksLikePronouns(std::string_view cell)
{
    const std::string words = headerWords(cell);
    const auto slash = cell.find('/');
    return slash != std::string_view::npos
           && hasAnyPhrase(words, {"she", "her", "he", "him", "they", "them", "xe", "ze", "any"});
}

bool looksLikeTimeZone(std::string_view cell)
{
    const std::string t = trimmed(cell);
    for (std::string_view area : {"Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/",
                                  "Europe/", "Indian/", "Pacific/", "Etc/"}) {
        if (t.rfind(area, 0) == 0 && t.size() > area.size())
            return true;
    }
    for (std::string_view base : {"UTC", "GMT"}) {
        if (t.rfind(base, 0) == 0
            && (t.size() == base.size() || t[base.size()] == '+' || t[base.size()] == '-'))
            return true;
    }
    return false;
}

bool looksLikeName(std::string_view cell)
{
    bool letter = false;
    for (char c : cell) {
        if ((c >= '0' && c <= '9') || c == '@' || c == '/')
            return false;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80)
            letter = true;
    }
    return letter;
}

std::string_view cellAt(const CsvRecord &record, std::size_t column)
{
    return column < record.fields.size() ? std::string_view(record.fields[column]) : std::string_view();
}

// What the cells of one column below the header mostly are.
struct ColumnContent
{
    std::size_t nonEmpty = 0;
    std::size_t emails = 0;
    std::size_t pronouns = 0;
    std::size_t timeZones = 0;
    std::size_t names = 0;

    static bool most(std::size_t count, std::size_t of) { return of > 0 && count * 2 > of; }
};

ColumnContent columnContent(const CsvDocument &doc, std::size_t firstRecord, std::size_t column)
{
    ColumnContent content;
    for (std::size_t r = firstRecord; r < doc.records.size(); ++r) {
        const std::string cell = trimmed(cellAt(doc.records[r], column));
        if (cell.empty())
            continue;
        ++content.nonEmpty;
        if (looksLikeEmail(cell))
            ++content.emails;
        if (looksLikePronouns(cell))
            ++content.pronouns;
        if (looksLikeTimeZone(cell))
            ++content.timeZones;
        if (looksLikeName(cell))
            ++content.names;
    }
    return content;
}

bool hasHeaderRow(const CsvDocument &doc)
{
    if (doc.records.empty())
        return false;
    const CsvRecord &first = doc.records.front();
    bool namesAField = false;
    for (std::size_t c = 0; c < first.fields.size(); ++c) {
        const std::string cell = trimmed(first.fields[c]);
        if (looksLikeEmail(cell))
            return false;
        if (cell.empty())
            continue;
        if (importFieldFromHeader(cell).has_value()) {
            namesAField = true;
        } else {
            const ColumnContent below = columnContent(doc, 1, c);
            if (ColumnContent::most(below.emails, below.nonEmpty))
                namesAField = true;
        }
    }
    return namesAField;
}

} // namespace

std::string_view importFieldKey(ImportField field)
{
    return namesOf(field).key;
}

std::optional<ImportField> importFieldFromKey(std::string_view key)
{
    const std::string k = normalizedEmail(key); // trimmed, ASCII lower case
    for (const FieldNames &names : kFieldNames) {
        if (k == names.key)
            return names.field;
    }
    return std::nullopt;
}

std::vector<ImportField> allImportFields()
{
    std::vector<ImportField> fields;
    for (const FieldNames &names : kFieldNames)
        fields.push_back(names.field);
    return fields;
}

std::optional<ImportField> importFieldFromHeader(std::string_view header)
{
    const std::string raw = trimmed(header);
    if (raw == "#")
        return ImportField::Ignore;
    const std::string w = headerWords(raw);
    if (w == " ")
        return std::nullopt;

    // Order matters: "Submit Date (UTC)" is not a time zone, "What's your
    // email?" is not a name, "First name" is not the full name.
    if (hasAnyPhrase(w, {"timestamp", "submit date", "start date", "submitted at", "submission date", "network id",
                         "response id", "respondent id", "ip address", "tags", "token", "id"}))
        return ImportField::Ignore;
    if (hasAnyPhrase(w, {"email", "emails", "e mail", "mail", "mail address"}))
        return ImportField::Email;
    if (hasAnyPhrase(w, {"pronoun", "pronouns"}))
        return ImportField::Pronouns;
    if (hasAnyPhrase(w, {"time zone", "timezone", "time zones", "tz", "utc offset", "gmt offset"}))
        return ImportField::TimeZone;
    if (hasAnyPhrase(w, {"first name", "firstname", "given name", "given names", "forename", "first names"})
        || w == " first ")
        return ImportField::FirstName;
    if (hasAnyPhrase(w, {"last name", "lastname", "surname", "family name"}) || w == " last ")
        return ImportField::LastName;
    if (w == " role " || hasAnyPhrase(w, {"cohort role", "member role", "roster role"}))
        return ImportField::Role;
    if (hasAnyPhrase(w, {"note", "notes", "comment", "comments", "anything else", "anything we should know",
                         "remarks", "access needs", "accessibility"}))
        return ImportField::Notes;
    if (!hasAnyPhrase(w, {"company", "organisation", "organization", "team", "user", "username", "business",
                          "school", "employer", "project", "group", "file", "event"})
        && hasAnyPhrase(w, {"name", "names", "full name", "fullname", "call you"}))
        return ImportField::Name;
    if (hasAnyPhrase(w, {"city", "location", "based", "country", "town", "hometown", "home town", "region",
                         "where do you live", "where you live", "where are you"}))
        return ImportField::Location;
    return std::nullopt;
}

ImportMapping guessMapping(const CsvDocument &doc)
{
    ImportMapping mapping;
    std::size_t width = 0;
    for (const CsvRecord &record : doc.records)
        width = std::max(width, record.fields.size());
    mapping.columns.assign(width, ImportField::Ignore);
    mapping.hasHeader = hasHeaderRow(doc);

    std::set<ImportField> taken;
    const auto take = [&](std::size_t column, ImportField field) {
        if (field == ImportField::Ignore || (field != ImportField::Notes && taken.count(field)))
            return false;
        mapping.columns[column] = field;
        taken.insert(field);
        return true;
    };

    // Columns still open to a guess from their content: all of them without a
    // header, the ones whose header names nothing known with one.
    std::vector<bool> open(width, !mapping.hasHeader);
    if (mapping.hasHeader) {
        const CsvRecord &header = doc.records.front();
        for (std::size_t c = 0; c < header.fields.size(); ++c) {
            if (const auto field = importFieldFromHeader(header.fields[c]))
                take(c, *field);
            else
                open[c] = true;
        }
        for (std::size_t c = header.fields.size(); c < width; ++c)
            open[c] = true;
    }

    const std::size_t firstRow = mapping.hasHeader ? 1 : 0;
    std::vector<ColumnContent> contents;
    for (std::size_t c = 0; c < width; ++c)
        contents.push_back(open[c] ? columnContent(doc, firstRow, c) : ColumnContent{});

    const auto guessFromContent = [&](ImportField field, std::size_t ColumnContent::*count) {
        for (std::size_t c = 0; c < width; ++c) {
            if (open[c] && ColumnContent::most(contents[c].*count, contents[c].nonEmpty) && take(c, field)) {
                open[c] = false;
                return;
            }
        }
    };
    guessFromContent(ImportField::Email, &ColumnContent::emails);
    guessFromContent(ImportField::Pronouns, &ColumnContent::pronouns);
    guessFromContent(ImportField::TimeZone, &ColumnContent::timeZones);
    if (!mapping.hasHeader && !taken.count(ImportField::FirstName) && !taken.count(ImportField::LastName))
        guessFromContent(ImportField::Name, &ColumnContent::names);
    return mapping;
}

ImportPlan planImport(const CsvDocument &doc, const ImportMapping &mapping, const std::vector<std::string> &existingEmails)
{
    ImportPlan plan;
    std::unordered_set<std::string> inCohort;
    for (const std::string &email : existingEmails)
        inCohort.insert(normalizedEmail(email));
    std::unordered_map<std::string, int> firstLineOfEmail;

    const bool skipHeader = mapping.hasHeader && !doc.records.empty();
    const std::size_t headerWidth = skipHeader ? doc.records.front().fields.size() : mapping.columns.size();

    for (std::size_t r = skipHeader ? 1 : 0; r < doc.records.size(); ++r) {
        const CsvRecord &record = doc.records[r];
        const bool empty = std::all_of(record.fields.begin(), record.fields.end(),
                                       [](const std::string &f) { return trimmed(f).empty(); });
        if (empty)
            continue;

        std::array<std::string, kFieldNames.size()> values;
        const auto valueOf = [&values](ImportField field) -> std::string & {
            return values[static_cast<std::size_t>(field)];
        };
        std::string notes;
        std::size_t ignoredExtra = 0;
        for (std::size_t c = 0; c < record.fields.size(); ++c) {
            const ImportField field = c < mapping.columns.size() ? mapping.columns[c] : ImportField::Ignore;
            std::string value = trimmed(record.fields[c]);
            if (value.empty())
                continue;
            if (field == ImportField::Ignore) {
                if (c >= headerWidth)
                    ++ignoredExtra;
            } else if (field == ImportField::Notes) {
                if (!notes.empty())
                    notes += '\n';
                notes += value;
            } else if (valueOf(field).empty()) {
                valueOf(field) = simplified(value);
            }
        }
        if (ignoredExtra > 0)
            plan.warnings.push_back(ImportWarning { ImportWarningKind::FieldsIgnored, record.line, ignoredExtra });

        Member member;
        Person &person = member.person;
        person.displayName = valueOf(ImportField::Name);
        if (person.displayName.empty())
            person.displayName = simplified(valueOf(ImportField::FirstName) + " " + valueOf(ImportField::LastName));
        person.email = valueOf(ImportField::Email);
        person.pronouns = valueOf(ImportField::Pronouns);
        person.location = valueOf(ImportField::Location);
        person.timeZone = valueOf(ImportField::TimeZone);
        person.notes = std::move(notes);

        std::vector<ImportReason> reasons;
        if (person.displayName.empty())
            reasons.push_back({ ImportReasonKind::NoName, {}, 0 });
        std::string emailKey;
        if (!person.email.empty()) {
            if (!looksLikeEmail(person.email)) {
                reasons.push_back({ ImportReasonKind::EmailMalformed, person.email, 0 });
            } else {
                emailKey = normalizedEmail(person.email);
                if (inCohort.count(emailKey)) {
                    reasons.push_back({ ImportReasonKind::AlreadyInCohort, emailKey, 0 });
                } else if (const auto earlier = firstLineOfEmail.find(emailKey); earlier != firstLineOfEmail.end()) {
                    reasons.push_back({ ImportReasonKind::SameEmailAsLine, {}, earlier->second });
                }
            }
        }
        if (const std::string &role = valueOf(ImportField::Role); !role.empty()) {
            if (const auto parsed = roleFromKey(role))
                member.role = *parsed;
            else
                reasons.push_back({ ImportReasonKind::NotARole, role, 0 });
        }

        if (reasons.empty()) {
            if (!emailKey.empty())
                firstLineOfEmail.emplace(emailKey, record.line);
            plan.rows.push_back(ImportRow{record.line, std::move(member)});
        } else {
            plan.problems.push_back(ImportProblem { record.line, std::move(reasons) });
        }
    }
    return plan;
}

} // namespace convener::core
