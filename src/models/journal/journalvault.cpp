// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/journal/journalvault.h"

#include "crypto/journalarchive.h"
#include "crypto/journalkey.h"
#include "models/backgroundtask.h"
#include "models/journal/journalsession.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/journal/journalrepository.h"

#include <algorithm>
#include <filesystem>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace convener::models {

using storage::toQt;
using storage::toStd;

namespace {

// The passphrase as the crypto library wants it: NFC, UTF-8, in secure memory.
// Shared because the worker's function object must be copyable.
std::shared_ptr<crypto::SecureBuffer> secretOf(const QString &passphrase)
{
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    auto secret = std::make_shared<crypto::SecureBuffer>(
        crypto::SecureBuffer::copyOf(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))));
    utf8.fill('\0');
    return secret;
}

// The crypto library's messages are for logs; people read these.
QString describe(const crypto::Error &error)
{
    using crypto::ErrorKind;
    switch (error.kind) {
    case ErrorKind::WrongPassphrase:
        return JournalVault::tr("Wrong passphrase.");
    case ErrorKind::WrongRecoveryKey:
        return JournalVault::tr("Wrong recovery key.");
    case ErrorKind::RecoveryKeyTypo:
        return JournalVault::tr("The recovery key looks mistyped. Compare each group of four characters with "
                                "what you wrote down.");
    case ErrorKind::DamagedKeyRecord:
        return JournalVault::tr("This journal's key record is damaged, so the passphrase cannot open it. Try the "
                                "recovery key, or restore a backup of the database.");
    case ErrorKind::DamagedItem:
        return JournalVault::tr("Part of this journal is damaged and could not be opened.");
    case ErrorKind::DamagedArchive:
        return JournalVault::tr("The journal file was changed or damaged after it was exported. Export it again "
                                "on the other computer.");
    case ErrorKind::Truncated:
    case ErrorKind::UnsupportedFormat:
    case ErrorKind::Malformed:
        return JournalVault::tr("This file is not a journal exported by Convener, or it is incomplete.");
    case ErrorKind::FileError:
        return JournalVault::tr("Could not read the journal file: %1").arg(toQt(error.message));
    case ErrorKind::OutOfMemory:
        return JournalVault::tr("There is not enough free memory to unlock the journal. Close other programs and "
                                "try again.");
    case ErrorKind::InvalidArgument:
        return toQt(error.message);
    }
    return toQt(error.message);
}

QString damagedRecord()
{
    return describe(crypto::Error{crypto::ErrorKind::DamagedKeyRecord, {}});
}

// A key opened by the recovery key, with the passphrase record that replaces the forgotten one.
struct Recovered
{
    crypto::JournalKey key;
    crypto::WrappedKey passphraseRecord;
};

std::optional<int> callOf(const QJsonObject &meta)
{
    const QJsonValue call = meta.value(QStringLiteral("call"));
    return call.isDouble() && call.toInt() >= 1 ? std::optional<int>(call.toInt()) : std::nullopt;
}

std::optional<std::string> textOf(const QJsonObject &meta, const QString &key)
{
    const QJsonValue value = meta.value(key);
    return value.isString() ? std::optional<std::string>(toStd(value.toString())) : std::nullopt;
}

} // namespace

JournalVault::JournalVault(storage::Database &database, QObject *parent)
    : QObject(parent), m_repository(std::make_unique<storage::JournalRepository>(database))
{
}

// A derivation cannot be interrupted: every task still running (awaited or
// abandoned) is a child of the vault, and deleting it waits for it.
JournalVault::~JournalVault() = default;

template<typename T>
void JournalVault::runOffThread(std::function<T()> work, std::function<void(T)> done)
{
    if (m_worker)
        m_worker->abandon(); // only the newest request is answered
    m_worker = BackgroundTask::start(this, std::move(work), [this, done = std::move(done)](T result) {
        m_worker = nullptr;
        Q_EMIT busyChanged(false);
        done(std::move(result));
    });
    Q_EMIT busyChanged(true);
}

void JournalVault::cancel()
{
    if (!m_worker)
        return;
    m_worker->abandon();
    m_worker = nullptr;
    Q_EMIT busyChanged(false);
}

void JournalVault::setPerson(core::PersonId person)
{
    if (person == m_person)
        return;
    cancel();
    lock();
    m_person = person;
    reload();
    Q_EMIT stateChanged();
}

JournalVault::State JournalVault::state() const
{
    if (m_person == 0)
        return State::NoPerson;
    if (!m_record)
        return State::NoJournal;
    return m_session ? State::Unlocked : State::Locked;
}

bool JournalVault::hasRecoveryRecord() const
{
    return m_record && m_record->recoveryRecord.has_value();
}

