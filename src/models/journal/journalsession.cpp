// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/journal/journalsession.h"

#include "crypto/journalarchive.h"
#include "crypto/journalid.h"
#include "io/privatefile.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/journal/journalrepository.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <tuple>

namespace convener::models {

using storage::toQt;
using storage::toStd;

namespace {

// The entry order of the list, the same as storage's: by call with entries
// outside a call last, then oldest first.
bool sortsBefore(const JournalEntry &a, const JournalEntry &b)
{
    const auto key = [](const JournalEntry &e) {
        return std::make_tuple(!e.callNumber.has_value(), e.callNumber.value_or(0), e.createdAt, e.entryId);
    };
    return key(a) < key(b);
}

// A draft's sealed text: the title, whether it stays open, and the body, as JSON.
std::string draftPayload(const JournalText &text)
{
    QJsonObject object{{QStringLiteral("title"), text.title},
                       {QStringLiteral("titleOpen"), text.titleOpen},
                       {QStringLiteral("body"), text.body}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

QString fromSecure(const crypto::SecureBuffer &buffer)
{
    return toQt(buffer.view());
}

QString sealingFailed(const crypto::Error &error)
{
    return JournalSession::tr("Could not seal the journal text: %1").arg(toQt(error.message));
}

} // namespace

JournalSession::JournalSession(storage::JournalRepository &repository, storage::JournalRecord record,
                               crypto::JournalKey key, QObject *parent)
    : QObject(parent), m_repository(repository), m_record(std::move(record)), m_key(std::move(key))
{
    m_current.entryId = crypto::newEntryId();
    if (loadEntries())
        loadDraft();
}

JournalSession::~JournalSession() = default;

bool JournalSession::loadEntries()
{
    auto stored = m_repository.entries(m_record.id);
    if (!stored) {
        m_loadProblem = describe(stored.error());
        return false;
    }
    int damaged = 0;
    for (const auto &e : stored.value()) {
        JournalEntry entry;
        entry.entryId = e.entryId;
        entry.callNumber = e.callNumber;
        entry.stepTitle = e.stepTitle ? toQt(*e.stepTitle) : QString();
        entry.createdAt = e.createdAt;
        entry.updatedAt = e.updatedAt;
        if (e.openTitle) {
            entry.title = toQt(*e.openTitle);
            entry.titleOpen = true;
        } else if (e.sealedTitle) {
            auto title = m_key.open(e.entryId, crypto::ItemKind::EntryTitle, *e.sealedTitle);
            if (title)
                entry.title = fromSecure(title.value());
            else
                ++damaged;
        }
        m_entries.push_back(std::move(entry));
    }
    std::sort(m_entries.begin(), m_entries.end(), sortsBefore);
    if (damaged > 0)
        m_loadProblem = tr("%n entry titles of this journal are damaged and could not be opened.", nullptr, damaged);
    return true;
}

void JournalSession::loadDraft()
{
    auto stored = m_repository.draft(m_record.id);
    if (!stored) {
        m_loadProblem = describe(stored.error());
        return;
    }
    if (!stored.value())
        return;
    const auto &draft = *stored.value();
    auto opened = m_key.open(draft.entryId, crypto::ItemKind::Draft, draft.sealedDraft);
    if (!opened) {
        m_loadProblem = tr("The text autosaved last time is damaged and could not be restored.");
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromRawData(
        reinterpret_cast<const char *>(opened.value().data()), static_cast<qsizetype>(opened.value().size()))).object();
    m_current.entryId = draft.entryId;
    m_current.callNumber = draft.callNumber;
    m_current.title = object.value(QStringLiteral("title")).toString();
    m_current.titleOpen = object.value(QStringLiteral("titleOpen")).toBool();
    m_current.body = object.value(QStringLiteral("body")).toString();
    m_entryDirty = true;
    m_restoredDraft = true;
}

int JournalSession::rowOf(const std::string &entryId) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const JournalEntry &e) { return e.entryId == entryId; });
    return it == m_entries.end() ? -1 : static_cast<int>(it - m_entries.begin());
}

