// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace convener::tests {

// What the journal writer "types": the first length characters of one endless,
// fixed text, so a draft of any length can be checked against what was typed.
inline QString typedText(qsizetype length)
{
    static const QString kWords = QStringLiteral("quiet notes after the call, written slowly; ünïcödé too. ");
    QString out;
    out.reserve(length);
    for (qsizetype i = 0; i < length; ++i)
        out.append(kWords.at((i + i / kWords.size()) % kWords.size()));
    return out;
}

} // namespace convener::tests
