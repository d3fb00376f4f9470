// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/journal/journalrepository.h"

#include "crypto/sealeditem.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QVariant>
#include <set>
#include <utility>

namespace convener::storage {

namespace {

QByteArray toBlob(const crypto::Bytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

crypto::Bytes fromBlob(const QVariant &value)
{
    const QByteArray blob = value.toByteArray();
    return crypto::Bytes(blob.begin(), blob.end());
}

QVariant optionalBlob(const std::optional<crypto::Bytes> &value)
{
    return value ? QVariant(toBlob(*value)) : QVariant(QMetaType(QMetaType::QByteArray));
}

std::optional<int> readOptionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<std::string> readOptionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<std::string>(toStd(value.toString()));
}

// The guard that keeps plaintext out: whatever is stored as sealed must be a
// well-formed sealed item (it cannot be checked further without the key).
bool looksSealed(const crypto::Bytes &bytes)
{
    return crypto::SealedItem::fromBytes(bytes).ok();
}

bool entryLooksSealed(const JournalEntryRecord &entry)
{
    return looksSealed(entry.sealedBody) && (!entry.sealedTitle || looksSealed(*entry.sealedTitle));
}

const QString kEntryColumns = QStringLiteral(
    "entry_id, call_number, step_title, open_title, sealed_title, sealed_body, created_at, updated_at");

JournalEntryRecord readEntry(const QSqlQuery &q)
{
    JournalEntryRecord e;
    e.entryId = toStd(q.value(0).toString());
    e.callNumber = readOptionalInt(q.value(1));
    e.stepTitle = readOptionalText(q.value(2));
    e.openTitle = readOptionalText(q.value(3));
    if (!q.value(4).isNull())
        e.sealedTitle = fromBlob(q.value(4));
    e.sealedBody = fromBlob(q.value(5));
    e.createdAt = q.value(6).toString();
    e.updatedAt = q.value(7).toString();
    return e;
}

// Inserts, or updates in place keeping created_at; dates left empty mean now.
Status writeEntry(QSqlDatabase db, JournalRowId journal, const JournalEntryRecord &entry)
{
    QSqlQuery q(db);
    sql::prepare(q,
        QStringLiteral(
            "INSERT INTO journal_entries (journal_id, entry_id, call_number, step_title, open_title, sealed_title, "
            "sealed_body, created_at, updated_at) "
            "VALUES (:journal, :entry, :call, :step, :open_title, :sealed_title, :sealed_body, "
            "coalesce(:created, {{now_ms}}), coalesce(:updated, {{now_ms}})) "
            "ON CONFLICT (journal_id, entry_id) DO UPDATE SET call_number = excluded.call_number, "
            "step_title = excluded.step_title, open_title = excluded.open_title, sealed_title = excluded.sealed_title, "
            "sealed_body = excluded.sealed_body, updated_at = excluded.updated_at"));
    q.bindValue(QStringLiteral(":journal"), sqlId(journal));
    q.bindValue(QStringLiteral(":entry"), toQt(entry.entryId));
    q.bindValue(QStringLiteral(":call"), sql::optionalInt(entry.callNumber));
    q.bindValue(QStringLiteral(":step"), sql::optionalText(entry.stepTitle));
    q.bindValue(QStringLiteral(":open_title"), sql::optionalText(entry.openTitle));
    q.bindValue(QStringLiteral(":sealed_title"), optionalBlob(entry.sealedTitle));
    q.bindValue(QStringLiteral(":sealed_body"), toBlob(entry.sealedBody));
    q.bindValue(QStringLiteral(":created"),
                entry.createdAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(entry.createdAt));
    q.bindValue(QStringLiteral(":updated"),
                entry.updatedAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(entry.updatedAt));
    return sql::exec(q, sql::writing(Table::JournalEntries));
}

Status writeDraft(QSqlDatabase db, JournalRowId journal, const JournalDraftRecord &draft)
{
    QSqlQuery q(db);
    sql::prepare(q,
        QStringLiteral(
            "INSERT INTO journal_drafts (journal_id, entry_id, call_number, sealed_draft, saved_at) "
            "VALUES (:journal, :entry, :call, :sealed, {{now_ms}}) "
            "ON CONFLICT (journal_id) DO UPDATE SET entry_id = excluded.entry_id, call_number = excluded.call_number, "
            "sealed_draft = excluded.sealed_draft, saved_at = excluded.saved_at"));
    q.bindValue(QStringLiteral(":journal"), sqlId(journal));
    q.bindValue(QStringLiteral(":entry"), toQt(draft.entryId));
    q.bindValue(QStringLiteral(":call"), sql::optionalInt(draft.callNumber));
    q.bindValue(QStringLiteral(":sealed"), toBlob(draft.sealedDraft));
    return sql::exec(q, sql::writing(Table::JournalDrafts));
}

} // namespace

JournalRepository::JournalRepository(Database &database) : m_database(database)
{
}

Result<std::optional<JournalRecord>> JournalRepository::journalFor(core::PersonId person) const
{
    using R = Result<std::optional<JournalRecord>>;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, person_id, journal_id, passphrase_record, recovery_record, key_version "
                             "FROM journals WHERE person_id = :person"));
    q.bindValue(QStringLiteral(":person"), sqlId(person));
    if (Status ran = sql::exec(q, sql::reading(Table::Journals)); !ran)
        return R::failure(ran.error());
    if (!q.next())
        return std::optional<JournalRecord>();
    JournalRecord record;
    record.id = q.value(0).toLongLong();
    record.person = q.value(1).toLongLong();
    const auto id = crypto::JournalId::fromHex(toStd(q.value(2).toString()));
    if (!id)
        return R::failure(Error(Problem::JournalIdDamaged).withId(person));
    record.journalId = *id;
    record.passphraseRecord = fromBlob(q.value(3));
    if (!q.value(4).isNull())
        record.recoveryRecord = fromBlob(q.value(4));
    record.keyVersion = static_cast<std::uint32_t>(q.value(5).toLongLong());
    return std::optional<JournalRecord>(std::move(record));
}

