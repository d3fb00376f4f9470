// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// File > Connect to Team Server: the address the dialog makes, a refusal shown
// in place, and (tagged [server]) a real login through the window, the
// session and the run's test server.
#include "gui/mainwindow.h"
#include "gui/server/serverconnectdialog.h"
#include "models/workspace.h"
#include "support/nopasswordfromenvironment.h"
#include "support/requirechild.h"
#include "support/testsession.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace convener;
using tests::requireChild;

namespace {

void fill(gui::ServerConnectDialog &dialog, const QString &host, int port, const QString &database, const QString &user,
    const QString &password)
{
    requireChild<QLineEdit>(dialog, "hostEdit")->setText(host);
    requireChild<QSpinBox>(dialog, "portSpin")->setValue(port);
    requireChild<QLineEdit>(dialog, "databaseEdit")->setText(database);
    requireChild<QLineEdit>(dialog, "userEdit")->setText(user);
    requireChild<QLineEdit>(dialog, "passwordEdit")->setText(password);
}

void chooseTlsMode(const QObject &dialog, const char *mode)
{
    auto *combo = requireChild<QComboBox>(dialog, "tlsModeCombo");
    const int index = combo->findData(QString::fromLatin1(mode));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE(
    "Connect dialog: each encryption mode makes its address, and the authority's file goes with the checking ones")
{
    gui::ServerConnectDialog dialog;
    fill(dialog, QStringLiteral("db.example.org"), 6543, QStringLiteral("cohorts"), QStringLiteral("maya"),
        QStringLiteral("s3cret"));
    auto *combo = requireChild<QComboBox>(dialog, "tlsModeCombo");
    auto *caFile = requireChild<QLineEdit>(dialog, "caFileEdit");
    auto *browse = requireChild<QPushButton>(dialog, "caBrowseButton");
    auto *help = requireChild<QLabel>(dialog, "tlsHelpLabel");
    auto *shown = requireChild<QLabel>(dialog, "addressValue");
    caFile->setText(QStringLiteral("/home/maya/team-ca.crt"));

    // The safe mode is the one offered, and says so.
    CHECK(combo->currentData().toString() == QStringLiteral("verify-full"));
    CHECK(combo->currentText().contains(QStringLiteral("recommended")));

    const QStringList modes { QStringLiteral("verify-full"), QStringLiteral("verify-ca"), QStringLiteral("require"),
        QStringLiteral("prefer"), QStringLiteral("disable") };
    REQUIRE(combo->count() == modes.size());
    QStringList helps;
    for (const QString &mode : modes) {
        chooseTlsMode(dialog, qPrintable(mode));
        const bool checks = mode.startsWith(QLatin1String("verify"));
        const storage::ServerAddress address = dialog.address();
        CHECK(address.host == QStringLiteral("db.example.org"));
        CHECK(address.port == 6543);
        CHECK(address.database == QStringLiteral("cohorts"));
        CHECK(address.user == QStringLiteral("maya"));
        CHECK(address.password == QStringLiteral("s3cret"));
        CHECK(address.sslMode == mode);
        CHECK(address.sslRootCert == (checks ? QStringLiteral("/home/maya/team-ca.crt") : QString()));
        CHECK(caFile->isEnabled() == checks);
        CHECK(browse->isEnabled() == checks);
        CHECK(shown->text() == QStringLiteral("postgresql://maya@db.example.org:6543/cohorts?sslmode=") + mode);
        CHECK_FALSE(shown->text().contains(QStringLiteral("s3cret")));
        CHECK_FALSE(help->text().isEmpty());
        helps << help->text();
        CHECK(dialog.target().isServer());
        CHECK(dialog.target().server->sslMode == mode);
    }
    helps.removeDuplicates();
    CHECK(helps.size() == modes.size());
}

TEST_CASE("Connect dialog: Connect waits for a server, a database and a user")
{
    gui::ServerConnectDialog dialog;
    auto *connectButton = requireChild<QPushButton>(dialog, "connectButton");
    CHECK(connectButton->isDefault());
    CHECK_FALSE(connectButton->isEnabled());
    fill(dialog, QStringLiteral("db.example.org"), 5432, QStringLiteral("cohorts"), QString(), QString());
    CHECK_FALSE(connectButton->isEnabled());
    requireChild<QLineEdit>(dialog, "userEdit")->setText(QStringLiteral("maya"));
    CHECK(connectButton->isEnabled());
    CHECK(requireChild<QSpinBox>(dialog, "portSpin")->value() == 5432);
}

TEST_CASE("Connect dialog: a refusal is shown in the dialog, with everything as typed")
{
    gui::ServerConnectDialog dialog;
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    fill(dialog, QStringLiteral("db.example.org"), 5432, QStringLiteral("cohorts"), QStringLiteral("maya"),
        QStringLiteral("typo"));
    chooseTlsMode(dialog, "require");
    requireChild<QCheckBox>(dialog, "rememberCheck")->setChecked(true);
    QSignalSpy asked(&dialog, &gui::ServerConnectDialog::connectRequested);
    auto *connectButton = requireChild<QPushButton>(dialog, "connectButton");
    connectButton->click();
    REQUIRE(asked.size() == 1);
    // Busy until whoever connects answers.
    CHECK_FALSE(connectButton->isEnabled());
    CHECK(requireChild<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("Connecting")));
    CHECK(dialog.target().rememberPassword);

    dialog.refuse(QStringLiteral("The team server did not accept the login 'maya'."), true);
    CHECK(dialog.isVisible());
    CHECK(requireChild<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("did not accept")));
    CHECK(connectButton->isEnabled());
    const storage::ServerAddress kept = dialog.address();
    CHECK(kept.host == QStringLiteral("db.example.org"));
    CHECK(kept.database == QStringLiteral("cohorts"));
    CHECK(kept.user == QStringLiteral("maya"));
    CHECK(kept.sslMode == QStringLiteral("require"));
    CHECK(kept.password == QStringLiteral("typo"));
    CHECK(dialog.rememberPassword());
    // The password is ready to be typed over, and nothing kept stands in for it.
    auto *password = requireChild<QLineEdit>(dialog, "passwordEdit");
    CHECK(password->hasFocus());
    CHECK(password->selectedText() == QStringLiteral("typo"));
    CHECK_FALSE(password->placeholderText().contains(QStringLiteral("keeps")));
}

