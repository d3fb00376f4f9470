// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/runstate.h"
#include "core/run/runtransition.h"
#include "gui/live/chimechooser.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class ChimeControls;
}

namespace convener::gui {

class ChimePlayer;

// The chimes of the Live area: a mute button and a volume slider, kept in the
// settings, and the ringing itself. The Live area hands it each batch of run
// transitions; the chooser says which chime, the player plays it.
class ChimeControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChimeControls)

public:
    static constexpr int kDefaultVolume = 70;
    static QString volumeKey() { return QStringLiteral("live/chimeVolume"); }
    static QString mutedKey() { return QStringLiteral("live/chimesMuted"); }

    explicit ChimeControls(QWidget *parent = nullptr);
    ~ChimeControls() override;

    bool isMuted() const { return m_chooser.isMuted(); }
    int volume() const;
    ChimePlayer *player() const { return m_player; }

    // Rings the chime the batch is worth, if any, and returns it.
    ChimeChooser::Chime ring(const std::vector<core::RunTransition> &happened, core::RunStatus status);

Q_SIGNALS:
    void rang(convener::gui::ChimeChooser::Chime chime);

private:
    void setMuted(bool muted);
    void showMuted();
    void setVolume(int percent);

    const std::unique_ptr<Ui::ChimeControls> m_ui;
    ChimeChooser m_chooser;
    ChimePlayer *m_player;
};

} // namespace convener::gui