Result<JournalRecord> JournalRepository::createJournal(core::PersonId person,
                                                       const crypto::WrappedKey &passphraseRecord,
                                                       const crypto::WrappedKey &recoveryRecord)
{
    using R = Result<JournalRecord>;
    if (passphraseRecord.method != crypto::WrapMethod::Passphrase
        || recoveryRecord.method != crypto::WrapMethod::RecoveryKey
        || !(passphraseRecord.journalId == recoveryRecord.journalId)
        || passphraseRecord.keyVersion != recoveryRecord.keyVersion)
        return R::failure(Error(Problem::JournalKeysMismatched).withId(person));
    JournalRecord record;
    const Status stored = sql::inTransaction(m_database.connection(), Table::Journals, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO journals (person_id, journal_id, passphrase_record, recovery_record, "
                                 "key_version) VALUES (:person, :journal_id, :passphrase, :recovery, :version)"));
        q.bindValue(QStringLiteral(":person"), sqlId(person));
        q.bindValue(QStringLiteral(":journal_id"), toQt(passphraseRecord.journalId.toHex()));
        q.bindValue(QStringLiteral(":passphrase"), toBlob(passphraseRecord.toBytes()));
        q.bindValue(QStringLiteral(":recovery"), toBlob(recoveryRecord.toBytes()));
        q.bindValue(QStringLiteral(":version"), static_cast<qlonglong>(passphraseRecord.keyVersion));
        if (!q.exec())
            return sql::failure(sql::Doing { Problem::JournalCreateFailed, Table::Journals }, q).withId(person);
        record.id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!stored)
        return R::failure(stored.error());
    record.person = person;
    record.journalId = passphraseRecord.journalId;
    record.passphraseRecord = passphraseRecord.toBytes();
    record.recoveryRecord = recoveryRecord.toBytes();
    record.keyVersion = passphraseRecord.keyVersion;
    return record;
}

namespace {

Status replaceRecord(Database &database, JournalRowId journal, const crypto::WrappedKey &record,
                     crypto::WrapMethod method, const QString &column)
{
    if (record.method != method)
        return Error(Problem::JournalKeyRecordWrongKind).withId(journal);
    return sql::inTransaction(database.connection(), Table::Journals, [&]() -> Status {
        QSqlQuery q(database.connection());
        // The journal id and key version must match, so a record of another journal
        // can never replace this one's.
        q.prepare(QStringLiteral("UPDATE journals SET %1 = :record WHERE id = :id AND journal_id = :journal_id "
                                 "AND key_version = :version")
                      .arg(column));
        q.bindValue(QStringLiteral(":record"), toBlob(record.toBytes()));
        q.bindValue(QStringLiteral(":id"), sqlId(journal));
        q.bindValue(QStringLiteral(":journal_id"), toQt(record.journalId.toHex()));
        q.bindValue(QStringLiteral(":version"), static_cast<qlonglong>(record.keyVersion));
        if (Status ran = sql::exec(q, sql::writing(Table::Journals)); !ran)
            return ran;
        if (q.numRowsAffected() != 1)
            return Error(Problem::JournalKeyRecordOfAnother).withId(journal);
        return {};
    });
}

} // namespace

