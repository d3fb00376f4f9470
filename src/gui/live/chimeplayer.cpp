// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/live/chimeplayer.h"

#include <QAudio>
#include <QSoundEffect>
#include <QUrl>

#include <algorithm>

// The sounds live in a static library: its resources have to be registered by
// name, and Q_INIT_RESOURCE only works outside a namespace.
static void initChimeResources()
{
    Q_INIT_RESOURCE(chimes);
}

namespace convener::gui {

ChimePlayer::ChimePlayer(QObject *parent)
    : QObject(parent), m_warning(new QSoundEffect(this)), m_end(new QSoundEffect(this))
{
    initChimeResources();
    for (const ChimeChooser::Chime chime : {ChimeChooser::Chime::Warning, ChimeChooser::Chime::End}) {
        QSoundEffect *effect = effectOf(chime);
        connect(effect, &QSoundEffect::statusChanged, this, &ChimePlayer::loadingChanged);
        effect->setSource(QUrl(QStringLiteral("qrc") + resourceOf(chime)));
    }
    setVolume(m_volume);
}

ChimePlayer::~ChimePlayer() = default;

QString ChimePlayer::resourceOf(ChimeChooser::Chime chime)
{
    switch (chime) {
    case ChimeChooser::Chime::Warning:
        return QStringLiteral(":/sounds/warning.wav");
    case ChimeChooser::Chime::End:
        return QStringLiteral(":/sounds/end.wav");
    case ChimeChooser::Chime::None:
        break;
    }
    return {};
}

QSoundEffect *ChimePlayer::effectOf(ChimeChooser::Chime chime) const
{
    switch (chime) {
    case ChimeChooser::Chime::Warning:
        return m_warning;
    case ChimeChooser::Chime::End:
        return m_end;
    case ChimeChooser::Chime::None:
        break;
    }
    return nullptr;
}

void ChimePlayer::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
    const float linear = QAudio::convertVolume(static_cast<float>(m_volume) / 100.0F, QAudio::LogarithmicVolumeScale,
                                               QAudio::LinearVolumeScale);
    m_warning->setVolume(linear);
    m_end->setVolume(linear);
}

bool ChimePlayer::isLoaded(ChimeChooser::Chime chime) const
{
    const QSoundEffect *effect = effectOf(chime);
    return effect && effect->status() == QSoundEffect::Ready;
}

void ChimePlayer::play(ChimeChooser::Chime chime)
{
    QSoundEffect *effect = effectOf(chime);
    if (!effect)
        return;
    // A chime still ringing from the last batch gives way to the new one.
    m_warning->stop();
    m_end->stop();
    effect->play();
}

} // namespace convener::gui