bool JournalSession::currentIsSaved() const
{
    return rowOf(m_current.entryId) >= 0;
}

void JournalSession::updateText(const JournalText &text)
{
    const std::string entryId = m_current.entryId;
    if (text.title == m_current.title && text.body == m_current.body && text.titleOpen == m_current.titleOpen
        && text.callNumber == m_current.callNumber)
        return;
    m_current = text;
    m_current.entryId = entryId;
    m_entryDirty = true;
    if (!m_draftDirty) {
        m_draftDirty = true;
        Q_EMIT draftPending();
    }
}

bool JournalSession::saveDraftNow()
{
    if (!m_draftDirty)
        return true;
    auto sealed = m_key.seal(m_current.entryId, crypto::ItemKind::Draft, draftPayload(m_current));
    if (!sealed) {
        Q_EMIT storageFailed(sealingFailed(sealed.error()));
        return false;
    }
    storage::JournalDraftRecord draft;
    draft.entryId = m_current.entryId;
    draft.callNumber = m_current.callNumber;
    draft.sealedDraft = sealed.value().toBytes();
    const auto status = m_repository.saveDraft(m_record.id, draft);
    // Cleared either way: the next change asks for a new save, so a failing disk
    // is retried at the same pace instead of on every keystroke.
    m_draftDirty = false;
    if (!status) {
        Q_EMIT storageFailed(describe(status.error()));
        return false;
    }
    Q_EMIT draftSaved();
    return true;
}

bool JournalSession::commit()
{
    if (!m_entryDirty)
        return true;
    if (m_current.isBlank() && !currentIsSaved()) {
        const auto status = m_repository.discardDraft(m_record.id);
        if (!status) {
            Q_EMIT storageFailed(describe(status.error()));
            return false;
        }
        m_entryDirty = m_draftDirty = m_restoredDraft = false;
        return true;
    }
    storage::JournalEntryRecord record;
    record.entryId = m_current.entryId;
    record.callNumber = m_current.callNumber;
    const QString title = m_current.title.trimmed();
    if (const int row = rowOf(m_current.entryId); row >= 0) {
        if (!m_entries[static_cast<size_t>(row)].stepTitle.isEmpty())
            record.stepTitle = toStd(m_entries[static_cast<size_t>(row)].stepTitle);
    }
    if (m_current.titleOpen && !title.isEmpty()) {
        record.openTitle = toStd(title);
    } else if (!title.isEmpty()) {
        auto sealed = m_key.seal(record.entryId, crypto::ItemKind::EntryTitle, toStd(title));
        if (!sealed) {
            Q_EMIT storageFailed(sealingFailed(sealed.error()));
            return false;
        }
        record.sealedTitle = sealed.value().toBytes();
    }
    auto body = m_key.seal(record.entryId, crypto::ItemKind::EntryBody, toStd(m_current.body));
    if (!body) {
        Q_EMIT storageFailed(sealingFailed(body.error()));
        return false;
    }
    record.sealedBody = body.value().toBytes();
    const auto stored = m_repository.saveEntry(m_record.id, record);
    if (!stored) {
        Q_EMIT storageFailed(describe(stored.error()));
        return false;
    }
    JournalEntry entry;
    entry.entryId = record.entryId;
    entry.callNumber = record.callNumber;
    entry.stepTitle = record.stepTitle ? toQt(*record.stepTitle) : QString();
    entry.title = title;
    entry.titleOpen = m_current.titleOpen && !title.isEmpty();
    entry.createdAt = stored.value().createdAt;
    entry.updatedAt = stored.value().updatedAt;
    placeEntry(entry);
    m_entryDirty = m_draftDirty = m_restoredDraft = false;
    return true;
}

