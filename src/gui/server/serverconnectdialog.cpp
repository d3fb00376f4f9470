// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/server/serverconnectdialog.h"

#include "ui_serverconnectdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace convener::gui {

namespace {

// libpq's sslmode values, strongest first; the first is preselected.
const char *const kTlsModes[] = { "verify-full", "verify-ca", "require", "prefer", "disable" };

bool checksCertificate(const QString &mode)
{
    return mode == QLatin1String("verify-full") || mode == QLatin1String("verify-ca");
}

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerConnectDialog>())
{
    m_ui->setupUi(this);
    m_connectButton = m_ui->buttonBox->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);

    m_ui->tlsModeCombo->addItem(
        tr("verify-full: encrypted, right server checked (recommended)"), QString::fromLatin1(kTlsModes[0]));
    m_ui->tlsModeCombo->addItem(tr("verify-ca: encrypted, certificate checked"), QString::fromLatin1(kTlsModes[1]));
    m_ui->tlsModeCombo->addItem(tr("require: encrypted, nothing checked"), QString::fromLatin1(kTlsModes[2]));
    m_ui->tlsModeCombo->addItem(tr("prefer: encrypted if the server offers it"), QString::fromLatin1(kTlsModes[3]));
    m_ui->tlsModeCombo->addItem(tr("disable: not encrypted"), QString::fromLatin1(kTlsModes[4]));
    m_ui->tlsModeCombo->setCurrentIndex(0);

    for (QLineEdit *edit : { m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->caFileEdit })
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::check);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ServerConnectDialog::check);
    connect(m_ui->tlsModeCombo, &QComboBox::currentIndexChanged, this, &ServerConnectDialog::showTlsMode);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ServerConnectDialog::chooseCertificateAuthority);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServerConnectDialog::requestConnect);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showTlsMode();
}

ServerConnectDialog::~ServerConnectDialog() = default;

void ServerConnectDialog::setAddress(const storage::ServerAddress &address)
{
    m_ui->hostEdit->setText(address.host);
    m_ui->portSpin->setValue(address.port > 0 ? address.port : 5432);
    m_ui->databaseEdit->setText(address.database);
    m_ui->userEdit->setText(address.user);
    // An address that leaves the mode to libpq gets libpq's default, prefer.
    const int mode
        = m_ui->tlsModeCombo->findData(address.sslMode.isEmpty() ? QStringLiteral("prefer") : address.sslMode);
    if (mode >= 0)
        m_ui->tlsModeCombo->setCurrentIndex(mode);
    m_ui->caFileEdit->setText(address.sslRootCert);
    m_ui->passwordEdit->clear();
    check();
    // Everything but the password is there: that is what is left to type.
    if (m_connectButton->isEnabled())
        m_ui->passwordEdit->setFocus();
}

storage::ServerAddress ServerConnectDialog::address() const
{
    storage::ServerAddress address;
    address.host = m_ui->hostEdit->text().trimmed();
    address.port = m_ui->portSpin->value();
    address.database = m_ui->databaseEdit->text().trimmed();
    address.user = m_ui->userEdit->text().trimmed();
    address.password = m_ui->passwordEdit->text();
    address.sslMode = m_ui->tlsModeCombo->currentData().toString();
    if (checksCertificate(address.sslMode))
        address.sslRootCert = m_ui->caFileEdit->text().trimmed();
    return address;
}

bool ServerConnectDialog::rememberPassword() const
{
    return m_ui->rememberCheck->isEnabled() && m_ui->rememberCheck->isChecked();
}

void ServerConnectDialog::setRememberPassword(bool remember)
{
    m_ui->rememberCheck->setChecked(remember && m_ui->rememberCheck->isEnabled());
}

models::DatabaseTarget ServerConnectDialog::target() const
{
    return models::DatabaseTarget::teamServer(address(), rememberPassword());
}

void ServerConnectDialog::setKeychainProblem(const QString &reason)
{
    const bool missing = !reason.isEmpty();
    m_ui->rememberCheck->setEnabled(!missing);
    if (missing)
        m_ui->rememberCheck->setChecked(false);
    m_ui->keychainNoteLabel->setVisible(missing);
    m_ui->keychainNoteLabel->setText(missing ? tr("No keychain answers on this computer, so Convener keeps the "
                                                  "password only until it closes. (The keychain said: %1)")
                                                   .arg(reason)
                                             : QString());
}

void ServerConnectDialog::refuse(const QString &message, bool passwordWanted)
{
    unsetCursor();
    m_ui->problemLabel->setText(QStringLiteral("\u26A0 ") + message);
    check();
    if (passwordWanted) {
        // Nothing kept is tried again by itself: the password has to be typed.
        m_ui->passwordEdit->setPlaceholderText(tr("Type the password"));
        m_ui->passwordEdit->setFocus();
        m_ui->passwordEdit->selectAll();
    }
}

void ServerConnectDialog::showTlsMode()
{
    const QString mode = m_ui->tlsModeCombo->currentData().toString();
    QString help;
    if (mode == QLatin1String("verify-full"))
        help = tr("The connection is encrypted, and Convener makes sure the server's certificate is signed by the "
                  "authority below and made out to this server's name. Use this whenever the server is across a "
                  "network.");
    else if (mode == QLatin1String("verify-ca"))
        help = tr("The connection is encrypted and the certificate must be signed by the authority below, but the "
                  "name it is made out to is not checked.");
    else if (mode == QLatin1String("require"))
        help = tr("The connection is encrypted, but any certificate is accepted, so a machine pretending to be the "
                  "server would not be noticed.");
    else if (mode == QLatin1String("prefer"))
        help = tr("Encrypted when the server offers it, otherwise sent as plain text; nothing is checked. This is "
                  "what PostgreSQL does when told nothing.");
    else
        help = tr("Nothing is encrypted. Only for a server on this computer or on a network you fully trust.");
    m_ui->tlsHelpLabel->setText(help);
    const bool certificate = checksCertificate(mode);
    m_ui->caFileLabel->setEnabled(certificate);
    m_ui->caFileEdit->setEnabled(certificate);
    m_ui->caBrowseButton->setEnabled(certificate);
    check();
}

void ServerConnectDialog::check()
{
    const storage::ServerAddress typed = address();
    const bool complete = !typed.host.isEmpty() && !typed.database.isEmpty() && !typed.user.isEmpty();
    m_ui->addressValue->setText(complete ? typed.display() : tr("Fill in the server, the database and the user."));
    m_connectButton->setEnabled(complete);
}

void ServerConnectDialog::chooseCertificateAuthority()
{
    const QString start = m_ui->caFileEdit->text().isEmpty() ? QDir::homePath() : m_ui->caFileEdit->text();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Certificate Authority"), start, tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(QDir::toNativeSeparators(file));
}

void ServerConnectDialog::requestConnect()
{
    if (!m_connectButton->isEnabled())
        return;
    m_ui->problemLabel->setText(tr("Connecting to %1…").arg(address().display()));
    m_connectButton->setEnabled(false);
    setCursor(Qt::BusyCursor);
    // Connecting blocks until the server answers or the time limit passes: show the line first.
    m_ui->problemLabel->repaint();
    Q_EMIT connectRequested();
}

} // namespace convener::gui
