// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/programfile.h"

#include "core/program/programjson.h"
#include "core/program/programlimits.h"
#include "io/privatefile.h"
#include "models/program/programproblemtext.h"
#include "models/storageerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace convener::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("convener::models::ProgramFile", text);
}

} // namespace

ProgramFile readProgramFile(const QString &path)
{
    ProgramFile out;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems << tr("%1 could not be opened: %2").arg(name, file.errorString());
        return out;
    }
    // One byte past the limit is enough for the reader to report the size.
    const QByteArray bytes = file.read(static_cast<qint64>(core::kMaxProgramFileBytes) + 1);
    const auto loaded
        = core::loadProgramDocument(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    for (const auto &problem : loaded.problems)
        out.problems << describe(problem, name);
    out.document = loaded.document;
    return out;
}

QString writeProgramFile(const QString &path, const core::ProgramDocument &document)
{
    // Program files are handed to co-hosts: readable as the user's umask allows.
    const QByteArray text = QByteArray::fromStdString(core::saveProgramDocument(document));
    if (const auto written = io::writeWholeFile(path, text, io::FileAccess::Shared); !written)
        return describe(written.error());
    return {};
}

} // namespace convener::models
