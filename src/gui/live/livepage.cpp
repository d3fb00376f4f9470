// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/live/livepage.h"

#include "core/run/runengine.h"
#include "gui/copyconfirmation.h"
#include "gui/live/chimecontrols.h"
#include "gui/live/livenotifier.h"
#include "gui/live/liveretropanel.h"
#include "gui/live/livetext.h"
#include "gui/live/minitimerwindow.h"
#include "gui/live/presenterscreens.h"
#include "gui/live/presenterwindow.h"
#include "models/live/runcontroller.h"
#include "models/roster/rostermodel.h"
#include "models/workspace.h"
#include "ui_livepage.h"

#include <algorithm>
#include <chrono>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QTimer>

namespace convener::gui {

namespace {
QString joined(const std::vector<std::string> &texts)
{
    QStringList out;
    for (const std::string &t : texts)
        out << QString::fromStdString(t);
    return out.join(QStringLiteral("\n\n"));
}
} // namespace

LivePage::LivePage(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LivePage>())
    , m_workspace(workspace)
    , m_run(workspace.run())
    , m_repaint(new QTimer(this))
    , m_notifier(new LiveNotifier(this, this))
{
    m_ui->setupUi(this);
    auto *retro = new LiveRetroPanel(workspace, m_run, this);
    m_ui->sideLayout->addWidget(retro);
    connect(m_ui->callCombo, &QComboBox::currentIndexChanged, retro,
            [this, retro] { retro->setChosenCall(m_ui->callCombo->currentData().toInt()); });
    connect(m_run, &models::RunController::retroPhaseTimeUp, this, [this] {
        m_notifier->notify(tr("Retro phase over"), tr("The time for this phase of the retro is up."));
    });
    fillScreens();
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &LivePage::fillScreens);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &LivePage::fillScreens);
    connect(m_ui->presenterScreenCombo, &QComboBox::activated, this, [this](int index) {
        QSettings().setValue(PresenterScreens::settingsKey(), m_ui->presenterScreenCombo->itemData(index));
        if (m_presenter && m_presenter->isVisible())
            showPresenter();
    });
    m_repaint->setObjectName(QStringLiteral("repaintTimer"));
    m_repaint->setInterval(200);

    connect(m_run, &models::RunController::storageFailed, &m_workspace, &models::Workspace::storageFailed);
    connect(m_run, &models::RunController::changed, this, &LivePage::refresh);
    connect(m_run, &models::RunController::transitions, this, &LivePage::showTransitions);
    auto *chimes = new ChimeControls(this);
    m_ui->timerLayout->insertWidget(m_ui->timerLayout->indexOf(m_ui->fitLabel), chimes);
    connect(m_run, &models::RunController::transitions, chimes, [this, chimes](const std::vector<core::RunTransition> &happened) {
        chimes->ring(happened, m_run->engine() ? m_run->engine()->status() : core::RunStatus::NotStarted);
    });
    connect(m_repaint, &QTimer::timeout, m_run, &models::RunController::tick);
    connect(&m_workspace, &models::Workspace::currentCohortChanged, this, [this](core::CohortId cohort) {
        m_run->setCohort(cohort);
        reloadCalls();
        m_run->resume();
    });
    // New call dates show in the call list; the selected call stays selected.
    connect(&m_workspace, &models::Workspace::currentCohortEdited, this, [this] {
        const QVariant selected = m_ui->callCombo->currentData();
        reloadCalls();
        if (const int index = m_ui->callCombo->findData(selected); index >= 0)
            m_ui->callCombo->setCurrentIndex(index);
    });

    connect(m_ui->takeOverButton, &QPushButton::clicked, this, &LivePage::takeOver);
    connect(m_run, &models::RunController::drivingChanged, this, &LivePage::refresh);
    connect(m_ui->startButton, &QPushButton::clicked, this, &LivePage::startSelectedCall);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &LivePage::togglePause);
    connect(m_ui->nextButton, &QPushButton::clicked, m_run, &models::RunController::nextPhase);
    connect(m_ui->previousButton, &QPushButton::clicked, m_run, &models::RunController::previousPhase);
    connect(m_ui->plusButton, &QPushButton::clicked, m_run, &models::RunController::extendPhase);
    connect(m_ui->minusButton, &QPushButton::clicked, m_run, &models::RunController::shortenPhase);
    connect(m_ui->restartButton, &QPushButton::clicked, m_run, &models::RunController::restartPhase);
    connect(m_ui->endButton, &QPushButton::clicked, this, &LivePage::endCall);
    connect(m_ui->fitButton, &QPushButton::clicked, this, &LivePage::fitToEndOnTime);
    connect(m_ui->copyPromptButton, &QPushButton::clicked, this, &LivePage::copyPrompt);
    connect(m_ui->copyCueButton, &QPushButton::clicked, this, &LivePage::copyCue);
    connect(m_ui->copyOrderButton, &QPushButton::clicked, this, &LivePage::copySpeakingOrder);
    connect(m_ui->nextSpeakerButton, &QPushButton::clicked, m_run, &models::RunController::nextSpeaker);
    connect(m_ui->lateJoinerButton, &QPushButton::clicked, this, &LivePage::addLateJoiner);
    connect(m_ui->presenterButton, &QPushButton::clicked, this, &LivePage::showPresenter);
    connect(m_ui->miniTimerButton, &QPushButton::clicked, this, &LivePage::showMiniTimer);

    installKeys(this);

    m_run->setCohort(m_workspace.currentCohort());
    reloadCalls();
    m_run->resume();
    refresh();
}

