// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/journalkey.h"

#include "cryptotestsupport.h"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace convener::crypto;
using namespace convener::crypto::testing;

namespace {

// True when key opens an item sealed by original: they hold the same data key.
bool sameDataKey(const JournalKey &original, const JournalKey &key)
{
    auto item = original.seal("probe", ItemKind::EntryBody, "same key?");
    if (!item)
        return false;
    auto opened = key.open("probe", ItemKind::EntryBody, item.value());
    return opened.ok() && opened.value().view() == "same key?";
}

} // namespace

TEST_CASE("Journal key: the passphrase it was set up with unlocks it")
{
    JournalSetup setup = newJournal("river stones at dusk");
    CHECK(setup.key.keyVersion() == JournalKey::kFirstKeyVersion);
    CHECK(setup.passphraseRecord.journalId == setup.key.journalId());
    CHECK(setup.recovery.record.journalId == setup.key.journalId());

    auto stored = WrappedKey::fromBytes(setup.passphraseRecord.toBytes());
    REQUIRE(stored.ok());
    CHECK(stored.value() == setup.passphraseRecord);
    auto unlocked = JournalKey::unlock(stored.value(), "river stones at dusk");
    REQUIRE(unlocked.ok());
    CHECK(unlocked.value().journalId() == setup.key.journalId());
    CHECK(sameDataKey(setup.key, unlocked.value()));
}

TEST_CASE("Journal key: wrong passphrases are rejected and say nothing more")
{
    JournalSetup setup = newJournal("river stones at dusk");
    using namespace std::string_literals;
    for (const std::string &wrong : {"River stones at dusk"s, "river stones at dusk "s, "river stones at dus"s,
                                     "river stones at dusk!"s, "x"s, "river stones at dusk\0"s}) {
        auto unlocked = JournalKey::unlock(setup.passphraseRecord, wrong);
        CAPTURE(wrong);
        REQUIRE_FALSE(unlocked.ok());
        CHECK(unlocked.error().kind == ErrorKind::WrongPassphrase);
        CHECK(unlocked.error().message == "Wrong passphrase.");
    }
}

TEST_CASE("Journal key: an empty passphrase is refused before any key derivation")
{
    CHECK(JournalKey::create("", fastLimits()).error().kind == ErrorKind::InvalidArgument);
    JournalSetup setup = newJournal();
    CHECK(JournalKey::unlock(setup.passphraseRecord, "").error().kind == ErrorKind::InvalidArgument);
}

TEST_CASE("Journal key: every single-bit flip of a stored key record is rejected")
{
    JournalSetup setup = newJournal("river stones at dusk");
    for (const WrappedKey *record : {&setup.passphraseRecord, &setup.recovery.record}) {
        const Bytes bytes = record->toBytes();
        for (std::size_t bit = 0; bit < bytes.size() * 8; ++bit) {
            auto parsed = WrappedKey::fromBytes(withBitFlipped(bytes, bit));
            CAPTURE(bit);
            REQUIRE_FALSE(parsed.ok());
        }
    }
}

TEST_CASE("Journal key: a key record altered with a recomputed checksum does not open")
{
    // Someone who knows the format can rewrite the checksum; the cipher must
    // still refuse every clear field and every bit of nonce and ciphertext.
    const std::string passphrase = "river stones at dusk";
    JournalSetup setup = newJournal(passphrase);
    const WrappedKey &original = setup.passphraseRecord;
    auto rejects = [&](const WrappedKey &forged) {
        auto parsed = WrappedKey::fromBytes(forged.toBytes());
        if (!parsed)
            return true;
        return !JournalKey::unlock(parsed.value(), passphrase).ok();
    };
    REQUIRE_FALSE(rejects(original));

    WrappedKey forged = original;
    forged.journalId.bytes[3] ^= 0x01;
    CHECK(rejects(forged));
    forged = original;
    forged.keyVersion += 1;
    CHECK(rejects(forged));
    forged = original;
    forged.limits.opsLimit += 1;
    CHECK(rejects(forged));
    // Argon2id counts memory in KiB, so this derives the very same key: only the
    // associated data notices.
    forged = original;
    forged.limits.memLimit += 1;
    CHECK(rejects(forged));
    for (std::size_t bit = 0; bit < original.salt.size() * 8; ++bit) {
        forged = original;
        forged.salt[bit / 8] ^= static_cast<unsigned char>(1u << (bit % 8));
        REQUIRE(rejects(forged));
    }
    for (std::size_t bit = 0; bit < original.nonce.size() * 8; ++bit) {
        forged = original;
        forged.nonce[bit / 8] ^= static_cast<unsigned char>(1u << (bit % 8));
        REQUIRE(rejects(forged));
    }
    for (std::size_t bit = 0; bit < original.ciphertext.size() * 8; ++bit) {
        forged = original;
        forged.ciphertext[bit / 8] ^= static_cast<unsigned char>(1u << (bit % 8));
        REQUIRE(rejects(forged));
    }
}