// Puts a stored entry where the list order wants it, announcing the change in pairs.
void JournalSession::placeEntry(const JournalEntry &entry)
{
    const int row = rowOf(entry.entryId);
    if (row >= 0) {
        auto rest = m_entries;
        rest.erase(rest.begin() + row);
        const int target = static_cast<int>(std::upper_bound(rest.begin(), rest.end(), entry, sortsBefore) - rest.begin());
        if (target == row) {
            m_entries[static_cast<size_t>(row)] = entry;
            Q_EMIT entryChanged(row);
            return;
        }
        Q_EMIT entryAboutToBeRemoved(row);
        m_entries.erase(m_entries.begin() + row);
        Q_EMIT entryRemoved(row);
    }
    const auto it = std::upper_bound(m_entries.begin(), m_entries.end(), entry, sortsBefore);
    const int at = static_cast<int>(it - m_entries.begin());
    Q_EMIT entryAboutToBeInserted(at);
    m_entries.insert(it, entry);
    Q_EMIT entryInserted(at);
}

bool JournalSession::startNewEntry(std::optional<int> callNumber)
{
    if (!commit())
        return false;
    m_current = JournalText{};
    m_current.entryId = crypto::newEntryId();
    m_current.callNumber = callNumber;
    m_entryDirty = m_draftDirty = m_restoredDraft = false;
    Q_EMIT currentChanged();
    return true;
}

std::optional<JournalText> JournalSession::readEntry(const std::string &entryId)
{
    auto stored = m_repository.entries(m_record.id);
    if (!stored) {
        Q_EMIT storageFailed(describe(stored.error()));
        return std::nullopt;
    }
    for (const auto &e : stored.value()) {
        if (e.entryId != entryId)
            continue;
        auto body = m_key.open(e.entryId, crypto::ItemKind::EntryBody, e.sealedBody);
        if (!body) {
            Q_EMIT storageFailed(tr("This entry is damaged and could not be opened. It was changed outside "
                                    "Convener, or copied in from another journal."));
            return std::nullopt;
        }
        JournalText text;
        text.entryId = e.entryId;
        text.callNumber = e.callNumber;
        text.body = fromSecure(body.value());
        if (const int row = rowOf(entryId); row >= 0) {
            text.title = m_entries[static_cast<size_t>(row)].title;
            text.titleOpen = m_entries[static_cast<size_t>(row)].titleOpen;
        }
        return text;
    }
    Q_EMIT storageFailed(tr("That entry is no longer in the journal."));
    return std::nullopt;
}

bool JournalSession::openEntry(std::string entryId)
{
    if (entryId == m_current.entryId)
        return true;
    if (!commit())
        return false;
    auto text = readEntry(entryId);
    if (!text)
        return false;
    m_current = std::move(*text);
    m_entryDirty = m_draftDirty = m_restoredDraft = false;
    Q_EMIT currentChanged();
    return true;
}

bool JournalSession::deleteEntry(std::string entryId)
{
    const auto status = m_repository.deleteEntry(m_record.id, entryId);
    if (!status) {
        Q_EMIT storageFailed(describe(status.error()));
        return false;
    }
    if (const int row = rowOf(entryId); row >= 0) {
        Q_EMIT entryAboutToBeRemoved(row);
        m_entries.erase(m_entries.begin() + row);
        Q_EMIT entryRemoved(row);
    }
    if (entryId == m_current.entryId) {
        m_current = JournalText{};
        m_current.entryId = crypto::newEntryId();
        m_entryDirty = m_draftDirty = m_restoredDraft = false;
        Q_EMIT currentChanged();
    }
    return true;
}

bool JournalSession::exportMarkdown(const QString &path, const QString &ownerName)
{
    if (!commit())
        return false;
    QString out = tr("# Journal of %1").arg(ownerName) + QStringLiteral("\n");
    std::optional<int> section = -1;
    for (const JournalEntry &entry : m_entries) {
        auto text = readEntry(entry.entryId);
        if (!text)
            return false;
        if (section != entry.callNumber) {
            section = entry.callNumber;
            out += QStringLiteral("\n## ")
                   + (entry.callNumber ? tr("Call %1").arg(*entry.callNumber) : tr("Outside the calls"))
                   + QStringLiteral("\n");
        }
        const QString title = entry.title.isEmpty() ? tr("Untitled entry") : entry.title;
        out += QStringLiteral("\n### ") + title + QStringLiteral("\n\n");
        out += QStringLiteral("*") + tr("Written %1").arg(entry.createdAt.left(10)) + QStringLiteral("*\n\n");
        out += text->body.trimmed() + QStringLiteral("\n");
    }
    const auto status = io::writePrivateFile(path, out.toUtf8());
    if (!status) {
        Q_EMIT storageFailed(describe(status.error()));
        return false;
    }
    return true;
}

