// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/databasetarget.h"

#include <memory>
#include <QDialog>

class QPushButton;

namespace Ui {
class ServerConnectDialog;
}

namespace convener::gui {

// Asks where a team server is and how to log in to it: server, port,
// database, user, how the connection is protected (TLS), the certificate
// authority, the password and whether the keychain keeps it, and shows the
// address this makes. Connect does not close it: it emits connectRequested(),
// and whoever connects either closes it or calls refuse(), which shows why in
// the dialog with everything as typed.
class ServerConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnectDialog)

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);
    ~ServerConnectDialog() override;

    // Fills the fields from address; a password in it is not shown or kept.
    void setAddress(const storage::ServerAddress &address);
    // The address as filled in, with the password typed (empty: none typed).
    storage::ServerAddress address() const;
    bool rememberPassword() const;
    // Ticks the remember box (when the keychain can keep passwords): the
    // person kept the password that was refused, so the new one replaces it.
    void setRememberPassword(bool remember);
    // The server to switch to, with the password and whether to remember it.
    models::DatabaseTarget target() const;

    // Why this computer's keychain cannot keep passwords: said once, under the
    // remember box, which is then off.
    void setKeychainProblem(const QString &reason);
    // The connection failed: message says why. With passwordWanted the
    // password field takes the focus, its text selected to be typed over.
    void refuse(const QString &message, bool passwordWanted);

Q_SIGNALS:
    void connectRequested();

private:
    void showTlsMode();
    void check();
    void chooseCertificateAuthority();
    void requestConnect();

    const std::unique_ptr<Ui::ServerConnectDialog> m_ui;
    QPushButton *m_connectButton;
};

} // namespace convener::gui