TEST_CASE("Journal key: a key record asking for absurd limits is refused before deriving")
{
    JournalSetup setup = newJournal();
    WrappedKey forged = setup.passphraseRecord;
    forged.limits.memLimit = KdfLimits::kMaxMemLimit + 1024;
    CHECK(WrappedKey::fromBytes(forged.toBytes()).error().kind == ErrorKind::Malformed);
    forged = setup.passphraseRecord;
    forged.limits.opsLimit = 0;
    CHECK(WrappedKey::fromBytes(forged.toBytes()).error().kind == ErrorKind::Malformed);
}

TEST_CASE("Journal key: a damaged key record reads as damaged, not as a wrong passphrase")
{
    JournalSetup setup = newJournal();
    const Bytes bytes = setup.passphraseRecord.toBytes();
    CHECK(WrappedKey::fromBytes(withBitFlipped(bytes, 8 * 40 + 2)).error().kind == ErrorKind::DamagedKeyRecord);
    CHECK(WrappedKey::fromBytes(Bytes(bytes.begin(), bytes.end() - 1)).error().kind == ErrorKind::Truncated);
    Bytes longer = bytes;
    longer.push_back(0);
    CHECK(WrappedKey::fromBytes(longer).error().kind == ErrorKind::Malformed);
    Bytes otherVersion = bytes;
    otherVersion[1] = 2;
    CHECK(WrappedKey::fromBytes(otherVersion).error().kind == ErrorKind::UnsupportedFormat);
    CHECK(WrappedKey::fromBytes(Bytes{}).error().kind == ErrorKind::Truncated);
}

TEST_CASE("Journal key: a passphrase change leaves entries byte-identical and opens with the new passphrase only")
{
    JournalSetup setup = newJournal("old passphrase");
    std::vector<std::pair<std::string, Bytes>> stored;
    for (int i = 0; i < 5; ++i) {
        const std::string id = newEntryId();
        auto sealed = setup.key.seal(id, ItemKind::EntryBody, "entry number " + std::to_string(i));
        REQUIRE(sealed.ok());
        stored.emplace_back(id, sealed.value().toBytes());
    }
    const auto before = stored;

    auto changed = setup.key.wrapWithPassphrase("new passphrase", fastLimits());
    REQUIRE(changed.ok());
    CHECK(changed.value().journalId == setup.passphraseRecord.journalId);
    CHECK(changed.value().keyVersion == setup.passphraseRecord.keyVersion);
    CHECK(changed.value().salt != setup.passphraseRecord.salt);
    CHECK(JournalKey::unlock(changed.value(), "old passphrase").error().kind == ErrorKind::WrongPassphrase);

    auto withNew = JournalKey::unlock(changed.value(), "new passphrase");
    REQUIRE(withNew.ok());
    REQUIRE(stored == before);
    for (std::size_t i = 0; i < stored.size(); ++i) {
        auto opened = withNew.value().open(stored[i].first, ItemKind::EntryBody, ByteView(stored[i].second));
        REQUIRE(opened.ok());
        CHECK(opened.value().view() == "entry number " + std::to_string(i));
    }
}

TEST_CASE("Journal key: the journal id reads back from its hex form")
{
    const JournalId id = JournalId::generate();
    const std::string hex = id.toHex();
    CHECK(hex.size() == 32);
    CHECK(JournalId::fromHex(hex) == id);
    CHECK_FALSE(JournalId::fromHex(hex.substr(1)).has_value());
    CHECK_FALSE(JournalId::fromHex(std::string(32, 'g')).has_value());
}