bool JournalSession::exportArchive(const QString &path)
{
    // The text being written travels as the draft it is, not as a finished entry.
    if (!saveDraftNow())
        return false;
    auto stored = m_repository.entries(m_record.id);
    auto draft = m_repository.draft(m_record.id);
    if (!stored || !draft) {
        Q_EMIT storageFailed(!stored ? describe(stored.error()) : describe(draft.error()));
        return false;
    }
    const auto item = [](const crypto::Bytes &bytes) -> std::optional<crypto::SealedItem> {
        auto parsed = crypto::SealedItem::fromBytes(bytes);
        return parsed ? std::optional<crypto::SealedItem>(std::move(parsed).value()) : std::nullopt;
    };
    std::vector<crypto::ArchiveEntry> entries;
    bool draftPlaced = false;
    for (const auto &e : stored.value()) {
        // Clear metadata only: what storage already keeps in the clear.
        QJsonObject meta{{QStringLiteral("created"), e.createdAt}, {QStringLiteral("updated"), e.updatedAt}};
        if (e.callNumber)
            meta.insert(QStringLiteral("call"), *e.callNumber);
        if (e.stepTitle)
            meta.insert(QStringLiteral("step"), toQt(*e.stepTitle));
        if (e.openTitle)
            meta.insert(QStringLiteral("openTitle"), toQt(*e.openTitle));
        crypto::ArchiveEntry entry;
        entry.entryId = e.entryId;
        entry.metadata = QJsonDocument(meta).toJson(QJsonDocument::Compact).toStdString();
        entry.title = e.sealedTitle ? item(*e.sealedTitle) : std::nullopt;
        entry.body = item(e.sealedBody);
        if (draft.value() && draft.value()->entryId == e.entryId) {
            entry.draft = item(draft.value()->sealedDraft);
            draftPlaced = true;
        }
        if (!entry.body || (e.sealedTitle && !entry.title)) {
            Q_EMIT storageFailed(tr("An entry of this journal is damaged, so the journal was not exported."));
            return false;
        }
        entries.push_back(std::move(entry));
    }
    if (draft.value() && !draftPlaced) {
        crypto::ArchiveEntry entry;
        entry.entryId = draft.value()->entryId;
        QJsonObject meta{{QStringLiteral("draftOnly"), true}};
        if (draft.value()->callNumber)
            meta.insert(QStringLiteral("call"), *draft.value()->callNumber);
        entry.metadata = QJsonDocument(meta).toJson(QJsonDocument::Compact).toStdString();
        entry.draft = item(draft.value()->sealedDraft);
        entries.push_back(std::move(entry));
    }
    // Read afresh: the passphrase may have changed since this session began.
    const auto journal = m_repository.journalFor(m_record.person);
    if (!journal || !journal.value()) {
        Q_EMIT storageFailed(!journal ? describe(journal.error()) : tr("The journal is no longer in the database."));
        return false;
    }
    auto record = crypto::WrappedKey::fromBytes(journal.value()->passphraseRecord);
    if (!record) {
        Q_EMIT storageFailed(tr("The journal's passphrase record is damaged, so the journal was not exported."));
        return false;
    }
    auto bytes = crypto::JournalArchive::write(m_key, record.value(), entries);
    if (!bytes) {
        Q_EMIT storageFailed(tr("Could not write the journal file: %1").arg(toQt(bytes.error().message)));
        return false;
    }
    const auto status = io::writePrivateFile(path,
        QByteArray(reinterpret_cast<const char *>(bytes.value().data()), static_cast<qsizetype>(bytes.value().size())));
    if (!status) {
        Q_EMIT storageFailed(describe(status.error()));
        return false;
    }
    return true;
}

} // namespace convener::models
