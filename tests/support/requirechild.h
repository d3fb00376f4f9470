// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <catch2/catch.hpp>

#include <QObject>
#include <QString>

namespace convener::tests {

// The child object of type T named `name` (its objectName, as set in the .ui
// form), failing the test when there is none.
template<typename T>
T *requireChild(const QObject &parent, const char *name)
{
    auto *child = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(child);
    return child;
}

} // namespace convener::tests
