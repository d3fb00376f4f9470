// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/runengine.h"
#include "gui/live/chimechooser.h"
#include "gui/live/chimecontrols.h"
#include "gui/live/chimeplayer.h"
#include "gui/live/livepage.h"
#include "models/live/runcontroller.h"
#include "models/workspace.h"
#include "support/requirechild.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace convener;
using namespace std::chrono_literals;
using Chime = gui::ChimeChooser::Chime;

namespace {

// Every test starts from the defaults and leaves no settings behind.
struct CleanChimeSettings
{
    CleanChimeSettings() { clear(); }
    ~CleanChimeSettings() { clear(); }
    CleanChimeSettings(const CleanChimeSettings &) = delete;
    CleanChimeSettings &operator=(const CleanChimeSettings &) = delete;
    static void clear()
    {
        QSettings settings;
        settings.remove(gui::ChimeControls::volumeKey());
        settings.remove(gui::ChimeControls::mutedKey());
        settings.sync();
    }
};

std::vector<core::RunTransition> batch(std::initializer_list<core::RunEvent> events)
{
    std::vector<core::RunTransition> out;
    for (const core::RunEvent e : events)
        out.push_back({e, 0, 0, {}});
    return out;
}

} // namespace

TEST_CASE("Chimes: a warning rings the warning chime and an end the end chime")
{
    const gui::ChimeChooser chooser;
    using E = core::RunEvent;
    const auto running = core::RunStatus::Running;
    CHECK(chooser.choose(batch({E::Warning}), running) == Chime::Warning);
    CHECK(chooser.choose(batch({E::PhaseOver, E::PhaseStarted}), running) == Chime::End);
    CHECK(chooser.choose(batch({E::PhaseOver, E::StepOver}), running) == Chime::End);
    CHECK(chooser.choose(batch({E::CallOver}), running) == Chime::End);
    CHECK(chooser.choose(batch({E::PhaseStarted}), running) == Chime::None);
    CHECK(chooser.choose(batch({E::FinalMinute}), running) == Chime::None);
    CHECK(chooser.choose({}, running) == Chime::None);
}

TEST_CASE("Chimes: an end outranks a warning in the same batch")
{
    const gui::ChimeChooser chooser;
    using E = core::RunEvent;
    CHECK(chooser.choose(batch({E::Warning, E::FinalMinute, E::PhaseOver, E::PhaseStarted}), core::RunStatus::Running) ==
          Chime::End);
    CHECK(chooser.choose(batch({E::PhaseOver, E::PhaseStarted, E::Warning}), core::RunStatus::Running) == Chime::End);
}

TEST_CASE("Chimes: a paused or finished run rings only for an end")
{
    const gui::ChimeChooser chooser;
    using E = core::RunEvent;
    for (const auto status : {core::RunStatus::Paused, core::RunStatus::Finished, core::RunStatus::NotStarted}) {
        CHECK(chooser.choose(batch({E::Warning}), status) == Chime::None);
        CHECK(chooser.choose(batch({E::Warning, E::CallOver}), status) == Chime::End);
    }
}

TEST_CASE("Chimes: nothing rings while muted")
{
    gui::ChimeChooser chooser;
    chooser.setMuted(true);
    using E = core::RunEvent;
    CHECK(chooser.choose(batch({E::Warning}), core::RunStatus::Running) == Chime::None);
    CHECK(chooser.choose(batch({E::PhaseOver, E::CallOver}), core::RunStatus::Running) == Chime::None);
    chooser.setMuted(false);
    CHECK(chooser.choose(batch({E::PhaseOver}), core::RunStatus::Running) == Chime::End);
}

TEST_CASE("Chimes: the sounds are built in, short mono 16-bit WAV files")
{
    for (const Chime chime : {Chime::Warning, Chime::End}) {
        QFile file(gui::ChimePlayer::resourceOf(chime));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray wav = file.readAll();
        REQUIRE(wav.size() > 44);
        CHECK(wav.left(4) == QByteArrayLiteral("RIFF"));
        CHECK(wav.mid(8, 4) == QByteArrayLiteral("WAVE"));
        const auto le16 = [&wav](int at) { return static_cast<quint8>(wav[at]) | static_cast<quint8>(wav[at + 1]) << 8; };
        const auto le32 = [&](int at) { return static_cast<quint32>(le16(at)) | static_cast<quint32>(le16(at + 2)) << 16; };
        CHECK(le16(20) == 1);                                   // PCM
        CHECK(le16(22) == 1);                                   // mono
        CHECK(le16(34) == 16);                                  // bits per sample
        const quint32 rate = le32(24);
        REQUIRE(rate > 0);
        CHECK(le32(40) < rate * 2);                             // under a second of 2-byte samples
    }
    CHECK(gui::ChimePlayer::resourceOf(Chime::None).isEmpty());
}

