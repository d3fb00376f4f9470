// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/runengine.h"
#include "gui/journal/journalpage.h"
#include "gui/journal/journalpassphrasedialog.h"
#include "gui/live/livepage.h"
#include "gui/mainwindow.h"
#include "gui/journal/recoverykeydialog.h"
#include "models/roster/cohortlistmodel.h"
#include "models/journal/journalvault.h"
#include "models/live/runcontroller.h"
#include "models/workspace.h"
#include "storage/demo/demojournal.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace convener;
using models::JournalVault;

namespace {

const QString kPassphrase = QStringLiteral("moss on the north side");

struct Window
{
    tests::TempDatabase temp;
    models::Workspace workspace{temp.db()};
    gui::MainWindow window{workspace, QDate(2026, 11, 22), QStringLiteral("Europe/London")};
    JournalVault *vault = workspace.journals();

    Window()
    {
        vault->setKdfLimits(crypto::KdfLimits::insecureMinimumForTests());
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    template<typename T>
    T *find(const char *name) const
    {
        // Within the Journal area: other areas may use the same object names.
        auto *widget = window.findChild<gui::JournalPage *>()->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }

    void openJournalArea()
    {
        auto *areas = window.findChild<QListWidget *>(QStringLiteral("areaList"));
        const auto items = areas->findItems(QStringLiteral("Journal"), Qt::MatchExactly);
        REQUIRE(items.size() == 1);
        areas->setCurrentItem(items.front());
        REQUIRE(window.findChild<gui::JournalPage *>()->isVisible());
    }

    void choose(const QString &name)
    {
        auto *combo = find<QComboBox>("personCombo");
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).startsWith(name)) {
                combo->setCurrentIndex(i);
                return;
            }
        }
        FAIL("no such person in the name list");
    }

    void waitUntilIdle()
    {
        if (!vault->busy())
            return;
        QSignalSpy idle(vault, &JournalVault::busyChanged);
        REQUIRE(idle.wait(30000));
    }

    void unlock(const QString &passphrase)
    {
        auto *edit = find<QLineEdit>("passphraseEdit");
        edit->setFocus();
        QTest::keyClicks(edit, passphrase);
        QTest::keyClick(edit, Qt::Key_Return);
        waitUntilIdle();
    }

    bool editorShown() const
    {
        return find<QStackedWidget>("journalStack")->currentWidget()->objectName() == QStringLiteral("JournalEditorPage");
    }
};

void addPeople(Window &w)
{
    core::Cohort c;
    c.name = "Gui journal";
    const auto cohort = w.workspace.roster().createCohort(c).value();
    std::vector<core::Member> add(2);
    add[0].person.displayName = "Ada";
    add[1].person.displayName = "Bo";
    w.workspace.roster().addMembers(cohort, add).value();
    w.workspace.cohorts()->reload();
    w.workspace.setCurrentCohort(cohort);
}

void setUpJournal(Window &w)
{
    w.find<QPushButton>("setUpButton")->click();
    auto *dialog = w.window.findChild<gui::JournalPassphraseDialog *>();
    REQUIRE(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newEdit")), kPassphrase);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")), kPassphrase);
    REQUIRE(ok->isEnabled());
    ok->click();
    w.waitUntilIdle();

    auto *recovery = w.window.findChild<gui::RecoveryKeyDialog *>();
    REQUIRE(recovery);
    CHECK(recovery->findChild<QLabel *>(QStringLiteral("keyLabel"))->text().size() == 69);
    auto *done = recovery->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    CHECK_FALSE(done->isEnabled());
    recovery->findChild<QCheckBox *>(QStringLiteral("writtenDownCheck"))->setChecked(true);
    done->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(w.window.findChild<gui::RecoveryKeyDialog *>());
}

} // namespace

