// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <catch2/catch.hpp>
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QTimer>

namespace convener::tests {

// Answers the next question box as a person would, pressing button, and
// keeps its text in asked so that a test can check what it asked.
inline void answerNextMessageBox(QString &asked, QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [&asked, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        asked = box->text();
        box->button(button)->click();
    });
}

} // namespace convener::tests