TEST_CASE("Journal key: the recovery key opens the same data key")
{
    JournalSetup setup = newJournal();
    const std::string shown(setup.recovery.recoveryKey.displayText().view());
    auto recovered = JournalKey::unlockWithRecoveryKey(setup.recovery.record, shown);
    REQUIRE(recovered.ok());
    CHECK(sameDataKey(setup.key, recovered.value()));

    // After recovery the participant sets a new passphrase on the same key.
    auto renewed = recovered.value().wrapWithPassphrase("a fresh start", fastLimits());
    REQUIRE(renewed.ok());
    auto reopened = JournalKey::unlock(renewed.value(), "a fresh start");
    REQUIRE(reopened.ok());
    CHECK(sameDataKey(setup.key, reopened.value()));
}

TEST_CASE("Journal key: a typo in the recovery key is reported as a typo, another journal's key as wrong")
{
    JournalSetup setup = newJournal();
    std::string shown(setup.recovery.recoveryKey.displayText().view());
    std::string typed = shown;
    typed[7] = typed[7] == 'A' ? 'B' : 'A';
    CHECK(JournalKey::unlockWithRecoveryKey(setup.recovery.record, typed).error().kind == ErrorKind::RecoveryKeyTypo);

    JournalSetup other = newJournal();
    const std::string otherShown(other.recovery.recoveryKey.displayText().view());
    auto wrong = JournalKey::unlockWithRecoveryKey(setup.recovery.record, otherShown);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::WrongRecoveryKey);
}

TEST_CASE("Journal key: a passphrase does not open the recovery record, nor the recovery key the passphrase record")
{
    JournalSetup setup = newJournal("river stones at dusk");
    CHECK(JournalKey::unlock(setup.recovery.record, "river stones at dusk").error().kind == ErrorKind::InvalidArgument);
    CHECK(JournalKey::unlockWithRecoveryKey(setup.passphraseRecord, setup.recovery.recoveryKey).error().kind
          == ErrorKind::InvalidArgument);
}

TEST_CASE("Journal key: a new recovery key replaces the old one for the same data key")
{
    JournalSetup setup = newJournal();
    RecoverySetup renewed = setup.key.wrapWithNewRecoveryKey();
    auto withNew = JournalKey::unlockWithRecoveryKey(renewed.record, renewed.recoveryKey);
    REQUIRE(withNew.ok());
    CHECK(sameDataKey(setup.key, withNew.value()));
    CHECK(JournalKey::unlockWithRecoveryKey(renewed.record, setup.recovery.recoveryKey).error().kind
          == ErrorKind::WrongRecoveryKey);
}

TEST_CASE("Journal key: a record keeps the limits it was made with")
{
    auto setup = JournalKey::create("river stones at dusk", KdfLimits::interactive());
    REQUIRE(setup.ok());
    auto stored = WrappedKey::fromBytes(setup.value().passphraseRecord.toBytes());
    REQUIRE(stored.ok());
    CHECK(stored.value().limits == KdfLimits::interactive());
    CHECK(JournalKey::unlock(stored.value(), "river stones at dusk").ok());
}

TEST_CASE("Journal key: the default limits are libsodium's moderate ones and round-trip")
{
    CHECK(KdfLimits::moderate().opsLimit == 3);
    CHECK(KdfLimits::moderate().memLimit == 256u * 1024 * 1024);

    auto setup = JournalKey::create("river stones at dusk");
    REQUIRE(setup.ok());
    auto stored = WrappedKey::fromBytes(setup.value().passphraseRecord.toBytes());
    REQUIRE(stored.ok());
    CHECK(stored.value().limits == KdfLimits::moderate());
    auto unlocked = JournalKey::unlock(stored.value(), "river stones at dusk");
    REQUIRE(unlocked.ok());
    CHECK(sameDataKey(setup.value().key, unlocked.value()));
}

TEST_CASE("Journal key: several journals unlock at the same time on different threads")
{
    std::vector<JournalSetup> setups;
    for (int i = 0; i < 4; ++i)
        setups.push_back(newJournal("passphrase " + std::to_string(i)));
    std::vector<int> opened(setups.size(), 0);
    std::vector<std::thread> workers;
    for (std::size_t i = 0; i < setups.size(); ++i) {
        workers.emplace_back([&, i] {
            for (int round = 0; round < 20; ++round) {
                auto key = JournalKey::unlock(setups[i].passphraseRecord, "passphrase " + std::to_string(i));
                if (key && sameDataKey(setups[i].key, key.value()))
                    ++opened[i];
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    for (int count : opened)
        CHECK(count == 20);
}