LivePage::~LivePage()
{
    delete m_presenter;
    delete m_miniTimer;
}

PresenterWindow *LivePage::presenter() const
{
    return m_presenter.data();
}

MiniTimerWindow *LivePage::miniTimer() const
{
    return m_miniTimer.data();
}

void LivePage::installKeys(QWidget *on)
{
    // On the page, the keys work wherever the focus is in the main window
    // while the Live area is shown (a hidden page's shortcuts do not fire),
    // and a text field being typed in keeps its keys. The presenter window
    // and the mini timer take the same keys when they are in front.
    const auto shortcut = [this, on](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, on);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] { togglePause(); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { m_run->nextPhase(); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { m_run->previousPhase(); });
    shortcut(QKeySequence(Qt::Key_Plus), [this] { m_run->extendPhase(); });
    shortcut(QKeySequence(Qt::Key_Equal), [this] { m_run->extendPhase(); });
    shortcut(QKeySequence(Qt::Key_Minus), [this] { m_run->shortenPhase(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { copyPrompt(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), [this] { copyCue(); });
}

void LivePage::showMiniTimer()
{
    if (!m_miniTimer) {
        m_miniTimer = new MiniTimerWindow();
        installKeys(m_miniTimer);
    }
    m_miniTimer->show();
    m_miniTimer->showRun(m_run->engine(), m_run->now());
}

void LivePage::reloadCalls()
{
    m_ui->callCombo->clear();
    for (const storage::CohortCall &call : m_run->calls()) {
        // Program titles usually carry their number already ("Call 1: ...").
        QString title = QString::fromStdString(call.call.title);
        if (!title.startsWith(tr("Call %1").arg(call.number)))
            title = tr("Call %1: %2").arg(call.number).arg(title);
        const QDateTime when = QDateTime::fromString(QString::fromStdString(call.call.plannedStart), Qt::ISODate);
        if (when.isValid())
            title = tr("%1 (%2)").arg(title, QLocale().toString(when, QStringLiteral("ddd d MMM, HH:mm")));
        m_ui->callCombo->addItem(title, call.number);
    }
}

void LivePage::addLateJoiner()
{
    if (!m_run->engine())
        return;
    // The run follows the current cohort, whose roster the People model holds.
    const std::vector<core::Member> &members = m_workspace.people()->members();
    const std::vector<std::string> &speaking = m_run->engine()->speakingOrder().names();
    QStringList names;
    std::vector<core::PersonId> ids;
    for (const auto &m : members) {
        if (std::find(speaking.begin(), speaking.end(), m.person.displayName) != speaking.end())
            continue;
        names << QString::fromStdString(m.person.displayName);
        ids.push_back(m.person.id);
    }
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("Add a late joiner"), tr("Everyone in the cohort is already in the speaking order."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Add a late joiner"),
                                                 tr("Who has just arrived? They are marked late and speak last."),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    const auto index = static_cast<std::size_t>(names.indexOf(chosen));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::seconds>(m_workspace.clock().wallNow().time_since_epoch()).count());
    m_run->addLateJoiner(ids.at(index), now.toString(QStringLiteral("HH:mm")).toStdString());
}

void LivePage::startSelectedCall()
{
    if (m_ui->callCombo->currentIndex() < 0)
        return;
    const core::RunEngine *engine = m_run->engine();
    if (engine && engine->status() != core::RunStatus::Finished
        && QMessageBox::question(this, tr("Start another call"),
                                 tr("A call is under way. Start the chosen call from the beginning instead?"))
               != QMessageBox::Yes)
        return;
    const int callNumber = m_ui->callCombo->currentData().toInt();
    if (m_run->start(callNumber, m_run->presentNames(callNumber), QRandomGenerator::global()->generate64()))
        m_repaint->start();
}

void LivePage::takeOver()
{
    const QString who = m_run->driverName().isEmpty() ? tr("the other host") : m_run->driverName();
    const auto answer = QMessageBox::question(this, tr("Take over the run"),
        tr("Drive call %1 from this computer? %2's Convener then follows your run, and their controls do nothing "
           "until they take it back. Do this when they hand the call to you or their connection has dropped.")
            .arg(m_run->callNumber())
            .arg(who),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes && m_run->takeOver())
        m_repaint->start();
}

void LivePage::togglePause()
{
    // After the end, Space never starts the call again from its first step:
    // Start call does, on purpose.
    if (!m_run->engine())
        startSelectedCall();
    else if (m_run->engine()->status() == core::RunStatus::Finished)
        m_ui->statusLabel->setText(tr("The call has ended. Press Start call to run a call again."));
    else
        m_run->togglePause();
}

QString LivePage::endQuestion() const
{
    const core::RunEngine *engine = m_run->engine();
    const auto now = m_run->now();
    QString where = tr("You are at step %1 of %2, %3, with %4 left in this phase.")
                        .arg(engine->stepIndex() + 1)
                        .arg(engine->stepCount())
                        .arg(QString::fromStdString(engine->currentStep().title))
                        .arg(LiveText::length(engine->remaining(now)));
    const int notRun = engine->stepCount() - engine->stepIndex() - 1;
    if (notRun == 1)
        where += QLatin1Char(' ') + tr("The last step, after it, will not be run.");
    else if (notRun > 1)
        where += QLatin1Char(' ') + tr("The %1 steps after it will not be run.").arg(notRun);
    return tr("End call %1 now?").arg(m_run->callNumber()) + QStringLiteral("\n\n") + where + QStringLiteral("\n\n")
        + tr("The timer stops and the call is over. Edit > Undo brings the run back while Convener is open.");
}

void LivePage::endCall()
{
    const core::RunEngine *engine = m_run->engine();
    if (!engine || m_run->following()
        || (engine->status() != core::RunStatus::Running && engine->status() != core::RunStatus::Paused))
        return;
    const auto answer = QMessageBox::question(
        this, tr("End the call"), endQuestion(), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_run->endCall();
}

void LivePage::copyPrompt()
{
    if (m_run->engine() && !m_run->engine()->currentPrompts().empty()) {
        QGuiApplication::clipboard()->setText(joined(m_run->engine()->currentPrompts()));
        confirmCopied(m_ui->copyPromptButton);
    }
}

void LivePage::copyCue()
{
    if (!m_run->engine())
        return;
    if (const auto cue = m_run->engine()->currentCue(m_run->now())) {
        QGuiApplication::clipboard()->setText(QString::fromStdString(cue->text));
        confirmCopied(m_ui->copyCueButton);
    }
}

void LivePage::copySpeakingOrder()
{
    const core::RunEngine *engine = m_run->engine();
    if (!engine || engine->speakingOrder().empty())
        return;
    const auto &order = engine->speakingOrder();
    QGuiApplication::clipboard()->setText(QString::fromStdString(order.announcement(order.perPerson(engine->currentSlot().duration))));
    confirmCopied(m_ui->copyOrderButton);
}

void LivePage::showPresenter()
{
    if (!m_presenter) {
        m_presenter = new PresenterWindow();
        installKeys(m_presenter);
    }
    // The chosen screen; without a choice a second screen, leaving this one to the host.
    const QList<QScreen *> screens = QGuiApplication::screens();
    QStringList names;
    for (const QScreen *s : screens)
        names << s->name();
    const int index = PresenterScreens::choose(names, static_cast<int>(screens.indexOf(screen())),
                                               QSettings().value(PresenterScreens::settingsKey()).toString());
    m_presenter->showOn(index >= 0 ? screens.at(index) : nullptr);
    m_presenter->showRun(m_run->engine(), m_run->now());
}

void LivePage::fillScreens()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QComboBox *combo = m_ui->presenterScreenCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const QScreen *s : screens)
        combo->addItem(PresenterScreens::label(s), s->name());
    QStringList names;
    for (const QScreen *s : screens)
        names << s->name();
    combo->setCurrentIndex(PresenterScreens::choose(names, static_cast<int>(screens.indexOf(screen())),
                                                    QSettings().value(PresenterScreens::settingsKey()).toString()));
    // A choice of one is no choice.
    combo->setVisible(screens.size() > 1);
}

void LivePage::fitToEndOnTime()
{
    if (!m_run->engine() || m_run->following())
        return;
    const core::RunFit fit = m_run->fitToEndOnTime();
    if (!fit.changed()) {
        // "On time" only when the schedule says so too: a call running over
        // with nothing left to shorten is told how far over it runs.
        const core::RunSchedule s = m_run->engine()->schedule(m_run->now());
        const core::Clock::Duration over = std::max<core::Clock::Duration>(fit.overBy, -s.ahead);
        m_ui->fitLabel->setText(over > core::Clock::Duration {}
                ? tr("Nothing was changed: the call runs %1 over, and the steps to come are already at their "
                     "minimums.")
                      .arg(LiveText::exactLength(over))
                : tr("The call is on time; nothing was changed."));
        return;
    }
    // Only the steps whose length changed, each to the second where
    // rounding to minutes would hide the change.
    QStringList changes;
    for (const core::RunPlanChange &c : fit.changes) {
        if (c.before == c.after)
            continue;
        const bool sameMinutes = LiveText::length(c.before) == LiveText::length(c.after);
        const auto said
            = [sameMinutes](core::Seconds d) { return sameMinutes ? LiveText::exactLength(d) : LiveText::length(d); };
        changes << tr("%1 %2 → %3").arg(QString::fromStdString(c.title), said(c.before), said(c.after));
    }
    QString text = tr("Saved %1 (undo with Ctrl+Z): %2.").arg(LiveText::length(fit.saved), changes.join(QStringLiteral("; ")));
    if (fit.stillOver > core::Seconds{0})
        text += QLatin1Char(' ') + tr("Still %1 over: the rest is at its minimums.").arg(LiveText::length(fit.stillOver));
    m_ui->fitLabel->setText(text);
}

void LivePage::showTransitions(const std::vector<core::RunTransition> &happened)
{
    const core::RunEngine *engine = m_run->engine();
    switch (LiveNotifier::momentOf(happened)) {
    case LiveNotifier::Moment::PhaseEnd:
        m_notifier->notify(tr("Time is up"), engine ? LiveText::step(*engine) : QString());
        break;
    case LiveNotifier::Moment::Warning:
        m_notifier->notify(tr("Time to start wrapping up"), engine ? LiveText::step(*engine) : QString());
        break;
    case LiveNotifier::Moment::Nothing:
        break;
    }
    for (const core::RunTransition &t : happened) {
        if (t.event == core::RunEvent::PhaseStarted)
            m_ui->fitLabel->clear();
    }
}

void LivePage::refreshIdle()
{
    for (QWidget *w : { static_cast<QWidget *>(m_ui->speakersList), static_cast<QWidget *>(m_ui->nextSpeakerButton),
             static_cast<QWidget *>(m_ui->copyOrderButton) })
        w->setVisible(true);
    m_ui->speakersGroup->setTitle(tr("Speaking order"));
    m_ui->stepLabel->setText(m_ui->callCombo->count() == 0 ? tr("This cohort has no calls yet: choose a program for it first.")
                                                           : tr("No call running: choose a call and press Start (or Space)."));
    m_ui->phaseLabel->clear();
    m_ui->timerLabel->setText(QStringLiteral("--:--"));
    m_ui->urgencyIcon->clear();
    m_ui->urgencyLabel->clear();
    m_ui->nextLabel->clear();
    m_ui->scheduleLabel->clear();
    m_ui->progressBar->setValue(0);
    m_ui->promptText->clear();
    m_ui->cueText->clear();
    m_ui->nextCueLabel->clear();
    m_ui->notesText->clear();
    m_ui->speakersList->clear();
}

void LivePage::refresh()
{
    const core::RunEngine *engine = m_run->engine();
    const bool following = m_run->following();
    // A run another Convener drives is shown, not controlled, from here.
    const bool underWay
        = engine && (engine->status() == core::RunStatus::Running || engine->status() == core::RunStatus::Paused);
    const bool live = !following && underWay;
    m_ui->followBar->setVisible(following);
    if (following) {
        const QString who = m_run->driverName().isEmpty() ? tr("Another host") : m_run->driverName();
        m_ui->followLabel->setText(engine && engine->status() == core::RunStatus::Finished
                ? tr("%1 ended call %2 on their computer. Start a call here when you run the next one.")
                      .arg(who)
                      .arg(m_run->callNumber())
                : tr("%1 is running call %2 on their computer; this screen follows their timer, steps and "
                     "speaking order. Take over when they hand the call to you or their connection drops.")
                      .arg(who)
                      .arg(m_run->callNumber()));
        m_ui->takeOverButton->setVisible(engine && engine->status() != core::RunStatus::Finished);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_ui->pauseButton), static_cast<QWidget *>(m_ui->nextButton),
                       static_cast<QWidget *>(m_ui->previousButton), static_cast<QWidget *>(m_ui->plusButton),
                       static_cast<QWidget *>(m_ui->minusButton), static_cast<QWidget *>(m_ui->restartButton),
                       static_cast<QWidget *>(m_ui->endButton), static_cast<QWidget *>(m_ui->fitButton),
                       static_cast<QWidget *>(m_ui->nextSpeakerButton), static_cast<QWidget *>(m_ui->lateJoinerButton)})
        w->setEnabled(live);
    m_ui->startButton->setEnabled(
        m_ui->callCombo->count() > 0 && !(following && engine && engine->status() != core::RunStatus::Finished));
    m_ui->pauseButton->setText(engine && engine->status() == core::RunStatus::Paused ? tr("Resume") : tr("Pause"));
    // A run followed from another Convener goes on by this computer's clock too.
    if (underWay && !m_repaint->isActive())
        m_repaint->start();
    if (m_presenter)
        m_presenter->showRun(engine, m_run->now());
    if (m_miniTimer)
        m_miniTimer->showRun(engine, m_run->now());
    if (!engine) {
        refreshIdle();
        return;
    }
    const auto now = m_run->now();
    const bool ended = engine->status() == core::RunStatus::Finished;
    if (!ended)
        m_ui->statusLabel->clear();
    if (ended) {
        // Not the step it ended in, as if it were still running.
        m_ui->stepLabel->setText(tr("Call %1 has ended").arg(m_run->callNumber()));
        m_ui->phaseLabel->setText(tr("It ended during step %1 of %2: %3.")
                                      .arg(engine->stepIndex() + 1)
                                      .arg(engine->stepCount())
                                      .arg(QString::fromStdString(engine->currentStep().title)));
        m_ui->timerLabel->setText(QStringLiteral("--:--"));
    } else {
        m_ui->stepLabel->setText(LiveText::step(*engine));
        m_ui->phaseLabel->setText(LiveText::phase(*engine));
        m_ui->timerLabel->setText(LiveText::remaining(engine->remaining(now)));
    }
    m_ui->urgencyLabel->setText(LiveText::urgency(*engine, now));

    QStyle::StandardPixmap icon = QStyle::SP_MediaPlay;
    QString colour = QStringLiteral("palette(text)");
    switch (engine->urgency(now)) {
    case core::RunUrgency::Calm:
        break;
    case core::RunUrgency::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        colour = QStringLiteral("#b35c00");
        break;
    case core::RunUrgency::FinalMinute:
    case core::RunUrgency::Overtime:
        icon = QStyle::SP_MessageBoxCritical;
        colour = QStringLiteral("#c0221b");
        break;
    }
    if (engine->status() == core::RunStatus::Paused)
        icon = QStyle::SP_MediaPause;
    if (engine->status() == core::RunStatus::Finished)
        icon = QStyle::SP_DialogApplyButton;
    m_ui->urgencyIcon->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    m_ui->timerLabel->setStyleSheet(QStringLiteral("font-size: 64pt; font-weight: 600; color: %1;").arg(colour));

    if (engine->status() == core::RunStatus::Finished) {
        m_ui->nextLabel->setText(tr("Start another call from the list when you are ready."));
    } else if (const auto parts = engine->stepSlots(engine->stepIndex());
               engine->slotIndex() + 1 < static_cast<int>(parts.size()) && !engine->waitingForHost()) {
        const auto &next = parts.at(static_cast<std::size_t>(engine->slotIndex() + 1));
        const QString what = next.kind == core::SlotKind::Changeover
                                 ? tr("changeover")
                                 : QString::fromStdString(engine->currentStep().phases.at(static_cast<std::size_t>(next.phaseIndex)).title);
        m_ui->nextLabel->setText(tr("Next, on its own: %1 (%2)").arg(what, LiveText::length(next.duration)));
    } else if (engine->stepIndex() + 1 < engine->stepCount()) {
        const int n = engine->stepIndex() + 1;
        const auto parts = engine->stepSlots(n);
        m_ui->nextLabel->setText(tr("Next step, when you press Right: %1 (%2)")
                                     .arg(QString::fromStdString(engine->call().steps.at(static_cast<std::size_t>(n)).title),
                                          LiveText::length(parts.back().offset + parts.back().duration)));
    } else {
        m_ui->nextLabel->setText(tr("This is the last step; then end the call."));
    }
    refreshSchedule();
    refreshCues();
    refreshSpeakers();
}

