// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/program/durationedit.h"

#include <algorithm>
#include <QLineEdit>
#include <QRegularExpression>

namespace convener::gui {

DurationEdit::DurationEdit(QWidget *parent)
    : QAbstractSpinBox(parent)
{
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setAccelerated(true);
    connect(this, &QAbstractSpinBox::editingFinished, this, &DurationEdit::commitText);
    showSeconds();
}

QString DurationEdit::textOf(int seconds)
{
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    if (rest == 0)
        return tr("%1 min").arg(minutes);
    if (minutes == 0)
        return tr("%1 s").arg(rest);
    return tr("%1 min %2 s").arg(minutes).arg(rest);
}

std::optional<int> DurationEdit::secondsOf(const QString &typed)
{
    const QString text = typed.trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;
    // "7" is minutes; "7:30" minutes and seconds; "1:05:00" hours, minutes and seconds.
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,4})(?::(\\d{1,2}))?(?::(\\d{1,2}))?$"));
    if (const auto m = clock.match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        if (m.captured(2).isEmpty())
            return a * 60;
        const int b = m.captured(2).toInt();
        if (m.captured(3).isEmpty())
            return b < 60 ? std::optional<int>(a * 60 + b) : std::nullopt;
        const int c = m.captured(3).toInt();
        return b < 60 && c < 60 ? std::optional<int>(a * 3600 + b * 60 + c) : std::nullopt;
    }
    // Numbers with units, in any order of hours, minutes and seconds.
    const QString hours = tr("h").toLower();
    const QString minutes = tr("min").toLower();
    const QString secs = tr("s").toLower();
    static const QRegularExpression part(QStringLiteral("(\\d{1,5})\\s*([^\\d\\s]+)"));
    int total = 0;
    int matched = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int n = m.captured(1).toInt();
        const QString unit = m.captured(2);
        if (unit == hours || unit == QLatin1String("h"))
            total += n * 3600;
        else if (unit == minutes || unit == QLatin1String("min") || unit == QLatin1String("m"))
            total += n * 60;
        else if (unit == secs || unit == QLatin1String("s") || unit == QLatin1String("sec"))
            total += n;
        else
            return std::nullopt;
        matched += static_cast<int>(m.capturedLength(0));
    }
    // Everything typed must have been read (spaces aside).
    QString rest = text;
    rest.remove(QRegularExpression(QStringLiteral("\\s")));
    QString read;
    it = part.globalMatch(text);
    while (it.hasNext())
        read += it.next().captured(0).remove(QRegularExpression(QStringLiteral("\\s")));
    if (matched == 0 || read != rest)
        return std::nullopt;
    return total;
}

void DurationEdit::setSeconds(int seconds)
{
    seconds = std::clamp(seconds, 0, m_maximum);
    const bool changed = seconds != m_seconds;
    m_seconds = seconds;
    showSeconds();
    if (changed)
        Q_EMIT secondsChanged(m_seconds);
}

void DurationEdit::setMaximumSeconds(int seconds)
{
    m_maximum = std::max(0, seconds);
    if (m_seconds > m_maximum)
        setSeconds(m_maximum);
}

void DurationEdit::stepBy(int steps)
{
    // Finish what was typed first, then move by whole minutes.
    commitText();
    setSeconds(m_seconds + steps * 60);
    selectAll();
}

QAbstractSpinBox::StepEnabled DurationEdit::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (m_seconds > 0)
        enabled |= StepDownEnabled;
    if (m_seconds < m_maximum)
        enabled |= StepUpEnabled;
    return enabled;
}

QValidator::State DurationEdit::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    if (const auto seconds = secondsOf(input); seconds && *seconds <= m_maximum)
        return QValidator::Acceptable;
    // Anything made of digits, separators and letters may still become a length.
    static const QRegularExpression partial(QStringLiteral("^[\\d\\s:\\p{L}]*$"));
    return partial.match(input).hasMatch() && input.size() <= 24 ? QValidator::Intermediate : QValidator::Invalid;
}

void DurationEdit::fixup(QString &input) const
{
    input = textOf(m_seconds);
}

void DurationEdit::commitText()
{
    if (const auto typed = secondsOf(lineEdit()->text()); typed && *typed <= m_maximum)
        setSeconds(*typed);
    showSeconds();
}

void DurationEdit::showSeconds()
{
    const QString text = textOf(m_seconds);
    if (lineEdit()->text() != text)
        lineEdit()->setText(text);
}

} // namespace convener::gui