void JournalVault::reload()
{
    m_record.reset();
    m_lockedEntries.clear();
    m_lockedCount = 0;
    if (m_person == 0)
        return;
    auto record = m_repository->journalFor(m_person);
    if (!record) {
        Q_EMIT storageFailed(describe(record.error()));
        return;
    }
    m_record = record.value();
    if (!m_record)
        return;
    auto entries = m_repository->entries(m_record->id);
    if (!entries) {
        Q_EMIT storageFailed(describe(entries.error()));
        return;
    }
    m_lockedCount = static_cast<int>(entries.value().size());
    for (const auto &e : entries.value()) {
        if (!e.openTitle)
            continue;
        JournalEntry entry;
        entry.entryId = e.entryId;
        entry.callNumber = e.callNumber;
        entry.stepTitle = e.stepTitle ? toQt(*e.stepTitle) : QString();
        entry.title = toQt(*e.openTitle);
        entry.titleOpen = true;
        entry.createdAt = e.createdAt;
        entry.updatedAt = e.updatedAt;
        m_lockedEntries.push_back(std::move(entry));
    }
}

std::map<core::PersonId, int> JournalVault::entryCounts(core::CohortId cohort)
{
    auto counts = m_repository->entryCounts(cohort);
    if (!counts) {
        Q_EMIT storageFailed(describe(counts.error()));
        return {};
    }
    return std::move(counts).value();
}

void JournalVault::startSession(storage::JournalRecord record, crypto::JournalKey key)
{
    endSession();
    m_session = std::make_unique<JournalSession>(*m_repository, std::move(record), std::move(key));
    connect(m_session.get(), &JournalSession::storageFailed, this, &JournalVault::storageFailed);
    if (!m_session->loadProblem().isEmpty())
        Q_EMIT storageFailed(m_session->loadProblem());
    Q_EMIT sessionStarted();
    Q_EMIT stateChanged();
}

void JournalVault::endSession()
{
    if (!m_session)
        return;
    Q_EMIT sessionAboutToEnd();
    m_session.reset();
}

void JournalVault::lock()
{
    if (!m_session)
        return;
    // Saved before the key goes; if storage fails, the draft of the last second stays.
    m_session->saveDraftNow();
    m_session->commit();
    endSession();
    reload();
    Q_EMIT stateChanged();
}

void JournalVault::createJournal(const QString &passphrase)
{
    if (busy() || m_person == 0 || m_record)
        return;
    const auto secret = secretOf(passphrase);
    const crypto::KdfLimits limits = m_limits;
    const core::PersonId person = m_person;
    using R = crypto::Result<crypto::JournalSetup>;
    runOffThread<R>([secret, limits] { return crypto::JournalKey::create(secret->view(), limits); },
                    [this, person](R setup) {
                        if (!setup) {
                            Q_EMIT failed(describe(setup.error()));
                            return;
                        }
                        auto &s = setup.value();
                        const auto record = m_repository->createJournal(person, s.passphraseRecord, s.recovery.record);
                        if (!record) {
                            Q_EMIT storageFailed(describe(record.error()));
                            return;
                        }
                        reload();
                        const QString shown = toQt(s.recovery.recoveryKey.displayText().view());
                        startSession(record.value(), std::move(s.key));
                        Q_EMIT recoveryKeyIssued(shown);
                    });
}

void JournalVault::unlock(const QString &passphrase)
{
    if (busy() || !m_record || m_session)
        return;
    auto wrapped = crypto::WrappedKey::fromBytes(m_record->passphraseRecord);
    if (!wrapped || !(wrapped.value().journalId == m_record->journalId)) {
        Q_EMIT failed(damagedRecord());
        return;
    }
    const auto secret = secretOf(passphrase);
    const storage::JournalRecord record = *m_record;
    using R = crypto::Result<crypto::JournalKey>;
    runOffThread<R>([secret, wrapped = wrapped.value()] { return crypto::JournalKey::unlock(wrapped, secret->view()); },
                    [this, record](R key) {
                        if (!key) {
                            Q_EMIT failed(describe(key.error()));
                            return;
                        }
                        startSession(record, std::move(key).value());
                    });
}

void JournalVault::unlockWithRecoveryKey(const QString &recoveryKey, const QString &newPassphrase)
{
    if (busy() || !m_record || m_session)
        return;
    if (!m_record->recoveryRecord) {
        Q_EMIT failed(tr("This journal has no recovery key yet. Unlock it with its passphrase and make one."));
        return;
    }
    auto wrapped = crypto::WrappedKey::fromBytes(*m_record->recoveryRecord);
    if (!wrapped || !(wrapped.value().journalId == m_record->journalId)) {
        Q_EMIT failed(damagedRecord());
        return;
    }
    const auto keyText = secretOf(recoveryKey);
    const auto secret = secretOf(newPassphrase);
    const crypto::KdfLimits limits = m_limits;
    const storage::JournalRecord record = *m_record;
    using R = crypto::Result<Recovered>;
    runOffThread<R>(
        [keyText, secret, limits, wrapped = wrapped.value()]() -> R {
            auto key = crypto::JournalKey::unlockWithRecoveryKey(wrapped, keyText->view());
            if (!key)
                return key.error();
            auto replacement = key.value().wrapWithPassphrase(secret->view(), limits);
            if (!replacement)
                return replacement.error();
            return Recovered{std::move(key).value(), std::move(replacement).value()};
        },
        [this, record](R recovered) {
            if (!recovered) {
                Q_EMIT failed(describe(recovered.error()));
                return;
            }
            const auto status = m_repository->replacePassphraseRecord(record.id, recovered.value().passphraseRecord);
            if (!status) {
                Q_EMIT storageFailed(describe(status.error()));
                return;
            }
            reload();
            startSession(*m_record, std::move(recovered.value().key));
            Q_EMIT passphraseChanged();
        });
}

