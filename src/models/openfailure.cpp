// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/openfailure.h"

#include "models/storageerror.h"

#include <QCoreApplication>

namespace convener::models {

QString describe(const OpenFailure &failure)
{
    const QString why = describe(failure.error);
    if (!failure.storedPasswordRefused)
        return why;
    return why + QLatin1Char(' ')
        + QCoreApplication::translate("convener::models::OpenFailure",
            "The password tried was the one this computer's keychain keeps for this server.");
}

} // namespace convener::models