TEST_CASE("Connect dialog: without a keychain it says so once, under the box, and the box is off")
{
    gui::ServerConnectDialog dialog;
    auto *remember = requireChild<QCheckBox>(dialog, "rememberCheck");
    auto *note = requireChild<QLabel>(dialog, "keychainNoteLabel");
    remember->setChecked(true);
    dialog.setKeychainProblem(QStringLiteral("no Secret Service on the session bus"));
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().contains(QStringLiteral("no Secret Service on the session bus")));
    CHECK_FALSE(remember->isEnabled());
    CHECK_FALSE(dialog.rememberPassword());
    dialog.setRememberPassword(true);
    CHECK_FALSE(dialog.rememberPassword());
    CHECK_FALSE(dialog.target().rememberPassword);

    gui::ServerConnectDialog withKeychain;
    withKeychain.setKeychainProblem(QString());
    CHECK(requireChild<QLabel>(withKeychain, "keychainNoteLabel")->isHidden());
    CHECK(requireChild<QCheckBox>(withKeychain, "rememberCheck")->isEnabled());
    // A kept password was refused: the new one is to replace it unless the person says otherwise.
    withKeychain.setRememberPassword(true);
    CHECK(withKeychain.rememberPassword());
}

TEST_CASE("Connect dialog: its texts are shown whole, neither cut nor padded, after a long address and a refusal")
{
    // As a person fills it in: the dialog is shown first and grows with the address typed.
    gui::ServerConnectDialog dialog;
    dialog.setKeychainProblem(QStringLiteral("no Secret Service is running on the session bus of this desktop"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(requireChild<QLineEdit>(dialog, "hostEdit"), QStringLiteral("postgres.cohorts.example.org"));
    QTest::keyClicks(requireChild<QLineEdit>(dialog, "databaseEdit"), QStringLiteral("spring_practice_circle"));
    QTest::keyClicks(requireChild<QLineEdit>(dialog, "userEdit"), QStringLiteral("maya.okafor"));
    QTest::keyClicks(requireChild<QLineEdit>(dialog, "caFileEdit"), QStringLiteral("/home/maya/team-ca.crt"));
    QTest::keyClicks(requireChild<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("typo"));
    requireChild<QPushButton>(dialog, "connectButton")->click();
    QCoreApplication::processEvents();
    dialog.refuse(QStringLiteral("The team server did not accept the login 'maya.okafor': the user or the password is "
                                 "wrong, or the login has ended."),
        true);
    REQUIRE(QTest::qWaitFor([&dialog] { return dialog.size() == dialog.minimumSize(); }));
    QCoreApplication::processEvents();
    for (const char *name : { "introLabel", "tlsHelpLabel", "keychainNoteLabel", "problemLabel" }) {
        auto *label = requireChild<QLabel>(dialog, name);
        INFO(name << " is " << label->width() << " wide and " << label->height() << " high");
        const int needed = label->heightForWidth(label->width());
        CHECK(label->height() >= needed);
        CHECK(label->height() < needed + label->fontMetrics().lineSpacing());
    }
    auto *address = requireChild<QLabel>(dialog, "addressValue");
    CHECK(address->width() >= address->sizeHint().width());
}

TEST_CASE("Connect dialog: filled in from an address, never with its password")
{
    storage::ServerAddress address;
    address.host = QStringLiteral("db.example.org");
    address.database = QStringLiteral("cohorts");
    address.user = QStringLiteral("maya");
    address.password = QStringLiteral("s3cret");
    address.sslMode = QStringLiteral("verify-ca");
    address.sslRootCert = QStringLiteral("/etc/team-ca.pem");
    gui::ServerConnectDialog dialog;
    dialog.setAddress(address);
    const storage::ServerAddress shown = dialog.address();
    CHECK(shown.port == 5432);
    CHECK(shown.sslMode == QStringLiteral("verify-ca"));
    CHECK(shown.sslRootCert == QStringLiteral("/etc/team-ca.pem"));
    CHECK(shown.password.isEmpty());
}

namespace {

// The app's wiring in small: a session on a database file, a window over its
// workspace, and switching as the window asks (see src/app/main.cpp).
struct App : tests::TestSession
{
    std::unique_ptr<gui::MainWindow> window;
    int windowsMade = 0;

    App()
    {
        QObject::connect(&session, &models::DatabaseSession::aboutToClose, &session, [this] { window.reset(); });
        QObject::connect(&session, &models::DatabaseSession::opened, &session, [this] {
            window = std::make_unique<gui::MainWindow>(
                *session.workspace(), QDate(2026, 11, 22), QStringLiteral("Europe/London"));
            window->setSession(&session);
            ++windowsMade;
            QObject::connect(
                window.get(), &gui::MainWindow::switchRequested, &session,
                [this](const models::DatabaseTarget &target) {
                    const auto switched = session.switchTo(target);
                    if (!switched)
                        window->refuseSwitch(switched.error());
                },
                Qt::QueuedConnection);
            window->show();
        });
        REQUIRE(session.switchTo(models::DatabaseTarget::file(file("ours.sqlite"))));
    }

    QAction *action(const char *name) const { return requireChild<QAction>(*window, name); }
};

} // namespace

TEST_CASE("Connect dialog: the team server refuses a wrong password in the dialog and takes the right one", "[server]")
{
    tests::TempServerDatabase server;
    tests::setUpForConvener(server);
    const tests::NoPasswordFromEnvironment noPassword;
    App app;
    CHECK(app.action("actionConnectToServer")->isVisible());
    CHECK_FALSE(app.action("actionWorkLocally")->isVisible());
    gui::MainWindow *local = app.window.get();

    // This computer's keychain keeps last year's password for the server.
    const storage::ServerAddress &admin = server.address();
    const QString key = models::PasswordStore::keyFor(admin);
    app.store.passwords[key] = QStringLiteral("last-year");

    app.action("actionConnectToServer")->trigger();
    auto *dialog = app.window->findChild<gui::ServerConnectDialog *>();
    REQUIRE(dialog);
    fill(*dialog, admin.host, admin.port, admin.database, admin.user, QString());
    chooseTlsMode(*dialog, "disable");
    auto *remember = requireChild<QCheckBox>(*dialog, "rememberCheck");
    auto *problem = requireChild<QLabel>(*dialog, "problemLabel");
    auto *connectButton = requireChild<QPushButton>(*dialog, "connectButton");
    connectButton->click();
    REQUIRE(QTest::qWaitFor([problem] { return problem->text().contains(QStringLiteral("keychain")); }));
    CHECK(problem->text().contains(QStringLiteral("did not accept the login")));
    // The new password is to replace the refused one.
    CHECK(remember->isChecked());

    requireChild<QLineEdit>(*dialog, "passwordEdit")->setText(QStringLiteral("not-the-password"));
    problem->clear();
    connectButton->click();
    REQUIRE(QTest::qWaitFor([problem] { return problem->text().contains(QStringLiteral("did not accept")); }));
    CHECK_FALSE(problem->text().contains(QStringLiteral("keychain")));

    // Nothing changed: the same window on the same file, the dialog open with what was typed.
    CHECK(app.window.get() == local);
    CHECK_FALSE(app.session.onServer());
    CHECK(app.windowsMade == 1);
    CHECK(dialog->isVisible());
    CHECK(dialog->address().database == admin.database);
    CHECK(dialog->address().password == QStringLiteral("not-the-password"));
    CHECK(app.store.passwords[key] == QStringLiteral("last-year"));
    CHECK(app.store.reads.size() == 1);

    requireChild<QLineEdit>(*dialog, "passwordEdit")->setText(admin.password);
    requireChild<QPushButton>(*dialog, "connectButton")->click();
    REQUIRE(QTest::qWaitFor([&app] { return app.session.onServer(); }));
    CHECK(app.windowsMade == 2);
    REQUIRE(app.window);
    storage::ServerAddress shown = admin;
    shown.password.clear();
    shown.sslMode = QStringLiteral("disable");
    CHECK(app.session.workspace()->databasePath() == shown.display());
    CHECK(app.store.passwords[key] == admin.password);

    // On the server, the way back to this computer's database is offered.
    CHECK(app.action("actionWorkLocally")->isVisible());
    QSignalSpy back(app.window.get(), &gui::MainWindow::switchRequested);
    app.action("actionWorkLocally")->trigger();
    REQUIRE(back.size() == 1);
    const auto target = back.front().front().value<models::DatabaseTarget>();
    CHECK_FALSE(target.isServer());
    CHECK(target.path == storage::Database::defaultPath());
}
