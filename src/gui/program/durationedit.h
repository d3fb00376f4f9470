// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <QAbstractSpinBox>

namespace convener::gui {

// A length of time as hosts think of it: in minutes, with seconds where a
// step needs them ("7 min", "7 min 30 s"). The arrows and Up/Down move it by
// one minute (Page Up/Down by ten), keeping the seconds; typed text may be
// "7", "7:30", "90 s", "1 h 5 min" or "1:05:00". secondsChanged is emitted
// when the length changes: by the arrows, when typing is finished, or by
// setSeconds.
class DurationEdit final : public QAbstractSpinBox
{
    Q_OBJECT

public:
    explicit DurationEdit(QWidget *parent = nullptr);

    int seconds() const { return m_seconds; }
    void setSeconds(int seconds);
    int maximumSeconds() const { return m_maximum; }
    void setMaximumSeconds(int seconds);

    // The text shown for a length, and what a typed text means (nothing when it is not a length).
    static QString textOf(int seconds);
    static std::optional<int> secondsOf(const QString &text);

    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

Q_SIGNALS:
    void secondsChanged(int seconds);

protected:
    StepEnabled stepEnabled() const override;

private:
    void commitText();
    void showSeconds();

    int m_seconds = 0;
    int m_maximum = 24 * 3600 - 1;
};

} // namespace convener::gui