Status JournalRepository::replacePassphraseRecord(JournalRowId journal, const crypto::WrappedKey &record)
{
    return replaceRecord(m_database, journal, record, crypto::WrapMethod::Passphrase,
                         QStringLiteral("passphrase_record"));
}

Status JournalRepository::replaceRecoveryRecord(JournalRowId journal, const crypto::WrappedKey &record)
{
    return replaceRecord(m_database, journal, record, crypto::WrapMethod::RecoveryKey,
                         QStringLiteral("recovery_record"));
}

Result<std::vector<JournalEntryRecord>> JournalRepository::entries(JournalRowId journal) const
{
    using R = Result<std::vector<JournalEntryRecord>>;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM journal_entries WHERE journal_id = :journal "
                             "ORDER BY call_number IS NULL, call_number, created_at, entry_id")
                  .arg(kEntryColumns));
    q.bindValue(QStringLiteral(":journal"), sqlId(journal));
    if (Status ran = sql::exec(q, sql::reading(Table::JournalEntries)); !ran)
        return R::failure(ran.error());
    std::vector<JournalEntryRecord> out;
    while (q.next())
        out.push_back(readEntry(q));
    return out;
}

Result<JournalEntryRecord> JournalRepository::saveEntry(JournalRowId journal, const JournalEntryRecord &entry)
{
    using R = Result<JournalEntryRecord>;
    if (entry.entryId.empty() || !entryLooksSealed(entry))
        return R::failure(Error(Problem::JournalEntryNotSealed).withId(journal));
    JournalEntryRecord stored;
    const Status saved = sql::inTransaction(m_database.connection(), Table::Journals, [&]() -> Status {
        JournalEntryRecord toWrite = entry;
        toWrite.updatedAt.clear();
        if (Status s = writeEntry(m_database.connection(), journal, toWrite); !s)
            return s;
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM journal_drafts WHERE journal_id = :journal AND entry_id = :entry"));
        q.bindValue(QStringLiteral(":journal"), sqlId(journal));
        q.bindValue(QStringLiteral(":entry"), toQt(entry.entryId));
        if (Status ran = sql::exec(q, sql::writing(Table::JournalDrafts)); !ran)
            return ran;
        q.prepare(QStringLiteral("SELECT %1 FROM journal_entries WHERE journal_id = :journal AND entry_id = :entry")
                      .arg(kEntryColumns));
        q.bindValue(QStringLiteral(":journal"), sqlId(journal));
        q.bindValue(QStringLiteral(":entry"), toQt(entry.entryId));
        if (!q.exec() || !q.next())
            return sql::failure(sql::reading(Table::JournalEntries), q);
        stored = readEntry(q);
        return {};
    });
    if (!saved)
        return R::failure(saved.error());
    return stored;
}

Status JournalRepository::deleteEntry(JournalRowId journal, const std::string &entryId)
{
    return sql::inTransaction(m_database.connection(), Table::Journals, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        const std::pair<QString, Table> tables[] = { { QStringLiteral("journal_entries"), Table::JournalEntries },
            { QStringLiteral("journal_drafts"), Table::JournalDrafts } };
        for (const auto &[name, table] : tables) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE journal_id = :journal AND entry_id = :entry").arg(name));
            q.bindValue(QStringLiteral(":journal"), sqlId(journal));
            q.bindValue(QStringLiteral(":entry"), toQt(entryId));
            if (Status ran = sql::exec(q, sql::writing(table)); !ran)
                return ran;
        }
        return {};
    });
}

Result<std::optional<JournalDraftRecord>> JournalRepository::draft(JournalRowId journal) const
{
    using R = Result<std::optional<JournalDraftRecord>>;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT entry_id, call_number, sealed_draft FROM journal_drafts WHERE journal_id = :journal"));
    q.bindValue(QStringLiteral(":journal"), sqlId(journal));
    if (Status ran = sql::exec(q, sql::reading(Table::JournalDrafts)); !ran)
        return R::failure(ran.error());
    if (!q.next())
        return std::optional<JournalDraftRecord>();
    JournalDraftRecord d;
    d.entryId = toStd(q.value(0).toString());
    d.callNumber = readOptionalInt(q.value(1));
    d.sealedDraft = fromBlob(q.value(2));
    return std::optional<JournalDraftRecord>(std::move(d));
}

