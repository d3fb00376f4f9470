#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Convener authors
# SPDX-License-Identifier: MIT
"""Writes the Live area's chimes, resources/sounds/warning.wav and end.wav.

Both are synthesised here from sine waves (no recordings, no third-party
sounds): each note is a bell-like tone, a fundamental with two quieter
overtones, a 5 ms attack so it does not click, and an exponential decay.
- warning.wav: a soft two-tone bell, E5 then C5 (0.7 s): "start wrapping up".
- end.wav: a three-note chime rising C5 E5 G5 (0.95 s): "time is up".
16-bit PCM, mono, 22050 Hz. Run it again to reproduce the files exactly:
    python3 scripts/make-chimes.py
"""
import math
import pathlib
import struct
import wave

RATE = 22050
PEAK = 0.45  # of full scale: soft, and room for the notes to overlap


def bell(freq, start, length, total):
    """One note as a list of floats, placed at start seconds in total samples."""
    out = [0.0] * total
    first = int(start * RATE)
    for i in range(int(length * RATE)):
        if first + i >= total:
            break
        t = i / RATE
        attack = min(1.0, t / 0.005)
        decay = math.exp(-t * 5.0)
        tone = (math.sin(2 * math.pi * freq * t)
                + 0.35 * math.sin(2 * math.pi * 2 * freq * t) * math.exp(-t * 4.0)
                + 0.12 * math.sin(2 * math.pi * 3 * freq * t) * math.exp(-t * 8.0))
        out[first + i] = attack * decay * tone / 1.47
    return out


def write(path, notes, seconds):
    total = int(seconds * RATE)
    mix = [0.0] * total
    for freq, start in notes:
        for i, v in enumerate(bell(freq, start, seconds - start, total)):
            mix[i] += v
    loudest = max(abs(v) for v in mix)
    # Fade the last 40 ms to silence so the end never clicks.
    fade = int(0.04 * RATE)
    frames = bytearray()
    for i, v in enumerate(mix):
        gain = PEAK / loudest * min(1.0, (total - i) / fade)
        frames += struct.pack('<h', int(round(v * gain * 32767)))
    with wave.open(str(path), 'wb') as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


def main():
    here = pathlib.Path(__file__).resolve().parent.parent / 'resources' / 'sounds'
    here.mkdir(parents=True, exist_ok=True)
    write(here / 'warning.wav', [(659.25, 0.0), (523.25, 0.22)], 0.7)
    write(here / 'end.wav', [(523.25, 0.0), (659.25, 0.16), (783.99, 0.32)], 0.95)


if __name__ == '__main__':
    main()
