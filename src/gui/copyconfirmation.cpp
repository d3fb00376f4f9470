// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/copyconfirmation.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QVariant>

namespace convener::gui {

namespace {

constexpr auto kWords = "convenerWordsBeforeCopied";
constexpr int kShownMs = 1500;

} // namespace

void confirmCopied(QAbstractButton *button)
{
    if (!button)
        return;
    // Copied again while it says so: the words to come back to are the first ones.
    if (!button->property(kWords).isValid()) {
        button->setProperty(kWords, button->text());
        button->setMinimumWidth(button->width());
    }
    button->setText(QCoreApplication::translate("CopyConfirmation", "Copied \u2713"));
    const int generation = button->property("convenerCopiedCount").toInt() + 1;
    button->setProperty("convenerCopiedCount", generation);
    QTimer::singleShot(kShownMs, button, [button = QPointer<QAbstractButton>(button), generation] {
        // Only the last copy's timer puts the words back.
        if (!button || button->property("convenerCopiedCount").toInt() != generation)
            return;
        button->setText(button->property(kWords).toString());
        button->setProperty(kWords, QVariant());
        button->setMinimumWidth(0);
    });
}

} // namespace convener::gui
