// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/roster/participantimporter.h"

#include "storage/roster/rosterrepository.h"

#include <QDir>
#include <QFile>

namespace convener::storage {

ParticipantImporter::ParticipantImporter(RosterRepository &roster, core::CohortId cohort)
    : m_roster(roster), m_cohort(cohort)
{
}

Result<ParticipantImporter::Preview> ParticipantImporter::preview(const QString &path,
                                                                  const std::optional<core::ImportMapping> &mapping) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Problem::ImportFileUnreadable).withPath(shown).withDetail(file.errorString());
    const core::CsvReadOptions options;
    if (file.size() > static_cast<qint64>(options.maxBytes))
        return Error(Problem::ImportFileTooLarge)
            .withPath(shown)
            .withCount(static_cast<int>(file.size() / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    auto parsed = core::readCsv(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), options);
    if (const auto *error = std::get_if<core::CsvError>(&parsed))
        return Error(Problem::ImportFileMalformed).withPath(shown).at(error->line, error->column).withCsvError(*error);

    Preview result;
    result.path = path;
    result.document = std::move(std::get<core::CsvDocument>(parsed));
    result.mapping = mapping ? *mapping : core::guessMapping(result.document);
    return replan(result, result.mapping);
}

Result<ParticipantImporter::Preview> ParticipantImporter::replan(const Preview &preview,
                                                                 const core::ImportMapping &mapping) const
{
    const auto emails = m_roster.memberEmails(m_cohort);
    if (!emails)
        return Result<Preview>::failure(emails.error());
    Preview result = preview;
    result.mapping = mapping;
    result.plan = core::planImport(result.document, mapping, emails.value());
    return result;
}

Result<std::vector<core::Member>> ParticipantImporter::import(const Preview &preview)
{
    std::vector<core::Member> members;
    members.reserve(preview.plan.rows.size());
    for (const auto &row : preview.plan.rows)
        members.push_back(row.member);
    if (members.empty())
        return std::vector<core::Member>();
    return m_roster.addMembers(m_cohort, members);
}

} // namespace convener::storage