TEST_CASE("Journal area: set up, write, lock and unlock to find the text again")
{
    Window w;
    addPeople(w);
    w.openJournalArea();
    w.choose(QStringLiteral("Ada"));
    CHECK(w.find<QComboBox>("personCombo")->currentText() == QStringLiteral("Ada (no journal)"));
    setUpJournal(w);
    REQUIRE(w.editorShown());

    QTest::keyClicks(w.find<QLineEdit>("titleEdit"), QStringLiteral("After call one"));
    auto *body = w.find<QPlainTextEdit>("bodyEdit");
    QTest::keyClicks(body, QStringLiteral("Listening felt slow and good"));
    CHECK(w.find<QLabel>("wordCountLabel")->text() == QStringLiteral("5 words"));
    CHECK(w.find<QTimer>("autosaveTimer")->isActive());

    w.find<QPushButton>("lockButton")->click();
    CHECK_FALSE(w.editorShown());
    CHECK(body->toPlainText().isEmpty());
    CHECK(w.find<QComboBox>("personCombo")->currentText() == QStringLiteral("Ada (1 journal entry)"));

    w.unlock(kPassphrase);
    REQUIRE(w.editorShown());
    auto *entries = w.find<QTreeView>("entriesView");
    REQUIRE(entries->model()->rowCount() == 1);
    const QModelIndex first = entries->model()->index(0, 1);
    CHECK(first.data().toString() == QStringLiteral("After call one"));
    entries->activated(first);
    CHECK(body->toPlainText() == QStringLiteral("Listening felt slow and good"));
    CHECK(w.find<QLineEdit>("titleEdit")->text() == QStringLiteral("After call one"));
}

TEST_CASE("Journal area: a wrong passphrase says so and nothing more")
{
    Window w;
    addPeople(w);
    w.openJournalArea();
    w.choose(QStringLiteral("Bo"));
    setUpJournal(w);
    w.find<QPushButton>("lockButton")->click();
    w.unlock(QStringLiteral("moss on the south side"));
    CHECK_FALSE(w.editorShown());
    CHECK(w.find<QLabel>("messageLabel")->text() == QStringLiteral("Wrong passphrase."));
    CHECK(w.find<QLineEdit>("passphraseEdit")->text().isEmpty());
}

TEST_CASE("Journal area: a passphrase can be shown while typed, and is hidden again the next time")
{
    Window w;
    addPeople(w);
    w.openJournalArea();
    w.choose(QStringLiteral("Bo"));
    setUpJournal(w);
    w.find<QPushButton>("lockButton")->click();
    auto *edit = w.find<QLineEdit>("passphraseEdit");
    auto *show = w.find<QCheckBox>("showPassphraseCheck");
    CHECK(edit->echoMode() == QLineEdit::Password);
    show->setChecked(true);
    CHECK(edit->echoMode() == QLineEdit::Normal);
    w.unlock(kPassphrase);
    REQUIRE(w.editorShown());
    // Locked again: hidden, whatever was chosen before.
    w.find<QPushButton>("lockButton")->click();
    CHECK_FALSE(show->isChecked());
    CHECK(edit->echoMode() == QLineEdit::Password);

    // The dialog that sets a passphrase shows all its fields at once.
    gui::JournalPassphraseDialog dialog(gui::JournalPassphraseDialog::Purpose::SetUp);
    auto *fields = dialog.findChild<QCheckBox *>(QStringLiteral("showPassphraseCheck"));
    REQUIRE(fields);
    fields->setChecked(true);
    for (const char *name : { "newEdit", "confirmEdit" })
        CHECK(dialog.findChild<QLineEdit *>(QString::fromLatin1(name))->echoMode() == QLineEdit::Normal);
}

