// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/roster/importproblemtext.h"

#include "storage/conversions.h"

#include <QCoreApplication>

namespace convener::models {
namespace {

using core::CsvProblem;
using core::CsvWarningKind;
using core::ImportReasonKind;
using core::ImportWarningKind;
using storage::toQt;

QString tr(const char *text)
{
    return QCoreApplication::translate("convener::models::ImportProblem", text);
}

QString number(std::size_t n)
{
    return QString::number(static_cast<qulonglong>(n));
}

// The advice after every "this is not a CSV file we can read".
QString saveAsUtf8()
{
    return tr("open it in your spreadsheet and save or download it as \"CSV UTF-8\" (comma-separated values)");
}

} // namespace

QString describe(const core::CsvError &error)
{
    switch (error.problem) {
    case CsvProblem::Utf16:
        return tr("the file is encoded as UTF-16, which cannot be imported; %1").arg(saveAsUtf8());
    case CsvProblem::LooksLikeUtf16:
        return tr("the file looks like UTF-16 text, which cannot be imported; %1").arg(saveAsUtf8());
    case CsvProblem::Workbook:
        return tr("the file is a spreadsheet workbook, not a CSV file; %1").arg(saveAsUtf8());
    case CsvProblem::NulByte:
        return tr("the file contains a NUL byte, so it is not a text CSV file");
    case CsvProblem::QuoteNotClosed:
        return tr("a quoted field starts here and its closing quote is missing");
    case CsvProblem::TooLarge:
        return tr("the file is %1 bytes, more than the limit of %2 bytes; a participant list is far smaller, so this "
                  "is probably not the file you meant")
            .arg(number(error.size), number(error.limit));
    case CsvProblem::BadDelimiter:
        return tr("a quote or a line end cannot be the delimiter");
    }
    return tr("the file could not be read as CSV");
}

QString describe(const core::CsvWarning &warning)
{
    QString words;
    switch (warning.kind) {
    case CsvWarningKind::InvalidUtf8Replaced:
        words = tr("bytes that are not valid UTF-8 were replaced with %1; the file may be damaged")
                    .arg(QChar(QChar::ReplacementCharacter));
        break;
    case CsvWarningKind::ReadAsWindows1252:
        words = tr("the file is not valid UTF-8, so it was read as Windows-1252 (what Excel writes on Windows); check "
                   "that accented names look right, or save the file as \"CSV UTF-8\"");
        break;
    case CsvWarningKind::TextAfterClosingQuote:
        words = tr("text after the closing quote of a field was kept as part of the field");
        break;
    case CsvWarningKind::QuoteInUnquotedField:
        words = tr("a quote inside an unquoted field was kept as text");
        break;
    case CsvWarningKind::MoreNotListed:
        return tr("%1 more warnings like these were not listed").arg(number(warning.count));
    }
    return tr("line %1: %2").arg(QString::number(warning.line), words);
}

QStringList describeWarnings(const core::CsvDocument &document)
{
    QStringList sentences;
    sentences.reserve(static_cast<qsizetype>(document.warnings.size()));
    for (const core::CsvWarning &warning : document.warnings)
        sentences.push_back(describe(warning));
    return sentences;
}

QString describe(const core::ImportReason &reason)
{
    const QString value = toQt(reason.value);
    switch (reason.kind) {
    case ImportReasonKind::NoName:
        return tr("no name given");
    case ImportReasonKind::EmailMalformed:
        return tr("'%1' does not look like an email address").arg(value);
    case ImportReasonKind::AlreadyInCohort:
        return tr("already in the cohort (%1)").arg(value);
    case ImportReasonKind::SameEmailAsLine:
        return tr("same email as line %1").arg(QString::number(reason.otherLine));
    case ImportReasonKind::NotARole:
        return tr("'%1' is not a role (participant, host or co-host)").arg(value);
    }
    return tr("the row cannot be imported");
}

QString describe(const core::ImportProblem &problem)
{
    QStringList reasons;
    for (const core::ImportReason &reason : problem.reasons)
        reasons.push_back(describe(reason));
    return reasons.join(tr("; "));
}

QString describe(const core::ImportWarning &warning)
{
    QString words;
    switch (warning.kind) {
    case ImportWarningKind::FieldsIgnored:
        words = warning.count == 1 ? tr("1 field past the last column were ignored")
                                   : tr("%1 fields past the last column were ignored").arg(number(warning.count));
        break;
    }
    return tr("line %1: %2").arg(QString::number(warning.line), words);
}

QStringList describeWarnings(const core::ImportPlan &plan)
{
    QStringList sentences;
    sentences.reserve(static_cast<qsizetype>(plan.warnings.size()));
    for (const core::ImportWarning &warning : plan.warnings)
        sentences.push_back(describe(warning));
    return sentences;
}

} // namespace convener::models