Status JournalRepository::saveDraft(JournalRowId journal, const JournalDraftRecord &draft)
{
    if (draft.entryId.empty() || !looksSealed(draft.sealedDraft))
        return Error(Problem::JournalDraftNotSealed).withId(journal);
    return sql::inTransaction(m_database.connection(), Table::Journals,
        [&]() -> Status { return writeDraft(m_database.connection(), journal, draft); });
}

Status JournalRepository::discardDraft(JournalRowId journal)
{
    return sql::inTransaction(m_database.connection(), Table::Journals, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM journal_drafts WHERE journal_id = :journal"));
        q.bindValue(QStringLiteral(":journal"), sqlId(journal));
        return sql::exec(q, sql::writing(Table::JournalDrafts));
    });
}

Result<std::map<core::PersonId, int>> JournalRepository::entryCounts(core::CohortId cohort) const
{
    using R = Result<std::map<core::PersonId, int>>;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT j.person_id, (SELECT count(*) FROM journal_entries e WHERE e.journal_id = j.id) "
        "FROM journals j JOIN memberships m ON m.person_id = j.person_id WHERE m.cohort_id = :cohort"));
    q.bindValue(QStringLiteral(":cohort"), sqlId(cohort));
    if (Status ran = sql::exec(q, sql::reading(Table::JournalEntries)); !ran)
        return R::failure(ran.error());
    std::map<core::PersonId, int> counts;
    while (q.next())
        counts[q.value(0).toLongLong()] = q.value(1).toInt();
    return counts;
}

Result<JournalRecord> JournalRepository::importJournal(core::PersonId person,
                                                       const crypto::WrappedKey &passphraseRecord,
                                                       const std::vector<JournalEntryRecord> &entries,
                                                       const std::optional<JournalDraftRecord> &draft)
{
    using R = Result<JournalRecord>;
    if (passphraseRecord.method != crypto::WrapMethod::Passphrase)
        return R::failure(Error(Problem::JournalArchiveWithoutPassphrase).withId(person));
    for (const auto &entry : entries) {
        if (entry.entryId.empty() || !entryLooksSealed(entry))
            return R::failure(Error(Problem::JournalArchiveEntryNotSealed).withId(person));
    }
    if (draft && (draft->entryId.empty() || !looksSealed(draft->sealedDraft)))
        return R::failure(Error(Problem::JournalArchiveDraftNotSealed).withId(person));

    JournalRecord record;
    const Status stored = sql::inTransaction(m_database.connection(), Table::Journals, [&]() -> Status {
        const auto existing = journalFor(person);
        if (!existing)
            return Status::from(existing);
        if (existing.value()) {
            record = *existing.value();
            if (!(record.journalId == passphraseRecord.journalId))
                return Error(Problem::JournalAnotherHeld).withId(person);
        } else {
            QSqlQuery q(m_database.connection());
            q.prepare(QStringLiteral("INSERT INTO journals (person_id, journal_id, passphrase_record, recovery_record, "
                                     "key_version) VALUES (:person, :journal_id, :passphrase, NULL, :version)"));
            q.bindValue(QStringLiteral(":person"), sqlId(person));
            q.bindValue(QStringLiteral(":journal_id"), toQt(passphraseRecord.journalId.toHex()));
            q.bindValue(QStringLiteral(":passphrase"), toBlob(passphraseRecord.toBytes()));
            q.bindValue(QStringLiteral(":version"), static_cast<qlonglong>(passphraseRecord.keyVersion));
            if (!q.exec())
                return sql::failure(sql::Doing { Problem::JournalImportFailed, Table::Journals }, q).withId(person);
            record.id = q.lastInsertId().toLongLong();
            record.person = person;
            record.journalId = passphraseRecord.journalId;
            record.passphraseRecord = passphraseRecord.toBytes();
            record.keyVersion = passphraseRecord.keyVersion;
        }

        const auto present = this->entries(record.id);
        if (!present)
            return Status::from(present);
        std::set<std::string> known;
        for (const auto &e : present.value())
            known.insert(e.entryId);
        for (const auto &entry : entries) {
            if (known.count(entry.entryId) != 0)
                continue;
            if (Status s = writeEntry(m_database.connection(), record.id, entry); !s)
                return s;
        }
        if (draft) {
            const auto current = this->draft(record.id);
            if (!current)
                return Status::from(current);
            if (!current.value()) {
                if (Status s = writeDraft(m_database.connection(), record.id, *draft); !s)
                    return s;
            }
        }
        return {};
    });
    if (!stored)
        return R::failure(stored.error());
    return record;
}

} // namespace convener::storage