TEST_CASE("Journal area: the entry count beside the name follows each entry written, at once")
{
    Window w;
    addPeople(w);
    w.openJournalArea();
    w.choose(QStringLiteral("Ada"));
    setUpJournal(w);
    REQUIRE(w.editorShown());
    auto *names = w.find<QComboBox>("personCombo");
    auto *entries = w.find<QTreeView>("entriesView");
    const int before = entries->model()->rowCount();
    CHECK(names->currentText().startsWith(QStringLiteral("Ada (")));
    // An entry written and saved shows in the count without locking first.
    QTest::keyClicks(w.find<QPlainTextEdit>("bodyEdit"), QStringLiteral("A first thought"));
    w.find<QPushButton>("saveButton")->click();
    w.waitUntilIdle();
    REQUIRE(entries->model()->rowCount() == before + 1);
    const QString expected = before + 1 == 1 ? QStringLiteral("Ada (1 journal entry)")
                                             : QStringLiteral("Ada (%1 journal entries)").arg(before + 1);
    CHECK(names->currentText() == expected);
}

TEST_CASE("Journal area: it locks when idle and when another area is chosen")
{
    Window w;
    addPeople(w);
    w.openJournalArea();
    w.choose(QStringLiteral("Ada"));
    setUpJournal(w);
    QTest::keyClicks(w.find<QPlainTextEdit>("bodyEdit"), QStringLiteral("kept on idle lock"));

    auto *idle = w.find<QTimer>("idleTimer");
    CHECK(idle->isActive());
    CHECK(idle->interval() == gui::JournalPage::kDefaultAutoLockMinutes * 60000);
    QSignalSpy changed(w.vault, &JournalVault::stateChanged);
    idle->start(0);
    REQUIRE(changed.wait(5000));
    CHECK(w.vault->state() == JournalVault::State::Locked);
    CHECK(w.vault->lockedEntryCount() == 1);

    // start(0) above left a zero interval behind; without this the journal
    // would lock again on the first event after unlocking.
    w.window.findChild<gui::JournalPage *>()->setAutoLockMinutes(gui::JournalPage::kDefaultAutoLockMinutes);
    w.unlock(kPassphrase);
    REQUIRE(w.editorShown());
    w.window.findChild<QListWidget *>(QStringLiteral("areaList"))->setCurrentRow(0);
    CHECK(w.vault->state() == JournalVault::State::Locked);
}

TEST_CASE("Journal area: the demo participant's journal opens with the stated passphrase")
{
    Window w;
    REQUIRE(w.workspace.openDemo());
    w.openJournalArea();
    w.choose(QString::fromUtf8(storage::DemoJournal::kOwner));
    CHECK(w.find<QComboBox>("personCombo")->currentText().contains(QStringLiteral("2 journal entries")));
    // Locked: only the title left open on purpose is listed.
    CHECK(w.find<QAbstractItemView>("openTitlesList")->model()->rowCount() == 1);
    w.unlock(QString::fromUtf8(storage::DemoJournal::kPassphrase));
    REQUIRE(w.editorShown());
    CHECK(w.find<QTreeView>("entriesView")->model()->rowCount() == 2);
}

TEST_CASE("Journal area: while a call is live it shows the current step's prompt above the journal")
{
    Window w;
    REQUIRE(w.workspace.openDemo());
    w.openJournalArea();
    auto *frame = w.find<QFrame>("livePromptFrame");
    CHECK_FALSE(frame->isVisible());

    // The journal follows the run of the Live area; the areas never meet.
    models::RunController *run = w.window.findChild<gui::LivePage *>()->run();
    REQUIRE(run->start(1, {"Ada", "Bo"}, 7));
    CHECK_FALSE(frame->isVisible()); // "Welcome" has no prompt to write about.

    REQUIRE(run->jumpToStep(10));
    REQUIRE(frame->isVisible());
    CHECK(w.find<QLabel>("livePromptHeading")->text().contains(QString::fromStdString(run->engine()->currentStep().title)));
    const QString prompt = w.find<QLabel>("livePromptText")->text();
    CHECK(prompt == QString::fromStdString(run->engine()->currentPrompts().front()));
    CHECK_FALSE(prompt.contains(QLatin1Char('{'))); // Variables are filled in.
    CHECK_FALSE(w.find<QLabel>("livePromptText")->textInteractionFlags().testFlag(Qt::TextEditable));

    // Gone when the call ends.
    REQUIRE(run->endCall());
    CHECK_FALSE(frame->isVisible());
}
