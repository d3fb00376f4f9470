// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "support/tempdatabase.h"

#include "models/storageerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <stdexcept>

namespace convener::tests {

void runOnServer(const storage::ServerAddress &address, const QString &statement)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("convener-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setUserName(address.user);
        db.setPassword(address.password);
        db.setDatabaseName(address.database);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(statement))
                failure = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        throw std::runtime_error(
            QString(QStringLiteral("test server: ") + statement + QStringLiteral(": ") + failure).toStdString());
}

namespace {

TestServer readState(const QString &statePath)
{
    QFile file(statePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error("test server: cannot read " + statePath.toStdString()
            + " (the fixture 'server: start a throwaway PostgreSQL' writes it)");
    TestServer server;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const QString key = line.section(QLatin1Char('='), 0, 0);
        const QString value = line.section(QLatin1Char('='), 1);
        if (key == QLatin1String("PGHOST"))
            server.admin.host = value;
        else if (key == QLatin1String("PGPORT"))
            server.admin.port = value.toInt();
        else if (key == QLatin1String("PGUSER"))
            server.admin.user = value;
        else if (key == QLatin1String("PGPASSWORD"))
            server.admin.password = value;
        else if (key == QLatin1String("PGDATABASE"))
            server.admin.database = value;
        else if (key == QLatin1String("CONVENER_PG_DIR"))
            server.folder = value;
        else if (key == QLatin1String("CONVENER_PG_BIN"))
            server.programs = value;
    }
    return server;
}

// Runs tests/support/pgcluster with action on the cluster of statePath.
void pgcluster(const QString &action, const QString &statePath)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CONVENER_TEST_DATA_DIR "/../support/pgcluster"), { action, statePath });
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error("pgcluster " + action.toStdString() + ": " + process.readAll().toStdString());
}

} // namespace

std::optional<TestServer> testServer()
{
    const QString statePath = qEnvironmentVariable("CONVENER_TEST_SERVER_STATE");
    if (statePath.isEmpty())
        return std::nullopt;
    return readState(statePath);
}

PrivateServer::PrivateServer()
{
    m_state = m_dir.filePath(QStringLiteral("state"));
    pgcluster(QStringLiteral("start"), m_state);
    const TestServer server = readState(m_state);
    m_address = server.admin;
    m_address.database = QStringLiteral("convener_private");
    runOnServer(server.admin, QStringLiteral("CREATE DATABASE convener_private TEMPLATE template0 ENCODING 'UTF8'"));
}

PrivateServer::~PrivateServer()
{
    try {
        pgcluster(QStringLiteral("stop"), m_state);
    } catch (const std::exception &) {
        // Its folder is under /tmp and goes with the machine.
    }
}

void PrivateServer::pause()
{
    pgcluster(QStringLiteral("pause"), m_state);
}

void PrivateServer::resume()
{
    pgcluster(QStringLiteral("resume"), m_state);
}

TempServerDatabase::TempServerDatabase()
{
    static QAtomicInteger<quint64> counter;
    const auto server = testServer();
    if (!server)
        throw std::runtime_error("TempServerDatabase: this run has no test server");
    m_address = server->admin;
    m_address.database
        = QStringLiteral("convener_t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    runOnServer(
        server->admin, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_address.database));
}

TempServerDatabase::~TempServerDatabase()
{
    try {
        runOnServer(
            testServer()->admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_address.database));
    } catch (const std::exception &) {
        // The server may have been stopped by the test itself; its folder goes with it.
    }
}

QString TempServerDatabase::url() const
{
    return m_address.display();
}

std::unique_ptr<storage::Database> initialisedServer(const TempServerDatabase &server)
{
    storage::DatabaseError error;
    storage::Database::Options init;
    init.createIfMissing = true;
    auto db = storage::Database::connect(server.address(), error, init);
    if (!db)
        throw std::runtime_error("test server: cannot set up " + server.address().database.toStdString() + ": "
            + error.error.detail.toStdString());
    return db;
}

ServerLogin::ServerLogin(const storage::ServerAddress &address, const QString &name)
    : m_admin(address)
    , m_address(address)
{
    static QAtomicInteger<quint64> counter;
    m_address.user = QStringLiteral("%1_%2_%3")
                         .arg(name)
                         .arg(QCoreApplication::applicationPid())
                         .arg(counter.fetchAndAddRelaxed(1));
    m_address.password = QStringLiteral("pw-%1").arg(m_address.user);
    runOnServer(m_admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_address.user, m_address.password));
    runOnServer(m_admin, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(m_address.user));
    runOnServer(m_admin, QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(m_address.user));
}

ServerLogin::~ServerLogin()
{
    try {
        runOnServer(m_admin, QStringLiteral("DROP OWNED BY %1").arg(m_address.user));
        runOnServer(m_admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_address.user));
    } catch (const std::exception &) {
        // The database may be gone already (dropped first); the role then goes with DROP ROLE alone.
        try {
            runOnServer(testServer()->admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_address.user));
        } catch (const std::exception &) {
        }
    }
}

TempDatabase::TempDatabase()
{
    if (testServer())
        m_server.emplace();
    reopen();
}

TempDatabase::~TempDatabase()
{
    m_database.reset();
}

QString TempDatabase::path() const
{
    return m_server ? m_server->url() : m_dir.filePath(QStringLiteral("convener.sqlite"));
}

void TempDatabase::reopen()
{
    m_database.reset();
    storage::DatabaseError error;
    if (m_server)
        m_database = storage::Database::connect(m_server->address(), error, storage::Database::Options {});
    else
        m_database = storage::Database::open(path(), error);
    if (!m_database)
        throw std::runtime_error(models::describe(error).toStdString());
}

} // namespace convener::tests