void LivePage::refreshSchedule()
{
    const core::RunEngine *engine = m_run->engine();
    const auto now = m_run->now();
    const core::RunSchedule s = engine->schedule(now);
    const auto clockTime = [this](core::Clock::Time t) {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(m_run->wallAt(t).time_since_epoch());
        return QDateTime::fromMSecsSinceEpoch(ms.count()).time().toString(QStringLiteral("HH:mm"));
    };
    if (engine->status() == core::RunStatus::Finished) {
        // How far ahead an ended call is would change with every second.
        m_ui->scheduleLabel->setText(tr("Its planned end was %1.").arg(clockTime(s.plannedEnd)));
        // Not "100% of the plan" for a call ended at its second step.
        m_ui->progressBar->setValue(100);
        m_ui->progressBar->setFormat(tr("Ended"));
        return;
    }
    m_ui->progressBar->setFormat(tr("%p% of the plan"));
    QString standing = tr("on time");
    if (s.ahead >= std::chrono::seconds(30))
        standing = tr("%1 ahead").arg(LiveText::length(s.ahead));
    else if (s.ahead <= -std::chrono::seconds(30))
        standing = tr("%1 behind").arg(LiveText::length(s.ahead));
    m_ui->scheduleLabel->setText(tr("Planned end %1 · projected end %2 · %3")
                                     .arg(clockTime(s.plannedEnd), clockTime(s.projectedEnd), standing));
    m_ui->progressBar->setValue(static_cast<int>(s.progress * 100.0));
}

