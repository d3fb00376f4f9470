// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/jsonreaderrortext.h"

#include "models/text.h"

#include <QCoreApplication>

namespace convener::models {
namespace {

using Kind = core::JsonReadErrorKind;

QString tr(const char *text)
{
    return QCoreApplication::translate("convener::models::JsonReadError", text);
}

} // namespace

QString describe(const core::JsonReadError &error)
{
    switch (error.kind) {
    case Kind::InvalidUtf8:
        return tr("the file is not valid UTF-8 text (byte 0x%1); save it with the UTF-8 encoding")
            .arg(QString::number(error.badByte, 16).toUpper().rightJustified(2, QLatin1Char('0')));
    case Kind::TooDeep:
        return tr("lists and objects are nested more than %1 levels deep").arg(error.maxDepth);
    case Kind::Syntax:
        return toQt(error.detail);
    case Kind::DuplicateKey:
        return tr("the field is given twice in the same object");
    case Kind::Unreadable:
        return tr("the file could not be read: %1").arg(toQt(error.detail));
    }
    return toQt(error.detail);
}

} // namespace convener::models