TEST_CASE("Chimes: the player decodes both built-in sounds")
{
    gui::ChimePlayer player;
    QSignalSpy changed(&player, &gui::ChimePlayer::loadingChanged);
    const auto loaded = [&player] { return player.isLoaded(Chime::Warning) && player.isLoaded(Chime::End); };
    // Decoding runs on a thread of Qt's; each status change is a signal.
    for (int i = 0; i < 4 && !loaded(); ++i)
        changed.wait(5000);
    CHECK(loaded());
    CHECK_FALSE(player.isLoaded(Chime::None));
}

TEST_CASE("Chimes: the player plays without an audio device and never blocks")
{
    gui::ChimePlayer player;
    player.setVolume(150);
    CHECK(player.volume() == 100);
    player.setVolume(-3);
    CHECK(player.volume() == 0);
    player.setVolume(40);
    for (const Chime chime : {Chime::Warning, Chime::End, Chime::None, Chime::End})
        player.play(chime);
    QCoreApplication::processEvents();
    CHECK(player.volume() == 40);
}

TEST_CASE("Chimes: the volume and mute are kept in the settings")
{
    const CleanChimeSettings clean;
    {
        gui::ChimeControls controls;
        CHECK_FALSE(controls.isMuted());
        CHECK(controls.volume() == gui::ChimeControls::kDefaultVolume);
        auto *mute = tests::requireChild<QPushButton>(controls, "muteChimesButton");
        CHECK(mute->accessibleName() == QStringLiteral("Mute chimes"));
        CHECK(mute->text() == QStringLiteral("Mute chimes"));
        QTest::mouseClick(mute, Qt::LeftButton);
        CHECK(controls.isMuted());
        CHECK(mute->text() == QStringLiteral("Unmute chimes"));
        tests::requireChild<QSlider>(controls, "chimeVolumeSlider")->setValue(35);
        CHECK(controls.player()->volume() == 35);
    }
    CHECK(QSettings().value(gui::ChimeControls::volumeKey()).toInt() == 35);
    CHECK(QSettings().value(gui::ChimeControls::mutedKey()).toBool());
    gui::ChimeControls again;
    CHECK(again.isMuted());
    CHECK(again.volume() == 35);
    CHECK(again.player()->volume() == 35);
    CHECK(tests::requireChild<QPushButton>(again, "muteChimesButton")->isChecked());
}

TEST_CASE("Chimes: a volume setting that is not a number falls back to the default")
{
    const CleanChimeSettings clean;
    QSettings().setValue(gui::ChimeControls::volumeKey(), QStringLiteral("loud"));
    const gui::ChimeControls controls;
    CHECK(controls.volume() == gui::ChimeControls::kDefaultVolume);
}

TEST_CASE("Chimes: the Live area rings at the warning and at the end of a phase")
{
    const CleanChimeSettings clean;
    tests::TempDatabase temp;
    tests::FakeClock clock;
    models::Workspace workspace { temp.db(), &clock };
    REQUIRE(workspace.openDemo());
    gui::LivePage page(workspace);
    auto *chimes = page.findChild<gui::ChimeControls *>();
    REQUIRE(chimes);
    QSignalSpy rang(chimes, &gui::ChimeControls::rang);

    auto *calls = tests::requireChild<QComboBox>(page, "callCombo");
    REQUIRE(calls->count() > 0);
    calls->setCurrentIndex(0);
    QTest::mouseClick(tests::requireChild<QPushButton>(page, "startButton"), Qt::LeftButton);
    REQUIRE(page.run()->engine());
    CHECK(rang.isEmpty());

    const auto wait = [&](core::Clock::Duration d) {
        clock.advance(d);
        page.run()->tick();
    };
    wait(3min + 10s);                                           // the first step has 5 minutes
    REQUIRE(rang.size() == 1);
    CHECK(rang.takeFirst().at(0).value<Chime>() == Chime::Warning);
    wait(1min);                                                 // the final minute: no chime of its own
    CHECK(rang.isEmpty());
    wait(1min);
    REQUIRE(rang.size() == 1);
    CHECK(rang.takeFirst().at(0).value<Chime>() == Chime::End);

    QTest::mouseClick(tests::requireChild<QPushButton>(page, "muteChimesButton"), Qt::LeftButton);
    REQUIRE(page.run()->nextPhase());
    wait(30min);
    CHECK(rang.isEmpty());
}
