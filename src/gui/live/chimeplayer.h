// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/live/chimechooser.h"

#include <QObject>

class QSoundEffect;

namespace convener::gui {

// Plays the Live area's chimes, the WAV files built into the app (made by
// scripts/make-chimes.py). Owns one QSoundEffect per chime, loaded once so a
// chime starts at once. Without an audio device a chime is silently not
// heard: the run must never wait on, or fail because of, a sound.
class ChimePlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChimePlayer)

public:
    explicit ChimePlayer(QObject *parent = nullptr);
    ~ChimePlayer() override;

    // The resource each chime plays; empty for None.
    static QString resourceOf(ChimeChooser::Chime chime);

    // 0 to 100, as the volume slider shows it. Ears hear loudness on a
    // logarithmic scale, so the slider's middle is made to sound like half.
    void setVolume(int percent);
    int volume() const { return m_volume; }
    void play(ChimeChooser::Chime chime);
    // The chime's sound is decoded and ready to start at once. Decoding runs
    // in the background after construction.
    bool isLoaded(ChimeChooser::Chime chime) const;

Q_SIGNALS:
    void loadingChanged();

private:
    QSoundEffect *effectOf(ChimeChooser::Chime chime) const;

    QSoundEffect *m_warning;
    QSoundEffect *m_end;
    int m_volume = 100;
};

} // namespace convener::gui