void LivePage::refreshCues()
{
    const core::RunEngine *engine = m_run->engine();
    const auto now = m_run->now();
    const auto prompts = engine->currentPrompts();
    m_ui->promptText->setText(prompts.empty() ? tr("No prompt for this step.") : joined(prompts));
    m_ui->copyPromptButton->setEnabled(!prompts.empty());
    const auto cue = engine->currentCue(now);
    m_ui->cueText->setText(cue ? QString::fromStdString(cue->text) : tr("No cue right now."));
    m_ui->copyCueButton->setEnabled(cue.has_value());
    const auto next = engine->nextCue(now);
    if (next) {
        const auto at = QDateTime::fromMSecsSinceEpoch(
            std::chrono::duration_cast<std::chrono::milliseconds>(m_run->wallAt(next->due).time_since_epoch()).count());
        m_ui->nextCueLabel->setText(tr("Next cue at %1 (in %2): %3")
                                        .arg(at.time().toString(QStringLiteral("HH:mm")),
                                             LiveText::remaining(next->due - now), QString::fromStdString(next->text)));
    } else {
        m_ui->nextCueLabel->setText(tr("No more cues in this step or the next."));
    }
    const std::string &notes = engine->currentStep().facilitatorNotes;
    m_ui->notesText->setText(notes.empty() ? tr("No notes for this step.") : QString::fromStdString(notes));
}