void JournalVault::changePassphrase(const QString &current, const QString &replacement)
{
    if (busy() || !m_record || !m_session)
        return;
    auto wrapped = crypto::WrappedKey::fromBytes(m_record->passphraseRecord);
    if (!wrapped) {
        Q_EMIT failed(damagedRecord());
        return;
    }
    const auto oldSecret = secretOf(current);
    const auto newSecret = secretOf(replacement);
    const crypto::KdfLimits limits = m_limits;
    const storage::JournalRowId journal = m_record->id;
    using R = crypto::Result<crypto::WrappedKey>;
    runOffThread<R>(
        [oldSecret, newSecret, limits, wrapped = wrapped.value()]() -> R {
            auto key = crypto::JournalKey::unlock(wrapped, oldSecret->view());
            if (!key)
                return key.error();
            return key.value().wrapWithPassphrase(newSecret->view(), limits);
        },
        [this, journal](R record) {
            if (!record) {
                Q_EMIT failed(describe(record.error()));
                return;
            }
            const auto status = m_repository->replacePassphraseRecord(journal, record.value());
            if (!status) {
                Q_EMIT storageFailed(describe(status.error()));
                return;
            }
            if (m_record && m_record->id == journal)
                m_record->passphraseRecord = record.value().toBytes();
            Q_EMIT passphraseChanged();
        });
}

QString JournalVault::issueNewRecoveryKey()
{
    if (!m_session || !m_record)
        return {};
    auto recovery = m_session->key().wrapWithNewRecoveryKey();
    const auto status = m_repository->replaceRecoveryRecord(m_record->id, recovery.record);
    if (!status) {
        Q_EMIT storageFailed(describe(status.error()));
        return {};
    }
    m_record->recoveryRecord = recovery.record.toBytes();
    return toQt(recovery.recoveryKey.displayText().view());
}

void JournalVault::importArchive(const QString &path, const QString &passphrase)
{
    if (busy() || m_person == 0 || m_session)
        return;
    const auto secret = secretOf(passphrase);
    const std::filesystem::path file(QFile::encodeName(path).toStdString());
    const core::PersonId person = m_person;
    using R = crypto::Result<crypto::OpenedArchive>;
    runOffThread<R>([secret, file] { return crypto::JournalArchive::load(file, secret->view()); },
                    [this, person](R opened) {
                        if (!opened) {
                            Q_EMIT failed(describe(opened.error()));
                            return;
                        }
                        std::vector<storage::JournalEntryRecord> entries;
                        std::optional<storage::JournalDraftRecord> draft;
                        for (const auto &item : opened.value().contents.entries) {
                            const QJsonObject meta =
                                QJsonDocument::fromJson(QByteArray::fromStdString(item.metadata)).object();
                            if (item.draft) {
                                draft = storage::JournalDraftRecord{item.entryId, callOf(meta), item.draft->toBytes()};
                            }
                            if (!item.body)
                                continue;
                            storage::JournalEntryRecord entry;
                            entry.entryId = item.entryId;
                            entry.callNumber = callOf(meta);
                            entry.stepTitle = textOf(meta, QStringLiteral("step"));
                            entry.openTitle = textOf(meta, QStringLiteral("openTitle"));
                            if (item.title)
                                entry.sealedTitle = item.title->toBytes();
                            entry.sealedBody = item.body->toBytes();
                            entry.createdAt = meta.value(QStringLiteral("created")).toString();
                            entry.updatedAt = meta.value(QStringLiteral("updated")).toString();
                            entries.push_back(std::move(entry));
                        }
                        const auto record = m_repository->importJournal(person, opened.value().contents.keyRecord,
                                                                        entries, draft);
                        if (!record) {
                            Q_EMIT storageFailed(describe(record.error()));
                            return;
                        }
                        reload();
                        // The archive carries no recovery record: offer a fresh recovery key at once.
                        QString shown;
                        if (!record.value().recoveryRecord) {
                            auto recovery = opened.value().key.wrapWithNewRecoveryKey();
                            const auto status = m_repository->replaceRecoveryRecord(record.value().id, recovery.record);
                            if (!status)
                                Q_EMIT storageFailed(describe(status.error()));
                            else
                                shown = toQt(recovery.recoveryKey.displayText().view());
                            reload();
                        }
                        startSession(*m_record, std::move(opened.value().key));
                        if (!shown.isEmpty())
                            Q_EMIT recoveryKeyIssued(shown);
                    });
}

} // namespace convener::models
