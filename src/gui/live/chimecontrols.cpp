// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/live/chimecontrols.h"

#include "gui/live/chimeplayer.h"
#include "ui_chimecontrols.h"

#include <QSettings>

#include <algorithm>

namespace convener::gui {

ChimeControls::ChimeControls(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChimeControls>()), m_player(new ChimePlayer(this))
{
    m_ui->setupUi(this);
    const QSettings settings;
    bool ok = false;
    int volume = settings.value(volumeKey(), kDefaultVolume).toInt(&ok);
    // A hand-edited setting that is not a number falls back to the default
    // rather than to silence, which the host would not notice until too late.
    if (!ok)
        volume = kDefaultVolume;
    volume = std::clamp(volume, 0, 100);
    m_ui->chimeVolumeSlider->setValue(volume);
    m_player->setVolume(volume);
    const bool muted = settings.value(mutedKey(), false).toBool();
    m_ui->muteChimesButton->setChecked(muted);
    m_chooser.setMuted(muted);
    showMuted();

    connect(m_ui->muteChimesButton, &QPushButton::toggled, this, &ChimeControls::setMuted);
    connect(m_ui->chimeVolumeSlider, &QSlider::valueChanged, this, &ChimeControls::setVolume);
    connect(m_ui->chimeVolumeSlider, &QSlider::sliderReleased, this, [this] {
        if (!isMuted())
            m_player->play(ChimeChooser::Chime::Warning);
    });
}

ChimeControls::~ChimeControls() = default;

int ChimeControls::volume() const
{
    return m_ui->chimeVolumeSlider->value();
}

void ChimeControls::setMuted(bool muted)
{
    m_chooser.setMuted(muted);
    showMuted();
    QSettings().setValue(mutedKey(), muted);
}

void ChimeControls::showMuted()
{
    // The state is in the words, not only in the button's pressed look.
    m_ui->muteChimesButton->setText(isMuted() ? tr("Unmute chimes") : tr("Mute chimes"));
}

void ChimeControls::setVolume(int percent)
{
    m_player->setVolume(percent);
    QSettings().setValue(volumeKey(), percent);
}

ChimeChooser::Chime ChimeControls::ring(const std::vector<core::RunTransition> &happened, core::RunStatus status)
{
    const ChimeChooser::Chime chime = m_chooser.choose(happened, status);
    if (chime != ChimeChooser::Chime::None) {
        m_player->play(chime);
        Q_EMIT rang(chime);
    }
    return chime;
}

} // namespace convener::gui