void LivePage::refreshSpeakers()
{
    // In breakout rooms nobody speaks in the circle's order: the list would
    // only invite the host to announce it.
    const core::RunEngine *engine = m_run->engine();
    // (A late joiner can still be added: they speak last once the circle is back.)
    const bool circle = engine->status() == core::RunStatus::Finished || !engine->currentStep().breakout;
    for (QWidget *w : { static_cast<QWidget *>(m_ui->speakersList), static_cast<QWidget *>(m_ui->nextSpeakerButton),
             static_cast<QWidget *>(m_ui->copyOrderButton) })
        w->setVisible(circle);
    m_ui->speakersGroup->setTitle(
        circle ? tr("Speaking order") : tr("Speaking order: not used while people are in breakout rooms"));
    const core::SpeakingOrder &order = engine->speakingOrder();
    if (m_ui->speakersList->count() != order.size()) {
        m_ui->speakersList->clear();
        for (const std::string &name : order.names())
            m_ui->speakersList->addItem(QString::fromStdString(name));
    }
    for (int i = 0; i < m_ui->speakersList->count(); ++i) {
        QListWidgetItem *item = m_ui->speakersList->item(i);
        const QString name = QString::fromStdString(order.names().at(static_cast<std::size_t>(i)));
        // The current speaker is marked in words as well as in bold.
        item->setText(i == order.position() ? tr("%1 (speaking now)").arg(name) : name);
        QFont font = item->font();
        font.setBold(i == order.position());
        item->setFont(font);
    }
}

} // namespace convener::gui
